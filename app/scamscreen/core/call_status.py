"""The answer to "is anyone from my IT desk talking to me now?" (issue 18), as a plain
value: the team server decides it (store/team/calls.py), the command line prints it and
the app shows it (ui/call_status.py). Here so that both can name it without importing
the code that talks to the server."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, NamedTuple


class CallStatus(NamedTuple):
    """The server's answer: `talking` and, when true, who, which ticket and since when."""

    desk: str
    talking: bool
    staff: str | None = None
    ticket: str | None = None
    since: datetime | None = None
    expires: datetime | None = None

    def to_json(self) -> dict[str, Any]:
        if not self.talking:
            return {"desk": self.desk, "talking": False}
        return {
            "desk": self.desk, "talking": True, "staff": self.staff, "ticket": self.ticket,
            "since": _moment(self.since), "expires": _moment(self.expires),
        }


def _moment(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat(timespec="seconds") if value else None
