"""The case-log commands: `log ...`, `export`, `import`, `backup`, `restore`, `profile`.

The database code is imported inside the handlers, so `scamscreen check` never loads it.

Exit status: 0 done; 2 the input or a named contact was wrong (the message says which);
3 ScamScreen's own data files are damaged; 4 the case log could not be read or written.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from decimal import Decimal, DecimalException
from pathlib import Path
from typing import Any

from scamscreen.cli.common import (
    EXIT_BAD_DATA,
    EXIT_BAD_INPUT,
    EXIT_OK,
    InputProblem,
    contact_from,
    contact_id,
    days,
    decode,
    emit,
    field_line,
    load_screener,
    region_code,
    row_limit,
    subcommands,
)
from scamscreen.core.contact import CHANNELS, OUTCOMES
from scamscreen.core.data import DataError
from scamscreen.core.i18n import _
from scamscreen.core.indicators import VERDICTS

EXIT_STORE = 4
COMMANDS = {"log", "export", "import", "backup", "restore", "profile"}
# Fields of `log add` beyond the contact itself: help-desk details and the aftermath.
_EXTRA_TEXT = ("ticket_ref", "staff_member", "reported_by", "paid_how")


def add_parsers(commands: Any) -> None:
    log = commands.add_parser("log", help=_("keep and search the case log"))
    sub = subcommands(log, "log_command")

    add = sub.add_parser("add", help=_("screen a contact and save it"))
    add.add_argument(
        "--json",
        action="store_true",
        required=True,
        help=_("read the contact as a JSON object; print its id and verdict"),
    )
    add.add_argument("--input", metavar="FILE", help=_("read FILE, not standard input"))
    add.add_argument(
        "--region", metavar="CC", type=region_code,
        help=_("country for numbers without a code"),
    )

    show = sub.add_parser("show", help=_("show one contact"))
    show.add_argument("id", type=contact_id)
    show.add_argument("--json", action="store_true")
    show.add_argument(
        "--reporter",
        action="store_true",
        help=_("team mode: also who reported it (name, phone, email); the look-up is audited"),
    )

    search = sub.add_parser("search", help=_("find contacts"))
    search.add_argument("query", nargs="?", default="", help=_("words, a number or a domain"))
    search.add_argument("--verdict", choices=VERDICTS)
    search.add_argument("--channel", choices=CHANNELS)
    search.add_argument("--org", help=_("organisation they claimed to be"))
    search.add_argument("--outcome", choices=OUTCOMES)
    search.add_argument("--since", metavar="DATE", help=_("from this date, e.g. 2026-11-01"))
    search.add_argument("--until", metavar="DATE", help=_("up to this date"))
    search.add_argument("--limit", type=row_limit, default=100)
    search.add_argument("--json", action="store_true")

    outcome = sub.add_parser("outcome", help=_("record how a contact turned out"))
    outcome.add_argument("id", type=contact_id)
    outcome.add_argument("outcome", choices=OUTCOMES)
    outcome.add_argument("--money-lost", metavar="AMOUNT", help=_("e.g. 499.99"))
    outcome.add_argument("--paid-how", metavar="HOW", help=_("e.g. gift cards"))

    delete = sub.add_parser("delete", help=_("forget one contact for good"))
    delete.add_argument("id", type=contact_id)

    seen = sub.add_parser("seen", help=_("other contacts with the same number or domain"))
    seen.add_argument("id", type=contact_id)
    seen.add_argument("--json", action="store_true")

    stats = sub.add_parser("stats", help=_("contacts per week and the most impersonated"))
    stats.add_argument("--json", action="store_true")

    purge = sub.add_parser("purge", help=_("forget contacts older than a number of days"))
    purge.add_argument("--older-than", type=days, required=True, metavar="DAYS")

    export = commands.add_parser("export", help=_("export the case log"))
    export.add_argument("--format", choices=("json", "csv"), default="json")
    export.add_argument(
        "--redact",
        action="store_true",
        help=_("remove your own name, email, phone and account numbers"),
    )
    export.add_argument("--output", metavar="FILE", help=_("write FILE, not standard output"))
    export.add_argument(
        "--with-reporter",
        action="store_true",
        help=_("team mode, desk leads: include the name, phone and email of the people who "
               "reported the contacts"),
    )

    imp = commands.add_parser("import", help=_("add the contacts of a JSON export"))
    imp.add_argument("file")

    backup = commands.add_parser("backup", help=_("back up the case log now"))
    backup.add_argument("--output", metavar="FILE")

    restore = commands.add_parser("restore", help=_("replace the case log with a backup"))
    restore.add_argument("file")

    profile = commands.add_parser(
        "profile", help=_("your own details, so exports can leave them out")
    )
    profile.add_argument("--name")
    profile.add_argument("--email")
    profile.add_argument("--phone")


# The commands that use the team's case log when a team server is set (issue 16).
TEAM_COMMANDS = {"add", "show", "search", "outcome", "delete", "seen", "stats", "purge",
                 "export"}  # fmt: skip


def _bare_workspace(args: argparse.Namespace) -> Any:
    from scamscreen.workspace import Workspace

    return Workspace.at(
        args.data_dir,
        team_url=getattr(args, "team", None),
        insecure_loopback=bool(getattr(args, "insecure_loopback", False)),
    )


def _team_workspace(args: argparse.Namespace) -> Any:
    """The Workspace when this command uses the team's case log, else None."""
    command = args.log_command if args.command == "log" else args.command
    if command not in TEAM_COMMANDS:
        return None
    workspace = _bare_workspace(args)
    return workspace if workspace.team_url() else None


