"""The History list: a table model that fetches a page of rows as the view scrolls."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
)

from scamscreen.core.times import utc_moment
from scamscreen.ui.history_worker import PAGE_SIZE, Submit
from scamscreen.ui.tasks import Failed

if TYPE_CHECKING:
    from scamscreen.workspace import CaseLog

VERDICT_ORDER = ("likely_scam", "suspicious", "no_red_flags")  # bottom of a bar first

_VERDICT_ICONS = {
    "likely_scam": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "suspicious": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "no_red_flags": QStyle.StandardPixmap.SP_MessageBoxInformation,
}


class Words(QObject):
    """The store's codes in the user's words, and dates in the user's time zone."""

    def verdict(self, value: str | None) -> str:
        return {
            "likely_scam": self.tr("Likely scam"),
            "suspicious": self.tr("Suspicious"),
            "no_red_flags": self.tr("No warning signs"),
        }.get(value or "", value or "")

    def outcome(self, value: str | None) -> str:
        return {
            "unknown": self.tr("Not sure yet"),
            "confirmed_scam": self.tr("Confirmed scam"),
            "genuine": self.tr("Genuine"),
        }.get(value or "", value or "")

    def channel(self, value: str | None) -> str:
        return {
            "phone_inbound": self.tr("They called"),
            "phone_outbound": self.tr("You called them"),
            "popup": self.tr("Pop-up"),
            "email": self.tr("Email"),
            "sms": self.tr("Text message"),
            "chat": self.tr("Chat"),
            "web": self.tr("Website"),
        }.get(value or "", value or "")

    def when(self, stamp: str | None, *, long: bool = False) -> str:
        """A stored UTC time as the user's local date and time."""
        if not stamp:
            return ""
        try:
            moment = utc_moment(stamp).astimezone()
        except ValueError:
            return stamp
        locale = QLocale()
        day = QDate(moment.year, moment.month, moment.day)
        clock = locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
        if long:
            return self.tr("{date} at {time}").format(
                date=locale.toString(day, QLocale.FormatType.LongFormat), time=clock
            )
        # A translator may reorder the date to the language's habit ("MMM d, yyyy").
        # The year is left out for this year's contacts, to keep the list's column short.
        same_year = moment.year == datetime.now().astimezone().year
        pattern = self.tr("d MMM") if same_year else self.tr("d MMM yyyy")
        return self.tr("{date}, {time}").format(date=locale.toString(day, pattern), time=clock)

    def week(self, monday: date) -> str:
        return QLocale().toString(QDate(monday.year, monday.month, monday.day), self.tr("d MMM"))


# -- the list ------------------------------------------------------------------------------


class HistoryModel(QAbstractTableModel):
    """The saved contacts matching the search, newest first (the store sorts), fetched a
    page at a time as the view scrolls: a log of 100,000 contacts is never read whole."""

    COLUMNS = ("when", "verdict", "claimed_org", "phone", "channel", "outcome")

    def __init__(
        self,
        submit: Submit,
        parent: Any = None,
        *,
        on_page: Callable[[], None] | None = None,
        on_error: Failed | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        # Callbacks rather than signals of our own: see CaseLogThread on Signal.emit().
        self.on_page = on_page
        self.on_error = on_error
        self.words = Words(self)
        self._rows: list[dict[str, Any]] = []
        self._ids: set[int] = set()
        self._query: tuple[str | None, str | None, str | None] = (None, None, None)
        self._exhausted = True  # nothing is asked for before the first set_query
        self._loading = False
        self._generation = 0  # answers for an older query are dropped

    # -- the Qt model interface

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return [
                self.tr("When"),
                self.tr("Verdict"),
                self.tr("Who they said"),
                self.tr("Number"),
                self.tr("How"),
                self.tr("Outcome"),
            ][section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == "when":
                return self.words.when(row.get("contacted_at"), long=True)
            return self._text(row, column) or self.tr("none given")
        if role == Qt.ItemDataRole.DecorationRole and column == "verdict":
            icon = _VERDICT_ICONS.get(row.get("verdict") or "")
            return QApplication.style().standardIcon(icon) if icon is not None else None
        if role == Qt.ItemDataRole.UserRole:
            return row.get("id")
        return None

    def _text(self, row: dict[str, Any], column: str) -> str:
        if column == "when":
            return self.words.when(row.get("contacted_at"))
        if column == "verdict":
            verdict = self.words.verdict(row.get("verdict"))
            if row.get("damaged"):  # part of what was saved could not be read
                return self.tr("{verdict} (damaged entry)").format(verdict=verdict)
            return verdict
        if column == "channel":
            return self.words.channel(row.get("channel"))
        if column == "outcome":
            return self.words.outcome(row.get("outcome"))
        return str(row.get(column) or "")

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if not self.canFetchMore(parent):
            return
        self._loading = True
        generation = self._generation
        query, verdict, outcome = self._query
        offset = len(self._rows)

        def page(log: CaseLog) -> list[dict[str, Any]]:
            return log.search(
                query, verdict=verdict, outcome=outcome, limit=PAGE_SIZE, offset=offset
            )

        def arrived(rows: list[dict[str, Any]]) -> None:
            if generation == self._generation:
                self._append(rows)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._loading = False
                self._exhausted = True  # not retried in a loop; refresh() asks again
                if self.on_error is not None:
                    self.on_error(error)

        self._submit(page, arrived, failed)

    def _append(self, rows: list[dict[str, Any]]) -> None:
        self._loading = False
        self._exhausted = len(rows) < PAGE_SIZE
        # Paging is by offset: a contact saved meanwhile shifts the pages down by one,
        # and its neighbour would come twice.
        fresh = [r for r in rows if r["id"] not in self._ids]
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self._ids.update(r["id"] for r in fresh)
            self.endInsertRows()
        if self.on_page is not None:
            self.on_page()

    # -- for the page

    def set_query(
        self, text: str | None = None, verdict: str | None = None, outcome: str | None = None
    ) -> None:
        """Show the contacts matching `text` (words or a number) and the filters, from
        the first page again."""
        self.beginResetModel()
        self._generation += 1
        self._query = ((text or "").strip() or None, verdict or None, outcome or None)
        self._rows = []
        self._ids = set()
        self._exhausted = False
        self._loading = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def is_loading(self) -> bool:
        return self._loading

    def contact(self, row: int) -> dict[str, Any] | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, contact_id: int) -> int | None:
        if contact_id not in self._ids:
            return None
        return next(i for i, r in enumerate(self._rows) if r["id"] == contact_id)

    def update_contact(self, fresh: dict[str, Any]) -> None:
        """A contact changed (its outcome): show it as it now is, in the same place."""
        row = self.row_of(fresh["id"])
        if row is None:
            return
        self._rows[row] = fresh
        # (A Python emit, one per click: the per-job answers are what must not emit.)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))


# -- the chart -----------------------------------------------------------------------------
