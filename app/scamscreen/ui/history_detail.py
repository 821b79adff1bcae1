"""The chosen contact on the History screen: what it said, why it got its verdict, who
else used the same number or website, the steps ticked, and the buttons to mark what it
turned out to be, resume its checklists, share a summary or report it.

Text that came from a contact (notes, names, numbers) is only ever shown as plain text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from scamscreen.ui.adaptive import FlowGrid
from scamscreen.ui.history_model import Words
from scamscreen.ui.verdict_panel import plain

SEEN_BEFORE_SHOWN = 5


class ContactDetail(QScrollArea):
    """Shows one contact (`show_contact`; None: none is chosen). The buttons say what
    the person asked for: `mark` (an outcome), `checklist` ("verify" or "recovery"),
    `share` and `report`; the page does it."""

    mark = Signal(str)
    checklist = Signal(str)
    share = Signal()
    report = Signal()

    def __init__(self, words: Words, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = words
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        self._layout = detail_layout
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
        buttons = FlowGrid(columns=5)  # onto more rows when the text is large
        self.outcome_buttons = self._buttons(
            (
                ("confirmed_scam", self.tr("&Mark as scam")),
                ("genuine", self.tr("Mark as &genuine")),
                ("unknown", self.tr("&Not sure")),
            ),
            self.mark,
            buttons,
        )
        # The checklists, resumed where they were left.
        self.steps_done = plain()
        self.steps_done.setAccessibleName(self.tr("Steps done"))
        steps_row = FlowGrid(columns=2)
        self.checklist_buttons = self._buttons(
            (
                ("verify", self.tr("&Check it step by step")),
                ("recovery", self.tr("I let them in or paid: &recovery steps")),
            ),
            self.checklist,
            steps_row,
        )
        self.share_button = QPushButton(self.tr("Share a summar&y…"))
        self.share_button.setAccessibleName(self.tr("Share a summary of this contact"))
        self.share_button.clicked.connect(self.share)
        buttons.addWidget(self.share_button)
        self.report_button = QPushButton(self.tr("Re&port it…"))
        self.report_button.setAccessibleName(
            self.tr("A report of this contact for the authorities")
        )
        self.report_button.clicked.connect(self.report)
        buttons.addWidget(self.report_button)
        self.detail_sections: list[QWidget] = []
        detail_layout.addWidget(self.detail_heading)
        detail_layout.addWidget(self.detail_facts)
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
        self.setAccessibleName(self.tr("The chosen contact"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(detail)

    @staticmethod
    def _buttons(
        choices: tuple[tuple[str, str], ...], asked: SignalInstance, grid: FlowGrid
    ) -> dict[str, QPushButton]:
        """A button for each (value, words), in `grid`; a click emits `asked(value)`."""
        made: dict[str, QPushButton] = {}
        for value, text in choices:
            button = QPushButton(text)
            button.setAccessibleName(text.replace("&", ""))
            button.clicked.connect(lambda _checked=False, v=value: asked.emit(v))
            made[value] = button
            grid.addWidget(button)
        return made

    def add_below_facts(self, widget: QWidget) -> None:
        """A part of the page's own (the kept picture) under the contact's facts."""
        self._layout.insertWidget(self._layout.indexOf(self.detail_facts) + 1, widget)

    def looking(self) -> None:
        """Another contact was chosen: its history and steps are being read."""
        self.seen_before.setText(self.tr("Looking…"))
        self.steps_done.setText(self.tr("Looking…"))

    def show_more(
        self, others: list[dict[str, Any]], steps: dict[str, int], team_seen: int | None = None
    ) -> None:
        """What was read about the contact shown: the others that used its number or
        website, and the steps ticked in each checklist. `team_seen` (team mode): how
        many of the desk's contacts this week share its number or website, it included."""
        text = self._seen_before_text(others)
        if team_seen is not None and team_seen > 1:  # (once: "not seen before" says it)
            text = self.tr("Seen by your team {n} times this week.").format(n=team_seen)
            text += "\n" + self._seen_before_text(others)
        self.seen_before.setText(text)
        self.steps_done.setText(self._steps_text(steps))

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

    def show_contact(self, contact: dict[str, Any] | None) -> None:
        for widget in self.detail_sections:
            widget.setVisible(contact is not None)
        for button in (*self.outcome_buttons.values(), self.share_button, self.report_button):
            button.setEnabled(contact is not None)
        for button in self.checklist_buttons.values():
            button.setVisible(contact is not None)
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
