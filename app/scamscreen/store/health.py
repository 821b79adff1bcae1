"""Can ScamScreen use the user's own data folder? The checks behind `--self-test`.

The self-test proves the installed copy works in a temporary folder; these checks look at
the folder the app will really use (`--data-dir`, SCAMSCREEN_HOME, else platformdirs) and
change nothing in it: the case log is opened read-only, without even the `-wal` and
`-shm` files SQLite would otherwise make beside it, and the write check creates one
uniquely named file (O_EXCL, so never someone else's) and removes it at once.

A folder that does not exist yet is fine: the app makes it (and its parents) at the
first save, so then the nearest folder that does exist must take a new file.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import uuid
from pathlib import Path
from typing import NamedTuple

from scamscreen.store.location import BACKUP_DIR, DB_NAME

# The least free space the folder's disk must have. A home user's case log is a few
# megabytes, and the app writes whole copies of it beside it (its backups: one after
# every few dozen saves or hour of use, the newest of each of the last seven days kept);
# an update unpacks a copy of the screening data (about 0.5 MB today) and refuses
# to start with less than that plus 2 MB (feeds/update.py); SQLite's
# write-ahead log grows by a few megabytes between checkpoints. 50 MB holds all of that
# several times over, and so still leaves room when the disk is filling up; less than
# that, and a save may fail half-way through a busy day. On top of it comes the size of
# the case log itself, for the next backup of a log that has grown large (a help desk's).
MIN_FREE = 50 * 1024 * 1024

# The checks, as the self-test names them.
FOLDER = "your data folder"
LOG = "your case log"
WRITING = "writing in your data folder"
ROOM = "free space for your data folder"


class Check(NamedTuple):
    name: str  # what was checked, in words: FOLDER, LOG, WRITING or ROOM
    ok: bool
    says: str  # what was found; when not ok, what is wrong and what to do


def check_home(home: Path) -> list[Check]:
    """The user's data folder `home`, checked without changing anything in it."""
    try:
        exists = home.exists()
        base = home if exists else _nearest_existing(home)
    except OSError as exc:
        return [_fail(FOLDER, f"Your data folder {home} cannot be reached", exc)]
    if not base.is_dir():
        return [
            Check(
                FOLDER,
                False,
                f"Your data folder {home} cannot be made: {base} is a file, not a folder. "
                + _ELSEWHERE,
            )
        ]
    return [
        Check(FOLDER, True, f"{home}")
        if exists
        else Check(
            FOLDER,
            True,
            f"{home} (not made yet: ScamScreen makes it when it first saves something)",
        ),
        case_log(home / DB_NAME),
        writable(home, base),
        room(home, base),
    ]


_ELSEWHERE = (
    "ScamScreen itself is installed correctly: reinstalling will not help. Ask someone "
    "who looks after this computer to fix the folder, or start ScamScreen with "
    "--data-dir pointing to a folder you can write to."
)


def _fail(name: str, what: str, exc: OSError) -> Check:
    return Check(name, False, f"{what} ({_reason(exc)}). {_ELSEWHERE}")


def _reason(exc: OSError) -> str:
    if exc.errno:
        return os.strerror(exc.errno).lower()
    return str(exc) or exc.__class__.__name__


def _nearest_existing(path: Path) -> Path:
    for parent in path.parents:
        if parent.exists():
            return parent
    return Path(path.anchor or ".")


