"""Backups follow the work, not the calendar: one after every `SAVES_PER_BACKUP` saves
and after each hour of use, and one before any schema change or restore, so recovery
from damage loses at most that much. Before the fix, the only automatic backup was taken
at the first opening of the day: damage at the end of a day lost the whole day."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from pathlib import Path

from scamscreen.core.contact import parse_contact
from scamscreen.store import CaseLog
from scamscreen.store import backup as backups

SCAM = {"channel": "popup", "text": "VIRUS ALERT! Call Microsoft 1-844-555-0199 now."}
EVERY = getattr(backups, "SAVES_PER_BACKUP", 25)
FIXTURES = Path(__file__).parent / "fixtures"


def add(log, screener, text="x"):
    contact = parse_contact({**SCAM, "text": SCAM["text"] + " " + text})
    return log.add(contact, screener.screen(contact), data_version="t").id


def newest_backup_count(home: Path) -> int:
    newest = max((home / "backups").glob("*.db"), key=lambda p: p.stat().st_mtime_ns)
    conn = sqlite3.connect(f"file:{newest}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM contacts").fetchone()[0])
    finally:
        conn.close()


def test_a_backup_is_taken_after_every_n_saves(tmp_path, screener):
    home = tmp_path / "home"
    with CaseLog.open(home) as log:
        for n in range(EVERY):
            add(log, screener, f"save {n}")
        assert newest_backup_count(home) == EVERY


def test_saves_from_separate_openings_count_towards_the_next_backup(tmp_path, screener):
    home = tmp_path / "home"
    for n in range(EVERY):  # as the command line does: one opening per save
        with CaseLog.open(home) as log:
            add(log, screener, f"save {n}")
    with CaseLog.open(home):
        pass
    assert newest_backup_count(home) == EVERY


def test_an_hour_of_use_takes_a_backup_of_what_changed(tmp_path, screener):
    home = tmp_path / "home"
    with CaseLog.open(home) as log:
        add(log, screener, "morning")
    hours_ago = time.time() - 2 * 3600
    for path in (home / "backups").glob("*.db"):
        os.utime(path, (hours_ago, hours_ago))
    with CaseLog.open(home):
        pass
    assert newest_backup_count(home) == 1  # the morning's contact is in a backup now


def test_a_schema_change_is_preceded_by_a_backup_of_the_old_log(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    shutil.copy(FIXTURES / "schema-001.db", home / "scamscreen.db")
    with CaseLog.open(home, daily_backup=False):
        pass
    old = [p for p in (home / "backups").glob("*.db") if len(backups.migrations_in(p)) == 1]
    assert old, list((home / "backups").glob("*"))
