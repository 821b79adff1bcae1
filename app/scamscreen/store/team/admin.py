"""What the database's owner does: `team init` (the schema, the roles, the policies;
again = upgrade) and `team add-user` (a login role in a group, with a generated password
shown once). The password is sent to the server only as a SCRAM verifier, so it never
appears in the server's statement log either.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from typing import Any, NamedTuple

from scamscreen.core.errors import TeamError
from scamscreen.core.i18n import _
from scamscreen.store.team import connection
from scamscreen.store.team.schema import (
    GROUPS,
    LEAD,
    MIGRATION_LOCK,
    MIGRATIONS,
    SEARCHER,
    STAFF,
)

USER_NAME = re.compile(r"[a-z][a-z0-9_.-]{0,62}")
DESK_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
SCRAM_ITERATIONS = 4096  # PostgreSQL's own default


class Initialised(NamedTuple):
    before: int  # the schema version found (0: none)
    after: int
    applied: list[str]


class NewUser(NamedTuple):
    user: str
    password: str
    role: str
    desk: str


def scram_verifier(password: str, *, iterations: int = SCRAM_ITERATIONS) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for `password` (RFC 5802/7677; the
    form `CREATE ROLE ... PASSWORD` accepts as already encrypted). Our passwords are
    ASCII, so SASLprep leaves them as they are."""
    salt = secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode()

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def _ensure_roles(conn: Any) -> None:
    from psycopg import sql

    for group in (*GROUPS.values(), SEARCHER):
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [group]).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(group)))
    member = conn.execute(
        "SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid "
        "JOIN pg_roles g ON g.oid = m.member WHERE r.rolname = %s AND g.rolname = %s",
        [STAFF, LEAD],
    ).fetchone()
    if not member:  # a lead may do everything staff may
        conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(STAFF), sql.Identifier(LEAD)))


def migrate(conn: Any) -> Initialised:
    """Create or upgrade the schema on `conn` (the database owner's, autocommit off)."""
    from psycopg import sql

    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", [MIGRATION_LOCK])
        _ensure_roles(conn)
        conn.execute("CREATE SCHEMA IF NOT EXISTS scamscreen")
        conn.execute("REVOKE ALL ON SCHEMA scamscreen FROM PUBLIC")
        conn.execute(
            "CREATE TABLE IF NOT EXISTS scamscreen.schema_version ("
            " version integer PRIMARY KEY, name text NOT NULL,"
            " applied_at timestamptz NOT NULL DEFAULT now(),"
            " applied_by name NOT NULL DEFAULT session_user)"
        )
        conn.execute("REVOKE ALL ON scamscreen.schema_version FROM PUBLIC")
        done = {row[0] for row in conn.execute("SELECT version FROM scamscreen.schema_version")}
        known = {version for version, _name, _steps in MIGRATIONS}
        newer = sorted(done - known)
        if newer:
            raise TeamError(
                _("The team database was set up by a newer ScamScreen (schema version "
                  "{version}); install that version to use it.").format(version=newer[-1])
            )
        before = max(done, default=0)
        applied = []
        for version, name, steps in MIGRATIONS:
            if version in done:
                continue
            for step in steps:
                conn.execute(step)
            conn.execute(
                "INSERT INTO scamscreen.schema_version (version, name) VALUES (%s, %s)",
                [version, name],
            )
            applied.append(name)
        # every run: the groups may connect to this database, PUBLIC may not
        database = sql.Identifier(conn.info.dbname)
        conn.execute(sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(database))
        conn.execute(
            sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
                database, sql.SQL(", ").join(sql.Identifier(g) for g in GROUPS.values())
            )
        )
    return Initialised(before, max(known), applied)


def init(url: str, *, insecure_loopback: bool = False) -> Initialised:
    with connection.connect(url, insecure_loopback=insecure_loopback) as conn:
        try:
            return migrate(conn)
        except connection.DatabaseError as exc:
            raise connection.explain(exc, url, _("set up the team database")) from None


def add_user(
    url: str, name: str, role: str, desk: str = "main", *, insecure_loopback: bool = False
) -> NewUser:
    """A new login role `name` in the group for `role`, member of `desk`, with a new
    password (returned, to be shown once)."""
    from psycopg import sql

    if role not in GROUPS:
        raise TeamError(_("role: “{role}” is not one of: staff, lead, auditor").format(role=role))
    if not USER_NAME.fullmatch(name) or name.startswith(("pg_", "scamscreen_")):
        raise TeamError(
            _("“{name}” cannot be a user name: use 1 to 63 small letters, digits, “_”, “.” or "
              "“-”, starting with a letter (and not pg_ or scamscreen_).").format(name=name)
        )
    if not DESK_NAME.fullmatch(desk):
        raise TeamError(
            _("“{desk}” cannot be a desk name: use up to 64 letters, digits, “_”, “.” or “-”.")
            .format(desk=desk)
        )
    password = secrets.token_urlsafe(24)
    with connection.connect(url, insecure_loopback=insecure_loopback) as conn:
        try:
            with conn.transaction():
                if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [name]).fetchone():
                    raise TeamError(
                        _("There is already a user called “{name}” on this server.")
                        .format(name=name)
                    )
                conn.execute(
                    sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                        sql.Identifier(name),
                        sql.Literal(scram_verifier(password)),
                        sql.Identifier(GROUPS[role]),
                    )
                )
                conn.execute(
                    "INSERT INTO scamscreen.members (login, desk, role) VALUES (%s, %s, %s)",
                    [name, desk, role],
                )
        except connection.DatabaseError as exc:
            raise connection.explain(exc, url, _("add the user")) from None
    return NewUser(name, password, role, desk)
