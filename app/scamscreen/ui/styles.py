"""The styles ScamScreen puts on the application: tick boxes that grow with the text, and
high contrast. Imported only when the text is larger than normal or contrast is on."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QStyleOptionComplex, QWidget


def high_contrast_palette() -> QPalette:
    """White on black, yellow for what is selected, for every role a widget paints with."""
    black = QColor(0, 0, 0)
    white = QColor(255, 255, 255)
    yellow = QColor(255, 255, 0)
    grey = QColor(170, 170, 170)  # 9:1 on black: still readable when disabled
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: black,
        QPalette.ColorRole.WindowText: white,
        QPalette.ColorRole.Base: black,
        QPalette.ColorRole.AlternateBase: black,
        QPalette.ColorRole.Text: white,
        QPalette.ColorRole.Button: black,
        QPalette.ColorRole.ButtonText: white,
        QPalette.ColorRole.BrightText: yellow,
        QPalette.ColorRole.ToolTipBase: black,
        QPalette.ColorRole.ToolTipText: white,
        QPalette.ColorRole.PlaceholderText: QColor(200, 200, 200),
        QPalette.ColorRole.Highlight: yellow,
        QPalette.ColorRole.HighlightedText: black,
        QPalette.ColorRole.Link: QColor(0, 255, 255),
        QPalette.ColorRole.LinkVisited: QColor(255, 128, 255),
        QPalette.ColorRole.Accent: yellow,
        # the roles styles draw frames and bevels with: white, so edges show on black
        QPalette.ColorRole.Light: white,
        QPalette.ColorRole.Midlight: white,
        QPalette.ColorRole.Mid: white,
        QPalette.ColorRole.Dark: white,
        QPalette.ColorRole.Shadow: white,
    }
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, colour in roles.items():
            palette.setColor(group, role, colour)
    for role, colour in roles.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, colour)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.Mid,
        QPalette.ColorRole.Dark,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, grey)
    return palette


class ReadableStyle(QProxyStyle):
    """The platform's own style, with tick boxes and round option buttons that grow with
    the text size: at 200% text a 13-pixel box beside large words is hard to see and to
    hit, so their size is scaled by the same factor as the font."""

    _SCALED = (
        QStyle.PixelMetric.PM_IndicatorWidth,
        QStyle.PixelMetric.PM_IndicatorHeight,
        QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
        QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
    )

    def __init__(self, base: str, scale: float = 1.0) -> None:
        super().__init__(base)
        self.scale = scale

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        value = super().pixelMetric(metric, option, widget)
        if metric in self._SCALED:
            return round(value * self.scale)
        return value

    # A spin box's arrows (the text size, how long to keep contacts) keep the base
    # style's fixed width, a thin strip beside 200% writing: they widen by the text scale,
    # taken from the typing field, and the box's size hint grows to match.
    def _arrow_growth(self, option: QStyleOptionComplex | None, widget: QWidget | None) -> int:
        if self.scale <= 1.0 or option is None:
            return 0
        up = super().subControlRect(
            QStyle.ComplexControl.CC_SpinBox,
            option,
            QStyle.SubControl.SC_SpinBoxUp,
            cast(QWidget, widget),  # (Qt takes no widget; the stubs say it must)
        )
        return round(up.width() * (self.scale - 1.0))

    def subControlRect(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        sub: QStyle.SubControl,
        widget: QWidget | None = None,
    ) -> QRect:
        rect = super().subControlRect(control, option, sub, cast(QWidget, widget))
        if control != QStyle.ComplexControl.CC_SpinBox:
            return rect
        grow = self._arrow_growth(option, widget)
        if not grow:
            return rect
        if sub in (QStyle.SubControl.SC_SpinBoxUp, QStyle.SubControl.SC_SpinBoxDown):
            return rect.adjusted(-grow, 0, 0, 0)
        if sub == QStyle.SubControl.SC_SpinBoxEditField:
            return rect.adjusted(0, 0, -grow, 0)
        return rect

    def sizeFromContents(
        self,
        kind: QStyle.ContentsType,
        option: QStyleOption | None,
        size: QSize,
        widget: QWidget | None = None,
    ) -> QSize:
        out = super().sizeFromContents(
            kind, cast(QStyleOption, option), size, cast(QWidget, widget)
        )
        if kind == QStyle.ContentsType.CT_SpinBox and isinstance(option, QStyleOptionComplex):
            out.setWidth(out.width() + self._arrow_growth(option, widget))
        return out


class HighContrastStyle(ReadableStyle):
    """Fusion, with every field, box and button outlined in the text colour.

    Fusion draws the edges of fields, tick boxes and buttons a shade darker than the
    window; on a black window that is black, so a user could not see where to type. This
    outlines them in the palette's WindowText (white), and in Highlight (yellow) when
    they have the keyboard focus: colours from the palette, nothing hard-coded.
    """

    _OUTLINED = (
        QStyle.PrimitiveElement.PE_FrameLineEdit,
        QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        QStyle.PrimitiveElement.PE_IndicatorRadioButton,
        QStyle.PrimitiveElement.PE_FrameGroupBox,
        QStyle.PrimitiveElement.PE_PanelButtonCommand,
    )
    _OUTLINED_COMPLEX = (
        QStyle.ComplexControl.CC_ComboBox,
        QStyle.ComplexControl.CC_SpinBox,
    )

    def __init__(self, scale: float = 1.0) -> None:
        super().__init__("Fusion", scale)  # the style that paints with the palette everywhere

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in self._OUTLINED:
            self._outline(option, painter)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in self._OUTLINED_COMPLEX:
            self._outline(option, painter)

    @staticmethod
    def _outline(option: QStyleOption, painter: QPainter) -> None:
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        role = QPalette.ColorRole.Highlight if focused else QPalette.ColorRole.WindowText
        group = QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled
        pen = QPen(option.palette.color(group, role))
        pen.setWidth(2 if focused else 1)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = pen.width() // 2
        painter.drawRect(option.rect.adjusted(inset, inset, -1 - inset, -1 - inset))
        painter.restore()
