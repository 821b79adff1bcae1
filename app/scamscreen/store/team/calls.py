"""Call status on the team server (issue 18): the desk says when it calls a member, and
the member asks "is anyone from my desk talking to me now?".

Each operation is one short connection, verified TLS only (`connection.connect`), and
one call of a server function (calls_schema.py): the answer is the server's, decided
with its own clock for the person logged in, and nothing the client sends can make it
green. Failures come back as TeamError in words (unreachable / refused), never with the
password.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, NamedTuple

from psycopg.types.json import Jsonb

from scamscreen.core.call_status import CallStatus as CallStatus
from scamscreen.core.errors import TeamError
from scamscreen.core.i18n import _
from scamscreen.store.team import connection
from scamscreen.store.team.calls_schema import MAX_MINUTES, MAX_TICKET

DEFAULT_MINUTES = 30


class Account(NamedTuple):
    user: str
    desk: str | None
    role: str | None


class Started(NamedTuple):
    id: int
    started: datetime
    expires: datetime


def _run(url: str, doing: str, query: str, params: list[Any], *, insecure_loopback: bool,
         password: str | None) -> list[tuple[Any, ...]]:
    with connection.connect(url, insecure_loopback=insecure_loopback, password=password,
                            autocommit=True) as conn:
        try:
            return conn.execute(query, params).fetchall()
        except connection.DatabaseError as exc:
            raise connection.explain(exc, url, doing, password) from None


def account(url: str, *, insecure_loopback: bool = False,
            password: str | None = None) -> Account:
    """Who this address logs in as, and their desk and role (None: not on a desk)."""
    rows = _run(url, _("check the account"),
                "SELECT session_user, scamscreen.my_desk(), scamscreen.my_role()", [],
                insecure_loopback=insecure_loopback, password=password)
    user, desk, role = rows[0]
    return Account(str(user), desk, role)


def status(url: str, *, insecure_loopback: bool = False,
           password: str | None = None) -> CallStatus:
    """The member's call status, as the server says it."""
    rows = _run(url, _("ask whether your IT desk is calling you"),
                "SELECT desk, talking, staff, ticket, since, expires FROM scamscreen.call_status()",
                [], insecure_loopback=insecure_loopback, password=password)
    if not rows:  # (the server answers only a member of a desk)
        raise TeamError(_("The team server answers this only for the people a desk "
                          "supports, and this account is not one of them."), refused=True)
    desk, talking, staff, ticket, since, expires = rows[0]
    if not talking:
        return CallStatus(str(desk), False)
    return CallStatus(str(desk), True, str(staff), ticket, since, expires)


def start(url: str, member: str, *, ticket: str | None = None,
          minutes: int = DEFAULT_MINUTES, insecure_loopback: bool = False,
          password: str | None = None) -> Started:
    """Say on the server that the person logged in (staff or lead) is calling `member`
    of their desk now, for `minutes`; audited there."""
    if not 1 <= minutes <= MAX_MINUTES:
        raise TeamError(_("A call lasts 1 to {most} minutes.").format(most=MAX_MINUTES))
    if ticket is not None and len(ticket.strip()) > MAX_TICKET:
        raise TeamError(_("A ticket is at most {most} characters.").format(most=MAX_TICKET))
    rows = _run(url, _("start the call"),
                "SELECT id, started, expires FROM scamscreen.call_start(%s, %s, %s)",
                [member, ticket, minutes], insecure_loopback=insecure_loopback,
                password=password)
    call_id, started, expires = rows[0]
    return Started(int(call_id), started, expires)


def end(url: str, member: str, *, insecure_loopback: bool = False,
        password: str | None = None) -> int:
    """End the calls to `member` (the number ended; 0: none was on); audited."""
    rows = _run(url, _("end the call"), "SELECT scamscreen.call_end(%s)", [member],
                insecure_loopback=insecure_loopback, password=password)
    return int(rows[0][0])


def report(url: str, row: dict[str, Any], *, insecure_loopback: bool = False,
           password: str | None = None) -> int:
    """A member sends a contact (made by `log.contact_row`) to their desk; its number in
    the desk's case log. Sending the same one again changes nothing."""
    sent = {k: v for k, v in row.items()
            if k not in ("reporter_name", "reporter_phone", "reporter_email")}
    rows = _run(url, _("send the report to your IT desk"),
                "SELECT scamscreen.report_contact(%s)", [Jsonb(sent)],
                insecure_loopback=insecure_loopback, password=password)
    return int(rows[0][0])
