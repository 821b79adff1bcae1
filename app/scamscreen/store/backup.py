"""Backups of the case log, and recovery from a damaged file.

Backups use SQLite's online backup API, so they are consistent even while the app writes.
One backup a day is kept automatically (the last 7); more can be taken on demand. At
opening, a database that fails the check (or is not a database at all) is moved aside,
never deleted, and the newest backup that passes the check takes its place.

The thorough check is `PRAGMA integrity_check`, which reads every page: about 2 seconds
for 100,000 contacts. The quick check reads the file's header and its schema only (a
file that is not SQLite, or was cut short, or is not a case log), in microseconds; the
desktop app opens with it, shows the history, and then runs the thorough check on its
case-log thread (`CaseLog.daily_care`).
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from scamscreen.store.location import BACKUP_DIR, private_dir, private_file

KEEP_DAILY = 7


class Recovery(NamedTuple):
    """What happened when a damaged case log was found; `message` is for the user."""

    moved_to: Path
    restored_from: Path | None
    message: str


def backup_dir(home: Path) -> Path:
    return private_dir(home / BACKUP_DIR)


def on_demand_path(home: Path, label: str = "manual") -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    return backup_dir(home) / f"{label}-{stamp}.db"


def backup_to(conn: sqlite3.Connection, dest: Path) -> Path:
    """A consistent copy of the open database at `dest`, written atomically."""
    private_dir(dest.parent)
    handle, temp = tempfile.mkstemp(dir=dest.parent, prefix=".backup-", suffix=".db")
    os.close(handle)
    try:
        target = sqlite3.connect(temp)
        try:
            conn.backup(target)
        finally:
            target.close()
        private_file(Path(temp))
        os.replace(temp, dest)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return dest


def daily(conn: sqlite3.Connection, home: Path, today: datetime | None = None) -> Path | None:
    """Take today's backup if there is none yet, and keep only the newest `KEEP_DAILY`."""
    folder = backup_dir(home)
    day = (today or datetime.now(UTC)).strftime("%Y-%m-%d")
    path = folder / f"daily-{day}.db"
    made = None
    if not path.exists():
        made = backup_to(conn, path)
    for old in sorted(folder.glob("daily-*.db"), reverse=True)[KEEP_DAILY:]:
        old.unlink(missing_ok=True)
    return made


_MAGIC = b"SQLite format 3\x00"


def header_problem(path: Path) -> str | None:
    """What the first 100 bytes say is wrong: not SQLite, or shorter than its header
    says (a file cut off by a full disk or a copy that did not finish)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(100)
    except OSError as exc:
        return f"it cannot be read ({exc.strerror or exc})"
    if size == 0:
        return None  # a new log whose creation was interrupted: nothing is in it yet
    if len(head) < 100 or not head.startswith(_MAGIC):
        return "it is not a SQLite database"
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    # The page count in the header is valid when "version-valid-for" matches the change
    # counter (SQLite file format, section 1.3.7). With a write-ahead log beside it, a
    # shorter file is normal: a checkpoint stopped half-way (the process was killed) is
    # finished from the log when SQLite next opens it, so only SQLite can judge it.
    wal = path.with_name(path.name + "-wal")
    logged = wal.exists() and wal.stat().st_size > 0
    if not logged and head[24:28] == head[92:96] and pages and size < pages * page_size:
        return "the file is shorter than it should be: it was cut off"
    return None


def check(path: Path, thorough: bool = True) -> str:
    """ "ok", or what is wrong with the file: with `thorough`, everything SQLite's
    integrity check finds; without, what the header and the schema show."""
    problem = header_problem(path)
    if problem is not None:
        return problem
    if path.stat().st_size == 0:
        return "ok"
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if thorough:
                rows = conn.execute("PRAGMA integrity_check").fetchall()
                if rows != [("ok",)]:
                    return "; ".join(str(r[0]) for r in rows[:5])
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if "contacts" not in tables:
                return "it is not a ScamScreen case log"
            return "ok"
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return str(exc)


def good_backups(home: Path) -> list[Path]:
    """Backups that pass the integrity check, newest first."""
    folder = home / BACKUP_DIR
    if not folder.is_dir():
        return []
    candidates = sorted(folder.glob("*.db"), key=lambda p: p.stat().st_mtime, reverse=True)
    return [p for p in candidates if check(p) == "ok"]


def check_and_recover(path: Path, home: Path, thorough: bool = True) -> Recovery | None:
    """At opening: if the case log is damaged, move it aside and restore a backup."""
    if not path.exists():
        return None
    problem = check(path, thorough)
    if problem == "ok":
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    moved = path.with_name(f"{path.name}.damaged-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        part = path.with_name(path.name + suffix)
        if part.exists():
            os.replace(part, moved.with_name(moved.name + suffix))
    for candidate in good_backups(home):
        source = sqlite3.connect(f"file:{candidate}?mode=ro", uri=True)
        try:
            backup_to(source, path)
        finally:
            source.close()
        taken = datetime.fromtimestamp(candidate.stat().st_mtime, UTC).strftime("%Y-%m-%d %H:%M")
        return Recovery(
            moved,
            candidate,
            f"The case log was damaged ({problem}). It was moved aside to {moved} and the "
            f"backup from {taken} UTC was restored. Contacts logged after that backup are "
            f"not in the restored log; they may still be readable in the damaged copy.",
        )
    return Recovery(
        moved,
        None,
        f"The case log was damaged ({problem}) and no good backup was found. It was moved "
        f"aside to {moved} and a new, empty case log was started.",
    )


def restore_from(source: Path, conn: sqlite3.Connection) -> None:
    """Copy a backup over the open database (after checking that it is a good one)."""
    from scamscreen.store.caselog import StoreError

    if not source.is_file():
        raise StoreError(f"{source}: there is no such backup file.")
    problem = check(source)
    if problem != "ok":
        raise StoreError(f"{source} cannot be restored: {problem}.")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        src.backup(conn)
    finally:
        src.close()


def migrations_in(path: Path) -> list[str]:
    """The schema migrations a (good) backup file records as applied."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = 'scamscreen'"
            ).fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return []
    return [r[0] for r in rows]
