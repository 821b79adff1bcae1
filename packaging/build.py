#!/usr/bin/env python3
"""Build ScamScreen for the platform this runs on:

    python packaging/build.py                 the bundle: dist/scamscreen/ (PyInstaller)
    python packaging/build.py --tarball       + dist/scamscreen-VERSION-linux-ARCH.tar.gz
    python packaging/build.py --installer     + dist/ScamScreen-VERSION-setup.exe (NSIS)

It needs nothing but Python 3.11+ to start: it sets up the project's environment the way
`dev.py` does (PyInstaller is among the test tools) and runs itself again in it. The
installer needs NSIS's `makensis` (Debian's package `nsis`, or NSIS on Windows); on Linux
it wraps the Linux bundle, which is how CI checks the installer script compiles.

The version comes from one place, pyproject.toml. The bundle's size is measured and
printed; over BUNDLE_BUDGET_MB the build fails.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
BUNDLE = DIST / "scamscreen"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE_BUDGET_MB = 150
WINDOWS = sys.platform == "win32"


def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def in_project_env() -> None:
    """Run again with the project's virtual environment (made or updated by dev.py)."""
    sys.path.insert(0, str(ROOT))
    import dev

    python = dev.ensure_env()
    if Path(sys.executable).resolve() != python.resolve():
        sys.exit(subprocess.call([str(python), str(Path(__file__).resolve()), *sys.argv[1:]]))


def windows_version_file(number: str) -> Path:
    """PyInstaller's version resource: what Explorer shows under Properties > Details."""
    parts = [*number.split("."), "0", "0", "0"][:3]
    four = ", ".join([*parts, "0"])
    path = ROOT / "build" / "version-info.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers=({four}), prodvers=({four})),
  kids=[StringFileInfo([StringTable('040904B0', [
    StringStruct('CompanyName', 'The ScamScreen developers'),
    StringStruct('FileDescription', 'ScamScreen: stops tech-support scams'),
    StringStruct('FileVersion', '{number}'),
    StringStruct('InternalName', 'scamscreen'),
    StringStruct('LegalCopyright', 'MIT licence'),
    StringStruct('OriginalFilename', 'scamscreen.exe'),
    StringStruct('ProductName', 'ScamScreen'),
    StringStruct('ProductVersion', '{number}')])]),
  VarFileInfo([VarStruct('Translation', [1033, 1200])])]
)
""",
        encoding="utf-8",
    )
    return path


def freeze() -> None:
    if WINDOWS:
        windows_version_file(version())
    shutil.rmtree(BUNDLE, ignore_errors=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            f"--distpath={DIST}",
            f"--workpath={WORK}",
            str(ROOT / "packaging" / "scamscreen.spec"),
        ],
        check=True,
        cwd=ROOT,
    )


def size_mb(folder: Path) -> float:
    # Each file once: the links PyInstaller makes to libraries are not copies.
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1e6


def executable() -> Path:
    return BUNDLE / ("scamscreen.exe" if WINDOWS else "scamscreen")


def tarball() -> Path:
    """The Linux bundle with its installer script, .desktop file and icons."""
    arch = platform.machine().lower() or "unknown"
    out = DIST / f"scamscreen-{version()}-linux-{arch}.tar.gz"
    linux = ROOT / "packaging" / "linux"
    extras = {
        "install.sh": linux / "install.sh",
        "scamscreen.desktop": linux / "scamscreen.desktop",
        "README.txt": linux / "README.txt",
    }

    def runnable(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.mode |= 0o755  # (even from a checkout that lost the executable bit)
        return info

    with tarfile.open(out, "w:gz") as archive:
        archive.add(BUNDLE, arcname="scamscreen")
        for name, path in extras.items():
            if path.exists():
                program = name.endswith(".sh")
                archive.add(
                    path, arcname=f"scamscreen/{name}", filter=runnable if program else None
                )
        icons = ROOT / "resources" / "icons" / "png"
        if icons.is_dir():
            archive.add(icons, arcname="scamscreen/icons")
    return out


def installer() -> Path:
    makensis = shutil.which("makensis")
    if makensis is None:
        sys.exit(
            "The installer needs NSIS's makensis: 'apt-get install nsis' on Debian or "
            "Ubuntu, or NSIS from nsis.sourceforge.io on Windows."
        )
    out = DIST / f"ScamScreen-{version()}-setup.exe"
    subprocess.run(
        [
            makensis,
            "-V2",
            f"-DVERSION={version()}",
            f"-DPAYLOAD={BUNDLE}",
            f"-DOUTFILE={out}",
            f"-DICON={ROOT / 'resources' / 'icons' / 'scamscreen.ico'}",
            # Built elsewhere than Windows, the installer only proves the script compiles:
            # quick compression there, the smaller (and slower) LZMA for the real one.
            *([] if WINDOWS else ["-DCOMPRESSOR=zlib"]),
            str(ROOT / "packaging" / "windows" / "scamscreen.nsi"),
        ],
        check=True,
        cwd=ROOT,
    )
    return out


def main(argv: list[str]) -> int:
    if not os.environ.get("SCAMSCREEN_BUILD_NO_ENV"):
        in_project_env()
    if "--no-freeze" not in argv:
        freeze()
    if not executable().exists():
        print(f"No bundle at {BUNDLE}: build it first.", file=sys.stderr)
        return 1
    megabytes = size_mb(BUNDLE)
    print(f"bundle: {BUNDLE} ({megabytes:.1f} MB unpacked; budget {BUNDLE_BUDGET_MB} MB)")
    if megabytes > BUNDLE_BUDGET_MB:
        print(f"The bundle is over {BUNDLE_BUDGET_MB} MB.", file=sys.stderr)
        return 1
    if "--tarball" in argv:
        print(f"tarball: {tarball()}")
    if "--installer" in argv:
        print(f"installer: {installer()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
