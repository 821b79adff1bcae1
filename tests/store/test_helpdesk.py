"""For help desks: the numbers and domains seen more than once this week, and the CSV
export's columns, which must match their documentation (README and docs/helpdesk-csv.md)."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from scamscreen.store.exchange import CSV_COLUMNS, export_csv

ROOT = Path(__file__).resolve().parents[2]
NUMBER = "+1 844 555 0199"


def at(days_ago: float) -> str:
    return (datetime.now(UTC) - timedelta(days=days_ago)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def test_a_number_seen_twice_this_week_is_listed(log, save):
    newest = at(1)
    save({"contacted_at": newest}, channel="phone_inbound", phone=NUMBER, text="AnyDesk")
    save({"contacted_at": at(3)}, channel="popup", text=f"VIRUS! Call {NUMBER} now")
    save({"contacted_at": at(2)}, channel="email", text="visit https://fix-pc-now.example")
    repeated = log.repeated_since(7)
    assert [(r["kind"], r["value"], r["contacts"]) for r in repeated] == [
        ("phone", "+18445550199", 2)
    ]
    assert repeated[0]["last_seen"] == newest


def test_older_contacts_do_not_count_and_domains_are_listed_too(log, save):
    save({"contacted_at": at(20)}, channel="phone_inbound", phone=NUMBER)
    save({"contacted_at": at(1)}, channel="phone_inbound", phone=NUMBER)
    save({"contacted_at": at(1)}, channel="email", text="Go to https://fix-pc-now.com/a")
    save({"contacted_at": at(2)}, channel="sms", text="Pay at https://fix-pc-now.com/b")
    assert [(r["kind"], r["value"]) for r in log.repeated_since(7)] == [
        ("domain", "fix-pc-now.com")
    ]
    assert len(log.repeated_since(30)) == 2


def test_an_empty_log_repeats_nothing(log):
    assert log.repeated_since(7) == []


# -- the CSV columns and their documentation -----------------------------------------------


def readme_columns() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(r"CSV exports have these columns, in this order: (`[^(]*`)", text)
    assert found, "the README no longer lists the CSV columns"
    return [c.strip() for c in found.group(1).replace("\n", " ").strip("`").split(",")]


def documented_columns() -> list[str]:
    text = (ROOT / "docs" / "helpdesk-csv.md").read_text(encoding="utf-8")
    return re.findall(r"^\| \d+ \| `([a-z_0-9]+)` \|", text, re.MULTILINE)


def test_the_csv_columns_match_the_readme_and_the_help_desk_documentation():
    assert readme_columns() == CSV_COLUMNS
    assert documented_columns() == CSV_COLUMNS


def test_the_export_writes_the_documented_columns_in_order(log, save):
    save({"ticket_ref": "HD-1042", "staff_member": "Ana"}, channel="popup", text="Call now")
    out = io.StringIO()
    export_csv(log, out)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0] == documented_columns()
    record = dict(zip(rows[0], rows[1], strict=True))
    assert record["ticket_ref"] == "HD-1042" and record["staff_member"] == "Ana"
