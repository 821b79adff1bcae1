"""The team store against a real server: the same operations as the SQLite case log,
for one desk, with PostgreSQL's own full-text search."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from scamscreen.core.errors import StoreError
from scamscreen.store.team import admin
from scamscreen.store.team.log import TeamLog

SCAM = {"channel": "phone_inbound", "claimed_org": "Microsoft", "phone": "+1 844 555 0199",
        "text": "He said my computer has a virus and told me to download AnyDesk."}


@pytest.fixture
def alice(team):
    with TeamLog.open(team.url("alice")) as log:
        yield log


def _add(log, screened, screener, **fields):
    contact, result = screened(**(fields or SCAM))
    return log.add(contact, result, data_version=screener.data_version)


def test_init_again_is_an_upgrade_that_changes_nothing(team):
    assert team.first_init.applied  # the first run made the schema
    again = admin.init(team.owner_url)
    assert again.applied == [] and again.before == again.after


def test_add_get_search_count(alice, screened, screener):
    stored = _add(alice, screened, screener)
    row = alice.get(stored.id)
    assert row["uid"] == stored.uid and row["desk"] == "north" and row["logged_by"] == "alice"
    assert row["verdict"] == "likely_scam" and row["contacted_at"].endswith("Z")
    assert {"kind": "phone", "value": "+18445550199"} in row["observables"]
    assert stored.id in [r["id"] for r in alice.search("anydesk")]
    assert stored.id in [r["id"] for r in alice.search("(844) 555-0199")]
    assert alice.count("anydesk") >= 1
    assert stored.id in [r["id"] for r in alice.search(verdict="likely_scam")]


def test_the_same_uid_is_never_stored_twice(alice, screened, screener):
    contact, result = screened(**SCAM)
    first = alice.add(contact, result, data_version="x", uid="same-uid-1")
    second = alice.add(contact, result, data_version="x", uid="same-uid-1")
    assert first.id == second.id
    assert alice.count('"same-uid-1"') == 0  # (uids are not searched words)


def test_seen_before_outcome_checklist_stats(alice, screened, screener):
    one = _add(alice, screened, screener)
    two = _add(alice, screened, screener)
    assert one.id in [r["id"] for r in alice.seen_before(two.id)]
    assert alice.seen_count("phone", "+18445550199") >= 2
    alice.set_outcome(one.id, "confirmed_scam", money_lost_cents=12_345, paid_how="gift cards")
    assert alice.get(one.id)["outcome"] == "confirmed_scam"
    alice.set_step(one.id, "verify", "hang-up", True)
    alice.set_step(one.id, "verify", "hang-up", False)
    assert alice.checklist_progress(one.id, "verify") == {"hang-up": False}
    assert alice.checklists(one.id) == ["verify"]
    assert any(r["verdict"] == "likely_scam" for r in alice.stats_by_week())
    assert any(r["organisation"] == "microsoft" for r in alice.stats_by_org())
    assert any(r["value"] == "+18445550199" and r["contacts"] >= 2
               for r in alice.repeated_since(7))
    assert alice.stats_since(datetime.now(UTC) - timedelta(days=1))
    with pytest.raises(StoreError):
        alice.set_outcome(10**12, "genuine")


def test_a_database_from_a_newer_scamscreen_is_left_alone(team):
    """Inside one transaction that is then rolled back: a schema version this release
    does not know makes `team init` refuse, changing nothing."""
    import psycopg

    from scamscreen.core.errors import TeamError

    with psycopg.connect(team.owner_url) as conn:
        conn.execute("INSERT INTO scamscreen.schema_version (version, name) VALUES (999, 'x')")
        with pytest.raises(TeamError) as caught:
            admin.migrate(conn)
        assert "newer ScamScreen" in str(caught.value)
        conn.rollback()
    assert admin.init(team.owner_url).applied == []


def test_passwords_reach_the_server_only_as_scram_verifiers(team):
    with team.cluster.admin() as conn:
        stored = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = 'alice'"
                              ).fetchone()[0]
    assert stored.startswith("SCRAM-SHA-256$4096:") and team.users["alice"] not in stored
