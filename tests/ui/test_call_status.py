"""“Is my IT desk calling me?”: the three answers, the Report button, plain text only,
the keyboard, and the menu item. The server's side is tests/team/test_calls.py; here the
question is a function the test gives (no network). No sleeps: waits are on signals."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from scamscreen.core.call_status import CallStatus
from scamscreen.core.errors import TeamError
from scamscreen.ui.call_status import CANNOT_ASK, NOBODY, TALKING, CallStatusDialog

NOW = datetime(2026, 12, 6, 14, 5, tzinfo=UTC)
GREEN = CallStatus("Contoso-IT", True, "alice", "123", NOW, NOW + timedelta(minutes=30))
RED = CallStatus("Contoso-IT", False)


def asked(qtbot, ask, report=None) -> CallStatusDialog:
    dialog = CallStatusDialog(ask, report)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.answered, timeout=10000):
        dialog.ask()
    return dialog


def test_green_names_who_and_the_ticket(qtbot):
    dialog = asked(qtbot, lambda: GREEN)
    assert dialog.state == TALKING
    assert dialog.headline.text() == "alice from Contoso-IT is talking to you now (ticket 123)"
    assert dialog.headline.accessibleName() == dialog.headline.text()
    assert not dialog.report_button.isVisible()


def test_red_says_hang_up_and_report(qtbot):
    sent = []

    def report() -> int:
        sent.append(threading.current_thread() is not threading.main_thread())
        return 42

    dialog = asked(qtbot, lambda: RED, report)
    assert dialog.state == NOBODY
    assert dialog.headline.text() == ("Nobody from Contoso-IT is talking to you. Hang up and "
                                      "report it.")
    assert dialog.report_button.isVisible() and dialog.report_button.isEnabled()
    with qtbot.waitSignal(dialog.reported, timeout=10000) as got:
        qtbot.mouseClick(dialog.report_button, Qt.MouseButton.LeftButton)
    assert got.args == [42] and sent == [True]  # sent off the GUI thread
    assert "Sent to your IT desk" in dialog.report_note.text()


def test_a_report_that_fails_says_why_and_can_be_tried_again(qtbot):
    def report() -> int:
        raise TeamError("Could not send the report: the server went away", unreachable=True)

    dialog = asked(qtbot, lambda: RED, report)
    with qtbot.waitSignal(dialog.report_failed, timeout=10000):
        dialog.report_button.click()
    assert "server went away" in dialog.report_note.text()
    assert dialog.report_button.isEnabled()


def test_cannot_reach_says_not_to_go_on(qtbot):
    def ask() -> CallStatus:
        raise TeamError("Could not connect on the team server mia@desk:5432/it: connection "
                        "refused", unreachable=True)

    dialog = asked(qtbot, ask, lambda: 1)
    assert dialog.state == CANNOT_ASK
    assert dialog.headline.text() == "ScamScreen cannot reach your IT desk right now."
    assert dialog.detail.text() == ("Don't continue the call; call the desk on the number "
                                    "your organisation gave you.")
    assert "connection refused" in dialog.problem.text()
    assert not dialog.report_button.isVisible()


def test_the_question_runs_off_the_gui_thread(qtbot):
    threads = []

    def ask() -> CallStatus:
        threads.append(threading.current_thread() is threading.main_thread())
        return GREEN

    asked(qtbot, ask)
    assert threads == [False]


def test_what_the_server_says_is_plain_text(qtbot):
    hostile = CallStatus("<b>desk</b>", True, "<a href='x'>eve</a>", "<img src=x>", NOW,
                         NOW + timedelta(minutes=5))
    dialog = asked(qtbot, lambda: hostile)
    for label in dialog.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert "<a href='x'>eve</a>" in dialog.headline.text()


def test_ask_again_goes_from_green_to_red(qtbot):
    answers = [GREEN, RED]
    dialog = asked(qtbot, lambda: answers.pop(0))
    assert dialog.state == TALKING
    with qtbot.waitSignal(dialog.answered, timeout=10000) as got:
        qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # &Ask again
    assert got.args == [NOBODY]


def test_every_button_has_a_name(qtbot):
    dialog = asked(qtbot, lambda: RED, lambda: 1)
    assert dialog.accessibleName() == "Is my IT desk calling me?"
    for button in (dialog.report_button, dialog.again_button, dialog.close_button):
        assert button.accessibleName() and button.focusPolicy() != Qt.FocusPolicy.NoFocus


@pytest.fixture
def not_enrolled(monkeypatch):
    monkeypatch.delenv("SCAMSCREEN_DESK_URL", raising=False)


def test_the_menu_item_asks_nothing_when_not_enrolled(qtbot, window, not_enrolled):
    action = window.desk_action
    assert action.text().replace("&", "") == "Is my IT desk calling me?"
    assert action.shortcut().toString() == "Ctrl+D"
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    dialog = window.call_status
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.state == CANNOT_ASK, timeout=10000)
    assert "not set up to ask an IT desk" in dialog.problem.text()
    assert "scamscreen" not in dialog.problem.text()  # no command to type, in the app


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_three_answers_fit_the_laptop_at_100_and_200_percent(app_appearance, tmp_path,
                                                                 language):
    from PySide6.QtGui import QImage

    from scamscreen.ui import translations
    from scamscreen.ui.call_status_screens import render

    try:
        found = render(tmp_path, language)
    finally:
        translations.install(app_appearance, "en")
    assert sorted(found) == sorted(f"call-status-{answer}-{scale}.png"
                                   for answer in ("talking", "nobody", "cannot")
                                   for scale in (100, 200))
    assert all(cut == [] for cut in found.values()), found
    for name in found:
        image = QImage(str(tmp_path / name))
        assert (image.width(), image.height()) == (1366, 768)


def test_the_check_screen_offers_to_ask_when_the_caller_says_it_is_the_it_desk(
        qtbot, window, monkeypatch):
    """Enrolled (SCAMSCREEN_DESK_URL): typing "IT help desk" as who they said they are
    offers the question; "Amazon" does not. Nothing is asked until it is pressed."""
    monkeypatch.setenv("SCAMSCREEN_DESK_URL", "postgresql://mia@desk.example/it")
    window.check.org.setText("IT help desk")
    qtbot.waitUntil(lambda: getattr(window, "ask_desk_button", None) is not None
                    and window.ask_desk_button.isVisible(), timeout=10000)
    button = window.ask_desk_button
    assert button.accessibleName() == "Is this really your IT desk? Ask it now (Ctrl+D)"
    assert window.call_status is None  # nothing was asked
    window.check.org.setText("Amazon")
    assert not button.isVisible()
    window.check.org.setText("Soporte técnico")
    assert button.isVisible()


def test_the_check_screen_never_offers_it_when_not_enrolled(qtbot, window, not_enrolled):
    window.check.org.setText("IT help desk")
    qtbot.waitUntil(lambda: window.desk_enrolment not in (None, ()), timeout=10000)
    button = getattr(window, "ask_desk_button", None)
    assert button is None or not button.isVisible()


def test_the_enrolled_desks_own_name_counts(qapp):
    from scamscreen.ui.call_status import claims_to_be_the_desk

    assert claims_to_be_the_desk("contoso it", "Contoso-IT")
    assert claims_to_be_the_desk("  Help   Desk ", None)
    assert not claims_to_be_the_desk("Microsoft", "Contoso-IT")
    assert not claims_to_be_the_desk("", "Contoso-IT")
