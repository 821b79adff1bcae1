"""Checking a picture in the app (issue 17): the words are read off the GUI thread, with a
progress indication and Cancel, and handed back to the Check screen to show and correct.

The Check screen's "what you saw" box is a `PictureTextEdit` (ui/picture_box.py): a
picture pasted (Ctrl+V) or dropped on it goes to the `PictureReader` instead of into the
text; "Check a picture…" opens one from a file. This module loads with the first picture.

The engine (Tesseract, Pillow) is imported on the first picture, in the worker thread:
the app's start-up never pays for it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from scamscreen.ui.tasks import run_in_background

_reader: Any = None
THUMBNAIL_SIDE = 480  # pixels: the Check screen shows it smaller, sharp at 200 % text


def _read(source: str | bytes, name: str) -> tuple[Any, Any, QImage]:
    """Runs on the worker thread: the engine is loaded there, on the first picture. The
    words, and the picture as it would be kept (ui/keep_picture.py: reduced, nothing but
    its pixels; encoded only if the person keeps it) with a thumbnail of it."""
    global _reader
    import io

    from scamscreen.core import ocr
    from scamscreen.core.kept_picture import bare

    if _reader is None:
        _reader = ocr.Reader()
    if isinstance(source, bytes):
        image = ocr.open_picture(io.BytesIO(source), name)
    else:
        image = ocr.open_file(source)
    reading = _reader.read_upright(image)
    picture = bare(image)
    return reading, picture, _thumbnail(picture)


def _thumbnail(picture: Any) -> QImage:
    """A small QImage of a Pillow picture (QImage, unlike QPixmap, may be made off the
    GUI thread)."""
    small = picture.convert("RGB")
    small.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE))
    data = small.tobytes()
    image = QImage(data, small.width, small.height, small.width * 3, QImage.Format.Format_RGB888)
    return image.copy()  # (its own pixels: `data` goes away)


class PictureReader(QObject):
    """Reads one picture at a time for `parent`; `read` carries the Reading (text, channel)
    of a picture with words. A picture without words, or one that cannot be read, is
    said in a message box; Cancel drops the answer (the engine finishes within a second
    or so in the background)."""

    read = Signal(object)
    # the picture as it would be kept (a Pillow image) and its thumbnail; just before `read`
    picture_read = Signal(object, QImage)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._job = 0
        self._dialog: QProgressDialog | None = None

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self._parent, self.tr("Check a picture"), "",
            self.tr("Pictures (*.png *.jpg *.jpeg *.bmp *.webp)"),
        )
        if path:
            self.read_path(path)

    def read_path(self, path: str) -> None:
        self._start(path, path)

    def read_image(self, image: QImage) -> None:
        """A pasted or dropped image: handed over as BMP (no compression, so the GUI
        thread spends a few milliseconds on it, not a PNG encoder's hundred)."""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # PySide6's stubs type the format as bytes, but the call refuses bytes (ValueError)
        # and takes a str: a test pastes a real picture through here
        image.convertToFormat(QImage.Format.Format_RGB32).save(buffer, "BMP")  # type: ignore[call-overload]
        buffer.close()
        self._start(bytes(data.data()), self.tr("the pasted picture"))

    def cancel(self) -> None:
        self._job += 1  # the answer of the job running now is dropped when it comes
        self._close_dialog()

    def _start(self, source: str | bytes, name: str) -> None:
        self._job += 1
        job = self._job
        self._close_dialog()
        dialog = QProgressDialog(self.tr("Reading the words on the picture…"),
                                 self.tr("Cancel"), 0, 0, self._parent)
        dialog.setWindowTitle(self.tr("Check a picture"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)  # a quick read shows no flash of a dialog
        dialog.canceled.connect(self.cancel)
        self._dialog = dialog
        run_in_background(
            lambda: _read(source, name),
            lambda answer: self._done(job, answer),
            lambda error: self._failed(job, error),
            self,
        )

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            dialog, self._dialog = self._dialog, None
            dialog.canceled.disconnect(self.cancel)
            dialog.reset()
            dialog.deleteLater()

    def _done(self, job: int, answer: tuple[Any, Any, QImage]) -> None:
        if job != self._job:
            return
        reading, picture, thumbnail = answer
        self._close_dialog()
        if not reading.has_words:
            QMessageBox.information(
                self._parent, self.tr("Check a picture"),
                self.tr("No words were found in this picture. Take the screenshot again "
                        "with the message in view, or type what it says."),
            )
            return
        self.picture_read.emit(picture, thumbnail)
        self.read.emit(reading)

    def _failed(self, job: int, error: BaseException) -> None:
        if job != self._job:
            return
        self._close_dialog()
        from scamscreen.core.ocr import PictureError

        if not isinstance(error, PictureError):
            raise error  # a bug, not the picture: the crash handler logs and shows it
        QMessageBox.information(self._parent, self.tr("Check a picture"),
                                self.tr("This picture cannot be checked: {problem}").format(
                                    problem=error.message))
