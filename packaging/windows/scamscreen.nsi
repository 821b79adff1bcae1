; ScamScreen's Windows installer (NSIS 3, Modern UI 2, nsDialogs).
;
; Built by `python packaging/build.py --installer`, or by hand from the repository's top:
;
;   makensis -V2 -DVERSION=0.1.0 -DPAYLOAD=$PWD/dist/scamscreen \
;            -DOUTFILE=$PWD/dist/ScamScreen-0.1.0-setup.exe packaging/windows/scamscreen.nsi
;
; Defines: VERSION (required: X.Y.Z, from pyproject.toml), PAYLOAD (required: PyInstaller's
; one-folder bundle), OUTFILE (default dist/ScamScreen-VERSION-setup.exe), ICON (default
; resources/icons/scamscreen.ico), WIZARD_BITMAP (default wizard.bmp beside this script;
; both made by packaging/make_icons.py), VI_VERSION (default X.Y.Z.0: the four numbers of
; Windows' Properties > Details), COMPRESSOR (default "/SOLID lzma"; zlib takes half the
; time, 40 s instead of 80 s here, for a check that only compiles). makensis works from
; this script's folder, so a relative path in a define is relative to packaging/windows:
; pass absolute ones. makensis on Linux (Debian's `nsis`) compiles it too, with forward
; or back slashes; CI does that, with the Linux bundle standing in for the payload. Any
; warning is an error.
;
; What it does
;   - Installs for the current user by default, with no administrator rights, into
;     %LOCALAPPDATA%\Programs\ScamScreen (never into %LOCALAPPDATA%\ScamScreen: that is
;     the user's data folder, which the uninstaller keeps).
;   - "Everyone who uses this computer" (the page, or /ALLUSERS) installs into
;     %ProgramFiles%\ScamScreen. That needs an administrator: when the installer is not
;     running as one it starts itself again through Windows' permission prompt.
;   - A Start-menu shortcut, optionally one on the desktop, and an entry in Windows'
;     "Installed apps" list (HKCU for one user, HKLM for everyone).
;   - The uninstaller removes the program, its shortcuts and that entry; the user's saved
;     checks (%LOCALAPPDATA%\ScamScreen) and settings (HKCU\Software\ScamScreen\ScamScreen)
;     stay unless they tick "Also delete my saved checks and settings" or pass /DELETEDATA.
;
; Command line (for help desks and deployment tools; the switches are not case-sensitive)
;   Installer:   /S                 silent: no pages, no questions (just for the current
;                                   user, unless /ALLUSERS; no desktop shortcut unless
;                                   /DESKTOPSHORTCUT)
;                /ALLUSERS          for everyone (needs an administrator; a silent install
;                                   that is not run as one exits with code 740)
;                /CURRENTUSER       just for the user running it (the default)
;                /DESKTOPSHORTCUT   /NODESKTOPSHORTCUT   a desktop shortcut, or none
;                /D=C:\Some\Folder  another folder (must be last, without quotes)
;   Uninstaller: /S                 silent: keeps the user's data
;                /DELETEDATA        also deletes the data of the user running it
;   Exit codes: 0 done, 1 cancelled by the user, 2 stopped (ScamScreen was still open in
;   a silent run, or this is not 64-bit Windows 10 or 11), 740 all-users without
;   administrator rights.

Unicode true
ManifestDPIAware true
!ifndef COMPRESSOR
  !define COMPRESSOR "/SOLID lzma"
!endif
SetCompressor ${COMPRESSOR}
RequestExecutionLevel user ; per-user by default: no administrator prompt
!pragma warning error all ; a warning fails the build (CI compiles this on Linux too)

!include MUI2.nsh
!include nsDialogs.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include WinVer.nsh
!include x64.nsh

; ---------------------------------------------------------------------------- defines

!ifndef VERSION
  !error "Pass the version: makensis -DVERSION=0.1.0 -DPAYLOAD=/absolute/path/to/dist/scamscreen ..."
!endif
!ifndef PAYLOAD
  !error "Pass the bundle folder: makensis -DPAYLOAD=/absolute/path/to/dist/scamscreen ..."
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\ScamScreen-${VERSION}-setup.exe"
!endif
!ifndef ICON
  !define ICON "..\..\resources\icons\scamscreen.ico"
!endif
!ifndef WIZARD_BITMAP
  !define WIZARD_BITMAP "wizard.bmp"
!endif

; Windows' version resource wants four numbers: 0.1.0 -> 0.1.0.0 (a suffix such as rc1 is
; dropped there; the text fields keep the full VERSION).
!ifndef VI_VERSION
  !searchparse /noerrors "${VERSION}" "" VERSION_MAJOR "." VERSION_MINOR "." VERSION_PATCH
  !ifndef VERSION_MAJOR
    !define VERSION_MAJOR 0
  !endif
  !ifndef VERSION_MINOR
    !define VERSION_MINOR 0
  !endif
  !ifndef VERSION_PATCH
    !define VERSION_PATCH 0
  !endif
  !define /math VI_MAJOR ${VERSION_MAJOR} + 0
  !define /math VI_MINOR ${VERSION_MINOR} + 0
  !define /math VI_PATCH ${VERSION_PATCH} + 0
  !define VI_VERSION "${VI_MAJOR}.${VI_MINOR}.${VI_PATCH}.0"
!endif

!define PRODUCT "ScamScreen"
!define PUBLISHER "The ScamScreen developers"
!define EXE "scamscreen.exe"
!define CLI_EXE "scamscreen-cli.exe"
!define UNINSTALLER "uninstall.exe"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\ScamScreen"
!define SETTINGS_KEY "Software\ScamScreen\ScamScreen" ; QSettings: organisation\application
!define SETTINGS_ORG_KEY "Software\ScamScreen"
!define DATA_FOLDER_NAME "ScamScreen" ; platformdirs' user_data_dir, under %LOCALAPPDATA%
!define ERROR_ELEVATION_REQUIRED 740

Name "${PRODUCT}"
OutFile "${OUTFILE}"
BrandingText "${PRODUCT} ${VERSION}"
ShowInstDetails hide
ShowUninstDetails hide

VIProductVersion "${VI_VERSION}"
VIFileVersion "${VI_VERSION}"

; ---------------------------------------------------------------------------- variables

Var AllUsers        ; 1: for everyone (HKLM, Program Files); 0: this user only
Var IsAdmin         ; 1: this process has administrator rights
Var CustomDir       ; 1: the folder came from /D=
Var WantDesktop     ; 1: put a shortcut on the desktop
Var Elevated        ; 1: started again as administrator by a first copy (its answers given)
Var Params
Var RadioMe
Var RadioAll
Var CheckDesktop
Var DesktopNote
Var DeleteData      ; uninstaller: 1: also delete the user's saved checks and settings
Var CheckDeleteData
Var UnFinishText

; ---------------------------------------------------------------------------- pages

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_WELCOMEFINISHPAGE_BITMAP "${WIZARD_BITMAP}"
!define MUI_UNWELCOMEFINISHPAGE_BITMAP "${WIZARD_BITMAP}"
!define MUI_ABORTWARNING
!define MUI_ABORTWARNING_TEXT "Do you want to stop installing ScamScreen?$\r$\n$\r$\nNothing will be changed on your computer."
!define MUI_UNABORTWARNING
!define MUI_UNABORTWARNING_TEXT "Do you want to stop removing ScamScreen?"

!define MUI_PAGE_CUSTOMFUNCTION_PRE SkipIfElevated
!define MUI_WELCOMEPAGE_TITLE "Welcome to ScamScreen"
!define MUI_WELCOMEPAGE_TEXT "ScamScreen helps you check whether a call, pop-up, email or text that claims to be $\"support$\" is real, and tells you in plain words what to do.$\r$\n$\r$\nEverything stays on your computer: ScamScreen sends nothing anywhere.$\r$\n$\r$\nThis will take about a minute. Click Next to continue."
!insertmacro MUI_PAGE_WELCOME

Page custom OptionsPageCreate OptionsPageLeave

!define MUI_PAGE_HEADER_TEXT "Installing ScamScreen"
!define MUI_PAGE_HEADER_SUBTEXT "Please wait while ScamScreen is put on your computer."
!define MUI_INSTFILESPAGE_FINISHHEADER_TEXT "ScamScreen is installed"
!define MUI_INSTFILESPAGE_FINISHHEADER_SUBTEXT "Click Next to finish."
!define MUI_INSTFILESPAGE_ABORTHEADER_TEXT "ScamScreen was not installed"
!define MUI_INSTFILESPAGE_ABORTHEADER_SUBTEXT "Please try again, or ask someone you trust to help."
!insertmacro MUI_PAGE_INSTFILES

!define MUI_FINISHPAGE_TITLE "ScamScreen is ready"
!define MUI_FINISHPAGE_TEXT "To open ScamScreen later, click the Start button and choose ScamScreen$DesktopNote.$\r$\n$\r$\nClick Finish to close this window."
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_TEXT "Open ScamScreen now"
!define MUI_FINISHPAGE_RUN_FUNCTION StartScamScreen
!insertmacro MUI_PAGE_FINISH

UninstPage custom un.RemovePageCreate un.RemovePageLeave

!define MUI_PAGE_HEADER_TEXT "Removing ScamScreen"
!define MUI_PAGE_HEADER_SUBTEXT "Please wait while ScamScreen is removed from your computer."
!define MUI_INSTFILESPAGE_FINISHHEADER_TEXT "ScamScreen is removed"
!define MUI_INSTFILESPAGE_FINISHHEADER_SUBTEXT "Click Next to finish."
; (/redef: MUI2 3.08 forgets to clear these two after the installer's page)
!define /redef MUI_INSTFILESPAGE_ABORTHEADER_TEXT "ScamScreen was not removed"
!define /redef MUI_INSTFILESPAGE_ABORTHEADER_SUBTEXT "Please try again, or ask someone you trust to help."
!insertmacro MUI_UNPAGE_INSTFILES

!define MUI_FINISHPAGE_TITLE "ScamScreen has been removed"
!define MUI_FINISHPAGE_TEXT "$UnFinishText$\r$\n$\r$\nClick Finish to close this window."
!insertmacro MUI_UNPAGE_FINISH

!insertmacro MUI_LANGUAGE "English"

VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${PRODUCT} ${VERSION} installer"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "Copyright (c) 2026 ${PUBLISHER}. MIT licence."

; ---------------------------------------------------------------------------- shared code

; Is ScamScreen running from $INSTDIR? A running program's file cannot be opened for
; writing; ask the user to close it (a silent run stops instead: exit code 2).
!macro CLOSE_SCAMSCREEN_FIRST UN
  Function ${UN}CloseScamScreenFirst
    Push $0
    Push $1
    ${Do}
      StrCpy $1 0 ; 1: a ScamScreen file is in use
      ${If} ${FileExists} "$INSTDIR\${EXE}"
        ClearErrors
        FileOpen $0 "$INSTDIR\${EXE}" a
        ${If} ${Errors}
          StrCpy $1 1
        ${Else}
          FileClose $0
        ${EndIf}
      ${EndIf}
      ${If} ${FileExists} "$INSTDIR\${CLI_EXE}"
        ClearErrors
        FileOpen $0 "$INSTDIR\${CLI_EXE}" a
        ${If} ${Errors}
          StrCpy $1 1
        ${Else}
          FileClose $0
        ${EndIf}
      ${EndIf}
      ${If} $1 == 0
        ${Break}
      ${EndIf}
      ${If} ${Cmd} `MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "ScamScreen is still open.$\r$\n$\r$\nPlease close ScamScreen first (click the X in the top-right corner of its window), then click Retry." /SD IDCANCEL IDCANCEL`
        Abort "ScamScreen was still open."
      ${EndIf}
    ${Loop}
    Pop $1
    Pop $0
  FunctionEnd
!macroend
!insertmacro CLOSE_SCAMSCREEN_FIRST ""
!insertmacro CLOSE_SCAMSCREEN_FIRST "un."

; 1 on the stack when this process has administrator rights (elevated), else 0.
!macro IS_ADMIN UN
  Function ${UN}IsAdmin
    Push $0
    ClearErrors
    UserInfo::GetAccountType
    Pop $0
    ${If} $0 == "Admin"
      StrCpy $0 1
    ${Else}
      StrCpy $0 0
    ${EndIf}
    Exch $0
  FunctionEnd
!macroend
!insertmacro IS_ADMIN ""
!insertmacro IS_ADMIN "un."

; Shortcuts, $INSTDIR's default and the uninstall entry follow the mode.
!macro USE_MODE UN
  Function ${UN}UseMode
    ${If} $AllUsers == 1
      SetShellVarContext all ; SHCTX = HKLM, $SMPROGRAMS and $DESKTOP for everyone
    ${Else}
      SetShellVarContext current ; SHCTX = HKCU
    ${EndIf}
  FunctionEnd
!macroend
!insertmacro USE_MODE ""
!insertmacro USE_MODE "un."

; The user's own data folder, %LOCALAPPDATA%\ScamScreen (of the user running this, even
; in an all-users run: $LOCALAPPDATA means ProgramData in the "all" context).
!macro USER_DATA_FOLDER UN
  Function ${UN}UserDataFolder
    Push $0
    SetShellVarContext current
    StrCpy $0 "$LOCALAPPDATA\${DATA_FOLDER_NAME}"
    Call ${UN}UseMode
    Exch $0
  FunctionEnd
!macroend
!insertmacro USER_DATA_FOLDER ""
!insertmacro USER_DATA_FOLDER "un."

; ---------------------------------------------------------------------------- installer

Function .onInit
  ${IfNot} ${RunningX64}
  ${OrIfNot} ${AtLeastWin10}
    MessageBox MB_OK|MB_ICONSTOP "Sorry, ScamScreen needs Windows 10 or Windows 11 (64-bit). It cannot be installed on this computer." /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}
  SetRegView 64

  Call IsAdmin
  Pop $IsAdmin
  ${GetParameters} $Params
  StrCpy $CustomDir 0
  ${If} $INSTDIR != "" ; /D=
    StrCpy $CustomDir 1
  ${EndIf}

  ; Who for: /ALLUSERS, /CURRENTUSER; else (on the page) as the copy already installed.
  StrCpy $AllUsers 0
  ${IfNot} ${Silent}
    ReadRegStr $0 HKCU "${UNINST_KEY}" "UninstallString"
    ReadRegStr $1 HKLM "${UNINST_KEY}" "UninstallString"
    ${If} $0 == ""
    ${AndIf} $1 != ""
      StrCpy $AllUsers 1
    ${EndIf}
  ${EndIf}
  ClearErrors
  ${GetOptions} $Params "/CURRENTUSER" $0
  ${IfNot} ${Errors}
    StrCpy $AllUsers 0
  ${EndIf}
  ClearErrors
  ${GetOptions} $Params "/ALLUSERS" $0
  ${IfNot} ${Errors}
    StrCpy $AllUsers 1
  ${EndIf}

  ; A desktop shortcut: offered (ticked) on the page; a silent install makes none unless asked.
  ${If} ${Silent}
    StrCpy $WantDesktop 0
  ${Else}
    StrCpy $WantDesktop 1
  ${EndIf}
  ClearErrors
  ${GetOptions} $Params "/DESKTOPSHORTCUT" $0
  ${IfNot} ${Errors}
    StrCpy $WantDesktop 1
  ${EndIf}
  ClearErrors
  ${GetOptions} $Params "/NODESKTOPSHORTCUT" $0
  ${IfNot} ${Errors}
    StrCpy $WantDesktop 0
  ${EndIf}

  StrCpy $Elevated 0
  ClearErrors
  ${GetOptions} $Params "/ELEVATED" $0
  ${IfNot} ${Errors}
  ${AndIf} $IsAdmin == 1
    StrCpy $Elevated 1
  ${EndIf}

  ; /ALLUSERS without administrator rights: a silent run cannot ask, so it stops; a
  ; visible one asks Windows for permission and, if refused, offers "just me".
  ClearErrors
  ${GetOptions} $Params "/ALLUSERS" $0
  ${IfNot} ${Errors}
  ${AndIf} $IsAdmin != 1
    ${If} ${Silent}
      SetErrorLevel ${ERROR_ELEVATION_REQUIRED}
      Quit
    ${EndIf}
    Push 0 ; show every page again in the new copy
    Call RunAsAdmin
    StrCpy $AllUsers 0
  ${EndIf}

  Call SetDefaultFolder
