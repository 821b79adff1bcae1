"""Team mode's part of the Workspace (issue 16): the team's shared case log on
PostgreSQL (`store/team`), the outbox of contacts waiting for it, and the owner's
commands. A mixin of `scamscreen.workspace.Workspace`, which is still the only door from
`ui/` and `cli/`; kept in its own module so that each stays short. Qt-free and cheap to
import: psycopg and keyring load only when a team method runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from scamscreen.core.contact import Contact
    from scamscreen.core.screening import Result
    from scamscreen.store.team.log import TeamLog as TeamLog

TEAM_URL_ENV = "SCAMSCREEN_TEAM_URL"  # the team server's address, as `--team` gives it
TEAM_URL_SETTING = "team_url"  # kept in the case log's settings by `team join` (no password)


class TeamMode:
    """The team methods of a Workspace (which sets these attributes)."""

    home: Path
    settings: Any
    team_url_given: str | None
    insecure_loopback: bool
    _team: TeamLog | None

    def log_setting(self, key: str) -> str | None:
        raise NotImplementedError

    def set_log_setting(self, key: str, value: str) -> None:
        raise NotImplementedError

    def make_folder(self) -> Path:
        raise NotImplementedError

    def team_url(self) -> str | None:
        """The team server's address in use: `--team`, else SCAMSCREEN_TEAM_URL, else the
        one `team join` kept; None: this computer's own case log is used."""
        import os

        given = self.team_url_given or os.environ.get(TEAM_URL_ENV)
        if given:
            return given
        if not (self.home / "scamscreen.db").is_file():
            return None
        return self.log_setting(TEAM_URL_SETTING) or None

    def _team_password(self, url: str) -> str | None:
        from scamscreen.store.team import credentials

        return credentials.load(url)

    def open_team(self, url: str | None = None) -> TeamLog:
        """A new handle on the team's case log (the caller closes it); TeamError when the
        address is unsafe, the server cannot be reached or the account may not use it."""
        from scamscreen.core.errors import TeamError
        from scamscreen.core.i18n import _
        from scamscreen.store.team.log import TeamLog

        url = url or self.team_url()
        if not url:
            raise TeamError(_("No team server is set: give --team URL, set SCAMSCREEN_TEAM_URL, "
                              "or run scamscreen team join URL."))
        return TeamLog.open(url, insecure_loopback=self.insecure_loopback,
                            password=self._team_password(url),
                            region=self.settings.region or None)

    @property
    def team(self) -> TeamLog:
        """The team's case log, opened on first use (see `open_team`)."""
        if self._team is None:
            self._team = self.open_team()
        return self._team

    @staticmethod
    def team_row(contact: Contact, result: Result, *, data_version: str,
                 **details: Any) -> dict[str, Any]:
        """A screened contact as the team store keeps it (and the outbox holds it)."""
        from scamscreen.store.team.log import contact_row

        return contact_row(contact, result, data_version=data_version, **details)

    def save_to_team(self, row: dict[str, Any]) -> Any:
        """Send `row` to the team: its `Stored`, or None when the server cannot be
        reached and the row was kept in this computer's outbox instead."""
        from scamscreen.core.errors import TeamError
        from scamscreen.store.team.address import without_password

        url = self.team_url()
        try:
            stored = self.team.insert_row(row)
        except TeamError as exc:
            if not exc.unreachable or not url:
                raise
            with self.outbox() as box:
                box.put(without_password(url), row)
            return None
        return stored

    def outbox(self) -> Any:
        """Contacts waiting on this computer for the team server (store.team.outbox)."""
        from scamscreen.store.team.outbox import Outbox

        return Outbox.open(self.make_folder())

    def waiting_for_team(self) -> int:
        from scamscreen.store.team.outbox import OUTBOX_NAME

        if not (self.home / OUTBOX_NAME).is_file():
            return 0
        with self.outbox() as box:
            return int(box.waiting())

    def sync_team(self) -> Any:
        """Send every contact waiting in the outbox (store.team.outbox.Sent)."""
        from scamscreen.store.team.outbox import OUTBOX_NAME, Sent

        if not (self.home / OUTBOX_NAME).is_file():
            return Sent(0, 0, None)
        from scamscreen.core.errors import TeamError

        with self.outbox() as box:
            waiting = box.waiting()
            if not waiting:
                return Sent(0, 0, None)
            try:
                log = self.team
            except TeamError as exc:
                if not exc.unreachable:
                    raise
                return Sent(0, waiting, exc)
            return box.send(log.insert_row)

    def export_team(self, out: Any, *, as_json: bool, with_reporter: bool = False) -> int:
        """Export the desk's contacts (leads only: the server says so; audited)."""
        from scamscreen.store import exchange

        log: Any = self.team
        log.with_reporter = with_reporter
        writer = exchange.export_json if as_json else exchange.export_csv
        return writer(log, out, redact=False)

    def team_join(self, url: str, password: str | None) -> TeamLog:
        """Check that `url` (with `password`) works, then keep the address (without its
        password) in the settings and the password in the system keyring. Returns the
        open handle, to say who and which desk."""
        from scamscreen.store.team import address, credentials
        from scamscreen.store.team.log import TeamLog

        password = password or address.password_of(url)
        log = TeamLog.open(url, insecure_loopback=self.insecure_loopback, password=password,
                           region=self.settings.region or None)
        try:
            kept = address.without_password(url)
            if password:
                credentials.save(kept, password)
            self.set_log_setting(TEAM_URL_SETTING, kept)
        except BaseException:
            log.close()
            raise
        return log

    def team_leave(self) -> None:
        from scamscreen.store.team import credentials

        url = self.log_setting(TEAM_URL_SETTING)
        if url:
            credentials.forget(url)
        self.set_log_setting(TEAM_URL_SETTING, "")

    def team_init(self, url: str) -> Any:
        from scamscreen.store.team import admin

        return admin.init(url, insecure_loopback=self.insecure_loopback)

    def team_add_user(self, url: str, name: str, role: str, desk: str) -> Any:
        from scamscreen.store.team import admin

        return admin.add_user(url, name, role, desk, insecure_loopback=self.insecure_loopback)

    def team_doctor(self, url: str) -> list[Any]:
        from scamscreen.store.team import doctor

        return doctor.examine(url, insecure_loopback=self.insecure_loopback,
                              password=self._team_password(url))

    @staticmethod
    def shown_address(url: str) -> str:
        """A team address as it may be printed: without its password."""
        from scamscreen.store.team.address import shown

        return shown(url)
