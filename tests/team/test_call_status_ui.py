"""The app's answer against the real server: green while alice calls, red after she
ends the call, and Report lands in the desk's case log. Waits are on signals."""

from __future__ import annotations

import pytest

from scamscreen.store.team import admin, calls
from scamscreen.store.team.log import TeamLog
from scamscreen.ui.call_status import NOBODY, TALKING, CallStatusDialog


@pytest.fixture
def uma(team, monkeypatch, tmp_path):
    """Uma, a member of north; her computer asks through SCAMSCREEN_DESK_URL (a silent
    deployment), with no keyring."""
    from scamscreen.workspace import Workspace

    if "uma" not in team.users:
        team.users["uma"] = admin.add_user(team.owner_url, "uma", "member", "north").password
    monkeypatch.setenv("SCAMSCREEN_DESK_URL", team.url("uma"))
    yield Workspace(tmp_path / "home").desk_calls()
    calls.end(team.url("alice"), "uma")


def ask(qtbot, dialog: CallStatusDialog) -> str:
    with qtbot.waitSignal(dialog.answered, timeout=20000) as got:
        dialog.ask()
    return str(got.args[0])


def test_green_while_alice_calls_then_red_and_report(qtbot, team, uma, screened, screener):
    contact, result = screened(channel="phone_inbound", claimed_org="IT",
                               text="This is IT, open Quick Assist please")
    dialog = CallStatusDialog(uma.status, lambda: uma.report(contact, result,
                                                            screener.data_version))
    qtbot.addWidget(dialog)
    dialog.show()
    calls.start(team.url("alice"), "uma", ticket="INC-55", minutes=30)
    assert ask(qtbot, dialog) == TALKING
    assert dialog.headline.text() == "alice from north is talking to you now (ticket INC-55)"
    calls.end(team.url("alice"), "uma")
    assert ask(qtbot, dialog) == NOBODY
    with qtbot.waitSignal(dialog.reported, timeout=20000) as got:
        dialog.report_button.click()
    with TeamLog.open(team.url("alice")) as log:
        saved = log.get(got.args[0])
    assert saved is not None and saved["logged_by"] == "uma"