def case_log(path: Path) -> Check:
    """The case log, if there is one: a SQLite file, not damaged, a ScamScreen case log
    this version can open. Read-only: nothing is written, moved or created."""
    from scamscreen.store import backup as backups
    from scamscreen.store.schema import known_migrations

    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return Check(LOG, True, "none yet (it is made at the first save)")
    except OSError as exc:
        return _fail(LOG, f"Your case log {path} cannot be read", exc)
    if size == 0:
        return Check(LOG, True, f"{path} (empty)")
    problem = backups.header_problem(path)
    count = 0
    newer: list[str] = []
    if problem is None:
        try:
            conn = _open_read_only(path)
            try:
                rows = conn.execute("PRAGMA integrity_check").fetchall()
                if rows != [("ok",)]:
                    problem = "; ".join(str(r[0]) for r in rows[:5])
                else:
                    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
                    if "contacts" not in tables:
                        problem = "it is not a ScamScreen case log"
                    else:
                        count = conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
                        if "_sqlite_migrations" in tables:
                            applied = conn.execute(
                                "SELECT name FROM _sqlite_migrations "
                                "WHERE migration_set = 'scamscreen'"
                            ).fetchall()
                            known = set(known_migrations())
                            newer = [r[0] for r in applied if r[0] not in known]
            finally:
                conn.close()
        except sqlite3.Error as exc:
            if not backups.is_damage(exc):  # busy, full, an I/O error: not damage
                return Check(
                    LOG,
                    False,
                    f"Your case log {path} cannot be read just now ({exc}); nothing in "
                    f"it was changed. {_ELSEWHERE}",
                )
            problem = str(exc)
    if problem is not None:
        if problem.startswith("it cannot be read"):  # (header_problem's words)
            return Check(LOG, False, f"Your case log {path} {problem[3:]}. {_ELSEWHERE}")
        folder = path.parent / BACKUP_DIR
        found = len(list(folder.glob("*.db")))
        then = (
            f"brings back the newest good backup ({found} found in {folder})"
            if found
            else f"starts a new, empty one (there is no backup in {folder})"
        )
        return Check(
            LOG,
            False,
            f"Your case log {path} is damaged ({problem}). Reinstalling will not help. "
            f"Start ScamScreen: it moves the damaged file aside (it deletes nothing) and {then}.",
        )
    if newer:
        return Check(
            LOG,
            False,
            f"Your case log {path} was written by a newer version of ScamScreen (it has "
            f"changes this version does not know: {', '.join(newer)}). Install that "
            "newer version to use it; nothing in it was changed.",
        )
    contacts = "1 contact" if count == 1 else f"{count} contacts"
    return Check(LOG, True, f"{path} opens ({contacts})")


def _open_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection that creates nothing beside the file. With a write-ahead
    log beside it (the app is running, or stopped without closing), SQLite must read
    it: `mode=ro` does, using the `-shm` file that is already there. Without one, the
    main file holds everything, and `immutable=1` reads it even on a read-only disk,
    where `mode=ro` could not make the `-shm` file it wants."""
    wal = path.with_name(path.name + "-wal")
    shm = path.with_name(path.name + "-shm")
    mode = "mode=ro" if wal.exists() and shm.exists() else "immutable=1"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)


def writable(home: Path, base: Path) -> Check:
    """Make a new, uniquely named file in the folder (or, when the folder is not made
    yet, in the folder it will be made in), write to it, and remove it."""
    probe = base / f".scamscreen-self-test-{uuid.uuid4().hex}.tmp"
    try:
        fd = os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except OSError as exc:
        if base == home:
            return _fail(WRITING, f"Your data folder {home} cannot be written to", exc)
        return _fail(
            WRITING,
            f"Your data folder {home} does not exist yet and cannot be made: "
            f"{base} cannot be written to",
            exc,
        )
    try:
        try:
            os.write(fd, b"ScamScreen self-test\n")
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return _fail(WRITING, f"Nothing more can be written in {base}", exc)
        return _fail(WRITING, f"Writing a file in {base} failed", exc)
    finally:
        probe.unlink(missing_ok=True)
    where = "can be written to" if base == home else f"can be made in {base}"
    return Check(WRITING, True, where)


def room(home: Path, base: Path) -> Check:
    """Enough free space on the folder's disk (see MIN_FREE)."""
    from scamscreen.feeds.manifest import readable_size

    try:
        free = shutil.disk_usage(base).free
    except OSError as exc:
        return _fail(ROOM, f"The free space for {home} cannot be measured", exc)
    log = home / DB_NAME
    needed = MIN_FREE + (log.stat().st_size if log.exists() else 0)
    if free < needed:
        return Check(
            ROOM,
            False,
            f"Your data folder {home} is on a disk with only {readable_size(free)} free; "
            f"ScamScreen needs at least {readable_size(needed)} there to save safely "
            "(the backups of your case log, and updates). ScamScreen itself is "
            "installed correctly: reinstalling will not help. Free some space on that "
            "disk (empty the recycle bin, remove large files you no longer need), or "
            "start ScamScreen with --data-dir pointing to a folder on another disk.",
        )
    return Check(ROOM, True, f"{readable_size(free)} free")
