"""The command line: `scamscreen` with no arguments opens the desktop app; subcommands
screen contacts (`check`) and keep the case log (`log`, `export`, `import`, `backup`,
`restore`). Each subcommand imports only what it needs: `check` never loads the
database code, and nothing here imports Qt.
"""

from __future__ import annotations

import argparse
import sys

from scamscreen.cli import caselog, check
from scamscreen.cli.common import EXIT_BAD_INPUT, EXIT_OK
from scamscreen.core.i18n import _, set_language


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="scamscreen",
        description=_("Check whether a 'support' call, pop-up, email or text looks like a scam."),
    )
    parser.add_argument("--lang", help=_("language for messages, e.g. en or es"))
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=_("folder of the case log (default: SCAMSCREEN_HOME, else your data folder)"),
    )
    parser.add_argument(
        "--screenshots",
        metavar="DIR",
        help=_("render every main screen to PNG files in DIR at 100%% and 200%% text, then exit"),
    )
    commands = parser.add_subparsers(dest="command")
    check.add_parser(commands)
    caselog.add_parsers(commands)
    return parser


def run(argv: list[str]) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has already explained the problem
        return EXIT_BAD_INPUT if exc.code else EXIT_OK
    set_language(args.lang)
    if args.command == "check":
        return check.run_check(args)
    if args.command in caselog.COMMANDS:
        return caselog.run(args)
    if args.command is None and args.screenshots:
        from pathlib import Path

        from scamscreen.ui.screenshots import render

        for path in render(Path(args.screenshots), args.lang):
            print(path)
        return EXIT_OK
    if args.command is None:
        from scamscreen.ui.app import run as run_app

        return run_app(args.data_dir, language=args.lang)
    parser.print_help(sys.stderr)
    return EXIT_OK
