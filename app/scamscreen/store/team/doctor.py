"""`team doctor`: the server's side of team mode, checked from a client. Each finding
says what was seen; a finding that is not `ok` makes the server unsafe for the team's
records (exit status non-zero). `ok` None: could not be checked from this account."""

from __future__ import annotations

from typing import Any, NamedTuple

from scamscreen.core.i18n import _
from scamscreen.store.team import connection
from scamscreen.store.team.schema import SCHEMA

OLDEST_SUPPORTED = 13  # the oldest PostgreSQL major version still given security fixes


class Finding(NamedTuple):
    ok: bool | None
    topic: str
    text: str


def _one(conn: Any, query: str, params: list[Any] | None = None) -> Any:
    row = conn.execute(query, params or []).fetchone()
    return row[0] if row else None


def _tls(conn: Any) -> list[Finding]:
    ssl = _one(conn, "SHOW ssl")
    used = bool(conn.info.pgconn.ssl_in_use)
    if ssl != "on":
        return [Finding(False, "tls", _("TLS is off on the server (ssl = {value}): everything, "
                                        "passwords' proofs included, travels readable.")
                        .format(value=ssl))]
    if not used:
        return [Finding(False, "tls", _("TLS is on, but this connection is not encrypted: the "
                                        "server still accepts plain connections."))]
    version = _one(conn, "SELECT version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
    return [Finding(True, "tls", _("TLS is on ({version}).").format(version=version or "?"))]


def _passwords(conn: Any) -> list[Finding]:
    found = []
    method = _one(conn, "SHOW password_encryption")
    found.append(Finding(
        method == "scram-sha-256", "password_encryption",
        _("password_encryption = {value}").format(value=method)
        + ("" if method == "scram-sha-256" else _(" (should be scram-sha-256)"))))
    if not conn.info.pgconn.used_password:
        found.append(Finding(False, "authentication", _(
            "The server let this account in without asking for a password (trust or peer "
            "authentication).")))
    return found


def _public_grants(conn: Any) -> list[Finding]:
    if not _one(conn, "SELECT 1 FROM pg_namespace WHERE nspname = %s", [SCHEMA]):
        return [Finding(None, "public", _("There is no {schema} schema in this database yet "
                                          "(run scamscreen team init).").format(schema=SCHEMA))]
    rows = conn.execute(
        """
        SELECT 'schema ' || n.nspname, a.privilege_type
          FROM pg_namespace n, aclexplode(coalesce(n.nspacl, acldefault('n', n.nspowner))) a
         WHERE n.nspname = %(s)s AND a.grantee = 0
        UNION ALL
        SELECT 'table ' || c.relname, a.privilege_type
          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace,
               aclexplode(coalesce(c.relacl, acldefault('r', c.relowner))) a
         WHERE n.nspname = %(s)s AND a.grantee = 0
        UNION ALL
        SELECT 'function ' || p.proname, a.privilege_type
          FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace,
               aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
         WHERE n.nspname = %(s)s AND a.grantee = 0
        UNION ALL
        SELECT 'database ' || d.datname, a.privilege_type
          FROM pg_database d, aclexplode(coalesce(d.datacl, acldefault('d', d.datdba))) a
         WHERE d.datname = current_database() AND a.grantee = 0
               AND a.privilege_type IN ('CONNECT', 'CREATE')
        """,
        {"s": SCHEMA},
    ).fetchall()
    if rows:
        listed = ", ".join(f"{what} ({how})" for what, how in rows)
        return [Finding(False, "public", _("PUBLIC (every account on the server) is granted: "
                                           "{grants}.").format(grants=listed))]
    return [Finding(True, "public", _("Nothing in the {schema} schema is granted to PUBLIC.")
                    .format(schema=SCHEMA))]


def _row_security(conn: Any) -> list[Finding]:
    rows = conn.execute(
        "SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %s "
        "AND c.relkind IN ('r', 'p') ORDER BY 1", [SCHEMA]).fetchall()
    if not rows:
        return []
    missing = [name for name, enabled, forced in rows if not (enabled and forced)]
    if missing:
        return [Finding(False, "rls", _("Row-level security is not on (ENABLE and FORCE) for: "
                                        "{tables}.").format(tables=", ".join(missing)))]
    return [Finding(True, "rls", _("Row-level security is on for all {count} tables.")
                    .format(count=len(rows)))]


_PLAIN = {"host", "hostnossl"}
def _unsafe_methods() -> dict[str, str]:
    return {"trust": _("no password at all"),
            "password": _("the password sent as it is"),
            "md5": _("MD5, which can be replayed from a stolen hash"),
            "ident": _("the word of the connecting computer")}


def _hba(conn: Any) -> list[Finding]:
    try:
        with conn.transaction():
            rows = conn.execute(
                "SELECT line_number, type, database, user_name, address, auth_method, error "
                "FROM pg_hba_file_rules ORDER BY line_number").fetchall()
    except connection.DatabaseError:
        return [Finding(None, "pg_hba", _("Who may log in from where (pg_hba.conf) was not "
                                          "checked: this account may not read "
                                          "pg_hba_file_rules."))]
    found = []
    for line, kind, databases, users, address, method, error in rows:
        where = f"pg_hba.conf line {line}: {kind} {','.join(databases or [])} " \
                f"{','.join(users or [])} {address or ''} {method}".replace("  ", " ")
        if error:
            found.append(Finding(False, "pg_hba", _("{where}: {error}").format(
                where=where, error=error)))
            continue
        if method == "reject":
            continue
        reasons = []
        if kind in _PLAIN:
            reasons.append(_("allows connections without TLS (use hostssl)"))
        unsafe = _unsafe_methods()
        if method in unsafe and (kind != "local" or method == "trust"):
            reasons.append(f"{method}: {unsafe[method]}")
        if reasons:
            found.append(Finding(False, "pg_hba", f"{where}: " + "; ".join(reasons) + "."))
        else:
            found.append(Finding(True, "pg_hba", where))
    return found


def _version(conn: Any) -> list[Finding]:
    number = int(_one(conn, "SHOW server_version_num"))
    text = _one(conn, "SHOW server_version")
    major = number // 10000
    ok = major >= OLDEST_SUPPORTED
    return [Finding(ok, "version", _("PostgreSQL {version}").format(version=text)
                    + ("" if ok else _(" (no longer given security fixes: upgrade)")))]


def examine(url: str, *, insecure_loopback: bool = False,
            password: str | None = None) -> list[Finding]:
    """Every finding for the server at `url` (TeamError when it cannot be reached)."""
    with connection.connect(url, insecure_loopback=insecure_loopback, password=password,
                            autocommit=True) as conn:
        try:
            return [*_tls(conn), *_passwords(conn), *_public_grants(conn),
                    *_row_security(conn), *_hba(conn), *_version(conn)]
        except connection.DatabaseError as exc:
            raise connection.explain(exc, url, _("examine the server"), password) from None