FunctionEnd

; $INSTDIR for the mode, unless /D= chose it: an existing copy's folder, else the default.
Function SetDefaultFolder
  Call UseMode
  ${If} $CustomDir == 1
    Return
  ${EndIf}
  ReadRegStr $0 SHCTX "${UNINST_KEY}" "InstallLocation"
  ${If} $0 != ""
    StrCpy $INSTDIR $0
  ${ElseIf} $AllUsers == 1
    StrCpy $INSTDIR "$PROGRAMFILES64\${PRODUCT}"
  ${Else}
    StrCpy $INSTDIR "$LOCALAPPDATA\Programs\${PRODUCT}"
  ${EndIf}
FunctionEnd

; Start this installer again with administrator rights, for everyone; on success this copy
; quits. Takes 1 (skip the pages already answered) or 0 from the stack. Returns with the
; error flag set when the user (or Windows) said no.
Function RunAsAdmin
  Exch $1
  Push $0
  StrCpy $0 "/ALLUSERS"
  ${If} $1 == 1
    StrCpy $0 "$0 /ELEVATED"
    ${If} $WantDesktop == 1
      StrCpy $0 "$0 /DESKTOPSHORTCUT"
    ${Else}
      StrCpy $0 "$0 /NODESKTOPSHORTCUT"
    ${EndIf}
  ${EndIf}
  ${If} $CustomDir == 1
    StrCpy $0 "$0 /D=$INSTDIR" ; /D= must come last
  ${EndIf}
  ClearErrors
  ExecShell "runas" "$EXEPATH" "$0"
  ${IfNot} ${Errors}
    Quit
  ${EndIf}
  MessageBox MB_OK|MB_ICONINFORMATION "To install ScamScreen for everyone, Windows needs an administrator's permission.$\r$\n$\r$\nYou can still install ScamScreen just for yourself."
  SetErrors
  Pop $0
  Pop $1
