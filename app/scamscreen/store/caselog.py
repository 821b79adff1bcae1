"""The case log on SQLite: saving screened contacts, finding them again, forgetting them.

One `CaseLog` owns one database file. Opening it holds a lock shared by every process
(`scamscreen.lock` beside the log, see oslock.py), so a new log is created and its schema
committed before anyone else may check it. It checks the file's integrity (a damaged
file is moved aside and the newest good backup restored, see `backup.py`; the desktop app
opens with the quick check and runs the thorough one once the history is on screen),
applies the schema migrations (backing the log up first), and takes a backup when one is
due; after that, a backup follows every `SAVES_PER_BACKUP` saves or hour of use. Every
write is one transaction: a save that returned is on disk (WAL, synchronous=FULL),
whatever happens to the process next; one that does not fit on the disk changes nothing.
"""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from sqlite_utils import Database

import scamscreen.store.backup as backups
import scamscreen.store.oslock as oslock
from scamscreen.core.contact import CHANNELS, OUTCOMES, Contact
from scamscreen.core.errors import StoreError as StoreError  # (raised here; named here too)
from scamscreen.core.indicators import VERDICTS
from scamscreen.core.kept_picture import KeptPicture
from scamscreen.core.screening import ENGINE_VERSION, Result
from scamscreen.core.times import utc_moment
from scamscreen.store.connection import connect, immediate, like_pattern, now, write_ahead
from scamscreen.store.location import DB_NAME, LOCK_NAME, private_dir, private_file
from scamscreen.store.pictures import Pictures
from scamscreen.store.pictures import insert as keep_picture
from scamscreen.store.schema import (
    ORGANISATION,
    WEEK,
    known_migrations,
    migrations,
)

# Opening checks, migrates and backs up the log, and a new log switches to WAL, which
# needs the file to itself: two threads of the app doing it at once (the History
# screen's thread and a save) kept each other waiting for the whole busy timeout.
_OPENING = threading.Lock()
# How long an opening waits for another process's opening (or backup) to finish: a
# thorough check of a help desk's log takes seconds, a backup of it a few more.
OPEN_WAIT_SECONDS = 60.0
MANY_MATCHES = 1_000  # above this, a word search walks the history index (see search())


# A backup is a SQLite file that SQLite copies page by page (never read whole here): the
# cap only refuses the absurd, far above any case log (a million contacts is ~3 GB).
MAX_RESTORE_BYTES = 16 * 1024 * 1024 * 1024


class Stored(NamedTuple):
    id: int
    uid: str
    verdict: str
    score: int


def parse_when(text: str, field: str = "date") -> str:
    """A date or date-time the user typed, as a UTC ISO string the log can compare."""
    text = text.strip()
    try:  # (a zone can push the first or last possible day out of range: OverflowError)
        when = utc_moment(text).astimezone(UTC)
    except (ValueError, OverflowError):
        shown = repr(text if len(text) <= 40 else text[:39] + "…")
        raise StoreError(
            f"{field}: {shown} is not a date; write it as 2026-11-29 or 2026-11-29T14:30"
        ) from None
    return when.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _unwritable(home: Path, exc: Exception) -> StoreError:
    reason = getattr(exc, "strerror", None) or str(exc)
    return StoreError(
        f"ScamScreen cannot use its data folder {home} ({reason}). Nothing was changed. "
        "Choose a folder you can write to with --data-dir (or SCAMSCREEN_HOME), or ask "
        "someone to make this folder writable for you.",
        storage=True,
        folder=home,
        reason=str(reason),
    )


def _disk_full(home: Path) -> StoreError:
    return StoreError(
        f"The disk that holds your data folder {home} is full, so nothing new was saved. "
        "Everything saved before is safe in your case log. Free some space on that disk "
        "(empty the recycle bin, remove large files you no longer need) and try again, or "
        "start ScamScreen with --data-dir pointing to a folder on another disk.",
        storage=True,
        folder=home,
        reason="the disk is full",
        full=True,
    )


def _unusable(home: Path, exc: backups.Unusable) -> StoreError:
    return _disk_full(home) if exc.full else _unwritable(home, exc)


