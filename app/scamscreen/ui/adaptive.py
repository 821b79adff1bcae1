"""Pieces for layouts that adapt to the window and the text size instead of squeezing:
a grid that puts as many equal cells in a row as fit (channel buttons, tick boxes,
the buttons under a verdict), a scrolled column whose height follows its wrapped text,
and table columns that share the width they have, so no screen ever scrolls sideways."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QMargins,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
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
        return self._place(QRect(0, 0, width, 0), move=False)

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


def share_columns(header: QHeaderView, natural: list[int], room: int, floors: list[int]) -> None:
    """Give the table's columns the width there is: each its natural width when they all
    fit; else the widest are narrowed first, to the same width, never below their floor
    (their heading); their words are elided, whole in a tooltip. The last column takes
    what is left over."""
    if not natural or room <= 0:
        return
    widths = list(natural)
    if sum(widths) > room:
        # the largest cap c with sum(max(floor, min(w, c))) <= room
        low, high = 0, max(widths)
        while low < high:
            middle = (low + high + 1) // 2
            if sum(max(f, min(w, middle)) for w, f in zip(widths, floors, strict=True)) <= room:
                low = middle
            else:
                high = middle - 1
        widths = [max(f, min(w, low)) for w, f in zip(widths, floors, strict=True)]
    widths[-1] += max(room - sum(widths), 0)  # the last column takes what is left
    for column, width in enumerate(widths):
        header.resizeSection(column, width)


class FittedColumns(QObject):
    """Keeps a table's columns within its width, whatever the text size: each column
    its natural width (its words and its heading) when they all fit, the widest ones
    narrowed (their words elided, whole in a tooltip) when not. No sideways scrolling."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self._natural: list[int] | None = None
        self._measured_rows = 0
        self.measured: Callable[[], None] | None = None  # called when measured again
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setItemDelegate(ElidedTips(table))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)  # (share_columns gives it the rest)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.viewport().installEventFilter(self)
        model = table.model()
        if model is not None:  # (set before this is made)
            model.rowsInserted.connect(self._rows_came)

    def _rows_came(self, *_args: object) -> None:
        """Measured once, on the first rows that come (as the list's own column sizing
        did): measuring every search's rows again would stall the window while the
        user types; a column too narrow for a later row elides it, with a tooltip."""
        if not self._measured_rows:
            self.refit()

    def refit(self, *_args: object) -> None:
        """The rows changed: measure the columns again (only the rows shown, at most
        the header's precision)."""
        self._natural = None
        self.fit()
        if self.measured is not None:
            self.measured()

    def natural(self) -> list[int]:
        """Each column's width for its words and its heading."""
        if self._natural is None:
            header = self.table.horizontalHeader()
            self._measured_rows = self.table.model().rowCount()
            columns = self.table.model().columnCount()
            self._natural = [
                max(self.table.sizeHintForColumn(c), header.sectionSizeHint(c))
                for c in range(columns)
            ]
        return self._natural

    def natural_width(self) -> int:
        """The width the whole table needs to show every column whole."""
        return sum(self.natural()) + 2 * self.table.frameWidth()

    def fit(self) -> None:
        header = self.table.horizontalHeader()
        model = self.table.model()
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        metrics = header.fontMetrics()
        floors = [  # a heading is never cut short
            metrics.horizontalAdvance(str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
            + 3 * margin
            for c in range(model.columnCount())
        ]
        share_columns(header, self.natural(), self.table.viewport().width(), floors)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        elif event.type() == QEvent.Type.FontChange:
            self.refit()
        return False


class ElidedTips(QStyledItemDelegate):
    """A cell whose words are cut short shows them whole in a tooltip, as plain text
    (escaped: text from a contact is never read as markup)."""

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event.type() != QEvent.Type.ToolTip:
            return super().helpEvent(event, view, option, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        rect = view.visualRect(view.model().index(index.row(), index.column()))
        need = self.sizeHint(option, index).width()
        if text and need > rect.width():
            QToolTip.showText(event.globalPos(), "<qt>" + html.escape(text) + "</qt>", view)
        else:
            QToolTip.hideText()
        return True


class SideBySide(QObject):
    """Puts a splitter's two sides one above the other when its parent is narrower than
    `wide(width)` says they need side by side (a laptop at a large text size)."""

    def __init__(self, splitter: QSplitter, needs: Callable[[], int]) -> None:
        super().__init__(splitter)
        self.splitter = splitter
        self.needs = needs
        self.changed: Callable[[bool], None] | None = None  # called with "one above the other"
        splitter.installEventFilter(self)

    def arrange(self) -> None:
        wanted = (
            Qt.Orientation.Horizontal
            if self.splitter.width() >= self.needs()
            else Qt.Orientation.Vertical
        )
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
            if self.changed is not None:
                self.changed(wanted == Qt.Orientation.Vertical)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self.arrange()
        return False