def _workspace(args: argparse.Namespace) -> Any:
    """The Workspace of the data folder, its case log open (the caller closes it)."""
    workspace = _bare_workspace(args)
    log = workspace.caselog
    if log.recovery is not None:
        print(log.recovery.message, file=sys.stderr)
    return workspace


def _open(args: argparse.Namespace) -> Any:
    """The case log of the data folder, or the team's when a team server is set and the
    command is one of TEAM_COMMANDS (the caller closes it)."""
    team = _team_workspace(args)
    if team is not None:
        return team.team
    return _workspace(args).caselog


def run(args: argparse.Namespace) -> int:
    import sqlite3

    from scamscreen.core.errors import StoreError

    try:
        handler = _HANDLERS[args.log_command if args.command == "log" else args.command]
        return handler(args)
    except InputProblem as problem:
        print(str(problem), file=sys.stderr)
        return EXIT_BAD_INPUT
    except StoreError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_STORE if exc.storage else EXIT_BAD_INPUT
    except DataError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_BAD_DATA
    except BrokenPipeError:
        raise  # the reader went away: cli.run ends quietly
    except (sqlite3.Error, OSError) as exc:
        print(
            _("The case log could not be read or written: {problem}").format(problem=exc),
            file=sys.stderr,
        )
        return EXIT_STORE


MAX_MONEY_CENTS = 100_000_000_000  # a billion: anything larger is a typing slip
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")


def _money(text: Any, where: str) -> int | None:
    """An amount as people write it: 499.99, $1,250, 12,50 (decimal comma)."""
    if text is None or text == "":
        return None
    cleaned = str(text).strip().lstrip("$£€").strip()
    if _DECIMAL_COMMA.fullmatch(cleaned):
        cleaned = cleaned.replace(",", ".")
    try:
        amount = Decimal(cleaned.replace(",", ""))
    except DecimalException:
        raise InputProblem(where, "money_lost", _("write an amount such as 499.99")) from None
    try:  # (an exponent past Decimal's range overflows here)
        cents = amount * 100 if amount.is_finite() else None
    except DecimalException:
        cents = None
    if cents is None or cents < 0 or cents > MAX_MONEY_CENTS:
        raise InputProblem(
            where, "money_lost", _("write an amount such as 499.99 (not negative, not endless)")
        )
    return int(cents.to_integral_value())


