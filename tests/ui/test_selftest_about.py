"""`scamscreen --self-test` from source, and the About box."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from scamscreen import __version__
from scamscreen.__main__ import main


def test_the_self_test_passes_and_says_each_step(qapp, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("SCAMSCREEN_HOME", str(tmp_path / "home"))
    assert main(["--self-test"]) == 0
    out = capsys.readouterr().out
    for step in ("main window: opened", "screening:", "case log:", "your data folder:", "passed"):
        assert step in out
    assert not (tmp_path / "home").exists()  # the user's data folder is left alone


def test_a_broken_install_fails_the_self_test_with_status_3(qapp, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("SCAMSCREEN_DATA", str(tmp_path / "no-data"))
    assert main(["--self-test"]) == 3
    assert "Reinstall ScamScreen" in capsys.readouterr().out


def test_the_about_box_shows_the_version_and_the_promise(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    (about,) = [a for a in window.menuBar().actions() if a.text() == "&Help"]
    about.menu().actions()[0].trigger()
    assert __version__ in shown[0] and "stays on this computer" in shown[0]
