"""What the boxes of the Settings screen are made of: wrapping labels, labelled fields
that go onto two lines when the window is narrow, and `Section`, one box of the screen.
The boxes with behaviour of their own (the trusted person, simple mode, the data folder
and retention, the scam lists) are widgets in their own modules, built by settings_page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scamscreen.ui.adaptive import wrapping_form
from scamscreen.ui.verdict_panel import plain

# How a section writes a setting: the page's `_store`, which says when it could not be
# saved and tells the window that a setting changed.
Store = Callable[[str, Any], None]


def wrapped(text: str = "") -> QLabel:
    """A plain-text label whose height follows its width: wrapped to two lines when the
    window is narrow, one line (and no empty space around it) when it is wide."""
    label = plain(text)
    policy = label.sizePolicy()
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


def selectable(label: QLabel) -> QLabel:
    """A label whose text can be selected and copied (a folder, a data version)."""
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label


class Column(QWidget):
    """The scrolled content. Its height is the one its wrapped labels need at its width
    (height for width), not the height they would need squeezed to their narrowest, so
    the scroll area neither leaves empty space below nor cuts anything off."""

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), 0)


class Section(QGroupBox):
    """One titled box of the Settings screen (its subclass sets the title), with its
    own column (`box`) and the labelled forms in it (`forms`, whose gaps the page sizes
    with the text)."""

    def __init__(self, settings: QSettings, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._store = store
        self.box = QVBoxLayout(self)
        self.forms: list[QFormLayout] = []

    def form(self) -> QFormLayout:
        """Labelled fields; a label goes above its field when the row does not fit."""
        form = wrapping_form()
        self.box.addLayout(form)
        self.forms.append(form)
        return form

    @staticmethod
    def row(form: QFormLayout, text: str, widget: QWidget) -> QLabel:
        """A field with its label: the label's mnemonic (Alt+letter) moves to the field."""
        label = QLabel(text)
        label.setBuddy(widget)
        widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        form.addRow(label, widget)
        return label

    @staticmethod
    def describe(label: QLabel, about: str) -> None:
        """A label whose words change: its accessible name follows its text (a screen
        reader reads what it says now); `about` says what it is about."""
        label.setAccessibleName("")
        label.setAccessibleDescription(about)

    def button(self, text: str, slot: Callable[[], Any]) -> QPushButton:
        """A button on a row of its own, added to the box; its accessible name is its
        words without the mnemonic and the ellipsis."""
        widget = QPushButton(text)
        widget.setAccessibleName(text.replace("&", "").rstrip("…"))
        widget.clicked.connect(slot)
        row = QHBoxLayout()
        row.addWidget(widget)
        row.addStretch(1)
        self.box.addLayout(row)
        return widget

    def hint(self, text: str, *describes: QWidget) -> QLabel:
        """A line of explanation under a field, added to the box; it is the field's
        accessible description too."""
        label = wrapped(text)
        for widget in describes:
            widget.setAccessibleDescription(text)
        self.box.addWidget(label)
        return label