def _add(args: argparse.Namespace) -> int:
    from scamscreen.workspace import Workspace

    where = args.input or _("standard input")
    raw = Path(args.input).read_bytes() if args.input else sys.stdin.buffer.read()
    try:
        value = decode(raw, where, whole_file=True)
        contact = contact_from(value, where)
        extras: dict[str, Any] = {}
        for key in _EXTRA_TEXT:
            item = value.get(key)
            if item is not None and not isinstance(item, str):
                raise InputProblem(where, key, _("must be text"))
            extras[key] = item or None
        extras["money_lost_cents"] = _money(value.get("money_lost"), where)
        when = value.get("contacted_at")
        if when is not None:
            if not isinstance(when, str):
                raise InputProblem(where, "contacted_at", _("must be a date such as 2026-11-29"))
            extras["contacted_at"] = Workspace.parse_when(when, "contacted_at")
    except InputProblem as problem:
        line = field_line(raw, problem.field) if problem.field else None
        if line is not None:
            problem = InputProblem(f"{where} line {line}", problem.field, problem.message)
        raise problem from None
    try:
        screener = load_screener(Workspace.at(args.data_dir).home, getattr(args, "lang", None))
    except DataError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_BAD_DATA
    result = screener.screen(contact, args.region)
    team = _team_workspace(args)
    if team is not None:
        for key in ("reporter_phone", "reporter_email"):  # (the team store keeps these too)
            item = value.get(key)
            if item is not None and not isinstance(item, str):
                raise InputProblem(where, key, _("must be text"))
            extras[key] = item or None
        return _add_to_team(team, contact, result, screener.data_version, extras)
    with _open(args) as log:
        stored = log.add(contact, result, data_version=screener.data_version, **extras)
    emit(
        {"id": stored.id, "uid": stored.uid, "verdict": stored.verdict, "score": stored.score},
        sys.stdout,
    )
    return EXIT_OK


def _add_to_team(
    workspace: Any, contact: Any, result: Any, data_version: str, extras: dict[str, Any]
) -> int:
    """Save to the team's case log; when the server cannot be reached, to this
    computer's outbox (`team sync` sends it)."""
    row = workspace.team_row(contact, result, data_version=data_version, **extras)
    out = {"uid": row["uid"], "verdict": result.verdict, "score": result.score}
    with workspace:
        stored = workspace.save_to_team(row)
        if stored is None:
            print(_("Saved on this computer; it will go to your team when the server is back."),
                  file=sys.stderr)
            emit({"id": None, **out, "queued": True}, sys.stdout)
            return EXIT_OK
        sent = workspace.sync_team()
        if sent.sent:
            print(_("Also sent {count} contacts that were waiting on this computer.").format(
                count=sent.sent), file=sys.stderr)
    emit({"id": stored.id, **out}, sys.stdout)
    return EXIT_OK


def _word(words: dict[str, str], value: Any) -> str:
    """The readable word for a stored value (an unknown one as it is)."""
    return words.get(value or "", value or "?")


def _human(row: dict[str, Any], *, whole: bool = False) -> str:
    """One contact for people: in a list (`whole` False) the story is cut to one line
    with a "…"; `log show` prints all of it, wrapped."""
    import textwrap

    from scamscreen.core import labels

    lines = [
        f"#{row['id']}  {row['contacted_at'][:16].replace('T', ' ')}  "
        f"{_word(labels.verdicts(), row['verdict'])} ({row['score']})  "
        + _("outcome: {outcome}").format(outcome=_word(labels.outcomes(), row["outcome"])),
        f"  {_word(labels.channels(), row['channel'])}  {row['claimed_org'] or '-'}  "
        f"{row['phone']}  {row['email']}  {row['url']}".rstrip(),
    ]
    if row.get("damaged"):
        lines.append("  " + _(
            "Damaged entry: part of what was saved ({parts}) could not be read; the rest is "
            "shown as it was saved."
        ).format(parts=", ".join(row["damaged"])))
    notes = (row.get("notes") or "").strip()
    if notes and whole:
        for paragraph in notes.splitlines():
            lines.extend(textwrap.wrap(paragraph, 88, initial_indent="  ",
                                       subsequent_indent="  ") or [""])
    elif notes:
        flat = " ".join(notes.split())
        lines.append("  " + (flat if len(flat) <= 200 else flat[:199].rstrip() + "…"))
    return "\n".join(lines)


