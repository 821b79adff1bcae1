"""The case-log commands (`log ...`, `export`, `import`, `backup`, `restore`, `profile`),
run as real processes, each test in its own data folder."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

# A tech-support scam call: claims Microsoft, asks for AnyDesk, gives a number.
SCAM_CALL = {
    "channel": "phone_inbound",
    "claimed_org": "Microsoft",
    "phone": "+1 844 555 0199",
    "text": "He said my computer has a virus and told me to download AnyDesk.",
}
# A genuine shipping email from Amazon's own domain.
GENUINE_EMAIL = {
    "channel": "email",
    "claimed_org": "Amazon",
    "email": "shipment-tracking@amazon.com",
    "text": "Your package with 2 items has shipped and will arrive on Tuesday.",
}
# An email from a look-alike PayPal domain.
LOOKALIKE_EMAIL = {
    "channel": "email",
    "claimed_org": "PayPal",
    "email": "support@paypa1-help.com",
    "text": "Your account is limited. Call +1 844 555 0199 to restore it.",
}


# -- helpers ---------------------------------------------------------------------------


def run(
    *args: str,
    data_dir: Path | None,
    stdin: str = "",
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """`scamscreen [--data-dir DATA_DIR] ARGS...` with a private cache; never the user's
    own data folder (SCAMSCREEN_HOME is cleared unless `env` sets it)."""
    full_env = {k: v for k, v in os.environ.items() if k != "SCAMSCREEN_HOME"}
    full_env["PYTHONIOENCODING"] = "utf-8"
    if data_dir is not None:
        full_env["SCAMSCREEN_CACHE"] = str(data_dir.parent / "cache")
    full_env.update(env or {})
    where = ["--data-dir", str(data_dir)] if data_dir is not None else []
    return subprocess.run(
        [sys.executable, "-m", "scamscreen", *where, *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        env=full_env,
    )


def ok(done: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return done


def refused(done: subprocess.CompletedProcess[str]) -> str:
    """A clean refusal: exit 2 and a message, no traceback. Returns the message."""
    assert done.returncode == 2, (done.returncode, done.stdout, done.stderr)
    assert done.stderr.strip()
    assert "Traceback" not in done.stderr
    return done.stderr


def add(data_dir: Path, **fields: object) -> dict:
    """`log add --json` with `fields` as the JSON object; returns what it printed."""
    return json.loads(
        ok(run("log", "add", "--json", data_dir=data_dir, stdin=json.dumps(fields))).stdout
    )


def show(data_dir: Path, contact_id: int) -> dict:
    return json.loads(ok(run("log", "show", str(contact_id), "--json", data_dir=data_dir)).stdout)


def search(data_dir: Path, *args: str) -> list[dict]:
    """`log search ARGS --json`; returns the contacts, checking `count` agrees."""
    found = json.loads(ok(run("log", "search", *args, "--json", data_dir=data_dir)).stdout)
    assert found["count"] == len(found["contacts"])
    return found["contacts"]


def ids(contacts: list[dict]) -> set[int]:
    return {c["id"] for c in contacts}


def numbers(message: str) -> list[int]:
    """The numbers in a summary line, in order, whatever its wording."""
    return [int(n) for n in re.findall(r"\d+", message)]


def export_file(data_dir: Path, path: Path, fmt: str = "json", *extra: str) -> str:
    ok(run("export", "--format", fmt, *extra, "--output", str(path), data_dir=data_dir))
    return path.read_text(encoding="utf-8")


def record(uid: str, created_at: str, **fields: object) -> dict:
    """One contact as it appears in a JSON export, with only the required fields."""
    return {"uid": uid, "created_at": created_at, "verdict": "suspicious", "score": 40, **fields}


def export_document(*contacts: object) -> str:
    return json.dumps({"format": "scamscreen-case-log", "version": 1, "contacts": list(contacts)})


# -- adding and showing ----------------------------------------------------------------


def test_log_add_prints_the_id_and_verdict_and_show_returns_every_detail(tmp_path):
    home = tmp_path / "home"
    printed = add(
        home,
        **SCAM_CALL,
        ticket_ref="HD-4711",
        staff_member="Sam at the front desk",
        reported_by="Mrs Jones",
        money_lost="12.50",
    )
    assert set(printed) == {"id", "uid", "verdict", "score"}
    assert isinstance(printed["id"], int)
    assert re.fullmatch(r"[0-9a-f]{32}", printed["uid"])
    assert printed["verdict"] == "likely_scam"
    assert 0 <= printed["score"] <= 100

    row = show(home, printed["id"])
    assert row["id"] == printed["id"] and row["uid"] == printed["uid"]
    assert row["verdict"] == "likely_scam" and row["score"] == printed["score"]
    assert row["notes"] == SCAM_CALL["text"]
    assert row["claimed_org"] == "Microsoft"
    assert row["phone"] == "+1 844 555 0199"
    assert row["phone_e164"] == "+18445550199"
    assert row["channel"] == "phone_inbound"
    assert row["findings"] and all({"id", "title"} <= set(f) for f in row["findings"])
    assert any("AnyDesk" in f["detail"] for f in row["findings"])
    assert row["ticket_ref"] == "HD-4711"
    assert row["staff_member"] == "Sam at the front desk"
    assert row["reported_by"] == "Mrs Jones"
    assert row["money_lost_cents"] == 1250
    assert row["outcome"] == "unknown"


def test_log_add_reads_a_file_and_keeps_the_log_in_scamscreen_home(tmp_path):
    home = tmp_path / "from-env"
    contact = tmp_path / "contact.json"
    contact.write_text(json.dumps(LOOKALIKE_EMAIL), encoding="utf-8")
    env = {"SCAMSCREEN_HOME": str(home), "SCAMSCREEN_CACHE": str(tmp_path / "cache")}
    done = ok(run("log", "add", "--json", "--input", str(contact), data_dir=None, env=env))
    printed = json.loads(done.stdout)
    assert (home / "scamscreen.db").is_file()
    assert show(home, printed["id"])["email"] == "support@paypa1-help.com"


BAD_ADDS = [
    ('{\n  "channel": "popup",\n  "text": ', ["line 3", "not valid JSON"]),
    ('{\n  "text": "hi",\n  "channel": "fax"\n}', ["line 3", "'channel'", "fax"]),
    ('{\n  "text": "hi",\n  "money_lost": "lots"\n}', ["line 3", "'money_lost'", "499.99"]),
    ('{"text": "hi", "money_lost": "-5"}', ["'money_lost'", "negative"]),
    ('{"text": "hi", "ticket_ref": 42}', ["'ticket_ref'", "text"]),
    ('{"text": "hi", "contacted_at": "yesterday"}', ["contacted_at", "yesterday"]),
    ('["channel", "popup"]', ["JSON object"]),
]


def test_log_add_bad_input_is_refused_clearly_and_saves_nothing(tmp_path):
    home = tmp_path / "home"
    for stdin, expected in BAD_ADDS:
        done = run("log", "add", "--json", data_dir=home, stdin=stdin)
        message = refused(done)
        assert all(part in message for part in expected), (stdin, message)
        assert done.stdout == "", stdin
    assert search(home) == []


@pytest.mark.parametrize(
    ("command", "amount"),
    [("add", "inf"), ("add", "1e300"), ("outcome", "inf")],
)
def test_absurd_money_amounts_are_refused_without_a_traceback(tmp_path, command, amount):
    home = tmp_path / "home"
    if command == "add":
        done = run("log", "add", "--json", data_dir=home, stdin=json.dumps({"money_lost": amount}))
        message = refused(done)
        assert search(home) == []
    else:
        contact = add(home, **SCAM_CALL)
        outcome = ["log", "outcome", str(contact["id"]), "confirmed_scam"]
        done = run(*outcome, "--money-lost", amount, data_dir=home)
        message = refused(done)
        assert show(home, contact["id"])["outcome"] == "unknown"
    assert "money" in message


# -- searching -------------------------------------------------------------------------


def test_search_finds_a_word_in_the_notes_and_a_word_being_typed(tmp_path):
    home = tmp_path / "home"
    scam = add(home, **SCAM_CALL)
    add(home, **GENUINE_EMAIL)
    assert ids(search(home, "virus")) == {scam["id"]}
    assert ids(search(home, "anyd")) == {scam["id"]}  # search as you type
    assert search(home, "virus package") == []  # every word must appear


def test_search_finds_a_phone_number_however_it_is_written(tmp_path):
    home = tmp_path / "home"
    scam = add(home, **SCAM_CALL)  # typed as "+1 844 555 0199"
    add(home, channel="phone_inbound", phone="+1 888 555 0142", text="A different caller.")
    for typed in ("8445550199", "(844) 555-0199", "+18445550199"):
        assert ids(search(home, typed)) == {scam["id"]}, typed


def test_search_by_verdict(tmp_path):
    home = tmp_path / "home"
    scam = add(home, **SCAM_CALL)
    genuine = add(home, **GENUINE_EMAIL)
    assert genuine["verdict"] == "no_red_flags"
    assert ids(search(home, "--verdict", "likely_scam")) == {scam["id"]}
    assert ids(search(home, "--verdict", "no_red_flags")) == {genuine["id"]}


def test_search_by_date_range_uses_when_the_contact_happened(tmp_path):
    home = tmp_path / "home"
    early = add(home, **SCAM_CALL, contacted_at="2026-10-05T09:00")
    middle = add(home, **GENUINE_EMAIL, contacted_at="2026-10-20T10:00")
    late = add(home, **LOOKALIKE_EMAIL, contacted_at="2026-11-10")
    between = search(home, "--since", "2026-10-10", "--until", "2026-10-31")
    assert ids(between) == {middle["id"]}
    assert between[0]["contacted_at"].startswith("2026-10-20T10:00")
    # --until a day includes the whole of that day; the newest come first
    assert [c["id"] for c in search(home, "--until", "2026-10-20")] == [middle["id"], early["id"]]
    assert [c["id"] for c in search(home, "--since", "2026-10-20T10:00")] == [
        late["id"],
        middle["id"],
    ]


def test_search_by_the_organisation_they_claimed_to_be(tmp_path):
    home = tmp_path / "home"
    scam = add(home, **SCAM_CALL)
    genuine = add(home, **GENUINE_EMAIL)
    assert ids(search(home, "--org", "Microsoft")) == {scam["id"]}
    assert ids(search(home, "--org", "amazon")) == {genuine["id"]}
    assert ids(search(home, "--org", "micro")) == {scam["id"]}
    assert search(home, "--org", "Apple") == []


def test_search_that_matches_nothing_returns_count_zero(tmp_path):
    home = tmp_path / "home"
    add(home, **SCAM_CALL)
    found = json.loads(ok(run("log", "search", "zebra", "--json", data_dir=home)).stdout)
    assert found == {"count": 0, "contacts": []}


def test_search_with_full_text_syntax_characters_does_not_crash(tmp_path):
    home = tmp_path / "home"
    scam = add(home, **SCAM_CALL)
    for query in ['"', "*", "AND OR NOT ( ) NEAR( - ^ + notes:virus ' {x} *"]:
        search(home, query)  # exit 0 and valid JSON
    # the characters have no special meaning: the words around them still match
    assert ids(search(home, '"AnyDesk" (virus anyd*')) == {scam["id"]}


# -- outcome, delete, seen before, stats, purge ------------------------------------------


def test_outcome_is_recorded_with_the_money_lost(tmp_path):
    home = tmp_path / "home"
    scam = add(home, **SCAM_CALL)
    outcome = ["log", "outcome", str(scam["id"]), "confirmed_scam"]
    ok(run(*outcome, "--money-lost", "$1,499.99", "--paid-how", "gift cards", data_dir=home))
    row = show(home, scam["id"])
    assert row["outcome"] == "confirmed_scam"
    assert row["money_lost_cents"] == 149999
    assert row["paid_how"] == "gift cards"
    assert ids(search(home, "--outcome", "confirmed_scam")) == {scam["id"]}


def test_outcome_of_an_unknown_contact_names_the_id(tmp_path):
    message = refused(run("log", "outcome", "4242", "genuine", data_dir=tmp_path / "home"))
    assert "4242" in message


def test_delete_forgets_the_contact_and_a_second_delete_is_refused(tmp_path):
    home = tmp_path / "home"
    scam = add(home, **SCAM_CALL)
    other = add(home, **GENUINE_EMAIL)
    ok(run("log", "delete", str(scam["id"]), data_dir=home))
    assert str(scam["id"]) in refused(run("log", "show", str(scam["id"]), data_dir=home))
    assert str(scam["id"]) in refused(run("log", "delete", str(scam["id"]), data_dir=home))
    assert search(home, "anydesk") == []
    assert ids(search(home)) == {other["id"]}


def test_seen_lists_other_contacts_with_the_same_number_wherever_it_was_written(tmp_path):
    home = tmp_path / "home"
    typed = add(home, **SCAM_CALL)  # the number in the phone field
    in_text = add(home, channel="popup", text="WARNING! Virus found. Call 1-844-555-0199 now.")
    unrelated = add(home, channel="phone_inbound", phone="+1 888 555 0142", text="Hello.")

    seen = json.loads(ok(run("log", "seen", str(typed["id"]), "--json", data_dir=home)).stdout)
    assert seen["id"] == typed["id"]
    assert ids(seen["seen_before"]) == {in_text["id"]}
    assert "+18445550199" in seen["seen_before"][0]["shared"]

    seen = json.loads(ok(run("log", "seen", str(in_text["id"]), "--json", data_dir=home)).stdout)
    assert ids(seen["seen_before"]) == {typed["id"]}
    seen = json.loads(ok(run("log", "seen", str(unrelated["id"]), "--json", data_dir=home)).stdout)
    assert seen["seen_before"] == []


def test_stats_count_contacts_per_week_and_per_organisation(tmp_path):
    home = tmp_path / "home"
    add(home, **SCAM_CALL, contacted_at="2026-11-02T10:00")  # a Monday
    add(home, **SCAM_CALL, contacted_at="2026-11-08T22:00")  # the Sunday of that week
    genuine = add(home, **GENUINE_EMAIL, contacted_at="2026-11-20T08:00")
    add(home, channel="sms", text="Your parcel is waiting.", contacted_at="2026-11-20T09:00")

    stats = json.loads(ok(run("log", "stats", "--json", data_dir=home)).stdout)
    assert all(set(row) >= {"week", "verdict", "contacts"} for row in stats["by_week"])
    assert sum(row["contacts"] for row in stats["by_week"]) == 4
    per_week: dict[str, int] = {}
    for row in stats["by_week"]:
        per_week[row["week"]] = per_week.get(row["week"], 0) + row["contacts"]
    assert per_week == {"2026-11-02": 2, "2026-11-16": 2}
    assert {"week": "2026-11-02", "verdict": "likely_scam", "contacts": 2} in stats["by_week"]
    by_org = {row["organisation"]: row["contacts"] for row in stats["by_organisation"]}
    assert by_org == {"microsoft": 2, "amazon": 1}  # the SMS claimed no one

    # a contact that turned out genuine is not an impersonation
    ok(run("log", "outcome", str(genuine["id"]), "genuine", data_dir=home))
    stats = json.loads(ok(run("log", "stats", "--json", data_dir=home)).stdout)
    assert {row["organisation"]: row["contacts"] for row in stats["by_organisation"]} == {
        "microsoft": 2
    }


def test_purge_keeps_contacts_logged_recently_and_refuses_zero_days(tmp_path):
    home = tmp_path / "home"
    recent = add(home, **SCAM_CALL)
    # happened long ago, but logged just now: retention counts from logging
    long_ago = add(home, **GENUINE_EMAIL, contacted_at="2019-03-01")
    done = ok(run("log", "purge", "--older-than", "30", data_dir=home))
    assert sorted(numbers(done.stdout)) == [0, 30]  # none deleted, older than 30 days
    for days in ("0", "-3"):
        assert "day" in refused(run("log", "purge", "--older-than", days, data_dir=home))
    assert ids(search(home)) == {recent["id"], long_ago["id"]}


def test_purge_removes_contacts_logged_more_than_the_days_ago(tmp_path):
    home = tmp_path / "home"
    fresh = add(home, **SCAM_CALL)
    old = tmp_path / "old.json"
    old.write_text(
        export_document(record("old-one", "2020-01-01T00:00:00.000000Z", notes="an old case")),
        encoding="utf-8",
    )
    assert numbers(ok(run("import", str(old), data_dir=home)).stdout) == [1, 0]
    done = ok(run("log", "purge", "--older-than", "30", data_dir=home))
    assert sorted(numbers(done.stdout)) == [1, 30]  # one deleted, older than 30 days
    assert ids(search(home)) == {fresh["id"]}


# -- export and import -----------------------------------------------------------------


def test_json_export_imports_into_a_fresh_log_once(tmp_path):
    source, target = tmp_path / "source", tmp_path / "target"
    for contact in (SCAM_CALL, GENUINE_EMAIL):
        add(source, **contact)
    originals = search(source)
    exported = tmp_path / "export.json"
    document = json.loads(export_file(source, exported))
    assert document["format"] == "scamscreen-case-log"
    assert len(document["contacts"]) == 2

    done = ok(run("import", str(exported), data_dir=target))
    assert numbers(done.stdout) == [2, 0]  # added, already in the case log
    imported = {c["uid"]: c for c in search(target)}
    assert set(imported) == {o["uid"] for o in originals}
    for original in originals:
        copy = imported[original["uid"]]
        for key in ("verdict", "score", "findings", "notes", "claimed_org", "phone_e164"):
            assert copy[key] == original[key], key
    # the numbers and domains came along, so "seen before" works on the copies
    scam = next(c for c in document["contacts"] if c["claimed_org"] == "Microsoft")
    copy = show(target, imported[scam["uid"]]["id"])
    assert (
        copy["observables"] == scam["observables"] == [{"kind": "phone", "value": "+18445550199"}]
    )

    again = ok(run("import", str(exported), data_dir=target))
    assert numbers(again.stdout) == [0, 2]
    assert len(search(target)) == 2


def test_csv_export_has_the_documented_columns_and_defuses_formulas(tmp_path):
    from scamscreen.store.exchange import CSV_COLUMNS

    home = tmp_path / "home"
    scam_id = add(home, **SCAM_CALL, money_lost="12.50")["id"]
    formula = '=HYPERLINK("http://evil.example/x", "Click for refund")'
    hyperlink_id = add(home, channel="chat", text=formula)["id"]
    sum_id = add(home, channel="chat", text="@SUM(A1:A9) and -2+3")["id"]

    rows = list(csv.reader(io.StringIO(export_file(home, tmp_path / "log.csv", "csv"))))
    assert rows[0] == CSV_COLUMNS
    assert len(rows) == 1 + 3
    records = {int(row[0]): dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
    assert set(records) == {scam_id, hyperlink_id, sum_id}
    assert records[hyperlink_id]["notes"] == "'" + formula
    assert records[sum_id]["notes"] == "'@SUM(A1:A9) and -2+3"
    scam = records[scam_id]
    assert scam["phone"] == "+1 844 555 0199"  # a plain number is not a formula
    assert scam["money_lost"] == "12.50"
    assert scam["verdict"] == "likely_scam"
    assert "remote_access_unsolicited" in scam["finding_ids"].split(";")


def test_redacted_exports_leave_out_the_users_own_details_but_keep_the_evidence(tmp_path):
    home = tmp_path / "home"
    me = ["--name", "Maria Lopez", "--email", "maria@example.com", "--phone", "555 201 3344"]
    profile = json.loads(ok(run("profile", *me, data_dir=home)).stdout)
    assert profile["user_name"] == "Maria Lopez"
    add(
        home,
        channel="email",
        claimed_org="PayPal",
        email="support@paypa1-help.com",
        text=(
            "Maria Lopez forwarded this to maria@example.com and asked us to ring her on "
            "555 201 3344. They wanted her account number 123456789012 and told her to "
            "call +1 844 555 0199 or visit paypa1-help.com."
        ),
        staff_member="Sam",
        reported_by="Maria Lopez",
    )
    plain = export_file(home, tmp_path / "plain.json")
    assert "Maria Lopez" in plain and "123456789012" in plain  # what redaction removes

    mine = ["Maria", "Lopez", "maria@example.com", "555 201 3344", "123456789012"]
    evidence = ["+1 844 555 0199", "paypa1-help.com"]
    redacted_json = json.loads(export_file(home, tmp_path / "redacted.json", "json", "--redact"))
    assert redacted_json["redacted"] is True
    contact = redacted_json["contacts"][0]
    for text in (contact["notes"], json.dumps(redacted_json)):
        assert not [m for m in mine if m in text]
    assert all(e in contact["notes"] for e in evidence)
    assert contact["email"] == "support@paypa1-help.com"
    assert contact["staff_member"] != "Sam"

    redacted_csv = export_file(home, tmp_path / "redacted.csv", "csv", "--redact")
    row = next(csv.DictReader(io.StringIO(redacted_csv)))
    assert not [m for m in mine if m in row["notes"] or m in redacted_csv]
    assert all(e in row["notes"] for e in evidence)


NOT_EXPORTS = [
    ("Hello, this is not an export.\n", ["not a ScamScreen"]),
    (
        '[{"uid": "x", "created_at": "2026-11-01", "verdict": "suspicious", "score": 1}]',
        ["not a ScamScreen"],
    ),
]


def test_import_of_something_that_is_not_an_export_changes_nothing(tmp_path):
    home = tmp_path / "home"
    kept = add(home, **SCAM_CALL)
    for number, (content, expected) in enumerate(NOT_EXPORTS):
        path = tmp_path / f"not-an-export-{number}.json"
        path.write_text(content, encoding="utf-8")
        message = refused(run("import", str(path), data_dir=home))
        assert all(part in message for part in expected), message
    assert ids(search(home)) == {kept["id"]}


def test_import_takes_the_good_rows_and_names_each_bad_one_by_its_line(tmp_path):
    home = tmp_path / "home"
    source = tmp_path / "source"
    for text in ("first good one", "second good one", "third good one"):
        add(source, **{**SCAM_CALL, "text": text})
    export = tmp_path / "export.json"
    ok(run("export", "--format", "json", "--output", str(export), data_dir=source))
    lines = export.read_text(encoding="utf-8").splitlines()
    # line 3 (the second contact) loses its verdict; line 4 is cut in half
    second = json.loads(lines[2].strip(","))  # one contact a line, "," between them
    del second["verdict"]
    lines[2] = json.dumps(second) + ","
    lines[3] = lines[3][: len(lines[3]) // 2]
    export.write_text("\n".join(lines) + "\n", encoding="utf-8")
    message = refused(run("import", str(export), data_dir=home))
    assert "line 3" in message and "verdict" in message
    assert "line 4" in message and "not valid JSON" in message
    assert [c["notes"] for c in search(home)] == ["first good one"]


def test_import_of_a_missing_file_is_a_clear_error(tmp_path):
    home = tmp_path / "home"
    message = refused(run("import", str(tmp_path / "nope.json"), data_dir=home))
    assert "nope.json" in message


@pytest.mark.parametrize(
    "document",
    [
        json.dumps({"format": "scamscreen-case-log", "version": "2", "contacts": []}),
        export_document(record(None, "2026-11-01T00:00:00Z")),
        export_document(record("findings-text", "2026-11-01T00:00:00Z", findings="abc")),
        export_document(record("bad-date", "not a date")),
    ],
    ids=["version-text", "uid-null", "findings-text", "created-not-a-date"],
)
def test_import_of_an_export_with_wrongly_typed_fields_is_refused(tmp_path, document):
    home = tmp_path / "home"
    path = tmp_path / "export.json"
    path.write_text(document, encoding="utf-8")
    refused(run("import", str(path), data_dir=home))
    assert search(home) == []


# -- backup and restore ----------------------------------------------------------------


def test_restore_brings_back_the_backup_and_keeps_a_safety_copy(tmp_path):
    home = tmp_path / "home"
    first = add(home, **SCAM_CALL)
    backup = tmp_path / "saved" / "case-log.db"
    done = ok(run("backup", "--output", str(backup), data_dir=home))
    assert backup.is_file() and str(backup) in done.stdout
    second = add(home, **GENUINE_EMAIL)

    done = ok(run("restore", str(backup), data_dir=home))
    assert ids(search(home)) == {first["id"]}
    safety = list((home / "backups").glob("before-restore-*.db"))
    assert len(safety) == 1
    assert str(safety[0]) in done.stdout

    # the safety copy undoes the restore
    ok(run("restore", str(safety[0]), data_dir=home))
    assert ids(search(home)) == {first["id"], second["id"]}


def test_restore_of_a_file_that_is_not_a_case_log_changes_nothing(tmp_path):
    home = tmp_path / "home"
    add(home, **SCAM_CALL)
    text = tmp_path / "notes.db"
    text.write_text("this is not a database\n" * 100, encoding="utf-8")
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.close()

    for path in (text, other, tmp_path / "missing.db"):
        assert path.name in refused(run("restore", str(path), data_dir=home))
    assert [c["notes"] for c in search(home)] == [SCAM_CALL["text"]]


def test_restore_of_a_backup_from_a_newer_version_leaves_the_log_usable(tmp_path):
    home = tmp_path / "home"
    add(home, **SCAM_CALL)
    backup = tmp_path / "newer.db"
    ok(run("backup", "--output", str(backup), data_dir=home))
    conn = sqlite3.connect(backup)
    with conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('scamscreen', 'm999_from_the_future', '2030-01-01')"
        )
    conn.close()
    add(home, **GENUINE_EMAIL)

    done = run("restore", str(backup), data_dir=home)
    assert done.returncode != 0 and "newer" in done.stderr
    assert len(search(home)) == 2


# -- privacy and isolation -------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_the_data_folder_and_database_are_private_to_the_user(tmp_path):
    home = tmp_path / "home"
    home.mkdir(mode=0o755)
    home.chmod(0o755)  # whatever the umask: the app must tighten it
    add(home, **SCAM_CALL)
    backup = tmp_path / "saved.db"
    ok(run("backup", "--output", str(backup), data_dir=home))

    def mode(path: Path) -> int:
        return stat.S_IMODE(path.stat().st_mode)

    assert mode(home) == 0o700
    assert mode(home / "scamscreen.db") == 0o600
    assert mode(home / "backups") == 0o700
    for path in [*home.glob("scamscreen.db-*"), *(home / "backups").iterdir(), backup]:
        assert mode(path) == 0o600, path


def test_check_never_touches_the_case_log(tmp_path):
    home = tmp_path / "home"
    env = {"SCAMSCREEN_HOME": str(home), "SCAMSCREEN_CACHE": str(tmp_path / "cache")}
    done = ok(run("check", "--json", data_dir=None, env=env, stdin=json.dumps(SCAM_CALL)))
    assert json.loads(done.stdout)["verdict"] == "likely_scam"
    ok(run("check", "--json", data_dir=home, stdin=json.dumps(SCAM_CALL)))
    assert not home.exists()
