"""The History screen: every saved contact, newest first, searchable as you type; what
each one said, who else used the same number or website, and what it turned out to be;
and a chart of contacts per week by verdict, with the organisations scammers pretend to be.

All case-log work runs on one thread (the main window's, shared with its saves, or the
page's own when it stands alone), which holds one connection: opening a log checks the
whole file (about a second at 100,000 contacts) and a write may wait for another
writer's lock, and neither may freeze the window. A SQLite connection can only be used
on the thread that opened it, so `run_in_background` (a fresh pool thread per job)
would have to reopen, and recheck, the log for every page of the list; the page's jobs
run in order on the one connection instead, on a `tasks.Lane` (history_worker.py).

Text that came from a contact (notes, names, numbers) is only ever shown as plain text.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scamscreen.core.errors import StoreError
from scamscreen.ui.adaptive_table import FittedColumns, SideBySide
from scamscreen.ui.history_chart import WEEKS, WeeklyChart, directory_names, last_weeks, weeks_since
from scamscreen.ui.history_detail import ContactDetail
from scamscreen.ui.history_filters import HistoryFilters
from scamscreen.ui.history_model import HistoryModel, Words
from scamscreen.ui.history_overview import TOP_ORGS, HistoryOverview
from scamscreen.ui.history_picture import KeptPictureView
from scamscreen.ui.history_worker import PAGE_SIZE, CaseLogThread
from scamscreen.ui.problems import in_words
from scamscreen.ui.verdict_panel import plain
from scamscreen.workspace import Workspace

if TYPE_CHECKING:
    from scamscreen.workspace import CaseLog

__all__ = ["PAGE_SIZE", "WEEKS", "HistoryModel", "HistoryPage", "WeeklyChart", "last_weeks"]


class HistoryPage(QWidget):
    checklist_requested = Signal(object, str)  # the chosen contact (dict), "verify"/"recovery"

    def __init__(
        self,
        home: Path,
        parent: QWidget | None = None,
        log: CaseLogThread | None = None,
        workspace: Workspace | None = None,
    ) -> None:
        """`workspace`: the window's (its screener is reused for reports); a page of
        its own gets one on `home`."""
        super().__init__(parent)
        self.home = Path(home)
        self.workspace = workspace or Workspace(self.home)
        self.words = Words(self)
        self.selected_id: int | None = None
        self._contact: dict[str, Any] | None = None
        self._count_generation = 0
        self._read_problem = False
        self._thread = log or CaseLogThread(self.home, self)
        self._thread.on_recovered = self._recovered
        app = QCoreApplication.instance()
        if app is not None:  # a save asked for is finished before the program ends
            app.aboutToQuit.connect(self._thread.stop)
        self.share_dialog: QWidget | None = None
        self.report_dialog: QWidget | None = None

        self.bar = HistoryFilters(self.words)
        self.bar.changed.connect(self._apply_filters)
        self.bar.share_days.connect(lambda: self.share(None))
        self.problem = plain()
        self.problem.setAccessibleName(self.tr("Problem with your history"))
        self.problem.setVisible(False)
        self.team_heading = plain(bold=True)  # team mode: whose contacts these are
        self.team_heading.setAccessibleName(self.tr("Whose contacts these are"))
        self.team_heading.setVisible(False)
        self.desk: str | None = None
        self.model = HistoryModel(
            self._thread.submit, self, on_page=self._page_arrived, on_error=self._failed
        )
        self.table = self._list()
        self.detail = ContactDetail(self.words)
        self.detail.mark.connect(self.mark)
        self.detail.checklist.connect(self._open_checklist)
        self.detail.share.connect(lambda: self.share(self.selected_id))
        self.detail.report.connect(lambda: self.report(self.selected_id))
        self.picture = KeptPictureView(self._thread.submit, self._failed)  # if one is kept
        self.detail.add_below_facts(self.picture)
        self.overview = HistoryOverview(self.words)
        self._name_the_parts()

        layout = QVBoxLayout(self)
        layout.addWidget(self.team_heading)
        layout.addWidget(self.bar)
        layout.addWidget(self.problem)
        layout.addWidget(self._arranged(), 1)
        self._show_contact(None)
        self.refresh()

    def _list(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Your history"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # Tab moves on to the next control
        table.setSortingEnabled(False)  # always newest first, as the store gives it
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        # Columns fit the rows shown (sizing never walks the whole list) and share the
        # table's width: long words are elided, whole in a tooltip; never sideways.
        header.setResizeContentsPrecision(PAGE_SIZE)
        self.columns = FittedColumns(table)
        table.setCornerButtonEnabled(False)  # one row at a time: nothing to select all
        corner = table.findChild(QAbstractButton)  # (Qt's corner button, still there)
        if corner is not None:
            corner.setAccessibleName(self.tr("Select all"))
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        return table

    def _arranged(self) -> QSplitter:
        """The list with the chosen contact beside it (or below it, when both do not fit
        side by side), and the overview under both."""
        across = QSplitter(Qt.Orientation.Horizontal)
        across.addWidget(self.table)
        across.addWidget(self.detail)
        across.setStretchFactor(0, 3)
        across.setStretchFactor(1, 2)
        across.setChildrenCollapsible(False)
        side = SideBySide(
            across,
            lambda: self.columns.natural_width() + self.fontMetrics().averageCharWidth() * 50,
        )
        self.columns.measured = side.arrange
        down = QSplitter(Qt.Orientation.Vertical)
        down.addWidget(across)
        down.addWidget(self.overview)
        down.setStretchFactor(0, 3)
        down.setStretchFactor(1, 1)
        down.setChildrenCollapsible(False)
        down.setSizes([3 * self.chart.sizeHint().height(), self.chart.sizeHint().height()])
        side.changed = lambda stacked: down.setSizes(  # the list and the contact come first
            [down.height(), 0] if stacked else [3 * down.height() // 4, down.height() // 4]
        )
        return down

    def _name_the_parts(self) -> None:
        """The parts' controls, named on the page too (the window and the tests reach
        them as `page.search`, wherever they live)."""
        bar, detail, overview = self.bar, self.detail, self.overview
        self.search, self.count_label = bar.search, bar.count_label
        self.verdict_filter, self.outcome_filter = bar.verdict_filter, bar.outcome_filter
        self.share_days_button = bar.share_days_button
        self.detail_heading, self.detail_facts = detail.detail_heading, detail.detail_facts
        self.notes, self.findings = detail.notes, detail.findings
        self.seen_before, self.steps_done = detail.seen_before, detail.steps_done
        self.outcome_label, self.outcome_buttons = detail.outcome_label, detail.outcome_buttons
        self.checklist_buttons = detail.checklist_buttons
        self.share_button, self.report_button = detail.share_button, detail.report_button
        self.chart, self.orgs = overview.chart, overview.orgs
        self.repeated, self.week_view = overview.repeated, overview.week_view

    # -- for the main window

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def refresh(self) -> None:
        """Read the history again (after a save elsewhere), keeping the search, the
        filters and the chosen contact."""
        self._thread.submit(lambda log: log.desk, self._show_desk, self._failed)
        self._search()
        self._load_overview()

    def _show_desk(self, desk: str | None) -> None:
        """Team mode: say that these are the team's contacts, and which desk's."""
        self.desk = desk
        if desk is not None:
            self.team_heading.setText(
                self.tr("Your team's contacts: desk “{desk}”, on the team server.").format(
                    desk=desk
                )
            )
        self.team_heading.setVisible(desk is not None)

    def close_log(self) -> None:
        """Close the page's connection to the case log, after the jobs already asked for
        (before a restore replaces the file, and when the window closes). The page opens
        it again if it is used after this: refresh() shows the log as it then is."""
        self.bar.stop()
        self._thread.stop()

    def is_idle(self) -> bool:
        """For tests: no search is waiting to run or to come back."""
        return not self.bar.waiting() and not self.model.is_loading()

    # -- searching

    def filters(self) -> tuple[str, str | None, str | None]:
        return self.bar.values()

    def _apply_filters(self) -> None:
        """The search or a filter changed: list what matches, with nothing chosen."""
        if self.selected_id is not None:
            self.selected_id = None
            self._show_contact(None)
        self._search()

    def _search(self) -> None:
        self.bar.stop()
        text, verdict, outcome = self.filters()
        self.model.set_query(text, verdict, outcome)
        self._count_generation += 1
        generation = self._count_generation
        query = text.strip() or None

        def counted(n: int) -> None:
            if generation == self._count_generation:
                self.bar.show_count(n, bool(query or verdict or outcome))

        self._thread.submit(
            lambda log: log.count(query, verdict=verdict, outcome=outcome), counted, self._failed
        )

    def _page_arrived(self) -> None:
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
            self.detail.looking()
        self.selected_id = contact["id"]
        self._show_contact(contact)
        contact_id = contact["id"]

        def more(log: CaseLog) -> tuple[Any, ...]:
            steps = {
                name: sum(log.checklist_progress(contact_id, name).values())
                for name in self.checklist_buttons
            }
            team: Any = log  # (the team's log: store.team.log.TeamLog)
            seen = team.seen_this_week(contact_id) if log.desk is not None else None
            return log.get(contact_id), log.seen_before(contact_id), steps, seen

        def arrived(answer: tuple[Any, ...]) -> None:
            fresh, others, steps, seen = answer
            if contact_id == self.selected_id and fresh is not None:
                self._show_contact(fresh)
                self.detail.show_more(others, steps, seen)

        self._thread.submit(more, arrived, self._failed)
        self.picture.load(contact_id)

    def _open_checklist(self, name: str) -> None:
        if self._contact is not None:
            self.checklist_requested.emit(self._contact, name)

    def step_ticked(self, contact_id: int) -> None:
        """A checklist step of `contact_id` was ticked elsewhere: show the new count."""
        if contact_id == self.selected_id and self._contact is not None:
            self._selection_changed(QItemSelection(), QItemSelection())

    def _show_contact(self, contact: dict[str, Any] | None) -> None:
        self._contact = contact
        if contact is None:
            self.picture.load(None)
        self.detail.show_contact(contact)

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
        since = weeks_since()
        workspace = self.workspace

        def read(
            log: CaseLog,
        ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, str]]:
            names = directory_names(workspace.data_folder)
            return log.stats_since(since), log.stats_by_org(TOP_ORGS), names

        def arrived(
            answer: tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, str]],
        ) -> None:
            weeks, orgs, names = answer
            self.chart.set_weeks(last_weeks(weeks))
            self.overview.show_orgs(orgs, names)

        self._thread.submit(read, arrived, self._failed)
        if not self.week_view.isHidden():
            self._thread.submit(
                lambda log: log.repeated_since(7),
                self.overview.show_repeated,
                self._failed,
            )

    # -- help desks: this week's repeats

    def set_helpdesk(self, on: bool) -> None:
        """Show (or hide) the numbers and websites seen more than once this week."""
        was = not self.week_view.isHidden()
        self.week_view.setVisible(on)
        if on and not was:
            self.repeated.setText(self.tr("Looking…"))
            self._load_overview()

    # -- a report for the authorities

    def report(self, contact_id: int | None) -> None:
        """The report of the chosen contact: what the authorities and the company ask
        for, where to report it in the user's country, as PDF, print or text."""
        if contact_id is None:
            return
        from scamscreen.ui.report import ReportDialog

        def shown(answer: tuple[dict[str, Any] | None, str | None]) -> None:
            contact, region = answer
            if contact is None:
                return
            report = self.workspace.report(contact, region)
            self.report_dialog = ReportDialog(contact, country=region, parent=self, report=report)
            self.report_dialog.open()

        self._thread.submit(
            lambda log: (log.get(contact_id), log.setting("region")), shown, self._failed
        )

    # -- sharing a summary

    def share(self, contact_id: int | None) -> None:
        """A summary of one contact (or, with None, of the last 30 days) to copy."""
        from scamscreen.ui.share import ShareDialog, read_for_summary

        def shown(answer: tuple[list[dict[str, Any]], Any]) -> None:
            rows, redactor = answer
            if self.share_dialog is not None:
                self.share_dialog.deleteLater()
            days = 30 if contact_id is None else None
            self.share_dialog = ShareDialog(rows, redactor, days, self)
            self.share_dialog.open()

        self._thread.submit(lambda log: read_for_summary(log, contact_id), shown, self._failed)

    # -- problems

    def _recovered(self, message: str) -> None:
        """The log was found damaged and a backup restored: say so, and show it as it is."""
        self._show_problem(message)
        self.refresh()

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
                ).format(problem=in_words(error)),
                reading=True,
            )
            return
        from scamscreen.ui import crash

        crash.logger().error("history failed: %r", error, exc_info=error)
        crash.show_dialog(error)
