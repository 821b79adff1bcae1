"""Line icons drawn from the SVG files in `resources/icons/`, painted in a palette colour
so they follow high contrast like the text beside them (never a fixed colour)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from scamscreen.core.data import resources_dir

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon


@cache
def _svg(name: str) -> bytes:
    path = resources_dir() / "icons" / f"{name}.svg"
    try:
        return path.read_bytes()
    except OSError:
        return b""  # a missing icon leaves the words on the button, which say it all


def tinted(name: str, color: QColor, size: QSize, ratio: float = 1.0) -> QIcon:
    """The icon `name` (a path under resources/icons, without .svg) in `color`."""
    from PySide6.QtGui import QIcon  # (its enums cost start-up time; see benchmarks/ui.py)

    pixmap = drawn(name, size, ratio, color)
    return QIcon() if pixmap.isNull() else QIcon(pixmap)


def drawn(name: str, size: QSize, ratio: float = 1.0, color: QColor | None = None) -> QPixmap:
    """The SVG `name` drawn at `size` (sharp on high-density screens: `ratio`), its
    `currentColor` painted in `color`; an empty pixmap if the file is missing."""
    svg = _svg(name)
    if not svg:
        return QPixmap()
    if color is not None:
        svg = svg.replace(b"currentColor", color.name().encode())
    renderer = QSvgRenderer(QByteArray(svg))
    pixmap = QPixmap(size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return pixmap
