"""Call status for one data folder (issue 18), reached as `Workspace.desk_calls()`: the
member's side (enrolled with their IT desk: "is my desk calling me?", and sending a
suspicious contact to the desk) and the staff's side (saying when they call a member).

Qt-free and light: psycopg loads only when the server is asked.

Where the desk's address comes from, first found: SCAMSCREEN_DESK_URL (for a silent
deployment), else the one `team enroll` kept in the case log's settings. The password:
the address's own, PGPASSWORD, or the system keyring (`team enroll` puts it there).
Nothing is ever sent unless this computer is enrolled.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Protocol

from scamscreen.core.errors import TeamError
from scamscreen.core.i18n import _

if TYPE_CHECKING:
    from pathlib import Path

    from scamscreen.core.call_status import CallStatus
    from scamscreen.core.contact import Contact
    from scamscreen.core.screening import Result, Screener
    from scamscreen.store.team.calls import Account, Started


class Folder(Protocol):
    """What call status needs of the Workspace (which makes a DeskCalls of itself)."""

    home: Path
    insecure_loopback: bool

    @property
    def screener(self) -> Screener: ...

    def log_setting(self, key: str) -> str | None: ...

    def set_log_setting(self, key: str, value: str) -> None: ...

    def team_url(self) -> str | None: ...

class NotEnrolled(TeamError):
    """This computer is not enrolled with an IT desk: nothing was asked."""


DESK_URL_ENV = "SCAMSCREEN_DESK_URL"
DESK_URL_SETTING = "desk_url"  # kept by `team enroll` (without the password)
DESK_NAME_SETTING = "desk_name"  # the desk's name, as the server said it at enrolment


class DeskCalls:
    def __init__(self, workspace: Folder) -> None:
        self.workspace = workspace

    # -- the member's side

    def desk_url(self) -> str | None:
        """The enrolled desk's address; None: this computer is not enrolled."""
        given = os.environ.get(DESK_URL_ENV)
        if given:
            return given
        if not (self.workspace.home / "scamscreen.db").is_file():
            return None
        return self.workspace.log_setting(DESK_URL_SETTING) or None

    def enrolled(self) -> bool:
        return self.desk_url() is not None

    def desk_name(self) -> str | None:
        """The enrolled desk's name, as the server said it at enrolment (for the Check
        screen to know it when it is typed; never part of any answer)."""
        if not (self.workspace.home / "scamscreen.db").is_file():
            return None
        return self.workspace.log_setting(DESK_NAME_SETTING) or None

    def _password(self, url: str) -> str | None:
        from scamscreen.store.team import credentials

        return credentials.load(url)

    def enroll(self, url: str, password: str | None) -> Account:
        """Check that `url` (with `password`) logs in as a member of a desk, then keep the
        address (without its password) in the settings and the password in the keyring."""
        from scamscreen.store.team import address, calls, credentials

        password = password or address.password_of(url)
        who = calls.account(url, insecure_loopback=self.workspace.insecure_loopback,
                            password=password)
        if who.desk is None:
            raise TeamError(_("The account “{user}” is not on any desk of this server; ask your "
                              "IT desk to add you.").format(user=who.user), refused=True)
        if who.role != "member":
            raise TeamError(
                _("The account “{user}” is {role} on the desk {desk}, not a member it supports; "
                  "staff use scamscreen team join.").format(user=who.user, role=who.role,
                                                            desk=who.desk),
                refused=True)
        kept = address.without_password(url)
        if password:
            credentials.save(kept, password)
        self.workspace.set_log_setting(DESK_URL_SETTING, kept)
        self.workspace.set_log_setting(DESK_NAME_SETTING, who.desk)
        return who

    def leave(self) -> None:
        from scamscreen.store.team import credentials

        url = self.workspace.log_setting(DESK_URL_SETTING)
        if url:
            credentials.forget(url)
        self.workspace.set_log_setting(DESK_URL_SETTING, "")
        self.workspace.set_log_setting(DESK_NAME_SETTING, "")

    def _enrolled_url(self) -> str:
        url = self.desk_url()
        if url is None:
            raise NotEnrolled(_("This computer is not enrolled with an IT desk, so ScamScreen "
                                "cannot ask it (scamscreen team enroll URL)."))
        return url

    def status(self) -> CallStatus:
        """The server's answer for this member (TeamError: it could not be asked)."""
        from scamscreen.store.team import calls

        url = self._enrolled_url()
        return calls.status(url, insecure_loopback=self.workspace.insecure_loopback,
                            password=self._password(url))

    def report(self, contact: Contact, result: Result, data_version: str | None = None) -> int:
        """Send a screened contact to the enrolled desk; its number in the desk's log.
        (`data_version`: the screening data's, when the caller has it; else the
        Workspace's screener says.)"""
        from scamscreen.store.team import calls
        from scamscreen.store.team.log import contact_row

        url = self._enrolled_url()
        version = data_version or self.workspace.screener.data_version
        row = contact_row(contact, result, data_version=version)
        return calls.report(url, row, insecure_loopback=self.workspace.insecure_loopback,
                            password=self._password(url))

    # -- the staff's side (the team address of `team join`, --team or SCAMSCREEN_TEAM_URL)

    def _staff_url(self, url: str | None) -> str:
        url = url or self.workspace.team_url()
        if not url:
            raise TeamError(_("No team server is set: give --team URL, set "
                              "SCAMSCREEN_TEAM_URL, or run scamscreen team join URL."))
        return url

    def start(self, member: str, *, ticket: str | None, minutes: int,
              url: str | None = None) -> Started:
        from scamscreen.store.team import calls, credentials

        url = self._staff_url(url)
        return calls.start(url, member, ticket=ticket, minutes=minutes,
                           insecure_loopback=self.workspace.insecure_loopback,
                           password=credentials.load(url))

    def end(self, member: str, *, url: str | None = None) -> int:
        from scamscreen.store.team import calls, credentials

        url = self._staff_url(url)
        return calls.end(url, member, insecure_loopback=self.workspace.insecure_loopback,
                         password=credentials.load(url))

