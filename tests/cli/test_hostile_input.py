"""Hostile input on the command line (issue 12): text that cannot be encoded, numbers
and ids beyond range. Each is a validation error (exit 2, the line and the field
named), never a traceback, and `check --jsonl` goes on to the next line.

The commands run in this process through `scamscreen.cli.run`, with the standard
streams swapped, so that an exception escaping the command fails the test directly."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import NamedTuple

import pytest

from scamscreen.cli import run

HUGE = "9" * 5000  # past Python's 4,300-digit limit for reading an integer
BIG_ID = "99999999999999999999"  # past SQLite's 64-bit integers


class Done(NamedTuple):
    code: int
    out: str
    err: str


def cli(*argv: str, stdin: bytes = b"") -> Done:
    """`scamscreen ARGV` in this process; stdout and stderr encode strictly as UTF-8,
    as a real terminal or pipe does."""
    saved = sys.stdin, sys.stdout, sys.stderr
    streams = (
        io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"),
        io.TextIOWrapper(io.BytesIO(), encoding="utf-8", write_through=True),
        io.TextIOWrapper(io.BytesIO(), encoding="utf-8", write_through=True),
    )
    sys.stdin, sys.stdout, sys.stderr = streams
    try:
        code = run(list(argv))
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
    out, err = (stream.detach().getvalue().decode() for stream in streams[1:])  # type: ignore[attr-defined]
    return Done(code, out, err)


def refused(done: Done) -> str:
    assert done.code == 2, done
    assert done.err.strip()
    assert "Traceback" not in done.err
    return done.err


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


SURROGATES = {
    "phone": '{"phone": "\\ud800"}',
    "email": '{"email": "\\ud800@example.com"}',
    "url": '{"url": "https://\\ud800.example.com/"}',
    "text": '{"text": "go to https://\\udfff.example.com/fix now"}',
    "claimed_org": '{"claimed_org": "Micro\\udbffsoft"}',
    "id": '{"id": "a\\ud800", "text": "hello"}',
}


@pytest.mark.parametrize("field", list(SURROGATES))
def test_check_json_refuses_text_that_cannot_be_encoded(home, field):
    message = refused(cli("--data-dir", str(home), "check", "--json",
                          stdin=SURROGATES[field].encode()))
    assert f"field '{field}'" in message
    assert "cannot be" in message


@pytest.mark.parametrize("field", ["id", "phone", "score"])
def test_check_json_refuses_a_number_too_long_to_read(home, field):
    stdin = f'{{"text": "hello",\n "{field}": {HUGE}}}'.encode()
    message = refused(cli("--data-dir", str(home), "check", "--json", stdin=stdin))
    assert f"line 2, field '{field}'" in message
    assert "5,000 digits" in message


def test_check_jsonl_names_each_bad_line_and_screens_the_rest(home, tmp_path):
    lines = [
        '{"id": 1, "phone": "\\ud800"}',
        f'{{"id": 2, "phone": {HUGE}}}',
        '{"id": 3, "channel": "popup", "text": "VIRUS! call 1-844-555-0199"}',
        '{"id": 4, "url": "http://\\udc00.com"}',
        '{"id": 5, "text": "all fine"}',
    ]
    path = tmp_path / "contacts.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = cli("--data-dir", str(home), "check", "--jsonl", str(path))
    message = refused(done)
    results = [json.loads(line) for line in done.out.splitlines()]
    assert [r.get("line") for r in results] == [1, 2, None, 4, None]
    assert [r["field"] for r in results if "error" in r] == ["phone", "phone", "url"]
    assert results[2]["id"] == 3 and results[2]["verdict"] != "no_red_flags"
    assert results[4]["id"] == 5 and "verdict" in results[4]
    assert "line 1, field 'phone'" in message
    assert "line 2, field 'phone'" in message
    assert "line 4, field 'url'" in message


@pytest.mark.parametrize(
    "document, field",
    [
        ('{"phone": "\\ud800"}', "phone"),
        ('{"text": "call now", "ticket_ref": "HD-\\udfff"}', "ticket_ref"),
        (f'{{"text": "call now", "money_lost": {HUGE}}}', "money_lost"),
        ('{"text": "call now", "money_lost": "9e999999999999999999"}', "money_lost"),
        ('{"text": "call now", "contacted_at": "0001-01-01T00:00+05:00"}', "contacted_at"),
    ],
)
def test_log_add_refuses_hostile_fields_and_saves_nothing(home, document, field):
    message = refused(cli("--data-dir", str(home), "log", "add", "--json",
                          stdin=document.encode()))
    assert field in message
    found = cli("--data-dir", str(home), "log", "search", "--json")
    assert found.code == 0, found
    assert json.loads(found.out)["count"] == 0


def _record(uid: str, **fields: object) -> str:
    base = {"uid": uid, "created_at": "2026-01-05T10:00:00Z", "verdict": "suspicious",
            "score": 40}
    return json.dumps({**base, **fields})


def test_import_leaves_out_hostile_contacts_and_names_their_lines(home, tmp_path):
    contacts = [
        _record("good-1", notes="a fine one"),
        _record("bad-2", notes="x").replace('"x"', '"\\ud800"'),
        _record("bad-3").replace('"score": 40', f'"score": 40, "money_lost_cents": {HUGE}'),
        _record("bad-4", money_lost_cents=10**20),
        _record("bad-5", observables=[{"kind": "domain", "value": "x"}]).replace(
            '"value": "x"', '"value": "\\udc00.com"'),
        _record("bad-6", findings=[{"id": "f", "title": "t"}]).replace('"t"', '"\\ud83d"'),
        _record("bad-7", contacted_at="9999-12-31T23:59-05:00"),
        _record("good-8", notes="another fine one"),
    ]
    path = tmp_path / "export.json"
    for name, text in (
        ("lines", '{"format": "scamscreen-case-log", "version": 1, "contacts": [\n'
                  + ",\n".join(contacts) + "\n]}\n"),
        ("whole", '{"format":"scamscreen-case-log","version":1,"contacts":[\n'
                  + ",\n".join(contacts) + "\n]}\n"),
    ):
        path.write_text(text, encoding="utf-8")
        where = home / name
        done = cli("--data-dir", str(where), "import", str(path))
        message = refused(done)
        for line, field in ((3, "notes"), (4, "money_lost_cents"), (5, "money_lost_cents"),
                            (6, "observables"), (7, "findings"), (8, "contacted_at")):
            assert f"line {line}" in message and field in message, (line, field, message)
        found = cli("--data-dir", str(where), "log", "search", "--json")
        assert {c["uid"] for c in json.loads(found.out)["contacts"]} == {"good-1", "good-8"}


def test_an_import_whose_header_number_is_too_long_is_refused(home, tmp_path):
    path = tmp_path / "export.json"
    path.write_text(
        f'{{"format": "scamscreen-case-log", "version": {HUGE}, "contacts": []}}',
        encoding="utf-8",
    )
    refused(cli("--data-dir", str(home), "import", str(path)))


@pytest.mark.parametrize(
    "argv",
    [
        ("log", "show", BIG_ID),
        ("log", "show", BIG_ID, "--json"),
        ("log", "delete", BIG_ID),
        ("log", "seen", BIG_ID),
        ("log", "outcome", BIG_ID, "genuine"),
        ("report", BIG_ID),
        ("log", "search", "--limit", BIG_ID),
        ("log", "search", "--limit", "-1"),
        ("log", "purge", "--older-than", "999999"),
        ("log", "purge", "--older-than", BIG_ID),
    ],
)
def test_numbers_beyond_range_on_the_command_line_are_refused(home, argv):
    message = refused(cli("--data-dir", str(home), *argv))
    assert "OverflowError" not in message


def test_a_large_but_possible_id_is_simply_not_found(home):
    message = refused(cli("--data-dir", str(home), "log", "show", "9223372036854775807"))
    assert "no contact number 9223372036854775807" in message


# -- stored rows that do not parse ------------------------------------------------------


@pytest.fixture
def damaged_log(home):
    """Two saved contacts; the second's findings no longer parse. Returns their ids."""
    import sqlite3

    for text in ("He wants to connect to my computer with AnyDesk.", "Your parcel is late."):
        done = cli("--data-dir", str(home), "log", "add", "--json",
                   stdin=json.dumps({"channel": "phone_inbound", "text": text}).encode())
        assert done.code == 0, done
    db = sqlite3.connect(home / "scamscreen.db")
    with db:
        db.execute("UPDATE contacts SET findings = '[{\"id\": \"remote' WHERE id = 2")
    db.close()
    return 1, 2