FunctionEnd

Function SkipIfElevated
  ${If} $Elevated == 1
    Abort
  ${EndIf}
FunctionEnd

Function OptionsPageCreate
  ${If} $Elevated == 1
    Abort
  ${EndIf}
  !insertmacro MUI_HEADER_TEXT "Choose how to install" "Most people can simply click Install."
  nsDialogs::Create 1018
  Pop $0
  ${If} $0 == error
    Abort
  ${EndIf}

  ${NSD_CreateLabel} 0 0 100% 12u "Who will use ScamScreen on this computer?"
  Pop $0
  ${NSD_CreateRadioButton} 10u 16u -10u 12u "&Just me (recommended)"
  Pop $RadioMe
  ${NSD_CreateLabel} 24u 29u -24u 10u "No administrator password is needed."
  Pop $0
  ${NSD_CreateRadioButton} 10u 46u -10u 12u "&Everyone who uses this computer"
  Pop $RadioAll
  ${NSD_CreateLabel} 24u 59u -24u 20u "Needs an administrator's permission. Each person keeps their own saved checks."
  Pop $0
  ${NSD_CreateCheckbox} 0 90u 100% 12u "Put a ScamScreen &shortcut on my desktop"
  Pop $CheckDesktop

  ${If} $AllUsers == 1
    ${NSD_Check} $RadioAll
  ${Else}
    ${NSD_Check} $RadioMe
  ${EndIf}
  ${If} $WantDesktop == 1
    ${NSD_Check} $CheckDesktop
  ${EndIf}
  GetDlgItem $0 $HWNDPARENT 1 ; the Next button
  SendMessage $0 ${WM_SETTEXT} 0 "STR:&Install"
  nsDialogs::Show
