"""A saved contact whose `findings` or `requests` no longer parse (issue 12) comes back
marked damaged, with what was stored kept, and never stops the rest of the log being
read, searched or exported."""

from __future__ import annotations

import csv
import io
import json

import pytest

from scamscreen.store import CaseLog
from scamscreen.store.exchange import export_csv, export_json, import_file

SCAM = {
    "channel": "phone_inbound",
    "claimed_org": "Microsoft",
    "phone": "+1 844 555 0199",
    "text": "He said my computer has a virus and told me to download AnyDesk.",
}

BROKEN = {
    "not json": ("findings", '[{"id": "remote_tool", "title": "Remote'),
    "not a list": ("findings", '{"id": "remote_tool"}'),
    "finding without an id": ("findings", '[{"title": "Remote access"}]'),
    "requests not json": ("requests", '["remote_access"'),
    "requests not names": ("requests", "[1, 2]"),
}


def damage(log: CaseLog, contact_id: int, column: str, text: object) -> None:
    with log.writing():
        log.db.execute(f"UPDATE contacts SET {column} = ? WHERE id = ?", [text, contact_id])


@pytest.mark.parametrize("case", list(BROKEN))
def test_a_row_that_does_not_parse_comes_back_marked_damaged(log, save, case):
    column, text = BROKEN[case]
    good, bad = save(**SCAM), save(**SCAM)
    damage(log, bad, column, text)

    rows = {row["id"]: row for row in log.search()}
    assert set(rows) == {good, bad}
    assert rows[bad]["damaged"] == {column: text}
    assert rows[bad][column] == []
    assert "damaged" not in rows[good] and rows[good]["findings"]
    assert log.get(bad)["damaged"] == {column: text}
    assert {row["id"] for row in log.iter_all()} == {good, bad}


def test_a_column_that_is_not_text_at_all_is_damaged_too(log, save):
    bad = save(**SCAM)
    damage(log, bad, "findings", b"\xff\xfe not utf-8")
    assert log.get(bad)["damaged"] == {"findings": repr(b"\xff\xfe not utf-8")}


def test_exports_carry_a_damaged_row_in_words_and_an_import_keeps_it(tmp_path, log, save):
    save(**SCAM)
    bad = save(**SCAM)
    broken = '[{"id": "remote_tool", "title": "Remote'
    damage(log, bad, "findings", broken)

    out = io.StringIO()
    assert export_json(log, out) == 2
    records = json.loads(out.getvalue())["contacts"]
    assert [r.get("damaged") for r in records] == [None, {"findings": broken}]
    assert records[1]["findings"] == []

    out = io.StringIO()
    assert export_csv(log, out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert "damaged" in rows[1]["finding_ids"]
    assert "could not be read" in rows[1]["finding_ids"]
    assert "remote_access_unsolicited" in rows[0]["finding_ids"].split(";")

    path = tmp_path / "export.json"
    with path.open("w", encoding="utf-8") as handle:
        export_json(log, handle)
    with CaseLog.open(tmp_path / "other") as other:
        assert import_file(other, path) == (2, 0, [])
        again = {row["uid"]: row for row in other.iter_all()}
        mine = {row["uid"]: row for row in log.iter_all()}
        assert {uid: row.get("damaged") for uid, row in again.items()} == {
            uid: row.get("damaged") for uid, row in mine.items()
        }
