; A small Windows program for tests/packaging/test_windows_installer.py, which compiles it
; with makensis and runs it under Wine. It starts the command line in the environment
; variable RUNNER_COMMAND_LINE (verbatim, as Windows' "Installed apps" runs an
; UninstallString), waits for that program to end, and writes its exit code to the file
; named by RUNNER_EXIT_CODE_FILE. Why:
;   - wine's own exit status is the Windows exit code cut to 8 bits (740 comes back as 228);
;   - Wine runs every program as an administrator. With RUNNER_NOT_ADMIN=1 the command
;     gets the token User Account Control gives a program that was not "Run as
;     administrator": the same user, with the Administrators group for denying only and
;     no administrator privileges (CreateRestrictedToken).
; Its own exit code: 0 when it ran the command, 3 when it could not make that token, 4
; when the command did not start.

Unicode true
RequestExecutionLevel user
SilentInstall silent
OutFile "${OUTFILE}"
Name "runner"
!include LogicLib.nsh

!define TOKEN_ALL_ACCESS 0xF01FF
!define DISABLE_MAX_PRIVILEGE 1
!define ADMINISTRATORS_SID "S-1-5-32-544"
!define STARTUPINFO_SIZE 68 ; 32-bit STARTUPINFOW
!define PROCESS_INFORMATION_SIZE 16

Section
  ReadEnvStr $R0 RUNNER_COMMAND_LINE
  ReadEnvStr $R1 RUNNER_EXIT_CODE_FILE
  ReadEnvStr $R2 RUNNER_NOT_ADMIN

  System::Alloc ${STARTUPINFO_SIZE}
  Pop $6
  System::Call '*$6(i ${STARTUPINFO_SIZE})'
  System::Alloc ${PROCESS_INFORMATION_SIZE}
  Pop $7

  ${If} $R2 == 1
    System::Call 'kernel32::GetCurrentProcess() p .r0'
    System::Call 'advapi32::OpenProcessToken(p r0, i ${TOKEN_ALL_ACCESS}, *p .r1) i .r2'
    ${If} $2 == 0
      SetErrorLevel 3
      Quit
    ${EndIf}
    System::Call 'advapi32::ConvertStringSidToSidW(w "${ADMINISTRATORS_SID}", *p .r3) i .r2'
    System::Call '*(p r3, i 0) p .r4' ; one SID_AND_ATTRIBUTES: the group to deny
    System::Call 'advapi32::CreateRestrictedToken(p r1, i ${DISABLE_MAX_PRIVILEGE}, i 1, p r4, i 0, p 0, i 0, p 0, *p .r5) i .r2'
    ${If} $2 == 0
      SetErrorLevel 3
      Quit
    ${EndIf}
    System::Call 'advapi32::CreateProcessAsUserW(p r5, p 0, w R0, p 0, p 0, i 0, i 0, p 0, p 0, p r6, p r7) i .r2'
  ${Else}
    System::Call 'kernel32::CreateProcessW(p 0, w R0, p 0, p 0, i 0, i 0, p 0, p 0, p r6, p r7) i .r2'
  ${EndIf}
  ${If} $2 == 0
    SetErrorLevel 4
    Quit
  ${EndIf}

  System::Call '*$7(p .r8)' ; the new process
  System::Call 'kernel32::WaitForSingleObject(p r8, i -1) i'
  System::Call 'kernel32::GetExitCodeProcess(p r8, *i .r0) i'
  FileOpen $9 $R1 w
  FileWrite $9 $0
  FileClose $9
SectionEnd
