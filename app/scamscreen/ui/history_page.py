"""The History screen: every saved contact, newest first, searchable as you type; what
each one said, who else used the same number or website, and what it turned out to be;
and a chart of contacts per week by verdict, with the organisations scammers pretend to be.

All case-log work runs on one thread of the page's own, which holds the page's one
connection: opening a log checks the whole file (about a second at 100,000 contacts) and
a write may wait for another writer's lock, and neither may freeze the window. A SQLite
connection can only be used on the thread that opened it, so the helper in `tasks.py`
(a fresh pool thread per job) would have to reopen, and recheck, the log for every page
of the list; the thread here runs the page's jobs in order on the one connection.

Text that came from a contact (notes, names, numbers) is only ever shown as plain text.
"""

from __future__ import annotations

import functools
import itertools
import queue
import sqlite3
import threading
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QItemSelection,
    QLocale,
    QMetaObject,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTime,
    QTimer,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scamscreen.store import CaseLog, StoreError
from scamscreen.ui.verdict_panel import plain

PAGE_SIZE = 200  # rows fetched at a time as the list scrolls
DEBOUNCE_MS = 250
WEEKS = 12
TOP_ORGS = 5
SEEN_BEFORE_SHOWN = 5
VERDICT_ORDER = ("likely_scam", "suspicious", "no_red_flags")  # bottom of a bar first

_VERDICT_ICONS = {
    "likely_scam": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "suspicious": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "no_red_flags": QStyle.StandardPixmap.SP_MessageBoxInformation,
}

Job = Callable[[CaseLog], Any]
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]
Submit = Callable[[Job, Done, Failed], None]


# -- the page's connection, on its own thread --------------------------------------------


