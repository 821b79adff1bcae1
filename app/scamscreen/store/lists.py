"""The known-scam lists, kept: numbers and web addresses, and where they come from.
What the values are (core/listvalues.py) and what screening makes of them
(core/listfacts.py) are said in core; the feeds fetch and parse what fills them
(feeds/ftc.py, feeds/team.py, feeds/update.py).

Everything lives in one SQLite file of its own, `lists.db` in the user's data folder,
next to the case log but not inside it: a million imported numbers would otherwise make
every daily case-log backup a hundred megabytes. It is opened, written and migrated as
the case log is (store/connection.py; sqlite-utils migrations in lists_schema.py): the
user's alone (0600), write-ahead logging (screening reads while an import writes), and
waiting for another writer instead of failing at once (busy timeout).

What is in it (table `entries`, one row per value, list and source):

- `kind`: `number` (kept in E.164, "+18445550199") or `domain` (the registrable domain,
  "help-desk-support.com" for "https://microsoft.com.help-desk-support.com/x", decoded).
- `list`: `scam` (reported or listed as a scam by a source), `block` or `allow` (the
  user's own lists, each entry with the user's note).
- `source`: `seed` (the list shipped in `data/known-scams/`), `ftc` (imported FTC Do Not
  Call complaints), `feed` (signed updates), `team:<name>` (a help desk's shared list),
  `user` (the user's own block and allow lists).
- the number of reports, the first and last day it was reported, the subject most
  reported ("Computer & technical support"), whether the calls were robocalls (when
  known), a note, and the reference (URL) its source gives.

Screening asks `facts_for()` about all the numbers and domains of a contact in one indexed
query (see the facts in `docs/data-format.md`). The list is never read whole into memory:
lookups go through the primary key, listings are paged, exports stream.

Threads. The app screens on worker threads while an import or an edit runs on another.
Each thread reads through its own connection (kept in a `threading.local`), so a lookup
never waits for another thread's lookup and, with WAL, never for a writer either: it
sees the lists as they were before the write began. All writes go through one writing
connection, one transaction at a time (a lock), so an import, an edit and a feed update
never interleave; another *process* writing is waited for (busy timeout). The
connections are opened with `check_same_thread=False` only so that `close()` can close
them from whichever thread closes the lists; each is still used by one thread at a time.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import threading
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, Protocol

import scamscreen.store.location as location
from scamscreen.core.data import ListsUnreadable
from scamscreen.core.errors import ImportCancelled, ListError
from scamscreen.core.files import CsvWriter, replacing_text
from scamscreen.core.i18n import _
from scamscreen.core.listfacts import ListRow, facts_from
from scamscreen.core.listvalues import (
    KINDS,
    LISTS,
    USER_LISTS,
    clean_note,
    nanp_e164,
    normalise,
    normalise_number,
    read_list_csv,
)
from scamscreen.core.region import DEFAULT_REGION
from scamscreen.store.connection import connect, immediate, like_pattern, now, write_ahead
from scamscreen.store.location import private_file

LISTS_NAME = "lists.db"
SCHEMA_VERSION = 1  # PRAGMA user_version: what a lookup-only opening checks (lists_schema.py)
BATCH = 20_000  # rows written between two looks at cancelled()
MAX_LOOKUP = 64  # numbers and domains looked up per contact, at most
SEED_DIR = "known-scams"
_SOURCE = re.compile(r"(seed|ftc|user|feed(:[\w.-]{1,60})?|team:[^\x00-\x1f]{1,60})")
_DIGITS = re.compile(r"\d")
_PHONE_SEARCH = re.compile(r"[\d\s().+/-]+")

_COLUMNS = (
    "kind",
    "value",
    "list",
    "source",
    "reports",
    "first_seen",
    "last_seen",
    "subject",
    "robocall",
    "note",
    "reference",
    "added_at",
)
EXPORT_COLUMNS = (
    "number",
    "source",
    "note",
    "kind",
    "list",
    "origin",
    "reports",
    "first_seen",
    "last_seen",
    "subject",
    "robocall",
)


class ImportReport:
    """What an FTC import did. (A plain class, not a dataclass: `scamscreen check`
    imports this module, and `dataclasses` costs it milliseconds at start-up.)"""

    def __init__(
        self,
        file: str,
        rows: int = 0,
        numbers: int = 0,
        blank: int = 0,
        problems: list[tuple[int, str]] | None = None,
        problem_count: int = 0,
    ) -> None:
        self.file = file
        self.rows = rows  # report lines read
        self.numbers = numbers  # distinct numbers they name
        self.added = 0  # numbers new to the lists
        self.updated = 0  # numbers already there, whose counts and dates were brought up to date
        self.blank = blank  # reports that give no number (the FTC's files have many)
        self.problems = problems or []  # (line, what is wrong), the first MAX_PROBLEMS
        self.problem_count = problem_count  # every bad line, even past those in `problems`
        self.already_imported = False  # this very file was imported before: nothing changed

    def __repr__(self) -> str:
        return f"ImportReport({vars(self)!r})"


class ReportedCalls(Protocol):
    """An FTC file of reported calls as its reader added it up (feeds.ftc.Parsed)."""

    numbers: list[tuple[str, int, str | None, str | None, str, int | None]]
    rows: int
    blank: int
    problems: list[tuple[int, str]]
    problem_count: int
    sha256: str


def _check_list(list_name: str | None, allowed: Sequence[str] = LISTS) -> None:
    if list_name is not None and list_name not in allowed:
        raise ListError(
            _("{name!r} is not a list: use {lists}.").format(
                name=list_name, lists=", ".join(allowed)
            )
        )


def _check_source(source: object) -> str:
    if not isinstance(source, str) or not _SOURCE.fullmatch(source):
        raise ListError(
            _(
                "{source!r} is not a source of entries: use seed, ftc, feed, "
                "feed:<name> or team:<name>."
            ).format(source=str(source)[:60])
        )
    return source


class KnownLists:
    """The lists in one `lists.db`. Open with `KnownLists.open(home)`; use as a context
    manager or call `close()`."""

    def __init__(self, path: Path, writer: sqlite3.Connection | None) -> None:
        self.path = path
        self._writer = writer
        self._write_lock = threading.Lock()
        self._local = threading.local()
        # Every thread's reader, for close(); weakly held, so a reader goes (and closes)
        # with the thread that made it.
        self._readers: weakref.WeakSet[sqlite3.Connection] = weakref.WeakSet()
        self._readers_lock = threading.Lock()
        self._closed = False
        self._sql: dict[int, str] = {}
        self.last_error: str | None = None  # why the last lookup found nothing, if it failed

    # -- opening and closing -----------------------------------------------------------

    @classmethod
    def open(cls, home: Path | str, *, lookup_only: bool = False) -> KnownLists:
        """Open (or create) the lists in the folder `home`.

        `lookup_only` opens an existing file for screening alone (what `scamscreen check`
        does): nothing is created, migrated or synchronised, so it costs a millisecond.
        """
        home = Path(home)
        path = home / LISTS_NAME
        if lookup_only:
            if not path.is_file():
                raise ListError(_("There are no known-scam lists in {home}.").format(home=home))
            lists = cls(path, None)
            try:
                lists._check_version(lists._reader())
            except sqlite3.Error as exc:
                lists.close()
                raise ListError(
                    _("The known-scam lists {path} could not be read ({reason}).").format(
                        path=path, reason=exc
                    ),
                    storage=True,
                ) from None
            return lists
        try:
            location.private_dir(home)
            if not path.exists():
                # Created readable by the user alone before SQLite writes a byte to it.
                os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
            writer = cls._connect(path)
        except (OSError, sqlite3.Error) as exc:
            reason = str(getattr(exc, "strerror", None) or exc)
            raise ListError(
                _(
                    "ScamScreen cannot use its known-scam lists in {home} ({reason}). "
                    "Choose a folder you can write to with --data-dir (or SCAMSCREEN_HOME)."
                ).format(home=home, reason=reason),
                storage=True,
                folder=home,
                reason=reason,
            ) from None
        lists = cls(path, writer)
        try:
            lists._migrate()
            lists._sync_seed()
        except sqlite3.OperationalError as exc:  # locked past the busy timeout, disk full
            lists.close()
            raise ListError(
                _("The known-scam lists {path} could not be used ({reason}).").format(
                    path=path, reason=exc
                ),
                storage=True,
            ) from None
        except sqlite3.DatabaseError as exc:
            lists.close()
            raise ListError(
                _(
                    "The known-scam lists file {path} is damaged ({reason}). Move it "
                    "somewhere else and ScamScreen will start new lists; your own block "
                    "and allow lists are in it, so keep the file."
                ).format(path=path, reason=exc),
                storage=True,
            ) from None
        except BaseException:
            lists.close()
            raise
        return lists

    @staticmethod
    def _connect(path: Path, *, reader: bool = False) -> sqlite3.Connection:
        conn = connect(path, any_thread=True)  # (see the module docstring)
        if reader:
            conn.execute("PRAGMA query_only = 1")
            return conn

        def no_wal(mode: str) -> ListError:
            return ListError(
                _("The known-scam lists {path} cannot use write-ahead logging ({mode}).").format(
                    path=path, mode=mode
                ),
                storage=True,
            )

        # A power cut may lose the last import or edit, never the file: imports can be
        # run again, and the user's own lists are a few rows.
        write_ahead(conn, path, "NORMAL", no_wal)
        private_file(path)
        return conn

    def _check_version(self, conn: sqlite3.Connection) -> None:
        if conn.execute("PRAGMA user_version").fetchone()[0] > SCHEMA_VERSION:
            raise self._newer()

    def _newer(self) -> ListError:
        return ListError(
            _(
                "The known-scam lists {path} were written by a newer version of "
                "ScamScreen. Install the newer version to use them."
            ).format(path=self.path),
            storage=True,
        )

    def _migrate(self) -> None:
        """Apply the migrations this file has not had (lists_schema.py), after checking
        that it was not written by a newer version."""
        from sqlite_utils import Database  # (not for a lookup: about 80 ms to import)

        from scamscreen.store.lists_schema import known_migrations, migrations

        assert self._writer is not None  # (open() calls this with the writer it made)
        db = Database(self._writer)
        self._check_version(self._writer)
        applied = [m.name for m in migrations.applied(db)]
        if any(name not in known_migrations() for name in applied):
            raise self._newer()
        with self._writing():  # two processes opening new lists must not both migrate
            migrations.apply(db)

    def close(self) -> None:
        """Close every connection, the other threads' readers too."""
        self._closed = True
        with self._readers_lock:
            readers = list(self._readers)
            self._readers.clear()
        for conn in readers:
            with contextlib.suppress(sqlite3.Error):
                conn.close()
        if self._writer is not None:
            with self._write_lock:
                self._writer.close()
                self._writer = None

    def __enter__(self) -> KnownLists:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- connections -------------------------------------------------------------------

    def _reader(self) -> sqlite3.Connection:
        """This thread's reading connection (see the module docstring)."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            if self._closed:
                raise ListError(_("The known-scam lists are closed."))
            conn = self._connect(self.path, reader=True)
            self._local.conn = conn
            with self._readers_lock:
                self._readers.add(conn)
        return conn

    @contextlib.contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (`connection.immediate`) on the writing connection, one
        thread at a time; rolled back if anything goes wrong inside it."""
        with self._write_lock:
            if self._writer is None:
                raise ListError(_("The known-scam lists are open for lookups only."))
            with immediate(self._writer) as conn:
                yield conn

    # -- screening ---------------------------------------------------------------------

    def _lookup_sql(self, count: int) -> str:
        sql = self._sql.get(count)
        if sql is None:
            marks = ", ".join("?" * count)
            sql = self._sql[count] = (
                "SELECT kind, value, list, source, reports, last_seen, subject, note "
                f"FROM entries WHERE value IN ({marks})"
            )
        return sql

    def facts_for(
        self, numbers: Iterable[str], domains: Iterable[str], values: dict[str, str]
    ) -> set[str]:
        """The facts the lists give about a contact's numbers (E.164) and domains
        (registrable), in one indexed query; the wording values go into `values`.

        A lookup that fails (the file was removed, another program holds it) finds
        nothing rather than stopping; `last_error` says why. Screening calls `lookup`,
        which says so instead."""
        try:
            return self.lookup(numbers, domains, values)
        except ListsUnreadable as exc:
            self.last_error = str(exc)
            return set()

    def lookup(
        self, numbers: Iterable[str], domains: Iterable[str], values: dict[str, str]
    ) -> set[str]:
        """As `facts_for`, but a lookup that fails raises `ListsUnreadable`
        (core.screening's `KnownScamLookup`), for the verdict to say so."""
        numbers = [n for n in numbers if n]
        domains = [d.lower() for d in domains if d]
        keys = list(dict.fromkeys([*numbers, *domains]))[:MAX_LOOKUP]
        if not keys:
            return set()
        try:
            cursor = self._reader().execute(self._lookup_sql(len(keys)), keys)
            rows = [ListRow._make(row) for row in cursor]
        except (sqlite3.Error, ListError) as exc:
            raise ListsUnreadable(str(exc)) from exc
        if not rows:
            return set()
        return facts_from(rows, set(numbers), values)

    # -- the user's own lists ----------------------------------------------------------

    def add(
        self, kind: str, value: str, list_name: str, note: str = "", region: str = DEFAULT_REGION
    ) -> str:
        """Put a number or domain on the user's block or allow list, with a note; returns
        the value as kept (E.164, registrable domain). A value is on at most one of the
        two: adding it to one takes it off the other. Adding it again changes the note."""
        _check_list(list_name, USER_LISTS)
        kept = normalise(kind, value, region)
        other = "allow" if list_name == "block" else "block"
        with self._writing() as conn:
            conn.execute(
                "DELETE FROM entries WHERE value = ? AND kind = ? AND list = ? AND source = 'user'",
                (kept, kind, other),
            )
            conn.execute(
                "INSERT INTO entries (value, kind, list, source, note, added_at) "
                "VALUES (?, ?, ?, 'user', ?, ?) "
                "ON CONFLICT (value, kind, list, source) DO UPDATE SET note = excluded.note",
                (kept, kind, list_name, clean_note(note), now()),
            )
        return kept

    def remove(self, kind: str, value: str, list_name: str, region: str = DEFAULT_REGION) -> bool:
        """Take a number or domain off the user's block or allow list; False if it was
        not on it. (Entries of the scam list come from their sources: to overrule one,
        put the number on the allow list.)"""
        _check_list(list_name, USER_LISTS)
        try:
            kept = normalise(kind, value, region)
        except ListError:
            if kind not in KINDS:
                raise
            kept = value.strip()
        with self._writing() as conn:
            done = conn.execute(
                "DELETE FROM entries WHERE value = ? AND kind = ? AND list = ? AND source = 'user'",
                (kept, kind, list_name),
            )
            return done.rowcount > 0

    # -- reading -----------------------------------------------------------------------

    def _where(self, list_name: str | None, kind: str | None, search: str) -> tuple[str, list[Any]]:
        _check_list(list_name)
        if kind is not None and kind not in KINDS:
            raise ListError(
                _("{kind!r} is not a kind of entry: use number or domain.").format(kind=kind)
            )
        clauses: list[str] = []
        params: list[Any] = []
        if list_name:
            clauses.append("list = ?")
            params.append(list_name)
        if kind:
            clauses.append("kind = ?")
            params.append(kind)
        search = search.strip()
        if search:
            digits = "".join(_DIGITS.findall(search))
            if len(digits) >= 3 and _PHONE_SEARCH.fullmatch(search):
                whole = normalise_number(search)
                if whole is not None:  # a whole number: found through the index
                    clauses.append("kind = 'number' AND value = ?")
                    params.append(whole)
                else:  # part of one: every number is read
                    clauses.append("kind = 'number' AND value LIKE ?")
                    params.append(f"%{digits}%")
            else:
                pattern = like_pattern(search.lower())
                clauses.append(
                    "(value LIKE ? ESCAPE '\\' OR lower(note) LIKE ? ESCAPE '\\' "
                    "OR lower(subject) LIKE ? ESCAPE '\\' OR lower(source) LIKE ? ESCAPE '\\')"
                )
                params += [pattern] * 4
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        return where, params

    def entries(
        self,
        list_name: str | None = None,
        kind: str | None = None,
        search: str = "",
        limit: int = 200,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """One page of entries, ordered by list, source and value. `search` finds a number
        by its digits ("844 555 0199") or any text in a value, note, subject or source.
        (A search through a million imported numbers reads them all: run it off the
        interface's thread.)"""
        where, params = self._where(list_name, kind, search)
        limit = max(0, min(int(limit), 10_000))
        offset = max(0, int(offset))
        cursor = self._reader().execute(
            f"SELECT {', '.join(_COLUMNS)} FROM entries{where} "
            "ORDER BY list, source, value, kind LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        out = []
        for row in cursor:
            entry = dict(zip(_COLUMNS, row, strict=True))
            entry["robocall"] = None if entry["robocall"] is None else bool(entry["robocall"])
            out.append(entry)
        return out

    def count(self, list_name: str | None = None, kind: str | None = None, search: str = "") -> int:
        where, params = self._where(list_name, kind, search)
        return int(
            self._reader().execute(f"SELECT count(*) FROM entries{where}", params).fetchone()[0]
        )

    def meta(self, prefix: str) -> dict[str, str]:
        """The stored settings whose key starts with `prefix` (e.g. "team:")."""
        return dict(
            self._reader().execute(
                "SELECT key, value FROM meta WHERE key LIKE ? ESCAPE '\\' ORDER BY key",
                (like_pattern(prefix, anywhere=False),),
            )
        )

    def set_meta(self, key: str, value: str | None) -> None:
        """Store (or with None, forget) one setting kept with the lists."""
        with self._writing() as conn:
            if value is None:
                conn.execute("DELETE FROM meta WHERE key = ?", (key,))
            else:
                conn.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (key, value),
                )

    def summary(self) -> dict[str, Any]:
        """Counts per list and source, the last FTC import, when each source was last
        replaced: what Settings shows."""
        conn = self._reader()
        lists: dict[str, dict[str, int]] = {name: {} for name in LISTS}
        for list_name, source, count in conn.execute(
            "SELECT list, source, count(*) FROM entries GROUP BY list, source"
        ):
            lists.setdefault(list_name, {})[source] = count
        last = conn.execute(
            "SELECT name, imported_at, rows, numbers, added, updated, problems FROM imports "
            "ORDER BY imported_at DESC, name LIMIT 1"
        ).fetchone()
        updated = {
            key[len("replaced:") :]: value
            for key, value in conn.execute(
                "SELECT key, value FROM meta WHERE key LIKE 'replaced:%'"
            )
        }
        return {
            "path": str(self.path),
            "lists": lists,
            "totals": {name: sum(counts.values()) for name, counts in lists.items()},
            "last_import": dict(
                zip(
                    ("file", "imported_at", "rows", "numbers", "added", "updated", "problems"),
                    last,
                    strict=True,
                )
            )
            if last
            else None,
            "sources_replaced": updated,
        }

    def export_csv(
        self, path_or_file: str | os.PathLike[str] | IO[str], list_name: str | None = None
    ) -> int:
        """Write the entries (of one list, or all) as CSV, streamed: `number` holds the
        value (a domain too, as in feed files), `source` the reference the entry's source
        gives, `origin` where ScamScreen has it from. Returns the number of entries."""
        _check_list(list_name)
        if isinstance(path_or_file, str | os.PathLike):
            with replacing_text(path_or_file) as out:  # a new file, renamed when complete
                return self._export(out, list_name)
        return self._export(path_or_file, list_name)

    def _export(self, out: IO[str], list_name: str | None) -> int:
        writer = CsvWriter(out)  # no formulas, no line breaks that could start a row
        writer.writerow(EXPORT_COLUMNS)
        where, params = self._where(list_name, None, "")
        count = 0
        cursor = self._reader().execute(
            "SELECT value, reference, note, kind, list, source, reports, first_seen, last_seen, "
            f"subject, robocall FROM entries{where} ORDER BY list, source, value, kind",
            params,
        )
        for row in cursor:
            writer.writerow(row)
            count += 1
        return count

    # -- sources -----------------------------------------------------------------------

    def replace_source(
        self, source: str, rows: Iterable[Sequence[Any]], region: str = DEFAULT_REGION
    ) -> int:
        """Replace every entry of one source (a feed's known-numbers file, a team list,
        the seed) with `rows`, atomically: readers see the old entries or the new ones,
        never a mix, and a failure leaves the old ones. Each row is
        `(kind, value, reference, note)`, optionally followed by `reports`, `last_seen`
        and `subject`. All go on the scam list. A value that is not a number or domain
        raises `ListError` naming the row, and nothing changes. Returns how many
        entries the source has now.

        The rows are streamed into a temporary table and copied over in index order, so
        a million of them never sit in memory at once."""
        _check_source(source)
        if source in ("user", "ftc"):
            raise ListError(
                _("The {source} entries are changed with add/remove and import-ftc.").format(
                    source=source
                )
            )
        stamp = now()
        with self._writing() as conn:
            conn.execute(
                "CREATE TEMP TABLE IF NOT EXISTS incoming (value TEXT, kind TEXT, reports INTEGER, "
                "last_seen TEXT, subject TEXT, note TEXT, reference TEXT)"
            )
            conn.execute("DELETE FROM temp.incoming")
            try:
                conn.executemany(
                    "INSERT INTO temp.incoming VALUES (?, ?, ?, ?, ?, ?, ?)",
                    _prepared(rows, region),
                )
                conn.execute("DELETE FROM entries WHERE list = 'scam' AND source = ?", (source,))
                conn.execute(
                    "INSERT INTO entries (value, kind, list, source, reports, first_seen, "
                    "last_seen, subject, note, reference, added_at) "
                    "SELECT value, kind, 'scam', ?, max(reports), NULL, max(last_seen), "
                    "max(subject), max(note), max(reference), ? FROM temp.incoming "
                    "GROUP BY value, kind ORDER BY value, kind",
                    (source, stamp),
                )
                conn.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (f"replaced:{source}", stamp),
                )
                count = conn.execute(
                    "SELECT count(*) FROM entries WHERE list = 'scam' AND source = ?", (source,)
                ).fetchone()[0]
            finally:
                conn.execute("DELETE FROM temp.incoming")
        self._checkpoint()
        return int(count)

    def _sync_seed(self) -> None:
        """Bring the `seed` source in line with the list shipped in data/known-scams/,
        when that has changed since the last time (a fingerprint is kept in meta)."""
        import hashlib

        from scamscreen.core.data import data_dir

        folder = data_dir() / SEED_DIR  # (the shipped list; an update's is its `feed` source)
        files = sorted(folder.glob("*.csv")) if folder.is_dir() else []
        digest = hashlib.sha256()
        for path in files:
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
        fingerprint = digest.hexdigest()
        assert self._writer is not None  # (open() calls this with the writer it made)
        row = self._writer.execute("SELECT value FROM meta WHERE key = 'seed_sha256'").fetchone()
        if row and row[0] == fingerprint:
            return
        rows: list[tuple[Any, ...]] = []
        for path in files:
            parsed = read_list_csv(path)
            rows += parsed.rows
        self.replace_source("seed", rows)
        with self._writing() as conn:
            conn.execute(
                "INSERT INTO meta (key, value) VALUES ('seed_sha256', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (fingerprint,),
            )

    def _checkpoint(self) -> None:
        """After a big write, fold the write-ahead log back into the file and shrink it,
        so a million-row import does not leave a second copy of itself on disk."""
        if self._writer is None:
            return
        # If a reader holds an old snapshot, SQLite checkpoints later by itself.
        with self._write_lock, contextlib.suppress(sqlite3.Error):
            self._writer.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # -- FTC complaints ----------------------------------------------------------------

    def add_reported_calls(
        self, parsed: ReportedCalls, file: str, cancelled: Callable[[], bool] | None = None
    ) -> ImportReport:
        """Add an FTC file of reported calls, as its reader added it up, to the scam list
        (source `ftc`); `file` is its path. Each number's reports are added to what
        earlier imports counted, its first and last day widened, its subject and
        robocall flag brought up to date. The same file added twice changes nothing
        (`already_imported`). `cancelled()` is checked every few thousand rows: when it
        says so, `ImportCancelled` is raised and the lists are exactly as they were."""
        report = ImportReport(
            file=file,
            rows=parsed.rows,
            numbers=len(parsed.numbers),
            blank=parsed.blank,
            problems=parsed.problems,
            problem_count=parsed.problem_count,
        )
        stamp = now()
        with self._writing() as conn:
            if conn.execute("SELECT 1 FROM imports WHERE sha256 = ?", (parsed.sha256,)).fetchone():
                report.already_imported = True
                return report
            before = self._source_count(conn, "ftc")
            # One parameter tuple per number, exactly as the reader made it: nothing is
            # repacked on the way to SQLite (this loop writes a million rows).
            upsert = (
                "INSERT INTO entries (value, kind, list, source, reports, first_seen, last_seen, "
                "subject, robocall, added_at) "
                "VALUES (?1, 'number', 'scam', 'ftc', ?2, ?3, ?4, ?5, ?6, "
                f"'{stamp}') "
                "ON CONFLICT (value, kind, list, source) DO UPDATE SET "
                "reports = reports + excluded.reports, "
                "first_seen = CASE WHEN first_seen IS NULL OR excluded.first_seen < first_seen "
                "THEN coalesce(excluded.first_seen, first_seen) ELSE first_seen END, "
                "last_seen = CASE WHEN last_seen IS NULL OR excluded.last_seen > last_seen "
                "THEN coalesce(excluded.last_seen, last_seen) ELSE last_seen END, "
                "subject = CASE WHEN excluded.reports >= reports AND excluded.subject != '' "
                "THEN excluded.subject ELSE subject END, "
                "robocall = coalesce(max(robocall, excluded.robocall), robocall, excluded.robocall)"
            )
            numbers = parsed.numbers
            for start in range(0, len(numbers), BATCH):
                if cancelled is not None and cancelled():
                    raise ImportCancelled()
                conn.executemany(upsert, numbers[start : start + BATCH])
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            report.added = self._source_count(conn, "ftc") - before
            report.updated = len(numbers) - report.added
            conn.execute(
                "INSERT INTO imports VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    parsed.sha256,
                    Path(file).name,
                    stamp,
                    parsed.rows,
                    len(numbers),
                    report.added,
                    report.updated,
                    parsed.problem_count,
                ),
            )
        self._checkpoint()
        return report

    @staticmethod
    def _source_count(conn: sqlite3.Connection, source: str) -> int:
        return int(
            conn.execute(
                "SELECT count(*) FROM entries WHERE list = 'scam' AND source = ?", (source,)
            ).fetchone()[0]
        )


