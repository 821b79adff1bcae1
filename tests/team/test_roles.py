"""Who may do what, refused by the server itself: each forbidden action is tried with
psycopg directly as that account, not through the client (issue 16)."""

from __future__ import annotations

import psycopg
import pytest
from psycopg import errors

from scamscreen.store.team.log import TeamLog

SCAM = {"channel": "phone_inbound", "claimed_org": "Microsoft", "phone": "+1 844 555 0188",
        "text": "Said he was from Microsoft support and asked for TeamViewer."}


@pytest.fixture(scope="module")
def north(team, screened, screener):
    """A contact of the desk north, logged by alice with the reporter's details."""
    contact, result = screened(**SCAM)
    with TeamLog.open(team.url("alice")) as log:
        stored = log.add(contact, result, data_version=screener.data_version,
                         reported_by="Maria Lopez", reporter_phone="+1 555 0100",
                         reporter_email="maria@example.org")
    return stored


def refused(team, user: str, statement: str, params: list | None = None) -> str:
    """Run `statement` as `user`; it must be refused for lack of privilege (or by a
    row-level security policy, which is the same SQLSTATE). The server's message."""
    with team.connect(user) as conn, pytest.raises(errors.InsufficientPrivilege) as caught:
        conn.execute(statement, params or [])
    return str(caught.value)


def rows(team, user: str, statement: str, params: list | None = None) -> list[tuple]:
    with team.connect(user) as conn:
        return conn.execute(statement, params or []).fetchall()


# -- staff ---------------------------------------------------------------------------

STAFF_FORBIDDEN = [
    "UPDATE scamscreen.contacts SET notes = 'rewritten'",
    "UPDATE scamscreen.contacts SET verdict = 'no_red_flags'",
    "UPDATE scamscreen.contacts SET desk = 'south'",
    "UPDATE scamscreen.contacts SET reporter_name = 'someone else'",
    "DELETE FROM scamscreen.contacts",
    "TRUNCATE scamscreen.contacts",
    "SELECT reporter_name FROM scamscreen.contacts",
    "SELECT * FROM scamscreen.contacts",  # (* includes the reporter's columns)
    "SELECT * FROM scamscreen.export_contacts(true)",
    "SELECT * FROM scamscreen.export_contacts(false)",
    "SELECT * FROM scamscreen.audit_log",
    "INSERT INTO scamscreen.audit_log (desk, action) VALUES ('north', 'forged')",
    "SELECT scamscreen.audit('north', 'forged', NULL, '{}')",
    "INSERT INTO scamscreen.members (login, desk, role) VALUES ('alice', 'south', 'lead')",
    "UPDATE scamscreen.members SET role = 'lead'",
    "DELETE FROM scamscreen.observables",
    "DELETE FROM scamscreen.checklist_progress",
    "UPDATE scamscreen.checklist_progress SET checklist = 'other'",
    "CREATE TABLE scamscreen.mine (x int)",
    "SET ROLE scamscreen_search",  # (the role that reads the full-text index of every desk)
    "SET ROLE scamscreen_lead",
    "CREATE FUNCTION scamscreen.mine() RETURNS int LANGUAGE sql AS 'SELECT 1'",
    "INSERT INTO scamscreen.schema_version (version, name) VALUES (99, 'forged')",
]


@pytest.mark.parametrize("statement", STAFF_FORBIDDEN)
def test_staff_may_not(team, north, statement):
    refused(team, "alice", statement)


def test_staff_may_not_add_to_another_desk(team, north):
    message = refused(
        team, "alice",
        "INSERT INTO scamscreen.contacts (desk, uid, verdict, score, engine_version, "
        "data_version) VALUES ('south', 'planted-1', 'likely_scam', 90, '1', 'x')")
    assert "row-level security" in message


