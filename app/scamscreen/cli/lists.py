"""The known-scam list commands: `lists import-ftc`, `lists add`, `lists remove`,
`lists show`, `lists export`.

    scamscreen lists import-ftc DNC_Complaint_Numbers_2026-11-02.csv
    scamscreen lists add block "844 555 0199" --note "said he was Microsoft"
    scamscreen lists add allow mybank.com --note "my bank's real site"
    scamscreen lists remove block "844 555 0199"
    scamscreen lists show --list block --search microsoft --json
    scamscreen lists export --list block --output blocked.csv

The lists live in `lists.db` in the data folder (`--data-dir`, SCAMSCREEN_HOME). The
database code is imported inside the handlers, so `scamscreen check` never loads it.

Exit status: 0 done; 2 the input was wrong (a number that cannot exist, a file that is not
the FTC's format — the message says which), and also when an import went through but
some of its lines were left out (each is named on standard error with its line number),
as `scamscreen import` and `check --jsonl` do; 4 the lists file could not be read or
written; 130 the import was cancelled with Ctrl+C (the lists are as they were).
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from scamscreen.cli.common import EXIT_BAD_INPUT, EXIT_OK, emit, region_code, subcommands
from scamscreen.core.i18n import _
from scamscreen.core.region import DEFAULT_REGION

EXIT_STORE = 4  # as the case-log commands
EXIT_CANCELLED = 130  # 128 + SIGINT, what a shell reports for Ctrl+C
COMMANDS = {"lists"}
SHOWN_PROBLEMS = 20  # bad lines named on standard error; the rest are counted


def add_parsers(commands: Any) -> None:
    lists = commands.add_parser(
        "lists",
        help=_("known scam numbers and web addresses: your block and allow lists, FTC data"),
    )
    sub = subcommands(lists, "lists_command")

    ftc = sub.add_parser(
        "import-ftc",
        help=_("add the FTC's Do Not Call reported-calls data (a CSV file) to the scam list"),
    )
    ftc.add_argument("file")
    ftc.add_argument(
        "--region", metavar="CC", default=DEFAULT_REGION, type=region_code,
        help=_("country of the numbers"),
    )
    ftc.add_argument("--json", action="store_true", help=_("print the result as JSON"))

    for name, what in (
        ("add", _("put a number or web address on your block or allow list")),
        ("remove", _("take a number or web address off your block or allow list")),
    ):
        command = sub.add_parser(name, help=what)
        command.add_argument("list", choices=("block", "allow"))
        command.add_argument("value", help=_("a phone number, a web address or a domain"))
        command.add_argument("--kind", choices=("number", "domain"), help=_("default: guessed"))
        command.add_argument(
            "--region", metavar="CC", default=DEFAULT_REGION, type=region_code,
            help=_("country for numbers without a code"),
        )
        if name == "add":
            command.add_argument("--note", default="", help=_("why, in your own words"))

    show = sub.add_parser("show", help=_("list entries (and how many there are)"))
    show.add_argument("--list", choices=("scam", "block", "allow"))
    show.add_argument("--kind", choices=("number", "domain"))
    show.add_argument("--search", default="", help=_("digits of a number, or any word"))
    show.add_argument("--limit", type=int, default=50)
    show.add_argument("--offset", type=int, default=0)
    show.add_argument("--json", action="store_true")

    team = sub.add_parser(
        "team", help=_("your help desk's lists: a folder on a share, or a web address")
    )
    team_sub = subcommands(team, "team_command")
    team_add = team_sub.add_parser("add", help=_("use a team list (and read it now)"))
    team_add.add_argument("name", help=_("a short name, such as helpdesk"))
    team_add.add_argument("source", help=_("a folder of .csv files, or the address of one"))
    team_remove = team_sub.add_parser("remove", help=_("stop using a team list"))
    team_remove.add_argument("name")
    team_sub.add_parser("show", help=_("the team lists in use"))
    team_sub.add_parser("sync", help=_("read every team list again"))

    export = sub.add_parser("export", help=_("write entries as CSV"))
    export.add_argument("--list", choices=("scam", "block", "allow"))
    export.add_argument("--output", metavar="FILE", help=_("write FILE, not standard output"))


def run(args: argparse.Namespace) -> int:
    import sqlite3

    from scamscreen.core.errors import ImportCancelled, ListError

    try:
        return _HANDLERS[args.lists_command](args)
    except ImportCancelled as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_CANCELLED
    except ListError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_STORE if exc.storage else EXIT_BAD_INPUT
    except BrokenPipeError:
        raise  # the reader went away: cli.run ends quietly
    except (sqlite3.Error, OSError) as exc:
        print(
            _("The known-scam lists could not be read or written: {problem}").format(
                problem=getattr(exc, "strerror", None) or exc
            ),
            file=sys.stderr,
        )
        return EXIT_STORE


def _workspace(args: argparse.Namespace) -> Any:
    from scamscreen.workspace import Workspace

    return Workspace.at(args.data_dir)


def _open(args: argparse.Namespace) -> Any:
    """The lists of the data folder (the caller closes them)."""
    return _workspace(args).open_lists()


class _Progress:
    """Progress on standard error every tenth of the file ("Importing: 40% (400,000
    lines)"), for a person watching: nothing when standard error is not a terminal."""

    def __init__(self) -> None:
        self.shown = -1
        self.live = sys.stderr.isatty()

    def __call__(self, rows: int, done: int, total: int) -> None:
        percent = done * 100 // total if total else 100
        if self.live and percent // 10 != self.shown // 10:
            self.shown = percent
            print(
                _("Importing: {percent}% ({rows:,} lines)").format(percent=percent, rows=rows),
                file=sys.stderr,
            )