FunctionEnd

Function OptionsPageLeave
  ${NSD_GetState} $CheckDesktop $0
  ${If} $0 == ${BST_CHECKED}
    StrCpy $WantDesktop 1
  ${Else}
    StrCpy $WantDesktop 0
  ${EndIf}
  ${NSD_GetState} $RadioAll $0
  ${If} $0 == ${BST_CHECKED}
    ${If} $IsAdmin != 1
      Push 1
      Call RunAsAdmin ; quits when Windows gave permission
      ${NSD_Uncheck} $RadioAll
      ${NSD_Check} $RadioMe
      Abort ; stay on this page
    ${EndIf}
    StrCpy $AllUsers 1
  ${Else}
    StrCpy $AllUsers 0
  ${EndIf}
  Call SetDefaultFolder
FunctionEnd

Function StartScamScreen
  ${If} $AllUsers == 1
    ; This installer runs as administrator; ScamScreen should not. Explorer starts it as
    ; the signed-in user.
    Exec '"$WINDIR\explorer.exe" "$INSTDIR\${EXE}"'
  ${Else}
    Exec '"$INSTDIR\${EXE}"'
  ${EndIf}
FunctionEnd

Section "ScamScreen" SecMain
  SectionIn RO
  Call UseMode

  ; Never into the user's data folder: the uninstaller must be able to keep it.
  Call UserDataFolder
  Pop $0
  ${If} $INSTDIR == $0
    MessageBox MB_OK|MB_ICONSTOP "ScamScreen cannot be installed in $0, where it keeps your saved checks. Please choose another folder." /SD IDOK
    Abort "ScamScreen was not installed."
  ${EndIf}

  Call CloseScamScreenFirst

  SetOutPath "$INSTDIR"
  ; An update: the previous version's program files go first (not the user's data, which
  ; lives in another folder), so no old library is left behind to be loaded by mistake.
  RMDir /r "$INSTDIR\_internal"
  File /r "${PAYLOAD}\*.*"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  ; Shortcuts: in the Start menu (directly, as Windows 10 and 11 list them), and the desktop.
  CreateShortcut "$SMPROGRAMS\${PRODUCT}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0 \
    SW_SHOWNORMAL "" "Check whether a call, pop-up or message is a scam"
  StrCpy $DesktopNote ""
  ${If} $WantDesktop == 1
    CreateShortcut "$DESKTOP\${PRODUCT}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0 \
      SW_SHOWNORMAL "" "Check whether a call, pop-up or message is a scam"
    StrCpy $DesktopNote ", or double-click ScamScreen on your desktop"
  ${Else}
    Delete "$DESKTOP\${PRODUCT}.lnk" ; one left by an earlier install
  ${EndIf}

  ; Windows' list of installed apps (Settings > Apps, Control Panel > Programs).
  StrCpy $0 ""
  ${If} $AllUsers == 1
    StrCpy $0 " /ALLUSERS"
  ${EndIf}
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr SHCTX "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINST_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"$0'
  WriteRegStr SHCTX "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}"$0 /S'
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $1 $2 $3
  IntFmt $1 "0x%08X" $1
  WriteRegDWORD SHCTX "${UNINST_KEY}" "EstimatedSize" $1
