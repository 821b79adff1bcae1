"""Team mode's own commands (issue 16): `team init`, `team add-user`, `team join`,
`team sync` and `team doctor`. The other case-log commands use the team's log when a
team server is set (`--team URL`, SCAMSCREEN_TEAM_URL, or `team join`): see caselog.py.

Exit status: 0 done; 1 `team doctor` found something unsafe; 2 the input was wrong or
the server refused (the message says which); 4 the server could not be reached.
Passwords are never printed, except the new one `team add-user` made, once.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from scamscreen.cli.common import EXIT_BAD_INPUT, EXIT_OK, subcommands
from scamscreen.core.i18n import _

COMMANDS = {"team"}
EXIT_UNSAFE = 1
EXIT_UNREACHABLE = 4
ROLES = ("staff", "lead", "auditor", "member")  # (member: issue 18)


def _url_option(parser: Any) -> None:
    parser.add_argument(
        "--url", metavar="URL",
        help=_("the team server, e.g. postgresql://USER@HOST/DATABASE?sslrootcert=ca.crt "
               "(default: --team, else SCAMSCREEN_TEAM_URL)"))


def add_parsers(commands: Any) -> None:
    team = commands.add_parser("team", help=_("the team's shared case log on PostgreSQL"))
    sub = subcommands(team, "team_command")

    init = sub.add_parser("init", help=_(
        "set up (or upgrade) the team database: run by its owner"))
    _url_option(init)

    add = sub.add_parser("add-user", help=_(
        "make a login for a member of a desk; its password is shown once"))
    add.add_argument("name")
    add.add_argument("--role", choices=ROLES, required=True)
    add.add_argument("--desk", default="main", help=_("the desk (default: main)"))
    add.add_argument("--json", action="store_true")
    _url_option(add)

    join = sub.add_parser("join", help=_(
        "use this team server from now on (the password goes to the system keyring)"))
    join.add_argument("url", metavar="URL")
    join.add_argument("--password-stdin", action="store_true",
                      help=_("read the password from standard input"))

    sub.add_parser("sync", help=_("send the contacts saved while the server was away"))

    doctor = sub.add_parser("doctor", help=_("check the server's side of team mode"))
    doctor.add_argument("--json", action="store_true")
    _url_option(doctor)

    from scamscreen.cli.call_status import add_team_parsers  # issue 18: enroll, call

    add_team_parsers(sub)


def _workspace(args: argparse.Namespace) -> Any:
    from scamscreen.workspace import Workspace

    return Workspace.at(args.data_dir, team_url=args.team,
                        insecure_loopback=bool(args.insecure_loopback))


def _url(args: argparse.Namespace, workspace: Any) -> str:
    import os

    from scamscreen.core.errors import TeamError
    from scamscreen.workspace import TEAM_URL_ENV

    url = getattr(args, "url", None) or args.team or os.environ.get(TEAM_URL_ENV)
    if not url:
        raise TeamError(_("Give the team server's address with --url URL."))
    return str(url)


def run(args: argparse.Namespace) -> int:
    from scamscreen.core.errors import StoreError, TeamError

    try:
        if args.team_command not in _HANDLERS:  # (issue 18: cli/call_status.py)
            from scamscreen.cli.call_status import run_team

            return run_team(args)
        return _HANDLERS[args.team_command](args)
    except TeamError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_UNREACHABLE if exc.unreachable else EXIT_BAD_INPUT
    except StoreError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_UNREACHABLE if exc.storage else EXIT_BAD_INPUT


def _init(args: argparse.Namespace) -> int:
    workspace = _workspace(args)
    done = workspace.team_init(_url(args, workspace))
    if done.applied:
        print(_("The team database is ready (schema version {version}; applied: {names}).")
              .format(version=done.after, names="; ".join(done.applied)))
    else:
        print(_("The team database is already up to date (schema version {version}).")
              .format(version=done.after))
    return EXIT_OK


def _add_user(args: argparse.Namespace) -> int:
    workspace = _workspace(args)
    made = workspace.team_add_user(_url(args, workspace), args.name, args.role, args.desk)
    if args.json:
        print(json.dumps({"user": made.user, "password": made.password, "role": made.role,
                          "desk": made.desk}))
    else:
        print(_("User {user} ({role}, desk {desk}) was made. Their password, shown only now: "
                "{password}").format(user=made.user, role=made.role, desk=made.desk,
                                     password=made.password))
    return EXIT_OK


def _join(args: argparse.Namespace) -> int:
    import os

    password = None
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n") or None
    elif not os.environ.get("PGPASSWORD") and sys.stdin.isatty():
        import getpass

        password = getpass.getpass(_("Password for the team server: ")) or None
    workspace = _workspace(args)
    with workspace.team_join(args.url, password) as log:
        print(_("Joined the team server {server} as {user}, desk {desk} ({role}).").format(
            server=workspace.shown_address(args.url), user=log.user, desk=log.desk,
            role=log.role or "?"))
    return EXIT_OK


def _sync(args: argparse.Namespace) -> int:
    with _workspace(args) as workspace:
        waiting = workspace.waiting_for_team()
        if not waiting:
            print(_("Nothing is waiting to be sent."))
            return EXIT_OK
        sent = workspace.sync_team()
    print(_("Sent to your team: {sent}. Still waiting on this computer: {waiting}.").format(
        sent=sent.sent, waiting=sent.waiting))
    if sent.problem is not None:
        print(str(sent.problem), file=sys.stderr)
        return EXIT_UNREACHABLE
    return EXIT_OK


def _mark(ok: bool | None) -> str:
    return {True: _("ok"), False: _("UNSAFE"), None: _("not checked")}[ok]


def _doctor(args: argparse.Namespace) -> int:
    workspace = _workspace(args)
    findings = workspace.team_doctor(_url(args, workspace))
    unsafe = [f for f in findings if f.ok is False]
    unknown = [f for f in findings if f.ok is None]
    # safe: true only when every finding was checked and fine (unknown is not fine)
    safe = False if unsafe else (None if unknown else True)
    if args.json:
        print(json.dumps({"safe": safe, "findings": [
            {"ok": f.ok, "topic": f.topic, "finding": f.text} for f in findings]},
            ensure_ascii=False))
    else:
        for finding in findings:
            print(f"{_mark(finding.ok):<12} {finding.text}")
        if unsafe:
            print(_("Unsafe: {count} finding(s) above.").format(count=len(unsafe)))
        elif unknown:
            print(_("Nothing unsafe seen, but {count} finding(s) above could not be checked "
                    "from this account: not known to be safe.").format(count=len(unknown)))
        else:
            print(_("Nothing unsafe found."))
    return EXIT_UNSAFE if unsafe else EXIT_OK


_HANDLERS = {
    "init": _init,
    "add-user": _add_user,
    "join": _join,
    "sync": _sync,
    "doctor": _doctor,
}
