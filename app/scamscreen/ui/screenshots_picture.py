"""The screenshots of a picture checked and kept (issue 17), for ui/screenshots.py: the
Check screen just after a pop-up's screenshot was read ("check-picture"), and History
showing the contact saved with its picture ("history-picture"). The pop-up is drawn here
with Qt, as a scammer's page looks, and read by the real engine."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QScrollArea, QWidget

from scamscreen.ui.main_window import MainWindow

POPUP_LINES = (
    ("Windows Defender Security Center", 30, True),
    ("Access to this PC has been blocked for security reasons.", 22, False),
    ("Your computer has alerted us that it has been infected with a Trojan Spyware.", 20, False),
    ("Do not restart or shut down your computer.", 20, False),
    ("Call Microsoft Support: 1-888-555-0142 (Toll Free)", 26, True),
)
ADDRESS = "https://microsoft-alert-support.com/?warning=ERR-0x80070424"


def popup_picture(width: int = 1366, height: int = 768) -> QImage:
    """A full-screen scareware pop-up, as a person's screenshot shows it."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#0b5cad"))
    painter = QPainter(image)
    painter.fillRect(0, 0, width, 56, QColor("#f1f1f1"))
    painter.setPen(QColor("#202020"))
    font = QFont("DejaVu Sans")
    font.setPixelSize(17)
    painter.setFont(font)
    painter.drawText(QRect(20, 0, width - 40, 56), Qt.AlignmentFlag.AlignVCenter, ADDRESS)
    box = QRect(width // 8, 130, width * 3 // 4, height - 230)
    painter.fillRect(box, QColor("white"))
    painter.setPen(QColor("#111111"))
    top = box.top() + 40
    for text, size, bold in POPUP_LINES:
        font.setPixelSize(size)
        font.setBold(bold)
        painter.setFont(font)
        line = QRect(box.left() + 40, top, box.width() - 80, size * 3)
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, text)
        top += size * 3
    painter.end()
    return image


def shoot(
    window: MainWindow,
    scale: int,
    save: Callable[[QWidget, str, int], None],
    measure: Callable[[str, int, QWidget], None],
    wait: Callable[[Callable[[], bool]], None],
) -> None:
    """The two screens at one text size, in `window` (the Check screen is left with the
    contact saved, its picture kept)."""
    window.new_check()
    check = window.check
    check.org.setText("Microsoft")  # as the pop-up said
    check.pictures.read_image(popup_picture())
    wait(lambda: check.keep_picture.isVisible() and bool(check.text.toPlainText()))
    before = check.result  # (what the name alone got, or nothing yet)
    check._timer.stop()
    check._screen_now()  # the words read, screened (as the pause in typing would)
    wait(lambda: check.result is not None and check.result is not before
         and check.wait_idle())
    window.first_painted.emit()
    wait(lambda: True)
    check.form_scroll.ensureWidgetVisible(check.keep_picture, 0, 0)
    wait(lambda: True)
    save(window, "check-picture", scale)
    measure("check-picture", scale, window)

    check.keep_picture.keep.setChecked(True)
    window.save()
    wait(lambda: window.saved_id is not None)
    saved = window.saved_id
    assert saved is not None
    window.show_page(window.history)
    history = window.history
    wait(lambda: history.is_idle() and history.model.row_of(saved) is not None)
    history.table.selectRow(history.model.row_of(saved) or 0)
    wait(lambda: history.picture.is_shown() and "…" not in history.seen_before.text())
    detail = history.picture.parentWidget()
    while detail is not None and not isinstance(detail, QScrollArea):
        detail = detail.parentWidget()
    inside = detail.widget() if detail is not None else None
    if detail is not None and inside is not None:  # (at 200 % the detail scrolls)
        top = history.picture.mapTo(inside, history.picture.rect().topLeft()).y()
        detail.verticalScrollBar().setValue(top)
        wait(lambda: True)
    save(window, "history-picture", scale)
    measure("history-picture", scale, window)
