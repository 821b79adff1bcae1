"""Starting the desktop app: application identity, the crash handler, settings, the
screening data and the main window."""

from __future__ import annotations

import sys

SETTINGS_VERSION = 1


def upgrade_settings(settings) -> None:  # type: ignore[no-untyped-def]
    """Versioned upgrade steps, so a new release never loses a setting (after Picard's
    config_upgrade). Version 1 is the first; later steps go here, in order."""
    version = int(settings.value("settings_version", 0))
    if version < 1:
        settings.setValue("region", settings.value("region", "US"))
    settings.setValue("settings_version", SETTINGS_VERSION)


def run(
    data_dir: str | None = None, argv: list[str] | None = None, language: str | None = None
) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from scamscreen.core.data import DataError, resources_dir
    from scamscreen.core.screening import Screener
    from scamscreen.store import resolve_home
    from scamscreen.ui import crash, translations

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("ScamScreen")
    app.setOrganizationName("ScamScreen")
    app.setApplicationDisplayName("ScamScreen")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "scamscreen.svg")))
    crash.install()
    translations.install(app, language)
    try:
        screener = Screener.load()
    except DataError as exc:
        QMessageBox.critical(None, "ScamScreen", str(exc))
        return 3
    settings = QSettings()
    upgrade_settings(settings)
    from scamscreen.ui.main_window import MainWindow
    from scamscreen.ui.settings_page import apply_appearance

    base = app.font().pointSizeF()  # the system's size: 100%
    apply_appearance(app, settings, base)
    window = MainWindow(screener, resolve_home(data_dir), settings)
    window.base_point_size = base
    window.show()
    status = app.exec()
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(5000)  # let running jobs report, then quit
    return status
