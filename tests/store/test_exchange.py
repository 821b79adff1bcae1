"""Export, import and redaction."""

from __future__ import annotations

import csv
import io
import json

import pytest

from scamscreen.store import CaseLog, StoreError
from scamscreen.store.exchange import (
    CSV_COLUMNS,
    REDACTED,
    Redactor,
    export_csv,
    export_json,
    import_file,
)

SCAM = {
    "channel": "phone_inbound",
    "claimed_org": "Microsoft",
    "phone": "+1 844 555 0199",
    "text": "He knew my name, Maria Lopez, and my email maria.lopez@example.org. "
    "He read my account number 123456789012 and card 4111 1111 1111 1111. "
    "Call me back on 555-201-3344 he said. Then call his line 1-844-555-0199.",
}


def test_json_export_imports_again_and_twice_adds_nothing(tmp_path, log, save):
    ids = [save(**SCAM), save(channel="sms", text="Reply YES or NO")]
    log.set_step(ids[0], "verify", "hang_up", True)
    path = tmp_path / "export.json"
    with path.open("w", encoding="utf-8") as out:
        assert export_json(log, out) == 2
    with CaseLog.open(tmp_path / "other") as other:
        assert import_file(other, path)[:2] == (2, 0)
        assert import_file(other, path) == (0, 2, [])
        mine = {r["uid"]: r for r in log.iter_all()}
        theirs = {r["uid"]: r for r in other.iter_all()}
        assert mine.keys() == theirs.keys()
        for uid, row in mine.items():
            for key in ("verdict", "score", "findings", "notes", "phone_e164", "requests"):
                assert theirs[uid][key] == row[key]
        # observables came along: "seen before" works on the imported log
        copy = next(r for r in other.iter_all() if r["phone"])
        assert other.get(copy["id"])["observables"]


def test_csv_has_its_documented_columns_and_no_formulas(log, save):
    save(**SCAM)
    save(channel="email", text='=HYPERLINK("http://evil.example","click")')
    out = io.StringIO()
    assert export_csv(log, out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == CSV_COLUMNS
    assert any(r["notes"].startswith("'=HYPERLINK") for r in rows)
    assert {r["phone_e164"] for r in rows} >= {"+18445550199"}  # a number is not a formula


def test_redaction_removes_the_users_details_and_keeps_the_evidence(log, save):
    log.set_setting("user_name", "Maria Lopez")
    log.set_setting("user_email", "maria.lopez@example.org")
    log.set_setting("user_phone", "(555) 201-3344")
    save(extra={"staff_member": "Ana", "reported_by": "Maria"}, **SCAM)
    for writer in (export_json, export_csv):
        out = io.StringIO()
        writer(log, out, redact=True)
        text = out.getvalue()
        for private in (
            "Maria",
            "Lopez",
            "maria.lopez@example.org",
            "123456789012",
            "4111 1111 1111 1111",
            "555-201-3344",
            "Ana",
        ):
            assert private not in text, (writer.__name__, private)
        assert REDACTED in text
        assert "1-844-555-0199" in text and "+18445550199" in text


def test_the_redactor_on_its_own():
    redactor = Redactor("Maria Lopez", "maria@example.org", "+1 555 201 3344")
    text = (
        "maria said MARIA@example.org; call 555.201.3344 or +1 (555) 201-3344; "
        "acct # 0012-3456-78; the scammer: 1-844-555-0199"
    )
    cleaned = redactor.text(text)
    assert "maria" not in cleaned.lower()
    assert "201" not in cleaned
    assert "0012-3456-78" not in cleaned
    assert "1-844-555-0199" in cleaned
    assert Redactor(None, None, None).text("nothing to hide") == "nothing to hide"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("just some text", "not a ScamScreen case-log export"),
        ("[1, 2, 3]", "not a ScamScreen case-log export"),
        (json.dumps({"format": "scamscreen-case-log", "version": 99, "contacts": []}), "newer"),
        (json.dumps({"format": "scamscreen-case-log", "version": "1", "contacts": []}), "version"),
    ],
)
def test_a_file_that_is_not_an_export_changes_nothing(tmp_path, log, save, content, message):
    save(**SCAM)
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(StoreError, match=message):
        import_file(log, path)
    assert log.count() == 1


def test_good_rows_go_in_and_each_bad_row_is_reported_with_its_line(tmp_path, log, save):
    save(**SCAM)
    out = io.StringIO()
    export_json(log, out)
    data = json.loads(out.getvalue())
    good = dict(data["contacts"][0], uid="fresh-one")
    no_verdict = {k: v for k, v in data["contacts"][0].items() if k != "verdict"}
    no_verdict["uid"] = "fresh-two"
    bad_score = dict(data["contacts"][0], uid="fresh-three", score=500)
    bad_type = dict(data["contacts"][0], uid="fresh-four", findings="abc")
    data["contacts"] = [good, no_verdict, bad_score, bad_type]
    path = tmp_path / "mixed.json"
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")  # pretty-printed
    report = import_file(log, path)
    assert (report.added, report.already) == (1, 0)
    assert len(report.problems) == 3
    assert all(p.startswith("line ") for p in report.problems)
    assert "verdict" in report.problems[0] and "score" in report.problems[1]
    assert "findings" in report.problems[2]
    lines = path.read_text(encoding="utf-8").splitlines()
    for problem in report.problems:  # the line named is where that contact starts
        number = int(problem.split()[1].rstrip(":"))
        assert lines[number - 1].strip().startswith("{")
    assert log.count() == 2


def test_a_damaged_line_does_not_stop_the_others(tmp_path, log, save):
    for text in ("one", "two", "three"):
        save(**{**SCAM, "text": text})
    out = io.StringIO()
    export_json(log, out)
    lines = out.getvalue().splitlines()
    lines[2] = lines[2][:40]  # the second contact, cut short
    path = tmp_path / "damaged.json"
    path.write_text("\n".join(lines), encoding="utf-8")
    with CaseLog.open(tmp_path / "other") as other:
        report = import_file(other, path)
        assert (report.added, report.already) == (2, 0)
        assert report.problems[0].startswith("line 3: not valid JSON")
        assert sorted(r["notes"] for r in other.iter_all()) == ["one", "three"]


def test_csv_a_line_break_cannot_start_a_formula(log, save, spreadsheet_rows, formulas):
    """Issue 12: a bare CR is not quoted by a writer whose line end is LF, so a
    spreadsheet starts a new row at it, and that row's first cell was a formula."""
    save(channel="email", text="refund\r=cmd|' /C calc'!A0")
    save(channel="sms", text="hello", extra={"staff_member": "\r=1+1"})
    save(
        channel="sms",
        text="a\u2028=1+1 b\x0b@SUM(1) c\x85+2 d\x0c-3 e\u2029=4",
        extra={"ticket_ref": " \t=2+2", "reported_by": "\n-1+1"},
    )
    out = io.StringIO()
    assert export_csv(log, out) == 3
    rows = spreadsheet_rows(out.getvalue())
    assert [len(row) for row in rows] == [len(CSV_COLUMNS)] * 4  # no cell was split
    assert formulas(rows) == []
    staff = [row[CSV_COLUMNS.index("staff_member")] for row in rows[1:]]
    assert "'\r=1+1" in staff  # kept whole, guarded
