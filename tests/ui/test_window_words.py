"""Words for people in the app: what a window shows never names a command-line option
(`--data-dir`) or an environment variable (SCAMSCREEN_HOME); the command line keeps its
own wording (tests/store/test_readonly.py)."""

from __future__ import annotations

import errno
import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import QMessageBox

from scamscreen.core.data import resources_dir
from scamscreen.store import StoreError

FLAG = re.compile(r"(?<![\w-])--[a-z]|SCAMSCREEN_")


def machine_words(text: str) -> list[str]:
    return FLAG.findall(text)


@pytest.mark.parametrize("ts", sorted((resources_dir() / "translations").glob("*.ts")))
def test_no_sentence_of_the_app_names_an_option_or_a_variable(ts):
    for message in ET.parse(ts).getroot().iter("message"):
        for part in ("source", "translation"):
            text = message.findtext(part) or ""
            assert not machine_words(text), text


@pytest.fixture
def folder_refuses(monkeypatch):
    """The data folder cannot be made or used, as on a read-only disk: the case log's
    and the lists' own error paths run, with the command line's wording in them."""

    def refuse(path, *args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr("scamscreen.store.caselog.private_dir", refuse)
    monkeypatch.setattr("scamscreen.store.location.private_dir", refuse)


def screen_a_scam(qtbot, window) -> None:
    window.check.text.setPlainText("Microsoft said install AnyDesk and pay with gift cards")
    qtbot.waitUntil(lambda: window.check.result is not None, timeout=10000)


def test_the_save_error_dialog_has_no_options_or_variables(
    qtbot, window, folder_refuses, monkeypatch, tmp_path
):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        staticmethod(lambda _parent, title, text, *a: shown.append((title, text))),
    )
    screen_a_scam(qtbot, window)
    window.save()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    title, text = shown[0]
    assert not machine_words(title + text), text
    assert "could not be saved" in text
    assert f"ScamScreen cannot save in its folder {tmp_path / 'home'} (Permission denied)" in text
    assert "Nothing was changed" in text and "free some space" in text


def test_the_same_error_keeps_its_options_for_the_command_line(tmp_path, folder_refuses):
    from scamscreen.store import CaseLog

    with pytest.raises(StoreError) as raised:
        CaseLog.open(tmp_path / "home")
    assert "--data-dir" in str(raised.value)  # what `scamscreen log …` prints
    assert raised.value.folder == tmp_path / "home"
    assert raised.value.reason == "Permission denied"


def test_lists_that_cannot_be_opened_are_said_without_options(qtbot, window, folder_refuses):
    window.lists = None
    window.load_data()
    message = window.statusBar().currentMessage()
    assert "known-scam lists cannot be used" in message
    assert "cannot save in its folder" in message
    assert not machine_words(message), message


def test_a_backup_that_cannot_be_made_is_said_without_options(qtbot, window, folder_refuses):
    page = window.settings_page
    page.back_up()
    qtbot.waitUntil(lambda: "could not be made" in page.data_status.text(), timeout=10000)
    assert "cannot save in its folder" in page.data_status.text()
    assert not machine_words(page.data_status.text()), page.data_status.text()


def test_the_history_says_it_without_options_too(qtbot, window, folder_refuses):
    window.show_page(window.history)
    history = window.history
    qtbot.waitUntil(lambda: history.problem.isVisible(), timeout=10000)
    assert "cannot save in its folder" in history.problem.text()
    assert not machine_words(history.problem.text()), history.problem.text()


def test_a_full_disk_says_nothing_new_was_saved_and_the_rest_is_safe(qapp, tmp_path):
    from scamscreen.ui.problems import in_words

    full = StoreError("disk full: --data-dir", storage=True, folder=tmp_path,
                      reason="disk full", full=True)
    words = in_words(full)
    assert "was not saved" in words and "Everything you saved before is safe" in words
    assert not machine_words(words)
