"""What a person can see of a window, measured from the real widget geometry: which
controls and labels are cut off (not wholly visible without scrolling sideways, or
narrower than their words need), and whether anything scrolls sideways. Used by
`scamscreen --screenshots` for `layout.json`, and by the tests."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollBar,
    QStyle,
    QTableView,
    QWidget,
)


def _settle() -> None:
    QApplication.sendPostedEvents()
    QApplication.processEvents()


def _name(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    words = text() if callable(text) else ""
    name = widget.accessibleName() or str(words).replace("&", "") or type(widget).__name__
    return " ".join(name.split())[:80]


def _in_popup(widget: QWidget, root: QWidget) -> bool:
    """Part of a combo box's list, a menu or another window: not drawn on `root`."""
    if widget.window() is not root.window():
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return False


def _rect(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())


def _scrolls_down(widget: QWidget) -> bool:
    """`widget` is the viewport of a scroll area that scrolls up and down."""
    area = widget.parentWidget()
    return (
        isinstance(area, QAbstractScrollArea)
        and area.viewport() is widget
        and area.verticalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    )


def _cut_by_ancestors(widget: QWidget, root: QWidget) -> bool:
    """Some of `widget` lies outside what its parents show: sideways always counts;
    up and down only outside a scroll area that scrolls that way."""
    rect = _rect(widget, root)
    vertical = True
    parent = widget.parentWidget()
    while parent is not None:
        outer = _rect(parent, root)
        if rect.left() < outer.left() or rect.right() > outer.right():
            return True
        if _scrolls_down(parent):
            vertical = False  # below the fold of a scroll area is not cut off
        if vertical and (rect.top() < outer.top() or rect.bottom() > outer.bottom()):
            return True
        if parent is root:
            break
        parent = parent.parentWidget()
    return False


def _too_small_for_its_words(widget: QWidget) -> bool:
    if isinstance(widget, QLabel):
        if not widget.text() or (widget.pixmap() is not None and not widget.pixmap().isNull()):
            return False
        if widget.wordWrap():
            return widget.height() < widget.heightForWidth(widget.width())
        need = widget.minimumSizeHint()
        return widget.width() < need.width() or widget.height() < need.height()
    if isinstance(widget, QAbstractButton | QComboBox | QAbstractSpinBox):
        need = widget.minimumSizeHint()
        return widget.width() < need.width() or widget.height() < need.height()
    if isinstance(widget, QLineEdit):
        return widget.height() < widget.minimumSizeHint().height()
    return False


def _columns_cut(table: QTableView) -> list[str]:
    """A table's columns that lie beyond its visible width, or whose heading is cut."""
    header: QHeaderView = table.horizontalHeader()
    model = table.model()
    if header.isHidden():
        return []
    room = table.viewport().width()
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    metrics = header.fontMetrics()
    cut = []
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        start = header.sectionViewportPosition(column)
        size = header.sectionSize(column)
        if start < 0 or start + size > room + 1 or size < metrics.horizontalAdvance(title) + margin:
            cut.append(f"{_name(table)}: {title}")
    return cut


def clipped(root: QWidget) -> list[str]:
    """The accessible names of the focusable widgets and the labels of `root` that a
    person cannot wholly see without scrolling sideways, or that are narrower (or
    shorter) than their words need."""
    _settle()
    problems: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget, QScrollBar) or _in_popup(widget, root):
            continue
        focusable = widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        if not focusable and not (isinstance(widget, QLabel) and widget.text()):
            continue
        if isinstance(widget.parentWidget(), QAbstractItemView):  # (a view's own parts)
            continue
        if _cut_by_ancestors(widget, root) or _too_small_for_its_words(widget):
            problems.append(_name(widget))
        if isinstance(widget, QTableView):
            problems += _columns_cut(widget)
    return problems


def scrolls_sideways(root: QWidget) -> bool:
    """Whether any part of `root` shows a horizontal scroll bar."""
    _settle()
    return any(
        bar.orientation() == Qt.Orientation.Horizontal and bar.isVisibleTo(root)
        for bar in root.findChildren(QScrollBar)
        if not _in_popup(bar, root)
    )
