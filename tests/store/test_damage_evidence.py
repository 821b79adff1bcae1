"""Damage is decided only on evidence of damage. A log that cannot be read just now
(disk I/O error, disk full, locked, read-only) is reported as that and never moved; a
damaged copy is never overwritten; a log whose creation had not committed yet is new,
not damaged; a backup interrupted by a kill is cleaned up at the next opening."""

from __future__ import annotations

import sqlite3

import pytest

from scamscreen.core.contact import parse_contact
from scamscreen.store import CaseLog, StoreError
from scamscreen.store import backup as backups

SCAM = {"channel": "popup", "text": "VIRUS ALERT! Call Microsoft 1-844-555-0199 now."}


def add(log, screener, text="x"):
    contact = parse_contact({**SCAM, "text": SCAM["text"] + " " + text})
    return log.add(contact, screener.screen(contact), data_version="t").id


def _error(message: str, code: int, name: str) -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError(message)
    exc.sqlite_errorcode = code  # type: ignore[attr-defined]
    exc.sqlite_errorname = name  # type: ignore[attr-defined]
    return exc


TRANSIENT = [
    _error("disk I/O error", 10, "SQLITE_IOERR"),
    _error("database or disk is full", 13, "SQLITE_FULL"),
    _error("database is locked", 5, "SQLITE_BUSY"),
    _error("attempt to write a readonly database", 8, "SQLITE_READONLY"),
]


@pytest.mark.parametrize("error", TRANSIENT, ids=[str(e) for e in TRANSIENT])
def test_an_error_that_is_not_damage_never_moves_the_log(tmp_path, screener, monkeypatch, error):
    home = tmp_path / "home"
    with CaseLog.open(home) as log:
        kept = add(log, screener)
    real_connect = sqlite3.connect

    def failing(target, *args, **kwargs):
        if "mode=ro" in str(target) or "immutable=1" in str(target):
            raise error
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(backups.sqlite3, "connect", failing)
    with pytest.raises(StoreError) as raised:
        CaseLog.open(home)
    assert raised.value.storage
    assert "damaged" not in str(raised.value)
    full = error.sqlite_errorcode == 13  # type: ignore[attr-defined]
    assert ("is full, so nothing new was saved" if full else str(error)) in str(raised.value)
    monkeypatch.undo()
    assert not list(home.glob("*damaged*"))
    with CaseLog.open(home) as log:
        assert log.recovery is None and log.get(kept) is not None


def test_damaged_copies_get_unique_names_and_are_never_overwritten(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    contents = [f"garbage number {n} ".encode() * 500 for n in range(3)]
    for content in contents:  # all within a second or two
        (home / "scamscreen.db").write_bytes(content)
        with CaseLog.open(home) as log:
            assert log.recovery is not None
    kept = sorted(p.read_bytes() for p in home.glob("scamscreen.db.damaged-*"))
    assert kept == sorted(contents)


def test_a_log_whose_creation_has_not_committed_is_new_not_damaged(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    conn = sqlite3.connect(home / "scamscreen.db")  # what a creator has made so far:
    conn.execute("PRAGMA journal_mode = WAL")  # a SQLite file, no tables yet
    conn.close()
    with CaseLog.open(home) as log:
        assert log.recovery is None
        assert log.count() == 0
    assert not list(home.glob("*damaged*"))


def test_a_schema_that_is_not_ours_is_still_damage(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    conn = sqlite3.connect(home / "scamscreen.db")
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    with CaseLog.open(home) as log:
        assert log.recovery is not None and "not a ScamScreen case log" in log.recovery.message
    assert len(list(home.glob("scamscreen.db.damaged-*"))) == 1


def test_an_interrupted_backup_is_cleaned_up_at_the_next_opening(tmp_path):
    home = tmp_path / "home"
    with CaseLog.open(home):
        pass
    folder = home / "backups"
    leftovers = [folder / ".backup-k1ll3d.db", folder / ".backup-k1ll3d.db-journal"]
    for path in leftovers:
        path.write_bytes(b"half a backup")
    with CaseLog.open(home, daily_backup=False, thorough=False):
        pass
    assert not any(p.exists() for p in leftovers)
    assert list(folder.glob("*.db"))  # the real backups are still there


def test_a_save_that_does_not_fit_says_so_and_keeps_what_was_saved(tmp_path, screener):
    home = tmp_path / "home"
    with CaseLog.open(home) as log:
        kept = add(log, screener, "before")
        log.db.execute("PRAGMA max_page_count = 1")  # (what a full disk looks like)
        with pytest.raises(StoreError) as raised:
            add(log, screener, "x" * 50_000)
        assert raised.value.storage and raised.value.full
        assert "nothing new was saved" in str(raised.value)
        assert "safe" in str(raised.value)
        assert not log.db.conn.in_transaction
    with CaseLog.open(home) as log:
        assert [c["id"] for c in log.search()] == [kept]
