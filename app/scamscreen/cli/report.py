"""`scamscreen report ID --format pdf|text --output FILE [--country CC]`: the report of one
logged contact, for the police, a fraud reporting centre or the impersonated company.

Text needs nothing but the core; a PDF is drawn by Qt's own PDF writer, so only that
path imports Qt (offscreen: no window, no display needed).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from scamscreen.cli.common import (
    EXIT_BAD_DATA,
    EXIT_BAD_INPUT,
    EXIT_OK,
    contact_id,
    region_code,
)
from scamscreen.core.data import DataError
from scamscreen.core.i18n import _

EXIT_STORE = 4  # (as in cli/caselog.py)
COMMANDS = {"report"}


def add_parsers(commands: Any) -> None:
    report = commands.add_parser(
        "report", help=_("write a report of one logged contact, to send to the authorities")
    )
    report.add_argument("id", type=contact_id, help=_("the contact's number in the case log"))
    report.add_argument("--format", choices=("pdf", "text"), default="text")
    report.add_argument(
        "--output",
        metavar="FILE",
        help=_("write FILE (needed for pdf); text goes to standard output without it"),
    )
    report.add_argument(
        "--country",
        metavar="CC",
        type=region_code,
        help=_("your country, e.g. US, GB, CA, AU (default: the one in your settings, else US)"),
    )
    report.add_argument(
        "--redact",
        action="store_true",
        help=_("remove your own name, email, phone and account numbers (to share it)"),
    )


def run(args: argparse.Namespace) -> int:
    import sqlite3

    from scamscreen.core.errors import StoreError

    if args.format == "pdf" and not args.output:
        print(_("A PDF needs a file name: add --output FILE."), file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        report = _build(args)
    except StoreError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_STORE if exc.storage else EXIT_BAD_INPUT
    except DataError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_BAD_DATA
    except sqlite3.Error as exc:
        print(
            _("The case log could not be read or written: {problem}").format(problem=exc),
            file=sys.stderr,
        )
        return EXIT_STORE
    try:
        if args.format == "pdf":
            _pdf(report, Path(args.output))
        elif args.output:
            from scamscreen.core.files import replacing_text

            with replacing_text(args.output, newline=None) as out:  # (CRLF on Windows)
                out.write(report.to_text())
        else:
            sys.stdout.write(report.to_text())
    except BrokenPipeError:
        raise  # the reader went away: cli.run ends quietly
    except OSError as exc:
        print(_("The report could not be written: {problem}").format(problem=exc), file=sys.stderr)
        return EXIT_STORE
    if args.output:
        print(_("Report written to {file}").format(file=args.output), file=sys.stderr)
    return EXIT_OK


def _build(args: argparse.Namespace) -> Any:
    from scamscreen.core.errors import StoreError
    from scamscreen.core.region import DEFAULT_REGION
    from scamscreen.workspace import Workspace

    with Workspace.at(args.data_dir) as workspace:
        log = workspace.caselog
        if log.recovery is not None:
            print(log.recovery.message, file=sys.stderr)
        contact = log.get(args.id)
        if contact is None:
            raise StoreError(
                _("There is no contact number {id} in the case log.").format(id=args.id)
            )
        # The app's default country too: a report is never "for your country" unknown.
        country = args.country or log.setting("region") or DEFAULT_REGION
        return workspace.report(contact, country, redact=args.redact)


def _pdf(report: Any, path: Path) -> None:
    if not os.environ.get("QT_QPA_PLATFORM"):  # no window is shown: no display needed
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    from scamscreen.pdf import write_pdf

    write_pdf(report, path)
    del app
