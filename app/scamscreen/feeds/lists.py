"""The known-scam lists: numbers and web addresses, where they come from, and what
screening makes of them.

Everything lives in one SQLite file of its own, `lists.db` in the user's data folder, next
to the case log but not inside it: a million imported numbers would otherwise make every
daily case-log backup a hundred megabytes. Like the case log it is the user's alone
(0600), uses write-ahead logging (screening reads while an import writes) and waits for
another writer instead of failing at once (busy timeout).

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
import time
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from scamscreen.core.data import ListsUnreadable
from scamscreen.core.errors import ImportCancelled as ImportCancelled
from scamscreen.core.errors import ListError as ListError
from scamscreen.core.files import CsvWriter, read_regular, replacing_text
from scamscreen.core.i18n import _

LISTS_NAME = "lists.db"
LISTS = ("scam", "block", "allow")
USER_LISTS = ("block", "allow")
KINDS = ("number", "domain")
SCHEMA_VERSION = 1
BUSY_TIMEOUT_MS = 10_000
BATCH = 20_000  # rows written between two looks at cancelled()
MAX_NOTE = 500
MAX_LOOKUP = 64  # numbers and domains looked up per contact, at most
SEED_DIR = "known-scams"
_SOURCE = re.compile(r"(seed|ftc|user|feed(:[\w.-]{1,60})?|team:[^\x00-\x1f]{1,60})")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_DIGITS = re.compile(r"\d")
_PHONE_SEARCH = re.compile(r"[\d\s().+/-]+")
_DOMAIN_LIKE = re.compile(r"[A-Za-z].*[./@]|[./@].*[A-Za-z]")
_TECH_SUPPORT = re.compile(r"tech(nical)?[\s-]*support", re.IGNORECASE)

SCHEMA = (
    """
    CREATE TABLE entries (
        value TEXT NOT NULL,                 -- E.164 number or registrable domain
        kind TEXT NOT NULL CHECK (kind IN ('number', 'domain')),
        list TEXT NOT NULL CHECK (list IN ('scam', 'block', 'allow')),
        source TEXT NOT NULL,                -- seed, ftc, feed, team:<name>, user
        reports INTEGER NOT NULL DEFAULT 0,  -- how many reports the source counted
        first_seen TEXT,                     -- YYYY-MM-DD
        last_seen TEXT,
        subject TEXT NOT NULL DEFAULT '',    -- the topic most reported
        robocall INTEGER CHECK (robocall IN (0, 1)),  -- NULL: not known
        note TEXT NOT NULL DEFAULT '',
        reference TEXT NOT NULL DEFAULT '',  -- where the source says it has it from (a URL)
        added_at TEXT NOT NULL,
        PRIMARY KEY (value, kind, list, source)
    ) WITHOUT ROWID
    """,
    # Listings, counts and replacing one source read this index, not the whole table.
    "CREATE INDEX entries_by_list ON entries(list, source)",
    """
    CREATE TABLE imports (
        sha256 TEXT PRIMARY KEY,  -- the same file imported twice would count twice
        name TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        rows INTEGER NOT NULL,
        numbers INTEGER NOT NULL,
        added INTEGER NOT NULL,
        updated INTEGER NOT NULL,
        problems INTEGER NOT NULL
    ) WITHOUT ROWID
    """,
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
)

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

# How each source is named in a finding ("… is in {known_source}").
_SOURCE_WORDS = {  # (translated where they are used: see source_words)
    "ftc": "the FTC's Do Not Call complaints",
    "seed": "ScamScreen's own list of known scams",
    "feed": "the known-scam list of your ScamScreen updates",
}


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


def now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def normalise_number(raw: str, region: str = "US") -> str | None:
    """A phone number as E.164, or None when it is not one that can exist."""
    from scamscreen.feeds.ftc import normalise_number as normalise

    return normalise(raw, region)


def normalise_domain(raw: str) -> str | None:
    """The registrable domain of a web address, email address or host name
    ("https://microsoft.com.help-desk-support.com/x" -> "help-desk-support.com"), or None when
    it names no domain with a real public suffix. An IP address is kept as it is."""
    from scamscreen.core import web

    text = raw.strip()
    if not text or len(text) > 2048 or _CONTROL.search(text):
        return None
    if "@" in text and "/" not in text:
        text = text.rsplit("@", 1)[-1]
    host = web.host_info(text)
    if host is None:
        return None
    if host.ip:
        return host.display
    if "." not in host.display or not web.find_links(host.display):
        return None  # "localhost", "com", "Mr.Smith": no registrable domain
    return web.registrable(host)


def guess_kind(value: str) -> str:
    """Number or domain, as written: letters with a dot, slash or @ make a web address
    ("help-desk.com", "https://x.com/a", "a@b.com"); "1-800-MY-APPLE" is a number."""
    return "domain" if _DOMAIN_LIKE.search(value) else "number"


def normalise(kind: str, value: str, region: str = "US") -> str:
    """`value` as the lists keep it; `ListError` in plain words when it cannot be one."""
    if kind not in KINDS:
        raise ListError(
            _("{kind!r} is not a kind of entry: use number or domain.").format(kind=kind)
        )
    shown = value.strip()[:60]
    if kind == "number":
        e164 = normalise_number(value, region)
        if e164 is None:
            raise ListError(
                _(
                    "{value!r} is not a phone number that can exist. Write it with its area "
                    "code (844 555 0199) or with its country code (+44 20 7946 0958)."
                ).format(value=shown)
            )
        return e164
    domain = normalise_domain(value)
    if domain is None:
        raise ListError(
            _(
                "{value!r} is not a web address or domain. Write it as example.com or "
                "https://example.com/page."
            ).format(value=shown)
        )
    return domain


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


def is_tech_support(subject: str) -> bool:
    """The FTC's topic for tech-support calls ("Computer & technical support"), however
    a feed or an older file spells it."""
    return bool(subject) and _TECH_SUPPORT.search(subject) is not None


def source_words(source: str) -> str:
    """A source as a finding names it."""
    if source.startswith("team:"):
        return _("your team's list \u201c{name}\u201d").format(name=source[5:])
    if source.startswith("feed"):
        return _(_SOURCE_WORDS["feed"])
    return _(_SOURCE_WORDS[source]) if source in _SOURCE_WORDS else source


def reported_words(reports: int, last_seen: str | None, subject: str) -> str:
    """The words of a finding, such as "reported 214 times, last on 2026-11-02, as tech
    support" (the rules say "This number was {known_reported}")."""
    if reports > 1:
        parts = [_("reported {count} times").format(count=f"{reports:,}")]
        if last_seen:
            parts.append(_("last on {date}").format(date=last_seen))
    elif reports == 1:
        parts = [_("reported once")]
        if last_seen:
            parts.append(_("on {date}").format(date=last_seen))
    else:
        parts = [_("listed as a scam")]
        if last_seen:
            parts.append(_("last seen on {date}").format(date=last_seen))
    if is_tech_support(subject):
        parts.append(_("as tech support"))
    elif subject:
        parts.append(_("about \u201c{subject}\u201d").format(subject=subject))
    return ", ".join(parts)


