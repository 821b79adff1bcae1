"""The Check screen's "Keep the picture with this contact" (issue 17): shown once a
picture was read, off until the person ticks it. Only then is the picture saved with the
contact, re-encoded from its pixels alone (core/kept_picture.py), in the case log on this
computer. Apart from check_page.py so that the screen's module stays small; Pillow is
never imported here (the picture arrives decoded, from ui/picture.py's worker)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget

from scamscreen.ui.verdict_panel import plain

THUMBNAIL_LINES = 5  # the thumbnail's height, in lines of text (it grows with the text)


def show_thumbnail(label: QLabel, image: QImage, side: int) -> None:
    """`image` on `label`, at most `side` pixels high and twice that wide, sharp on a
    high-density screen; nothing for an empty image."""
    if image.isNull():
        return
    ratio = label.devicePixelRatioF()
    scaled = image.scaled(
        round(side * 2 * ratio), round(side * ratio),
        Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation,
    )
    pixmap = QPixmap.fromImage(scaled)
    pixmap.setDevicePixelRatio(ratio)
    label.setPixmap(pixmap)


class KeepPictureBox(QWidget):
    """The thumbnail of the picture read, and the box to keep it. `keep_changed` says
    when the person ticks or unticks it (the window keeps or forgets the picture of a
    contact already saved)."""

    keep_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._picture: Any = None  # the picture as it would be kept (a Pillow image)
        self._thumbnail = QImage()
        self.thumbnail = QLabel()
        self.thumbnail.setAccessibleName(self.tr("The picture that was read"))
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.keep = QCheckBox(self.tr("Keep the picture with this c&ontact"))
        self.keep.setAccessibleName(self.tr("Keep the picture with this contact"))
        self.keep.toggled.connect(self._toggled)
        self.explanation = plain(self._words(team=False))
        self.explanation.setAccessibleName(self.tr("About keeping the picture"))
        self.keep.setAccessibleDescription(self.explanation.text())
        words = QVBoxLayout()
        words.setContentsMargins(0, 0, 0, 0)
        words.addWidget(self.keep)
        style = self.keep.style()  # the explanation lines up with the box's words
        indent = style.pixelMetric(
            QStyle.PixelMetric.PM_IndicatorWidth, None, self.keep
        ) + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, self.keep)
        self.explanation.setContentsMargins(indent, 0, 0, 0)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        words.addWidget(self.explanation)
        words.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.thumbnail, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(words, 1)
        self.setVisible(False)

    def set_picture(self, picture: Any, thumbnail: QImage) -> None:
        """A picture was read: offer to keep it (unticked: a new picture is a new choice)."""
        self._picture = picture
        self._thumbnail = thumbnail
        self.keep.setChecked(False)
        self._show_thumbnail()
        self.setVisible(True)

    def clear(self) -> None:
        """A new check: no picture."""
        self._picture = None
        self._thumbnail = QImage()
        self.thumbnail.clear()
        self.keep.setChecked(False)
        self.setVisible(False)

    def _words(self, *, team: bool) -> str:
        if team:
            return self.tr("Pictures are never sent to your team, so in team mode they are "
                           "not kept: keep a copy of it yourself if you need one.")
        return self.tr("It stays on this computer, in your history; it is never sent anywhere.")

    def set_team_mode(self, team: bool) -> None:
        """In team mode the contact goes to the team's log, which keeps no picture (they
        never leave the computer): say so, and offer no choice that cannot be kept."""
        if team:
            self.keep.setChecked(False)
        self.keep.setEnabled(not team)
        self.explanation.setText(self._words(team=team))
        self.keep.setAccessibleDescription(self.explanation.text())

    def picture_to_keep(self) -> Any:
        """The picture to save with the contact (a Pillow image), or None when there is
        none or the box is not ticked."""
        return self._picture if self._picture is not None and self.keep.isChecked() else None

    def has_picture(self) -> bool:
        return self._picture is not None

    def current_picture(self) -> Any:
        """The picture offered (ticked or not), or None."""
        return self._picture

    def _toggled(self, on: bool) -> None:
        if self._picture is not None:
            self.keep_changed.emit(on)

    def _show_thumbnail(self) -> None:
        side = self.fontMetrics().height() * THUMBNAIL_LINES
        show_thumbnail(self.thumbnail, self._thumbnail, side)

    def changeEvent(self, event: Any) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.FontChange:
            self._show_thumbnail()  # the thumbnail follows the text size
        super().changeEvent(event)