def test_log_search_and_show_show_a_damaged_row_in_words(home, damaged_log):
    found = cli("--data-dir", str(home), "log", "search", "--json")
    assert found.code == 0, found
    contacts = {c["id"]: c for c in json.loads(found.out)["contacts"]}
    assert contacts[2]["damaged"] == {"findings": '[{"id": "remote'}
    assert contacts[2]["findings"] == []
    assert "damaged" not in contacts[1]

    listed = cli("--data-dir", str(home), "log", "search")
    assert listed.code == 0, listed
    assert listed.out.lower().count("damaged") == 1

    shown = cli("--data-dir", str(home), "log", "show", "2")
    assert shown.code == 0, shown
    assert "damaged" in shown.out.lower() and "could not be read" in shown.out
    shown = cli("--data-dir", str(home), "log", "show", "2", "--json")
    assert shown.code == 0 and json.loads(shown.out)["damaged"]


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_export_goes_past_a_damaged_row(home, damaged_log, fmt):
    done = cli("--data-dir", str(home), "export", "--format", fmt)
    assert done.code == 0, done
    assert "Contacts exported: 2" in done.err
    assert "damaged" in done.out


@pytest.mark.parametrize("created_at", [None, 1.5, ["2026-01-05"], {"at": 1}])
def test_import_names_a_creation_time_that_is_not_text(home, tmp_path, created_at):
    """Found by benchmarks/fuzz.py: a null creation time ended as a storage error (exit 4),
    any other non-text one as a traceback."""
    path = tmp_path / "export.json"
    path.write_text(
        '{"format": "scamscreen-case-log", "version": 1, "contacts": [\n'
        + json.dumps({"uid": "u1", "created_at": created_at, "verdict": "suspicious",
                      "score": 40}) + ",\n"
        + _record("good") + "\n]}\n",
        encoding="utf-8",
    )
    message = refused(cli("--data-dir", str(home), "import", str(path)))
    assert "line 2: created_at" in message
    found = cli("--data-dir", str(home), "log", "search", "--json")
    assert [c["uid"] for c in json.loads(found.out)["contacts"]] == ["good"]
