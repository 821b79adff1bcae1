"""A summary to share with family: one contact, or the last 30 days, as plain text the
user can copy. The user's own details (the profile kept in the case log's settings:
name, email, phone) and account and card numbers are left out by default, through the
same `Redactor` as the exports; the scammers' numbers, addresses and links stay."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scamscreen.ui.verdict_panel import plain
from scamscreen.workspace import Workspace

if TYPE_CHECKING:
    from scamscreen.workspace import CaseLog, Redactor

DAYS = 30
MOST = 200  # contacts in a summary of the last days (the newest)


def read_for_summary(
    log: CaseLog, contact_id: int | None = None, *, days: int = DAYS, today: datetime | None = None
) -> tuple[list[dict[str, Any]], Redactor]:
    """The contacts to summarise (one, or those of the last `days` days, newest first)
    and the redactor for this user. Runs where the case log is (off the GUI thread)."""
    if contact_id is not None:
        row = log.get(contact_id)
        rows = [row] if row is not None else []
    else:
        since = ((today or datetime.now(UTC)) - timedelta(days=days)).strftime(
            "%Y-%m-%dT%H:%M:%S.%fZ"
        )
        rows = log.search(since=since, limit=MOST)
    return rows, Workspace.redactor_for(log)


class Summary(QObject):
    """Writes the summary's words (translatable)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from scamscreen.ui.history_model import Words

        self.words = Words(self)

    def text(
        self, rows: list[dict[str, Any]], redactor: Redactor | None, *, days: int | None = None
    ) -> str:
        if days is not None:
            if not rows:
                return self.tr("No contacts were saved in the last {days} days.").format(days=days)
            head = self.tr("ScamScreen: {count} contacts in the last {days} days").format(
                count=len(rows), days=days
            )
        else:
            head = self.tr("ScamScreen: one contact")
        parts = [head]
        if redactor is not None:
            parts.append(self.tr("(Personal details and account numbers are left out.)"))
        for row in rows:
            parts.append("")
            parts.extend(self._contact(redactor.contact(row) if redactor else row, redactor))
        return "\n".join(parts)

    def _contact(self, row: dict[str, Any], redactor: Redactor | None) -> list[str]:
        def clean(value: Any) -> str:
            text = str(value or "").strip()
            return redactor.text(text) if redactor is not None and text else text

        words = self.words
        lines = [
            self.tr("{when}: {verdict}").format(
                when=words.when(row.get("contacted_at"), long=True),
                verdict=words.verdict(row.get("verdict")),
            )
        ]
        facts = [
            (self.tr("How"), words.channel(row.get("channel"))),
            (self.tr("They said they were"), clean(row.get("claimed_org"))),
            (self.tr("Number"), row.get("phone")),
            (self.tr("Email"), row.get("email")),
            (self.tr("Link"), row.get("url")),
            (self.tr("Risk score"), self.tr("{score} out of 100").format(score=row.get("score"))),
            (self.tr("Turned out to be"), words.outcome(row.get("outcome"))),
            (self.tr("Paid how"), clean(row.get("paid_how"))),
        ]
        lines += [self.tr("{name}: {value}").format(name=n, value=v) for n, v in facts if v]
        findings = row.get("findings") or []
        if findings:
            lines.append(self.tr("Warning signs:"))
            lines += [f"• {clean(f.get('title'))}" for f in findings]
        notes = clean(row.get("notes"))
        if notes:
            lines.append(self.tr("What was said or shown:"))
            lines.append(notes)
        return lines


class ShareDialog(QDialog):
    """The summary, shown as plain text to copy; redacted unless the user says not to."""

    def __init__(
        self,
        rows: list[dict[str, Any]],
        redactor: Redactor,
        days: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.rows, self.redactor, self.days = rows, redactor, days
        self.summary = Summary(self)
        title = self.tr("Share a summary")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        intro = plain(
            self.tr("Copy this and paste it into an email or a message to someone you trust.")
        )
        layout.addWidget(intro)
        self.redact = QCheckBox(self.tr("Leave out my &personal details"))
        self.redact.setAccessibleName(self.tr("Leave out my personal details"))
        self.redact.setChecked(True)
        self.redact.toggled.connect(self._fill)
        layout.addWidget(self.redact)
        label = QLabel(self.tr("The &summary:"))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("The summary"))
        label.setBuddy(self.text)
        layout.addWidget(label)
        layout.addWidget(self.text, 1)
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.close_button = QPushButton(self.tr("C&lose"))
        for button in (self.copy_button, self.close_button):
            button.setAccessibleName(button.text().replace("&", ""))
            buttons.addWidget(button)
        buttons.insertStretch(0, 1)
        self.copy_button.clicked.connect(self.copy)
        self.close_button.clicked.connect(self.accept)
        layout.addLayout(buttons)
        self.copied = plain()
        self.copied.setAccessibleName(self.tr("Copied"))
        self.copied.hide()
        layout.addWidget(self.copied)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 80, metrics.height() * 28)
        self._fill()

    def _fill(self, *_args: object) -> None:
        redactor = self.redactor if self.redact.isChecked() else None
        self.text.setPlainText(self.summary.text(self.rows, redactor, days=self.days))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.copied.setText(self.tr("Copied. You can now paste it."))
        self.copied.show()
