"""Pieces for layouts that adapt to the window and the text size instead of squeezing:
a grid that puts as many equal cells in a row as fit (channel buttons, tick boxes,
the buttons under a verdict) and a scrolled column whose height follows its wrapped
text, so no screen ever scrolls sideways. History's table is in adaptive_table.py."""

from __future__ import annotations

from PySide6.QtCore import (
    QMargins,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSizePolicy,
    QWidget,
)


class FlowGrid(QLayout):
    """Equal cells, as many to a row as fit (at most `columns`), the rows as many as
    needed: at 200% text, or in Spanish, the buttons go onto more rows rather than be
    cut off. Its height follows its width (height for width), so the layouts around it
    make room for the extra rows."""

    def __init__(self, parent: QWidget | None = None, columns: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.max_columns = columns
        # Qt asks the height for the same widths many times while it lays a window out
        # (about a hundred at start-up); kept until the layout is invalidated
        self._heights: dict[int, int] = {}

    # -- the QLayout interface

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._place(QRect(0, 0, width, 0), move=False)
        return height

    def invalidate(self) -> None:
        self._heights.clear()  # (a child changed: its text, its font, shown or hidden)
        super().invalidate()

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        shown = self._shown()
        if not shown:
            return QSize(0, 0)
        columns = min(self.max_columns, len(shown))
        width = columns * self._cell() + (columns - 1) * self._gap() + self._margins_w()
        return QSize(width, self.heightForWidth(width))

    def minimumSize(self) -> QSize:
        """One cell wide; as tall as one row (the height for a width comes from
        heightForWidth: a taller minimum would leave empty space when wide)."""
        shown = self._shown()
        if not shown:
            return QSize(0, 0)
        tallest = max(item.sizeHint().height() for item in shown)
        margins = self.contentsMargins()
        return QSize(
            self._cell() + self._margins_w(), tallest + margins.top() + margins.bottom()
        )

    # -- placing

    def columns_for(self, width: int) -> int:
        """How many cells a row holds at `width` (the layout's own width)."""
        shown = self._shown()
        if not shown:
            return 1
        room = width - self._margins_w()
        fit = (room + self._gap()) // max(self._cell() + self._gap(), 1)
        return max(1, min(self.max_columns, len(shown), fit))

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _cell(self) -> int:
        return max((item.sizeHint().width() for item in self._shown()), default=0)

    def _gap(self) -> int:
        spacing = self.spacing()
        if spacing >= 0:
            return spacing
        parent = self.parentWidget()
        return max(6, parent.fontMetrics().averageCharWidth()) if parent is not None else 6

    def _margins_w(self) -> int:
        margins: QMargins = self.contentsMargins()
        return margins.left() + margins.right()

    def _place(self, rect: QRect, *, move: bool) -> int:
        shown = self._shown()
        margins = self.contentsMargins()
        if not shown:
            return 0
        columns = self.columns_for(rect.width())
        gap = self._gap()
        room = rect.width() - self._margins_w()
        cell = max((room - gap * (columns - 1)) // columns, 1)
        x0, y = rect.x() + margins.left(), rect.y() + margins.top()
        for start in range(0, len(shown), columns):
            row = shown[start : start + columns]
            height = max(
                item.heightForWidth(cell) if item.hasHeightForWidth() else item.sizeHint().height()
                for item in row
            )
            if move:
                for n, item in enumerate(row):
                    item.setGeometry(QRect(QPoint(x0 + n * (cell + gap), y), QSize(cell, height)))
            y += height + gap
        return y - gap - rect.y() + margins.bottom()


class Column(QWidget):
    """The content of a scroll area that scrolls up and down only. Its height is the one
    its wrapped labels need at its width (height for width), not the height they would
    need squeezed to their narrowest; so the scroll area neither leaves empty space below
    nor cuts anything off."""

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), 0)


def vertical_scroll(content: QWidget, name: str) -> QScrollArea:
    """`content` in a scroll area that never scrolls sideways: it is as wide as the area
    (the layouts inside wrap and flow), and scrolls down when it is taller."""
    scroll = QScrollArea()
    scroll.setAccessibleName(name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return scroll


def wrapping_form(parent: QWidget | None = None) -> QFormLayout:
    """Labelled fields that never squeeze: a label goes above its field when the row does
    not fit, and the fields take the width there is."""
    form = QFormLayout(parent) if parent is not None else QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    return form
