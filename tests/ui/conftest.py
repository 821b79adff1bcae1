from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette


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


@pytest.fixture
def app_appearance(qapp):
    """apply_appearance changes the whole application: put it back for the next test."""
    from scamscreen.ui.styles import ReadableStyle

    font = qapp.font()
    style = qapp.style().name()
    yield qapp
    if isinstance(qapp.style(), ReadableStyle) or qapp.style().name() != style:
        qapp.setStyle(style)
    qapp.setFont(font)
    qapp.setPalette(QPalette())
