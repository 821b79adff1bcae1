#!/usr/bin/env python3
"""Render the application icon, resources/icons/scamscreen.svg, to the files the
installers need:

    resources/icons/png/scamscreen-<size>.png   16 ... 512 px (Linux: hicolor icon theme)
    resources/icons/scamscreen.ico              16 ... 256 px (Windows: the .exe, the installer)
    packaging/windows/wizard.bmp                the picture on the installer's first and last pages

    python packaging/make_icons.py      (run it again after changing the SVG)

The outputs are committed, so a build needs neither this script nor a display. It draws
with Qt's own SVG renderer, offscreen (no window, no display server).

The .ico is written here rather than by Qt, whose ICO writer stores a single image. Each
size below 256 px is stored as a 32-bit BMP (every Windows and every icon tool reads
those), the 256 px one as PNG (the standard way since Windows Vista, and 4x smaller).
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "scamscreen.svg"
PNG_DIR = ICONS / "png"
ICO = ICONS / "scamscreen.ico"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Modern UI's welcome/finish picture: 164 x 314 px at 100% (NSIS stretches it on larger
# screens). Debian's NSIS ships without the default one, so the installer brings its own.
WIZARD = ROOT / "packaging" / "windows" / "wizard.bmp"
WIZARD_SIZE = (164, 314)
WIZARD_BACKGROUND = "#e8eef6"  # a pale tint of the shield's blue


def render(svg: Path, size: int):  # type: ignore[no-untyped-def]
    """The SVG drawn on a transparent size x size image (QImage, ARGB32 unpremultiplied)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image) -> bytes:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("Qt could not encode a PNG image")
    buffer.close()
    return bytes(data.data())


def bmp_entry(image) -> bytes:  # type: ignore[no-untyped-def]
    """An ICO image entry as a DIB: a BITMAPINFOHEADER (height doubled: the XOR bitmap
    and the AND mask), 32-bit BGRA rows bottom-up, then the 1-bit AND mask (all zero:
    the alpha channel says what is transparent), each mask row padded to 4 bytes."""
    width, height = image.width(), image.height()
    header = struct.pack(
        "<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, width * height * 4, 0, 0, 0, 0
    )
    # Format_ARGB32 is stored as 0xAARRGGBB words: B, G, R, A in memory on little-endian
    # machines, which is the DIB order. Qt's rows may be padded; take width * 4 of each.
    if sys.byteorder != "little":
        raise SystemExit("writing .ico files needs a little-endian machine")
    rows = [bytes(image.constScanLine(y))[: width * 4] for y in range(height)]
    mask_row = b"\0" * (((width + 31) // 32) * 4)
    return header + b"".join(reversed(rows)) + mask_row * height


def wizard_bytes(svg: Path) -> bytes:
    """The installer's side picture: the shield, large, on a pale background, as a
    24-bit BMP (what Windows' LoadImage reads everywhere)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    width, height = WIZARD_SIZE
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(WIZARD_BACKGROUND))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = 120
    QSvgRenderer(str(svg)).render(painter, QRectF((width - side) / 2, 48, side, side))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.convertToFormat(QImage.Format.Format_RGB888).save(buffer, "BMP"):
        raise SystemExit("Qt could not encode a BMP image")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, object]) -> bytes:
    """An ICO container: ICONDIR, one ICONDIRENTRY per image, then the images."""
    entries = []
    for size in sorted(images):
        image = images[size]
        data = png_bytes(image) if size >= 256 else bmp_entry(image)
        entries.append((size, data))
    offset = 6 + 16 * len(entries)
    directory = struct.pack("<HHH", 0, 1, len(entries))
    blobs = b""
    for size, data in entries:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        blobs += data
    return directory + blobs


def outputs() -> dict[Path, bytes]:
    """Every file this script writes, with its contents."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    images = {size: render(SVG, size) for size in sorted(set(PNG_SIZES) | set(ICO_SIZES))}
    files = {PNG_DIR / f"scamscreen-{size}.png": png_bytes(images[size]) for size in PNG_SIZES}
    files[ICO] = ico_bytes({size: images[size] for size in ICO_SIZES})
    files[WIZARD] = wizard_bytes(SVG)
    return files


def main(argv: list[str]) -> int:
    argparse.ArgumentParser(description=__doc__.split("\n\n")[0]).parse_args(argv)
    files = outputs()
    for path, data in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"{path.relative_to(ROOT)} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
