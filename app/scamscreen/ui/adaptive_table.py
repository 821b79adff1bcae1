"""The History screen's adaptive table: columns that share the width they have (never a
sideways scroll bar), cells that elide with the whole text in a tooltip, and the detail
that goes below the list when both do not fit side by side. Apart from adaptive.py,
whose grid and column the Check screen builds at start-up: History is built when first
shown, so these classes are not made before the first paint."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
)


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
