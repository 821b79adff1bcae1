"""The known-scam lists moved into store/ with sqlite-utils migrations (issue 15): a
lists file made before (schema version 1 in PRAGMA user_version, no migrations) opens,
is upgraded, and keeps every entry, import and setting it had."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from scamscreen.core.contact import parse_contact
from scamscreen.core.errors import ListError
from scamscreen.store.lists import LISTS_NAME, KnownLists
from scamscreen.store.lists_schema import known_migrations

FIXTURE = Path(__file__).parent / "fixtures" / "lists-v1.db"


@pytest.fixture
def home(tmp_path):
    folder = tmp_path / "home"
    folder.mkdir()
    shutil.copyfile(FIXTURE, folder / LISTS_NAME)
    return folder


def rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_lists_made_before_the_move_open_with_every_entry(home):
    with KnownLists.open(home) as lists:
        entries = {(e["list"], e["source"], e["value"]): e for e in lists.entries(limit=100)}
        summary = lists.summary()
        team = lists.meta("team:")
    assert set(entries) == {
        ("allow", "user", "example-help.com"),
        ("block", "user", "+14029357733"),
        ("scam", "ftc", "+18445550199"),
        ("scam", "team:Desk", "+12025550143"),
    }
    assert entries[("block", "user", "+14029357733")]["note"] == "my neighbour's scammer"
    ftc = entries[("scam", "ftc", "+18445550199")]
    assert (ftc["reports"], ftc["first_seen"], ftc["last_seen"], ftc["robocall"]) == (
        2,
        "2026-11-02",
        "2026-11-03",
        True,
    )
    assert summary["last_import"]["file"] == "dnc.csv"
    assert team == {"team:Desk": "https://desk.example/list.csv"}


def test_the_upgrade_records_the_migrations_and_keeps_the_old_version_number(home):
    with KnownLists.open(home):
        pass
    path = home / LISTS_NAME
    applied = rows(
        path, "SELECT name FROM _sqlite_migrations WHERE migration_set = 'scamscreen-lists'"
    )
    assert [name for (name,) in applied] == known_migrations()
    # (an older ScamScreen reads only this number: it still opens the file it knows)
    assert rows(path, "PRAGMA user_version") == [(1,)]
    with KnownLists.open(home) as lists:  # and a second opening changes nothing
        assert lists.count() == 4


def test_upgraded_lists_still_warn_about_the_numbers_they_hold(home, screener):
    with KnownLists.open(home, lookup_only=True) as lists:
        screener.known_scams = lists
        try:
            result = screener.screen(
                parse_contact({"channel": "phone_inbound", "phone": "+1 844 555 0199"})
            )
        finally:
            screener.known_scams = None
    finding = next(f for f in result.findings if f.id == "known_number_tech_support")
    assert finding.title == (
        "This number was reported 2 times, last on 2026-11-03, as tech support"
    )


def test_new_lists_are_made_by_the_migrations(tmp_path):
    with KnownLists.open(tmp_path / "home") as lists:
        lists.add("number", "(402) 935-7733", "block")
    path = tmp_path / "home" / LISTS_NAME
    assert rows(path, "PRAGMA user_version") == [(1,)]
    assert rows(path, "SELECT count(*) FROM _sqlite_migrations") == [(len(known_migrations()),)]


def test_lists_with_a_migration_this_version_does_not_know_are_refused(home):
    with KnownLists.open(home):
        pass
    conn = sqlite3.connect(home / LISTS_NAME)
    with conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('scamscreen-lists', 'm999_from_the_future', '2030-01-01')"
        )
    conn.close()
    with pytest.raises(ListError, match="newer version"):
        KnownLists.open(home)