def test_staff_read_add_and_update_only_outcomes_and_ticks(team, north):
    with team.connect("alice") as conn:
        conn.execute("UPDATE scamscreen.contacts SET outcome = 'confirmed_scam' "
                     "WHERE desk = 'north' AND uid = %s", [north.uid])
        conn.execute("INSERT INTO scamscreen.checklist_progress (desk, uid, checklist, step, "
                     "done) VALUES ('north', %s, 'verify', 'call-back', true)", [north.uid])
        assert conn.execute("SELECT outcome FROM scamscreen.contacts WHERE uid = %s",
                            [north.uid]).fetchone() == ("confirmed_scam",)


# -- leads ---------------------------------------------------------------------------

LEAD_FORBIDDEN = [
    "UPDATE scamscreen.contacts SET notes = 'rewritten'",
    "SELECT reporter_email FROM scamscreen.contacts",
    "SELECT * FROM scamscreen.audit_log",
    "INSERT INTO scamscreen.members (login, desk, role) VALUES ('lena', 'south', 'lead')",
    "TRUNCATE scamscreen.contacts",
    "DROP TABLE scamscreen.audit_log",
    "ALTER TABLE scamscreen.audit_log DISABLE TRIGGER USER",
    "ALTER TABLE scamscreen.contacts NO FORCE ROW LEVEL SECURITY",
]


@pytest.mark.parametrize("statement", LEAD_FORBIDDEN)
def test_lead_may_not(team, north, statement):
    refused(team, "lena", statement)


def test_only_leads_delete_and_export(team, screened, screener):
    contact, result = screened(**SCAM)
    with TeamLog.open(team.url("alice")) as log:
        doomed = log.add(contact, result, data_version="x")
    refused(team, "alice", "DELETE FROM scamscreen.contacts WHERE uid = %s", [doomed.uid])
    assert rows(team, "lena", "SELECT count(*) FROM scamscreen.export_contacts(false)")[0][0] > 0
    with team.connect("lena") as conn:
        gone = conn.execute("DELETE FROM scamscreen.contacts WHERE desk = 'north' AND uid = %s",
                            [doomed.uid])
        assert gone.rowcount == 1


def test_export_leaves_the_reporter_out_unless_the_lead_asks(team, north):
    query = ("SELECT reporter_name, reporter_phone, reporter_email FROM "
             "scamscreen.export_contacts(%s) WHERE uid = %s")
    assert rows(team, "lena", query, [False, north.uid]) == [(None, None, None)]
    assert rows(team, "lena", query, [True, north.uid]) == [
        ("Maria Lopez", "+1 555 0100", "maria@example.org")]


# -- auditors ------------------------------------------------------------------------

AUDITOR_FORBIDDEN = [
    "SELECT uid FROM scamscreen.contacts",
    "SELECT * FROM scamscreen.observables",
    "SELECT * FROM scamscreen.checklist_progress",
    "INSERT INTO scamscreen.contacts (uid, verdict, score, engine_version, data_version) "
    "VALUES ('a-1', 'likely_scam', 90, '1', 'x')",
    "SELECT * FROM scamscreen.reporter('x')",
    "SELECT * FROM scamscreen.find_person('maria')",
    "SELECT * FROM scamscreen.export_contacts(false)",
    "UPDATE scamscreen.audit_log SET action = 'nothing'",
    "DELETE FROM scamscreen.audit_log",
    "SELECT * FROM scamscreen.matching('teamviewer', 10)",
]


@pytest.mark.parametrize("statement", AUDITOR_FORBIDDEN)
def test_auditor_may_not(team, north, statement):
    refused(team, "audrey", statement)


