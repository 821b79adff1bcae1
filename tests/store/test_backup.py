"""Backups, restore, and recovery from a damaged case log."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta

import pytest

from scamscreen.core.contact import parse_contact
from scamscreen.store import CaseLog, StoreError
from scamscreen.store import backup as backups

SCAM = {"channel": "popup", "text": "VIRUS ALERT! Call Microsoft 1-844-555-0199 now."}


def add(log, screener, text="x"):
    contact = parse_contact({**SCAM, "text": SCAM["text"] + " " + text})
    return log.add(contact, screener.screen(contact), data_version="t").id


def test_opening_takes_the_days_backup_once(tmp_path, screener):
    home = tmp_path / "home"
    with CaseLog.open(home) as log:
        add(log, screener)
    with CaseLog.open(home):
        pass
    assert len(list((home / "backups").glob("daily-*.db"))) == 1


def test_daily_backups_rotate_keeping_the_last_seven(tmp_path, screener):
    home = tmp_path / "home"
    with CaseLog.open(home, daily_backup=False) as log:
        add(log, screener)
        for made in (home / "backups").glob("*.db"):  # (the first save's own backup)
            made.unlink()
        start = datetime(2026, 11, 1, tzinfo=UTC)
        for day in range(10):
            backups.daily(log.db.conn, home, today=start + timedelta(days=day))
    names = sorted(p.name for p in (home / "backups").glob("daily-*.db"))
    assert names == [f"daily-2026-11-{d:02d}.db" for d in range(4, 11)]


def test_backup_and_restore_on_demand(tmp_path, screener):
    home = tmp_path / "home"
    with CaseLog.open(home) as log:
        first = add(log, screener, "first")
        saved = log.backup(tmp_path / "mine.db")
        second = add(log, screener, "second")
        safety = log.restore(saved)
        assert log.get(first) is not None and log.get(second) is None
        assert safety.exists() and backups.check(safety) == "ok"
        second_again = add(log, screener, "after restore")  # still writable
        assert log.get(second_again) is not None
    assert backups.check(saved) == "ok"


def test_restoring_a_bad_file_changes_nothing(tmp_path, screener):
    home = tmp_path / "home"
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database at all" * 100)
    with CaseLog.open(home) as log:
        kept = add(log, screener)
        with pytest.raises(StoreError, match="cannot be restored"):
            log.restore(junk)
        with pytest.raises(StoreError, match="no such backup"):
            log.restore(tmp_path / "missing.db")
        assert log.get(kept) is not None


def damage(path, start=None, pages=3):
    """Overwrite pages of the file (by default from a third of the way in): the header
    survives, the pages do not."""
    data = bytearray(path.read_bytes())
    start = len(data) // 3 if start is None else start
    data[start : start + 4096 * pages] = b"\xa5" * (4096 * pages)
    path.write_bytes(bytes(data))


def test_a_damaged_log_is_moved_aside_and_the_newest_good_backup_restored(tmp_path, screener):
    home = tmp_path / "home"
    with CaseLog.open(home) as log:
        before = [add(log, screener, f"before {i}") for i in range(30)]
        log.backup()
        after = add(log, screener, "after the backup")
        log.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db = home / "scamscreen.db"
    damage(db)
    assert backups.check(db) != "ok"
    with CaseLog.open(home) as log:
        assert log.recovery is not None
        assert log.recovery.moved_to.exists()
        assert "damaged" in log.recovery.message and "backup" in log.recovery.message
        assert log.integrity() == "ok"
        assert all(log.get(i) is not None for i in before)
        assert log.get(after) is None
    assert list(home.glob("scamscreen.db.damaged-*"))  # never deleted


def test_a_file_that_is_not_a_database_starts_a_new_log_and_is_kept(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "scamscreen.db").write_bytes(b"garbage" * 1000)
    with CaseLog.open(home) as log:
        assert log.recovery is not None and log.recovery.restored_from is None
        assert "no good backup" in log.recovery.message
        assert log.count() == 0
    (moved,) = home.glob("scamscreen.db.damaged-*")
    assert moved.read_bytes() == b"garbage" * 1000


def test_damaged_backups_are_skipped(tmp_path, screener):
    home = tmp_path / "home"
    with CaseLog.open(home) as log:
        kept = add(log, screener, "kept")
        good = log.backup()
    newest = home / "backups" / "manual-zzz-newest.db"
    newest.write_bytes(b"not a database")
    os.utime(newest, (good.stat().st_mtime + 60,) * 2)
    (home / "scamscreen.db").write_bytes(b"garbage")
    with CaseLog.open(home) as log:
        assert log.recovery.restored_from == good
        assert log.get(kept) is not None


def test_a_truncated_log_is_recovered_from_the_newest_backup(tmp_path, screener):
    home = tmp_path / "home"
    with CaseLog.open(home) as log:
        kept = [add(log, screener, f"kept {i}") for i in range(40)]
        log.backup()
    db = home / "scamscreen.db"
    db.write_bytes(db.read_bytes()[: db.stat().st_size // 2])  # cut off mid-file
    with CaseLog.open(home) as log:
        assert log.recovery is not None and log.recovery.restored_from is not None
        assert all(log.get(i) is not None for i in kept)


def test_the_quick_check_finds_a_cut_off_or_foreign_file_but_not_inner_damage(tmp_path, screener):
    home = tmp_path / "home"
    with CaseLog.open(home) as log:
        for i in range(40):
            add(log, screener, f"kept {i}")
        log.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db = home / "scamscreen.db"
    whole = db.read_bytes()
    assert backups.check(db, thorough=False) == "ok"
    db.write_bytes(whole[: len(whole) // 2])
    assert "cut off" in backups.check(db, thorough=False)
    db.write_bytes(b"garbage" * 100)
    assert "not a SQLite database" in backups.check(db, thorough=False)
    db.write_bytes(whole)
    damage_late(db)
    assert backups.check(db, thorough=False) == "ok"  # only the thorough check reads it all
    assert backups.check(db) != "ok"


def damage_late(path):
    """Overwrite pages near the end of the file, away from the header and the schema."""
    damage(path, start=path.stat().st_size - 4096 * 3, pages=2)


def test_daily_care_finds_inner_damage_that_the_quick_opening_missed(tmp_path, screener):
    home = tmp_path / "home"
    with CaseLog.open(home) as log:
        kept = [add(log, screener, f"kept {i}") for i in range(30)]
        log.backup()
        log.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damage_late(home / "scamscreen.db")
    with CaseLog.open(home, daily_backup=False, thorough=False) as log:
        assert log.recovery is None
        assert log.daily_care() != "ok"
    with CaseLog.open(home) as log:  # what the app does next
        assert log.recovery is not None and log.recovery.restored_from is not None
        assert all(log.get(i) is not None for i in kept)
        assert log.daily_care() == "ok"


def test_an_empty_file_left_by_an_interrupted_first_start_is_a_new_log(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "scamscreen.db").write_bytes(b"")
    with CaseLog.open(home) as log:
        assert log.recovery is None
        assert log.count() == 0
    assert not list(home.glob("scamscreen.db.damaged-*"))


def test_restore_refuses_a_fifo_from_the_app_too(tmp_path):
    """CaseLog.restore itself refuses what is not a regular file, so the app's restore
    (which calls it directly) cannot hang on a pipe (issue 12)."""
    import os

    from scamscreen.store import CaseLog, StoreError

    fifo = tmp_path / "backup.db"
    os.mkfifo(fifo)
    with CaseLog.open(tmp_path / "home") as log, pytest.raises(StoreError) as refused:
        log.restore(fifo)
    assert str(fifo) in str(refused.value) and "nothing in the case log was changed" in str(
        refused.value
    )
