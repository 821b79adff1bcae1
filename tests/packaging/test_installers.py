"""The installers' own files, without building the bundle (seconds, not minutes): the icons
packaging/make_icons.py rendered, the Linux install.sh run into a temporary home, the
.desktop entry, and the NSIS script compiled around a stand-in payload."""

from __future__ import annotations

import configparser
import os
import shutil
import stat
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
LINUX = ROOT / "packaging" / "linux"
NSI = ROOT / "packaging" / "windows" / "scamscreen.nsi"
POSIX = os.name == "posix"


# How far one channel of one pixel may differ between the .ico's image and its PNG: the
# two are written from the same rendering, but image decoders round premultiplied alpha
# their own way (PySide6 6.11.3 reads one channel of one 24 px pixel 1 off).
PIXEL_TOLERANCE = 2


def differences(first, second) -> tuple[int, tuple[int, int] | None]:
    """The largest per-channel difference between two same-sized ARGB32 images, and where."""
    worst, where = 0, None
    for y in range(first.height()):
        for x in range(first.width()):
            a, b = first.pixel(x, y), second.pixel(x, y)
            if a == b:
                continue
            gap = max(abs(((a >> s) & 0xFF) - ((b >> s) & 0xFF)) for s in (0, 8, 16, 24))
            if gap > worst:
                worst, where = gap, (x, y)
    return worst, where


def test_the_ico_holds_every_windows_size_and_each_reads_back(qapp):
    from PySide6.QtGui import QImage, QImageReader

    raw = (ICONS / "scamscreen.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", raw)
    assert (reserved, kind) == (0, 1), "scamscreen.ico does not start as an icon file"
    sides = [raw[6 + 16 * i] or 256 for i in range(count)]
    assert sides == [16, 24, 32, 48, 64, 128, 256], f"the .ico holds the sizes {sides}"
    reader = QImageReader(str(ICONS / "scamscreen.ico"))
    assert reader.imageCount() == count
    for index, side in enumerate(sides):
        assert reader.jumpToImage(index), f"the {side} px image of the .ico cannot be reached"
        image = reader.read()
        assert not image.isNull(), f"the {side} px image of the .ico does not decode"
        image = image.convertToFormat(QImage.Format.Format_ARGB32)
        png = QImage(str(ICONS / "png" / f"scamscreen-{side}.png"))
        assert not png.isNull(), f"png/scamscreen-{side}.png does not decode"
        png = png.convertToFormat(QImage.Format.Format_ARGB32)
        assert (image.width(), image.height()) == (side, side)
        assert (png.width(), png.height()) == (side, side)
        worst, where = differences(image, png)
        assert worst <= PIXEL_TOLERANCE, (
            f"the {side} px image of the .ico differs from png/scamscreen-{side}.png by "
            f"{worst} in one channel at {where}: run packaging/make_icons.py again"
        )


def test_the_icon_comparison_sees_a_changed_pixel(qapp):
    """The tolerance above forgives a decoder's rounding, not a different picture."""
    from PySide6.QtGui import QImage

    png = QImage(str(ICONS / "png" / "scamscreen-24.png"))
    png = png.convertToFormat(QImage.Format.Format_ARGB32)
    changed = png.copy()
    pixel = png.pixel(12, 12)
    red = ((pixel >> 16) & 0xFF) ^ 0x80  # moved by exactly 128
    changed.setPixel(12, 12, (pixel & 0xFF00FFFF) | (red << 16))
    assert differences(png, png) == (0, None)
    worst, where = differences(png, changed)
    assert (worst, where) == (128, (12, 12))


@pytest.mark.parametrize("side", [16, 24, 32, 48, 64, 128, 256, 512])
def test_each_png_size_is_there(qapp, side):
    from PySide6.QtGui import QImage

    image = QImage(str(ICONS / "png" / f"scamscreen-{side}.png"))
    assert (image.width(), image.height()) == (side, side)
    assert image.hasAlphaChannel()


def test_the_desktop_entry_has_what_menus_need():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(LINUX / "scamscreen.desktop", encoding="utf-8")
    values = entry["Desktop Entry"]
    assert values["Type"] == "Application"
    assert values["Name"] == "ScamScreen"
    assert values["Icon"] == "scamscreen"
    assert values["Terminal"] == "false"
    assert values["Categories"] == "Utility;Security;"
    assert values["Exec"] and values["Keywords"].endswith(";")