SectionEnd

; ---------------------------------------------------------------------------- uninstaller

Function un.onInit
  SetRegView 64
  Call un.IsAdmin
  Pop $IsAdmin
  ${GetParameters} $Params

  ; Installed for everyone? (/ALLUSERS in the uninstall entry, or the HKLM entry points here)
  StrCpy $AllUsers 0
  ReadRegStr $0 HKLM "${UNINST_KEY}" "InstallLocation"
  ${If} $0 == $INSTDIR
    StrCpy $AllUsers 1
  ${EndIf}
  ClearErrors
  ${GetOptions} $Params "/ALLUSERS" $0
  ${IfNot} ${Errors}
    StrCpy $AllUsers 1
  ${EndIf}

  StrCpy $DeleteData 0
  ClearErrors
  ${GetOptions} $Params "/DELETEDATA" $0
  ${IfNot} ${Errors}
    StrCpy $DeleteData 1
  ${EndIf}

  ${If} $AllUsers == 1
  ${AndIf} $IsAdmin != 1
    ${If} ${Silent}
      SetErrorLevel ${ERROR_ELEVATION_REQUIRED}
      Quit
    ${EndIf}
    ; Start the uninstaller again through Windows' permission prompt.
    ClearErrors
    ExecShell "runas" "$INSTDIR\${UNINSTALLER}" "/ALLUSERS"
    ${If} ${Errors}
      MessageBox MB_OK|MB_ICONINFORMATION "ScamScreen was installed for everyone on this computer, so removing it needs an administrator's permission."
    ${EndIf}
    Quit
  ${EndIf}
  Call un.UseMode
