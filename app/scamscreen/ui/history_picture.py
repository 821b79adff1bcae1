"""The picture kept with a contact, in the History screen's detail (issue 17): a
thumbnail, "Open the picture" (full size, in a window of its own that Esc closes) and
"Remove the picture" (the contact stays). Hidden for a contact with no picture.

The picture is read and decoded on the case log's thread (QImage may be made off the GUI
thread; QPixmap may not), so choosing a contact never waits for it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from scamscreen.ui.adaptive import FlowGrid
from scamscreen.ui.keep_picture import show_thumbnail
from scamscreen.ui.verdict_panel import plain

if TYPE_CHECKING:
    from scamscreen.workspace import CaseLog

THUMBNAIL_LINES = 7  # the thumbnail's height, in lines of text (it grows with the text)
THUMBNAIL_MOST = 130  # ... up to this many pixels: at 200 % the detail has little room

Submit = Callable[..., None]


def _read(log: CaseLog, contact_id: int) -> tuple[int, QImage | None, str]:
    """On the log's thread: the picture kept with `contact_id`, decoded, and what it is."""
    kept = log.pictures.get(contact_id)
    if kept is None:
        return contact_id, None, ""
    image = QImage.fromData(kept.data)
    return contact_id, (None if image.isNull() else image), kept.format.upper()


class PictureWindow(QDialog):
    """The kept picture at its full size, scrolling when it is larger than the screen."""

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The picture kept with this contact"))
        self.setAccessibleName(self.tr("The picture kept with this contact"))
        self.picture = QLabel()
        self.picture.setAccessibleName(self.tr("The picture, full size"))
        self.picture.setPixmap(QPixmap.fromImage(image))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("The picture, full size"))
        scroll.setWidget(self.picture)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        buttons = QDialogButtonBox()
        self.close_button = buttons.addButton(
            self.tr("&Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)  # (Esc too, as every dialog)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() * 0.9
        width = min(image.width() + 40, room.width())
        height = min(image.height() + buttons.sizeHint().height() + 60, room.height())
        self.resize(max(width, 320), max(height, 240))


class KeptPictureView(QWidget):
    """The chosen contact's picture, if one is kept. `removed(contact_id)` once the
    person removed it; `failed(error)` when the log could not be read or written."""

    removed = Signal(int)

    def __init__(
        self, submit: Submit, on_error: Callable[[BaseException], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self._on_error = on_error
        self.contact_id: int | None = None
        self.image = QImage()
        self.viewer: PictureWindow | None = None
        self.confirm: QMessageBox | None = None  # "Remove the picture?", while asked
        heading = plain(self.tr("The picture you kept"), bold=True)
        self.about = plain()
        self.about.setAccessibleName(self.tr("About the picture"))
        self.thumbnail = QLabel()
        self.thumbnail.setAccessibleName(self.tr("The picture kept with this contact"))
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.open_button = QPushButton(self.tr("Open the pic&ture"))
        self.open_button.setAccessibleName(self.tr("Open the picture"))
        self.open_button.clicked.connect(self.open_picture)
        self.remove_button = QPushButton(self.tr("R&emove the picture"))
        self.remove_button.setAccessibleName(self.tr("Remove the picture"))
        self.remove_button.clicked.connect(self.ask_remove)
        buttons = FlowGrid(columns=2)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.thumbnail)
        layout.addWidget(self.about)
        layout.addLayout(buttons)
        self.setVisible(False)

    def load(self, contact_id: int | None) -> None:
        """Show the picture kept with `contact_id` (None: no contact is chosen)."""
        self.contact_id = contact_id
        if contact_id is None:
            self._show(None, "")
            return

        def arrived(answer: tuple[int, QImage | None, str]) -> None:
            chosen, image, kind = answer
            if chosen == self.contact_id:
                self._show(image, kind)

        self._submit(lambda log: _read(log, contact_id), arrived, self._on_error)

    def is_shown(self) -> bool:
        return not self.isHidden()

    def _show(self, image: QImage | None, kind: str) -> None:
        self.image = image if image is not None else QImage()
        if image is None:
            self.thumbnail.clear()
            self.setVisible(False)
            return
        self.about.setText(
            self.tr("Kept on this computer only ({kind}, {width} × {height}).").format(
                kind=kind, width=image.width(), height=image.height()
            )
        )
        self._show_thumbnail()
        self.setVisible(True)

    def _show_thumbnail(self) -> None:
        side = min(self.fontMetrics().height() * THUMBNAIL_LINES, THUMBNAIL_MOST)
        show_thumbnail(self.thumbnail, self.image, side)

    def changeEvent(self, event: Any) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.FontChange:
            self._show_thumbnail()  # the thumbnail follows the text size
        super().changeEvent(event)

    def open_picture(self) -> None:
        if self.image.isNull():
            return
        if self.viewer is not None:
            self.viewer.deleteLater()
        self.viewer = PictureWindow(self.image, self)
        self.viewer.open()

    def ask_remove(self) -> None:
        """Ask first: the picture is deleted for good (the contact stays)."""
        if self.contact_id is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove the picture"),
            self.tr("Remove the picture kept with this contact? It is deleted for good; "
                    "the contact and what was read from the picture stay."),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        remove = box.addButton(self.tr("&Remove it"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep it"), QMessageBox.ButtonRole.RejectRole)
        remove.setAccessibleName(self.tr("Remove it"))
        keep.setAccessibleName(self.tr("Keep it"))
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self.confirm = box
        box.finished.connect(lambda _result: self._answered(box.clickedButton() is remove))
        box.open()

    def _answered(self, remove: bool) -> None:
        if self.confirm is not None:
            self.confirm.deleteLater()
            self.confirm = None
        if remove:
            self.remove()

    def remove(self) -> None:
        """Forget the picture of the chosen contact (the contact stays)."""
        contact_id = self.contact_id
        if contact_id is None:
            return

        def done(_was: bool) -> None:
            if contact_id == self.contact_id:
                self._show(None, "")
            self.removed.emit(contact_id)

        self._submit(lambda log: log.pictures.remove(contact_id), done, self._on_error)