def _show(args: argparse.Namespace) -> int:
    from scamscreen.core.errors import StoreError

    with _open(args) as log:
        row = log.get(args.id)
        if row is None:
            raise StoreError(
                _("There is no contact number {id} in the case log.").format(id=args.id)
            )
        row["checklists"] = {
            name: log.checklist_progress(args.id, name) for name in log.checklists(args.id)
        }
        if args.reporter and hasattr(log, "reporter"):  # (the team's log: audited there)
            row["reporter"] = log.reporter(args.id)
    if args.json:
        emit(row, sys.stdout)
    else:
        print(_human(row, whole=True))
        for finding in row["findings"]:
            print(f"  - {finding.get('title') or finding['id']}")
    return EXIT_OK


def _search(args: argparse.Namespace) -> int:
    with _open(args) as log:
        rows = log.search(
            args.query,
            verdict=args.verdict,
            channel=args.channel,
            org=args.org,
            outcome=args.outcome,
            since=args.since,
            until=args.until,
            limit=args.limit,
        )
    if args.json:
        emit({"count": len(rows), "contacts": rows}, sys.stdout)
    else:
        print("\n".join(_human(r) for r in rows) or _("No contacts found."))
    return EXIT_OK


def _outcome(args: argparse.Namespace) -> int:
    cents = _money(args.money_lost, "--money-lost")
    with _open(args) as log:
        log.set_outcome(args.id, args.outcome, money_lost_cents=cents, paid_how=args.paid_how)
    from scamscreen.core import labels

    print(
        _("Contact {id} is now marked: {outcome}.").format(
            id=args.id, outcome=_word(labels.outcomes(), args.outcome)
        )
    )
    return EXIT_OK


def _delete(args: argparse.Namespace) -> int:
    with _open(args) as log:
        log.delete(args.id)
    print(_("Contact {id} was deleted for good.").format(id=args.id))
    return EXIT_OK


def _seen(args: argparse.Namespace) -> int:
    from scamscreen.core.errors import StoreError

    with _open(args) as log:
        if log.get(args.id) is None:
            raise StoreError(
                _("There is no contact number {id} in the case log.").format(id=args.id)
            )
        rows = log.seen_before(args.id)
    if args.json:
        emit({"id": args.id, "seen_before": rows}, sys.stdout)
    else:
        print(
            "\n".join(
                f"#{r['id']} {r['contacted_at'][:10]} {r['verdict']} {r['shared']}" for r in rows
            )
            or _("Not seen before.")
        )
    return EXIT_OK


def _stats(args: argparse.Namespace) -> int:
    with _open(args) as log:
        data = {"by_week": log.stats_by_week(), "by_organisation": log.stats_by_org()}
    if args.json:
        emit(data, sys.stdout)
    else:
        print(_stats_text(data, args))
    return EXIT_OK


def _stats_text(data: dict[str, list[dict[str, Any]]], args: argparse.Namespace) -> str:
    """Two tables with headings: contacts per week by verdict, and who was impersonated
    most, by the organisation's name (not its id)."""
    from scamscreen.core import labels

    if not data["by_week"]:
        return _("No contacts saved yet.")
    verdicts = labels.verdicts()
    weeks: dict[str, dict[str, int]] = {}
    for row in data["by_week"]:
        weeks.setdefault(row["week"], {})[row["verdict"]] = row["contacts"]
    heads = [_("Week of"), *verdicts.values(), _("All")]
    table = [
        [week, *(str(counts.get(v, 0)) for v in verdicts), str(sum(counts.values()))]
        for week, counts in weeks.items()
    ]
    out = [_("Contacts per week (weeks begin on Monday)"), *_columns([heads, *table])]
    if data["by_organisation"]:
        names = _organisation_names(args)
        rows = [
            [names.get(row["organisation"], row["organisation"]), str(row["contacts"]),
             str(row["likely_scams"] or 0)]
            for row in data["by_organisation"]
        ]
        heads = [_("Who they claimed to be"), _("Contacts"), verdicts["likely_scam"]]
        out += ["", _("Most impersonated (not counting genuine contacts)"),
                *_columns([heads, *rows])]
    return "\n".join(out)


