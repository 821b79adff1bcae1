"""The verdict: one big answer in words and an icon (never colour alone), the reasons,
how to reach the company yourself, and what to do now."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from scamscreen.core.screening import Result

_ICONS = {  # resources/icons/verdict/: a shape of its own for each, never colour alone
    "likely_scam": "verdict/likely_scam",
    "suspicious": "verdict/suspicious",
    "no_red_flags": "verdict/no_red_flags",
    None: "verdict/unknown",
}


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
        layout = QVBoxLayout(self)

        banner = QHBoxLayout()
        self.icon = QLabel()
        self.icon.setTextFormat(Qt.TextFormat.PlainText)
        self.icon.setAccessibleName(self.tr("Verdict symbol"))
        self.headline = plain(bold=True, size=1.5)
        self.headline.setAccessibleName(self.tr("Verdict"))
        self.headline.setObjectName("headline")
        banner.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        banner.addWidget(self.headline, 1)
        layout.addLayout(banner)
        self.subline = plain()
        self.subline.setAccessibleName(self.tr("What the verdict means"))
        layout.addWidget(self.subline)

        self.trusted = plain(bold=True, selectable=True)
        self.trusted.setAccessibleName(self.tr("Your trusted person"))
        layout.addWidget(self.trusted)

        # Reasons, the official contact and advice in one read-only document: it scrolls
        # on its own at any text size, and is built with insertText, never as HTML.
        self.details = QTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Why, and what to do now"))
        self.details.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(self.details, 1)

        buttons = QHBoxLayout()
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
        verdict = getattr(self, "_verdict", None)
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

    def show_result(self, result: Result | None) -> None:
        verdict = result.verdict if result else None
        self.setProperty("verdict", verdict or "none")
        self._set_icon(verdict)
        self._show_trusted()
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
                        "Hang up or close it. Don't pay, don't install anything, don't read "
                        "out any code. Risk score: {score} out of 100."
                    ),
                    "suspicious": self.tr(
                        "Don't pay or let anyone in until you have checked, through a "
                        "contact you look up yourself. Risk score: {score} out of 100."
                    ),
                    "no_red_flags": self.tr(
                        "That is not proof it is real: if they want money, access or codes, "
                        "still check through a contact you look up yourself. "
                        "Risk score: {score} out of 100."
                    ),
                }[result.verdict].format(score=result.score)
            )
        self._fill_details(result)
        for button in (self.save_button, self.verify_button, self.recovery_button):
            button.setEnabled(result is not None)

    def _fill_details(self, result: Result | None) -> None:
        self.details.clear()
        if result is None:
            return
        from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor  # (after start-up)

        cursor = self.details.textCursor()
        cursor.beginEditBlock()  # one layout for the whole text, not one per line
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        heading.setFontPointSize(self.font().pointSizeF() * 1.15)
        strong = QTextCharFormat()
        strong.setFontWeight(QFont.Weight.Bold)
        normal = QTextCharFormat()

        def block(text: str, fmt: QTextCharFormat) -> None:
            if not cursor.atStart():
                cursor.insertBlock()
            cursor.insertText(text, fmt)

        if result.findings:
            block(self.tr("Why:"), heading)
            for finding in result.findings:
                block(finding.title, strong)
                block(finding.detail, normal)
        contacts = result.official_contacts
        if contacts:
            block(
                self.tr("How to reach {org} yourself:").format(org=contacts[0]["organisation"]),
                heading,
            )
            block(contacts[0]["label"], normal)
            for item in contacts[1:]:
                if item["type"] == "phone":
                    block(f"{item['label']}: {item['value']}", normal)
        if result.advice:
            block(self.tr("What to do now:"), heading)
            for advice in result.advice:
                block(f"• {advice}", normal)
        cursor.endEditBlock()
        self.details.moveCursor(QTextCursor.MoveOperation.Start)
