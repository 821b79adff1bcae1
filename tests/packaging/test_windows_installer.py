"""The Windows installer, run: the installer packaging/build.py compiled around the bundle
(conftest's `built`) is installed and removed silently under Wine, in a throwaway Wine
prefix, the way a help desk or a deployment tool runs it (README, "On Windows"): `/S` and
`/D=`, the entry in Windows' list of installed apps, the uninstaller's `/S` (keeps the
user's data) and `/DELETEDATA`, `/ALLUSERS` with and without administrator rights (exit
code 740 without), and the refusal of an old Windows (exit code 2).

Built on Linux, the installer carries the Linux bundle, so ScamScreen itself cannot start
here: what is tested is the installer's own logic. dev.py installs Wine with apt-get on
Debian as root; elsewhere these tests say how to get it, and are skipped.

How the Windows side is driven: wine_runner.nsi, compiled here, starts a command line and
writes its full exit code to a file (wine's own exit status keeps 8 bits: 740 would read
228), and can start it without administrator rights (Wine otherwise runs everything as
an administrator). Nothing sleeps: a run waits for its program, and `wineserver -w` waits
until every Windows program in the prefix has ended (the uninstaller's copy of itself)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "scamscreen"
RUNNER = Path(__file__).with_name("wine_runner.nsi")
UNINSTALL_KEY = r"Software\Microsoft\Windows\CurrentVersion\Uninstall\ScamScreen"
SETTINGS_KEY = r"HKCU\Software\ScamScreen\ScamScreen"
TIMEOUT_S = 300
GET_WINE = (
    "Wine is needed to run the Windows installer: on Debian or Ubuntu, as root, "
    "`dpkg --add-architecture i386 && apt-get update && apt-get install wine wine64 "
    "wine32:i386` (python3 dev.py test does this when run as root)"
)
GET_WINE32 = (
    "this Wine cannot run 32-bit Windows programs, and the installer is one: on Debian or "
    "Ubuntu, as root, `dpkg --add-architecture i386 && apt-get update && apt-get install "
    "wine32:i386`"
)

pytestmark = [
    pytest.mark.skipif(
        sys.platform == "win32",
        reason="Wine is for Linux; Windows CI runs the installer itself (windows.yml)",
    ),
    pytest.mark.skipif(shutil.which("wine") is None, reason=GET_WINE),
    pytest.mark.skipif(
        shutil.which("makensis") is None,
        reason="NSIS's makensis is not installed here (apt-get install nsis)",
    ),
]


def windows_path(path: Path) -> str:
    """Wine's Z: drive is the Unix root."""
    return "Z:" + str(path).replace("/", "\\")


@dataclass
class Wine:
    """A 64-bit Wine prefix of our own, reporting Windows 10, with no display, no Mono or
    Gecko prompts and no menu entries written into the real home folder."""

    prefix: Path
    env: dict[str, str]
    runner: Path
    work: Path

    def call(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            list(args), env=self.env, capture_output=True, text=True, timeout=TIMEOUT_S
        )

    def run(self, command_line: str, *, admin: bool = True) -> int:
        """Start a Windows command line, wait for that program, return its exit code."""
        code_file = self.work / "exit-code"
        code_file.unlink(missing_ok=True)
        env = {
            **self.env,
            "RUNNER_COMMAND_LINE": command_line,
            "RUNNER_EXIT_CODE_FILE": windows_path(code_file),
        }
        if not admin:
            env["RUNNER_NOT_ADMIN"] = "1"
        done = subprocess.run(
            ["wine", str(self.runner)],
            env=env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
        )
        assert done.returncode == 0 and code_file.exists(), (
            f"the runner could not start {command_line!r} (its exit code "
            f"{done.returncode}: 3 no token without administrator rights, 4 did not start)"
            f"\n{done.stdout}{done.stderr}"
        )
        return int(code_file.read_text())

    def wait(self) -> None:
        """Until every Windows program in this prefix has ended."""
        self.call("wineserver", "-w")

    def unix(self, windows: str) -> Path:
        return Path(self.call("wine", "winepath", "-u", windows).stdout.strip())

    def registry(self, key: str) -> dict[str, str] | None:
        """A key's values as `reg query` shows them (64-bit view), or None if absent."""
        done = self.call("wine", "reg", "query", key, "/reg:64")
        if done.returncode != 0:
            return None
        values = {}
        for line in done.stdout.splitlines():
            found = re.match(r"^ {4}(.+?) {4}REG_\w+ {4}(.*?)\r?$", line)
            if found:
                values[found.group(1)] = found.group(2)
        return values

    def set_registry(self, key: str, name: str, value: str) -> None:
        done = self.call("wine", "reg", "add", key, "/v", name, "/d", value, "/f", "/reg:64")
        assert done.returncode == 0, done.stdout + done.stderr

    def windows_version(self, version: str) -> None:
        self.set_registry(r"HKCU\Software\Wine", "Version", version)