FunctionEnd

Function un.RemovePageCreate
  !insertmacro MUI_HEADER_TEXT "Remove ScamScreen" "ScamScreen will be removed from this computer."
  nsDialogs::Create 1018
  Pop $0
  ${If} $0 == error
    Abort
  ${EndIf}
  ${NSD_CreateLabel} 0 0 100% 36u "ScamScreen and its shortcuts will be removed.$\r$\n$\r$\nYour saved checks and settings are kept, in case you install ScamScreen again."
  Pop $0
  ${NSD_CreateCheckbox} 0 46u 100% 12u "Also &delete my saved checks and settings"
  Pop $CheckDeleteData
  ${NSD_CreateLabel} 12u 60u -12u 20u "If you tick this, your saved checks are gone for good and cannot be brought back."
  Pop $0
  ${If} $DeleteData == 1
    ${NSD_Check} $CheckDeleteData
  ${EndIf}
  GetDlgItem $0 $HWNDPARENT 1 ; the Next button
  SendMessage $0 ${WM_SETTEXT} 0 "STR:&Remove"
  nsDialogs::Show
FunctionEnd

Function un.RemovePageLeave
  ${NSD_GetState} $CheckDeleteData $0
  ${If} $0 == ${BST_CHECKED}
    StrCpy $DeleteData 1
  ${Else}
    StrCpy $DeleteData 0
  ${EndIf}
