"""Call status on the command line (issue 18).

- `scamscreen call-status [--json]`, on a member's computer: is anyone from my IT desk
  talking to me now? Exit 0: yes (who, which ticket, since when); 1: nobody is (hang
  up); 3: the desk could not be asked (server away, certificate, password, not
  enrolled), said in words on standard error.
- `scamscreen team enroll URL`: keep the desk's address and the member's password
  (keyring), after checking that they log in as a member of a desk. For a silent
  deployment: `--password-file FILE`, or SCAMSCREEN_DESK_URL and PGPASSWORD.
- `scamscreen team call start MEMBER [--ticket T] [--minutes 30]` and `team call end
  MEMBER`, for staff and leads (exit codes as the other `team` commands).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from scamscreen.cli.common import EXIT_OK, subcommands, whole_number
from scamscreen.core.i18n import _

COMMANDS = {"call-status"}
EXIT_TALKING = 0
EXIT_NOBODY = 1
EXIT_CANNOT_ASK = 3
TEAM_COMMANDS = {"call", "enroll"}

minutes = whole_number(1, 480, lambda: _("give the call's length in minutes, 1 to 480"))


def add_parsers(commands: Any) -> None:
    status = commands.add_parser(
        "call-status", help=_("is someone from my IT desk talking to me now? (exit 0 yes, "
                              "1 nobody, 3 the desk cannot be asked)"))
    status.add_argument("--json", action="store_true")


def add_team_parsers(sub: Any) -> None:
    """`team enroll` and `team call start|end` (hooked into cli/team.py's `team`)."""
    enroll = sub.add_parser("enroll", help=_(
        "on a member's computer: ask this IT desk whether it is calling you (the password "
        "goes to the system keyring)"))
    enroll.add_argument("url", metavar="URL")
    given = enroll.add_mutually_exclusive_group()
    given.add_argument("--password-stdin", action="store_true",
                       help=_("read the password from standard input"))
    given.add_argument("--password-file", metavar="FILE",
                       help=_("read the password from FILE (for a silent deployment; delete "
                              "the file afterwards)"))

    call = sub.add_parser("call", help=_(
        "staff: say when you are calling a person your desk supports"))
    calls = subcommands(call, "call_command")
    start = calls.add_parser("start", help=_("I am talking to MEMBER now"))
    start.add_argument("member", metavar="MEMBER")
    start.add_argument("--ticket", help=_("the ticket you are calling about"))
    start.add_argument("--minutes", type=minutes, default=30,
                       help=_("the status ends itself after this long (default: 30)"))
    start.add_argument("--url", metavar="URL", help=_("the team server (default: --team, "
                                                      "else SCAMSCREEN_TEAM_URL)"))
    end = calls.add_parser("end", help=_("the call to MEMBER is over"))
    end.add_argument("member", metavar="MEMBER")
    end.add_argument("--url", metavar="URL", help=_("the team server (default: --team, "
                                                    "else SCAMSCREEN_TEAM_URL)"))


def _workspace(args: argparse.Namespace) -> Any:
    from scamscreen.workspace import Workspace

    return Workspace.at(args.data_dir, team_url=args.team,
                        insecure_loopback=bool(args.insecure_loopback))


def run(args: argparse.Namespace) -> int:
    """`call-status`: 0 talking, 1 nobody, 3 cannot ask. Never a traceback."""
    from scamscreen.core.errors import StoreError

    try:
        answer = _workspace(args).desk_calls().status()
    except StoreError as exc:  # (TeamError too: unreachable, refused, not enrolled)
        if args.json:
            print(json.dumps({"talking": None, "problem": str(exc)}, ensure_ascii=False))
        print(_("ScamScreen cannot reach your IT desk right now: {problem}\nDon't continue "
                "the call; call the desk on the number your organisation gave you.")
              .format(problem=exc), file=sys.stderr)
        return EXIT_CANNOT_ASK
    if args.json:
        print(json.dumps(answer.to_json(), ensure_ascii=False))
    elif answer.talking:
        ticket = (_(" (ticket {ticket})").format(ticket=answer.ticket) if answer.ticket
                  else "")
        print(_("{staff} from {desk} is talking to you now{ticket}.").format(
            staff=answer.staff, desk=answer.desk, ticket=ticket))
    else:
        print(_("Nobody from {desk} is talking to you. Hang up and report it.").format(
            desk=answer.desk))
    return EXIT_TALKING if answer.talking else EXIT_NOBODY


def run_team(args: argparse.Namespace) -> int:
    """`team enroll` and `team call`: TeamError is turned into words by cli/team.run."""
    if args.team_command == "enroll":
        return _enroll(args)
    desk = _workspace(args).desk_calls()
    if args.call_command == "start":
        started = desk.start(args.member, ticket=args.ticket, minutes=args.minutes,
                             url=args.url)
        print(_("The call to {member} is on until {until} (or until you end it).").format(
            member=args.member, until=started.expires.astimezone().strftime("%H:%M")))
        return EXIT_OK
    ended = desk.end(args.member, url=args.url)
    print(_("The call to {member} has ended.").format(member=args.member) if ended
          else _("No call to {member} was on.").format(member=args.member))
    return EXIT_OK


def _enroll(args: argparse.Namespace) -> int:
    import os
    from pathlib import Path

    from scamscreen.core.errors import TeamError

    password = None
    if args.password_file:
        try:
            password = Path(args.password_file).read_text("utf-8").strip() or None
        except (OSError, UnicodeError) as exc:
            raise TeamError(_("The password file {file} cannot be read: {problem}").format(
                file=args.password_file, problem=exc.strerror if isinstance(exc, OSError)
                else exc)) from None
    elif args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n") or None
    elif not os.environ.get("PGPASSWORD") and sys.stdin.isatty():
        import getpass

        password = getpass.getpass(_("Password for your IT desk: ")) or None
    workspace = _workspace(args)
    who = workspace.desk_calls().enroll(args.url, password)
    print(_("Enrolled with the IT desk {desk} as {user}: scamscreen call-status and the app "
            "can now ask it whether it is calling you.").format(desk=who.desk, user=who.user))
    return EXIT_OK