def _prepared(rows: Iterable[Sequence[Any]], region: str) -> Iterator[tuple[Any, ...]]:
    """Rows for `replace_source`, checked and normalised one at a time."""
    for number, row in enumerate(rows, start=1):
        if not 4 <= len(row) <= 7:
            raise ListError(
                _(
                    "Row {row} of the list has {count} fields, not 4 to 7. Nothing was changed."
                ).format(row=number, count=len(row))
            )
        kind, value, reference, note = (str(v or "") for v in row[:4])
        reports = row[4] if len(row) > 4 else 0
        last_seen = row[5] if len(row) > 5 else None
        subject = row[6] if len(row) > 6 else ""
        fast = nanp_e164(value[2:]) if kind == "number" and value.startswith("+1") else None
        try:
            kept = fast or normalise(kind, value, region)
        except ListError as exc:
            raise ListError(
                _("Row {row} of the list: {problem} Nothing was changed.").format(
                    row=number, problem=exc
                )
            ) from None
        try:
            reports = max(0, int(reports or 0))
        except (TypeError, ValueError):
            reports = 0
        yield (
            kept,
            kind,
            reports,
            str(last_seen)[:10] if last_seen else None,
            clean_note(str(subject or ""))[:120],
            clean_note(note),
            clean_note(reference),
        )