@pytest.fixture
def extracted(tmp_path):
    """What `tar -xzf scamscreen-VERSION-linux-x86_64.tar.gz` leaves (packaging/build.py's
    layout), with a stand-in for the frozen program."""
    folder = tmp_path / "download" / "scamscreen"
    (folder / "_internal" / "resources" / "icons").mkdir(parents=True)
    program = folder / "scamscreen"
    program.write_text('#!/bin/sh\necho "ScamScreen stand-in $*"\n')
    program.chmod(0o755)
    shutil.copy2(LINUX / "install.sh", folder / "install.sh")
    shutil.copy2(LINUX / "scamscreen.desktop", folder / "scamscreen.desktop")
    shutil.copytree(ICONS / "png", folder / "icons")
    shutil.copy2(ICONS / "scamscreen.svg", folder / "_internal" / "resources" / "icons")
    return folder


def run_install(folder: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    return subprocess.run(
        ["sh", str(folder / "install.sh"), *args], env=env, capture_output=True, text=True
    )


@pytest.mark.skipif(not POSIX, reason="install.sh is for Linux")
def test_install_sh_installs_for_the_user_and_uninstalls_keeping_their_checks(extracted, tmp_path):
    assert os.stat(LINUX / "install.sh").st_mode & stat.S_IXUSR  # the tarball keeps this
    home = tmp_path / "home"
    home.mkdir()
    done = run_install(extracted, home)
    assert done.returncode == 0, done.stderr
    opt = home / ".local" / "opt" / "scamscreen"
    link = home / ".local" / "bin" / "scamscreen"
    menu = home / ".local" / "share" / "applications" / "scamscreen.desktop"
    icon = home / ".local" / "share" / "icons" / "hicolor" / "48x48" / "apps" / "scamscreen.png"
    assert (opt / "scamscreen").is_file() and (opt / "install.sh").is_file()
    assert link.is_symlink() and link.resolve() == (opt / "scamscreen").resolve()
    assert f'Exec="{opt / "scamscreen"}"' in menu.read_text().splitlines()
    assert icon.is_file()
    ran = subprocess.run([str(link), "--self-test"], capture_output=True, text=True)
    assert "stand-in --self-test" in ran.stdout

    # an update from a newer download replaces the program
    (opt / "_internal" / "left-over").write_text("old")
    assert run_install(extracted, home).returncode == 0
    assert not (opt / "_internal" / "left-over").exists()

    data = home / ".local" / "share" / "ScamScreen"
    data.mkdir(parents=True)
    (data / "scamscreen.db").write_text("saved checks")
    done = run_install(opt, home, "--uninstall")
    assert done.returncode == 0, done.stderr
    assert not opt.exists() and not link.exists() and not menu.exists() and not icon.exists()
    assert (data / "scamscreen.db").read_text() == "saved checks"
    assert "kept" in done.stdout

    assert run_install(extracted, home).returncode == 0
    assert run_install(opt, home, "--uninstall", "--delete-data").returncode == 0
    assert not data.exists()


@pytest.mark.skipif(shutil.which("makensis") is None, reason="NSIS's makensis is not here")
def test_the_nsis_script_compiles_without_a_warning(tmp_path):
    payload = tmp_path / "payload"
    (payload / "_internal").mkdir(parents=True)
    (payload / "scamscreen.exe").write_bytes(b"MZ stand-in")
    (payload / "_internal" / "base_library.zip").write_bytes(b"PK")
    out = tmp_path / "ScamScreen-0.1.0-setup.exe"  # (plain "setup.exe" draws a warning)
    done = subprocess.run(
        [
            "makensis",
            "-V2",
            "-DVERSION=0.1.0",
            "-DCOMPRESSOR=zlib",
            f"-DPAYLOAD={payload}",
            f"-DOUTFILE={out}",
            str(NSI),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr  # (warnings are errors there)
    assert out.read_bytes()[:2] == b"MZ"


if __name__ == "__main__":
    sys.exit(pytest.main([__file__]))
