"""Small pieces the lists' dialogs share: labels and buttons made the same way, and
dates, sizes, counts and list entries written as a person reads them."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import QLabel, QPushButton

from scamscreen.ui.verdict_panel import plain

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