@pytest.fixture(scope="module")
def wine(tmp_path_factory) -> Iterator[Wine]:
    work = tmp_path_factory.mktemp("wine")
    home = work / "home"  # Wine links the Windows desktop to $HOME and writes menus there
    home.mkdir()
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("WINE", "XDG_")) and key not in ("DISPLAY", "WAYLAND_DISPLAY")
    }
    env.update(
        HOME=str(home),
        WINEPREFIX=str(work / "prefix"),
        WINEARCH="win64",  # 64-bit Windows: the installer refuses a 32-bit one
        WINEDEBUG="-all",
        # no Mono or Gecko installer prompts; no Linux menu entries for the shortcuts
        WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d",
    )
    runner = work / "runner.exe"
    made = subprocess.run(
        ["makensis", "-V2", f"-DOUTFILE={runner}", str(RUNNER)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
    )
    assert made.returncode == 0, made.stdout + made.stderr
    wine = Wine(prefix=work / "prefix", env=env, runner=runner, work=work)
    try:
        booted = wine.call("wine", "wineboot", "--init")
        wine.wait()
        if booted.returncode != 0:
            pytest.skip(f"Wine could not set up a prefix here: {booted.stderr[-500:]}")
        # Wine 8 says it is Windows 7 by default; the installer wants 10 or 11.
        wine.windows_version("win10")
        try:
            works = wine.run("cmd /c exit 740") == 740
        except AssertionError:
            works = False
        if not works:
            pytest.skip(GET_WINE32)
        yield wine
    finally:
        wine.call("wineserver", "-k")  # this prefix's programs and server only
        wine.wait()
        shutil.rmtree(wine.prefix, ignore_errors=True)  # over 1 GB, which pytest would keep


@pytest.fixture(scope="module")
def setup(wine, request) -> str:
    """The installer's Windows path. (The bundle is built only once Wine has shown it can
    run it: a session fixture named as an argument would be built first.)"""
    built = request.getfixturevalue("built")
    if "installer" not in built:
        pytest.skip("NSIS's makensis is not installed here (apt-get install nsis)")
    return windows_path(Path(built["installer"]))


@dataclass
class User:
    """The Windows user's own folders: %LOCALAPPDATA% as Windows writes it, and the rest
    as Unix paths."""

    local_windows: str
    local: Path
    data: Path  # ScamScreen's, which the uninstaller keeps
    start_menu: Path
    desktop: Path


@pytest.fixture(scope="module")
def user(wine) -> User:
    local_windows = wine.call("wine", "cmd", "/c", "echo %LOCALAPPDATA%").stdout.strip()
    local = wine.unix(local_windows)
    return User(
        local_windows=local_windows,
        local=local,
        data=local / "ScamScreen",
        start_menu=local.parent / "Roaming" / "Microsoft" / "Windows" / "Start Menu" / "Programs",
        desktop=local.parent.parent / "Desktop",
    )


def payload() -> set[str]:
    """The bundle's files (NSIS copies what a symbolic link points to)."""
    return {
        path.relative_to(BUNDLE).as_posix()
        for path in BUNDLE.rglob("*")
        if path.is_file() or path.is_symlink()
    }


def installed(folder: Path) -> set[str]:
    return {path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file()}


def install_for_me(wine: Wine, setup: str, name: str) -> tuple[str, Path]:
    folder = rf"C:\Tests\{name}\ScamScreen"
    assert wine.run(f'"{setup}" /S /D={folder}') == 0
    unix = wine.prefix / "drive_c" / "Tests" / name / "ScamScreen"
    assert installed(unix) == payload() | {"uninstall.exe"}
    return folder, unix


def save_some_data(wine: Wine, data: Path) -> None:
    """What ScamScreen leaves in a user's data folder and settings."""
    (data / "Cache").mkdir(parents=True, exist_ok=True)
    (data / "scamscreen.db").write_text("saved checks")
    (data / "Cache" / "screening.cache").write_text("rebuilt when needed")
    wine.set_registry(SETTINGS_KEY, "language", "es")


def test_a_silent_install_for_me_and_the_quiet_uninstall_keep_the_users_data(wine, setup, user):
    # no /D=: the default folder, beside the data folder (not in it)
    assert wine.run(f'"{setup}" /S') == 0
    folder = user.local / "Programs" / "ScamScreen"
    assert installed(folder) == payload() | {"uninstall.exe"}
    entry = wine.registry(rf"HKCU\{UNINSTALL_KEY}")
    assert entry["InstallLocation"] == rf"{user.local_windows}\Programs\ScamScreen"
    save_some_data(wine, user.data)

    # Run as Windows' "Installed apps" runs it: uninstall.exe copies itself to %TEMP%,
    # starts that copy and ends at once (exit code 0), so wait for the copy.
    assert wine.run(entry["QuietUninstallString"]) == 0
    wine.wait()

    assert not folder.exists()
    assert wine.registry(rf"HKCU\{UNINSTALL_KEY}") is None
    assert not (user.start_menu / "ScamScreen.lnk").exists()
    assert (user.data / "scamscreen.db").read_text() == "saved checks"
    assert not (user.data / "Cache").exists()  # rebuilt whenever needed
    assert wine.registry(SETTINGS_KEY) == {"language": "es"}


def test_a_silent_install_into_a_chosen_folder_is_listed_in_installed_apps(wine, setup, user):
    windows, _ = install_for_me(wine, setup, "install")

    entry = wine.registry(rf"HKCU\{UNINSTALL_KEY}")
    assert entry is not None, "no uninstall entry for the user"
    assert entry["DisplayName"] == "ScamScreen"
    assert entry["UninstallString"] == rf'"{windows}\uninstall.exe"'
    assert entry["QuietUninstallString"] == rf'"{windows}\uninstall.exe" /S'
    assert entry["InstallLocation"] == windows
    assert re.fullmatch(r"\d+\.\d+\.\d+\S*", entry["DisplayVersion"])
    assert setup.endswith(rf"\ScamScreen-{entry['DisplayVersion']}-setup.exe")
    assert (user.start_menu / "ScamScreen.lnk").is_file()
    assert not (user.desktop / "ScamScreen.lnk").exists()  # silent: none unless asked


def test_deletedata_also_removes_the_users_saved_checks_and_settings(wine, setup, user):
    windows, folder = install_for_me(wine, setup, "delete")
    save_some_data(wine, user.data)

    # _?= runs the uninstaller where it is, so its exit code is the uninstall's own.
    assert wine.run(rf'"{windows}\uninstall.exe" /S /DELETEDATA _?={windows}') == 0

    assert not (folder / "_internal").exists()
    assert not user.data.exists()
    assert wine.registry(SETTINGS_KEY) is None
    assert wine.registry(r"HKCU\Software\ScamScreen") is None  # left empty, so removed
    assert wine.registry(rf"HKCU\{UNINSTALL_KEY}") is None


def test_for_everyone_without_administrator_rights_a_silent_install_exits_740(wine, setup):
    assert wine.run(f'"{setup}" /S /ALLUSERS', admin=False) == 740

    assert not (wine.prefix / "drive_c" / "Program Files" / "ScamScreen").exists()
    assert wine.registry(rf"HKLM\{UNINSTALL_KEY}") is None


def test_for_everyone_as_an_administrator_installs_in_program_files(wine, setup):
    assert wine.run(f'"{setup}" /S /ALLUSERS') == 0  # (Wine runs it as an administrator)

    folder = wine.prefix / "drive_c" / "Program Files" / "ScamScreen"  # the 64-bit one
    windows = r"C:\Program Files\ScamScreen"
    assert installed(folder) == payload() | {"uninstall.exe"}
    entry = wine.registry(rf"HKLM\{UNINSTALL_KEY}")  # the 64-bit view
    assert entry is not None, "no uninstall entry for everyone"
    assert entry["UninstallString"] == rf'"{windows}\uninstall.exe" /ALLUSERS'
    assert entry["QuietUninstallString"] == rf'"{windows}\uninstall.exe" /ALLUSERS /S'

    # removing it for everyone needs an administrator too
    uninstall = rf'"{windows}\uninstall.exe" /ALLUSERS /S _?={windows}'
    assert wine.run(uninstall, admin=False) == 740
    assert (folder / "_internal").is_dir()
    assert wine.run(entry["QuietUninstallString"]) == 0
    wine.wait()
    assert not folder.exists()
    assert wine.registry(rf"HKLM\{UNINSTALL_KEY}") is None


def test_an_older_windows_is_refused_with_exit_code_2(wine, setup):
    wine.windows_version("win81")
    try:
        assert wine.run(rf'"{setup}" /S /D=C:\Tests\old\ScamScreen') == 2
    finally:
        wine.windows_version("win10")
    assert not (wine.prefix / "drive_c" / "Tests" / "old").exists()


if __name__ == "__main__":
    sys.exit(pytest.main([__file__]))
