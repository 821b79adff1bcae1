"""Starting the desktop app the way `scamscreen` does: the window is shown first, the
screening data follows, and a damaged install says so in words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from scamscreen.ui import app as ui_app
from scamscreen.ui.main_window import MainWindow


@pytest.fixture
def started(qapp, qtbot, tmp_path, monkeypatch, app_appearance):
    """Runs `ui_app.run()` with `exec` replaced by `body(window)`; user folders are temporary."""
    monkeypatch.setenv("SCAMSCREEN_HOME", str(tmp_path / "home"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(exits.append))

    def start(body):
        def fake_exec(*_args):
            (window,) = [
                w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
            ]
            qtbot.addWidget(window)
            body(window)
            window.close()
            return exits[0] if exits else 0

        monkeypatch.setattr(QApplication, "exec", fake_exec)
        return ui_app.run(None), exits

    yield start
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)


def test_the_window_is_shown_before_the_screening_data_loads(qtbot, started):
    seen = {}

    def body(window):
        seen["at_show"] = window.screener
        qtbot.waitUntil(lambda: window.screener is not None, timeout=10000)
        assert window.isVisible()
        # Typed before the data came, or after: the check works the same.
        window.check.text.setPlainText("Microsoft here, install AnyDesk now")
        qtbot.waitUntil(lambda: window.check.result is not None, timeout=10000)
        seen["names"] = window.check.org.completer().model().rowCount()

    status, exits = started(body)
    assert status == 0 and exits == []
    assert seen["at_show"] is None  # the window did not wait for it
    assert seen["names"] > 10  # company names complete once it is there


def test_a_damaged_install_says_reinstall_and_stops(qtbot, started, tmp_path, monkeypatch):
    monkeypatch.setenv("SCAMSCREEN_DATA", str(tmp_path / "no-data-here"))
    messages: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _parent, _title, text: messages.append(text))
    )

    def body(window):
        qtbot.waitUntil(lambda: bool(messages), timeout=10000)

    status, exits = started(body)
    assert status == ui_app.EXIT_DATA and exits == [ui_app.EXIT_DATA]
    assert "Reinstall ScamScreen" in messages[0]


def test_the_app_screens_with_the_known_scam_lists(qtbot, started, tmp_path):
    from scamscreen.store.lists import KnownLists

    with KnownLists.open(tmp_path / "home") as lists:
        lists.add("number", "+1 844 555 0111", "block", note="rang Mum twice as 'Windows'")
    seen = {}

    def body(window):
        qtbot.waitUntil(lambda: window.screener is not None, timeout=10000)
        window.check.phone.setText("(844) 555-0111")
        qtbot.waitUntil(lambda: window.check.result is not None, timeout=10000)
        seen["ids"] = [f.id for f in window.check.result.findings]

    status, _exits = started(body)
    assert status == 0
    assert "blocked_number" in seen["ids"]
