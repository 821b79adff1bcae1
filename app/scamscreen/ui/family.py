"""For families: the simple mode's PIN (kept hashed, never as typed), the dialog that
asks for it, and the printable reminder card.

The PIN is kept in QSettings as a salted PBKDF2-SHA256 hash. Five wrong tries in a row
lock it for 30 seconds (kept in the settings, so closing the app does not reset it); the
clock is injected so tests never sleep.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, QSettings, Qt
from PySide6.QtGui import QPaintDevice, QRegularExpressionValidator, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from scamscreen.ui.appearance import setting_bool, setting_int
from scamscreen.ui.verdict_panel import plain

PIN_MIN, PIN_MAX = 4, 8
PIN_PATTERN = rf"\d{{{PIN_MIN},{PIN_MAX}}}"
ITERATIONS = 200_000
MAX_TRIES = 5
WAIT_SECONDS = 30

SIMPLE = "simple/enabled"
_HASH, _SALT, _ROUNDS = "simple/pin_hash", "simple/pin_salt", "simple/pin_iterations"
_FAILURES, _LOCKED_UNTIL = "simple/failures", "simple/locked_until"


def valid_pin(pin: str) -> bool:
    return pin.isdigit() and PIN_MIN <= len(pin) <= PIN_MAX and pin.isascii()


def _hash(pin: str, salt: bytes, rounds: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", pin.encode("ascii"), salt, rounds)


def simple_mode(settings: QSettings) -> bool:
    return setting_bool(settings, SIMPLE, False) and has_pin(settings)


def has_pin(settings: QSettings) -> bool:
    return bool(settings.value(_HASH, "")) and bool(settings.value(_SALT, ""))


def set_pin(settings: QSettings, pin: str) -> None:
    """Keep a new PIN: only its salted hash is written."""
    if not valid_pin(pin):
        raise ValueError(f"a PIN is {PIN_MIN} to {PIN_MAX} digits")
    salt = os.urandom(16)
    settings.setValue(_SALT, salt.hex())
    settings.setValue(_ROUNDS, ITERATIONS)
    settings.setValue(_HASH, _hash(pin, salt, ITERATIONS).hex())
    settings.setValue(_FAILURES, 0)
    settings.setValue(_LOCKED_UNTIL, 0.0)
    from scamscreen.ui.app import private_settings

    private_settings(settings)  # written now, and the user's alone (0600)


class PinLock:
    """Checks a typed PIN against the kept hash, with the wait after too many tries."""

    OK, WRONG, WAIT = "ok", "wrong", "wait"

    def __init__(self, settings: QSettings, clock: Callable[[], float] = time.time) -> None:
        self.settings = settings
        self.clock = clock

    def wait_left(self) -> int:
        """Seconds still to wait before another try (0: a try may be made now)."""
        try:
            stored: Any = self.settings.value(_LOCKED_UNTIL, 0.0)  # float() decides
            until = float(stored or 0.0)
        except (TypeError, ValueError):
            until = 0.0
        left = until - self.clock()
        if left > WAIT_SECONDS:  # a clock that went back: never wait longer than promised
            left = WAIT_SECONDS
            self.settings.setValue(_LOCKED_UNTIL, self.clock() + WAIT_SECONDS)
        return max(0, int(left + 0.999))

    def tries_left(self) -> int:
        return max(0, MAX_TRIES - setting_int(self.settings, _FAILURES, 0))

    def attempt(self, pin: str) -> str:
        if self.wait_left():
            return self.WAIT
        try:
            salt = bytes.fromhex(str(self.settings.value(_SALT, "")))
            kept = bytes.fromhex(str(self.settings.value(_HASH, "")))
        except ValueError:
            salt, kept = b"", b""
        rounds = setting_int(self.settings, _ROUNDS, ITERATIONS)
        right = (
            bool(kept) and valid_pin(pin) and hmac.compare_digest(_hash(pin, salt, rounds), kept)
        )
        if right:
            self.settings.setValue(_FAILURES, 0)
            self.settings.sync()
            return self.OK
        failures = setting_int(self.settings, _FAILURES, 0) + 1
        if failures >= MAX_TRIES:
            failures = 0
            self.settings.setValue(_LOCKED_UNTIL, self.clock() + WAIT_SECONDS)
        self.settings.setValue(_FAILURES, failures)
        self.settings.sync()
        return self.WRONG if failures else self.WAIT


def pin_field(parent: QWidget | None = None) -> QLineEdit:
    """A field for a PIN: digits only, shown as dots."""
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(PIN_MAX)
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData
    )
    from PySide6.QtCore import QRegularExpression

    field.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), field))
    return field


class PinDialog(QDialog):
    """Asks for the helper's PIN before simple mode is left."""

    def __init__(self, lock: PinLock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lock = lock
        self.setWindowTitle(self.tr("Leave simple mode"))
        self.setAccessibleName(self.tr("Leave simple mode"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain(
                self.tr(
                    "Simple mode was set up by your helper. To see everything again, type "
                    "the PIN they chose."
                )
            )
        )
        label = QLabel(self.tr("&PIN:"))
        self.pin = pin_field()
        self.pin.setAccessibleName(self.tr("PIN"))
        label.setBuddy(self.pin)
        layout.addWidget(label)
        layout.addWidget(self.pin)
        self.message = plain()
        self.message.setAccessibleName(self.tr("About the PIN"))
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(
            self.tr("&Leave simple mode"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(
            self.tr("&Stay in simple mode"), QDialogButtonBox.ButtonRole.RejectRole
        )
        for button in (self.ok_button, self.cancel_button):
            button.setAccessibleName(button.text().replace("&", ""))
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.try_pin)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        waiting = self.lock.wait_left()
        if waiting:
            self._say(self._wait_words(waiting))

    def _wait_words(self, seconds: int) -> str:
        return self.tr(
            "That was too many wrong tries. Please wait {seconds} seconds, then try again."
        ).format(seconds=seconds)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.show()

    def try_pin(self) -> None:
        answer = self.lock.attempt(self.pin.text())
        if answer == PinLock.OK:
            self.accept()
            return
        self.pin.clear()
        self.pin.setFocus()
        if answer == PinLock.WAIT:
            self._say(self._wait_words(self.lock.wait_left()))
        else:
            self._say(
                self.tr("That PIN is not right. Tries left before a short wait: {n}").format(
                    n=self.lock.tries_left()
                )
            )


# -- the reminder card -------------------------------------------------------------------


def card_lines(name: str, phone: str) -> tuple[str, list[str], str]:
    """The card's heading, its reminders and the trusted person's line, in the language
    of the app (context "ReminderCard" in the translation files)."""
    from PySide6.QtCore import QCoreApplication

    reminders = [
        QCoreApplication.translate("ReminderCard", "Microsoft will never call you."),
        QCoreApplication.translate("ReminderCard", "Nobody legitimate asks for gift cards."),
        QCoreApplication.translate("ReminderCard", "Never let a stranger into your computer."),
        QCoreApplication.translate(
            "ReminderCard", "Hang up. Look the number up yourself. Call back."
        ),
    ]
    if name or phone:
        who = QCoreApplication.translate(
            "ReminderCard", "Before you pay anyone, call {name}: {phone}"
        ).format(
            name=name or QCoreApplication.translate("ReminderCard", "your trusted person"),
            phone=phone,
        )
    else:
        who = QCoreApplication.translate(
            "ReminderCard", "Before you pay anyone, call someone you trust."
        )
    heading = QCoreApplication.translate("ReminderCard", "Stop and check")
    return heading, reminders, who


def card_document(heading: str, reminders: list[str], who: str) -> QTextDocument:
    """The card's text in large type, laid out in points. The text goes in as plain
    text, never as HTML."""
    from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor

    document = QTextDocument()
    base = QFont("Sans Serif")
    base.setPointSizeF(24)
    document.setDefaultFont(base)
    document.setDocumentMargin(0)
    cursor = QTextCursor(document)
    spaced = QTextBlockFormat()
    spaced.setBottomMargin(24)

    def line(text: str, size: float, bold: bool) -> None:
        fmt = QTextCharFormat()
        font = QFont(base)
        font.setPointSizeF(size)
        font.setBold(bold)
        fmt.setFont(font)
        if not cursor.atStart() or document.characterCount() > 1:
            cursor.insertBlock(spaced)
        else:
            cursor.setBlockFormat(spaced)
        cursor.insertText(text, fmt)

    line(heading, 40, True)
    for reminder in reminders:
        line(f"• {reminder}", 28, False)
    line(who, 30, True)
    return document


def paint_card(device: QPaintDevice, document: QTextDocument, page: QRectF) -> None:
    """Draw the card on `device` (a PDF writer, or an image to look at) within `page`,
    given in the device's pixels; the document is in points."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QPainter

    scale = device.logicalDpiX() / 72
    document.setPageSize(QSizeF(page.width() / scale, page.height() / scale))
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the card cannot be drawn here")
    try:
        painter.translate(page.topLeft())
        painter.scale(scale, scale)
        document.drawContents(painter)
    finally:
        painter.end()


def write_card_pdf(path: Path, heading: str, reminders: list[str], who: str) -> Path:
    """The one-page card in large type, as a PDF (Qt's own writer), saved the safe way
    (`scamscreen.pdf.pdf_file`: a new 0600 file, renamed into place when complete)."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    from scamscreen.pdf import pdf_file

    def draw(writer: QPdfWriter) -> None:
        writer.setTitle(heading)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
        rect = writer.pageLayout().paintRectPixels(writer.resolution())
        document = card_document(heading, reminders, who)
        try:
            paint_card(writer, document, QRectF(0, 0, rect.width(), rect.height()))
        except OSError:
            raise OSError(f"cannot write {path}") from None

    return pdf_file(path, draw)
