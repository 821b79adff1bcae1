"""The boxes of the Settings screen about the person's saved data: the data folder with
backup and restore, and how long contacts are kept. That setting lives in the case log
itself, because the log applies it every time it is opened; the case log is only ever
opened off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QSpinBox, QWidget

from scamscreen.ui.adaptive import FlowGrid
from scamscreen.ui.problems import in_words
from scamscreen.ui.settings_parts import Section, Store, selectable, wrapped
from scamscreen.ui.tasks import run_in_background

RETENTION_MAX_DAYS = 3650  # ten years; 0 keeps everything


class _NotABackup(Exception):
    """The chosen file is not a case log that can be restored; nothing was touched."""


class RetentionSection(Section):
    """The box "Forgetting old contacts": read from the case log when the screen is built, and
    written when the person is done with the box. `changed` is emitted once written."""

    changed = Signal()

    def __init__(
        self, settings: QSettings, store: Store, home: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(settings, store, parent)
        self.setTitle(self.tr("Forgetting old contacts"))
        self.home = home
        self.retention_ready = False  # the case log's value has been read
        self.dirty = False
        self.saving = False
        self.busy = False  # a backup or a restore is running
        self.retention = QSpinBox()
        self.retention.setRange(0, RETENTION_MAX_DAYS)
        self.retention.setSpecialValueText(self.tr("Keep everything"))
        self.retention.setSuffix(self.tr(" days"))
        self.retention.setKeyboardTracking(False)
        self.retention.setEnabled(False)  # until the case log has said what it is
        self.row(self.form(), self.tr("Forget contacts &after:"), self.retention)
        self.hint(
            self.tr(
                "Contacts older than this are deleted for good each time ScamScreen "
                "opens your history. Choose “Keep everything” to keep them all."
            ),
            self.retention,
        )
        self.retention_status = wrapped()
        self.retention_status.setAccessibleName(self.tr("About forgetting old contacts"))
        self.retention_status.hide()
        self.box.addWidget(self.retention_status)
        self.retention.valueChanged.connect(self._retention_changed)
        # Written when the user is done with the box (Enter, or moving on), not at every
        # step of the arrows: passing through "1 day" on the way to 30 must not stick.
        self.retention.editingFinished.connect(self.store_retention)

    def set_busy(self, busy: bool) -> None:
        """Not to be changed while a backup or a restore runs."""
        self.busy = busy
        self.retention.setEnabled(self.retention_ready and not busy)

    def load(self) -> None:
        home = self.home

        def work() -> str | None:
            from scamscreen.workspace import Workspace

            return Workspace(home).log_setting("retention_days")

        def failed(error: BaseException) -> None:
            self.retention_status.setText(
                self.tr("How long contacts are kept cannot be changed now: {problem}").format(
                    problem=in_words(error)
                )
            )
            self.retention_status.show()

        run_in_background(work, self.show_value, failed, self)

    def show_value(self, value: str | None) -> None:
        days = int(value) if value and value.isdigit() else 0
        self.retention.blockSignals(True)
        self.retention.setValue(min(days, RETENTION_MAX_DAYS))
        self.retention.blockSignals(False)
        self.retention_ready = True
        self.retention.setEnabled(not self.busy)

    def _retention_changed(self, _days: int) -> None:
        self.dirty = True

    def store_retention(self) -> None:
        if not (self.retention_ready and self.dirty) or self.saving:
            return  # a write in flight picks the newest value up when it is done
        self.dirty = False
        self.saving = True
        days = self.retention.value()
        home = self.home

        def work() -> None:
            from scamscreen.workspace import Workspace

            Workspace(home).set_log_setting("retention_days", str(days))

        def done(_none: None) -> None:
            self.saving = False
            self.retention_status.hide()
            self.changed.emit()
            self.store_retention()

        def failed(error: BaseException) -> None:
            self.saving = False
            self.dirty = True  # still to be written
            self.retention_status.setText(
                self.tr("How long contacts are kept could not be saved: {problem}").format(
                    problem=in_words(error)
                )
            )
            self.retention_status.show()

        run_in_background(work, done, failed, self)


class DataSection(Section):
    """The box "Your data": the folder, Open folder, Back up now and Restore from a backup. A
    restore brings the restored log's own retention (shown in `retention`); `changed`
    is emitted once restored."""

    changed = Signal()

    def __init__(
        self,
        settings: QSettings,
        store: Store,
        home: Path,
        retention: RetentionSection,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, store, parent)
        self.setTitle(self.tr("Your data"))
        self.home = home
        self._retention = retention
        self.busy = False  # a backup or a restore is running
        self.box.addWidget(
            wrapped(self.tr("Everything you save stays on this computer, in this folder:"))
        )
        self.folder = selectable(wrapped(str(self.home)))
        self.folder.setAccessibleName(self.tr("Data folder"))
        self.box.addWidget(self.folder)
        buttons = FlowGrid(columns=3)  # onto more rows when the text is large
        self.open_button = QPushButton(self.tr("&Open folder"))
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.restore_button = QPushButton(self.tr("&Restore from a backup…"))
        for button, slot in (
            (self.open_button, self.open_folder),
            (self.backup_button, self.back_up),
            (self.restore_button, self.restore),
        ):
            button.setAccessibleName(button.text().replace("&", ""))
            button.clicked.connect(slot)
            buttons.addWidget(button)
        self.box.addLayout(buttons)
        self.data_status = wrapped()
        self.data_status.setAccessibleName(self.tr("Backup and restore"))
        self.data_status.hide()
        self.box.addWidget(self.data_status)

    def say(self, text: str) -> None:
        self.data_status.setText(text)
        self.data_status.show()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.backup_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy)
        self._retention.set_busy(busy)

    def open_folder(self) -> None:
        from scamscreen.workspace import Workspace

        try:
            Workspace(self.home).make_folder()  # a new user's folder may not exist yet
        except OSError as exc:
            self.say(
                self.tr("The folder {folder} cannot be made: {problem}").format(
                    folder=self.home, problem=exc.strerror or exc
                )
            )
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.home))):
            self.say(
                self.tr("The folder could not be opened. It is at: {folder}").format(
                    folder=self.home
                )
            )

    def back_up(self) -> None:
        if self.busy:
            return
        home = self.home

        def work() -> Path:
            from scamscreen.workspace import Workspace

            return Workspace(home).back_up()

        def done(path: Path) -> None:
            self._set_busy(False)
            self.say(self.tr("Backed up. The copy is in: {path}").format(path=path))

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            self.say(
                self.tr("The backup could not be made: {problem}").format(problem=in_words(error))
            )

        self._set_busy(True)
        self.say(self.tr("Backing up…"))
        run_in_background(work, done, failed, self)

    def restore(self) -> None:
        if self.busy:
            return
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup to restore"),
            str(self.home / "backups"),
            self.tr("ScamScreen backups (*.db);;All files (*)"),
        )
        if not chosen:
            return
        source = Path(chosen)
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "Your history will be replaced by the one in {file}. Contacts saved after "
                "that backup was made will no longer be in it.\n\n"
                "Your current history is kept first as a safety copy, so you can go back."
            ).format(file=source.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        home = self.home

        def work() -> tuple[Path, str | None]:
            from scamscreen.workspace import Workspace

            # Checked before the case log is touched, so a wrong file changes nothing
            # (not even a safety copy made for nothing).
            problem = Workspace.backup_problem(source)
            if problem != "ok":
                raise _NotABackup(problem)
            return Workspace(home).restore(source)

        def done(answer: tuple[Path, str | None]) -> None:
            safety, retention = answer
            self._set_busy(False)
            self.say(
                self.tr(
                    "Your history was restored from {file}. Your history as it was just "
                    "before is kept as a safety copy in: {safety}"
                ).format(file=source, safety=safety)
            )
            self._retention.show_value(retention)  # the restored log has its own setting
            self.changed.emit()

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            if isinstance(error, _NotABackup):
                text = self.tr(
                    "Nothing was changed. {file} is not a ScamScreen backup that can be "
                    "restored ({problem})."
                ).format(file=source, problem=error)
            else:
                text = self.tr("The backup could not be restored: {problem}").format(
                    problem=in_words(error)
                )
            self.say(text)

        self._retention.dirty = False  # the restored log brings its own value
        self._set_busy(True)
        self.say(self.tr("Restoring…"))
        run_in_background(work, done, failed, self)
