"""The main window's automatic update check (a mixin of `main_window.MainWindow`): a
minute after start-up and at most about once a day, newer signed scam lists and the team
lists, said in the status bar only. Its words keep the main window's translation context."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QSettings, QTimer

from scamscreen.ui.problems import in_words
from scamscreen.ui.tasks import run_in_background

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QStatusBar

    from scamscreen.workspace import UpdateOutcome, Workspace

AUTO_CHECK_DELAY_MS = 60_000  # the automatic check waits until the app has settled
AUTO_CHECK_EVERY_S = 20 * 3600  # about once a day


class AutoUpdates:
    settings: QSettings

    if TYPE_CHECKING:  # (MainWindow's and QMainWindow's, which come later in its MRO)

        @property
        def workspace(self) -> Workspace:
            raise NotImplementedError

        def statusBar(self) -> QStatusBar:
            raise NotImplementedError

        def _data_updated(self) -> None:
            raise NotImplementedError

    def start_automatic_updates(self, delay_ms: int = AUTO_CHECK_DELAY_MS) -> None:
        """With "Check for updates" on (Settings), look for newer signed scam lists and
        read the team lists again, a minute after start-up and at most about once a day."""
        QTimer.singleShot(delay_ms, self.check_for_updates)

    def check_for_updates(self, trusted_keys: Any = None) -> None:
        """The automatic check, in the background. It says what it did in the status bar
        only: a failure (no network, a refused feed) changes nothing and interrupts
        nobody; Settings has Update now for a person who wants to see it through.
        A copy with no update server (`feeds.source`) does nothing here."""
        import time

        from scamscreen.ui.updating import update_source, updates_enabled

        if not updates_enabled(self.settings):
            return
        last: Any = self.settings.value("updates/last_check", 0)  # float() decides
        try:
            if time.time() - float(last or 0) < AUTO_CHECK_EVERY_S:
                return
        except (TypeError, ValueError):
            pass  # a damaged value: check now, and write a good one
        self.settings.setValue("updates/last_check", time.time())
        workspace = self.workspace
        source = update_source(self.settings)

        def work() -> UpdateOutcome:
            return workspace.update(source, trusted_keys)

        def done(answer: UpdateOutcome) -> None:
            result, problem, _synced = answer
            if answer.changed:
                self._data_updated()
            if result is not None and result.updated:
                message = QCoreApplication.translate(
                    "MainWindow", "The scam lists were updated (version {version})."
                ).format(version=result.version)
            elif problem is not None:
                message = QCoreApplication.translate(
                    "MainWindow", "Could not check for new scam lists: {problem}"
                ).format(problem=in_words(problem))
            else:
                message = QCoreApplication.translate(
                    "MainWindow", "The scam lists are up to date."
                )
            self.statusBar().showMessage(message, 15000)

        run_in_background(work, done, self._update_failed, cast("QObject", self))

    def _update_failed(self, error: BaseException) -> None:
        from scamscreen.ui import crash

        crash.logger().error("automatic update failed: %r", error, exc_info=error)
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "Could not check for new scam lists just now."
            ),
            15000,
        )

