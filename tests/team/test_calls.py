"""Call status on the real server (issue 18): the answer is the server's, for the member
logged in, from their own desk, by the server's clock; a member can do nothing else.
Expiry is forced through the cluster's superuser (no sleeps)."""

from __future__ import annotations

import psycopg
import pytest
from psycopg import errors

from scamscreen.core.errors import TeamError
from scamscreen.store.team import admin, calls
from scamscreen.store.team.log import TeamLog, contact_row

MEMBERS = (("mia", "north"), ("max", "north"), ("sol", "south"))


@pytest.fixture(scope="module")
def members(team):
    """Members the desks support: mia and max on north, sol on south (their passwords
    go into team.users, so team.url(name) works for them too)."""
    for name, desk in MEMBERS:
        if name not in team.users:
            team.users[name] = admin.add_user(team.owner_url, name, "member", desk).password
    return team


@pytest.fixture(autouse=True)
def no_calls(members):
    """Each test starts with no call on (the superuser bypasses row-level security)."""
    with members.cluster.admin("scamscreen") as conn:
        conn.execute("DELETE FROM scamscreen.calls")  # type: ignore[attr-defined]
    yield


def status(team, member: str) -> calls.CallStatus:
    return calls.status(team.url(member))


def test_green_while_a_call_is_on_with_who_and_which_ticket(members):
    started = calls.start(members.url("alice"), "mia", ticket="INC-123", minutes=30)
    answer = status(members, "mia")
    assert answer.talking and answer.desk == "north"
    assert (answer.staff, answer.ticket) == ("alice", "INC-123")
    assert answer.since == started.started and answer.expires == started.expires
    assert answer.to_json()["talking"] is True and answer.to_json()["staff"] == "alice"


def test_red_when_no_call_was_started(members):
    answer = status(members, "mia")
    assert not answer.talking and answer.to_json() == {"desk": "north", "talking": False}


def test_red_after_the_call_ends(members):
    calls.start(members.url("lena"), "mia", minutes=30)  # a lead may start one too
    assert status(members, "mia").talking
    assert calls.end(members.url("alice"), "mia") == 1
    assert not status(members, "mia").talking
    assert calls.end(members.url("alice"), "mia") == 0


def test_red_once_the_call_has_expired_by_the_servers_clock(members):
    calls.start(members.url("alice"), "mia", minutes=1)
    assert status(members, "mia").talking
    with members.cluster.admin("scamscreen") as conn:
        conn.execute(  # type: ignore[attr-defined]
            "UPDATE scamscreen.calls SET started = now() - interval '31 minutes', "
            "expires = now() - interval '1 second' WHERE member = 'mia'")
    assert not status(members, "mia").talking


def test_a_status_that_starts_in_the_future_is_not_shown(members):
    with members.cluster.admin("scamscreen") as conn:
        conn.execute(  # type: ignore[attr-defined]
            "INSERT INTO scamscreen.calls (desk, member, staff, started, expires) VALUES "
            "('north', 'mia', 'alice', now() + interval '1 hour', now() + interval '2 hours')")
    assert not status(members, "mia").talking


def test_red_for_a_call_to_another_member(members):
    calls.start(members.url("alice"), "max", ticket="INC-9", minutes=30)
    assert status(members, "max").talking
    assert not status(members, "mia").talking


def test_never_green_from_another_desk(members):
    with pytest.raises(TeamError) as caught:  # south's lead may not call north's member
        calls.start(members.url("sam"), "mia", minutes=30)
    assert caught.value.refused and "no member called mia" in str(caught.value)
    calls.start(members.url("sam"), "sol", minutes=30)  # south's own member: fine
    assert status(members, "sol").talking and status(members, "sol").desk == "south"
    assert not status(members, "mia").talking
    # a row for mia under another desk (only the superuser could write it) is not hers
    with members.cluster.admin("scamscreen") as conn:
        conn.execute(  # type: ignore[attr-defined]
            "INSERT INTO scamscreen.calls (desk, member, staff, expires) VALUES "
            "('south', 'mia', 'sam', now() + interval '30 minutes')")
    assert not status(members, "mia").talking


def test_staff_may_call_only_members_and_not_end_another_desks_calls(members):
    with pytest.raises(TeamError):
        calls.start(members.url("alice"), "lena", minutes=30)  # a lead, not a member
    with pytest.raises(TeamError):
        calls.start(members.url("alice"), "nobody-here", minutes=30)
    calls.start(members.url("alice"), "mia", minutes=30)
    assert calls.end(members.url("sam"), "mia") == 0  # south cannot end north's call
    assert status(members, "mia").talking


def test_auditors_and_members_may_not_start_or_end_calls(members):
    for who in ("audrey", "max"):
        with members.connect(who) as conn, pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT * FROM scamscreen.call_start('mia', NULL, 30)")
        with members.connect(who) as conn, pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT scamscreen.call_end('mia')")


def test_call_status_is_only_for_members(members):
    with members.connect("alice") as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute("SELECT * FROM scamscreen.call_status()")


