"""The team's shared case log on PostgreSQL: the same operations as the SQLite `CaseLog`
where the command line and the Workspace use them, for the desk of the person connected.

Every query names the desk (`self.desk`, the server's `my_desk()` for this login) and
its key; row-level security on the server holds each desk to its own rows whatever the
client does. Search is PostgreSQL's own full-text search (`websearch_to_tsquery` on a
generated tsvector with a GIN index), its text always a bound parameter. A contact keeps
its uid, and adding one whose uid is there already changes nothing (ON CONFLICT DO
NOTHING), so a send that was interrupted can be sent again without a duplicate.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from psycopg import sql
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb
from psycopg_pool import ConnectionPool

from scamscreen.core.contact import CHANNELS, OUTCOMES, Contact
from scamscreen.core.errors import StoreError, TeamError
from scamscreen.core.i18n import _
from scamscreen.core.indicators import VERDICTS
from scamscreen.core.screening import ENGINE_VERSION, Result
from scamscreen.store.caselog import Stored, parse_when
from scamscreen.store.team import connection

# What staff may read of a contact (not the reporter's details: see `reporter`).
COLUMNS = (
    "desk", "uid", "id", "created_at", "contacted_at", "updated_at", "logged_by", "channel",
    "initiated_by", "claimed_org", "org_id", "phone", "phone_e164", "email", "email_domain",
    "url", "url_domain", "requests", "notes", "region", "verdict", "score", "findings",
    "engine_version", "data_version", "outcome", "money_lost_cents", "paid_how", "ticket_ref",
    "staff_member",
)  # fmt: skip
# What a new contact may carry (the server fills desk, id, logged_by and the search words).
WRITTEN = (
    "uid", "created_at", "contacted_at", "updated_at", "channel", "initiated_by",
    "claimed_org", "org_id", "phone", "phone_e164", "email", "email_domain", "url",
    "url_domain", "requests", "notes", "region", "verdict", "score", "findings",
    "engine_version", "data_version", "outcome", "money_lost_cents", "paid_how", "ticket_ref",
    "staff_member", "reporter_name", "reporter_phone", "reporter_email",
)  # fmt: skip
MOMENT = "%Y-%m-%dT%H:%M:%S.%fZ"
MANY_MATCHES = 1_000  # above this, a word search walks the history (see search())
POOL_WAIT_SECONDS = 6.0


def _moment(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime(MOMENT)
    return value


def _decode(row: dict[str, Any]) -> dict[str, Any]:
    return {key: _moment(value) for key, value in row.items() if key != "search"}


def contact_row(
    contact: Contact,
    result: Result,
    *,
    data_version: str,
    contacted_at: str | None = None,
    ticket_ref: str | None = None,
    staff_member: str | None = None,
    reported_by: str | None = None,
    reporter_phone: str | None = None,
    reporter_email: str | None = None,
    money_lost_cents: int | None = None,
    paid_how: str | None = None,
    uid: str | None = None,
    created_at: str | None = None,
    outcome: str = "unknown",
) -> dict[str, Any]:
    """A screened contact as the team store keeps it, with its observables: plain JSON
    values, so that it can wait in the outbox and be sent later exactly as it was."""
    analysis = result.analysis
    stamp = created_at or datetime.now(UTC).strftime(MOMENT)
    first_email = analysis.emails[0] if analysis.emails else None
    first_link = analysis.links[0] if analysis.links else None
    typed_phone = analysis.phones[0] if contact.phone and analysis.phones else None
    observables = {("phone", p.e164) for p in analysis.phones if p.e164}
    observables |= {("domain", e["registrable"]) for e in (*analysis.links, *analysis.emails)}
    if contact.email:
        observables.add(("email", contact.email.strip().lower()))
    return {
        "uid": uid or uuid.uuid4().hex,
        "created_at": stamp,
        "contacted_at": contacted_at or stamp,
        "updated_at": stamp,
        "channel": contact.channel.value if contact.channel else None,
        "initiated_by": contact.initiator.value if contact.initiator else None,
        "claimed_org": contact.claimed_org or "",
        "org_id": analysis.vendor.id if analysis.vendor else None,
        "phone": contact.phone or "",
        "phone_e164": typed_phone.e164 if typed_phone else None,
        "email": contact.email or "",
        "email_domain": first_email["registrable"] if first_email else None,
        "url": contact.url or "",
        "url_domain": first_link["registrable"] if first_link else None,
        "requests": list(analysis.requests),
        "notes": contact.text or "",
        "region": contact.region,
        "verdict": result.verdict,
        "score": result.score,
        "findings": [f.to_dict() for f in result.findings],
        "engine_version": ENGINE_VERSION,
        "data_version": data_version,
        "outcome": outcome,
        "money_lost_cents": money_lost_cents,
        "paid_how": paid_how,
        "ticket_ref": ticket_ref,
        "staff_member": staff_member,
        "reporter_name": reported_by,
        "reporter_phone": reporter_phone,
        "reporter_email": reporter_email,
        "observables": sorted([kind, value] for kind, value in observables),
    }


class TeamLog:
    """One desk's view of the team store, over a small pool of verified connections."""

    recovery = None  # (as CaseLog: what happened at opening; nothing to say here)
    backup_problem = None

    def __init__(self, url: str, pool: ConnectionPool[Any], who: dict[str, Any],
                 *, region: str | None = None) -> None:
        self.url = url
        self.pool = pool
        self.user: str = who["user"]
        self.desk: str = who["desk"]
        self.role: str = who["role"] or ""
        self.region = region
        self.with_reporter = False  # exports: the reporter's details only when a lead asks

    @classmethod
    def open(
        cls, url: str, *, insecure_loopback: bool = False, password: str | None = None,
        region: str | None = None, max_size: int = 4,
    ) -> TeamLog:
        """Connect (TeamError when the address is unsafe, the server away, the account
        refused, or not a member of a desk)."""
        params = connection.params_for(url, insecure_loopback=insecure_loopback,
                                       password=password)
        with connection.connect(url, insecure_loopback=insecure_loopback,
                                password=password, autocommit=True) as first:
            try:
                row = first.execute(
                    "SELECT session_user, scamscreen.my_desk(), scamscreen.my_role()"
                ).fetchone()
            except connection.DatabaseError as exc:
                raise connection.explain(exc, url, _("open the team's case log"),
                                         password) from None
        assert row is not None
        if row[1] is None:
            raise TeamError(
                _("The account “{user}” is not a member of a desk on the team server; ask the "
                  "person who runs it to add you (scamscreen team add-user).").format(user=row[0]),
                refused=True,
            )
        pool: ConnectionPool[Any] = ConnectionPool(
            "", kwargs=params, min_size=1, max_size=max_size, open=False,
            check=ConnectionPool.check_connection, name="scamscreen-team",
            # how long an operation waits for a connection: a server that went away
            # sends a new contact to the outbox after two such waits, not minutes later
            timeout=POOL_WAIT_SECONDS,
        )
        try:
            pool.open(wait=True, timeout=15)
        except connection.DatabaseError as exc:  # (PoolTimeout: the server went away)
            pool.close()
            raise connection.explain(exc, url, _("connect"), password) from None
        return cls(url, pool, {"user": row[0], "desk": row[1], "role": row[2]}, region=region)

    def close(self) -> None:
        self.pool.close()

    def __enter__(self) -> TeamLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- running statements

    def _fail(self, exc: BaseException, doing: str) -> TeamError:
        return connection.explain(exc, self.url, doing)

    def _rows(self, query: Any, params: Any, doing: str) -> list[dict[str, Any]]:
        try:
            with self.pool.connection() as conn, conn.cursor(row_factory=dict_row) as cur:
                cur.execute(query, params)
                return [_decode(r) for r in cur.fetchall()] if cur.description else []
        except connection.DatabaseError as exc:
            raise self._fail(exc, doing) from None

    def _write(self, query: Any, params: list[Any], doing: str) -> int:
        try:
            with self.pool.connection() as conn:
                return int(conn.execute(query, params).rowcount)
        except connection.DatabaseError as exc:
            raise self._fail(exc, doing) from None

    # -- saving

    def add(self, contact: Contact, result: Result, *, data_version: str,
            **details: Any) -> Stored:
        row = contact_row(contact, result, data_version=data_version, **details)
        return self.insert_row(row)

    def insert_row(self, row: dict[str, Any], *, attempts: int = 2) -> Stored:
        """Save a row made by `contact_row` (again: a row whose uid is there already is
        left as it is, and its id returned). A connection lost on the way is tried once
        more on a fresh one; TeamError(unreachable) when that fails too."""
        problem: BaseException | None = None
        for _attempt in range(attempts):
            try:
                return self._insert(row)
            except connection.DatabaseError as exc:
                problem = exc
                if not connection.unreachable(exc):
                    break
        assert problem is not None
        raise self._fail(problem, _("save the contact")) from None

    def _insert(self, row: dict[str, Any]) -> Stored:
        values = [
            Jsonb(row[c]) if c in ("requests", "findings") else row.get(c) for c in WRITTEN
        ]
        insert = sql.SQL(
            "INSERT INTO scamscreen.contacts (desk, {columns}) VALUES (%s, {values}) "
            "ON CONFLICT (desk, uid) DO NOTHING RETURNING id, contacted_at"
        ).format(
            columns=sql.SQL(", ").join(map(sql.Identifier, WRITTEN)),
            values=sql.SQL(", ").join(sql.Placeholder() * len(WRITTEN)),
        )
        with self.pool.connection() as conn:
            got = conn.execute(insert, [self.desk, *values]).fetchone()
            if got is None:  # sent before: the first one stands
                got = conn.execute(
                    "SELECT id, contacted_at FROM scamscreen.contacts WHERE desk = %s AND uid = %s",
                    [self.desk, row["uid"]],
                ).fetchone()
                assert got is not None
            else:
                with conn.cursor() as cur:
                    cur.executemany(
                        "INSERT INTO scamscreen.observables (desk, uid, kind, value, contacted_at)"
                        " VALUES (%s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
                        [[self.desk, row["uid"], k, v, got[1]] for k, v in row["observables"]],
                    )
        return Stored(int(got[0]), row["uid"], row["verdict"], int(row["score"]))

    # -- reading

    def _select(self) -> sql.Composed:
        return sql.SQL("SELECT {} FROM scamscreen.contacts").format(
            sql.SQL(", ").join(map(sql.Identifier, COLUMNS)))

    def get(self, contact_id: int) -> dict[str, Any] | None:
        rows = self._rows(self._select() + sql.SQL(" WHERE desk = %s AND id = %s"),
                          [self.desk, contact_id], _("read the contact"))
        if not rows:
            return None
        row = rows[0]
        row["reported_by"] = None
        row["observables"] = self._rows(
            "SELECT kind, value FROM scamscreen.observables WHERE desk = %s AND uid = %s "
            "ORDER BY kind, value", [self.desk, row["uid"]], _("read the contact"))
        return row

    def reporter(self, contact_id: int) -> dict[str, Any] | None:
        """Who reported the contact (name, phone, email): audited on the server."""
        found = self.get(contact_id)
        if found is None:
            return None
        rows = self._rows("SELECT * FROM scamscreen.reporter(%s)", [found["uid"]],
                          _("read who reported the contact"))
        return rows[0] if rows else None

    def find_person(self, text: str) -> list[dict[str, Any]]:
        """Contacts whose reporter's name, phone or email holds `text` (audited)."""
        return self._rows("SELECT * FROM scamscreen.find_person(%s)", [text],
                          _("search for the person"))

    def setting(self, key: str, default: str | None = None) -> str | None:
        return self.region if key == "region" and self.region else default

    def _as_number(self, query: str) -> str | None:
        digits = re.sub(r"[\s().+-]", "", query)
        if len(digits) < 6 or not digits.isdigit():
            return None
        from scamscreen.core.phone import analyse

        info = analyse(query, self.region)
        return info.e164 if info.valid else None

    def _text(self, query: str) -> tuple[sql.Composable, list[Any]]:
        """The words (and the number, when `query` is one) as a condition on contacts."""
        condition: sql.Composable = sql.SQL("search @@ websearch_to_tsquery('simple', %s)")
        params: list[Any] = [query]
        number = self._as_number(query)
        if number:
            # (per contact, through the observables' key: the walk stops at the page's end)
            condition = sql.SQL(
                "({} OR EXISTS (SELECT 1 FROM scamscreen.observables AS o "
                "WHERE o.desk = %s AND o.uid = contacts.uid AND o.kind = 'phone' "
                "AND o.value = %s))").format(condition)
            params += [self.desk, number]
        return condition, params

    def _matching(self, cur: Any, query: str) -> set[str]:
        """The uids of up to MANY_MATCHES + 1 contacts that match, through the indexes
        alone (scamscreen.matching: see schema.M002_SEARCH)."""
        cur.execute("SELECT uid FROM scamscreen.matching(%s, %s) AS uid",
                    [query, MANY_MATCHES + 1])
        found = {row["uid"] for row in cur.fetchall()}
        number = self._as_number(query)
        if number and len(found) <= MANY_MATCHES:
            cur.execute("SELECT o.uid FROM scamscreen.observables AS o WHERE o.desk = %s "
                        "AND o.kind = 'phone' AND o.value = %s LIMIT %s",
                        [self.desk, number, MANY_MATCHES + 1])
            found |= {row["uid"] for row in cur.fetchall()}
        return found

    def _filters(self, filters: dict[str, Any]) -> tuple[list[sql.Composable], list[Any]]:
        clauses: list[sql.Composable] = [sql.SQL("desk = %s")]
        params: list[Any] = [self.desk]
        for name, allowed in (("verdict", VERDICTS), ("channel", CHANNELS),
                              ("outcome", OUTCOMES)):
            value = filters.get(name)
            if value:
                if value not in allowed:
                    raise StoreError(f"{name}: {value!r} is not one of: {', '.join(allowed)}")
                clauses.append(sql.SQL("{} = %s").format(sql.Identifier(name)))
                params.append(value)
        org = filters.get("org")
        if org:
            clauses.append(sql.SQL("(org_id = %s OR claimed_org ILIKE %s)"))
            escaped = org.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            params += [org, f"%{escaped}%"]
        if filters.get("since"):
            clauses.append(sql.SQL("contacted_at >= %s"))
            params.append(parse_when(filters["since"], "since"))
        until = filters.get("until")
        if until:
            end = until if "T" in until else f"{until.strip()}T23:59:59.999999"
            clauses.append(sql.SQL("contacted_at <= %s"))
            params.append(parse_when(end, "until"))
        return clauses, params

    @staticmethod
    def _all(clauses: list[sql.Composable]) -> sql.Composable:
        return sql.SQL(" WHERE ") + sql.SQL(" AND ").join(clauses)

    def _where(self, query: str | None, filters: dict[str, Any]) -> tuple[sql.Composable,
                                                                         list[Any]]:
        clauses, params = self._filters(filters)
        if query and query.strip():
            condition, cparams = self._text(query)
            clauses.append(condition)
            params += cparams
        return self._all(clauses), params

    def search(self, query: str | None = None, *, limit: int = 100, offset: int = 0,
               **filters: Any) -> list[dict[str, Any]]:
        """Newest first; `query` in PostgreSQL's web-search syntax (words, "a phrase",
        -not, or), a number however it is written, or nothing.

        A rare word: its matches are found through the full-text index
        (`scamscreen.matching`), then read and sorted. A common one (more than
        MANY_MATCHES): the history is walked newest first, stopping at the page's end."""
        page = sql.SQL(" ORDER BY contacted_at DESC, id DESC LIMIT %s OFFSET %s")
        doing = _("search the team's case log")
        if not (query and query.strip()):
            where, params = self._where(None, filters)
            return self._rows(self._select() + where + page, [*params, limit, offset], doing)
        clauses, params = self._filters(filters)
        try:
            with self.pool.connection() as conn, conn.cursor(row_factory=dict_row) as cur:
                found = self._matching(cur, query)
                if len(found) <= MANY_MATCHES:
                    cur.execute(
                        self._select() + self._all([*clauses, sql.SQL("uid = ANY(%s)")]) + page,
                        [*params, list(found), limit, offset])
                else:
                    condition, cparams = self._text(query)
                    cur.execute(self._select() + self._all([*clauses, condition]) + page,
                                [*params, *cparams, limit, offset])
                return [_decode(r) for r in cur.fetchall()]
        except connection.DatabaseError as exc:
            raise self._fail(exc, doing) from None

    def count(self, query: str | None = None, **filters: Any) -> int:
        where, params = self._where(query, filters)
        rows = self._rows(sql.SQL("SELECT count(*) AS n FROM scamscreen.contacts") + where,
                          params, _("count the team's contacts"))
        return int(rows[0]["n"])

    def seen_before(self, contact_id: int, *, per_value: int = 100) -> list[dict[str, Any]]:
        """The desk's other contacts that share a number, domain or email address with
        this one, newest first: for each shared value, its newest `per_value` contacts
        (a number a scam line has used for years can be in a hundred thousand; the index
        on (desk, kind, value, contacted_at) reads only the newest)."""
        return self._rows(
            """
            WITH me AS (
                SELECT uid FROM scamscreen.contacts WHERE desk = %(desk)s AND id = %(id)s
            ), hits AS (
                SELECT o.uid, o.kind, o.value
                FROM scamscreen.observables AS mine
                CROSS JOIN LATERAL (
                    SELECT x.uid, x.kind, x.value FROM scamscreen.observables AS x
                    WHERE x.desk = mine.desk AND x.kind = mine.kind AND x.value = mine.value
                          AND x.uid <> mine.uid
                    ORDER BY x.contacted_at DESC LIMIT %(per)s
                ) AS o
                WHERE mine.desk = %(desk)s AND mine.uid = (SELECT uid FROM me)
            )
            SELECT c.id, c.contacted_at, c.claimed_org, c.verdict, c.outcome, c.logged_by,
                   string_agg(h.kind || ':' || h.value, ' ' ORDER BY h.kind, h.value) AS shared
            FROM hits AS h
            JOIN scamscreen.contacts AS c ON c.desk = %(desk)s AND c.uid = h.uid
            GROUP BY c.id, c.contacted_at, c.claimed_org, c.verdict, c.outcome, c.logged_by
            ORDER BY c.contacted_at DESC, c.id DESC LIMIT 500
            """,
            {"desk": self.desk, "id": contact_id, "per": per_value},
            _("look up contacts seen before"))

    def seen_count(self, kind: str, value: str, days: int = 7) -> int:
        """How often the desk saw this number, domain or address in the last `days`."""
        since = datetime.now(UTC) - timedelta(days=days)
        rows = self._rows(
            "SELECT count(*) AS n FROM scamscreen.observables WHERE desk = %s AND kind = %s "
            "AND value = %s AND contacted_at >= %s", [self.desk, kind, value, since],
            _("look up contacts seen before"))
        return int(rows[0]["n"])

    def with_observable(self, kind: str, value: str) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT c.id, c.contacted_at, c.claimed_org, c.verdict, c.outcome "
            "FROM scamscreen.observables AS o JOIN scamscreen.contacts AS c "
            "ON c.desk = o.desk AND c.uid = o.uid WHERE o.desk = %s AND o.kind = %s "
            "AND o.value = %s ORDER BY o.contacted_at DESC LIMIT 500",
            [self.desk, kind, value], _("look up contacts seen before"))

    def stats_by_week(self) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT to_char(date_trunc('week', contacted_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') "
            "AS week, verdict, count(*)::int AS contacts FROM scamscreen.contacts "
            "WHERE desk = %s GROUP BY 1, verdict ORDER BY 1, verdict",
            [self.desk], _("count the team's contacts"))

    def stats_since(self, since: datetime) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT to_char(date_bin('15 minutes', contacted_at AT TIME ZONE 'UTC', "
            "timestamp '2000-01-03'), 'YYYY-MM-DD\"T\"HH24:MI') AS slot, verdict, "
            "count(*)::int AS contacts FROM scamscreen.contacts WHERE desk = %s "
            "AND contacted_at >= %s GROUP BY 1, verdict ORDER BY 1, verdict",
            [self.desk, since], _("count the team's contacts"))

    def stats_by_org(self, limit: int = 10) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT coalesce(org_id, nullif(lower(trim(claimed_org)), '')) AS organisation, "
            "count(*)::int AS contacts, (count(*) FILTER (WHERE verdict = 'likely_scam'))::int "
            "AS likely_scams FROM scamscreen.contacts WHERE desk = %s AND outcome <> 'genuine' "
            "AND coalesce(org_id, nullif(lower(trim(claimed_org)), '')) IS NOT NULL "
            "GROUP BY 1 ORDER BY contacts DESC, organisation LIMIT %s",
            [self.desk, limit], _("count the team's contacts"))

    def repeated_since(self, days: int, *, today: datetime | None = None
                       ) -> list[dict[str, Any]]:
        """Numbers, domains and addresses in more than one of the desk's contacts of the
        last `days` days, most contacts first (as CaseLog.repeated_since)."""
        since = (today or datetime.now(UTC)) - timedelta(days=days)
        return self._rows(
            "SELECT o.kind, o.value, count(*)::int AS contacts, max(o.contacted_at) AS "
            "last_seen, string_agg(DISTINCT nullif(trim(c.claimed_org), ''), ',') AS orgs "
            "FROM scamscreen.observables AS o JOIN scamscreen.contacts AS c "
            "ON c.desk = o.desk AND c.uid = o.uid WHERE o.desk = %s AND o.contacted_at >= %s "
            "GROUP BY o.kind, o.value HAVING count(*) > 1 "
            "ORDER BY contacts DESC, last_seen DESC, o.kind, o.value LIMIT 200",
            [self.desk, since], _("look up contacts seen before"))

    def iter_all(self, batch: int = 500) -> Iterator[dict[str, Any]]:
        """Every contact of the desk, for an export: leads only (the server says so),
        audited, the reporter's details only with `with_reporter`."""
        try:
            with (
                self.pool.connection() as conn,
                conn.cursor(name="export", row_factory=dict_row) as cur,
            ):
                cur.execute("SELECT * FROM scamscreen.export_contacts(%s)", [self.with_reporter])
                while rows := cur.fetchmany(batch):
                    found: dict[str, list[dict[str, str]]] = {}
                    for uid, kind, value in conn.execute(
                        "SELECT uid, kind, value FROM scamscreen.observables WHERE desk = %s"
                        " AND uid = ANY(%s) ORDER BY uid, kind, value",
                        [self.desk, [r["uid"] for r in rows]],
                    ):
                        found.setdefault(uid, []).append({"kind": kind, "value": value})
                    for row in rows:
                        out = _decode(row)
                        out["reported_by"] = out.pop("reporter_name")
                        out["observables"] = found.get(row["uid"], [])
                        yield out
        except connection.DatabaseError as exc:
            raise self._fail(exc, _("export the team's case log")) from None

    # -- changing and forgetting

    def _missing(self, contact_id: int) -> StoreError:
        return StoreError(
            _("There is no contact number {id} in the case log.").format(id=contact_id))

    def set_outcome(self, contact_id: int, outcome: str, *, money_lost_cents: int | None = None,
                    paid_how: str | None = None) -> None:
        if outcome not in OUTCOMES:
            raise StoreError(f"outcome: {outcome!r} is not one of: {', '.join(OUTCOMES)}")
        done = self._write(
            "UPDATE scamscreen.contacts SET outcome = %s, updated_at = now(), "
            "money_lost_cents = coalesce(%s, money_lost_cents), paid_how = coalesce(%s, paid_how)"
            " WHERE desk = %s AND id = %s",
            [outcome, money_lost_cents, paid_how, self.desk, contact_id],
            _("record the outcome"))
        if not done:
            raise self._missing(contact_id)

    def delete(self, contact_id: int) -> None:
        done = self._write("DELETE FROM scamscreen.contacts WHERE desk = %s AND id = %s",
                           [self.desk, contact_id], _("delete the contact"))
        if not done:
            raise self._missing(contact_id)

    def purge_older_than(self, days: int, *, today: datetime | None = None) -> int:
        if days < 1:
            raise StoreError(_("Retention must be at least one day."))
        cutoff = (today or datetime.now(UTC)) - timedelta(days=days)
        return self._write(
            "DELETE FROM scamscreen.contacts WHERE desk = %s AND created_at < %s",
            [self.desk, cutoff], _("delete old contacts"))

    # -- checklists

    def checklist_progress(self, contact_id: int, checklist: str) -> dict[str, bool]:
        rows = self._rows(
            "SELECT p.step, p.done FROM scamscreen.checklist_progress AS p "
            "JOIN scamscreen.contacts AS c ON c.desk = p.desk AND c.uid = p.uid "
            "WHERE c.desk = %s AND c.id = %s AND p.checklist = %s",
            [self.desk, contact_id, checklist], _("read the checklist"))
        return {r["step"]: bool(r["done"]) for r in rows}

    def checklists(self, contact_id: int) -> list[str]:
        rows = self._rows(
            "SELECT DISTINCT p.checklist FROM scamscreen.checklist_progress AS p "
            "JOIN scamscreen.contacts AS c ON c.desk = p.desk AND c.uid = p.uid "
            "WHERE c.desk = %s AND c.id = %s ORDER BY 1", [self.desk, contact_id],
            _("read the checklist"))
        return [r["checklist"] for r in rows]

    def set_step(self, contact_id: int, checklist: str, step: str, done: bool) -> None:
        written = self._write(
            "INSERT INTO scamscreen.checklist_progress (desk, uid, checklist, step, done) "
            "SELECT c.desk, c.uid, %s, %s, %s FROM scamscreen.contacts AS c "
            "WHERE c.desk = %s AND c.id = %s "
            "ON CONFLICT (desk, uid, checklist, step) DO UPDATE SET done = excluded.done, "
            "updated_at = now(), updated_by = session_user",
            [checklist, step, done, self.desk, contact_id], _("tick the checklist"))
        if not written:
            raise self._missing(contact_id)

    # -- the audit log (auditors)

    def audit_log(self, limit: int = 100) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT id, at, who, action, contact_uid, detail FROM scamscreen.audit_log "
            "WHERE desk = %s ORDER BY id DESC LIMIT %s", [self.desk, limit],
            _("read the audit log"))


def dumps(row: dict[str, Any]) -> str:
    return json.dumps(row, ensure_ascii=False, sort_keys=True)
