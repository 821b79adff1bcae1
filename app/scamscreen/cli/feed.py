"""The update commands: `update` (fetch and apply a signed feed) and, for maintainers,
`feed keygen` and `feed build`.

requests, cryptography and SQLite are imported inside the handlers, so `scamscreen
check` never loads them.

Exit status: 0 done (or already up to date); 2 the input was wrong (a key file, a
folder, an address, a date — the message says which) or missing (`update` without
--source in a copy built without an update server); 5 the update was refused or failed
(the message says why, and nothing was changed).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from scamscreen.cli.common import EXIT_BAD_INPUT, EXIT_OK, subcommands
from scamscreen.core.i18n import _

EXIT_UPDATE = 5
COMMANDS = {"feed", "update"}


def add_parsers(commands: Any) -> None:
    upd = commands.add_parser("update", help=_("fetch and apply the latest signed data update"))
    upd.add_argument(
        "--source",
        metavar="URL",
        help=_("feed address (https://; default: the one this copy was built with, if any)"),
    )
    upd.add_argument(
        "--trusted-key",
        metavar="FILE",
        action="append",
        help=_("trust this public key instead of ScamScreen's own (repeat for several)"),
    )
    upd.add_argument("--json", action="store_true", help=_("print the result as JSON"))

    feed = commands.add_parser("feed", help=_("for maintainers: make keys and signed feeds"))
    sub = subcommands(feed, "feed_command")
    keygen = sub.add_parser("keygen", help=_("make a new signing key pair"))
    keygen.add_argument("--out", metavar="DIR", required=True)
    keygen.add_argument(
        "--name", default=None, help=_("file name without extension (default: scamscreen-DATE)")
    )
    build = sub.add_parser("build", help=_("sign every file of a folder into a feed"))
    build.add_argument(
        "--key", metavar="FILE", action="append", required=True, help=_("private key file")
    )
    build.add_argument("--input", metavar="DIR", required=True)
    build.add_argument("--out", metavar="DIR", required=True)
    build.add_argument("--version", type=int, required=True, metavar="N")
    build.add_argument("--expires", required=True, metavar="DATE", help=_("e.g. 2027-01-31"))


def run(args: argparse.Namespace) -> int:
    if args.command == "update":
        return _update(args)
    if args.feed_command == "keygen":
        return _keygen(args)
    return _build(args)


def _keygen(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from scamscreen.core.errors import KeyFileError
    from scamscreen.workspace import generate_key

    name = args.name or f"scamscreen-{datetime.now(UTC):%Y-%m-%d}"
    try:
        private, public = generate_key(Path(args.out), name)
    except KeyFileError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as exc:
        print(
            _("{folder} cannot be written ({problem})").format(
                folder=args.out, problem=exc.strerror
            ),
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    print(_("Private key (keep it offline, never share it): {path}").format(path=private))
    print(_("Public key (goes into the app): {path}").format(path=public))
    return EXIT_OK


def _build(args: argparse.Namespace) -> int:
    from scamscreen.core.errors import BuildError, KeyFileError
    from scamscreen.workspace import build_feed

    try:
        built = build_feed(
            [Path(k) for k in args.key],
            Path(args.input),
            Path(args.out),
            args.version,
            args.expires,
        )
    except (BuildError, KeyFileError) as exc:
        print(_("The feed was not built: {problem}.").format(problem=exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as exc:
        print(
            _("The feed was not built: {file} cannot be read or written ({problem}).").format(
                file=exc.filename or "", problem=exc.strerror or exc.__class__.__name__
            ),
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    print(
        _("Feed version {version} built in {folder}: {count} files, signed.").format(
            version=args.version, folder=built.manifest.parent, count=len(built.files)
        )
    )
    return EXIT_OK


class _Meter:
    """Percentages on standard error while downloading, only for a person watching."""

    def __init__(self) -> None:
        self.shown = -1
        self.live = sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> None:
        percent = done * 100 // total if total else 100
        if self.live and percent // 10 != self.shown // 10:
            self.shown = percent
            print(_("Downloading: {percent}%").format(percent=percent), file=sys.stderr)


def _update(args: argparse.Namespace) -> int:
    from scamscreen.core.errors import KeyFileError, UpdateError
    from scamscreen.workspace import Workspace, check_feed_url, feed_source, load_public_key

    source = feed_source(args.source)
    if source is None:
        print(
            _(
                "No update server is set up for this copy of ScamScreen: give the address "
                "of a feed with --source URL (and --trusted-key FILE if it is signed with "
                "your own key)."
            ),
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    try:
        check_feed_url(source)
        keys = [load_public_key(Path(k)) for k in args.trusted_key or []]
    except (UpdateError, KeyFileError) as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    workspace = Workspace.at(args.data_dir)
    from scamscreen.workspace import not_signed_warning

    warning = not_signed_warning((workspace.last_update() or {}).get("reason"))
    if warning:
        print(warning, file=sys.stderr)
    try:
        result = workspace.update_data(source, keys or None, progress=_Meter())
    except UpdateError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_UPDATE
    except KeyboardInterrupt:
        print(_("The update was cancelled: nothing was changed."), file=sys.stderr)
        return EXIT_UPDATE
    if args.json:
        print(
            json.dumps(
                {
                    "updated": result.updated,
                    "version": result.version,
                    "previous_version": result.previous_version,
                    "files": list(result.files),
                    "data_version": result.data_version,
                    "numbers": result.numbers,
                    "domains": result.domains,
                    "source": result.source,
                    "expires": result.expires,
                    "message": result.message,
                }
            )
        )
    else:
        print(result.message)
        for name in result.files if result.updated else ():
            print(f"  {name}")
    return EXIT_OK
