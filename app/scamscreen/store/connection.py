"""How ScamScreen's SQLite files are opened and written, the same for the case log and
the known-scam lists: the user's alone (0600), write-ahead logging (a reader never waits
for a writer), waiting for another writer instead of failing at once (busy timeout), one
write transaction at a time taking the write lock up front, and one way to write the
time and to search with LIKE. Light to import: no sqlite-utils (`scamscreen check`
looks the lists up through here)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from scamscreen.store.location import private_file

BUSY_TIMEOUT_MS = 10_000


class Connection(sqlite3.Connection):
    """A connection that can be held weakly (the built-in one cannot)."""


def now() -> str:
    """The moment, as both files keep it (UTC, ISO 8601, to the microsecond)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def connect(path: Path, *, any_thread: bool = False) -> Connection:
    """A connection to the file `path` in autocommit mode (transactions are begun by
    `immediate`), waiting for another writer up to the busy timeout. `any_thread`: it
    may be closed from another thread than the one that made it (each is still used by
    one thread at a time). Raises sqlite3.Error when the file cannot be opened."""
    conn = sqlite3.connect(
        path,
        timeout=BUSY_TIMEOUT_MS / 1000,
        isolation_level=None,
        check_same_thread=not any_thread,
        factory=Connection,
    )
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def write_ahead(
    conn: sqlite3.Connection, path: Path, synchronous: str, no_wal: Callable[[str], Exception]
) -> None:
    """Switch the file to write-ahead logging (raising `no_wal(mode)`, the connection
    closed, when it cannot be), with `synchronous` as given, and make its -wal and -shm
    files the user's alone."""
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        conn.close()
        raise no_wal(str(mode))
    conn.execute(f"PRAGMA synchronous = {synchronous}")
    for suffix in ("-wal", "-shm"):
        private_file(path.with_name(path.name + suffix))


@contextmanager
def immediate(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction, taking the write lock up front (BEGIN IMMEDIATE); rolled
    back if anything goes wrong inside it.

    With a deferred BEGIN, a transaction that reads first and writes later fails at
    once with "database is locked" when another process wrote in between; asking for
    the lock first lets the busy timeout wait for the other writer instead.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def like_pattern(text: str, *, anywhere: bool = True) -> str:
    """`text` as a LIKE pattern (used with ESCAPE '\\'): its own % and _ match only
    themselves; the pattern finds it anywhere in a value, or (`anywhere` false) at the
    start of one."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return ("%" if anywhere else "") + escaped + "%"