def test_every_change_is_audited_with_who_and_which_contact(team, north, screened, screener):
    with TeamLog.open(team.url("alice")) as log:
        log.set_outcome(north.id, "genuine")
        log.set_step(north.id, "verify", "hang-up", True)
        assert log.find_person("Lopez")[0]["uid"] == north.uid
        assert log.reporter(north.id)["name"] == "Maria Lopez"
    with TeamLog.open(team.url("lena")) as log:
        list(log.iter_all())
    audit = rows(team, "audrey", "SELECT who, action, contact_uid, desk, at FROM "
                 "scamscreen.audit_log ORDER BY id")
    seen = {(who, action, uid) for who, action, uid, _desk, _at in audit}
    for expected in [("alice", "add", north.uid), ("alice", "change", north.uid),
                     ("alice", "checklist", north.uid), ("alice", "search-person", None),
                     ("alice", "view-person", north.uid), ("lena", "export", None)]:
        assert expected in seen
    assert {desk for *_rest, desk, _at in audit} == {"north"}  # the auditor's desk only


# -- the audit log is append-only, for everyone ------------------------------------------


@pytest.mark.parametrize("user", ["alice", "lena", "audrey"])
@pytest.mark.parametrize("statement", [
    "UPDATE scamscreen.audit_log SET who = 'nobody'",
    "DELETE FROM scamscreen.audit_log",
    "TRUNCATE scamscreen.audit_log",
])
def test_nobody_changes_the_audit_log(team, north, user, statement):
    refused(team, user, statement)


@pytest.mark.parametrize("statement", [
    "UPDATE scamscreen.audit_log SET who = 'nobody'",
    "DELETE FROM scamscreen.audit_log",
    "TRUNCATE scamscreen.audit_log",
])
def test_not_even_the_owner_changes_the_audit_log(team, north, statement):
    """The owner sees no desk's rows (row-level security is forced on it too); even
    after lifting that for itself, the trigger refuses every change."""
    with psycopg.connect(team.owner_url) as conn:
        conn.execute("ALTER TABLE scamscreen.audit_log NO FORCE ROW LEVEL SECURITY")
        assert conn.execute("SELECT count(*) FROM scamscreen.audit_log").fetchone()[0] > 0
        with pytest.raises(errors.InsufficientPrivilege) as caught:
            conn.execute(statement)
        assert "append-only" in str(caught.value)
        conn.rollback()


# -- desks -----------------------------------------------------------------------------


def test_another_desks_rows_are_invisible(team, north):
    for user in ("bob", "sam"):
        for table in ("contacts", "observables", "checklist_progress"):
            column = "uid"
            assert rows(team, user, f"SELECT {column} FROM scamscreen.{table} "
                        "WHERE uid = %s", [north.uid]) == []
        assert rows(team, user, "SELECT * FROM scamscreen.reporter(%s)", [north.uid]) == []
    with team.connect("sam") as conn:
        assert conn.execute("DELETE FROM scamscreen.contacts WHERE uid = %s",
                            [north.uid]).rowcount == 0
        assert conn.execute("UPDATE scamscreen.contacts SET outcome = 'genuine' WHERE uid = %s",
                            [north.uid]).rowcount == 0
    assert rows(team, "alice", "SELECT count(*) FROM scamscreen.contacts WHERE uid = %s",
                [north.uid]) == [(1,)]


def test_the_owner_sees_no_desk_and_a_stranger_cannot_even_connect(team, north):
    with psycopg.connect(team.owner_url, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM scamscreen.contacts").fetchone() == (0,)
    with team.cluster.admin() as conn:
        conn.execute("DROP ROLE IF EXISTS mallory")
        conn.execute("CREATE ROLE mallory LOGIN PASSWORD 'mallory-password-1'")
    with pytest.raises(psycopg.OperationalError) as caught:
        psycopg.connect(team.cluster.url("mallory", "mallory-password-1"))
    assert "permission denied" in str(caught.value)


def test_the_word_search_finds_only_the_callers_desk(team, north):
    query = "SELECT uid FROM scamscreen.matching('teamviewer', 1000) AS uid WHERE uid = %s"
    assert rows(team, "alice", query, [north.uid]) == [(north.uid,)]
    assert rows(team, "bob", query, [north.uid]) == []
