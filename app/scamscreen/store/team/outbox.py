"""Contacts waiting on this computer for the team server (issue 16): when the server
cannot be reached, `log add` keeps the contact here, in a small SQLite file in the
person's own data folder (0600, like the case log), and `team sync` (the app: on its
own) sends them. A contact keeps its uid, and the server ignores a uid it has already,
so a send interrupted at any point is simply sent again: nothing lost, nothing twice.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import stat
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple

from scamscreen.core.errors import StoreError
from scamscreen.core.i18n import _
from scamscreen.store.location import private_dir, private_file

OUTBOX_NAME = "team-outbox.db"


class Sent(NamedTuple):
    sent: int
    waiting: int
    problem: Exception | None


def _own_file(path: Path) -> None:
    """Make the outbox file 0600 before anything is written into it (O_EXCL: never
    someone else's file; O_NOFOLLOW: never through a link planted at its path), or
    check that the one there is a plain file of this user's, and its journals too."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, flags, 0o600))
    for one in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            info = os.lstat(one)
        except FileNotFoundError:
            continue
        theirs = hasattr(os, "getuid") and info.st_uid != os.getuid()
        if not stat.S_ISREG(info.st_mode) or theirs:
            raise StoreError(
                _("“{path}” is not a plain file of yours (a link, or someone else's): the "
                  "contacts waiting for your team are not written there.").format(path=one),
                storage=True,
            )
    private_file(path)


class Outbox:
    def __init__(self, path: Path) -> None:
        self.path = path
        private_dir(path.parent)
        _own_file(path)
        self.conn = sqlite3.connect(path, timeout=10, isolation_level=None)
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = FULL")
        for suffix in ("-wal", "-shm"):
            private_file(path.with_name(path.name + suffix))
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS outbox (uid TEXT PRIMARY KEY, team TEXT NOT NULL,"
            " row TEXT NOT NULL, queued_at TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
            " last_problem TEXT)"
        )

    @classmethod
    def open(cls, home: Path | str) -> Outbox:
        return cls(Path(home) / OUTBOX_NAME)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Outbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def put(self, team: str, row: dict[str, Any]) -> None:
        """Keep `row` (a `contact_row`) for the team at `team` (its address, without a
        password); durable when this returns."""
        self.conn.execute(
            "INSERT INTO outbox (uid, team, row, queued_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (uid) DO NOTHING",
            [row["uid"], team, json.dumps(row, ensure_ascii=False),
             datetime.now(UTC).isoformat()],
        )

    def waiting(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM outbox").fetchone()[0])

    def rows(self) -> list[dict[str, Any]]:
        return [json.loads(text) for (text,) in
                self.conn.execute("SELECT row FROM outbox ORDER BY queued_at, uid")]

    def send(self, insert: Callable[[dict[str, Any]], Any], *, team: str | None = None) -> Sent:
        """Send every waiting contact with `insert(row)`, oldest first; each is taken out
        only after the server has acknowledged it. Stops when the server cannot be
        reached; a contact the server refuses stays here (its problem noted) and the
        ones after it are still sent. With
        `team` (the address in use), only the contacts kept for that account on that
        server are sent: the others wait for it (TeamError in `problem`)."""
        from scamscreen.store.team.address import same_account

        sent = 0
        other = 0
        problem: Exception | None = None
        for uid, text, kept_for in self.conn.execute(
            "SELECT uid, row, team FROM outbox ORDER BY queued_at, uid"
        ).fetchall():
            if team is not None and not same_account(kept_for, team):
                other += 1
                continue
            try:
                insert(json.loads(text))
            except Exception as exc:  # (TeamError, mostly: the message says why)
                self.conn.execute(
                    "UPDATE outbox SET attempts = attempts + 1, last_problem = ? WHERE uid = ?",
                    [str(exc), uid])
                if getattr(exc, "unreachable", True):  # (the server away: try later)
                    return Sent(sent, self.waiting(), exc)
                problem = problem or exc
                continue
            self.conn.execute("DELETE FROM outbox WHERE uid = ?", [uid])
            sent += 1
        if other and problem is None:
            from scamscreen.core.errors import TeamError
            from scamscreen.core.i18n import _

            problem = TeamError(_(
                "{count} contacts were saved for another team server or account; they wait "
                "on this computer until you use that one again.").format(count=other))
        return Sent(sent, self.waiting(), problem)
