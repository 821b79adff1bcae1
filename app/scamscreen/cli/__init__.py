"""The command line: subcommands screen contacts (`check`) and keep the case log (`log`,
`export`, `import`, `backup`, `restore`). Each subcommand imports only what it needs:
`check` never loads the database code, and nothing here imports Qt or the app (`ui/`):
without a subcommand, the options are handed to `desktop`, which `scamscreen.__main__`
gives (it opens the window, runs --self-test or renders --screenshots).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import NoReturn

from scamscreen.core.i18n import _, languages, set_language, speaks

EXIT_OK = 0
EXIT_BAD_INPUT = 2  # (as in cli/common.py)


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", help=_("language for messages, e.g. en or es"))
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=_("folder of the case log (default: SCAMSCREEN_HOME, else your data folder)"),
    )
    parser.add_argument(
        "--screenshots",
        metavar="DIR",
        help=_(
            "render every main screen to PNG files in DIR at 100%%, 150%% and 200%% text, "
            "with DIR/layout.json saying what is cut off, then exit"
        ),
    )
    parser.add_argument(
        "--window",
        metavar="WxH",
        default="1366x768",
        help=_("with --screenshots: the window's size in pixels (default: 1366x768)"),
    )
    parser.add_argument(
        "--team",
        metavar="URL",
        help=_("use the team's shared case log on this PostgreSQL server (else "
               "SCAMSCREEN_TEAM_URL, else the server `team join` kept)"),
    )
    parser.add_argument(
        "--insecure-loopback",
        action="store_true",
        help=_("allow a team server on this computer (127.0.0.1) without verified TLS, "
               "for trying team mode out"),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=_("check that this copy of ScamScreen works (no display needed), then exit"),
    )


def _parser() -> argparse.ArgumentParser:
    from scamscreen.cli import call_status, caselog, check, feed, lists, report, team

    parser = argparse.ArgumentParser(
        prog="scamscreen",
        description=_("Check whether a 'support' call, pop-up, email or text looks like a scam."),
    )
    _global_options(parser)
    commands = parser.add_subparsers(dest="command")
    check.add_parser(commands)
    caselog.add_parsers(commands)
    feed.add_parsers(commands)
    lists.add_parsers(commands)
    report.add_parsers(commands)
    team.add_parsers(commands)
    call_status.add_parsers(commands)
    return parser


class _NotQuick(Exception):
    pass


class _Quiet(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _NotQuick(message)


def _desktop_args(argv: list[str]) -> argparse.Namespace | None:
    """The options, when `argv` asks for the desktop app (no subcommand): then the
    subcommands' parsers, and the modules behind them, are not even imported, which
    keeps the window's start-up short."""
    quick = _Quiet(add_help=False)
    _global_options(quick)
    try:
        args, rest = quick.parse_known_args(argv)
    except _NotQuick:  # (a broken option: the full parser says what is wrong)
        return None
    if rest:
        return None
    args.command = None
    return args


def _asked_language(argv: list[str]) -> str | None:
    """`--lang X` / `--lang=X`, read before any parser is built, so that their help
    and errors are in that language too."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


Desktop = Callable[[argparse.Namespace], int]


def run(argv: list[str], desktop: Desktop | None = None) -> int:
    """Run one command line. A reader that closes the output early (`| head`) ends the
    command quietly with status 0, as git and grep do: it got what it wanted.
    `desktop(args)`: what to do without a subcommand (`scamscreen.__main__.desktop`:
    the window, --self-test, --screenshots); None, say what the commands are."""
    try:
        status = _run(argv, desktop)
        sys.stdout.flush()
    except BrokenPipeError:
        _reader_went_away()
        return EXIT_OK
    return status


def _reader_went_away() -> None:
    """Point standard output at the null device, so that the interpreter's own flush at
    exit does not fail a second time on the closed pipe (Python's documented recipe)."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # (no real file descriptor: an in-memory stdout)
        pass


def _run(argv: list[str], desktop: Desktop | None) -> int:
    set_language(_asked_language(argv))
    args = _desktop_args(argv)
    if args is None:
        parser = _parser()
        try:
            args = parser.parse_args(argv)
        except SystemExit as exc:  # argparse has already explained the problem
            return EXIT_BAD_INPUT if exc.code else EXIT_OK
    set_language(args.lang)
    if args.lang and not speaks(args.lang):
        print(
            _("ScamScreen does not speak “{language}”; carrying on in English. It speaks: "
              "{languages}.").format(language=args.lang, languages=", ".join(languages())),
            file=sys.stderr,
        )
    needs = getattr(args, "needs_command", None)
    if needs is not None and getattr(args, needs[0], None) is None:
        needs[1].print_help(sys.stderr)  # `scamscreen log`: its commands, not an error
        return EXIT_BAD_INPUT
    if args.command is not None:
        return _run_command(args)
    if desktop is None:  # (the app is `scamscreen` itself: see __main__)
        _parser().print_help(sys.stderr)
        return EXIT_BAD_INPUT
    return desktop(args)


def _run_command(args: argparse.Namespace) -> int:
    from scamscreen.cli import call_status, caselog, check, feed, lists, report, team

    if args.command == "check":
        return check.run_check(args)
    if args.command in caselog.COMMANDS:
        return caselog.run(args)
    if args.command in feed.COMMANDS:
        return feed.run(args)
    if args.command in lists.COMMANDS:
        return lists.run(args)
    if args.command in report.COMMANDS:
        return report.run(args)
    if args.command in team.COMMANDS:
        return team.run(args)
    if args.command in call_status.COMMANDS:
        return call_status.run(args)
    _parser().print_help(sys.stderr)
    return EXIT_OK
