"""The known-scam lists' schema, as named, ordered migrations (sqlite-utils' `Migrations`,
as the case log's in schema.py; the lists are a file of their own, `lists.db`).

A file made before the lists had migrations has schema version 1 in `PRAGMA
user_version` and the tables of m001 already: m001 keeps them, and their entries. Every
migration keeps `user_version` at the version it brings, so that an older ScamScreen
that knows only `user_version` opens a file whose tables it knows, and refuses a newer
one.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("scamscreen-lists")

_TABLES = (
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


@migrations()
def m001_entries(db: Database) -> None:
    """The entries, the FTC files imported and the settings kept with the lists."""
    if db.execute("PRAGMA user_version").fetchone()[0] >= 1:
        return  # made before the lists had migrations: the same tables, kept as they are
    for statement in _TABLES:
        db.execute(statement)
    db.execute("PRAGMA user_version = 1")


def known_migrations() -> list[str]:
    return [m.name for m in migrations._migrations]
