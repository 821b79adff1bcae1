"""The History screen: every saved contact, newest first, searchable as you type; what
each one said, who else used the same number or website, and what it turned out to be;
and a chart of contacts per week by verdict, with the organisations scammers pretend to be.

All case-log work runs on one thread (the main window's, shared with its saves, or the
page's own when it stands alone), which holds one connection: opening a log checks the
whole file (about a second at 100,000 contacts) and a write may wait for another
writer's lock, and neither may freeze the window. A SQLite connection can only be used
on the thread that opened it, so the helper in `tasks.py` (a fresh pool thread per job)
would have to reopen, and recheck, the log for every page of the list; the thread here
runs the jobs in order on the one connection.

Text that came from a contact (notes, names, numbers) is only ever shown as plain text.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scamscreen.core.errors import StoreError
from scamscreen.ui.adaptive import FlowGrid
from scamscreen.ui.adaptive_table import FittedColumns, SideBySide
from scamscreen.ui.history_chart import (
    WEEKS,
    WeeklyChart,
    directory_names,
    last_weeks,
    weeks_since,
)
from scamscreen.ui.history_model import HistoryModel, Words
from scamscreen.ui.history_picture import KeptPictureView
from scamscreen.ui.history_worker import PAGE_SIZE, CaseLogThread
from scamscreen.ui.problems import in_words
from scamscreen.ui.verdict_panel import plain
from scamscreen.workspace import Workspace

if TYPE_CHECKING:
    from scamscreen.workspace import CaseLog

DEBOUNCE_MS = 250
TOP_ORGS = 5
SEEN_BEFORE_SHOWN = 5
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

        bar = QVBoxLayout()  # rows that flow onto more rows when the text is large
        first = QHBoxLayout()
        second = FlowGrid(columns=3)
        for row, label_text, widget, stretch in (
            (first, self.tr("&Search:"), self.search, 1),
            (None, self.tr("&Verdict:"), self.verdict_filter, 0),
            (None, self.tr("&Outcome:"), self.outcome_filter, 0),
        ):
            label = QLabel(label_text)
            label.setBuddy(widget)
            if row is None:  # a filter and its name stay together, in a cell of their own
                cell = QWidget()
                row = QHBoxLayout(cell)
                row.setContentsMargins(0, 0, 0, 0)
                second.addWidget(cell)
            row.addWidget(label)
            row.addWidget(widget, stretch)
        first.addWidget(self.count_label)
        self.share_days_button = QPushButton(self.tr("Share the last 30 &days…"))
        self.share_days_button.setAccessibleName(self.tr("Share a summary of the last 30 days"))
        self.share_days_button.clicked.connect(lambda: self.share(None))
        second.addWidget(self.share_days_button)
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
        # Columns fit the rows shown (sizing never walks the whole list) and share the
        # table's width: long words are elided, whole in a tooltip; never sideways.
        header.setResizeContentsPrecision(PAGE_SIZE)
        self.columns = FittedColumns(self.table)
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
        self.detail_facts = plain(selectable=True)
        self.detail_facts.setAccessibleName(self.tr("About this contact"))
        notes_label = QLabel(self.tr("What was sa&id or shown:"))
        self.notes = QPlainTextEdit()
        self.notes.setReadOnly(True)
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("What was said or shown"))
        self.notes.setMinimumHeight(self.notes.fontMetrics().height() * 4)
        notes_label.setBuddy(self.notes)
        self.findings = plain(selectable=True)
        self.findings.setAccessibleName(self.tr("Why it got its verdict"))
        self.seen_before = plain(selectable=True)
        self.seen_before.setAccessibleName(self.tr("Seen before"))
        self.outcome_label = plain(bold=True)
        self.outcome_label.setAccessibleName(self.tr("What it turned out to be"))
        self.outcome_buttons: dict[str, QPushButton] = {}
        buttons = FlowGrid(columns=5)  # onto more rows when the text is large
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
        # The checklists, resumed where they were left.
        self.steps_done = plain()
        self.steps_done.setAccessibleName(self.tr("Steps done"))
        self.checklist_buttons: dict[str, QPushButton] = {}
        steps_row = FlowGrid(columns=2)
        for name, text in (
            ("verify", self.tr("&Check it step by step")),
            ("recovery", self.tr("I let them in or paid: &recovery steps")),
        ):
            button = QPushButton(text)
            button.setAccessibleName(text.replace("&", ""))
            button.clicked.connect(lambda _checked=False, n=name: self._open_checklist(n))
            self.checklist_buttons[name] = button
            steps_row.addWidget(button)
        self.share_button = QPushButton(self.tr("Share a summar&y…"))
        self.share_button.setAccessibleName(self.tr("Share a summary of this contact"))
        self.share_button.clicked.connect(lambda: self.share(self.selected_id))
        buttons.addWidget(self.share_button)
        self.report_button = QPushButton(self.tr("Re&port it…"))
        self.report_button.setAccessibleName(
            self.tr("A report of this contact for the authorities")
        )
        self.report_button.clicked.connect(lambda: self.report(self.selected_id))
        buttons.addWidget(self.report_button)
        self.detail_sections: list[QWidget] = []
        detail_layout.addWidget(self.detail_heading)
        detail_layout.addWidget(self.detail_facts)
        self.picture = KeptPictureView(self._thread.submit, self._failed)  # if one is kept
        detail_layout.addWidget(self.picture)
        detail_layout.addWidget(self.outcome_label)
        detail_layout.addLayout(buttons)
        steps_heading = plain(self.tr("Step by step"), bold=True)
        self.detail_sections += [steps_heading, self.steps_done]
        detail_layout.addWidget(steps_heading)
        detail_layout.addWidget(self.steps_done)
        detail_layout.addLayout(steps_row)
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
        detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
        # Help-desk mode: the numbers and websites seen more than once this week.
        self.repeated = plain(selectable=True)
        self.repeated.setAccessibleName(self.tr("Seen more than once this week"))
        week = QWidget()
        week_box = QVBoxLayout(week)
        week_box.setContentsMargins(0, 0, 0, 0)
        week_box.addWidget(plain(self.tr("Seen more than once this week"), bold=True))
        week_box.addWidget(self.repeated)
        week_box.addStretch(1)
        self.week_view = QScrollArea()
        self.week_view.setAccessibleName(self.tr("Seen more than once this week"))
        self.week_view.setWidgetResizable(True)
        self.week_view.setFrameShape(QFrame.Shape.NoFrame)
        self.week_view.setWidget(week)
        self.week_view.setVisible(False)
        overview_layout.addWidget(self.week_view, 2)
        self.share_dialog: QWidget | None = None
        self.report_dialog: QWidget | None = None

        across = QSplitter(Qt.Orientation.Horizontal)
        across.addWidget(self.table)
        across.addWidget(detail_scroll)
        across.setStretchFactor(0, 3)
        across.setStretchFactor(1, 2)
        across.setChildrenCollapsible(False)
        # the detail goes below the list when both do not fit side by side
        side = SideBySide(
            across,
            lambda: self.columns.natural_width() + self.fontMetrics().averageCharWidth() * 50,
        )
        self.columns.measured = side.arrange
        down = QSplitter(Qt.Orientation.Vertical)
        down.addWidget(across)
        down.addWidget(overview)
        down.setStretchFactor(0, 3)
        down.setStretchFactor(1, 1)
        down.setChildrenCollapsible(False)
        down.setSizes([3 * self.chart.sizeHint().height(), self.chart.sizeHint().height()])
        side.changed = lambda stacked: down.setSizes(  # the list and the contact come first
            [down.height(), 0] if stacked else [3 * down.height() // 4, down.height() // 4]
        )

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
            self.steps_done.setText(self.tr("Looking…"))
        self.selected_id = contact["id"]
        self._show_contact(contact)
        contact_id = contact["id"]

        def more(
            log: CaseLog,
        ) -> tuple[dict[str, Any] | None, list[dict[str, Any]], dict[str, int]]:
            steps = {
                name: sum(log.checklist_progress(contact_id, name).values())
                for name in self.checklist_buttons
            }
            return log.get(contact_id), log.seen_before(contact_id), steps

        def arrived(
            answer: tuple[dict[str, Any] | None, list[dict[str, Any]], dict[str, int]],
        ) -> None:
            fresh, others, steps = answer
            if contact_id == self.selected_id and fresh is not None:
                self._show_contact(fresh)
                self.seen_before.setText(self._seen_before_text(others))
                self.steps_done.setText(self._steps_text(steps))

        self._thread.submit(more, arrived, self._failed)
        self.picture.load(contact_id)

    def _steps_text(self, steps: dict[str, int]) -> str:
        verify, recovery = steps.get("verify", 0), steps.get("recovery", 0)
        if not verify and not recovery:
            return self.tr("No steps ticked yet.")
        lines = []
        if verify:
            lines.append(self.tr("Checking steps done: {n}").format(n=verify))
        if recovery:
            lines.append(self.tr("Recovery steps done: {n}").format(n=recovery))
        return "\n".join(lines)

    def _open_checklist(self, name: str) -> None:
        if self._contact is not None:
            self.checklist_requested.emit(self._contact, name)

    def step_ticked(self, contact_id: int) -> None:
        """A checklist step of `contact_id` was ticked elsewhere: show the new count."""
        if contact_id == self.selected_id and self._contact is not None:
            self._selection_changed(QItemSelection(), QItemSelection())

    def _show_contact(self, contact: dict[str, Any] | None) -> None:
        self._contact = contact
        for widget in self.detail_sections:
            widget.setVisible(contact is not None)
        for button in (*self.outcome_buttons.values(), self.share_button, self.report_button):
            button.setEnabled(contact is not None)
        for button in self.checklist_buttons.values():
            button.setVisible(contact is not None)
        if contact is None:
            self.picture.load(None)
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
        lines = [f"• {f.get('title') or f.get('id', '')}" for f in contact.get("findings") or []]
        damaged = contact.get("damaged") or {}
        if "findings" in damaged:  # (the store read them as none: say so, not "none")
            lines = [
                self.tr(
                    "This entry is damaged: why it got its verdict was saved but could not "
                    "be read. The rest is shown as it was saved."
                )
            ]
        elif damaged:
            lines.append(
                self.tr(
                    "Part of this entry is damaged and could not be read; the rest is shown "
                    "as it was saved."
                )
            )
        self.findings.setText(
            "\n".join(lines) if lines else self.tr("No warning signs were found.")
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
            self.orgs.setText(self._orgs_text(orgs, names))

        self._thread.submit(read, arrived, self._failed)
        if not self.week_view.isHidden():
            self._thread.submit(
                lambda log: log.repeated_since(7),
                lambda rows: self.repeated.setText(self._repeated_text(rows)),
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

    def _repeated_text(self, rows: list[dict[str, Any]]) -> str:
        if not rows:
            return self.tr("No number or website was seen more than once in the last 7 days.")
        lines = []
        for row in rows:
            value = str(row["value"])
            if row["kind"] == "phone":
                kind = self.tr("Number")
                try:  # +18445550199 as +1 844-555-0199, easier to read out
                    import phonenumbers

                    value = phonenumbers.format_number(
                        phonenumbers.parse(value), phonenumbers.PhoneNumberFormat.INTERNATIONAL
                    )
                except phonenumbers.NumberParseException:
                    pass
            else:
                kind = self.tr("Website")
            lines.append(
                self.tr("{kind} {value}: {count} contacts, last {when}").format(
                    kind=kind,
                    value=value,
                    count=row["contacts"],
                    when=self.words.when(row.get("last_seen")),
                )
            )
        return "\n".join(lines)

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
