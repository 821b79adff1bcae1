"""The scam lists in the app: the dialogs that Settings opens.

- `UpdateDialog`: "Update now", with a progress bar and Cancel; runs
  `feeds.update.update()` off the GUI thread and says in words what changed or why
  nothing did.
- `FtcImportDialog`: adds a file of FTC Do Not Call complaints to the scam list, with a
  progress bar and Cancel; says how many numbers were added, and which lines were
  skipped and why.
- `UserListsDialog`: the person's own block and allow lists: see them, add a number or
  website with a note, take entries off.

Nothing here that can take long runs on the GUI thread: each piece of work is a
`BackgroundJob` (the thread pool of `scamscreen.ui.tasks`), and the known-scam lists are
opened on the thread that uses them (SQLite connections are per thread). Everything that
came from a person or a file (numbers, notes, lines of a CSV, the feed's messages) is
shown as plain text, never read as HTML.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QLocale, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scamscreen.ui.problems import in_words
from scamscreen.ui.tasks import run_in_background
from scamscreen.ui.verdict_panel import plain

if TYPE_CHECKING:
    from scamscreen.workspace import TrustedKey

MAX_PROBLEMS_SHOWN = 5  # bad lines of an FTC file named in the dialog; the rest counted
MAX_USER_ENTRIES = 10_000  # the own lists are a handful of rows; this is a safety cap
PROGRESS_STEPS = 1000  # the bar counts in tenths of a percent

_running: set[BackgroundJob] = set()  # jobs still working: alive until they report


# -- small helpers -----------------------------------------------------------------------


def label(text: str = "", *, bold: bool = False, size: float = 1.0, about: str = "") -> QLabel:
    """A plain-text, wrapping label (`plain`), top-left aligned. `about` (its accessible
    description) says what a label whose words change is about; its accessible name is
    left to follow its text, so a screen reader reads what it says now."""
    widget = plain(text, bold=bold, size=size)
    widget.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    policy = widget.sizePolicy()
    policy.setHeightForWidth(True)
    widget.setSizePolicy(policy)
    if about:
        widget.setAccessibleName("")  # (plain() names it after its first words)
        widget.setAccessibleDescription(about)
    return widget


def button(text: str, slot: Callable[[], Any] | None = None) -> QPushButton:
    """A push button with a mnemonic (the & in `text`) and an accessible name."""
    widget = QPushButton(text)
    widget.setAccessibleName(text.replace("&", "").rstrip("…").strip())
    widget.setAutoDefault(False)
    if slot is not None:
        widget.clicked.connect(slot)
    return widget


def day(stamp: str | None) -> str:
    """An ISO time ("2026-12-01T12:00:00Z") as the person's own date written out, without
    the weekday ("December 1, 2026", "1 December 2026"); '' if none."""
    if not stamp:
        return ""
    moment = QDateTime.fromString(stamp, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return stamp[:10]
    locale = QLocale()
    written = re.sub(r"d{4}[,.\s]*", "", locale.dateFormat(QLocale.FormatType.LongFormat))
    return locale.toString(moment.toLocalTime().date(), written.strip() or "yyyy-MM-dd")


def size_words(count: int) -> str:
    """ "64 kB", "1.2 MB": the sizes people see on their computer, not KiB."""
    return QLocale().formattedDataSize(
        max(0, int(count)), 1, QLocale.DataSizeFormat.DataSizeSIFormat
    )


def shown_value(kind: str, value: str) -> str:
    """A list entry as a person reads it: "+1 844-555-0199", "help-desk-support.com"."""
    if kind != "number":
        return value
    from scamscreen.workspace import display_number

    return display_number(value)


def count_words(count: int, one: str, many: str) -> str:
    """ "1 number", "1,234 numbers" (grouped as the person's locale writes numbers)."""
    return (one if count == 1 else many).format(count=QLocale().toString(int(count)))


# -- work off the GUI thread -------------------------------------------------------------


class BackgroundJob(QObject):
    """One piece of long work on the thread pool, with progress and Cancel.

    `fn(job)` runs off the GUI thread; it may call `job.report(*values)` as often as it
    likes and poll `job.cancelled()`. Reports are coalesced: at most one is waiting for
    the GUI thread at a time, and the GUI reads the newest values when it gets to it
    (`latest()`), so a fast download never floods the event queue and a stalled one
    still shows the last bytes that came. `finished(result)` or `failed(error)` then
    come on the GUI thread. The job is its own parent for `run_in_background` and stays
    alive (held here) until it has reported, so nothing is ever sent from a deleted
    object; a dialog closed meanwhile simply takes its connections with it."""

    progressed = Signal(object)  # a tuple: what `fn` reported (emitted on its thread)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._latest: tuple[Any, ...] | None = None
        self._waiting = False  # a report is on its way to the GUI thread

    def start(self, fn: Callable[[BackgroundJob], Any]) -> None:
        _running.add(self)
        run_in_background(lambda: fn(self), self._done, self._failed, self)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        """Thread-safe: whether Cancel was pressed."""
        return self._cancel.is_set()

    def report(self, *values: Any) -> None:
        """From the worker thread: the progress now."""
        with self._lock:
            self._latest = values
            if self._waiting:
                return
            self._waiting = True
        self.progressed.emit(values)

    def latest(self) -> tuple[Any, ...] | None:
        """On the GUI thread: the newest report (and room for the next one)."""
        with self._lock:
            self._waiting = False
            return self._latest

    def _done(self, result: Any) -> None:
        _running.discard(self)
        self.finished.emit(result)
        self.deleteLater()

    def _failed(self, error: BaseException) -> None:
        _running.discard(self)
        self.failed.emit(error)
        self.deleteLater()


def _log_unexpected(error: BaseException) -> None:
    """A failure the code did not foresee goes to the log (with its traceback), never
    on screen."""
    try:
        from scamscreen.ui.crash import logger

        logger().error("Unexpected error in the scam lists", exc_info=error)
    except Exception:  # the log is a help, never a new failure
        pass


# -- the dialogs' common frame -----------------------------------------------------------


class _WorkDialog(QDialog):
    """A dialog that runs one job: what is happening in words, a progress bar, Cancel
    while it runs and Close when it is done. Escape and the window's close button mean
    Cancel while the job runs (the dialog stays until the work has stopped, so nothing
    is left half done behind the person's back)."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setModal(True)
        # Made now and started by `run`: a caller may connect to its signals first.
        self.job = BackgroundJob()
        self.job.progressed.connect(self._progressed)
        self.job.finished.connect(self._finished)
        self.job.failed.connect(self._failed)
        # A dialog that goes (its window closed with the app) stops its work too.
        self.destroyed.connect(self.job.cancel)
        self.running = False
        self.outcome = ""  # "done", "failed" or "cancelled" once finished

        layout = QVBoxLayout(self)
        self.heading = label(bold=True, size=1.2)  # named by set_title
        layout.addWidget(self.heading)
        self.status = label(about=self.tr("What is happening"))
        layout.addWidget(self.status)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("How far it has got"))
        self.progress.setRange(0, 0)  # busy until there is something to count
        self.progress.setTextVisible(True)
        layout.addWidget(self.progress)
        self.detail = label(about=self.tr("Details"))
        self.detail.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.detail.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.detail.hide()
        layout.addWidget(self.detail)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = button(self.tr("&Cancel"), self.cancel)
        self.close_button = button(self.tr("C&lose"), self.accept)
        self.close_button.hide()
        row.addWidget(self.cancel_button)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self._fit()

    def _fit(self) -> None:
        """Wide enough for a sentence of about 60 characters at any text size."""
        metrics = self.fontMetrics()
        self.setMinimumWidth(metrics.averageCharWidth() * 64)
        for widget in (self.cancel_button, self.close_button):
            widget.setMinimumWidth(metrics.averageCharWidth() * 14)
            widget.setMinimumHeight(int(metrics.height() * 2.2))

    def set_title(self, title: str) -> None:
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.heading.setText(title)
        self.heading.setAccessibleName(title)

    def run(self, work: Callable[[BackgroundJob], Any]) -> BackgroundJob:
        """Start `work(job)` off the GUI thread (once)."""
        if not self.running and not self.outcome:
            self.running = True
            self.job.start(work)
        return self.job

    # -- to fill in ----------------------------------------------------------------------

    def show_progress(self, values: tuple[Any, ...]) -> None:
        raise NotImplementedError

    def show_result(self, result: Any) -> None:
        raise NotImplementedError

    def show_error(self, error: BaseException) -> None:
        raise NotImplementedError

    # -- the frame -----------------------------------------------------------------------

    def set_fraction(self, done: int, total: int) -> None:
        if total <= 0:
            self.progress.setRange(0, 0)
            return
        if self.progress.maximum() != PROGRESS_STEPS:
            self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setValue(min(PROGRESS_STEPS, done * PROGRESS_STEPS // total))

    @Slot(object)
    def _progressed(self, _values: tuple[Any, ...]) -> None:
        values = self.job.latest()
        if values is not None and self.running and not self.job.cancelled():
            self.show_progress(values)

    def _end(self, outcome: str, text: str) -> None:
        self.running = False
        self.outcome = outcome
        self.status.setText(text)
        self.cancel_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        # The words say how it ended; a bar left behind would sit between a sentence
        # and the list of lines it announces.
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setValue(PROGRESS_STEPS if outcome == "done" else 0)
        self.progress.hide()

    @Slot(object)
    def _finished(self, result: Any) -> None:
        self.show_result(result)

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        self.show_error(error)

    def cancel(self) -> None:
        """Cancel pressed: the work stops at its next safe point and changes nothing."""
        if not self.running or self.job.cancelled():
            return
        self.job.cancel()
        self.cancel_button.setEnabled(False)
        self.status.setText(self.stopping_text())

    def stopping_text(self) -> str:
        return self.tr("Stopping… Nothing will be changed.")

    def reject(self) -> None:
        """Escape, or the window's close button (QDialog's closeEvent comes here)."""
        if self.running:
            self.cancel()  # stop first; the dialog stays until the work has stopped
            return
        super().reject()


# -- Update now --------------------------------------------------------------------------


class UpdateDialog(_WorkDialog):
    """Fetches and applies the signed feed at `source`. `applied(result)` is emitted
    when an update was applied (the screening data and the lists changed)."""

    applied = Signal(object)  # feeds.update.UpdateResult

    def __init__(
        self,
        home: Path,
        source: str,
        trusted_keys: Sequence[TrustedKey | Path | str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.set_title(self.tr("Update the scam lists"))
        self.home = Path(home)
        self.source = source
        self.trusted_keys = list(trusted_keys) if trusted_keys is not None else None
        self.result: Any = None
        self.error: BaseException | None = None
        self.status.setText(self.tr("Looking for new lists of scam numbers and websites…"))

    def start(self) -> BackgroundJob:
        home, source, keys = self.home, self.source, self.trusted_keys

        def work(job: BackgroundJob) -> Any:
            from scamscreen.workspace import Workspace

            def progress(done: int, total: int) -> None:
                job.report(done, total)

            return Workspace(home).update_data(
                source, keys, progress=progress, cancelled=job.cancelled
            )

        return self.run(work)

    def stopping_text(self) -> str:
        return self.tr(
            "Stopping the update… This can take a few seconds if the update server is "
            "slow to answer. Nothing will be changed."
        )

    def show_progress(self, values: tuple[Any, ...]) -> None:
        done, total = int(values[0]), int(values[1])
        self.set_fraction(done, total)
        if total and done >= total:
            self.progress.setRange(0, 0)
            self.status.setText(self.tr("Checking the new lists before using them…"))
        else:
            self.status.setText(
                self.tr("Downloading the new lists: {done} of {total}.").format(
                    done=size_words(done), total=size_words(total)
                )
            )

    def show_result(self, result: Any) -> None:
        self.result = result
        if result.updated:
            text = self.tr("Done. {message} New checks use it from now on.").format(
                message=result.message
            )
            self._end("done", text)
            self.applied.emit(result)
        else:
            self._end("done", self.tr("Nothing new: {message}").format(message=result.message))

    def show_error(self, error: BaseException) -> None:
        from scamscreen.core.errors import CANCELLED, UpdateError

        self.error = error
        if isinstance(error, UpdateError):
            outcome = "cancelled" if error.kind == CANCELLED else "failed"
            self._end(outcome, error.message)  # already in words, for the person
            if outcome == "failed":
                self.detail.setText(
                    self.tr("ScamScreen keeps using the lists it had. You can try again later.")
                )
                self.detail.show()
            return
        _log_unexpected(error)
        self._end(
            "failed",
            self.tr(
                "The update could not be finished because of an unexpected problem. "
                "Nothing was changed. You can try again later."
            ),
        )


# -- FTC complaints ----------------------------------------------------------------------


class FtcImportDialog(_WorkDialog):
    """Adds an FTC Do Not Call reported-calls CSV to the scam list. `imported(report)` is
    emitted when the lists changed. The lists are opened on the worker thread (SQLite
    connections belong to the thread that made them)."""

    imported = Signal(object)  # feeds.lists.ImportReport

    def __init__(
        self, home: Path, path: Path, region: str = "US", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.set_title(self.tr("Import FTC complaints"))
        self.home = Path(home)
        self.path = Path(path)
        self.region = region
        self.report: Any = None
        self.error: BaseException | None = None
        self.status.setText(self.tr("Reading {file}…").format(file=self.path.name))

    def start(self) -> BackgroundJob:
        home, path, region = self.home, self.path, self.region

        def work(job: BackgroundJob) -> Any:
            from scamscreen.workspace import Workspace

            def progress(rows: int, done: int, total: int) -> None:
                job.report(rows, done, total)

            return Workspace(home).import_ftc(
                path, progress=progress, cancelled=job.cancelled, region=region
            )

        return self.run(work)

    def show_progress(self, values: tuple[Any, ...]) -> None:
        rows, done, total = (int(v) for v in values)
        self.set_fraction(done, total)
        reports = count_words(rows, self.tr("{count} report"), self.tr("{count} reports"))
        if total and done >= total:
            self.progress.setRange(0, 0)
            self.status.setText(
                self.tr("Read {reports}. Adding their numbers to your lists…").format(
                    reports=reports
                )
            )
        else:
            self.status.setText(
                self.tr("Reading the file: {reports} so far ({done} of {total}).").format(
                    reports=reports, done=size_words(done), total=size_words(total)
                )
            )

    def show_result(self, report: Any) -> None:
        self.report = report
        if report.already_imported:
            self._end(
                "done",
                self.tr(
                    "This file was imported before, so nothing was added: the numbers in "
                    "it are already counted."
                ),
            )
            return
        parts = [
            count_words(
                report.added,
                self.tr("Done. {count} new number was added to your scam lists"),
                self.tr("Done. {count} new numbers were added to your scam lists"),
            )
        ]
        if report.updated:
            parts[0] += count_words(
                report.updated,
                self.tr(", and {count} that was already on them was brought up to date"),
                self.tr(", and {count} that were already on them were brought up to date"),
            )
        parts[0] += "."
        reports = count_words(report.rows, self.tr("{count} report"), self.tr("{count} reports"))
        parts.append(self.tr("The file held {reports}.").format(reports=reports))
        if report.blank:
            parts.append(
                count_words(
                    report.blank,
                    self.tr("{count} report gave no phone number and was left out."),
                    self.tr("{count} reports gave no phone number and were left out."),
                )
            )
        if report.problem_count:
            parts.append(
                count_words(
                    report.problem_count,
                    self.tr("{count} line could not be used and was skipped:"),
                    self.tr("{count} lines could not be used and were skipped:"),
                )
            )
        else:
            parts.append(self.tr("Every line could be read."))
        self._end("done", " ".join(parts))
        if report.problems:
            lines = [
                self.tr("• Line {line}: {problem}").format(line=line, problem=problem)
                for line, problem in report.problems[:MAX_PROBLEMS_SHOWN]
            ]
            more = report.problem_count - len(lines)
            if more > 0:
                lines.append(
                    count_words(
                        more,
                        self.tr("• and {count} more line."),
                        self.tr("• and {count} more lines."),
                    )
                )
            self.detail.setText("\n".join(lines))
            self.detail.show()
        self.imported.emit(report)

    def show_error(self, error: BaseException) -> None:
        import sqlite3

        from scamscreen.core.errors import ImportCancelled, ListError

        self.error = error
        if isinstance(error, ImportCancelled):
            self._end(
                "cancelled",
                self.tr(
                    "The import was stopped. Nothing was changed: your lists are as they were."
                ),
            )
        elif isinstance(error, ListError):
            text = in_words(error)
            if "Nothing was" not in text:
                text += " " + self.tr("Nothing was changed.")
            self._end("failed", text)
        elif isinstance(error, sqlite3.Error | OSError):
            self._end(
                "failed",
                self.tr(
                    "The numbers could not be added to your lists ({problem}). Nothing was "
                    "changed: close other copies of ScamScreen and try again."
                ).format(problem=error),
            )
        else:
            _log_unexpected(error)
            self._end(
                "failed",
                self.tr(
                    "The import could not be finished because of an unexpected problem. "
                    "Nothing was changed."
                ),
            )


# -- your own block and allow lists ------------------------------------------------------


class UserListsDialog(QDialog):
    """The person's own block and allow lists. Every read and write runs off the GUI
    thread, on a connection opened there. `changed` is emitted after an entry was added
    or taken off."""

    changed = Signal()
    COLUMNS = ("list", "value", "note", "added")

    def __init__(self, home: Path, region: str = "US", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = self.tr("Your block and allow lists")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)
        self.home = Path(home)
        self.region = region
        self.rows: list[dict[str, Any]] = []
        self.loaded = False  # the table shows what is in the lists
        self.busy = False  # a read or a write is running
        self._pending_read = False
        self.confirm: QMessageBox | None = None

        layout = QVBoxLayout(self)
        layout.addWidget(label(title, bold=True, size=1.2))
        layout.addWidget(
            label(
                self.tr(
                    "Block: ScamScreen warns you whenever this number or website comes "
                    "up.\nAllow: you know it is real (for example your bank's number from "
                    "the back of your card). ScamScreen still checks what an allowed caller "
                    "asks for, because callers can fake the number they show."
                )
            )
        )

        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setAccessibleName(self.tr("Your blocked and allowed numbers and websites"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("List"), self.tr("Number or website"), self.tr("Your note"), self.tr("Added")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab moves on to the buttons
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        caption = QLabel(self.tr("&What is on your lists now:"))
        caption.setBuddy(self.table)  # Alt+W moves to the table
        layout.addWidget(caption)
        layout.addWidget(self.table, 1)
        self.empty = label(
            self.tr("You have not blocked or allowed any number or website yet."),
        )
        self.empty.hide()
        layout.addWidget(self.empty)

        remove_row = QHBoxLayout()
        self.remove_button = button(self.tr("&Remove selected…"), self.remove_selected)
        self.remove_button.setEnabled(False)
        remove_row.addWidget(self.remove_button)
        # A greyed-out button alone does not say why: this does.
        self.remove_hint = label(self.tr("To take an entry off, click it in the list first."))
        self.remove_button.setAccessibleDescription(self.remove_hint.text())
        self.remove_hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        remove_row.addWidget(self.remove_hint, 1)
        layout.addLayout(remove_row)

        layout.addWidget(label(self.tr("Add a number or website"), bold=True))
        choice = QHBoxLayout()
        self.block_choice = QRadioButton(self.tr("&Block it: warn me about it"))
        self.allow_choice = QRadioButton(self.tr("&Allow it: I know it is real"))
        self.block_choice.setAccessibleName(self.tr("Block it: warn me about it"))
        self.allow_choice.setAccessibleName(self.tr("Allow it: I know it is real"))
        self.block_choice.setChecked(True)
        self.choices = QButtonGroup(self)
        self.choices.addButton(self.block_choice)
        self.choices.addButton(self.allow_choice)
        choice.addWidget(self.block_choice)
        choice.addWidget(self.allow_choice)
        choice.addStretch(1)
        layout.addLayout(choice)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("for example 844 555 0199 or help-desk.com"))
        self.value.setMaxLength(2048)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("for example: called about my “virus”"))
        self.note.setMaxLength(500)
        for text, widget in (
            (self.tr("&Number or website:"), self.value),
            (self.tr("N&ote (for you):"), self.note),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(caption, widget)
            if widget is self.value:
                self.value_problem = label(
                    bold=True, about=self.tr("Problem with the number or website")
                )
                self.value_problem.setSizePolicy(
                    QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum
                )
                self.value_problem.hide()
                form.addRow("", self.value_problem)
        layout.addLayout(form)
        self.value.returnPressed.connect(self.add)
        self.note.returnPressed.connect(self.add)
        self.value.textEdited.connect(lambda _text: self.value_problem.hide())

        bottom = QHBoxLayout()
        self.add_button = button(self.tr("A&dd to my list"), self.add)
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        self.close_button = button(self.tr("&Close"), self.accept)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)

        self.status = label(about=self.tr("What happened"))
        self.status.hide()
        layout.insertWidget(layout.count() - 1, self.status)

        metrics = self.fontMetrics()
        self.setMinimumWidth(metrics.averageCharWidth() * 80)
        self.resize(metrics.averageCharWidth() * 96, metrics.height() * 30)
        for push in (self.add_button, self.close_button, self.remove_button):
            push.setMinimumHeight(int(metrics.height() * 2.2))
            push.setMinimumWidth(metrics.averageCharWidth() * 14)
        self.reload()

    # -- reading -------------------------------------------------------------------------

    def reload(self) -> None:
        """Read both lists again (off the GUI thread) and show them."""
        if self.busy:
            self._pending_read = True
            return
        home = self.home

        def work() -> list[dict[str, Any]]:
            from scamscreen.workspace import Workspace

            rows = Workspace(home).user_entries(MAX_USER_ENTRIES)
            rows.sort(key=lambda e: (e["list"], e["added_at"] or "", e["value"]))
            return rows

        self._set_busy(True)
        run_in_background(work, self._show_rows, self._read_failed, self)

    def _show_rows(self, rows: list[dict[str, Any]]) -> None:
        self._set_busy(False)
        self.rows = rows
        names = {"block": self.tr("Blocked"), "allow": self.tr("Allowed")}
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        for index, entry in enumerate(rows):
            cells = (
                names.get(entry["list"], entry["list"]),
                shown_value(entry["kind"], entry["value"]),
                entry["note"] or "",
                day(entry["added_at"]),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)  # item views never read text as HTML
                item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip("")
                self.table.setItem(index, column, item)
        self.table.resizeRowsToContents()
        self.empty.setVisible(not rows)
        self.loaded = True
        self._selection_changed()
        if self._pending_read:
            self._pending_read = False
            self.reload()

    def _read_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.loaded = True
        self._say(
            self.tr("Your lists cannot be read right now: {problem}").format(
                problem=in_words(error)
            )
        )

    # -- writing -------------------------------------------------------------------------

    def chosen_list(self) -> str:
        return "allow" if self.allow_choice.isChecked() else "block"

    def add(self) -> None:
        """Put what was typed on the chosen list, with the note; a value that cannot be a
        number or website gets the reason next to the field, and nothing is saved."""
        if self.busy:
            return
        value = self.value.text().strip()
        if not value:
            self._problem(self.tr("Type a phone number or a website first."))
            return
        note = self.note.text()
        list_name = self.chosen_list()
        home, region = self.home, self.region
        before = {(e["kind"], e["value"]): e["list"] for e in self.rows}

        def work() -> tuple[str, str]:
            from scamscreen.workspace import Workspace

            return Workspace(home).add_to_list(value, list_name, note, region)

        def done(answer: tuple[str, str]) -> None:
            kind, kept = answer
            self._set_busy(False)
            self.value.clear()
            self.note.clear()
            self.value_problem.hide()
            where = self.list_words(list_name)
            text = self.tr("{value} is now on {list}.").format(
                value=shown_value(kind, kept), list=where
            )
            was = before.get((kind, kept))
            if was and was != list_name:
                text += " " + (
                    self.tr("It was taken off your allow list.")
                    if was == "allow"
                    else self.tr("It was taken off your block list.")
                )
            self._say(text)
            self.value.setFocus()
            self.changed.emit()
            self.reload()

        def failed(error: BaseException) -> None:
            from scamscreen.core.errors import ListError

            self._set_busy(False)
            if isinstance(error, ListError) and not error.storage:
                self._problem(in_words(error) + " " + self.tr("Nothing was saved."))
            else:
                self._say(
                    self.tr("It could not be saved ({problem}). Nothing was changed.").format(
                        problem=in_words(error)
                    )
                )

        self._set_busy(True)
        self.status.hide()
        run_in_background(work, done, failed, self)

    def _problem(self, text: str) -> None:
        self.value_problem.setText(text)
        self.value_problem.show()
        self.value.setAccessibleDescription(text)
        self.value.setFocus()
        self.value.selectAll()

    def selected_entries(self) -> list[dict[str, Any]]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.rows[row] for row in rows if row < len(self.rows)]

    def remove_selected(self) -> None:
        """Asks first; the entries go once the person says Yes."""
        chosen = self.selected_entries()
        if not chosen or self.busy:
            return
        if len(chosen) == 1:
            entry = chosen[0]
            where = self.list_words(entry["list"])
            question = self.tr("Take {value} off {list}?").format(
                value=shown_value(entry["kind"], entry["value"]), list=where
            )
        else:
            question = self.tr("Take these {count} entries off your lists?").format(
                count=len(chosen)
            )
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Remove from your list?"))
        box.setTextFormat(Qt.TextFormat.PlainText)  # a note or a value is never HTML
        box.setText(question)
        if len(chosen) == 1:
            box.setInformativeText(
                self.tr("ScamScreen will stop warning you about it.")
                if chosen[0]["list"] == "block"
                else self.tr("ScamScreen will stop treating it as one you know is real.")
            )
        box.setAccessibleName(self.tr("Remove from your list?"))
        yes = box.addButton(self.tr("&Yes, remove"), QMessageBox.ButtonRole.YesRole)
        no = box.addButton(self.tr("&No, keep"), QMessageBox.ButtonRole.NoRole)
        yes.setAccessibleName(self.tr("Yes, remove"))
        no.setAccessibleName(self.tr("No, keep"))
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        self.confirm = box
        self.confirm_yes, self.confirm_no = yes, no

        def answered(_code: int) -> None:
            self.confirm = None
            if box.clickedButton() is yes:
                self._remove(chosen)
            box.deleteLater()

        box.finished.connect(answered)
        box.open()

    def _remove(self, chosen: list[dict[str, Any]]) -> None:
        home, region = self.home, self.region
        wanted = [(e["kind"], e["value"], e["list"]) for e in chosen]

        def work() -> int:
            from scamscreen.workspace import Workspace

            return Workspace(home).remove_from_lists(wanted, region)

        def done(count: int) -> None:
            self._set_busy(False)
            if len(wanted) == 1:
                kind, value, name = wanted[0]
                where = self.list_words(name)
                self._say(
                    self.tr("{value} was taken off {list}.").format(
                        value=shown_value(kind, value), list=where
                    )
                )
            else:
                self._say(
                    count_words(
                        count,
                        self.tr("{count} entry was taken off your lists."),
                        self.tr("{count} entries were taken off your lists."),
                    )
                )
            self.changed.emit()
            self.reload()

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            self._say(
                self.tr("It could not be removed ({problem}). Nothing was changed.").format(
                    problem=in_words(error)
                )
            )
            self.reload()

        self._set_busy(True)
        run_in_background(work, done, failed, self)

    # -- state ---------------------------------------------------------------------------

    def list_words(self, list_name: str) -> str:
        return self.tr("your block list") if list_name == "block" else self.tr("your allow list")

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.add_button.setEnabled(not busy)
        self._selection_changed()

    def _selection_changed(self) -> None:
        chosen = bool(self.selected_entries())
        self.remove_button.setEnabled(not self.busy and chosen)
        self.remove_hint.setVisible(bool(self.rows) and not chosen)

    def is_idle(self) -> bool:
        return self.loaded and not self.busy and not self._pending_read
