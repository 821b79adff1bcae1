"""Fuzz the commands that read JSON (issue 12): `check --json`, `check --jsonl`,
`log add --json` and `import`, each fed generated hostile input through the real
command line (`scamscreen.cli.run`: argument parsing, reading, screening, saving and
output) in this process, each command in a fresh data folder of its own.

    python benchmarks/fuzz.py                  # 10,000 inputs per command
    python benchmarks/fuzz.py --count 500 --command import

An input passes when the command ends with exit 0 or 2 and nothing escaped it: no
exception, no "Traceback" on standard error. Standard output and error encode strictly
as UTF-8, as a real pipe does. It prints, per command, the inputs run, the time, the
exit codes seen and the failures (the first few with their input and traceback), and
exits 1 if there was any. tests/cli/test_fuzz.py runs a smaller sample of the same.

The inputs: JSON with lone surrogate escapes, integers past 4,300 digits, deep nesting,
wrong types, NaN and Infinity, control, bidirectional and zero-width characters, very
long strings, invalid UTF-8, byte-order marks, and valid contacts among them.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Any, NamedTuple

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import seed as hypothesis_seed
from hypothesis import strategies as st

COMMANDS = ("check --json", "check --jsonl", "log add", "import")
ALLOWED_EXITS = {0, 2}

# -- the pieces of hostile input -----------------------------------------------------------


class Raw(NamedTuple):
    """JSON text put into a document as it is: what json.dumps cannot write."""

    text: str


HUGE = "9" * 4301
RAW_TOKENS = [
    HUGE, "-" + HUGE, "1" + "0" * 5000, "99999999999999999999", "-9223372036854775809",
    "1e400", "-1e400", "1e-400", "NaN", "Infinity", "-Infinity", "1.5", "-0", "0",
    "[" * 3000 + "]" * 3000, '{"a":' * 3000 + "1" + "}" * 3000,
    "[" * 900 + "]" * 900, '"\\ud800"', '"\\udfff\\ud800"', '"\\u0000"', "true", "null",
]  # fmt: skip
ODD_CHARS = [
    "\ud800", "\udbff", "\udc00", "\udfff", "\x00", "\x07", "\x1b[31m", "\r", "\n", "\t",
    "\x7f", "\x85", "\u2028", "\u2029", "\u202e", "\u202d", "\u2066", "\u2067", "\u2069",
    "\u200b", "\u200d", "\ufeff", "\ufffd", "\U0001f600", "\u0301", "\uffff", "\U0010ffff",
    "ا", "я", "ı", "ǅ", "%s", "{}", "{0}", "\\", '"', "'", "=", "@", "+", "-",
]  # fmt: skip
PIECES = [
    "+1 844 555 0199", "1-888-555-0100", "(844) 555-0199", "+44 20 7946 0958", "911",
    "support@microsoft.com", "help@paypa1-help.com", "a@b", "@", "x@\u202emoc.tfosorcim",
    "https://microsoft.com", "http://\u202emoc.tfosorcim/", "https://xn--pypal-4ve.com",
    "https://mіcrosoft.com/fix", "www.amaz0n-refund.com/a?b=c", "ftp://[::1]/", "http://",
    "Microsoft", "Amazon", "PayPal", "your computer has a virus", "install AnyDesk",
    "pay with gift cards", "call 1-844-555-0199 now", "TeamViewer", "refund", "bitcoin",
]  # fmt: skip
FIELDS = [
    "channel", "initiated_by", "claimed_org", "phone", "email", "url", "requests", "text",
    "region", "id", "ticket_ref", "staff_member", "reported_by", "paid_how", "money_lost",
    "contacted_at",
]  # fmt: skip
CHANNELS = ["phone_inbound", "phone_outbound", "popup", "email", "sms", "chat", "web"]
REQUESTS = ["remote_access", "gift_card", "crypto", "password", "one_time_code", "nope"]
DATES = [
    "2026-11-29", "2026-11-29T14:30", "2026-11-29T14:30:00.000000Z", "0001-01-01T00:00+05:00",
    "9999-12-31T23:59-05:00", "2026-02-30", "yesterday", "", "2026-11-29T25:00",
]  # fmt: skip


def _make_texts() -> st.SearchStrategy[str]:
    odd = st.sampled_from(ODD_CHARS + PIECES)
    mixed = st.lists(st.one_of(odd, st.text(max_size=12)), max_size=12).map("".join)
    long = st.tuples(st.sampled_from(["a", "call ", "\u202e", "\ud800", "x@y.com "]),
                     st.sampled_from([2_001, 20_000])).map(lambda t: t[0] * t[1])
    return st.one_of(mixed, mixed, mixed, st.sampled_from(PIECES), long)


TEXTS = _make_texts()


def _texts() -> st.SearchStrategy[str]:
    return TEXTS


def _scalars() -> st.SearchStrategy[Any]:
    return st.one_of(
        _texts(),
        st.integers(),
        st.floats(allow_nan=True, allow_infinity=True),
        st.booleans(),
        st.none(),
        st.sampled_from(RAW_TOKENS).map(Raw),
    )


VALUES = st.recursive(
    _scalars(),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(_texts(), inner, max_size=4)
    ),
    max_leaves=8,
)


def _values() -> st.SearchStrategy[Any]:
    return VALUES


def _make_field_value(name: str) -> st.SearchStrategy[Any]:
    fitting: dict[str, st.SearchStrategy[Any]] = {
        "channel": st.sampled_from(CHANNELS),
        "initiated_by": st.sampled_from(["them", "user"]),
        "requests": st.lists(st.sampled_from(REQUESTS), max_size=3),
        "region": st.sampled_from(["US", "GB", "es", "UK", "XX", "U\u202e"]),
        "money_lost": st.sampled_from(["499.99", "$1,250", "12,50", "1e999999999999999999",
                                       "-1", "NaN", "9" * 50]),
        "contacted_at": st.sampled_from(DATES),
    }
    good = fitting.get(name, st.sampled_from(PIECES))
    return st.one_of(good, good, _values())


FIELD_VALUES = {name: _make_field_value(name) for name in FIELDS}


def _field_value(name: str) -> st.SearchStrategy[Any]:
    return FIELD_VALUES[name]


@st.composite
def _contact(draw: st.DrawFn) -> dict[str, Any]:
    names = draw(st.lists(st.sampled_from(FIELDS), max_size=8, unique=True))
    contact = {name: draw(_field_value(name)) for name in names}
    if draw(st.integers(0, 5)) == 0:
        contact[draw(_texts())] = draw(_values())
    return contact


def dump(value: Any, ascii_only: bool = True) -> str:
    """JSON text of `value`, with `Raw` pieces as they are (no recursion limit: the
    generated values are shallow; deep nesting comes in as Raw text)."""
    if isinstance(value, Raw):
        return value.text
    if isinstance(value, dict):
        return "{" + ", ".join(
            json.dumps(str(k), ensure_ascii=ascii_only) + ": " + dump(v, ascii_only)
            for k, v in value.items()
        ) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(dump(v, ascii_only) for v in value) + "]"
    return json.dumps(value, ensure_ascii=ascii_only)


@st.composite
def _document(draw: st.DrawFn, record: st.SearchStrategy[Any]) -> bytes:
    """One JSON document as bytes: mostly `record`, sometimes anything at all."""
    kind = draw(st.integers(0, 9))
    if kind == 0:
        return draw(st.binary(max_size=200))
    value = draw(record) if kind > 2 else draw(_values())
    ascii_only = draw(st.integers(0, 3)) > 0
    # (text that is not ASCII-escaped, with lone surrogates, gives invalid UTF-8)
    data = dump(value, ascii_only).encode("utf-8", "surrogatepass")
    if draw(st.integers(0, 9)) == 0:
        data = b"\xef\xbb\xbf" + data  # a byte-order mark
    if draw(st.integers(0, 19)) == 0:
        data += draw(st.sampled_from([b"\n{}", b"\xff", b" garbage", b"\x00"]))
    return data


def contact_input() -> st.SearchStrategy[bytes]:
    return _document(_contact())


def lines_input() -> st.SearchStrategy[bytes]:
    ends = st.sampled_from([b"\n", b"\r\n", b"\n\n"])
    return st.lists(st.tuples(contact_input(), ends), min_size=1, max_size=5).map(
        lambda lines: b"".join(doc.replace(b"\n", b" ") + end for doc, end in lines)
    )


RECORD_FIELDS: dict[str, st.SearchStrategy[Any]] = {
    "uid": st.one_of(st.uuids().map(str), _texts()),
    "created_at": st.sampled_from(DATES),
    "verdict": st.sampled_from(["likely_scam", "suspicious", "no_red_flags", "safe"]),
    "score": st.one_of(st.integers(-5, 105), st.sampled_from(RAW_TOKENS).map(Raw)),
    "outcome": st.sampled_from(["unknown", "confirmed_scam", "genuine", "maybe"]),
    "money_lost_cents": st.one_of(st.integers(), st.sampled_from(RAW_TOKENS).map(Raw)),
    "findings": st.lists(st.fixed_dictionaries({"id": _texts(), "title": _texts()}),
                         max_size=3),
    "requests": st.lists(st.sampled_from(REQUESTS), max_size=3),
    "observables": st.lists(st.fixed_dictionaries({
        "kind": st.sampled_from(["phone", "domain", "other"]), "value": _texts()}),
        max_size=3),
    "damaged": st.fixed_dictionaries({"findings": _texts()}),
}
RECORD_VALUES = {
    name: st.one_of(good, good, good, _values())
    for name, good in (
        *RECORD_FIELDS.items(),
        *((name, st.sampled_from(PIECES))
          for name in ("notes", "phone", "email", "url", "contacted_at", "claimed_org")),
    )
}
MORE_FIELDS = st.lists(st.sampled_from(sorted(RECORD_VALUES)), max_size=6, unique=True)


@st.composite
def _record(draw: st.DrawFn) -> dict[str, Any]:
    fitting = RECORD_FIELDS
    record: dict[str, Any] = {}
    for name in ("uid", "created_at", "verdict", "score"):
        if draw(st.integers(0, 19)):
            record[name] = draw(fitting[name])
    for name in draw(MORE_FIELDS):
        record[name] = draw(RECORD_VALUES[name])
    return record


@st.composite
def export_input(draw: st.DrawFn) -> bytes:
    """A case-log export: one contact a line as `export` writes it, or all on one line
    (read as a whole), or something else entirely."""
    if draw(st.integers(0, 9)) == 0:
        return draw(_document(_values()))
    version = draw(st.one_of(st.just(Raw("1")), st.sampled_from(RAW_TOKENS).map(Raw)))
    head = '{"format": "scamscreen-case-log", "version": ' + dump(version)
    records = [draw(_document(_record())) for _ in range(draw(st.integers(0, 4)))]
    if draw(st.booleans()):
        body = b",\n".join(r.replace(b"\n", b" ") for r in records)
        return (head + ', "contacts": [\n').encode() + body + b"\n]}\n"
    return (head + ', "contacts": [').encode() + b",".join(records) + b"]}"


# -- running one command in this process ---------------------------------------------------


class Outcome(NamedTuple):
    code: int | None
    out: str
    err: str
    error: str | None  # the traceback of an exception that escaped the command


def run_cli(argv: list[str], stdin: bytes = b"") -> Outcome:
    """`scamscreen ARGV` through scamscreen.cli.run, with the standard streams swapped
    for in-memory ones that encode strictly as UTF-8."""
    from scamscreen.cli import run

    saved = sys.stdin, sys.stdout, sys.stderr
    streams = (
        io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"),
        io.TextIOWrapper(io.BytesIO(), encoding="utf-8", write_through=True),
        io.TextIOWrapper(io.BytesIO(), encoding="utf-8", write_through=True),
    )
    sys.stdin, sys.stdout, sys.stderr = streams
    code: int | None = None
    error = None
    try:
        code = run(argv)
    except BaseException:  # (anything at all that escapes is the finding)
        error = traceback.format_exc()
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
    out, err = (s.detach().getvalue().decode("utf-8", "replace")  # type: ignore[attr-defined]
                for s in streams[1:])
    return Outcome(code, out, err, error)


class Report(NamedTuple):
    command: str
    inputs: int
    seconds: float
    exits: Counter[int | None]
    failures: list[tuple[bytes, Outcome]]


def _argv(command: str, home: Path, data: bytes, scratch: Path) -> tuple[list[str], bytes]:
    base = ["--data-dir", str(home)]
    if command == "check --json":
        return [*base, "check", "--json"], data
    if command == "check --jsonl":
        return [*base, "check", "--jsonl", "-"], data
    if command == "log add":
        return [*base, "log", "add", "--json"], data
    path = scratch / "export.json"
    path.write_bytes(data)
    return [*base, "import", str(path)], b""


STRATEGIES = {
    "check --json": contact_input,
    "check --jsonl": lines_input,
    "log add": contact_input,
    "import": export_input,
}


BATCH = 500  # inputs per Hypothesis run: one run remembers every input it made


def fuzz(command: str, count: int, *, seed: int | None = None) -> Report:
    """Run `command` on `count` generated inputs in a fresh data folder."""
    exits: Counter[int | None] = Counter()
    failures: list[tuple[bytes, Outcome]] = []
    with tempfile.TemporaryDirectory(prefix="scamscreen-fuzz-") as folder:
        home, scratch = Path(folder) / "home", Path(folder)

        def one(data: bytes) -> None:
            argv, stdin = _argv(command, home, data, scratch)
            outcome = run_cli(argv, stdin)
            exits[outcome.code] += 1
            if (
                outcome.error is not None
                or outcome.code not in ALLOWED_EXITS
                or "Traceback" in outcome.err
            ):
                failures.append((data, outcome))

        started = time.perf_counter()
        for batch, first in enumerate(range(0, count, BATCH)):
            run = given(STRATEGIES[command]())(one)
            run = settings(
                max_examples=min(BATCH, count - first),
                deadline=None,
                database=None,
                phases=[Phase.generate],
                suppress_health_check=list(HealthCheck),
            )(run)
            if seed is not None:
                run = hypothesis_seed(seed * 1_000 + batch)(run)
            run()
        seconds = time.perf_counter() - started
    return Report(command, sum(exits.values()), seconds, exits, failures)


def describe(report: Report, shown: int = 3) -> str:
    lines = [
        f"{report.command}: {report.inputs} inputs in {report.seconds:.1f} s, "
        f"exits {dict(sorted(report.exits.items(), key=str))}, "
        f"failures {len(report.failures)}"
    ]
    for data, outcome in report.failures[:shown]:
        lines.append(f"  input {data[:300]!r}{'…' if len(data) > 300 else ''}")
        lines.append(f"  exit {outcome.code}")
        lines.append("    " + (outcome.error or outcome.err).strip().replace("\n", "\n    "))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10_000, help="inputs per command")
    parser.add_argument("--command", choices=COMMANDS, action="append",
                        help="only this command (again for more); default: all four")
    parser.add_argument("--seed", type=int, help="the same inputs every run")
    args = parser.parse_args(argv)
    failed = 0
    started = time.perf_counter()
    for command in args.command or COMMANDS:
        report = fuzz(command, args.count, seed=args.seed)
        print(describe(report), flush=True)
        failed += len(report.failures)
    print(f"all: {time.perf_counter() - started:.1f} s, failures {failed}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