def _columns(rows: list[list[str]]) -> list[str]:
    """Rows of cells as aligned lines: the first column to the left, numbers right."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return [
        "  " + "  ".join(
            cell.ljust(width) if i == 0 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for row in rows
    ]


def _organisation_names(args: argparse.Namespace) -> dict[str, str]:
    """Directory ids to the names people know (bank-of-america: Bank of America)."""
    from scamscreen.workspace import Workspace

    return Workspace.at(args.data_dir).organisation_names()


def _purge(args: argparse.Namespace) -> int:
    with _open(args) as log:
        count = log.purge_older_than(args.older_than)
        if not getattr(log, "desk", None):  # (a team's retention is its server's business)
            log.set_setting("retention_days", str(args.older_than))
    print(
        _("Contacts older than {days} days deleted: {count}").format(
            count=count, days=args.older_than
        )
    )
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    as_json = args.format == "json"
    team = _team_workspace(args)
    if team is not None:
        return _export_team(team, args, as_json)
    with _workspace(args) as workspace:
        if args.output:
            from scamscreen.core.files import replacing_text

            target = Path(args.output)
            try:  # a new file beside the target, renamed over it when complete
                with replacing_text(target) as out:
                    count = workspace.export_log(out, as_json=as_json, redact=args.redact)
            except OSError as exc:
                raise InputProblem(
                    str(target), None,
                    _("the export could not be written there ({problem}); nothing in the "
                      "case log was changed").format(problem=exc.strerror or exc),
                ) from exc
        else:
            count = workspace.export_log(sys.stdout, as_json=as_json, redact=args.redact)
    print(_("Contacts exported: {count}").format(count=count), file=sys.stderr)
    return EXIT_OK


def _export_team(workspace: Any, args: argparse.Namespace, as_json: bool) -> int:
    """The desk's contacts (leads only; the server audits it), the reporters' details
    only with --with-reporter."""
    with workspace:
        if args.output:
            from scamscreen.core.files import replacing_text

            with replacing_text(Path(args.output)) as out:
                count = workspace.export_team(out, as_json=as_json,
                                              with_reporter=args.with_reporter)
        else:
            count = workspace.export_team(sys.stdout, as_json=as_json,
                                          with_reporter=args.with_reporter)
    print(_("Contacts exported: {count}").format(count=count), file=sys.stderr)
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    with _workspace(args) as workspace:
        report = workspace.import_log(Path(args.file))
    for problem in report.problems:
        print(
            _("{file}, {problem} (left out)").format(file=args.file, problem=problem),
            file=sys.stderr,
        )
    print(
        _("Contacts added: {added}. Already in the case log: {skipped}.").format(
            added=report.added, skipped=report.already
        )
    )
    if report.problems:
        print(
            _("{count} contacts could not be imported (see above).").format(
                count=len(report.problems)
            ),
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    return EXIT_OK


def _backup(args: argparse.Namespace) -> int:
    with _open(args) as log:
        path = log.backup(Path(args.output) if args.output else None)
    print(_("Backed up to {path}").format(path=path))
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    source = Path(args.file)  # (CaseLog.restore refuses anything but a regular file)
    with _open(args) as log:
        safety = log.restore(source)
    print(
        _("Restored from {file}. The case log as it was is kept in {safety}.").format(
            file=args.file, safety=safety
        )
    )
    return EXIT_OK


def _profile(args: argparse.Namespace) -> int:
    with _open(args) as log:
        for key, value in (
            ("user_name", args.name),
            ("user_email", args.email),
            ("user_phone", args.phone),
        ):
            if value is not None:
                log.set_setting(key, value)
        shown = {k: log.setting(k) for k in ("user_name", "user_email", "user_phone")}
    print(json.dumps(shown, ensure_ascii=False))
    return EXIT_OK


_HANDLERS = {
    "add": _add,
    "show": _show,
    "search": _search,
    "outcome": _outcome,
    "delete": _delete,
    "seen": _seen,
    "stats": _stats,
    "purge": _purge,
    "export": _export,
    "import": _import,
    "backup": _backup,
    "restore": _restore,
    "profile": _profile,
}
