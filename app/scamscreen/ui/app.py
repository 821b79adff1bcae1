"""Starting the desktop app: application identity, the crash handler, settings, the
screening data and the main window."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any

from scamscreen.core.region import DEFAULT_REGION
from scamscreen.ui.updating import UPDATES_ENABLED, update_source
from scamscreen.ui.updating import updates_enabled as updates_enabled

if TYPE_CHECKING:  # Qt is imported when the app starts, not with this module
    from PySide6.QtCore import QSettings

SETTINGS_VERSION = 2
EXIT_DATA = 3  # ScamScreen's own data files are missing or damaged (as on the command line)


def upgrade_settings(settings: QSettings) -> None:
    """Versioned upgrade steps, so a new release never loses a setting (after Picard's
    config_upgrade). Version 1 is the first; later steps go here, in order."""
    stored: Any = settings.value("settings_version", 0)  # whatever the file holds
    version = int(stored)
    if version < 1:
        settings.setValue("region", settings.value("region", DEFAULT_REGION))
    if version < 2:
        # "Check for updates" used to be on by default, pointed at an address that never
        # answered. It is now on by default only where there is an update server; a
        # stored "on" with no server to ask is dropped, so the default (off) applies.
        # With an address set (a help desk's feed), or stored "off", it stays as it is.
        from scamscreen.ui.appearance import setting_bool

        if update_source(settings) is None and setting_bool(settings, UPDATES_ENABLED, False):
            settings.remove(UPDATES_ENABLED)
    settings.setValue("settings_version", SETTINGS_VERSION)


def private_settings(settings: QSettings, *, write: bool = True) -> None:
    """Write the settings now and make their file the user's alone (0600), and its
    folder too (0700) when it is ScamScreen's own: the file holds the PIN's hash. Qt
    keeps a file's permissions when it saves it again, so once is enough; the Windows
    registry (the native format there) has no file and is left to its own access rules.

    At start-up (`write` False) a file that is already there and already private costs
    two stat calls, not a write and a module import (about 6 ms of the window's start);
    a first start writes it, so it is private from the first moment."""
    import os
    import stat
    from pathlib import Path

    name = settings.fileName()
    if not name:
        return
    path = Path(name)
    if write or not path.exists():
        settings.sync()
    if not path.is_file():  # (the registry's name is no file)
        return
    ours = path.parent.name in ("ScamScreen", settings.organizationName())
    if not write and os.name == "posix":
        private = stat.S_IMODE(os.lstat(path).st_mode) == 0o600
        if private and (not ours or stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700):
            return
    from scamscreen.core.files import private_dir, private_file

    private_file(path)
    if ours:
        private_dir(path.parent)  # (never a shared folder such as ~/Library/Preferences)


def run(
    data_dir: str | None = None, argv: list[str] | None = None, language: str | None = None
) -> int:
    from PySide6.QtCore import QSettings, QThreadPool
    from PySide6.QtWidgets import QApplication, QMessageBox

    from scamscreen.core.data import DataError, resources_dir
    from scamscreen.ui import crash, translations
    from scamscreen.workspace import Workspace

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    if not isinstance(app, QApplication):  # (a QCoreApplication has no windows)
        raise RuntimeError("the app needs a QApplication")
    app.setApplicationName("ScamScreen")
    app.setOrganizationName("ScamScreen")
    app.setApplicationDisplayName("ScamScreen")
    app.setDesktopFileName("scamscreen")  # Wayland finds the menu entry and its icon
    crash.install()
    settings = QSettings()
    upgrade_settings(settings)
    private_settings(settings, write=False)
    translations.install(app, translations.chosen(settings, language))
    from scamscreen.ui.appearance import apply_appearance
    from scamscreen.ui.main_window import MainWindow

    base = app.font().pointSizeF()  # the system's size: 100%
    apply_appearance(app, settings, base)
    window = MainWindow(None, lambda: Workspace.at(data_dir).home, settings)
    window.base_point_size = base

    def load_screening() -> None:
        """The screening data (about 60 ms) loads once the window is on screen; the user
        is still reading the first question by then."""
        from PySide6.QtGui import QIcon

        # (the SVG icon engine too: the title bar can wait a moment for its icon)
        app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "scamscreen.svg")))
        try:
            window.load_data()
        except DataError as exc:  # a damaged install: say what to do, then stop
            QMessageBox.critical(window, "ScamScreen", str(exc))
            app.exit(EXIT_DATA)
            return
        window.start_automatic_updates()

    window.first_painted.connect(load_screening)
    if os.environ.get("SCAMSCREEN_EXIT_WHEN_SHOWN"):  # start-up measurements only
        window.first_painted.connect(lambda: os._exit(0))
    window.show()
    status = app.exec()
    QThreadPool.globalInstance().waitForDone(5000)  # let running jobs report, then quit
    return status
