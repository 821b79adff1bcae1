"""Backups of the case log, and recovery from a damaged case log.

Backups use SQLite's online backup API, so they are consistent even while the app writes.
They follow the work, not the calendar: one after every `SAVES_PER_BACKUP` saves and
after each hour of use in which something was saved (`due`), and one before any schema
change or restore. Automatic backups refresh the day's file, `daily-YYYY-MM-DD.db`, and
the last `KEEP_DAILY` days are kept; more can be taken on demand. Every backup is a
single file (rollback journal, not WAL), so checking it later needs nothing beside it.

At opening, a log is called damaged only on evidence of damage: SQLite's integrity check
failing or saying the file is corrupt, a header that is not SQLite's or a file shorter
than its header says, a schema that is not a case log's. A damaged log is moved aside
under a name no other copy has (never deleted, never overwritten) and the newest backup
that passes the check takes its place. Anything else (a disk I/O error, a full disk, a
locked or read-only file, a file that cannot be opened) says nothing about the log: it
raises `Unusable` and no file is moved.

The thorough check is `PRAGMA integrity_check`, which reads every page: about 2 seconds
for 100,000 contacts. The quick check reads the file's header and its schema only (a
file that is not SQLite, or was cut short, or is not a case log), in microseconds; the
desktop app opens with it, shows the history, and then runs the thorough check on its
case-log thread (`CaseLog.daily_care`).

A backup is written to a temporary `.backup-*.db` beside its destination and renamed; one
interrupted by a kill leaves that file (and its `-journal`), which the next opening
removes (`clean_interrupted`, called while the opening lock is held).
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import NamedTuple

from scamscreen.store.location import BACKUP_DIR, private_dir, private_file

KEEP_DAILY = 7
SAVES_PER_BACKUP = 25  # an automatic backup after this many saves ...
BACKUP_EVERY = timedelta(hours=1)  # ... or this long after the last, if anything was saved
TEMP_PREFIX = ".backup-"

# SQLite's primary result codes (the low byte of an extended code).
_CORRUPT = 11
_FULL = 13
_NOTADB = 26
_IOERR = 10
# Below this much free space, a disk I/O error on the data folder's disk is a full disk.
_NEARLY_FULL = 1024 * 1024


class Recovery(NamedTuple):
    """What happened when a damaged case log was found; `message` is for the user."""

    moved_to: Path
    restored_from: Path | None
    message: str


class Unusable(Exception):
    """A file could not be read or written just now, for a reason that says nothing
    about what is in it: nothing was moved. `full` when the disk is full."""

    def __init__(self, problem: str, *, full: bool = False) -> None:
        super().__init__(problem)
        self.problem = problem
        self.full = full


def _code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_damage(exc: sqlite3.Error) -> bool:
    """Whether SQLite's error is evidence that the file itself is damaged."""
    return _code(exc) in (_CORRUPT, _NOTADB)


def is_full(exc: BaseException, folder: Path | None = None) -> bool:
    """Whether the error means the disk (of `folder`, when given) is full. SQLite often
    reports that as a plain disk I/O error (the `-shm` or `-wal` file could not grow),
    so an I/O error on a disk with (almost) nothing left counts too."""
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
    code = _code(exc)
    if code == _FULL:
        return True
    if code == _IOERR and folder is not None:
        try:
            return shutil.disk_usage(folder).free < _NEARLY_FULL
        except OSError:
            return False
    return False


def _unusable(exc: BaseException, folder: Path) -> Unusable:
    if isinstance(exc, OSError):
        return Unusable(f"{exc.strerror or exc}", full=is_full(exc))
    return Unusable(str(exc), full=is_full(exc, folder))


def read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection. With a write-ahead log beside the file (a writer has it
    open, or stopped without closing), SQLite must read that too, so `mode=ro`; without
    one, the file holds everything and `immutable=1` reads it without making a `-shm`
    file (which a full or read-only disk would refuse)."""
    wal = path.with_name(path.name + "-wal")
    mode = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)


def backup_dir(home: Path) -> Path:
    return private_dir(home / BACKUP_DIR)


def on_demand_path(home: Path, label: str = "manual") -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    return backup_dir(home) / f"{label}-{stamp}.db"


def backup_to(conn: sqlite3.Connection, dest: Path) -> Path:
    """A consistent copy of the open database at `dest`, written atomically, as a single
    file (rollback journal): reading it later makes nothing beside it."""
    private_dir(dest.parent)
    handle, name = tempfile.mkstemp(dir=dest.parent, prefix=TEMP_PREFIX, suffix=".db")
    os.close(handle)
    temp = Path(name)
    try:
        target = sqlite3.connect(temp)
        try:
            conn.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        private_file(temp)
        os.replace(temp, dest)
    except BaseException:
        for part in (temp, temp.with_name(temp.name + "-journal")):
            with contextlib.suppress(OSError):
                part.unlink(missing_ok=True)
        raise
    return dest


def clean_interrupted(home: Path) -> None:
    """Remove what backups killed half-way left behind (`.backup-*.db` and its
    `-journal`). Only while holding the opening lock, which every backup into the
    backups folder holds too: any such file then belongs to no one."""
    folder = home / BACKUP_DIR
    if not folder.is_dir():
        return
    for leftover in folder.glob(TEMP_PREFIX + "*"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def daily(conn: sqlite3.Connection, home: Path, today: datetime | None = None) -> Path | None:
    """Take today's backup if there is none yet, and keep only the newest `KEEP_DAILY`."""
    path = backup_dir(home) / f"daily-{(today or datetime.now(UTC)).strftime('%Y-%m-%d')}.db"
    return None if path.exists() else automatic(conn, home, today)