def test_every_start_and_end_is_audited(members):
    calls.start(members.url("alice"), "mia", ticket="INC-77", minutes=15)
    calls.end(members.url("alice"), "mia")
    with members.connect("audrey") as conn:
        rows = conn.execute(
            "SELECT who, action, detail FROM scamscreen.audit_log "
            "WHERE action LIKE 'call-%%' ORDER BY id DESC LIMIT 2").fetchall()
    assert [(r[0], r[1]) for r in rows] == [("alice", "call-end"), ("alice", "call-start")]
    assert rows[1][2] == {"member": "mia", "ticket": "INC-77", "minutes": 15,
                          "call": rows[1][2]["call"]}
    assert rows[0][2] == {"member": "mia", "ended": 1}


MEMBER_FORBIDDEN = [
    "SELECT * FROM scamscreen.calls",
    "SELECT member FROM scamscreen.calls WHERE member = 'max'",
    "INSERT INTO scamscreen.calls (desk, member, staff, expires) "
    "VALUES ('north', 'mia', 'alice', now() + interval '1 hour')",
    "UPDATE scamscreen.calls SET expires = now() + interval '1 hour'",
    "DELETE FROM scamscreen.calls",
    "SELECT * FROM scamscreen.call_start('mia', 'INC-1', 30)",
    "SELECT scamscreen.call_end('max')",
    "SELECT uid FROM scamscreen.contacts",
    "SELECT * FROM scamscreen.contacts",
    "INSERT INTO scamscreen.contacts (uid, verdict, score, engine_version, data_version) "
    "VALUES ('forged', 'likely_scam', 90, 'x', 'y')",
    "SELECT * FROM scamscreen.observables",
    "SELECT * FROM scamscreen.checklist_progress",
    "SELECT * FROM scamscreen.audit_log",
    "SELECT * FROM scamscreen.members",
    "UPDATE scamscreen.members SET role = 'lead' WHERE login = 'mia'",
    "SELECT * FROM scamscreen.reporter('x')",
    "SELECT * FROM scamscreen.find_person('a')",
    "SELECT * FROM scamscreen.export_contacts(false)",
    "SELECT scamscreen.audit('north', 'forged', NULL, '{}')",
]


@pytest.mark.parametrize("statement", MEMBER_FORBIDDEN)
def test_a_member_is_refused_everything_else_by_the_server(members, statement):
    calls.start(members.url("alice"), "max", minutes=30)
    with members.connect("mia") as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute(statement)


def test_a_member_cannot_pass_for_another_member(members):
    """There is no argument to name someone else: call_status() takes none, and
    session_user cannot be changed by SET ROLE or SET SESSION AUTHORIZATION."""
    calls.start(members.url("alice"), "max", minutes=30)
    with members.connect("mia") as conn:
        for statement in ("SET ROLE max", "SET SESSION AUTHORIZATION max",
                          "SET ROLE scamscreen_staff"):
            with pytest.raises(psycopg.Error):
                conn.execute(statement)
        with pytest.raises(psycopg.Error):
            conn.execute("SELECT * FROM scamscreen.call_status('max')")
    assert not status(members, "mia").talking


def test_a_member_reports_a_contact_to_the_desk(members, screened, screener):
    contact, result = screened(channel="phone_inbound", claimed_org="IT help desk",
                               phone="+1 844 555 0123",
                               text="IT support here, please open Quick Assist for me.")
    row = contact_row(contact, result, data_version=screener.data_version)
    number = calls.report(members.url("mia"), row)
    assert calls.report(members.url("mia"), row) == number  # sent twice: stored once
    with TeamLog.open(members.url("alice")) as log:
        saved = log.get(number)
        assert saved is not None and saved["uid"] == row["uid"]
        assert saved["logged_by"] == "mia" and saved["claimed_org"] == "IT help desk"
    with TeamLog.open(members.url("bob")) as south:  # another desk never sees it
        assert south.get(number) is None
    with members.connect("audrey") as conn:
        actions = conn.execute("SELECT who, action FROM scamscreen.audit_log WHERE "
                               "contact_uid = %s ORDER BY id", [row["uid"]]).fetchall()
    assert actions == [("mia", "add"), ("mia", "member-report")]
    with pytest.raises(TeamError):  # staff log contacts the usual way, not as a member
        calls.report(members.url("alice"), row)


def test_a_login_in_the_member_group_but_on_no_desk_gets_no_answer(members):
    """Only the members table makes someone a member of a desk: a role merely granted
    the group (by mistake) is answered nothing, and the client says so."""
    from psycopg import sql

    password = "Ghost-Pass-12345678"
    with members.cluster.admin("scamscreen") as conn:
        conn.execute(sql.SQL(  # type: ignore[attr-defined]
            "CREATE ROLE ghost LOGIN PASSWORD {} IN ROLE scamscreen_member").format(
            sql.Literal(password)))
    try:
        with pytest.raises(TeamError) as caught:
            calls.status(members.cluster.url("ghost", password))
        assert caught.value.refused and "not one of them" in str(caught.value)
    finally:
        with members.cluster.admin("scamscreen") as conn:
            conn.execute("DROP ROLE ghost")  # type: ignore[attr-defined]
