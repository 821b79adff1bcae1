#!/usr/bin/env python3
"""Build ScamScreen for the platform this runs on:

    python packaging/build.py                 the bundle: dist/scamscreen/ (PyInstaller)
    python packaging/build.py --tarball       + dist/scamscreen-VERSION-linux-ARCH.tar.gz
    python packaging/build.py --installer     + dist/ScamScreen-VERSION-setup.exe (NSIS)
    python packaging/build.py --update-source https://OWNER.github.io/REPO/feed/
                                              the bundle updates from that feed by default

The update source (also `SCAMSCREEN_UPDATE_SOURCE=URL`) is written into the bundle as
`scamscreen/feeds/update-source.json` (see `scamscreen.feeds.source`); a bundle built
without one has no update server: the app says so and does not check for updates.
The release workflow passes the address it publishes the project's signed feed at.

It needs nothing but Python 3.11+ to start: it sets up the project's environment the way
`dev.py` does (PyInstaller is among the test tools) and runs itself again in it. The
installer needs NSIS's `makensis` (Debian's package `nsis`, or NSIS on Windows); on Linux
it wraps the Linux bundle, which is how CI checks the installer script compiles.

The version comes from one place, pyproject.toml. The bundle's size is measured and
printed; over BUNDLE_BUDGET_MB the build fails.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
BUNDLE = DIST / "scamscreen"
WORK = ROOT / "build" / "pyinstaller"
SOURCE_RECORD = ROOT / "build" / "update-source" / "update-source.json"
SOURCE_ENV = "SCAMSCREEN_UPDATE_SOURCE"  # the update source, when not given as a flag
SPEC_SOURCE_ENV = "SCAMSCREEN_BUILD_SOURCE_RECORD"  # tells the spec which file to ship
BUNDLE_BUDGET_MB = 220  # 150 before pictures were read (issue 17: Tesseract, Pillow)
WINDOWS = sys.platform == "win32"


def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def feeds_source() -> Any:
    """`scamscreen.feeds.source` of this checkout (standard library only, so the system's
    Python can read --update-source before the project's environment exists)."""
    if str(ROOT / "app") not in sys.path:
        sys.path.insert(0, str(ROOT / "app"))
    from scamscreen.feeds import source

    return source


def update_source(text: str) -> str:
    """--update-source: an https:// address, kept as the bundle will read it."""
    url = feeds_source().valid_source(text)
    if url is None:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not an address to update from: give an https:// address, "
            "e.g. https://OWNER.github.io/REPO/feed/"
        )
    return url


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The flags, read before anything is built or installed: --help is instant, and an
    unknown flag is refused (status 2) without building."""
    parser = argparse.ArgumentParser(
        prog="build.py",
        description="Build ScamScreen for this platform: the bundle dist/scamscreen/ "
        "(PyInstaller, one folder), and on request the Linux tarball or the Windows "
        "installer. Sets up .venv/ the way dev.py does, then runs itself in it.",
    )
    parser.add_argument(
        "--tarball",
        action="store_true",
        help="also dist/scamscreen-VERSION-linux-ARCH.tar.gz (Linux)",
    )
    parser.add_argument(
        "--installer",
        action="store_true",
        help="also dist/ScamScreen-VERSION-setup.exe (needs NSIS's makensis)",
    )
    parser.add_argument(
        "--update-source",
        metavar="URL",
        type=update_source,
        help=f"the feed the bundle updates from by default (https://; or {SOURCE_ENV}); "
        "without one the bundle has no update server",
    )
    parser.add_argument(
        "--no-freeze",
        action="store_true",
        help="use the bundle already in dist/ (measure it, pack it) instead of building it",
    )
    args = parser.parse_args(argv)
    if args.update_source is None and os.environ.get(SOURCE_ENV, "").strip():
        try:
            args.update_source = update_source(os.environ[SOURCE_ENV])
        except argparse.ArgumentTypeError as exc:
            parser.error(f"{SOURCE_ENV}: {exc}")
    if args.no_freeze and args.update_source:
        parser.error("--update-source is written into a new bundle: leave out --no-freeze")
    return args


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


def source_record(url: str | None) -> dict[str, str]:
    """Write the update source for the spec to ship; the environment that tells it where.
    No source: no file at all, so the bundle has no default source."""
    shutil.rmtree(SOURCE_RECORD.parent, ignore_errors=True)
    env = {k: v for k, v in os.environ.items() if k != SPEC_SOURCE_ENV}
    if url is None:
        return env
    SOURCE_RECORD.parent.mkdir(parents=True, exist_ok=True)
    SOURCE_RECORD.write_text(feeds_source().source_record(url), encoding="utf-8")
    return {**env, SPEC_SOURCE_ENV: str(SOURCE_RECORD)}


def freeze(source: str | None) -> None:
    if WINDOWS:
        windows_version_file(version())
    shutil.rmtree(BUNDLE, ignore_errors=True)
    env = source_record(source)
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
        env=env,
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
    args = parse_args(argv)  # first: --help and a wrong flag build nothing
    if not os.environ.get("SCAMSCREEN_BUILD_NO_ENV"):
        in_project_env()
    if not args.no_freeze:
        freeze(args.update_source)
    if not executable().exists():
        print(f"No bundle at {BUNDLE}: build it first.", file=sys.stderr)
        return 1
    megabytes = size_mb(BUNDLE)
    print(f"bundle: {BUNDLE} ({megabytes:.1f} MB unpacked; budget {BUNDLE_BUDGET_MB} MB)")
    if megabytes > BUNDLE_BUDGET_MB:
        print(f"The bundle is over {BUNDLE_BUDGET_MB} MB.", file=sys.stderr)
        return 1
    shipped = default_source_of(BUNDLE)
    print(f"update source: {shipped or 'none (no update server for this bundle)'}")
    if not args.no_freeze and shipped != args.update_source:
        print(
            f"The bundle's update source is {shipped}, not {args.update_source}.", file=sys.stderr
        )
        return 1
    if args.tarball:
        print(f"tarball: {tarball()}")
    if args.installer:
        print(f"installer: {installer()}")
    return 0


def default_source_of(bundle: Path) -> str | None:
    """The update source the bundle will use, read as the frozen app reads it."""
    source = feeds_source()
    found = sorted(bundle.rglob(f"scamscreen/feeds/{source.SOURCE_FILE}"))
    return source.default_source(found[0].parent) if found else None


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
