"""Connections killed mid-write and a server that stops: nothing acknowledged is lost,
nothing is stored twice (issue 16). Waits are on conditions, never fixed sleeps."""

from __future__ import annotations

import json
import threading
import time

import psycopg
import pytest

from scamscreen.store.team.log import TeamLog, contact_row
from scamscreen.store.team.outbox import Outbox

SCAM = {"channel": "popup", "claimed_org": "Apple", "phone": "+1 844 555 0166",
        "text": "VIRUS ALERT call Apple support now"}
QUEUED = "Saved on this computer; it will go to your team when the server is back."


def wait_for(condition, timeout: float = 30.0):
    """The first true value of `condition()`, asked again each time the event loop of
    the test has nothing else to do (an Event's wait: no fixed sleep); fails after
    `timeout` seconds."""
    deadline = time.monotonic() + timeout
    tick = threading.Event()
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        tick.wait(0.02)
    pytest.fail("the condition was not met in time")


def _count(team, uid: str) -> tuple[int, int]:
    with team.connect("alice") as conn:
        contacts = conn.execute("SELECT count(*) FROM scamscreen.contacts WHERE uid = %s",
                                [uid]).fetchone()[0]
        observables = conn.execute(
            "SELECT count(*) FROM scamscreen.observables WHERE uid = %s", [uid]).fetchone()[0]
    return contacts, observables


@pytest.mark.parametrize("table", ["contacts", "observables"])
def test_a_backend_terminated_mid_write_loses_nothing_and_stores_nothing_twice(
    team, screened, screener, table
):
    """The admin holds a lock that makes alice's save wait — before the contact's row
    (contacts), or after it, inside the same transaction (observables) — then kills
    alice's backend. The client sends again on a fresh connection: one contact, whole."""
    contact, result = screened(**SCAM)
    row = contact_row(contact, result, data_version=screener.data_version)
    with TeamLog.open(team.url("alice")) as log, \
            psycopg.connect(team.cluster.admin_url("scamscreen")) as blocker, \
            team.cluster.admin("scamscreen") as admin:
        blocker.execute(f"LOCK TABLE scamscreen.{table} IN SHARE ROW EXCLUSIVE MODE")
        outcome: dict = {}

        def save() -> None:
            try:
                outcome["stored"] = log.insert_row(row)
            except Exception as exc:  # (reported below)
                outcome["problem"] = exc

        thread = threading.Thread(target=save)
        thread.start()
        pid = wait_for(lambda: admin.execute(
            "SELECT pid FROM pg_stat_activity WHERE usename = 'alice' "
            "AND wait_event_type = 'Lock'").fetchone())
        admin.execute("SELECT pg_terminate_backend(%s)", [pid[0]])
        wait_for(lambda: not admin.execute(
            "SELECT 1 FROM pg_stat_activity WHERE pid = %s", [pid[0]]).fetchone())
        blocker.commit()  # the lock goes; the second try goes through
        thread.join(60)
    assert "problem" not in outcome, outcome.get("problem")
    assert outcome["stored"].uid == row["uid"]
    assert _count(team, row["uid"]) == (1, len(row["observables"]))


def test_an_acknowledged_send_whose_outbox_entry_survived_is_not_sent_twice(
    team, tmp_path, screened, screener
):
    """The server stored it and said so, but the computer stopped before taking it out
    of the outbox: the next sync sends it again, and the server keeps the first."""
    contact, result = screened(**SCAM)
    row = contact_row(contact, result, data_version=screener.data_version)
    with Outbox.open(tmp_path / "home") as box, TeamLog.open(team.url("alice")) as log:
        box.put("team", row)
        first = log.insert_row(row)
        sent = box.send(log.insert_row)
        assert (sent.sent, sent.waiting, sent.problem) == (1, 0, None)
        assert log.insert_row(row).id == first.id
    assert _count(team, row["uid"]) == (1, len(row["observables"]))


def test_a_stopped_server_loses_nothing_acknowledged(cli, team, tmp_path):
    home = tmp_path / "home"
    url = team.url("alice")
    acknowledged = []
    for n in range(3):
        done = cli("--team", url, "log", "add", "--json",
                   stdin=json.dumps({**SCAM, "text": f"{SCAM['text']} #{n}"}), home=home)
        assert done.returncode == 0, done.stderr
        acknowledged.append(json.loads(done.stdout)["uid"])
    team.cluster.stop("immediate")  # as if the server's computer lost power
    try:
        queued = cli("--team", url, "log", "add", "--json", stdin=json.dumps(SCAM), home=home)
        assert queued.returncode == 0, queued.stderr
        assert QUEUED in queued.stderr
        waiting = json.loads(queued.stdout)["uid"]
        early = cli("--team", url, "team", "sync", home=home)
        assert early.returncode == 4 and "Still waiting on this computer: 1" in early.stdout
        assert "Traceback" not in early.stderr and team.users["alice"] not in early.stderr
    finally:
        team.cluster.start()
    sent = cli("--team", url, "team", "sync", home=home)
    assert sent.returncode == 0, sent.stderr
    for uid in [*acknowledged, waiting]:
        assert _count(team, uid)[0] == 1
