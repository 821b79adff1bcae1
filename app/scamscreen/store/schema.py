"""The case log's schema, as named, ordered migrations (sqlite-utils' `Migrations`).

Each migration runs in a transaction with the record that it ran. A database that has
migrations this version of ScamScreen does not know was written by a newer version:
we refuse to touch it rather than guess.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

from scamscreen.core.contact import OUTCOMES
from scamscreen.core.indicators import VERDICTS

migrations = Migrations("scamscreen")

# Expressions shared by indexes and the queries that must match them word for word.
WEEK = "date(contacted_at, 'weekday 0', '-6 days')"  # the Monday of the contact's week
ORGANISATION = "coalesce(org_id, nullif(lower(trim(claimed_org)), ''))"


def _check(column: str, values: tuple[str, ...]) -> str:
    return f"CHECK ({column} IN ({', '.join(repr(v) for v in values)}))"


@migrations()
def m001_contacts(db: Database) -> None:
    db.execute(
        f"""
        CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,            -- stable across export and import
            created_at TEXT NOT NULL,            -- when it was logged (UTC, ISO 8601)
            contacted_at TEXT NOT NULL,          -- when it happened, as the user said
            updated_at TEXT NOT NULL,
            channel TEXT,
            initiated_by TEXT,
            claimed_org TEXT NOT NULL DEFAULT '',
            org_id TEXT,                         -- the directory vendor it matched
            phone TEXT NOT NULL DEFAULT '',      -- as typed
            phone_e164 TEXT,
            email TEXT NOT NULL DEFAULT '',
            email_domain TEXT,
            url TEXT NOT NULL DEFAULT '',
            url_domain TEXT,
            requests TEXT NOT NULL DEFAULT '[]', -- JSON list, ticked and found in text
            notes TEXT NOT NULL DEFAULT '',      -- what was said or shown
            region TEXT,
            verdict TEXT NOT NULL {_check("verdict", VERDICTS)},
            score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
            findings TEXT NOT NULL DEFAULT '[]', -- JSON, as screened at the time
            engine_version TEXT NOT NULL,
            data_version TEXT NOT NULL,
            outcome TEXT NOT NULL DEFAULT 'unknown' {_check("outcome", OUTCOMES)},
            money_lost_cents INTEGER CHECK (money_lost_cents IS NULL OR money_lost_cents >= 0),
            paid_how TEXT,
            ticket_ref TEXT,
            staff_member TEXT,
            reported_by TEXT
        )
        """
    )
    db.execute("CREATE INDEX contacts_created ON contacts(created_at)")
    db.execute("CREATE INDEX contacts_verdict ON contacts(verdict, created_at)")
    db.execute("CREATE INDEX contacts_org ON contacts(org_id)")
    # Every number and domain a contact holds (typed or found in its text), so "seen
    # before" finds the same scammer whichever field they were written in.
    db.execute(
        """
        CREATE TABLE observables (
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('phone', 'domain')),
            value TEXT NOT NULL,
            PRIMARY KEY (contact_id, kind, value)
        ) WITHOUT ROWID
        """
    )
    db.execute("CREATE INDEX observables_value ON observables(kind, value)")
    db.execute(
        """
        CREATE TABLE checklist_progress (
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            checklist TEXT NOT NULL,
            step TEXT NOT NULL,
            done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
            updated_at TEXT NOT NULL,
            PRIMARY KEY (contact_id, checklist, step)
        ) WITHOUT ROWID
        """
    )
    db.execute(
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID
        """
    )


@migrations()
def m002_full_text_search(db: Database) -> None:
    db.table("contacts").enable_fts(
        ["notes", "claimed_org", "phone", "phone_e164", "email", "url"],
        create_triggers=True,
        tokenize="unicode61 remove_diacritics 2",
    )


@migrations()
def m003_history_indexes(db: Database) -> None:
    """History lists newest first by when it happened, filters by verdict, and charts
    contacts per week and per organisation: each has an index shaped like its query,
    so none of them reads the whole table (measured with 100,000 contacts)."""
    db.execute("DROP INDEX IF EXISTS contacts_verdict")
    db.execute("CREATE INDEX contacts_contacted ON contacts(contacted_at)")
    db.execute("CREATE INDEX contacts_verdict_contacted ON contacts(verdict, contacted_at)")
    db.execute(f"CREATE INDEX contacts_week ON contacts({WEEK}, verdict)")
    db.execute(
        f"CREATE INDEX contacts_impersonated ON contacts({ORGANISATION}, verdict) "
        "WHERE outcome != 'genuine'"
    )


@migrations()
def m004_pictures(db: Database) -> None:
    """The picture a person chose to keep with a contact (issue 17): at most one, kept in
    the log itself, so that it is as private as the log (0600), goes into its backups,
    comes back with a restore, and is forgotten with the contact (the foreign key) and
    overwritten when it is (secure_delete). Only what core/kept_picture.py made is
    stored: re-encoded, nothing but pixels."""
    db.execute(
        """
        CREATE TABLE pictures (
            contact_id INTEGER PRIMARY KEY REFERENCES contacts(id) ON DELETE CASCADE,
            format TEXT NOT NULL CHECK (format IN ('png', 'jpeg')),
            width INTEGER NOT NULL CHECK (width > 0),
            height INTEGER NOT NULL CHECK (height > 0),
            data BLOB NOT NULL,
            kept_at TEXT NOT NULL
        )
        """
    )


def known_migrations() -> list[str]:
    return [m.name for m in migrations._migrations]
