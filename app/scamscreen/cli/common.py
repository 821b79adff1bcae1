"""Helpers every command shares: exit codes, reading JSON input, naming problems."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import IO, Any

from scamscreen.core.contact import ContactError, flaw, parse_contact, read_int
from scamscreen.core.i18n import _
from scamscreen.workspace import LISTS_FILE  # noqa: F401 (the lists' file name, for tests)

EXIT_OK = 0
EXIT_BAD_INPUT = 2
EXIT_BAD_DATA = 3


def subcommands(parser: Any, dest: str) -> Any:
    """The commands under `parser` (`log add`, `lists show`...). Without one, the command
    line prints `parser`'s help (what it can do) instead of argparse's "the following
    arguments are required: log_command", which names an internal variable."""
    parser.set_defaults(needs_command=(dest, parser))
    return parser.add_subparsers(dest=dest, metavar=_("COMMAND"), title=_("commands"))


def region_code(value: str) -> str:
    """An argparse `type` for --region and --country: a country libphonenumber knows,
    in capitals; anything else is refused with what to type instead."""
    import argparse

    try:
        code = parse_contact({"region": value}).region
    except ContactError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None
    if code is None:
        raise argparse.ArgumentTypeError(_("give two letters such as US, GB, ES or MX"))
    return code


MAX_ID = 2**63 - 1  # SQLite's largest integer: no contact can have a larger number
MAX_LIMIT = 1_000_000_000
MAX_DAYS = 100_000  # about 270 years; much more and the date before it does not exist


def _shown(value: str) -> str:
    value = value.strip()
    return value if len(value) <= 24 else value[:23] + "…"


def whole_number(low: int, high: int, hint: Callable[[], str]) -> Callable[[str], int]:
    """An argparse `type`: a whole number from `low` to `high`; anything else is refused
    with `hint()` (called late, so that it is in the language chosen by --lang)."""
    import argparse

    def number(value: str) -> int:
        try:
            parsed = int(value.strip())
        except ValueError:  # (not a number, or too long a one for Python to read)
            parsed = None
        if parsed is None or not low <= parsed <= high:
            raise argparse.ArgumentTypeError(f"{_shown(value)!r}: {hint()}")
        return parsed

    return number


contact_id = whole_number(
    1, MAX_ID,
    lambda: _("not a contact's number; the case log numbers its contacts 1, 2, 3 and so on"),
)
row_limit = whole_number(
    1, MAX_LIMIT,
    lambda: _("give how many contacts to show, a whole number from 1 to {most}").format(
        most=MAX_LIMIT
    ),
)
days = whole_number(
    1, MAX_DAYS,
    lambda: _("give a number of days, a whole number from 1 to {most}").format(most=MAX_DAYS),
)


class InputProblem(Exception):
    """Input that cannot be screened, located for the person who has to fix it."""

    def __init__(self, where: str, field: str | None, message: str) -> None:
        located = f"{where}, field '{field}'" if field else where
        super().__init__(f"{located}: {message}")
        self.field = field
        self.message = message


class SeveralValues(InputProblem):
    """A file that holds more than one JSON value (JSON Lines given where one contact was
    expected): `check --json` screens each line then; `log add` refuses it."""


def load_screener(home: Any = None, language: str | None = None) -> Any:
    """The screener on the data in use for the data folder `home`: the newest signed
    update applied there (scamscreen update), else the data shipped with ScamScreen;
    with the known-scam lists of `home` when it has any. `language` (`--lang`): the
    findings and advice in that language (data/i18n/<language>/), when it has them."""
    if home is None:
        from scamscreen.core.data import data_dir
        from scamscreen.core.screening import Screener

        return Screener.load(data_dir(), language=language)
    return workspace_for(home, language).screener


class _Told(list[str]):
    """Warnings said on standard error as they are found (and kept, for --json)."""

    def append(self, warning: str) -> None:
        import sys

        print(warning, file=sys.stderr)
        super().append(warning)


def workspace_for(home: Any, language: str | None = None) -> Any:
    """The Workspace of the data folder `home` for a command that screens or looks up
    (lookup-only lists: a folder without any never loads SQLite). What it has to say
    (a refused update, lists that cannot be used) goes to standard error as it is
    found."""
    from scamscreen.workspace import Settings, Workspace

    return Workspace(home, Settings(language=language or ""), lookup_only=True, warnings=_Told())


def known_lists(home: Any) -> Any:
    """The known-scam lists of the data folder, when it has any; None otherwise.

    Only the file's existence is checked first, so a computer without lists never loads
    SQLite. Lists that cannot be used are said on standard error, and screening goes on
    without them."""
    return workspace_for(home).lookup()


def decode(raw: bytes | str, where: str, whole_file: bool = False) -> Any:
    """Parse JSON; for a whole file the message names the line inside it."""
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InputProblem(where, None, _("the text is not UTF-8")) from None
    try:
        value = json.loads(raw, parse_int=read_int)
    except json.JSONDecodeError as exc:
        located = (
            _("{file} line {line}").format(file=where, line=exc.lineno) if whole_file else where
        )
        if whole_file and exc.msg == "Extra data":
            raise SeveralValues(
                located, None,
                _("a second contact begins here, but this command saves one at a time"),
            ) from None
        raise InputProblem(
            located, None, _("not valid JSON ({problem})").format(problem=exc.msg)
        ) from None
    except RecursionError:
        raise InputProblem(where, None, _("the JSON is nested too deeply")) from None
    found = flaw(value)
    if found is not None and found.char is not None:
        raise InputProblem(
            where, found.field,
            _("holds a character that cannot be encoded ({char}: half of a UTF-16 "
              "surrogate pair); write the text as UTF-8").format(char=found.char),
        )
    if found is not None:
        raise InputProblem(
            where, found.field,
            _("the number is too long to read ({digits} digits)").format(
                digits=f"{found.digits:,}"
            ),
        )
    return value


def field_line(raw: bytes, field: str) -> int | None:
    """The line of a JSON document where `field` is set, to point the user at it."""
    text = raw.decode("utf-8", "replace")
    found = re.search(rf'"{re.escape(field)}"\s*:', text)
    return text.count("\n", 0, found.start()) + 1 if found else None


def contact_from(value: Any, where: str) -> Any:
    if not isinstance(value, dict):
        raise InputProblem(
            where,
            None,
            _("expected a JSON object {{...}}, found {kind}").format(kind=type(value).__name__),
        )
    try:
        return parse_contact(value)
    except ContactError as exc:
        raise InputProblem(where, exc.field, exc.message) from None


def emit(result: dict[str, Any], out: IO[str]) -> None:
    out.write(json.dumps(result, ensure_ascii=False, sort_keys=False))
    out.write("\n")