class _Mailbox(QObject):
    """Where the log's thread leaves word that answers are waiting; lives on the GUI
    thread, so a queued call to `deliver` runs there."""

    def __init__(self, deliver: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._deliver = deliver

    @Slot()
    def deliver(self) -> None:
        self._deliver()


class CaseLogThread:
    """Runs jobs `fn(log)` one after another on one `CaseLog`, opened on first use and
    closed by `stop()` (a job after that opens it again); each answer is handed to its
    callback on the GUI thread.

    The thread is a daemon: a page that is never closed cannot hold up or crash the
    program's exit (every save is committed on its own, so none is half-written). When
    `owner` is deleted, the answers still to come are dropped and the thread ends.

    Answers travel through a queue and a queued `invokeMethod`, not a Qt signal: with
    PySide6 6.12, every `Signal.emit()` made from Python drops a reference to `True`,
    and a long session would end in "deallocating True or False".
    """

    def __init__(
        self, home: Path, owner: QObject, on_recovered: Callable[[str], None] | None = None
    ) -> None:
        self.home = home
        self.on_recovered = on_recovered  # the log was damaged and restored at opening
        self._jobs: queue.SimpleQueue[tuple[int, Job] | None] = queue.SimpleQueue()
        self._answers: queue.SimpleQueue[tuple[int, bool, Any]] = queue.SimpleQueue()
        self._tickets = itertools.count(1)
        self._callbacks: dict[int, tuple[Done, Failed]] = {}
        self._owner_alive = True
        self._thread = self._new_thread()
        self._lock = threading.Lock()  # the mailbox is not deleted while a call is posted
        self._mailbox: _Mailbox | None = _Mailbox(self._deliver, owner)
        self._mailbox.destroyed.connect(self._owner_gone)

    def _new_thread(self) -> threading.Thread:
        return threading.Thread(target=self._run, name="history-log", daemon=True)

    def submit(self, fn: Job, on_done: Done, on_error: Failed) -> None:
        if not self._owner_alive:
            return
        ticket = next(self._tickets)
        self._callbacks[ticket] = (on_done, on_error)
        self._jobs.put((ticket, fn))
        if not self._thread.is_alive():
            self._thread.start()

    def running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        log: CaseLog | None = None
        try:
            while (job := self._jobs.get()) is not None:
                ticket, fn = job
                try:
                    if log is None:
                        log = CaseLog.open(self.home)
                        if log.recovery is not None:
                            self._reply(_RECOVERED, True, log.recovery.message)
                    result = fn(log)
                except Exception as exc:  # handed to the job's error callback
                    self._reply(ticket, False, exc)
                else:
                    self._reply(ticket, True, result)
        finally:
            if log is not None:
                log.close()

    def _reply(self, ticket: int, ok: bool, payload: Any) -> None:
        self._answers.put((ticket, ok, payload))
        with self._lock:
            if self._mailbox is not None:
                QMetaObject.invokeMethod(
                    self._mailbox, "deliver", Qt.ConnectionType.QueuedConnection
                )

    def _deliver(self) -> None:
        while True:
            try:
                ticket, ok, payload = self._answers.get_nowait()
            except queue.Empty:
                return
            if ticket == _RECOVERED:
                if self.on_recovered is not None and self._owner_alive:
                    self.on_recovered(payload)
                continue
            callbacks = self._callbacks.pop(ticket, None)
            if callbacks is None:  # asked for before stop(): nobody waits for it now
                continue
            on_done, on_error = callbacks
            if ok:
                on_done(payload)
            else:
                on_error(payload)

    def _owner_gone(self) -> None:
        with self._lock:
            self._mailbox = None
        self._owner_alive = False
        self._callbacks.clear()
        self._jobs.put(None)  # the jobs asked for are done, then the log is closed

    def stop(self) -> None:
        """Finish the jobs already asked for (an outcome being saved is saved), close
        the connection, and end the thread. Answers still on their way are dropped."""
        self._callbacks.clear()
        if self._thread.is_alive():
            self._jobs.put(None)
            self._thread.join()
        self._thread = self._new_thread()


_RECOVERED = 0  # the ticket of the message about a log restored at opening (jobs count from 1)


# -- words -------------------------------------------------------------------------------


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
            moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
        except ValueError:
            return stamp
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        moment = moment.astimezone()
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
            return self.words.verdict(row.get("verdict"))
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


class WeeklyChart(QWidget):
    """Contacts per week for the last twelve weeks, as bars stacked by verdict. Each
    verdict has its own fill pattern as well as its colour, the legend names them, and
    each bar carries its total as a number; the accessible description says it in words."""

    def __init__(self, words: Words, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = words
        self.weeks: list[tuple[date, dict[str, int]]] = []
        self.setAccessibleName(self.tr("Contacts per week"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.set_weeks([])

    def set_weeks(self, weeks: list[tuple[date, dict[str, int]]]) -> None:
        self.weeks = weeks
        self.setAccessibleDescription(self.summary())
        self.setToolTip(self.summary())  # our own words and numbers only, never contact text
        self.update()

    def summary(self) -> str:
        if not self.weeks:
            return self.tr("Contacts per week for the last {n} weeks: nothing to show yet.").format(
                n=WEEKS
            )
        totals = {v: sum(counts.get(v, 0) for _, counts in self.weeks) for v in VERDICT_ORDER}
        total = sum(totals.values())
        first, last = self.weeks[0][0], self.weeks[-1][0]
        text = self.tr(
            "Contacts per week for the last {n} weeks, from the week of {first} to the week "
            "of {last}: {total} in all."
        ).format(
            n=len(self.weeks), first=self.words.week(first), last=self.words.week(last), total=total
        )
        if total:
            parts = [
                self.tr("{count} {verdict}").format(
                    count=totals[v], verdict=self.words.verdict(v).lower()
                )
                for v in VERDICT_ORDER
            ]
            busiest, counts = max(self.weeks, key=lambda w: (sum(w[1].values()), w[0]))
            text += " " + self.tr("By verdict: {parts}.").format(parts=", ".join(parts))
            text += " " + self.tr("Busiest: the week of {week}, with {count}.").format(
                week=self.words.week(busiest), count=sum(counts.values())
            )
        return text

    # -- drawing

    def _styles(self) -> dict[str, tuple[QColor, Qt.BrushStyle]]:
        """A colour and a pattern per verdict. The colours follow the palette: deep on a
        light background, light on a dark (high-contrast) one, so the bars always stand
        out; the patterns keep the verdicts apart without colour."""
        palette = self.palette()
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        neutral = palette.color(QPalette.ColorRole.Mid)
        return {
            "likely_scam": (
                QColor.fromHsl(0, 200, 185 if dark else 95),
                Qt.BrushStyle.SolidPattern,
            ),
            "suspicious": (
                QColor.fromHsl(38, 230, 170 if dark else 120),
                Qt.BrushStyle.BDiagPattern,
            ),
            "no_red_flags": (neutral, Qt.BrushStyle.Dense6Pattern),
        }

    def _fill(self, painter: QPainter, rect: QRect, verdict: str) -> None:
        colour, pattern = self._styles()[verdict]
        ink = self.palette().color(QPalette.ColorRole.Text)
        if pattern == Qt.BrushStyle.SolidPattern:
            painter.fillRect(rect, colour)
        else:
            painter.fillRect(rect, colour.lighter(150) if colour.lightness() < 128 else colour)
            painter.fillRect(rect, QBrush(ink, pattern))
        painter.setPen(QPen(ink, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(0, 0, -1, -1))

    def _legend(self, width: int) -> tuple[list[tuple[str, QRect]], int]:
        """Where each legend entry (swatch and name) goes, in rows across the top that
        wrap when the chart is narrow or the text large; and the height they take."""
        fm = self.fontMetrics()
        line = fm.height()
        pad = line // 2
        x, y = pad, pad
        places = []
        for verdict in VERDICT_ORDER:
            entry = int(line * 1.5) + fm.horizontalAdvance(self.words.verdict(verdict))
            if x > pad and x + entry > width - pad:
                x, y = pad, y + int(line * 1.4)
            places.append((verdict, QRect(x, y, entry, line)))
            x += entry + line
        return places, y + line - pad

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        line = fm.height()
        widest = max(fm.horizontalAdvance(self.words.verdict(v)) for v in VERDICT_ORDER)
        width = max(int(line * 2.5) + widest, WEEKS * fm.horizontalAdvance("00"))
        return QSize(width, line * 7)

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(WEEKS * fm.horizontalAdvance("00000"), fm.height() * 9)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        ink = palette.color(QPalette.ColorRole.Text)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        fm = self.fontMetrics()
        line = fm.height()
        pad = line // 2

        legend, legend_height = self._legend(self.width())
        for verdict, place in legend:
            self._fill(painter, QRect(place.x(), place.y(), line, line), verdict)
            painter.setPen(ink)
            painter.drawText(
                place.adjusted(int(line * 1.5), 0, 0, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.words.verdict(verdict),
            )

        # The bars, below the legend: a line above them for the totals, one below for
        # the weeks' names.
        left, right = pad, self.width() - pad
        top, bottom = legend_height + pad + line, self.height() - pad - line
        if not self.weeks or not any(counts for _, counts in self.weeks):
            painter.setPen(ink)
            painter.drawText(
                QRect(left, top, right - left, max(bottom - top, line)),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("No contacts in the last {n} weeks.").format(n=WEEKS),
            )
            painter.end()
            return
        slot = max((right - left) // len(self.weeks), 1)
        bar_w = max(int(slot * 0.7), 1)
        peak = max(max(sum(c.values()) for _, c in self.weeks), 1)
        label_w = max(fm.horizontalAdvance(self.words.week(m)) for m, _ in self.weeks) + pad
        step = max(1, -(-label_w // slot))  # name every step-th week when they would touch
        painter.setPen(QPen(ink, 1))
        painter.drawLine(left, bottom, left + slot * len(self.weeks), bottom)
        for i, (monday, counts) in enumerate(self.weeks):
            x = left + i * slot + (slot - bar_w) // 2
            y = bottom
            for verdict in VERDICT_ORDER:
                count = counts.get(verdict, 0)
                if count:
                    h = max(round((bottom - top) * count / peak), 2)
                    self._fill(painter, QRect(x, y - h, bar_w, h), verdict)
                    y -= h
            painter.setPen(ink)
            total = sum(counts.values())
            if total:
                painter.drawText(
                    QRect(left + i * slot, y - line, slot, line),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    str(total),
                )
            if (len(self.weeks) - 1 - i) % step == 0:  # the current week is always named
                centre = left + i * slot + slot // 2
                start = min(max(centre - label_w // 2, 0), self.width() - label_w)
                painter.drawText(
                    QRect(start, bottom, label_w, line + pad),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    self.words.week(monday),
                )
        painter.end()


def last_weeks(
    stats: list[dict[str, Any]], today: date | None = None
) -> list[tuple[date, dict[str, int]]]:
    """`stats_by_week()` rows as the last `WEEKS` weeks, oldest first, empty weeks
    included. Weeks start on Monday, in UTC, as the store counts them."""
    today = today or datetime.now(UTC).date()
    this_monday = today - timedelta(days=today.weekday())
    mondays = [this_monday - timedelta(weeks=n) for n in range(WEEKS - 1, -1, -1)]
    weeks: dict[str, dict[str, int]] = {m.isoformat(): {} for m in mondays}
    for row in stats:
        counts = weeks.get(str(row["week"]))
        if counts is not None:
            counts[row["verdict"]] = counts.get(row["verdict"], 0) + int(row["contacts"])
    return [(m, weeks[m.isoformat()]) for m in mondays]


@functools.cache
def directory_names() -> dict[str, str]:
    """The directory's names for the organisation ids the statistics give ("bank-of-america"
    is shown as the directory writes it). Read once, on the log's thread."""
    from scamscreen.core.data import DataError
    from scamscreen.core.directory import Directory

    try:
        return {vendor.id: vendor.name for vendor in Directory.load()}
    except DataError:
        return {}


# -- the page ------------------------------------------------------------------------------


class HistoryPage(QWidget):
    def __init__(self, home: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home = Path(home)
        self.words = Words(self)
        self.selected_id: int | None = None
        self._count_generation = 0
        self._read_problem = False
        self._thread = CaseLogThread(self.home, self, on_recovered=self._show_problem)
        app = QCoreApplication.instance()
        if app is not None:  # a save asked for is finished before the program ends
            app.aboutToQuit.connect(self._thread.stop)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._apply_filters)

        # The search and the filters.
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, number, words…"))
        self.search.setAccessibleName(self.tr("Search your history"))
        self.search.setClearButtonEnabled(True)
        for button in self.search.findChildren(QAbstractButton):  # Qt's clear button
            button.setAccessibleName(self.tr("Clear the search"))
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._apply_filters)
        self.verdict_filter = QComboBox()
        self.verdict_filter.setAccessibleName(self.tr("Show verdict"))
        for text, value in (
            (self.tr("All"), None),
            (self.words.verdict("likely_scam"), "likely_scam"),
            (self.words.verdict("suspicious"), "suspicious"),
            (self.words.verdict("no_red_flags"), "no_red_flags"),
        ):
            self.verdict_filter.addItem(text, value)
        self.outcome_filter = QComboBox()
        self.outcome_filter.setAccessibleName(self.tr("Show outcome"))
        for text, value in (
            (self.tr("All"), None),
            (self.words.outcome("confirmed_scam"), "confirmed_scam"),
            (self.words.outcome("genuine"), "genuine"),
            (self.words.outcome("unknown"), "unknown"),
        ):
            self.outcome_filter.addItem(text, value)
        for combo in (self.verdict_filter, self.outcome_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._apply_filters)
        self.count_label = plain()
        self.count_label.setAccessibleName(self.tr("How many contacts are shown"))
        self.count_label.setWordWrap(False)

        bar = QVBoxLayout()  # two rows, so large text still fits a small window
        first, second = QHBoxLayout(), QHBoxLayout()
        for row, label_text, widget, stretch in (
            (first, self.tr("&Search:"), self.search, 1),
            (second, self.tr("&Verdict:"), self.verdict_filter, 0),
            (second, self.tr("&Outcome:"), self.outcome_filter, 0),
        ):
            label = QLabel(label_text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget, stretch)
        first.addWidget(self.count_label)
        second.addStretch(1)
        bar.addLayout(first)
        bar.addLayout(second)

        self.problem = plain()
        self.problem.setAccessibleName(self.tr("Problem with your history"))
        self.problem.setVisible(False)

        # The list.
        self.model = HistoryModel(
            self._thread.submit, self, on_page=self._page_arrived, on_error=self._failed
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Your history"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next control
        self.table.setSortingEnabled(False)  # always newest first, as the store gives it
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # Columns fit the first page when it comes (sizing never walks the whole list)
        # and the user may change them; a narrow window scrolls sideways rather than
        # squeezing a column to nothing.
        header.setResizeContentsPrecision(PAGE_SIZE)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._columns_fitted = False
        self.table.setCornerButtonEnabled(False)  # one row at a time: nothing to select all
        corner = self.table.findChild(QAbstractButton)  # (Qt's corner button, still there)
        if corner is not None:
            corner.setAccessibleName(self.tr("Select all"))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        # The detail of the chosen contact.
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        self.detail_heading = plain(bold=True, size=1.15)
        self.detail_heading.setAccessibleName(self.tr("Chosen contact"))
        self.detail_facts = plain()
        self.detail_facts.setAccessibleName(self.tr("About this contact"))
        notes_label = QLabel(self.tr("What was sa&id or shown:"))
        self.notes = QPlainTextEdit()
        self.notes.setReadOnly(True)
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("What was said or shown"))
        self.notes.setMinimumHeight(self.notes.fontMetrics().height() * 4)
        notes_label.setBuddy(self.notes)
        self.findings = plain()
        self.findings.setAccessibleName(self.tr("Why it got its verdict"))
        self.seen_before = plain()
        self.seen_before.setAccessibleName(self.tr("Seen before"))
        self.outcome_label = plain(bold=True)
        self.outcome_label.setAccessibleName(self.tr("What it turned out to be"))
        self.outcome_buttons: dict[str, QPushButton] = {}
        buttons = QHBoxLayout()
        for outcome, text in (
            ("confirmed_scam", self.tr("&Mark as scam")),
            ("genuine", self.tr("Mark as &genuine")),
            ("unknown", self.tr("&Not sure")),
        ):
            button = QPushButton(text)
            button.setAccessibleName(text.replace("&", ""))
            button.clicked.connect(lambda _checked=False, o=outcome: self.mark(o))
            self.outcome_buttons[outcome] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.detail_sections: list[QWidget] = []
        detail_layout.addWidget(self.detail_heading)
        detail_layout.addWidget(self.detail_facts)
        detail_layout.addWidget(self.outcome_label)
        detail_layout.addLayout(buttons)
        for title, body in (
            (self.tr("Why"), self.findings),
            (self.tr("Seen before"), self.seen_before),
        ):
            heading = plain(title, bold=True)
            self.detail_sections += [heading, body]
            detail_layout.addWidget(heading)
            detail_layout.addWidget(body)
        self.detail_sections += [notes_label, self.notes]
        detail_layout.addWidget(notes_label)
        detail_layout.addWidget(self.notes, 1)
        detail_layout.addStretch(0)  # takes the room while nothing is chosen (notes hidden)
        detail_scroll = QScrollArea()
        detail_scroll.setAccessibleName(self.tr("The chosen contact"))
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        detail_scroll.setWidget(detail)

        # The overview: the chart and the organisations most impersonated.
        self.chart = WeeklyChart(self.words)
        self.orgs = plain()
        self.orgs.setAccessibleName(self.tr("Most often impersonated"))
        overview = QWidget()
        overview_layout = QHBoxLayout(overview)
        overview_layout.setContentsMargins(0, 0, 0, 0)
        chart_box = QVBoxLayout()
        chart_box.addWidget(plain(self.tr("Contacts per week"), bold=True))
        chart_box.addWidget(self.chart, 1)
        orgs = QWidget()
        orgs_box = QVBoxLayout(orgs)
        orgs_box.setContentsMargins(0, 0, 0, 0)
        orgs_box.addWidget(plain(self.tr("Most often impersonated"), bold=True))
        orgs_box.addWidget(self.orgs)
        orgs_box.addStretch(1)
        orgs_scroll = QScrollArea()  # at large text sizes the list scrolls, never clips
        orgs_scroll.setAccessibleName(self.tr("Most often impersonated"))
        orgs_scroll.setWidgetResizable(True)
        orgs_scroll.setFrameShape(QFrame.Shape.NoFrame)
        orgs_scroll.setWidget(orgs)
        overview_layout.addLayout(chart_box, 3)
        overview_layout.addWidget(orgs_scroll, 2)

        across = QSplitter(Qt.Orientation.Horizontal)
        across.addWidget(self.table)
        across.addWidget(detail_scroll)
        across.setStretchFactor(0, 3)
        across.setStretchFactor(1, 2)
        across.setChildrenCollapsible(False)
        down = QSplitter(Qt.Orientation.Vertical)
        down.addWidget(across)
        down.addWidget(overview)
        down.setStretchFactor(0, 3)
        down.setStretchFactor(1, 1)
        down.setChildrenCollapsible(False)
        down.setSizes([3 * self.chart.sizeHint().height(), self.chart.sizeHint().height()])

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.problem)
        layout.addWidget(down, 1)
        self._show_contact(None)
        self.refresh()

    # -- for the main window

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def refresh(self) -> None:
        """Read the history again (after a save elsewhere), keeping the search, the
        filters and the chosen contact."""
        self._search()
        self._load_overview()

    def close_log(self) -> None:
        """Close the page's connection to the case log, after the jobs already asked for
        (before a restore replaces the file, and when the window closes). The page opens
        it again if it is used after this: refresh() shows the log as it then is."""
        self._timer.stop()
        self._thread.stop()

    def is_idle(self) -> bool:
        """For tests: no search is waiting to run or to come back."""
        return not self._timer.isActive() and not self.model.is_loading()

    # -- searching

    def filters(self) -> tuple[str, str | None, str | None]:
        return (
            self.search.text(),
            self.verdict_filter.currentData(),
            self.outcome_filter.currentData(),
        )

    def _apply_filters(self) -> None:
        """The search or a filter changed: list what matches, with nothing chosen."""
        if self.selected_id is not None:
            self.selected_id = None
            self._show_contact(None)
        self._search()

    def _search(self) -> None:
        self._timer.stop()
        text, verdict, outcome = self.filters()
        self.model.set_query(text, verdict, outcome)
        self._count_generation += 1
        generation = self._count_generation
        query = text.strip() or None

        def counted(n: int) -> None:
            if generation == self._count_generation:
                self._show_count(n, bool(query or verdict or outcome))

        self._thread.submit(
            lambda log: log.count(query, verdict=verdict, outcome=outcome), counted, self._failed
        )

    def _show_count(self, n: int, filtered: bool) -> None:
        if n == 0:
            text = (
                self.tr("No contacts match.")
                if filtered
                else self.tr("No contacts yet. Checks you save appear here.")
            )
        elif n == 1:
            text = self.tr("%n contact", "", n)
        else:
            text = self.tr("%Ln contacts", "", n)
        self.count_label.setText(text)

    def _page_arrived(self) -> None:
        if not self._columns_fitted and self.model.rowCount():
            self._columns_fitted = True
            for column in range(self.model.columnCount()):
                self.table.resizeColumnToContents(column)
            widest = self.table.fontMetrics().horizontalAdvance("M" * 14)
            header = self.table.horizontalHeader()
            if header.sectionSize(2) > widest:  # a long name is cut, not the other columns
                header.resizeSection(2, widest)
        if self._read_problem:  # reading works again
            self._read_problem = False
            self.problem.setVisible(False)
        if self.selected_id is not None and not self.table.selectionModel().hasSelection():
            row = self.model.row_of(self.selected_id)
            if row is not None:  # the contact chosen before a refresh is still listed
                self.table.selectRow(row)

    # -- the chosen contact

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        contact = self.model.contact(rows[0].row()) if rows else None
        if contact is None:
            if self.model.rowCount():  # (while the list is read again, the choice stays)
                self.selected_id = None
                self._show_contact(None)
            return
        if contact["id"] != self.selected_id:
            self.seen_before.setText(self.tr("Looking…"))
        self.selected_id = contact["id"]
        self._show_contact(contact)
        contact_id = contact["id"]

        def more(log: CaseLog) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
            return log.get(contact_id), log.seen_before(contact_id)

        def arrived(answer: tuple[dict[str, Any] | None, list[dict[str, Any]]]) -> None:
            fresh, others = answer
            if contact_id == self.selected_id and fresh is not None:
                self._show_contact(fresh)
                self.seen_before.setText(self._seen_before_text(others))

        self._thread.submit(more, arrived, self._failed)

    def _show_contact(self, contact: dict[str, Any] | None) -> None:
        for widget in self.detail_sections:
            widget.setVisible(contact is not None)
        for button in self.outcome_buttons.values():
            button.setEnabled(contact is not None)
        if contact is None:
            self.detail_heading.setText(
                self.tr("Choose a contact in the list to see what was said.")
            )
            self.detail_facts.setText(
                self.tr("You can then mark what it turned out to be: a scam, or genuine.")
            )
            self.outcome_label.clear()
            self.notes.clear()
            self.findings.clear()
            self.seen_before.clear()
            return
        self.detail_heading.setText(
            self.tr("{verdict}: {org}").format(
                verdict=self.words.verdict(contact.get("verdict")),
                org=contact.get("claimed_org") or self.tr("no organisation given"),
            )
        )
        facts = [
            (self.tr("When"), self.words.when(contact.get("contacted_at"), long=True)),
            (self.tr("How"), self.words.channel(contact.get("channel"))),
            (self.tr("Number"), contact.get("phone")),
            (self.tr("Email"), contact.get("email")),
            (self.tr("Link"), contact.get("url")),
            (self.tr("Risk score"), self.tr("{score} out of 100").format(score=contact["score"])),
            (self.tr("Ticket"), contact.get("ticket_ref")),
        ]
        self.detail_facts.setText(
            "\n".join(self.tr("{name}: {value}").format(name=n, value=v) for n, v in facts if v)
        )
        self.outcome_label.setText(
            self.tr("Outcome: {outcome}").format(outcome=self.words.outcome(contact["outcome"]))
        )
        if self.notes.toPlainText() != (contact.get("notes") or ""):
            self.notes.setPlainText(contact.get("notes") or "")
        findings = contact.get("findings") or []
        self.findings.setText(
            "\n".join(f"• {f.get('title', '')}" for f in findings)
            if findings
            else self.tr("No warning signs were found.")
        )

    def _seen_before_text(self, others: list[dict[str, Any]]) -> str:
        if not others:
            return self.tr("Not seen before: no other contact used this number or website.")
        lines = []
        for other in others[:SEEN_BEFORE_SHOWN]:
            shared = []
            for item in str(other.get("shared") or "").split():
                kind, _, value = item.partition(":")
                if kind == "phone":
                    shared.append(self.tr("same number {value}").format(value=value))
                elif kind == "domain":
                    shared.append(self.tr("same website {value}").format(value=value))
            lines.append(
                self.tr("• {when}: {org}, {verdict} ({shared})").format(
                    when=self.words.when(other.get("contacted_at")),
                    org=other.get("claimed_org") or self.tr("no organisation given"),
                    verdict=self.words.verdict(other.get("verdict")).lower(),
                    shared="; ".join(shared),
                )
            )
        if len(others) > SEEN_BEFORE_SHOWN:
            lines.append(self.tr("…and {n} more.").format(n=len(others) - SEEN_BEFORE_SHOWN))
        return "\n".join(lines)

    def mark(self, outcome: str) -> None:
        """Save what the chosen contact turned out to be."""
        contact_id = self.selected_id
        if contact_id is None:
            return

        def save(log: CaseLog) -> dict[str, Any] | None:
            log.set_outcome(contact_id, outcome)
            return log.get(contact_id)

        def saved(fresh: dict[str, Any] | None) -> None:
            if fresh is None:
                return
            self.model.update_contact(fresh)
            if contact_id == self.selected_id:
                self._show_contact(fresh)
            self._load_overview()  # a genuine contact leaves the impersonation list

        self._thread.submit(save, saved, self._failed)

    # -- the overview

    def _load_overview(self) -> None:
        def read(log: CaseLog) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict]:
            return log.stats_by_week(), log.stats_by_org(TOP_ORGS), directory_names()

        def arrived(answer: tuple[list[dict[str, Any]], list[dict[str, Any]], dict]) -> None:
            weeks, orgs, names = answer
            self.chart.set_weeks(last_weeks(weeks))
            self.orgs.setText(self._orgs_text(orgs, names))

        self._thread.submit(read, arrived, self._failed)

    def _orgs_text(self, orgs: list[dict[str, Any]], names: dict[str, str]) -> str:
        if not orgs:
            return self.tr("None yet.")
        lines = []
        for n, row in enumerate(orgs, 1):
            key = str(row["organisation"])
            name = names.get(key) or key[:1].upper() + key[1:]
            contacts, scams = int(row["contacts"]), int(row["likely_scams"] or 0)
            line = self.tr("{n}. {name}: {contacts}").format(
                n=n,
                name=name,
                contacts=self.tr("1 contact")
                if contacts == 1
                else self.tr("{count} contacts").format(count=contacts),
            )
            if scams:
                line += self.tr(", {scams}").format(
                    scams=self.tr("1 likely scam")
                    if scams == 1
                    else self.tr("{count} likely scams").format(count=scams)
                )
            lines.append(line)
        return "\n".join(lines)

    # -- problems

    def _show_problem(self, message: str, *, reading: bool = False) -> None:
        self._read_problem = reading
        self.problem.setText(message)
        self.problem.setVisible(True)

    def _failed(self, error: BaseException) -> None:
        # The log cannot be opened, or stays locked by another program (its busy
        # timeout ran out), or the disk failed: said here, in words, not as a crash.
        if isinstance(error, StoreError | sqlite3.OperationalError):
            self._show_problem(
                self.tr(
                    "Your history could not be used just now, and nothing was changed: {problem}"
                ).format(problem=error),
                reading=True,
            )
            return
        from scamscreen.ui import crash

        crash.log.error("history failed: %r", error, exc_info=error)
        crash.show_dialog(error)
