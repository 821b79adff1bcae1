"""The verdict, the answer first: one big answer in words and an icon (never colour
alone), one sentence of what to do now, the trusted person, how to reach the real
company; then at most five reasons ("Show all reasons" for the rest) and the advice."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from scamscreen.ui.adaptive import Column, FlowGrid, vertical_scroll

if TYPE_CHECKING:
    from scamscreen.core.screening import Result

_ICONS = {  # resources/icons/verdict/: a shape of its own for each, never colour alone
    "likely_scam": "verdict/likely_scam",
    "suspicious": "verdict/suspicious",
    "no_red_flags": "verdict/no_red_flags",
    None: "verdict/unknown",
}
REASONS_SHOWN = 5  # before "Show all reasons"


def plain(
    text: str = "", *, bold: bool = False, size: float = 1.0, selectable: bool = False
) -> QLabel:
    """A label that never reads its text as HTML: contact text is shown as it came.
    `selectable` lets the user select and copy it (a number, an address they found)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if text:
        label.setAccessibleName(text)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if bold or size != 1.0:
        font = label.font()
        font.setBold(bold)
        font.setPointSizeF(font.pointSizeF() * size)
        label.setFont(font)
    return label


class VerdictPanel(QFrame):
    save_requested = Signal()
    verify_requested = Signal()
    recovery_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdict")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._verdict: str | None = None
        self._all_reasons = False
        layout = QVBoxLayout(self)

        # What scrolls: the answer at the top, where it is seen without scrolling.
        content = Column()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        banner = QHBoxLayout()
        self.icon = QLabel()
        self.icon.setTextFormat(Qt.TextFormat.PlainText)
        self.icon.setAccessibleName(self.tr("Verdict symbol"))
        self.headline = plain(bold=True, size=1.5)
        self.headline.setAccessibleName(self.tr("Verdict"))
        self.headline.setObjectName("headline")
        banner.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        banner.addWidget(self.headline, 1)
        column.addLayout(banner)
        self.subline = plain(size=1.15)
        self.subline.setAccessibleName(self.tr("What to do now"))
        column.addWidget(self.subline)

        self.trusted = plain(bold=True, selectable=True)
        self.trusted.setAccessibleName(self.tr("Your trusted person"))
        column.addWidget(self.trusted)

        self.official_heading = plain(bold=True)
        self.official_heading.setAccessibleName(self.tr("How to reach the real company"))
        self.official = plain(selectable=True)
        self.official.setAccessibleName(self.tr("The company's real contact"))
        column.addWidget(self.official_heading)
        column.addWidget(self.official)

        self.reasons_heading = plain(bold=True)
        self.reasons_heading.setAccessibleName(self.tr("Why"))
        column.addWidget(self.reasons_heading)
        self.reasons_box = QVBoxLayout()
        self.reasons_box.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.reasons_box)
        self.reasons: list[tuple[QLabel, QLabel]] = []  # (title, why), reused
        self.more_button = QPushButton()
        self.more_button.clicked.connect(self._toggle_reasons)
        more_row = QHBoxLayout()
        more_row.addWidget(self.more_button)
        more_row.addStretch(1)
        column.addLayout(more_row)

        self.advice_heading = plain(self.tr("What to do now:"), bold=True)
        self.advice = plain(selectable=True)
        self.advice.setAccessibleName(self.tr("What to do now, step by step"))
        column.addWidget(self.advice_heading)
        column.addWidget(self.advice)
        self.score = plain()
        self.score.setAccessibleName(self.tr("Risk score"))
        column.addWidget(self.score)
        column.addStretch(1)
        self.answer_scroll = vertical_scroll(content, self.tr("The answer"))
        layout.addWidget(self.answer_scroll, 1)

        # What stays in view: that it was saved, and the actions.
        self.saved = plain(bold=True)
        self.saved.setAccessibleName(self.tr("Saved"))
        self.saved.setVisible(False)
        layout.addWidget(self.saved)
        buttons = FlowGrid(columns=3)
        self.save_button = QPushButton(self.tr("&Save to history"))
        self.verify_button = QPushButton(self.tr("&Verify step by step"))
        self.recovery_button = QPushButton(self.tr("I already let them &in or paid"))
        for button, signal in (
            (self.save_button, self.save_requested),
            (self.verify_button, self.verify_requested),
            (self.recovery_button, self.recovery_requested),
        ):
            button.setAccessibleName(button.text().replace("&", ""))
            button.clicked.connect(signal.emit)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.show_result(None)

    def set_trusted_person(self, name: str, phone: str) -> None:
        self._trusted_person = (name, phone)
        self._show_trusted()

    def _show_trusted(self) -> None:
        """The trusted person is shown with every warning (and before any verdict, when
        there is one); "no warning signs" does not name them. A warning with no trusted
        person set still says to call someone."""
        name, phone = getattr(self, "_trusted_person", ("", ""))
        verdict = self._verdict
        warning = verdict in ("likely_scam", "suspicious")
        if name or phone:
            text = self.tr("Before you pay anyone or let anyone in, call {name}: {phone}").format(
                name=name or self.tr("your trusted person"), phone=phone
            )
            shown = verdict != "no_red_flags"
        else:
            text = self.tr(
                "Before you pay anyone or let anyone in, call someone you trust: a family "
                "member or a friend."
            )
            shown = warning
        self.trusted.setText(text)
        self.trusted.setVisible(shown)

    def show_icons(self) -> None:
        """Draw the verdict symbol from now on (the SVG code loads after the first paint;
        its place is kept from the start, so nothing moves)."""
        self._icons_shown = True
        self._set_icon(self._verdict)

    def _set_icon(self, verdict: str | None) -> None:
        self._verdict = verdict
        side = self.headline.fontMetrics().height() * 2
        self.icon.setFixedSize(side, side)
        if not getattr(self, "_icons_shown", False):
            return
        from scamscreen.ui import icons

        self.icon.setPixmap(
            icons.drawn(_ICONS[verdict], QSize(side, side), self.devicePixelRatioF())
        )

    def show_saved(self, saved: bool, text: str | None = None) -> None:
        """Say on the screen itself that the check was saved (until it changes); `text`
        says where, when not in the person's own history."""
        self.saved.setText(
            (text or self.tr("✓ Saved to your history. You can find it there later."))
            if saved
            else ""
        )
        self.saved.setVisible(saved)

    def show_result(self, result: Result | None) -> None:
        verdict = result.verdict.value if result else None
        self.setProperty("verdict", verdict or "none")
        self._set_icon(verdict)
        self._show_trusted()
        self.show_saved(False)
        self._result = result
        if result is None:
            self.headline.setText(self.tr("Tell me what happened"))
            self.subline.setText(
                self.tr("Choose how they contacted you, and type or paste what they said.")
            )
        else:
            self.headline.setText(
                {
                    "likely_scam": self.tr("This looks like a scam. Stop now."),
                    "suspicious": self.tr("Something is not right. Check before you do anything."),
                    "no_red_flags": self.tr("No warning signs found."),
                }[result.verdict]
            )
            self.subline.setText(
                {
                    "likely_scam": self.tr(
                        "Hang up or close it now: don't pay, don't install anything and "
                        "don't read out any code."
                    ),
                    "suspicious": self.tr(
                        "Don't pay or let anyone in until you have checked, through a "
                        "contact you look up yourself."
                    ),
                    "no_red_flags": self.tr(
                        "That is not proof it is real: if they want money, access or codes, "
                        "first check through a contact you look up yourself."
                    ),
                }[result.verdict]
                + "".join("\n\n" + warning for warning in result.warnings)
            )
        self._show_official(result)
        self._all_reasons = False
        self._show_reasons()
        self.advice.setText("\n".join(f"• {a}" for a in result.advice) if result else "")
        self.score.setText(
            self.tr("Risk score: {score} out of 100.").format(score=result.score)
            if result
            else ""
        )
        self.advice_heading.setVisible(bool(self.advice.text()))
        self.advice.setVisible(bool(self.advice.text()))
        self.score.setVisible(result is not None)
        for button in (self.save_button, self.verify_button, self.recovery_button):
            button.setEnabled(result is not None)
        self.answer_scroll.verticalScrollBar().setValue(0)  # a new answer is read from the top

    def _show_official(self, result: Result | None) -> None:
        contacts = result.official_contacts if result else ()
        if contacts:
            self.official_heading.setText(
                self.tr("How to reach {org} yourself:").format(org=contacts[0]["organisation"])
            )
            lines = [str(contacts[0]["label"])]
            lines += [
                f"{item['label']}: {item['value']}"
                for item in contacts[1:]
                if item["type"] == "phone"
            ]
            self.official.setText("\n".join(lines))
        elif result is not None and result.verdict != "no_red_flags":
            self.official_heading.setText(self.tr("How to reach the real company:"))
            self.official.setText(
                self.tr(
                    "Look up their number yourself: on their own website, a bill, or the "
                    "back of your card. Never use a number they gave you."
                )
            )
        else:
            self.official_heading.clear()
            self.official.clear()
        for label in (self.official_heading, self.official):
            label.setVisible(bool(label.text()))

    def _show_reasons(self) -> None:
        """The first five reasons in the engine's order, the rest behind a button."""
        result = getattr(self, "_result", None)
        findings = list(result.findings) if result is not None else []
        shown = findings if self._all_reasons else findings[:REASONS_SHOWN]
        while len(self.reasons) < len(shown):
            title, why = plain(bold=True, selectable=True), plain(selectable=True)
            why.setIndent(max(self.fontMetrics().averageCharWidth() * 2, 8))
            self.reasons_box.addWidget(title)
            self.reasons_box.addWidget(why)
            self.reasons.append((title, why))
        for n, (title, why) in enumerate(self.reasons):
            finding = shown[n] if n < len(shown) else None
            title.setText(finding.title if finding else "")
            title.setAccessibleName(finding.title if finding else "")
            why.setText(finding.detail if finding else "")
            why.setAccessibleName(finding.detail if finding else "")
            title.setVisible(finding is not None)
            why.setVisible(finding is not None)
        self.reasons_heading.setText(self.tr("Why:") if findings else "")
        self.reasons_heading.setVisible(bool(findings))
        hidden = len(findings) - REASONS_SHOWN
        if hidden > 0 and not self._all_reasons:
            self.more_button.setText(self.tr("Show all reasons (%n more)", "", hidden))
        elif hidden > 0:
            self.more_button.setText(self.tr("Show fewer reasons"))
        self.more_button.setAccessibleName(self.more_button.text() or self.tr("Show all reasons"))
        self.more_button.setVisible(hidden > 0)

    def _toggle_reasons(self) -> None:
        self._all_reasons = not self._all_reasons
        self._show_reasons()

    def text(self) -> str:
        """All the words the panel shows now, in order (for tests and for a screen
        reader's summary)."""
        labels = [self.headline, self.subline, self.trusted, self.official_heading, self.official]
        labels += [self.reasons_heading]
        labels += [label for pair in self.reasons for label in pair]
        labels += [self.advice_heading, self.advice, self.score]
        return "\n".join(
            label.text() for label in labels if label.text() and not label.isHidden()
        )