def automatic(conn: sqlite3.Connection, home: Path, today: datetime | None = None) -> Path:
    """Back up the log as it is now into the day's file (replacing an earlier one of
    the same day), and keep only the newest `KEEP_DAILY` days."""
    folder = backup_dir(home)
    day = (today or datetime.now(UTC)).strftime("%Y-%m-%d")
    made = backup_to(conn, folder / f"daily-{day}.db")
    for old in sorted(folder.glob("daily-*.db"), reverse=True)[KEEP_DAILY:]:
        old.unlink(missing_ok=True)
    return made


def newest_backup_time(home: Path) -> float | None:
    """When the newest backup of any kind was written (a POSIX time), or None."""
    folder = home / BACKUP_DIR
    times = []
    if folder.is_dir():
        for path in folder.glob("*.db"):
            if not path.name.startswith("."):
                with contextlib.suppress(OSError):
                    times.append(path.stat().st_mtime)
    return max(times, default=None)


def saves_since(conn: sqlite3.Connection, moment: float) -> int:
    """Contacts saved or changed after `moment` (a POSIX time): the work a backup taken
    then does not hold."""
    stamp = datetime.fromtimestamp(moment, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    row = conn.execute("SELECT count(*) FROM contacts WHERE updated_at > ?", [stamp]).fetchone()
    return int(row[0])


def due(saves: int, last: float | None, now: float | None = None) -> bool:
    """Whether an automatic backup is due: there is none yet, or something was saved
    since the last and that was `SAVES_PER_BACKUP` saves or `BACKUP_EVERY` ago."""
    if last is None:
        return True
    if saves <= 0:
        return False
    age = (time.time() if now is None else now) - last
    return saves >= SAVES_PER_BACKUP or age >= BACKUP_EVERY.total_seconds()


_MAGIC = b"SQLite format 3\x00"


def _header(path: Path) -> str | None:
    """What the first 100 bytes say is wrong, or None; raises OSError when the file
    cannot be read."""
    size = path.stat().st_size
    with path.open("rb") as handle:
        head = handle.read(100)
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


def header_problem(path: Path) -> str | None:
    """What the first 100 bytes say is wrong: not SQLite, or shorter than its header
    says (a file cut off by a full disk or a copy that did not finish)."""
    try:
        return _header(path)
    except OSError as exc:
        return f"it cannot be read ({exc.strerror or exc})"


def check(path: Path, thorough: bool = True) -> str:
    """ "ok", or the evidence that the file is damaged: with `thorough`, everything
    SQLite's integrity check finds; without, what the header and the schema show.
    Raises `Unusable` when the file cannot be read just now (that is not evidence).
    A SQLite file with no tables at all is a new log whose first save had not
    committed: "ok"."""
    try:
        problem = _header(path)
        if problem is not None or path.stat().st_size == 0:
            return problem or "ok"
    except OSError as exc:
        raise _unusable(exc, path.parent) from None
    try:
        conn = read_only(path)
        try:
            if thorough:
                rows = conn.execute("PRAGMA integrity_check").fetchall()
                if rows != [("ok",)]:
                    return "; ".join(str(r[0]) for r in rows[:5])
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if tables and "contacts" not in tables:
                return "it is not a ScamScreen case log"
            return "ok"
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if is_damage(exc):
            return str(exc)
        raise _unusable(exc, path.parent) from None


def good_backups(home: Path) -> list[Path]:
    """Backups that pass the integrity check, newest first (one that cannot be read
    just now is left out, and left alone)."""
    folder = home / BACKUP_DIR
    if not folder.is_dir():
        return []
    candidates = sorted(
        (p for p in folder.glob("*.db") if not p.name.startswith(".")),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    good = []
    for candidate in candidates:
        with contextlib.suppress(Unusable):
            if check(candidate) == "ok":
                good.append(candidate)
    return good


def aside_name(path: Path) -> Path:
    """A name for a damaged copy of `path` that no file (nor its -wal or -shm) has."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    while True:
        moved = path.with_name(f"{path.name}.damaged-{stamp}-{uuid.uuid4().hex[:8]}")
        if not any(moved.with_name(moved.name + s).exists() for s in ("", "-wal", "-shm")):
            return moved


def check_and_recover(path: Path, home: Path, thorough: bool = True) -> Recovery | None:
    """At opening (holding the opening lock): if the case log is damaged, move it aside
    and restore a backup. Raises `Unusable`, moving nothing, when it cannot be read."""
    if not path.exists():
        return None
    problem = check(path, thorough)
    if problem == "ok":
        return None
    moved = aside_name(path)
    for suffix in ("", "-wal", "-shm"):
        part = path.with_name(path.name + suffix)
        if part.exists():
            os.replace(part, moved.with_name(moved.name + suffix))
    for candidate in good_backups(home):
        source = read_only(candidate)
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
    from scamscreen.core.errors import StoreError

    if not source.is_file():
        raise StoreError(f"{source}: there is no such backup file.")
    try:
        problem = check(source)
    except Unusable as exc:
        problem = f"it cannot be read just now ({exc.problem})"
    if problem != "ok":
        raise StoreError(f"{source} cannot be restored: {problem}.")
    src = read_only(source)
    try:
        src.backup(conn)
    finally:
        src.close()


def migrations_in(path: Path) -> list[str]:
    """The schema migrations a (good) backup file records as applied."""
    try:
        conn = read_only(path)
        try:
            rows = conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = 'scamscreen'"
            ).fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return []
    return [r[0] for r in rows]
