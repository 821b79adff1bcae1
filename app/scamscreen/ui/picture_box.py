"""The Check screen's "what you saw" box, which takes pictures as well as text: small and
apart from ui/picture.py, so the app's start-up builds the box without loading the reader
(its classes cost a few milliseconds to make, and nobody has pasted a picture yet)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QPlainTextEdit

PICTURE_ENDINGS = (".png", ".jpg", ".jpeg", ".bmp", ".webp")


class PictureTextEdit(QPlainTextEdit):
    """A plain-text box that hands a pasted or dropped picture to `image_given` /
    `file_given` instead of inserting it; text is pasted as plain text, as before."""

    image_given = Signal(QImage)
    file_given = Signal(str)

    @staticmethod
    def _picture_file(source: QMimeData) -> str | None:
        for url in source.urls() if source.hasUrls() else ():
            path = url.toLocalFile()
            if path.lower().endswith(PICTURE_ENDINGS):
                return path
        return None

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        if source.hasImage() or self._picture_file(source):
            return True
        return super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        path = self._picture_file(source)
        if path:
            self.file_given.emit(path)
        elif source.hasImage():
            image = source.imageData()
            if isinstance(image, QImage) and not image.isNull():
                self.image_given.emit(image)
        else:
            super().insertFromMimeData(source)