def _busy(home: Path) -> StoreError:
    return StoreError(
        f"The case log in {home} is busy: another ScamScreen has been opening or backing "
        f"it up for over {OPEN_WAIT_SECONDS:.0f} seconds. Nothing was changed. Try again "
        "in a moment.",
        storage=True,
    )


def _names(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _findings(value: Any) -> bool:
    return isinstance(value, list) and all(
        isinstance(item, dict) and isinstance(item.get("id"), str) for item in value
    )


def _fts_query(text: str) -> str:
    """The user's words as an FTS5 query: every word must appear, each word may be the
    start of a longer one (search as you type), and no character has a special meaning."""
    words = [w for w in text.replace('"', " ").split() if w]
    return " ".join(f'"{w}"*' for w in words)


class CaseLog:
    def __init__(self, db: Database, path: Path, recovery: backups.Recovery | None) -> None:
        self.db = db
        self.path = path
        self.recovery = recovery  # what happened at opening, when something did
        self.desk: str | None = None  # (this computer's own log: no team's desk, see TeamLog)
        # The automatic backups (see backup.py): saves since the newest backup, and when
        # that was taken. None until the log is open: migrating is not saving.
        self._saves = 0
        self._backed_up_at: float | None = None
        self._scheduling = False
        # Why the last automatic backup after a save failed (the save itself did not),
        # or None: the next save tries again.
        self.backup_problem: str | None = None

    # -- opening ---------------------------------------------------------------------

    @classmethod
    def open(cls, home: Path | str, *, daily_backup: bool = True, thorough: bool = True) -> CaseLog:
        """Open (or create) the case log in the folder `home`. With `thorough=False` only
        the quick check runs (see backup.py): call `daily_care()` soon after."""
        home = Path(home)
        with _OPENING:  # one opening at a time in this process (see _OPENING)
            try:
                private_dir(home)
            except OSError as exc:
                if not backups.is_full(exc):
                    raise _unwritable(home, exc) from None
                raise _disk_full(home) from None
            try:
                # ... and in every process: see `_locked`
                with oslock.exclusive(home / LOCK_NAME, OPEN_WAIT_SECONDS):
                    log = cls._open(home, daily_backup, thorough)
            except oslock.Timeout:
                raise _busy(home) from None
        log._scheduling = True
        return log

    @classmethod
    def _open(cls, home: Path, daily_backup: bool, thorough: bool) -> CaseLog:
        """Holding the opening lock: check (and recover), create or connect, migrate,
        back up when due. Another process waits, so it never checks a log that is half
        made, nor one that is being moved aside or restored."""
        path = home / DB_NAME
        try:
            backups.clean_interrupted(home)  # no backup is running: the lock says so
            recovery = backups.check_and_recover(path, home, thorough)
            db = cls._connect(path)
        except backups.Unusable as exc:
            raise _unusable(home, exc) from None
        except (OSError, sqlite3.OperationalError) as exc:
            if backups.is_full(exc, home):
                raise _disk_full(home) from None
            raise _unwritable(home, exc) from None
        log = cls(db, path, recovery)
        try:
            log._migrate()
            log._backed_up_at = backups.newest_backup_time(home)
            if log._backed_up_at is not None:
                try:
                    log._saves = backups.saves_since(log.db.conn, log._backed_up_at)
                except sqlite3.DatabaseError as exc:
                    if not backups.is_damage(exc):
                        raise
                    # inner damage the quick check cannot see: `daily_care` (or the next
                    # thorough opening) finds it; a backup of it now would be no good
                    log._saves = 0
            if daily_backup and backups.due(log._saves, log._backed_up_at):
                log._automatic_backup()
            log.apply_retention()
        except StoreError:
            log.close()
            raise
        except (OSError, sqlite3.OperationalError) as exc:
            log.close()
            if backups.is_full(exc, home):
                raise _disk_full(home) from None
            raise _unwritable(home, exc) from None
        return log

    @contextlib.contextmanager
    def _locked(self, wait: float = OPEN_WAIT_SECONDS) -> Iterator[None]:
        """The opening lock, for work on the log's files outside an opening: backups
        into the backups folder (whose half-written files an opening cleans up) and
        restores. Not while an opening of this log holds it (the lock is per file)."""
        try:
            with oslock.exclusive(self.path.parent / LOCK_NAME, wait):
                yield
        except oslock.Timeout:
            raise _busy(self.path.parent) from None

    def _automatic_backup(self) -> None:
        """Back up the log into the day's file now (the caller holds the lock)."""
        backups.automatic(self.db.conn, self.path.parent)
        self._saves = 0
        self._backed_up_at = time.time()
        self.backup_problem = None

    def _after_save(self) -> None:
        """Count a save; back up when that makes a backup due. A save has already
        succeeded here, so a backup that cannot be made now is noted, not raised: the
        next save tries again. Another process busy opening the log means later too."""
        if not self._scheduling:
            return
        self._saves += 1
        if not backups.due(self._saves, self._backed_up_at):
            return
        try:
            with oslock.exclusive(self.path.parent / LOCK_NAME, 0):
                self._automatic_backup()
        except oslock.Timeout:
            return
        except (OSError, sqlite3.Error) as exc:
            self.backup_problem = str(exc)

    def apply_retention(self) -> int:
        """Forget what the retention setting says is too old (nothing if it is unset)."""
        days = self.setting("retention_days")
        if days is None or not days.isdigit() or int(days) < 1:
            return 0
        return self.purge_older_than(int(days))

    @staticmethod
    def _connect(path: Path) -> Database:
        fresh = not path.exists()
        try:
            conn = connect(path)
        except sqlite3.Error as exc:
            raise StoreError(f"Cannot open the case log {path}: {exc}", storage=True) from None
        if fresh:
            private_file(path)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")  # deleted contacts are overwritten
        write_ahead(
            conn,
            path,
            "FULL",
            lambda mode: StoreError(
                f"The case log {path} cannot use write-ahead logging ({mode}).", storage=True
            ),
        )
        return Database(conn)

    @contextmanager
    def writing(self) -> Iterator[None]:
        """One write transaction (`connection.immediate`), and a full disk said as such.
        A save counts towards the next automatic backup."""
        conn = self.db.conn
        try:
            with immediate(conn):
                yield
        except sqlite3.OperationalError as exc:
            # A full disk: the transaction is rolled back, so nothing of it was saved,
            # and everything committed before is untouched in the log.
            if not backups.is_full(exc, self.path.parent):
                raise
            if conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            raise _disk_full(self.path.parent) from None
        self._after_save()

    def _migrate(self) -> None:
        applied = [m.name for m in migrations.applied(self.db)]
        unknown = [name for name in applied if name not in known_migrations()]
        if unknown:
            raise StoreError(
                f"The case log {self.path} was written by a newer version of ScamScreen "
                f"(it has changes this version does not know: {', '.join(unknown)}). "
                "Install the newer version to open it.",
                storage=True,
            )
        pending = [name for name in known_migrations() if name not in applied]
        if applied and pending:  # a log made by an earlier version: keep it as it was
            backups.backup_to(
                self.db.conn, backups.on_demand_path(self.path.parent, "before-migration")
            )
        with self.writing():  # two processes opening a new log must not both migrate it
            migrations.apply(self.db)

    @property
    def pictures(self) -> Pictures:
        """The pictures kept with contacts (store/pictures.py)."""
        return Pictures(self)

    @property
    def schema_version(self) -> int:
        return len(migrations.applied(self.db))

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> CaseLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- saving ----------------------------------------------------------------------

    def add(
        self,
        contact: Contact,
        result: Result,
        *,
        data_version: str,
        contacted_at: str | None = None,
        ticket_ref: str | None = None,
        staff_member: str | None = None,
        reported_by: str | None = None,
        money_lost_cents: int | None = None,
        paid_how: str | None = None,
        uid: str | None = None,
        created_at: str | None = None,
        outcome: str = "unknown",
        picture: KeptPicture | None = None,
    ) -> Stored:
        """Save a screened contact; returns once it is safely on disk. `picture`: the
        picture the person chose to keep with it, saved in the same transaction."""
        analysis = result.analysis
        stamp = created_at or now()
        first_email = analysis.emails[0] if analysis.emails else None
        first_link = analysis.links[0] if analysis.links else None
        typed_phone = analysis.phones[0] if contact.phone and analysis.phones else None
        uid = uid or uuid.uuid4().hex
        row = {
            "uid": uid,
            "created_at": stamp,
            "contacted_at": contacted_at or stamp,
            "updated_at": stamp,
            "channel": contact.channel.value if contact.channel else None,
            "initiated_by": contact.initiator.value if contact.initiator else None,
            "claimed_org": contact.claimed_org,
            "org_id": analysis.vendor.id if analysis.vendor else None,
            "phone": contact.phone,
            "phone_e164": typed_phone.e164 if typed_phone else None,
            "email": contact.email,
            "email_domain": first_email["registrable"] if first_email else None,
            "url": contact.url,
            "url_domain": first_link["registrable"] if first_link else None,
            "requests": json.dumps(analysis.requests),
            "notes": contact.text,
            "region": contact.region,
            "verdict": result.verdict,
            "score": result.score,
            "findings": json.dumps([f.to_dict() for f in result.findings], ensure_ascii=False),
            "engine_version": ENGINE_VERSION,
            "data_version": data_version,
            "outcome": outcome,
            "money_lost_cents": money_lost_cents,
            "paid_how": paid_how,
            "ticket_ref": ticket_ref,
            "staff_member": staff_member,
            "reported_by": reported_by,
        }
        observables = {("phone", p.e164) for p in analysis.phones if p.e164}
        observables |= {("domain", e["registrable"]) for e in (*analysis.links, *analysis.emails)}
        with self.writing():
            contact_id = self.insert_row(row, sorted(observables))
            if picture is not None:
                keep_picture(self, contact_id, picture)
        return Stored(contact_id, uid, result.verdict, result.score)

    def insert_row(
        self,
        row: dict[str, Any],
        observables: Iterable[tuple[str, str]],
        *,
        skip_existing: bool = False,
    ) -> int:
        """One contacts row and its numbers and domains; the caller holds `writing()`.
        With `skip_existing`, a row whose uid is already there is left alone (returns 0)."""
        # Only a repeated uid is skipped; any other broken rule still fails loudly.
        tail = " ON CONFLICT (uid) DO NOTHING" if skip_existing else ""
        cursor = self.db.conn.execute(
            f"INSERT INTO contacts ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})" + tail,
            list(row.values()),
        )
        if cursor.rowcount == 0:
            return 0
        contact_id = int(cursor.lastrowid or 0)
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO observables (contact_id, kind, value) VALUES (?, ?, ?)",
            [(contact_id, kind, value) for kind, value in observables],
        )
        return contact_id

    # -- reading ---------------------------------------------------------------------

    def _rows(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        cursor = self.db.execute(sql, list(params))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    @staticmethod
    def _decode(row: dict[str, Any]) -> dict[str, Any]:
        """The JSON columns of a contacts row, read. A column that does not parse (or is
        not the list it should be) reads as an empty list, and the row gets `damaged`:
        each such column with what was stored in it, so that it is shown as a damaged
        entry, kept, and exported as it is, rather than stopping the whole log."""
        damaged: dict[str, str] = {}
        for column, fits in (("requests", _names), ("findings", _findings)):
            stored = row[column]
            try:
                value = json.loads(stored)
            except (TypeError, ValueError, RecursionError):  # (UnicodeDecodeError too)
                value = None
            if not fits(value):
                damaged[column] = stored if isinstance(stored, str) else repr(stored)
                value = []
            row[column] = value
        if damaged:
            row["damaged"] = damaged
        return row

    def get(self, contact_id: int) -> dict[str, Any] | None:
        rows = self._rows("SELECT * FROM contacts WHERE id = ?", [contact_id])
        if not rows:
            return None
        row = self._decode(rows[0])
        row["observables"] = self._rows(
            "SELECT kind, value FROM observables WHERE contact_id = ? ORDER BY kind, value",
            [contact_id],
        )
        return row

    def _where(
        self,
        query: str | None,
        verdict: str | None,
        channel: str | None,
        org: str | None,
        outcome: str | None,
        since: str | None,
        until: str | None,
    ) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if query and _fts_query(query):
            match = "contacts.id IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?)"
            params.append(_fts_query(query))
            number = self._as_number(query)
            if number:
                # a number, however it was written: "(844) 555-0199" finds +18445550199
                match = (
                    f"({match} OR contacts.id IN (SELECT contact_id FROM observables "
                    "WHERE kind = 'phone' AND value = ?))"
                )
                params.append(number)
            clauses.append(match)
        for name, value, allowed in (
            ("verdict", verdict, VERDICTS),
            ("channel", channel, CHANNELS),
            ("outcome", outcome, OUTCOMES),
        ):
            if value:
                if value not in allowed:
                    raise StoreError(f"{name}: {value!r} is not one of: {', '.join(allowed)}")
                clauses.append(f"{name} = ?")
                params.append(value)
        if org:
            clauses.append("(org_id = ? OR claimed_org LIKE ? ESCAPE '\\')")
            params += [org, like_pattern(org)]
        if since:
            clauses.append("contacted_at >= ?")
            params.append(parse_when(since, "since"))
        if until:
            end = until if "T" in until else f"{until.strip()}T23:59:59.999999"
            clauses.append("contacted_at <= ?")
            params.append(parse_when(end, "until"))
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def _as_number(self, query: str) -> str | None:
        """The E.164 form of a query that is a phone number, read in the user's region."""
        digits = re.sub(r"[\s().+-]", "", query)
        if len(digits) < 6 or not digits.isdigit():
            return None
        from scamscreen.core.phone import analyse

        info = analyse(query, self.setting("region"))
        return info.e164 if info.valid else None

    def search(
        self,
        query: str | None = None,
        *,
        verdict: str | None = None,
        channel: str | None = None,
        org: str | None = None,
        outcome: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Newest first. `query` is matched on notes, organisation, number, email, link."""
        where, params = self._where(query, verdict, channel, org, outcome, since, until)
        # A common word matches thousands of contacts: then walking the history newest
        # first and stopping at the page's end beats sorting every match. A rare word
        # matches few: then SQLite's own plan (fetch the matches, sort them) is better.
        plan = ""
        only_words = not any((verdict, channel, org, outcome, since, until))
        if query and only_words and self._fts_count(query) > MANY_MATCHES:
            plan = " INDEXED BY contacts_contacted"
        rows = self._rows(
            f"SELECT * FROM contacts{plan}{where} ORDER BY contacted_at DESC, id DESC "
            "LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [self._decode(r) for r in rows]

    def _fts_count(self, query: str) -> int:
        match = _fts_query(query)
        if not match:
            return 0
        row = self.db.execute(
            "SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH ?", [match]
        ).fetchone()
        return int(row[0])

    def count(self, query: str | None = None, **filters: Any) -> int:
        if query and not any(filters.values()) and not self._as_number(query):
            return self._fts_count(query)  # the full-text index alone knows the answer
        where, params = self._where(
            query,
            filters.get("verdict"),
            filters.get("channel"),
            filters.get("org"),
            filters.get("outcome"),
            filters.get("since"),
            filters.get("until"),
        )
        return int(self.db.execute(f"SELECT count(*) FROM contacts{where}", params).fetchone()[0])

    def seen_before(self, contact_id: int) -> list[dict[str, Any]]:
        """Other contacts that share a number or a domain with this one, newest first."""
        return self._rows(
            """
            SELECT c.id, c.contacted_at, c.claimed_org, c.verdict, c.outcome,
                   group_concat(o.kind || ':' || o.value, ' ') AS shared
            FROM observables AS mine
            JOIN observables AS o ON o.kind = mine.kind AND o.value = mine.value
                                  AND o.contact_id != mine.contact_id
            JOIN contacts AS c ON c.id = o.contact_id
            WHERE mine.contact_id = ?
            GROUP BY c.id
            ORDER BY c.contacted_at DESC, c.id DESC
            """,
            [contact_id],
        )

    def with_observable(self, kind: str, value: str) -> list[dict[str, Any]]:
        return self._rows(
            """SELECT c.id, c.contacted_at, c.claimed_org, c.verdict, c.outcome
               FROM observables o JOIN contacts c ON c.id = o.contact_id
               WHERE o.kind = ? AND o.value = ? ORDER BY c.contacted_at DESC""",
            [kind, value],
        )

    def stats_by_week(self) -> list[dict[str, Any]]:
        """Contacts per ISO-like week (Monday first) and verdict, oldest week first."""
        return self._rows(
            f"""
            SELECT {WEEK} AS week, verdict, count(*) AS contacts
            FROM contacts GROUP BY {WEEK}, verdict ORDER BY {WEEK}, verdict
            """
        )

    def stats_since(self, since: datetime) -> list[dict[str, Any]]:
        """Contacts per quarter hour (UTC) and verdict since `since`, oldest first:
        `slot` ("2026-11-29T14:15"), `verdict`, `contacts`. Every time zone's offset is
        a whole number of quarter hours, so the caller can count them by the weeks of
        the user's own calendar and time zone, whatever day those weeks start on."""
        return self._rows(
            """
            SELECT substr(contacted_at, 1, 14)
                   || printf('%02d', cast(substr(contacted_at, 15, 2) AS INTEGER) / 15 * 15)
                   AS slot,
                   verdict, count(*) AS contacts
            FROM contacts WHERE contacted_at >= ?
            GROUP BY slot, verdict ORDER BY slot, verdict
            """,
            [since.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")],
        )

    def stats_by_org(self, limit: int = 10) -> list[dict[str, Any]]:
        """The organisations most often impersonated in contacts that were not genuine."""
        return self._rows(
            f"""
            SELECT {ORGANISATION} AS organisation, count(*) AS contacts,
                   sum(verdict = 'likely_scam') AS likely_scams
            FROM contacts
            WHERE outcome != 'genuine' AND {ORGANISATION} IS NOT NULL
            GROUP BY {ORGANISATION} ORDER BY contacts DESC, organisation LIMIT ?
            """,
            [limit],
        )

    def repeated_since(self, days: int, *, today: datetime | None = None) -> list[dict[str, Any]]:
        """Numbers and domains in more than one contact of the last `days` days (by when
        the contact happened), most contacts first: `kind`, `value`, `contacts`,
        `last_seen`, and `orgs` (who they claimed to be, comma-separated)."""
        since = ((today or datetime.now(UTC)) - timedelta(days=days)).strftime(
            "%Y-%m-%dT%H:%M:%S.%fZ"
        )
        return self._rows(
            """
            SELECT o.kind, o.value, count(*) AS contacts, max(c.contacted_at) AS last_seen,
                   group_concat(DISTINCT nullif(trim(c.claimed_org), '')) AS orgs
            FROM observables AS o JOIN contacts AS c ON c.id = o.contact_id
            WHERE c.contacted_at >= ?
            GROUP BY o.kind, o.value HAVING count(*) > 1
            ORDER BY contacts DESC, last_seen DESC, o.kind, o.value
            """,
            [since],
        )

    def iter_all(self, batch: int = 500) -> Iterator[dict[str, Any]]:
        last = 0
        while True:
            rows = self._rows(
                "SELECT * FROM contacts WHERE id > ? ORDER BY id LIMIT ?", [last, batch]
            )
            if not rows:
                return
            for row in rows:
                yield self._decode(row)
            last = rows[-1]["id"]

    # -- changing and forgetting -----------------------------------------------------

    def _require(self, contact_id: int) -> None:
        found = self.db.execute("SELECT 1 FROM contacts WHERE id = ?", [contact_id]).fetchone()
        if not found:
            raise StoreError(f"There is no contact number {contact_id} in the case log.")

    def set_outcome(
        self,
        contact_id: int,
        outcome: str,
        *,
        money_lost_cents: int | None = None,
        paid_how: str | None = None,
    ) -> None:
        if outcome not in OUTCOMES:
            raise StoreError(f"outcome: {outcome!r} is not one of: {', '.join(OUTCOMES)}")
        self._require(contact_id)
        with self.writing():
            self.db.execute(
                """UPDATE contacts SET outcome = ?, updated_at = ?,
                   money_lost_cents = coalesce(?, money_lost_cents),
                   paid_how = coalesce(?, paid_how) WHERE id = ?""",
                [outcome, now(), money_lost_cents, paid_how, contact_id],
            )

    def delete(self, contact_id: int) -> None:
        """Forget one contact for good: its row, its numbers and domains, its checklist
        progress, and (secure_delete) the bytes they occupied."""
        self._require(contact_id)
        with self.writing():
            self.db.execute("DELETE FROM contacts WHERE id = ?", [contact_id])
        self._checkpoint()

    def purge_older_than(self, days: int, *, today: datetime | None = None) -> int:
        """The retention setting: forget contacts logged more than `days` days ago."""
        if days < 1:
            raise StoreError("Retention must be at least one day.")
        cutoff = ((today or datetime.now(UTC)) - timedelta(days=days)).strftime(
            "%Y-%m-%dT%H:%M:%S.%fZ"
        )
        with self.writing():
            cursor = self.db.execute("DELETE FROM contacts WHERE created_at < ?", [cutoff])
        self._checkpoint()
        return int(cursor.rowcount)

    def _checkpoint(self) -> None:
        """Push deletions out of the write-ahead log into the (overwritten) main file."""
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # -- checklists and settings -----------------------------------------------------

    def checklist_progress(self, contact_id: int, checklist: str) -> dict[str, bool]:
        rows = self.db.execute(
            "SELECT step, done FROM checklist_progress WHERE contact_id = ? AND checklist = ?",
            [contact_id, checklist],
        ).fetchall()
        return {step: bool(done) for step, done in rows}

    def checklists(self, contact_id: int) -> list[str]:
        """The checklists this contact has progress in."""
        rows = self.db.execute(
            "SELECT DISTINCT checklist FROM checklist_progress WHERE contact_id = ? "
            "ORDER BY checklist",
            [contact_id],
        ).fetchall()
        return [name for (name,) in rows]

    def set_step(self, contact_id: int, checklist: str, step: str, done: bool) -> None:
        self._require(contact_id)
        with self.writing():
            self.db.execute(
                """INSERT INTO checklist_progress (contact_id, checklist, step, done, updated_at)
                   VALUES (?, ?, ?, ?, ?)
                   ON CONFLICT (contact_id, checklist, step)
                   DO UPDATE SET done = excluded.done, updated_at = excluded.updated_at""",
                [contact_id, checklist, step, int(done), now()],
            )

    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.writing():
            self.db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, value],
            )

    # -- backups -----------------------------------------------------------------------

    def backup(self, dest: Path | None = None) -> Path:
        with self._locked():
            return backups.backup_to(self.db.conn, dest or backups.on_demand_path(self.path.parent))

    def restore(self, source: Path) -> Path:
        """Replace the case log with a backup; the current log is backed up first, so a
        restore can itself be undone. Returns that safety copy. Only a regular file is
        handed to SQLite (a FIFO would make it wait for ever, a device read on), from the
        command line and the app alike."""
        from scamscreen.core.files import check_regular

        try:
            check_regular(source, MAX_RESTORE_BYTES)
        except FileNotFoundError:
            raise StoreError(f"{source}: there is no such backup file.") from None
        except OSError as exc:
            raise StoreError(
                f"{source}: it cannot be restored ({exc.strerror or exc}); nothing in the "
                "case log was changed"
            ) from exc
        unknown = [m for m in backups.migrations_in(source) if m not in known_migrations()]
        if unknown:
            raise StoreError(
                f"{source} was written by a newer version of ScamScreen and cannot be "
                "restored by this one. Install the newer version to restore it."
            )
        with self._locked():
            safety = backups.backup_to(
                self.db.conn, backups.on_demand_path(self.path.parent, "before-restore")
            )
            backups.restore_from(source, self.db.conn)
            self._migrate()
        return safety

    def daily_care(self) -> str:
        """The thorough check and a backup if one is due, for a log opened with the quick
        check: "ok", or what is wrong (then close this log and open it again with the
        thorough check, which moves the damaged file aside and restores the newest good
        backup)."""
        problem = self.integrity()
        if problem != "ok":
            return problem
        if not backups.due(self._saves, self._backed_up_at):
            return "ok"
        try:
            with self._locked():
                self._automatic_backup()
        except (OSError, sqlite3.OperationalError) as exc:
            if backups.is_full(exc, self.path.parent):
                raise _disk_full(self.path.parent) from None
            raise _unwritable(self.path.parent, exc) from None
        return "ok"

    def integrity(self) -> str:
        try:
            return str(self.db.execute("PRAGMA integrity_check").fetchone()[0])
        except sqlite3.DatabaseError as exc:  # damage bad enough that the check stops
            return str(exc)
