"""How the whole application looks: the text size (100% to 200%) and high contrast, read
from the settings and applied to the QApplication. Kept apart from the Settings screen so
the app can apply them at start-up without building (or importing) that screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

TEXT_SCALE_MIN = 100
TEXT_SCALE_MAX = 200
TEXT_SCALE_STEP = 10


# -- reading settings ----------------------------------------------------------------


def setting_bool(settings: QSettings, key: str, default: bool) -> bool:
    """A yes/no setting, whatever form the settings file gave back ("true", 1, True)."""
    value = settings.value(key, default)
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes", "on")
    return bool(value)


def setting_int(settings: QSettings, key: str, default: int) -> int:
    value: Any = settings.value(key, default)  # whatever the file holds: int() decides
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def snap_scale(percent: int) -> int:
    stepped = round(percent / TEXT_SCALE_STEP) * TEXT_SCALE_STEP
    return max(TEXT_SCALE_MIN, min(TEXT_SCALE_MAX, stepped))


def text_scale(settings: QSettings) -> int:
    """The text size in percent: 100 to 200, in steps of 10."""
    return snap_scale(setting_int(settings, "text_scale", TEXT_SCALE_MIN))


# -- appearance ------------------------------------------------------------------------


_STYLE_BEFORE = "scamscreen_style_before_high_contrast"


def apply_appearance(app: QApplication, settings: QSettings, base_point_size: float) -> None:
    """The text size and high contrast of the settings, applied to the whole application.

    `base_point_size` is the application's font size before any scaling (read it once at
    start-up). The style is the platform's, as a `ReadableStyle` whose tick boxes grow
    with the text. High contrast sets `high_contrast_palette()` with `HighContrastStyle`;
    turned off, the style the application had before comes back, and the default
    palette: an empty QPalette resolves to the platform theme's palette, or to
    `app.style().standardPalette()` where there is none, and follows the system (a dark
    mode) again.
    """
    scale = text_scale(settings) / 100
    font = app.font()
    font.setPointSizeF(base_point_size * scale)
    app.setFont(font)
    high = setting_bool(settings, "high_contrast", False)
    if scale == 1.0 and not high:
        if app.property(_STYLE_BEFORE):  # one of ours is in place: the platform's returns
            app.setStyle(str(app.property(_STYLE_BEFORE)))
            app.setProperty(_STYLE_BEFORE, None)
        app.setPalette(QPalette())
        return
    from scamscreen.ui.styles import HighContrastStyle, ReadableStyle, high_contrast_palette

    current = app.style()
    if not isinstance(current, ReadableStyle):
        app.setProperty(_STYLE_BEFORE, current.name())
    wanted = HighContrastStyle if high else ReadableStyle
    if type(current) is not wanted or current.scale != scale:
        style = (
            HighContrastStyle(scale)
            if high
            else ReadableStyle(str(app.property(_STYLE_BEFORE) or "Fusion"), scale)
        )
        style.setParent(app)  # the application owns it, and deletes it when replaced
        app.setStyle(style)
    app.setPalette(high_contrast_palette() if high else QPalette())