@contextmanager
def _ctrl_c_cancels() -> Iterator[list[bool]]:
    """Ctrl+C asks the import to stop at its next look (within a fraction of a second)
    and roll back, instead of tearing it down mid-write; a second Ctrl+C stops at once."""
    flag = [False]
    try:
        previous = signal.getsignal(signal.SIGINT)
    except ValueError:  # not the main thread: nothing to install
        yield flag
        return

    def handler(signum: int, frame: Any) -> None:
        if flag[0]:
            raise KeyboardInterrupt
        flag[0] = True
        print(_("Cancelling: the lists will be left as they were..."), file=sys.stderr)

    try:
        signal.signal(signal.SIGINT, handler)
    except ValueError:
        yield flag
        return
    try:
        yield flag
    finally:
        signal.signal(signal.SIGINT, previous)


def _import_ftc(args: argparse.Namespace) -> int:
    from scamscreen.core.errors import ImportCancelled

    workspace = _workspace(args)
    with _ctrl_c_cancels() as flag:
        try:
            report = workspace.import_ftc(args.file, _Progress(), lambda: flag[0], args.region)
        except KeyboardInterrupt:  # the second Ctrl+C: the transaction was rolled back
            raise ImportCancelled() from None
    if report.already_imported:
        if args.json:
            emit({"file": report.file, "already_imported": True}, sys.stdout)
        else:
            print(_("{file} was imported before: nothing was changed.").format(file=args.file))
        return EXIT_OK
    for line, problem in report.problems[:SHOWN_PROBLEMS]:
        print(
            _("{file} line {line}: {problem} (left out)").format(
                file=args.file, line=line, problem=problem
            ),
            file=sys.stderr,
        )
    more = report.problem_count - min(len(report.problems), SHOWN_PROBLEMS)
    if more > 0:
        print(_("... and {count:,} more lines left out.").format(count=more), file=sys.stderr)
    if args.json:
        emit(
            {
                "file": report.file,
                "already_imported": False,
                "lines": report.rows,
                "numbers": report.numbers,
                "added": report.added,
                "updated": report.updated,
                "without_number": report.blank,
                "left_out": report.problem_count,
                "problems": [{"line": line, "problem": p} for line, p in report.problems],
            },
            sys.stdout,
        )
    else:
        print(
            _(
                "Imported {file}: {rows:,} lines, {numbers:,} numbers ({added:,} new, "
                "{updated:,} already listed and brought up to date); {blank:,} reports "
                "gave no number."
            ).format(
                file=args.file,
                rows=report.rows,
                numbers=report.numbers,
                added=report.added,
                updated=report.updated,
                blank=report.blank,
            )
        )
    if report.problem_count:
        print(
            _("{count:,} lines could not be imported (see above); the rest were.").format(
                count=report.problem_count
            ),
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    return EXIT_OK


def _kind(args: argparse.Namespace) -> str:
    """Number or domain: as told with --kind, else as typed (see `guess_kind`)."""
    from scamscreen.workspace import Workspace

    return str(args.kind) if args.kind else Workspace.guess_kind(args.value)


def _add(args: argparse.Namespace) -> int:
    kind = _kind(args)
    with _open(args) as lists:
        kept = lists.add(kind, args.value, args.list, note=args.note, region=args.region)
    where = _("your block list") if args.list == "block" else _("your allow list")
    print(_("{value} is on {where}.").format(value=kept, where=where))
    return EXIT_OK


def _remove(args: argparse.Namespace) -> int:
    kind = _kind(args)
    with _open(args) as lists:
        removed = lists.remove(kind, args.value, args.list, region=args.region)
    where = _("your block list") if args.list == "block" else _("your allow list")
    if not removed:
        print(_("{value} was not on {where}.").format(value=args.value, where=where))
        return EXIT_BAD_INPUT
    print(_("{value} was taken off {where}.").format(value=args.value, where=where))
    return EXIT_OK


def _show(args: argparse.Namespace) -> int:
    with _open(args) as lists:
        total = lists.count(args.list, args.kind, args.search)
        rows = lists.entries(args.list, args.kind, args.search, args.limit, args.offset)
        summary = lists.summary()
    if args.json:
        emit({"count": total, "entries": rows}, sys.stdout)
        return EXIT_OK
    counts = ", ".join(
        f"{name}: {summary['totals'].get(name, 0):,}" for name in ("scam", "block", "allow")
    )
    print(_("Entries: {counts}.").format(counts=counts))
    from scamscreen.workspace import not_signed_warning

    info = _workspace(args).last_update() or {}
    warning = not_signed_warning(info.get("reason"))
    if warning:
        print(warning)
    if summary["last_import"]:
        last = summary["last_import"]
        print(
            _("Last FTC import: {file} on {when}.").format(
                file=last["file"], when=last["imported_at"][:10]
            )
        )
    if not rows:
        print(_("No entries found."))
        return EXIT_OK
    for row in rows:
        details = []
        if row["reports"] == 1:
            details.append(_("1 report"))
        elif row["reports"]:
            details.append(_("{count:,} reports").format(count=row["reports"]))
        if row["last_seen"]:
            details.append(_("last {date}").format(date=row["last_seen"]))
        if row["subject"]:
            details.append(row["subject"])
        if row["note"]:
            details.append(f"\u201c{row['note']}\u201d")
        print(f"{row['list']:<5} {row['source']:<10} {row['value']:<24} " + "; ".join(details))
    if total > args.offset + len(rows):
        print(
            _("Showing {shown:,} of {total:,}: use --offset {next} for more.").format(
                shown=len(rows), total=total, next=args.offset + len(rows)
            )
        )
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    with _open(args) as lists:
        if args.output:
            count = lists.export_csv(Path(args.output), args.list)
        else:
            count = lists.export_csv(sys.stdout, args.list)
    print(_("Entries exported: {count:,}").format(count=count), file=sys.stderr)
    return EXIT_OK


def _team(args: argparse.Namespace) -> int:
    with _workspace(args) as workspace:
        if args.team_command == "add":
            results = [workspace.add_team_list(args.name, args.source)]
        elif args.team_command == "remove":
            if not workspace.remove_team_list(args.name):
                print(_("There is no team list called {name}.").format(name=args.name))
                return EXIT_BAD_INPUT
            print(_("The team list {name} is no longer used.").format(name=args.name))
            return EXIT_OK
        elif args.team_command == "show":
            shown = workspace.team_lists()
            if not shown:
                print(_("No team lists are set up."))
            for name, source in shown.items():
                print(f"{name}: {source}")
            return EXIT_OK
        else:
            results = workspace.sync_team_lists()
    status = EXIT_OK
    for result in results:
        if result.entries is None:
            print(
                _("{name}: not read, the old entries are kept: {problem}").format(
                    name=result.name, problem=result.problem
                ),
                file=sys.stderr,
            )
            status = EXIT_BAD_INPUT
            continue
        print(_("{name}: {count} entries.").format(name=result.name, count=result.entries))
        if result.problem:
            print(f"{result.name}: {result.problem}", file=sys.stderr)
            status = EXIT_BAD_INPUT
    return status


_HANDLERS = {
    "team": _team,
    "import-ftc": _import_ftc,
    "add": _add,
    "remove": _remove,
    "show": _show,
    "export": _export,
}
