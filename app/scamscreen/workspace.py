"""One data folder and everything it holds: the data in use (shipped or updated), the
settings both the app and the command line need, the screener, the case log and the
known-scam lists, and the operations on them. The only door from `ui/` and `cli/` to
`store/` and `feeds/` (after Anki's `Collection`).

Qt-free, and cheap to import: `check` builds a Workspace, so everything heavier than
the screening core (SQLite, requests, the update code) is imported inside the method
that needs it. A folder without a lists file never loads SQLite at all.

Settings are a small typed layer (`Settings`, from the `OPTIONS` definitions): the app
keeps storing them in QSettings and the command line takes them from its flags; both
fill the same typed value (`Settings.from_values`) and hand it to the Workspace, which
never reads or writes a settings store itself. That keeps one list of keys, types and
defaults without a second place where settings live.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from scamscreen.workspace_team import TEAM_URL_ENV as TEAM_URL_ENV
from scamscreen.workspace_team import TEAM_URL_SETTING as TEAM_URL_SETTING
from scamscreen.workspace_team import TeamMode

if TYPE_CHECKING:
    from scamscreen.core.checklists import Checklist
    from scamscreen.core.contact import Contact
    from scamscreen.core.reports import Report
    from scamscreen.core.screening import Result, Screener

    # (named here for the annotations of ui/ and cli/, which reach them through here)
    from scamscreen.feeds.lists import ImportReport as ImportReport
    from scamscreen.feeds.lists import KnownLists as KnownLists
    from scamscreen.feeds.signing import TrustedKey as TrustedKey
    from scamscreen.store import CaseLog as CaseLog
    from scamscreen.store.exchange import Redactor as Redactor

DEFAULT_REGION = "US"  # core.phone.DEFAULT_REGION (importing it loads phonenumbers)
USER_LISTS = ("block", "allow")  # feeds.lists.USER_LISTS: the person's own lists
LISTS_FILE = "lists.db"  # scamscreen.feeds.lists.LISTS_NAME (importing it loads SQLite)


# -- settings ------------------------------------------------------------------------


class Option(NamedTuple):
    """One setting: its key in the app's QSettings (and the case log's, for those the
    log needs too), its type and its default."""

    name: str  # the field of `Settings`
    key: str
    kind: type
    default: Any


OPTIONS: tuple[Option, ...] = (
    Option("region", "region", str, DEFAULT_REGION),
    Option("language", "language", str, ""),
    Option("retention_days", "retention_days", int, 0),
    Option("update_source", "updates/source", str, ""),
    Option("trusted_name", "trusted/name", str, ""),
    Option("trusted_phone", "trusted/phone", str, ""),
)


class Settings(NamedTuple):
    """The settings that matter to both the app and the command line, typed. Empty
    strings and 0 mean "not set" (QSettings' natural empty values). (NamedTuples, not
    dataclasses: `check` imports this module, and dataclasses cost it milliseconds.)"""

    region: str = DEFAULT_REGION
    language: str = ""
    retention_days: int = 0
    update_source: str = ""
    trusted_name: str = ""
    trusted_phone: str = ""

    @classmethod
    def from_values(cls, get: Callable[[str, Any], Any]) -> Settings:
        """Read every option with `get(key, default)` (`QSettings.value`, or a dict's
        `get`); a damaged value (a number that is not one) falls back to the default."""
        values: dict[str, Any] = {}
        for option in OPTIONS:
            raw = get(option.key, option.default)
            try:
                value = option.kind(raw) if raw is not None else option.default
            except (TypeError, ValueError):
                value = option.default
            if option.name == "region":
                value = str(value).strip().upper() or DEFAULT_REGION
            values[option.name] = value
        return cls(**values)

    def with_values(self, values: Mapping[str, Any]) -> Settings:
        """These settings with some replaced (command-line flags that were given)."""
        return self._replace(
            **{k: v for k, v in values.items() if k in self._fields and v is not None}
        )


# -- results of operations -------------------------------------------------------------


class UpdateOutcome(NamedTuple):
    """What `Workspace.update` did: the feed's result (None when it failed), the first
    problem met (feed or team lists), and the team lists synced."""

    result: Any  # feeds.update.UpdateResult | None
    problem: Exception | None
    synced: list[Any]  # feeds.team.Synced

    @property
    def changed(self) -> bool:
        return (self.result is not None and bool(self.result.updated)) or any(
            s.entries is not None for s in self.synced
        )


class _Unreadable:
    """The lists of a folder whose lists file cannot be opened: every lookup says so,
    so that each verdict that needed them tells the person they could not be read."""

    def __init__(self, problem: Exception) -> None:
        self.problem = problem

    def lookup(self, numbers: Any, domains: Any, values: dict[str, str]) -> set[str]:
        from scamscreen.core.data import ListsUnreadable

        raise ListsUnreadable(str(self.problem))


class Workspace(TeamMode):
    """One data folder (`home`) and everything it holds. Handles are opened when first
    used; `close()` closes them. Not thread-safe: the app gives each thread that needs
    the case log its own connection (`open_caselog`)."""

    def __init__(
        self,
        home: Path | str,
        settings: Settings | None = None,
        *,
        lookup_only: bool = False,
        warnings: list[str] | None = None,
        team_url: str | None = None,
        insecure_loopback: bool = False,
    ) -> None:
        """`lookup_only`: the lists are only looked up (`check`): such a handle never
        migrates or writes, and a folder without a lists file never loads SQLite.
        `warnings`: where to put what the person should be told on the way (lists that
        cannot be used, an installed update that was refused); `check` prints them.
        `team_url`: the team server to use (`--team`); else SCAMSCREEN_TEAM_URL, else the
        address `team join` kept. `insecure_loopback`: allow an unencrypted connection to
        a server on this computer (for trying team mode out)."""
        self.home = Path(home)
        self.settings = settings or Settings()
        self.lookup_only = lookup_only
        self.warnings: list[str] = warnings if warnings is not None else []
        # why the lists could not be opened for screening (None: they could, or none)
        self.lists_problem: Exception | None = None
        self._data: tuple[Path, str | None] | None = None
        self._screener: Screener | None = None
        self._caselog: CaseLog | None = None
        self._lists: KnownLists | None = None
        self._lists_tried = False
        self.team_url_given = team_url
        self.insecure_loopback = insecure_loopback
        self._team = None

    def __repr__(self) -> str:
        return f"Workspace({str(self.home)!r})"

    @classmethod
    def at(
        cls, option: str | Path | None, settings: Settings | None = None, **kw: Any
    ) -> Workspace:
        """The Workspace of the data folder named by `--data-dir` (`option`), else
        SCAMSCREEN_HOME, else the platform's per-user data folder. Raises StoreError
        (core.errors) when that folder cannot be used."""
        from scamscreen.store.location import resolve_home

        home = resolve_home(None if option is None else str(option))
        return cls(home, settings or Settings(), **kw)

    # -- the data in use

    def _in_use(self) -> tuple[Path, str | None]:
        if self._data is None:
            from scamscreen.feeds.active import data_in_use

            self._data = data_in_use(self.home)
        return self._data

    @property
    def data_folder(self) -> Path:
        """The data to load: the newest signed update applied here if it is exactly what
        was signed and built on this app's shipped data, else the shipped data."""
        return self._in_use()[0]

    @property
    def not_in_use_reason(self) -> str | None:
        """Why an installed update is not in use (a key of feeds.active.NOT_IN_USE)."""
        return self._in_use()[1]

    def not_signed_warning(self) -> str | None:
        return not_signed_warning(self.not_in_use_reason)

    def last_update(self) -> dict[str, Any] | None:
        from scamscreen.feeds.active import last_update

        return last_update(self.home)

    def shipped_version(self) -> str:
        from scamscreen.core.data import data_dir
        from scamscreen.feeds.active import fingerprint

        return fingerprint(data_dir())[:12]

    # -- the screener

    @property
    def screener(self) -> Screener:
        """The screener on the data in use, with the known-scam lists (when this folder
        has any) and the wording of `settings.language`. Built on first use; a damaged
        install raises DataError."""
        if self._screener is None:
            from scamscreen.core.screening import Screener

            folder = self.data_folder
            warning = self.not_signed_warning()
            if warning:
                self.warnings.append(warning)
            lookup: Any = self.lookup()
            if self.lists_problem is not None:
                lookup = _Unreadable(self.lists_problem)
            self._screener = Screener.load(
                folder, known_scams=lookup, language=self.settings.language or None
            )
        return self._screener

    def reload(self) -> None:
        """Forget the data in use and the screener (after an update, or when the lists
        or the language changed); they are built again when next needed."""
        self._data = None
        self._screener = None
        if self._lists is None:
            self._lists_tried = False  # (lists that could not be opened: try again)

    def use_screener(self, screener: Screener) -> None:
        """Screen with `screener` (one built already, by the app at start-up)."""
        self._screener = screener

    def screen(self, contact: Contact, region: str | None = None) -> Result:
        return self.screener.screen(contact, region or self.settings.region)

    def checklist(self, name: str) -> Checklist:
        """The checklist `name` from the data in use, in the screener's language."""
        from scamscreen.core.checklists import load_checklist

        screener = self.screener
        return load_checklist(name, screener.folder / "checklists", screener.language)

    def report(
        self, contact: dict[str, Any], country: str | None = None, *, redact: bool = False
    ) -> Report:
        """The report for a case-log contact, for the person's country (else the
        settings' region), from the data in use; `redact` removes the person's own
        details (a shared report). The screener's directory and lexicon are reused
        when it is loaded; otherwise only those two are read (not the whole screener,
        nor the lists)."""
        from scamscreen.core.reports import build_report

        redactor = None
        if redact:
            from scamscreen.store.exchange import redactor_for

            redactor = redactor_for(self.caselog)
        screener = self._screener
        return build_report(
            contact,
            country or self.settings.region,
            data=screener.folder if screener is not None else self.data_folder,
            directory=screener.directory if screener is not None else None,
            lexicon=screener.lexicon if screener is not None else None,
            redactor=redactor,
        )

    # -- the case log

    def open_caselog(self, *, daily_backup: bool = True, thorough: bool = True) -> CaseLog:
        """A new connection to the case log (the caller closes it): for a thread of its
        own, since a SQLite connection belongs to the thread that opened it.
        `daily_backup`, `thorough`: as `CaseLog.open` (off for a quick read)."""
        from scamscreen.store import CaseLog

        return CaseLog.open(self.home, daily_backup=daily_backup, thorough=thorough)

    def back_up(self) -> Path:
        """A backup of the case log now; its file."""
        with self.open_caselog() as log:
            return log.backup()

    @staticmethod
    def backup_problem(source: Path) -> str:
        """"ok" when `source` is a case-log backup that can be restored, else why not."""
        from scamscreen.store import backup

        return backup.check(source) if source.is_file() else "there is no such file"

    def restore(self, source: Path) -> tuple[Path, str | None]:
        """Replace the case log with the backup `source`: (the safety copy of the log as
        it was, the restored log's retention setting)."""
        with self.open_caselog(daily_backup=False) as log:
            safety = log.restore(source)
            return safety, log.setting("retention_days")

    def log_setting(self, key: str) -> str | None:
        """A setting kept in the case log (retention_days, region), read quickly."""
        with self.open_caselog(daily_backup=False, thorough=False) as log:
            return log.setting(key)

    def set_log_setting(self, key: str, value: str) -> None:
        with self.open_caselog(daily_backup=False, thorough=False) as log:
            log.set_setting(key, value)

    def make_folder(self) -> Path:
        """The data folder, made (the person's alone) if it does not exist yet."""
        from scamscreen.store.location import private_dir

        return private_dir(self.home)

    def check_folder(self) -> list[Any]:
        """The read-only checks of this data folder (store.health), one per line."""
        from scamscreen.store.health import check_home

        return list(check_home(self.home))

    @staticmethod
    def redactor_for(log: CaseLog) -> Redactor:
        """What removes the person's own details from what they share."""
        from scamscreen.store.exchange import redactor_for

        return redactor_for(log)

    @property
    def caselog(self) -> CaseLog:
        if self._caselog is None:
            self._caselog = self.open_caselog()
        return self._caselog

    @staticmethod
    def parse_when(text: str, field: str) -> str:
        """A date or moment as the case log keeps it; StoreError for one that is not."""
        from scamscreen.store.caselog import parse_when

        return parse_when(text, field)

    def export_log(self, out: Any, *, as_json: bool, redact: bool = False) -> int:
        """Write the case log to `out` (JSON or CSV); how many contacts were written."""
        from scamscreen.store import exchange

        writer = exchange.export_json if as_json else exchange.export_csv
        return writer(self.caselog, out, redact=redact)

    def import_log(self, path: Path) -> Any:
        """Add the contacts of an exported file (store.exchange's report)."""
        from scamscreen.store import exchange

        return exchange.import_file(self.caselog, Path(path))

    def organisation_names(self) -> dict[str, str]:
        """Directory ids to the names people know (bank-of-america: Bank of America),
        from the data in use."""
        from scamscreen.core.directory import Directory

        return {vendor.id: vendor.name for vendor in Directory.load(self.data_folder / "vendors")}

    def save(self, contact: Contact, result: Result, **details: Any) -> int:
        """Save a screened contact to the case log; its number there."""
        log = self.caselog
        return int(log.add(contact, result, data_version=self.screener.data_version, **details).id)

    # -- the known-scam lists

    def open_lists(self) -> KnownLists:
        """A new handle on the lists (the caller closes it; raises ListError)."""
        from scamscreen.feeds.lists import KnownLists

        return KnownLists.open(self.home, lookup_only=self.lookup_only)

    @property
    def lists(self) -> KnownLists:
        """The folder's lists, opened on first use (raises ListError)."""
        if self._lists is None:
            self._lists = self.open_lists()
        return self._lists

    def lookup(self) -> KnownLists | None:
        """The lists for screening, or None: a lookup-only workspace without a lists file
        never loads SQLite; lists that cannot be used are said in `warnings`, and
        screening goes on without them."""
        if self._lists is not None or self._lists_tried:
            return self._lists
        self._lists_tried = True
        self.lists_problem = None
        if self.lookup_only and not (self.home / LISTS_FILE).is_file():
            return None
        from scamscreen.core.i18n import _
        from scamscreen.feeds.lists import ListError

        try:
            return self.lists
        except ListError as exc:
            self.lists_problem = exc
            self.warnings.append(_("Known-scam lists not used: {problem}").format(problem=exc))
            return None

    @staticmethod
    def guess_kind(value: str) -> str:
        """"number" or "domain", as a typed value looks."""
        from scamscreen.feeds.lists import guess_kind

        return guess_kind(value)

    def team_lists(self) -> dict[str, str]:
        from scamscreen.feeds import team

        return team.team_lists(self.lists)

    def add_team_list(self, name: str, source: str) -> Any:
        from scamscreen.feeds import team

        return team.add(self.lists, name, source)

    def remove_team_list(self, name: str) -> bool:
        from scamscreen.feeds import team

        return team.remove(self.lists, name)

    def sync_team_lists(self, cancelled: Callable[[], bool] | None = None) -> list[Any]:
        from scamscreen.feeds import team

        return team.sync(self.lists, cancelled)

    def lists_summary(self) -> dict[str, Any]:
        """The counts of the lists, read on a handle of its own (safe on any thread)."""
        with self.open_lists() as lists:
            return lists.summary()

    # -- updates

    def update(
        self,
        source: str | None = None,
        trusted: Any = None,
        progress: Callable[..., Any] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> UpdateOutcome:
        """Update the data from the feed at `source` (None: the build's own address),
        then sync the team lists; a failure of either is returned, not raised, so that
        the other still runs. Safe on a worker thread: it opens its own handles."""
        from scamscreen.feeds import team
        from scamscreen.feeds.errors import UpdateError
        from scamscreen.feeds.lists import KnownLists, ListError
        from scamscreen.feeds.update import update

        result, synced = None, []
        problem: Exception | None = None
        try:
            result = update(self.home, source, trusted, progress, cancelled)
        except UpdateError as exc:
            problem = exc
        try:
            with KnownLists.open(self.home) as lists:
                synced = team.sync(lists, cancelled)
        except ListError as exc:
            problem = problem or exc
        return UpdateOutcome(result, problem, synced)

    def import_ftc(
        self, path: Any, progress: Any = None, cancelled: Any = None, region: str = "US"
    ) -> ImportReport:
        """Import the FTC's file into the scam list (on a handle of its own)."""
        with self.open_lists() as lists:
            return lists.import_ftc(path, progress=progress, cancelled=cancelled, region=region)

    def user_entries(self, limit: int) -> list[dict[str, Any]]:
        """The entries the person put on their block and allow lists themselves."""
        with self.open_lists() as lists:
            rows: list[dict[str, Any]] = []
            for name in USER_LISTS:
                rows += [
                    entry
                    for entry in lists.entries(list_name=name, limit=limit)
                    if entry["source"] == "user"
                ]
            return rows

    def add_to_list(self, value: str, list_name: str, note: str, region: str) -> tuple[str, str]:
        """Put a number or domain on the person's block or allow list: (kind, as kept)."""
        kind = self.guess_kind(value)
        with self.open_lists() as lists:
            return kind, lists.add(kind, value, list_name, note, region)

    def remove_from_lists(self, wanted: list[tuple[str, str, str]], region: str) -> int:
        """Take (kind, value, list) entries off the person's lists; how many were."""
        with self.open_lists() as lists:
            return sum(1 for kind, value, name in wanted if lists.remove(kind, value, name, region))

    def update_data(
        self,
        source: str | None,
        trusted: Any = None,
        progress: Callable[..., Any] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Any:
        """Update the data from the feed only (`scamscreen update`); raises UpdateError."""
        from scamscreen.feeds.update import update

        result = update(self.home, source, trusted, progress, cancelled)
        self.reload()
        return result

    # -- closing

    def close(self) -> None:
        if self._team is not None:
            self._team.close()
            self._team = None
        if self._caselog is not None:
            self._caselog.close()
            self._caselog = None
        if self._lists is not None:
            with contextlib.suppress(Exception):
                self._lists.close()
            self._lists = None
            self._lists_tried = False

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# -- the feed, for its publisher and for `update --source` (no data folder needed) ------


def feed_source(given: object) -> str | None:
    """The feed to update from: `given` (a setting's value), else the address built into
    this copy."""
    from scamscreen.feeds.source import choose

    return choose(given)


def check_feed_url(url: str) -> None:
    """Raise UpdateError when `url` is not an address an update may come from."""
    from scamscreen.feeds.http import check_url

    check_url(url)


def load_public_key(path: Path) -> Any:
    """A trusted key from a file (raises KeyFileError)."""
    from scamscreen.feeds.signing import load_public_key as load

    return load(path)


def generate_key(folder: Path, name: str) -> tuple[Path, Path]:
    """A new signing key pair in `folder`: (private file, public file)."""
    from scamscreen.feeds.signing import generate

    return generate(folder, name)


def build_feed(keys: list[Path], source: Path, out: Path, version: int, expires: Any) -> Any:
    """Build and sign a feed (raises BuildError or KeyFileError)."""
    from scamscreen.feeds.publish import build

    return build(keys, source, out, version, expires)


def not_signed_warning(reason: str | None) -> str | None:
    """One line for the command line when the installed update was refused because it
    is not what was signed (`reason` from `last_update`); None for any other reason."""
    from scamscreen.feeds.active import not_signed_warning as warning

    return warning(reason)


def display_number(e164: str) -> str:
    """A number from the lists as a person reads it ("+1 844-555-0199")."""
    from scamscreen.feeds.lists import display_number as shown

    return shown(e164)