def display_number(e164: str) -> str:
    """The number as a finding shows it: "+1 844-555-0199" (libphonenumber's international
    form; written out directly for the +1 numbers nearly every list entry is)."""
    if len(e164) == 12 and e164.startswith("+1") and e164[2:].isdigit():
        return f"+1 {e164[2:5]}-{e164[5:8]}-{e164[8:]}"
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _clean_note(note: str) -> str:
    return _CONTROL.sub(" ", str(note or "")).strip()[:MAX_NOTE]


class _Connection(sqlite3.Connection):
    """A connection that can be held weakly (the built-in one cannot)."""


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
            from scamscreen.store.location import private_dir

            private_dir(home)
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
        conn = sqlite3.connect(
            path,
            timeout=BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,
            check_same_thread=False,  # see the module docstring: one thread at a time
            factory=_Connection,
        )
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if reader:
            conn.execute("PRAGMA query_only = 1")
            return conn
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            conn.close()
            raise ListError(
                _("The known-scam lists {path} cannot use write-ahead logging ({mode}).").format(
                    path=path, mode=mode
                ),
                storage=True,
            )
        # A power cut may lose the last import or edit, never the file: imports can be
        # run again, and the user's own lists are a few rows.
        conn.execute("PRAGMA synchronous = NORMAL")
        from scamscreen.store.location import private_file

        for suffix in ("", "-wal", "-shm"):
            private_file(path.with_name(path.name + suffix))
        return conn

    def _check_version(self, conn: sqlite3.Connection) -> int:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise ListError(
                _(
                    "The known-scam lists {path} were written by a newer version of "
                    "ScamScreen. Install the newer version to use them."
                ).format(path=self.path),
                storage=True,
            )
        return int(version)

    def _migrate(self) -> None:
        with self._writing() as conn:
            if self._check_version(conn) == 0:
                for statement in SCHEMA:
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

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

    class _Writing:
        def __init__(self, lists: KnownLists) -> None:
            self.lists = lists

        def __enter__(self) -> sqlite3.Connection:
            lists = self.lists
            if lists._writer is None:
                raise ListError(_("The known-scam lists are open for lookups only."))
            lists._write_lock.acquire()
            try:
                # Take the write lock up front: a transaction that reads first and writes
                # later fails at once when another process wrote in between.
                lists._writer.execute("BEGIN IMMEDIATE")
            except BaseException:
                lists._write_lock.release()
                raise
            return lists._writer

        def __exit__(self, kind: object, exc: object, trace: object) -> None:
            conn = self.lists._writer
            try:
                if conn is not None and conn.in_transaction:
                    conn.execute("ROLLBACK" if kind is not None else "COMMIT")
            finally:
                self.lists._write_lock.release()

    def _writing(self) -> KnownLists._Writing:
        """One write transaction; rolled back if anything goes wrong inside it."""
        return KnownLists._Writing(self)

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
            rows = self._reader().execute(self._lookup_sql(len(keys)), keys).fetchall()
        except (sqlite3.Error, ListError) as exc:
            raise ListsUnreadable(str(exc)) from exc
        if not rows:
            return set()
        return self._facts(rows, set(numbers), values)

    def _facts(
        self, rows: list[tuple[Any, ...]], numbers: set[str], values: dict[str, str]
    ) -> set[str]:
        facts: set[str] = set()
        scam: dict[str, list[tuple[Any, ...]]] = {}
        for row in rows:
            kind, value, list_name = row[0], row[1], row[2]
            if (kind == "number") != (value in numbers):
                continue
            prefix = "phone" if kind == "number" else "domain"
            if list_name == "scam":
                scam.setdefault(value, []).append(row)
                facts.add(f"{prefix}:reported")
                if kind == "number" and is_tech_support(row[6]):
                    facts.add("phone:reported_tech_support")
            else:
                which = "blocked" if list_name == "block" else "allowed"
                facts.add(f"{prefix}:{which}_by_user")
                what = "number" if kind == "number" else "domain"
                shown = display_number(value) if kind == "number" else value
                values.setdefault(f"{which}_{what}", shown)
                note = row[7]
                values.setdefault(
                    f"{which}_{what}_note", f" (your note: \u201c{note}\u201d)" if note else ""
                )

        # The strongest report (a number before a domain, then most reports, then most
        # recent) speaks first; every source that lists it is named.
        def strength(item: tuple[str, list[tuple[Any, ...]]]) -> tuple[bool, int, str]:
            value, hits = item
            return (value in numbers, max(r[4] for r in hits), max(r[5] or "" for r in hits))

        ranked = sorted(sorted(scam.items()), key=strength, reverse=True)  # stable: by value
        for value, hits in ranked:
            best = max(hits, key=lambda r: (r[4], r[5] or "", bool(r[6])))
            last_seen = max((r[5] for r in hits if r[5]), default=None)
            subject = best[6] or next((r[6] for r in hits if r[6]), "")
            tech = next((r[6] for r in hits if is_tech_support(r[6])), None)
            words = reported_words(best[4], last_seen, tech or subject)
            sources = " and ".join(dict.fromkeys(source_words(r[3]) for r in hits))
            if value in numbers:
                values.setdefault("known_number", display_number(value))
                values.setdefault("known_reported", words)
                values.setdefault("known_source", sources)
            else:
                values.setdefault("known_domain", value)
                values.setdefault("known_domain_reported", words)
                values.setdefault("known_domain_source", sources)
            values.setdefault("known_reports", str(best[4]) if best[4] else "")
            values.setdefault("known_last_seen", last_seen or "")
            values.setdefault("known_subject", subject)
        return facts

    # -- the user's own lists ----------------------------------------------------------

    def add(self, kind: str, value: str, list_name: str, note: str = "", region: str = "US") -> str:
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
                (kept, kind, list_name, _clean_note(note), now()),
            )
        return kept

    def remove(self, kind: str, value: str, list_name: str, region: str = "US") -> bool:
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
                pattern = (
                    "%"
                    + search.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                    + "%"
                )
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
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return dict(
            self._reader().execute(
                "SELECT key, value FROM meta WHERE key LIKE ? ESCAPE '\\' ORDER BY key",
                (escaped + "%",),
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

    def replace_source(self, source: str, rows: Iterable[Sequence[Any]], region: str = "US") -> int:
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

        folder = data_dir() / SEED_DIR
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

    def import_ftc(
        self,
        path: str | os.PathLike[str],
        progress: Callable[[int, int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        region: str = "US",
    ) -> ImportReport:
        """Add an FTC Do Not Call reported-calls CSV to the scam list (source `ftc`).

        Each number's reports are added to what earlier imports counted, its first and
        last day widened, its subject and robocall flag brought up to date. Bad lines are
        reported by line number in the `ImportReport` and the rest is imported; a file
        that is not this format at all raises `ListError` before anything changes. The
        same file imported twice changes nothing (`already_imported`). `cancelled()` is
        checked every few thousand rows: when it says so, `ImportCancelled` is raised and
        the lists are exactly as they were. `progress(rows, bytes_read, bytes_total)` is
        called as the file is read.
        """
        from scamscreen.feeds.ftc import read_reported_calls

        parsed = read_reported_calls(path, progress, cancelled, region)
        report = ImportReport(
            file=str(path),
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
                    Path(path).name,
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
    from scamscreen.feeds.ftc import nanp_e164

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
            _clean_note(str(subject or ""))[:120],
            _clean_note(note),
            _clean_note(reference),
        )


# -- list files (seed, feeds, team lists) -----------------------------------------------


class ListFile:
    """A known-numbers CSV read for `replace_source`: its good rows and its problems."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str, int, str | None, str]] = []
        self.problems: list[tuple[int, str]] = []  # (line, what is wrong), the first 100
        self.problem_count = 0


MAX_LIST_FILE_BYTES = 256 * 1024 * 1024


def read_list_csv(source: str | os.PathLike[str] | IO[str], region: str = "US") -> ListFile:
    """Read a known-numbers (or known-domains) CSV: the seed, a feed's file, a team list.

    Columns (header names matched ignoring case): `number` (or `domain`, or `value`),
    `source` (the URL the entry comes from), `note`; optional `kind` (number/domain; when
    not given, a value with letters and a dot, slash or @ is a domain, see `guess_kind`),
    `reports`, `last_seen` (YYYY-MM-DD), `subject`. Lines starting with `#` are comments.
    A bad line is reported by its number and left out; a file without the columns raises
    `ListError`."""
    import csv
    import io
    from datetime import datetime

    if isinstance(source, str | os.PathLike):
        path = Path(source)
        try:
            if path.stat().st_size > MAX_LIST_FILE_BYTES:
                raise ListError(
                    _("{file} is too big for a list of known numbers.").format(file=path)
                )
            text = read_regular(path, MAX_LIST_FILE_BYTES).decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ListError(
                _("{file} is not a CSV text file in UTF-8.").format(file=path)
            ) from None
        except OSError as exc:
            raise ListError(
                _("{file}: cannot read it ({reason}).").format(
                    file=path, reason=exc.strerror or exc
                )
            ) from None
        where = str(path)
        handle: IO[str] = io.StringIO(text)
    else:
        handle = source
        where = getattr(source, "name", "the list")
    lines = (line for line in handle)
    reader = csv.reader(lines)
    header: list[str] | None = None
    out = ListFile()

    def problem(line: int, message: str) -> None:
        out.problem_count += 1
        if len(out.problems) < 100:
            out.problems.append((line, message))

    positions: dict[str, int] = {}
    value_column = ""
    try:
        for row in reader:
            line = reader.line_num
            if not row or (row[0].lstrip().startswith("#")) or not "".join(row).strip():
                continue
            if header is None:
                header = [c.strip().lstrip("\ufeff").lower() for c in row]
                for index, name in enumerate(header):
                    positions.setdefault(name, index)
                value_column = next(
                    (c for c in ("number", "domain", "value") if c in positions), ""
                )
                missing = [c for c in ("source", "note") if c not in positions]
                if not value_column or missing:
                    raise ListError(
                        _(
                            "{file} is not a list of known numbers: it needs the columns "
                            "number (or domain), source and note; it has {found}."
                        ).format(file=where, found=", ".join(header) or _("none"))
                    )
                continue
            if _CONTROL.search("".join(row)):
                problem(line, _("holds binary data (NUL or control characters), not text"))
                continue

            def cell(name: str, row: list[str] = row) -> str:
                index = positions.get(name)
                return row[index].strip() if index is not None and index < len(row) else ""

            value = cell(value_column)
            kind = cell("kind").lower() or guess_kind(value)
            if kind not in KINDS:
                problem(line, _("the kind {kind!r} is not number or domain").format(kind=kind))
                continue
            try:
                kept = normalise(kind, value, region)
            except ListError as exc:
                problem(line, str(exc))
                continue
            reports_text = cell("reports")
            try:
                reports = int(reports_text) if reports_text else 0
            except ValueError:
                problem(
                    line,
                    _("reports {value!r} is not a whole number").format(value=reports_text[:20]),
                )
                continue
            last_seen = cell("last_seen") or None
            if last_seen is not None:
                try:
                    last_seen = datetime.strptime(last_seen[:10], "%Y-%m-%d").date().isoformat()
                except ValueError:
                    problem(
                        line,
                        _("last_seen {value!r} is not a date such as 2026-11-02").format(
                            value=last_seen[:20]
                        ),
                    )
                    continue
            out.rows.append(
                (
                    kind,
                    kept,
                    cell("source"),
                    cell("note"),
                    max(reports, 0),
                    last_seen,
                    cell("subject"),
                )
            )
    except csv.Error as exc:
        raise ListError(
            _("{file} line {line} cannot be read as CSV ({reason}).").format(
                file=where, line=reader.line_num, reason=exc
            )
        ) from None
    if header is None:
        raise ListError(_("{file} is empty: it has no header line.").format(file=where))
    return out
