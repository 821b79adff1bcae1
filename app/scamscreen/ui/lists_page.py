"""The scam lists in the app: the dialogs that Settings opens.

- `UpdateDialog`: "Update now", with a progress bar and Cancel; runs
  `feeds.update.update()` off the GUI thread and says in words what changed or why
  nothing did.
- `FtcImportDialog`: adds a file of FTC Do Not Call complaints to the scam list, with a
  progress bar and Cancel; says how many numbers were added, and which lines were
  skipped and why.
- `UserListsDialog` (ui/user_lists.py): the person's own block and allow lists.

Nothing here that can take long runs on the GUI thread: each piece of work is a
`tasks.BackgroundJob` (on the thread pool, with progress and Cancel), and the known-scam lists are
opened on the thread that uses them (SQLite connections are per thread). Everything that
came from a person or a file (numbers, notes, lines of a CSV, the feed's messages) is
shown as plain text, never read as HTML.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from scamscreen.core.region import DEFAULT_REGION
from scamscreen.ui.list_words import button, count_words, day, label, shown_value, size_words
from scamscreen.ui.problems import in_words
from scamscreen.ui.tasks import BackgroundJob
from scamscreen.ui.user_lists import MAX_USER_ENTRIES, UserListsDialog

if TYPE_CHECKING:
    from scamscreen.workspace import TrustedKey

__all__ = [  # (the dialogs Settings opens, and the words it shares with them)
    "MAX_USER_ENTRIES",
    "PROGRESS_STEPS",
    "BackgroundJob",
    "FtcImportDialog",
    "UpdateDialog",
    "UserListsDialog",
    "button",
    "count_words",
    "day",
    "label",
    "shown_value",
    "size_words",
]

MAX_PROBLEMS_SHOWN = 5  # bad lines of an FTC file named in the dialog; the rest counted
PROGRESS_STEPS = 1000  # the bar counts in tenths of a percent

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

    imported = Signal(object)  # workspace.ImportReport

    def __init__(
        self, home: Path, path: Path, region: str = DEFAULT_REGION, parent: QWidget | None = None
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