FunctionEnd

Section "Uninstall"
  Call un.UseMode
  Call un.CloseScamScreenFirst

  Delete "$SMPROGRAMS\${PRODUCT}.lnk"
  Delete "$DESKTOP\${PRODUCT}.lnk"

  ; The program: the bundle's own files first, then the folder itself if it is ours (named
  ; ScamScreen, and not the data folder); a folder chosen with /D= that held other files
  ; keeps them.
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${UNINSTALLER}"
  Call un.UserDataFolder
  Pop $1
  ${GetFileName} "$INSTDIR" $0
  ${If} $0 == "${PRODUCT}"
  ${AndIf} $INSTDIR != $1
    RMDir /r "$INSTDIR"
  ${Else}
    RMDir "$INSTDIR"
  ${EndIf}

  DeleteRegKey SHCTX "${UNINST_KEY}"

  ; The user's data: the cache is rebuilt by ScamScreen whenever needed, so it goes; the
  ; saved checks, backups, logs and settings stay unless the user asked otherwise.
  RMDir /r "$1\Cache"
  ${If} $DeleteData == 1
    RMDir /r "$1"
    DeleteRegKey HKCU "${SETTINGS_KEY}"
    DeleteRegKey /ifempty HKCU "${SETTINGS_ORG_KEY}"
    StrCpy $UnFinishText "ScamScreen, your saved checks and your settings have been removed from this computer."
  ${Else}
    StrCpy $UnFinishText "ScamScreen has been removed from this computer. Your saved checks and settings were kept: if you install ScamScreen again, they will be there."
  ${EndIf}
SectionEnd
