"""`scamscreen check`: screen contacts (contract in shared/design/PRODUCT.md).

    scamscreen check --json         one contact (JSON object) from stdin or --input FILE
    scamscreen check --jsonl FILE   one contact per line, one result per line, in order
    scamscreen check --phone ... --org ... --text ...   quick, human-readable
    scamscreen check --image FILE [--json]    the words on a screenshot or photo, screened

`check` imports only the screening core: no Qt, no network, no database, so it starts in
a blink and works on a machine without a display.

Exit status: 0 when every contact was screened; 2 when some input was not a valid
contact (each problem is named on standard error, with its line and field; the other
lines of a JSONL file are still screened); 3 when ScamScreen's own data files are damaged.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from collections.abc import Iterable, Iterator
from typing import Any

from scamscreen.cli.common import (
    EXIT_BAD_DATA,
    EXIT_BAD_INPUT,
    EXIT_OK,
    InputProblem,
    SeveralValues,
    contact_from,
    decode,
    emit,
    field_line,
    load_screener,
    region_code,
)
from scamscreen.cli.picture import read_picture, with_picture
from scamscreen.core.contact import Channel, Initiator
from scamscreen.core.data import DataError
from scamscreen.core.i18n import _


def add_parser(commands: Any) -> None:
    check = commands.add_parser(
        "check",
        help=_("screen a contact"),
        description=_("Screen a contact and say whether it looks like a tech-support scam."),
    )
    mode = check.add_mutually_exclusive_group()
    mode.add_argument(
        "--json",
        action="store_true",
        help=_("read one contact as a JSON object; print one JSON result"),
    )
    mode.add_argument(
        "--jsonl",
        metavar="FILE",
        help=_("screen one JSON contact per line of FILE ('-' for standard input)"),
    )
    check.add_argument(
        "--input", metavar="FILE", help=_("with --json: read FILE, not standard input")
    )
    check.add_argument(
        "--region", metavar="CC", type=region_code,
        help=_("country for numbers without a country code (default: US)"),
    )
    quick = check.add_argument_group(_("quick check by hand"))
    quick.add_argument(
        "--channel", choices=[c.value for c in Channel], help=_("how they reached you")
    )
    quick.add_argument(
        "--initiated-by", choices=[i.value for i in Initiator], help=_("who started the contact")
    )
    quick.add_argument("--org", default="", help=_("who they said they were"))
    quick.add_argument("--phone", default="", help=_("the number they called from or gave you"))
    quick.add_argument("--email", default="", help=_("the email address they used"))
    quick.add_argument("--url", default="", help=_("a link they gave you"))
    quick.add_argument("--text", default="", help=_("what they said or what you saw"))
    check.add_argument(
        "--image", metavar="FILE",
        help=_("read the words off a screenshot or photo (PNG, JPEG, BMP, WebP) and screen "
               "them; with --json the result adds \"ocr_text\""),
    )


def _check_json(args: argparse.Namespace, screener: Any, region: str | None) -> int:
    where = args.input or _("standard input")
    try:
        if args.input:
            with open(args.input, "rb") as handle:
                raw = handle.read()
        else:
            raw = sys.stdin.buffer.read()
    except OSError as exc:
        print(
            _("{file}: cannot read it ({reason})").format(file=where, reason=exc.strerror),
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    try:
        contact = contact_from(decode(raw, where, whole_file=True), where)
    except SeveralValues:
        # JSON Lines given to --json (`check --json < contacts.jsonl`): one result a line,
        # as --jsonl prints them
        return _screen_lines(raw.splitlines(keepends=True), where, screener, region)
    except InputProblem as problem:
        line = field_line(raw, problem.field) if problem.field else None
        if line is not None:
            problem = InputProblem(
                _("{file} line {line}").format(file=where, line=line),
                problem.field,
                problem.message,
            )
        print(str(problem), file=sys.stderr)
        return EXIT_BAD_INPUT
    result = screener.screen(contact, region).to_dict()
    if contact.id is not None:
        result = {"id": contact.id, **result}
    emit(result, sys.stdout)
    return EXIT_OK


def _lines(path: str) -> Iterator[bytes]:
    if path == "-":
        yield from sys.stdin.buffer
        return
    with open(path, "rb") as handle:
        yield from handle


def _check_jsonl(args: argparse.Namespace, screener: Any, region: str | None) -> int:
    name = _("standard input") if args.jsonl == "-" else args.jsonl
    return _screen_lines(_lines(args.jsonl), name, screener, region)


def _screen_lines(lines: Iterable[bytes], name: str, screener: Any, region: str | None) -> int:
    """One result a line for one contact a line; a bad line is named and the rest are
    screened all the same."""
    status = EXIT_OK
    try:
        for number, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            where = _("{file} line {line}").format(file=name, line=number)
            value: Any = None
            try:
                value = decode(raw, where)
                reading = None
                if isinstance(value, dict) and "image" in value:
                    reading = _picture_of(value, where)
                    value = with_picture(value, reading)
                contact = contact_from(value, where)
            except InputProblem as problem:
                print(str(problem), file=sys.stderr)
                status = EXIT_BAD_INPUT
                error: dict[str, Any] = {"line": number, "error": problem.message}
                if problem.field:
                    error["field"] = problem.field
                if isinstance(value, dict) and isinstance(value.get("id"), str | int):
                    error = {"id": value["id"], **error}
                emit(error, sys.stdout)
                continue
            result = screener.screen(contact, region).to_dict()
            if contact.id is not None:
                result = {"id": contact.id, **result}
            if reading is not None:
                result["ocr_text"] = reading.text
            emit(result, sys.stdout)
            sys.stdout.flush()
    except BrokenPipeError:
        raise  # the reader went away: cli.run ends quietly
    except OSError as exc:
        print(
            _("{file}: cannot read it ({reason})").format(file=name, reason=exc.strerror),
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    return status


_BANNERS = {
    "likely_scam": "LIKELY SCAM: stop. Hang up, don't pay, don't install anything.",
    "suspicious": "SUSPICIOUS: something doesn't fit. Check before you do anything.",
    "no_red_flags": "No red flags found. That is not proof: still check through an official "
    "channel you look up yourself.",
}
_MARKS = {"high": "!!", "medium": "! ", "low": "- ", "info": "i "}


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, width=78, initial_indent=indent, subsequent_indent=" " * len(indent))


def _picture_of(value: dict[str, Any], where: str) -> Any:
    """The words on the picture a JSONL line names in "image"."""
    path = value["image"]
    if not isinstance(path, str) or not path:
        raise InputProblem(where, "image", _("give the picture's file name as text"))
    return read_picture(path, where, "image")


def _check_by_hand(args: argparse.Namespace, screener: Any, region: str | None) -> int:
    fields: dict[str, Any] = {
        "channel": args.channel,
        "initiated_by": args.initiated_by,
        "claimed_org": args.org,
        "phone": args.phone,
        "email": args.email,
        "url": args.url,
        "text": args.text,
    }
    reading = None
    if args.image:
        try:
            reading = read_picture(args.image, args.image)
        except InputProblem as problem:
            print(str(problem), file=sys.stderr)
            return EXIT_BAD_INPUT
        fields = with_picture(fields, reading)
    if not any(fields.values()):
        print(
            _(
                "Tell me something about the contact, for example:\n"
                "  scamscreen check --org Microsoft --phone 1-888-555-0100 "
                '--text "he wants to connect to my computer"'
            ),
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    try:
        contact = contact_from(fields, _("command line"))
    except InputProblem as problem:
        print(str(problem), file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.json:  # with --image: the picture is the input, the result is JSON
        as_json = screener.screen(contact, region).to_dict()
        emit({**as_json, "ocr_text": reading.text if reading else ""}, sys.stdout)
        return EXIT_OK
    result = screener.screen(contact, region)
    if reading is not None:
        print(_("Words read from {file}:").format(file=args.image))
        print("\n".join(f"  | {line}" for line in reading.text.splitlines()) + "\n")
    lines = [
        _(_BANNERS[result.verdict]),
        _("Risk score: {score} out of 100").format(score=result.score),
        "",
    ]
    if result.findings:
        lines.append(_("Why:"))
        for finding in result.shown_findings:
            lines.append(_wrap(finding.title, f"  {_MARKS[finding.severity]} "))
            lines.append(_wrap(finding.detail, "      "))
        if result.more_findings:
            lines.append(_("  … and {n} more").format(n=result.more_findings))
        lines.append("")
    if result.official_contacts:
        lines.append(
            _("How to reach {org} yourself:").format(
                org=result.official_contacts[0]["organisation"]
            )
        )
        for item in result.official_contacts:
            label = (
                f"{item['value']}: {item['label']}" if item["type"] != "website" else item["label"]
            )
            lines.append(_wrap(label, "  - "))
        lines.append("")
    if result.advice:
        lines.append(_("What to do now:"))
        lines.extend(_wrap(advice, "  - ") for advice in result.advice)
    if result.warnings:
        lines.append("")
        lines.extend(_wrap(warning, _("Note: ")) for warning in result.warnings)
    print("\n".join(lines).rstrip())
    return EXIT_OK


def data_folder(option: str | None) -> Any:
    """The data folder, found as `scamscreen.store.resolve_home` finds it: `--data-dir`,
    then SCAMSCREEN_HOME, then the platform's per-user data folder. Not imported from
    there (that package loads SQLite), and the platform folder is worked out by hand as
    platformdirs does it, which costs more to import than the rest of this lookup."""
    import os
    from pathlib import Path

    chosen = option or os.environ.get("SCAMSCREEN_HOME")
    if chosen:
        return Path(chosen).expanduser()
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "ScamScreen"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "ScamScreen"
    xdg = os.environ.get("XDG_DATA_HOME", "")
    return Path(xdg if xdg.strip() else Path.home() / ".local" / "share") / "ScamScreen"


def run_check(args: argparse.Namespace) -> int:
    if args.input and not args.json:
        print(_("--input goes with --json"), file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.image and (args.input or args.jsonl):
        print(_("--image reads one picture: not with --input or --jsonl (a JSONL line names "
                "its picture in \"image\")"), file=sys.stderr)
        return EXIT_BAD_INPUT
    region = args.region
    try:
        screener = load_screener(
            data_folder(getattr(args, "data_dir", None)), getattr(args, "lang", None)
        )
    except DataError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_BAD_DATA
    if args.json and not args.image:
        return _check_json(args, screener, region)
    if args.jsonl:
        return _check_jsonl(args, screener, region)
    return _check_by_hand(args, screener, region)
