from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, screener, tmp_path, settings):
    from scamscreen.ui.main_window import MainWindow

    win = MainWindow(screener, tmp_path / "home", settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
