"""The command-line contract of PRODUCT.md, run as a real process."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

SCAM = {
    "id": "a1",
    "channel": "phone_inbound",
    "claimed_org": "Microsoft",
    "phone": "+1 844 555 0199",
    "text": "He said my computer has a virus and told me to download AnyDesk so he can fix it.",
}
GENUINE = {
    "id": 7,
    "channel": "email",
    "claimed_org": "Amazon",
    "email": "shipment-tracking@amazon.com",
    "text": "Your package with 2 items has shipped and will arrive on Tuesday.",
}


def scamscreen(*args: str, stdin: str = "", env: dict | None = None):
    return subprocess.run(
        [sys.executable, "-m", "scamscreen", *args],
        input=stdin.encode(),
        capture_output=True,
        timeout=60,
        env=env,
    )


def test_check_json_reads_standard_input_and_prints_one_result():
    done = scamscreen("check", "--json", stdin=json.dumps(SCAM))
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["id"] == "a1"
    assert result["verdict"] == "likely_scam"
    assert 0 <= result["score"] <= 100
    assert {"id", "severity", "title", "detail"} <= set(result["findings"][0])
    assert result["official_contacts"][0]["value"] == "microsoft.com"
    assert result["advice"]


def test_check_json_reads_a_file(tmp_path):
    path = tmp_path / "contact.json"
    path.write_text(json.dumps(GENUINE), encoding="utf-8")
    done = scamscreen("check", "--json", "--input", str(path))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["verdict"] != "likely_scam"


def test_check_jsonl_screens_every_line_in_order_and_echoes_ids(tmp_path):
    path = tmp_path / "contacts.jsonl"
    lines = [SCAM, GENUINE, {"channel": "popup", "text": "VIRUS! call 1-844-555-0199"}]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    done = scamscreen("check", "--jsonl", str(path))
    assert done.returncode == 0, done.stderr
    results = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [r.get("id") for r in results] == ["a1", 7, None]
    assert results[0]["verdict"] == "likely_scam"
    assert results[2]["verdict"] == "likely_scam"


def test_bad_lines_are_named_and_the_others_still_screened(tmp_path):
    path = tmp_path / "contacts.jsonl"
    path.write_text(
        "\n".join(
            [
                json.dumps(SCAM),
                "{not json",
                json.dumps({"id": "b", "channel": "fax"}),
                json.dumps(["channel", "popup"]),
                json.dumps(GENUINE),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    done = scamscreen("check", "--jsonl", str(path))
    assert done.returncode == 2
    errors = done.stderr.decode().splitlines()
    assert any("line 2" in e and "not valid JSON" in e for e in errors)
    assert any("line 3" in e and "'channel'" in e and "fax" in e for e in errors)
    assert any("line 4" in e and "JSON object" in e for e in errors)
    results = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert len(results) == 5
    assert results[0]["verdict"] == "likely_scam" and results[4]["id"] == 7
    assert results[2] == {
        "id": "b",
        "line": 3,
        "error": results[2]["error"],
        "field": "channel",
    }
    assert "Traceback" not in done.stderr.decode()


@pytest.mark.parametrize(
    ("stdin", "expected"),
    [
        ('{\n  "channel": "popup",\n  "text": ', "line 3"),
        ('{\n  "text": "hi",\n  "channel": "fax"\n}', "line 3, field 'channel'"),
        ('{"requests": ["world_peace"]}', "field 'requests'"),
        ("[1, 2]", "JSON object"),
        ("", "not valid JSON"),
    ],
)
def test_check_json_bad_input_gets_a_clear_message(stdin, expected):
    done = scamscreen("check", "--json", stdin=stdin)
    assert done.returncode == 2
    message = done.stderr.decode()
    assert expected in message
    assert "Traceback" not in message
    assert done.stdout == b""


def test_invalid_utf8_is_a_clear_error():
    done = subprocess.run(
        [sys.executable, "-m", "scamscreen", "check", "--json"],
        input=b'{"text": "\xff\xfe"}',
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert b"UTF-8" in done.stderr


def test_missing_input_file_is_a_clear_error(tmp_path):
    done = scamscreen("check", "--json", "--input", str(tmp_path / "nope.json"))
    assert done.returncode == 2
    assert b"cannot read it" in done.stderr


def test_quick_check_by_hand_is_human_readable():
    done = scamscreen(
        "check",
        "--channel",
        "phone_inbound",
        "--org",
        "Microsoft",
        "--phone",
        "+1 844 555 0199",
        "--text",
        "he wants to connect to my computer with AnyDesk",
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode()
    assert out.startswith("LIKELY SCAM")
    assert "Why:" in out and "What to do now:" in out
    assert "microsoft.com" in out


def test_quick_check_rejects_a_bad_region():
    done = scamscreen("check", "--region", "Narnia", "--org", "Microsoft")
    assert done.returncode == 2
    assert b"--region" in done.stderr


def test_check_does_not_import_qt_requests_or_sqlite():
    code = (
        "import sys, io, json; sys.stdin = io.TextIOWrapper(io.BytesIO(json.dumps("
        + repr(SCAM)
        + ").encode()));"
        "from scamscreen.cli import run; run(['check','--json']);"
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "('PySide6','shiboken6','requests','sqlite3','sqlite_utils','urllib3')];"
        "print('IMPORTED', bad, file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert b"IMPORTED []" in done.stderr


def test_damaged_data_gives_a_reinstall_message(tmp_path):
    import os
    import shutil

    from scamscreen.core.data import data_dir

    broken = tmp_path / "data"
    shutil.copytree(data_dir(), broken)
    (broken / "indicators" / "rules.json").write_text("{ oops", encoding="utf-8")
    env = {**os.environ, "SCAMSCREEN_DATA": str(broken)}
    done = scamscreen("check", "--json", stdin=json.dumps(SCAM), env=env)
    assert done.returncode == 3
    assert b"Reinstall ScamScreen" in done.stderr
    assert b"rules.json" in done.stderr
    assert b"Traceback" not in done.stderr


def test_check_json_given_json_lines_screens_each_line_as_jsonl_does():
    """`check --json < contacts.jsonl` (issue 11): one result a line, in order, a bad
    line named and the rest screened, exit 2 for the bad line."""
    lines = json.dumps(SCAM) + "\n" + '{"channel": "fax"}\n' + json.dumps(GENUINE) + "\n"
    done = scamscreen("check", "--json", stdin=lines)
    results = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [r.get("id") for r in results] == ["a1", None, 7]
    assert results[0]["verdict"] == "likely_scam" and results[2]["verdict"] == "no_red_flags"
    assert results[1]["line"] == 2 and results[1]["field"] == "channel"
    assert done.returncode == 2 and b"line 2" in done.stderr


def test_log_add_refuses_several_contacts_at_once(tmp_path):
    lines = json.dumps(SCAM) + "\n" + json.dumps(GENUINE) + "\n"
    done = scamscreen("--data-dir", str(tmp_path), "log", "add", "--json", stdin=lines)
    assert done.returncode == 2
    assert b"line 2" in done.stderr and b"saves one at a time" in done.stderr


def test_check_json_says_when_the_scam_lists_could_not_be_read(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    contact = json.dumps({"channel": "phone_inbound", "phone": "+1 844 555 0199"})
    done = scamscreen("--data-dir", str(home), "check", "--json", stdin=contact)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["warnings"] == []

    (home / "lists.db").write_bytes(b"not a database at all" * 100)
    done = scamscreen("--data-dir", str(home), "check", "--json", stdin=contact)
    assert done.returncode == 0, done.stderr
    warnings = json.loads(done.stdout)["warnings"]
    assert len(warnings) == 1 and "scam lists could not be read" in warnings[0]
    assert b"Known-scam lists not used" in done.stderr
