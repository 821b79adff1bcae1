"""The known-scam lists: the file, the user's own lists, FTC imports, sources replaced
whole, lookups from many threads, and what screening makes of them."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import shutil
import sqlite3
import stat
import threading
from pathlib import Path

import pytest

from scamscreen.core.contact import parse_contact
from scamscreen.core.data import data_dir
from scamscreen.core.errors import ImportCancelled, ListError
from scamscreen.core.listvalues import MAX_NOTE, USER_LISTS, read_list_csv
from scamscreen.feeds import ftc
from scamscreen.store import lists as lists_module
from scamscreen.store.lists import LISTS_NAME, KnownLists

HEADER = (
    "Company_Phone_Number,Created_Date,Violation_Date,Consumer_City,Consumer_State,"
    "Consumer_Area_Code,Subject,Recorded_Message_Or_Robocall\n"
)
TECH = "Computer & technical support"
CORPUS = Path(__file__).resolve().parents[1] / "core" / "corpus" / "contacts.jsonl"


def report(number: str, day: str = "2026-11-02", subject: str = TECH, robocall: str = "N") -> str:
    return f"{number},{day} 09:00:00,{day} 08:30:00,,Texas,512,{subject},{robocall}\n"


def ftc_file(tmp_path: Path, *rows: str, name: str = "dnc.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def dump(lists: KnownLists) -> list[str]:
    """Every row of every table, in order: "row for row as before"."""
    conn = sqlite3.connect(lists.path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def home(tmp_path):
    return tmp_path / "home"


@pytest.fixture
def lists(home):
    with KnownLists.open(home) as opened:
        yield opened


# -- the file ------------------------------------------------------------------------------


def test_the_file_is_the_users_alone_and_uses_wal(lists, home):
    path = home / LISTS_NAME
    assert path.is_file()
    if os.name == "posix":
        assert stat.S_IMODE(home.stat().st_mode) == 0o700
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()
    assert lists._writer.execute("PRAGMA busy_timeout").fetchone()[0] == 10_000


def test_a_file_from_a_newer_version_is_refused_in_words(home):
    KnownLists.open(home).close()
    conn = sqlite3.connect(home / LISTS_NAME)
    conn.execute("PRAGMA user_version = 99")
    conn.close()

    for lookup_only in (False, True):
        with pytest.raises(ListError, match="newer version of ScamScreen") as caught:
            KnownLists.open(home, lookup_only=lookup_only)
        assert caught.value.storage


def test_a_damaged_file_is_said_in_words(home):
    home.mkdir()
    (home / LISTS_NAME).write_bytes(b"this is not a database" * 100)

    with pytest.raises(ListError, match="damaged") as caught:
        KnownLists.open(home)
    assert caught.value.storage
    with pytest.raises(ListError, match="could not be read"):
        KnownLists.open(home, lookup_only=True)


def test_lookup_only_needs_an_existing_file_and_writes_nothing(home):
    with pytest.raises(ListError, match="no known-scam lists"):
        KnownLists.open(home, lookup_only=True)
    assert not home.exists()
    KnownLists.open(home).close()
    with KnownLists.open(home, lookup_only=True) as lookup:
        with pytest.raises(ListError, match="lookups only"):
            lookup.add("number", "844 555 0199", "block")
        assert lookup.facts_for(["+18445550199"], [], {}) == set()


# -- the user's own lists ------------------------------------------------------------------


def test_add_keeps_numbers_in_e164_and_domains_registrable(lists):
    assert lists.add("number", "(844) 555-0199", "block", note="said he was Microsoft") == (
        "+18445550199"
    )
    assert lists.add("number", "020 7946 0958", "block", region="GB") == "+442079460958"
    assert lists.add("domain", "https://Microsoft.com.Help-Desk-Support.com/fix", "block") == (
        "help-desk-support.com"
    )
    assert lists.add("domain", "billing@mybank-alerts.co.uk", "block") == "mybank-alerts.co.uk"

    entries = lists.entries("block")
    assert [e["value"] for e in entries] == [
        "+18445550199",
        "+442079460958",
        "help-desk-support.com",
        "mybank-alerts.co.uk",
    ]
    assert entries[0]["note"] == "said he was Microsoft"
    assert entries[0]["source"] == "user" and entries[0]["list"] == "block"
    assert lists.count("block") == 4 and lists.count() == 4


@pytest.mark.parametrize(
    ("kind", "value", "words"),
    [
        ("number", "12", "is not a phone number that can exist"),
        ("number", "call me maybe", "is not a phone number that can exist"),
        ("domain", "localhost", "is not a web address or domain"),
        ("domain", "not a domain at all", "is not a web address or domain"),
        ("phone", "844 555 0199", "is not a kind of entry"),
    ],
)
def test_a_value_that_cannot_be_one_is_refused_in_plain_words(lists, kind, value, words):
    with pytest.raises(ListError) as caught:
        lists.add(kind, value, "block")

    assert words in str(caught.value)
    assert not caught.value.storage
    assert lists.count() == 0


def test_only_the_users_lists_can_be_edited(lists):
    with pytest.raises(ListError, match="is not a list"):
        lists.add("number", "844 555 0199", "scam")
    with pytest.raises(ListError, match="is not a list"):
        lists.remove("number", "844 555 0199", "scam")


def test_a_value_moves_between_block_and_allow_and_a_second_add_changes_the_note(lists):
    lists.add("number", "844 555 0199", "block", note="first")
    lists.add("number", "844 555 0199", "block", note="second")
    assert [(e["list"], e["note"]) for e in lists.entries()] == [("block", "second")]

    lists.add("number", "+1 844 555 0199", "allow", note="it is my bank after all")

    assert [(e["list"], e["note"]) for e in lists.entries()] == [
        ("allow", "it is my bank after all")
    ]


def test_remove_says_whether_it_was_there(lists):
    lists.add("domain", "help-desk-support.com", "block")

    assert lists.remove("domain", "https://help-desk-support.com/x", "block") is True
    assert lists.remove("domain", "help-desk-support.com", "block") is False
    assert lists.remove("number", "not a number", "block") is False


def test_notes_are_cleaned_and_bounded(lists):
    lists.add("number", "844 555 0199", "block", note="line\x00one\x1b" + "x" * 2000)

    note = lists.entries()[0]["note"]
    assert "\x00" not in note and "\x1b" not in note
    assert len(note) == MAX_NOTE


def test_entries_search_filters_and_pages(lists):
    for n in range(30):
        lists.add("number", f"202 555 01{n:02d}", "block", note=f"caller {n}")
    lists.add("domain", "help-desk-support.com", "allow", note="our IT desk")

    assert lists.count("block") == 30
    assert [e["value"] for e in lists.entries(search="(202) 555-0107")] == ["+12025550107"]
    assert [e["value"] for e in lists.entries(search="IT DESK")] == ["help-desk-support.com"]
    assert lists.entries(search="100%_") == []  # LIKE's wildcards are plain characters
    assert lists.count(kind="domain") == 1
    page1 = lists.entries("block", limit=10)
    page2 = lists.entries("block", limit=10, offset=10)
    assert len(page1) == len(page2) == 10
    assert page1[-1]["value"] < page2[0]["value"]
    with pytest.raises(ListError):
        lists.entries(kind="phone")


def test_export_streams_csv_that_reads_back_as_a_list_file(lists, tmp_path):
    lists.add("number", "844 555 0199", "block", note="=HYPERLINK(evil)")
    lists.add("domain", "help-desk-support.com", "block", note="fake Geek Squad")
    target = tmp_path / "blocked.csv"

    assert lists.export_csv(target, "block") == 2

    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["number"] == "+18445550199"  # a plain number is not "protected"
    assert rows[0]["note"] == "'=HYPERLINK(evil)"  # a formula is
    assert rows[1]["kind"] == "domain" and rows[1]["origin"] == "user"
    back = read_list_csv(target)
    assert [r[:2] for r in back.rows] == [
        ("number", "+18445550199"),
        ("domain", "help-desk-support.com"),
    ]
    out = io.StringIO()
    assert lists.export_csv(out) == 2
    assert not (tmp_path / "blocked.csv.part").exists()


def test_export_a_line_break_cannot_start_a_formula(lists, tmp_path, spreadsheet_rows, formulas):
    """Issue 12: a bare CR inside a note was written unquoted, so a spreadsheet began a
    new row there whose first cell was a formula."""
    lists.add("number", "844 555 0199", "block", note="refund\r=cmd|' /C calc'!A0")
    lists.add("number", "844 555 0198", "block", note="a\u2028@SUM(1) b\x85+2")
    lists.add("domain", "help-desk-support.com", "block", note="x\n-1+1")
    target = tmp_path / "blocked.csv"
    assert lists.export_csv(target, "block") == 3
    rows = spreadsheet_rows(target.read_text(encoding="utf-8"))
    assert len({len(row) for row in rows}) == 1 and len(rows) == 4  # no cell was split
    assert formulas(rows) == []
    back = read_list_csv(target)
    assert len(back.rows) == 3 and back.problem_count == 0  # and it reads back whole


# -- FTC imports ---------------------------------------------------------------------------


def test_an_ftc_import_adds_and_a_later_one_brings_numbers_up_to_date(lists, tmp_path):
    first = ftc_file(
        tmp_path,
        report("8445550199", "2026-10-30"),
        report("8445550199", "2026-10-31"),
        report("2025550143", "2026-10-01", subject="Dropped call or no message"),
        name="day1.csv",
    )
    second = ftc_file(
        tmp_path,
        report("8445550199", "2026-11-02", robocall="Y"),
        report("8885550123", "2026-11-02"),
        name="day2.csv",
    )

    one = ftc.import_file(lists, first)
    two = ftc.import_file(lists, second)

    assert (one.rows, one.numbers, one.added, one.updated) == (3, 2, 2, 0)
    assert (two.rows, two.numbers, two.added, two.updated) == (2, 2, 1, 1)
    entry = lists.entries(search="8445550199")[0]
    assert (entry["reports"], entry["first_seen"], entry["last_seen"]) == (
        3,
        "2026-10-30",
        "2026-11-02",
    )
    assert entry["robocall"] is True and entry["subject"] == TECH
    assert entry["list"] == "scam" and entry["source"] == "ftc"
    summary = lists.summary()
    assert summary["lists"]["scam"] == {"ftc": 3}
    assert summary["last_import"]["file"] in {"day1.csv", "day2.csv"}


def test_the_same_file_twice_changes_nothing(lists, tmp_path):
    path = ftc_file(tmp_path, report("8445550199"))
    ftc.import_file(lists, path)
    before = dump(lists)

    again = ftc.import_file(lists, path)

    assert again.already_imported
    assert dump(lists) == before
    assert lists.entries()[0]["reports"] == 1


def test_bad_lines_are_reported_and_the_rest_imported(lists, tmp_path):
    path = ftc_file(tmp_path, report("8445550199"), report("0000"), "junk\n", report("2025550143"))

    done = ftc.import_file(lists, path)

    assert done.added == 2
    assert [n for n, _ in done.problems] == [3, 4]
    assert done.problem_count == 2


def test_a_wrong_file_changes_nothing(lists, tmp_path):
    lists.add("number", "844 555 0199", "block")
    before = dump(lists)
    path = tmp_path / "cases.csv"
    path.write_text("id,uid,contacted_at\n1,abc,2026-11-02\n", encoding="utf-8")

    with pytest.raises(ListError, match="has no column Company_Phone_Number"):
        ftc.import_file(lists, path)

    assert dump(lists) == before


def test_cancelling_while_reading_leaves_the_lists_as_they_were(lists, tmp_path, monkeypatch):
    monkeypatch.setattr(ftc, "BLOCK_BYTES", 2048)
    ftc.import_file(lists, ftc_file(tmp_path, report("8445550199"), name="earlier.csv"))
    lists.add("domain", "help-desk-support.com", "block")
    before, file_before = dump(lists), digest(lists.path)
    path = ftc_file(tmp_path, *(report(f"20255501{n:02d}") for n in range(100)))
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) == 3  # half-way through the file

    with pytest.raises(ImportCancelled, match="as they were"):
        ftc.import_file(lists, path, cancelled=cancelled)

    assert dump(lists) == before
    assert digest(lists.path) == file_before
    assert ftc.import_file(lists, path).added == 100  # and it can be imported after all


def test_cancelling_while_writing_rolls_everything_back(lists, tmp_path, monkeypatch):
    monkeypatch.setattr(lists_module, "BATCH", 10)
    ftc.import_file(lists, ftc_file(tmp_path, report("8445550199"), name="earlier.csv"))
    before, file_before = dump(lists), digest(lists.path)
    path = ftc_file(
        tmp_path, report("8445550199"), *(report(f"20255501{n:02d}") for n in range(95))
    )
    parsed_once = []

    def progress(rows: int, done: int, total: int) -> None:
        parsed_once.append(done == total)

    writes = []

    def cancelled() -> bool:
        if not parsed_once or not parsed_once[-1]:
            return False  # still reading
        writes.append(1)
        return len(writes) == 5  # four batches of ten rows written, then Cancel

    with pytest.raises(ImportCancelled):
        ftc.import_file(lists, path, progress=progress, cancelled=cancelled)

    assert dump(lists) == before
    assert digest(lists.path) == file_before
    assert lists.entries(search="8445550199")[0]["reports"] == 1


def test_progress_is_called_up_to_the_whole_file(lists, tmp_path, monkeypatch):
    monkeypatch.setattr(ftc, "BLOCK_BYTES", 1024)
    path = ftc_file(tmp_path, *(report(f"20255501{n:02d}") for n in range(100)))
    calls = []

    ftc.import_file(lists, path, progress=lambda *a: calls.append(a))

    assert len(calls) >= 5
    assert calls[-1] == (100, path.stat().st_size, path.stat().st_size)


# -- sources replaced whole ----------------------------------------------------------------


def test_replace_source_replaces_one_source_only_and_atomically(lists):
    lists.add("number", "844 555 0199", "block")
    rows = [
        ("number", "+1 888 555 0123", "https://example.org/alert", "fake refund desk"),
        (
            "domain",
            "https://help-desk-support.com/x",
            "https://example.org/alert",
            "",
            12,
            "2026-11-02",
            TECH,
        ),
    ]

    assert lists.replace_source("team:Help desk", rows) == 2
    assert lists.replace_source("feed", [("number", "+18005550000", "", "")]) == 1
    assert lists.replace_source("team:Help desk", rows[:1]) == 1

    scam = {(e["source"], e["value"]) for e in lists.entries("scam")}
    assert scam == {("team:Help desk", "+18885550123"), ("feed", "+18005550000")}
    assert lists.count("block") == 1
    assert "team:Help desk" in lists.summary()["sources_replaced"]


def test_a_bad_row_in_a_replacement_changes_nothing(lists):
    lists.replace_source("feed", [("number", "+18885550123", "", "")])
    before = dump(lists)

    with pytest.raises(ListError, match="Row 2 of the list") as caught:
        lists.replace_source("feed", [("number", "+18005550000", "", ""), ("number", "12", "", "")])

    assert "Nothing was changed" in str(caught.value)
    assert dump(lists) == before


@pytest.mark.parametrize("source", ["user", "ftc", "nobody", "team:", "team:\x00x", ""])
def test_replace_source_refuses_sources_it_does_not_own(lists, source):
    with pytest.raises(ListError):
        lists.replace_source(source, [])


def test_replace_source_takes_a_generator_of_a_hundred_thousand_rows(lists):
    rows = (("number", f"+1202{n:07d}", "", "") for n in range(2_000_000, 2_100_000))

    assert lists.replace_source("feed", rows) == 100_000
    assert lists.count("scam") == 100_000


def test_the_shipped_seed_reads_without_a_problem():
    for path in sorted((data_dir() / "known-scams").glob("*.csv")):
        parsed = read_list_csv(path)
        assert parsed.problems == [], path


def test_the_seed_is_copied_in_and_kept_in_step_with_the_data(home, tmp_path, monkeypatch):
    data = tmp_path / "data"
    shutil.copytree(data_dir(), data)
    monkeypatch.setenv("SCAMSCREEN_DATA", str(data))
    seed = data / "known-scams" / "seed.csv"
    seed.write_text(
        "number,source,note\n+1 888 555 0123,https://example.org/alert,fake refund desk\n",
        encoding="utf-8",
    )
    with KnownLists.open(home) as lists:
        assert [(e["source"], e["value"], e["reference"]) for e in lists.entries()] == [
            ("seed", "+18885550123", "https://example.org/alert")
        ]
    seed.write_text("number,source,note\n", encoding="utf-8")
    with KnownLists.open(home) as lists:
        assert lists.count() == 0


def test_list_files_name_their_bad_lines(tmp_path):
    path = tmp_path / "team.csv"
    path.write_text(
        "# our help desk's list\n"
        "Number,Source,Note,Reports,Last_Seen\n"
        "844 555 0199,https://example.org,fake Microsoft,3,2026-11-02\n"
        "12,https://example.org,too short,,\n"
        "help-desk-support.com,https://example.org,a site,,\n"
        "888 555 0123,https://example.org,,many,\n"
        "888 555 0124,https://example.org,,,02/11/2026\n",
        encoding="utf-8",
    )

    parsed = read_list_csv(path)

    assert parsed.rows == [
        ("number", "+18445550199", "https://example.org", "fake Microsoft", 3, "2026-11-02", ""),
        ("domain", "help-desk-support.com", "https://example.org", "a site", 0, None, ""),
    ]
    assert [n for n, _ in parsed.problems] == [4, 6, 7]
    with pytest.raises(ListError, match="needs the columns"):
        read_list_csv(io.StringIO("phone,comment\n1,2\n"))


# -- screening with the lists --------------------------------------------------------------


@pytest.fixture
def screener_with(screener, lists):
    """The session's screener with these lists attached (and detached again)."""
    screener.known_scams = lists
    try:
        yield screener
    finally:
        screener.known_scams = None


def screen(screener, **fields):
    return screener.screen(parse_contact(fields))


def ids(result) -> list[str]:
    return [f.id for f in result.findings]


def test_a_reported_tech_support_number_reads_like_a_report(screener_with, lists, tmp_path):
    rows = [report("8445550199", "2026-10-01")] * 213 + [report("8445550199", "2026-11-02")]
    ftc.import_file(lists, ftc_file(tmp_path, *rows))

    result = screen(screener_with, channel="phone_inbound", phone="+1 844 555 0199")

    finding = next(f for f in result.findings if f.id == "known_number_tech_support")
    assert finding.title == (
        "This number was reported 214 times, last on 2026-11-02, as tech support"
    )
    assert "+1 844-555-0199 is in the FTC's Do Not Call complaints" in finding.detail
    assert finding.severity == "high"
    assert result.verdict in ("suspicious", "likely_scam")
    values = result.analysis.values
    assert (values["known_reports"], values["known_last_seen"], values["known_subject"]) == (
        "214",
        "2026-11-02",
        TECH,
    )


def test_a_number_reported_about_something_else_is_a_milder_finding(screener_with, lists, tmp_path):
    medical = report("2025550143", subject="Medical & prescriptions")
    ftc.import_file(lists, ftc_file(tmp_path, medical))

    result = screen(screener_with, channel="phone_inbound", phone="202 555 0143")

    assert "known_number_reported" in ids(result)
    assert "known_number_tech_support" not in ids(result)
    finding = next(f for f in result.findings if f.id == "known_number_reported")
    assert finding.title == (
        "This number was reported once, on 2026-11-02, about \u201cMedical & prescriptions\u201d"
    )


def test_team_and_seed_entries_without_counts_read_as_listed(screener_with, lists):
    lists.replace_source("team:Help desk", [("number", "+18885550123", "", "")])

    result = screen(screener_with, channel="sms", text="Call us now on 888-555-0123")

    finding = next(f for f in result.findings if f.id == "known_number_reported")
    assert finding.title == "This number was listed as a scam"
    assert "your team's list \u201cHelp desk\u201d" in finding.detail


def test_a_reported_domain_in_a_link_or_email(screener_with, lists):
    lists.replace_source(
        "feed",
        [("domain", "help-desk-support.com", "https://example.org", "", 9, "2026-11-01", "")],
    )

    result = screen(
        screener_with, channel="email", text="Renew at https://secure.help-desk-support.com/pay"
    )

    finding = next(f for f in result.findings if f.id == "known_domain_reported")
    assert finding.title == "This web address was reported 9 times, last on 2026-11-01"
    assert "help-desk-support.com is in the known-scam list of your ScamScreen updates" in (
        finding.detail
    )


def test_the_companys_own_number_is_not_held_against_it(screener, screener_with, lists, tmp_path):
    """Scammers spoof real support numbers, and people then report those: calling the
    number a company's own page gives is still the right thing to do."""
    contact = {"channel": "phone_outbound", "claimed_org": "Microsoft", "phone": "+1 800 642 7676"}
    screener.known_scams = None
    without = screen(screener, **contact)
    screener.known_scams = lists
    ftc.import_file(lists, ftc_file(tmp_path, report("8006427676")))

    with_report = screen(screener_with, **contact)

    if "phone:official_for_claimed" in with_report.analysis.facts:
        assert "known_number_tech_support" not in ids(with_report)
        assert with_report.score == without.score


def test_a_blocked_number_is_a_strong_finding_with_the_users_note(screener_with, lists):
    lists.add("number", "844 555 0199", "block", note="the fake Norton man")

    result = screen(screener_with, channel="phone_inbound", phone="844-555-0199")

    finding = next(f for f in result.findings if f.id == "blocked_number")
    assert (
        "+1 844-555-0199 is on your own block list (your note: \u201cthe fake Norton man\u201d)"
        in (finding.detail)
    )
    assert result.verdict != "no_red_flags"


def test_an_allowed_number_never_clears_an_incoming_call(screener, screener_with, lists):
    """Caller ID can be spoofed: an allow-listed number calling and asking for remote
    access is still a likely scam, and the finding says why."""
    call = {
        "channel": "phone_inbound",
        "claimed_org": "Microsoft",
        "phone": "+1 844 555 0199",
        "text": "He said my computer has a virus and told me to download AnyDesk.",
    }
    screener.known_scams = None
    without = screen(screener, **call)
    screener.known_scams = lists
    lists.add("number", "+1 844 555 0199", "allow", note="my nephew's shop")

    result = screen(screener_with, **call)

    assert result.verdict == "likely_scam"
    assert result.score == without.score
    finding = next(f for f in result.findings if f.id == "allowed_number_can_be_faked")
    assert "caller ID can be faked" in finding.title
    assert finding.weight == 0
    assert "allowed_number" not in ids(result)


def test_an_allowed_number_the_user_called_lowers_the_risk(screener, screener_with, lists):
    call = {
        "channel": "phone_outbound",
        "phone": "+1 844 555 0199",
        "text": "They said they would need to connect to my computer to fix the printer.",
    }
    screener.known_scams = None
    without = screen(screener, **call)
    screener.known_scams = lists
    lists.add("number", "+1 844 555 0199", "allow", note="my IT company")

    result = screen(screener_with, **call)

    assert "allowed_number" in ids(result)
    assert result.score < without.score or without.score == 0
    finding = next(f for f in result.findings if f.id == "allowed_number")
    assert "(your note: \u201cmy IT company\u201d)" in finding.detail


def test_an_allowed_number_still_counts_its_reports_when_they_called(
    screener_with, lists, tmp_path
):
    ftc.import_file(lists, ftc_file(tmp_path, report("8445550199")))
    lists.add("number", "+1 844 555 0199", "allow")

    called_them = screen(screener_with, channel="phone_outbound", phone="+1 844 555 0199")
    they_called = screen(screener_with, channel="phone_inbound", phone="+1 844 555 0199")

    assert "known_number_tech_support" not in ids(called_them)
    assert "known_number_tech_support" in ids(they_called)


def test_allowed_and_blocked_domains(screener_with, lists):
    lists.add("domain", "mybank.com", "allow")
    lists.add("domain", "help-desk-support.com", "block")

    went = screen(
        screener_with, channel="web", initiated_by="user", url="https://www.mybank.com/login"
    )
    mail = screen(screener_with, channel="email", email="alerts@mybank.com", text="Sign in now")
    bad = screen(screener_with, channel="email", text="Go to help-desk-support.com now")

    assert "allowed_domain" in ids(went)
    assert "allowed_domain_can_be_faked" in ids(mail) and "allowed_domain" not in ids(mail)
    assert "blocked_domain" in ids(bad)


def test_one_query_answers_for_every_number_and_domain_of_a_contact(screener_with, lists):
    lists.add("number", "844 555 0199", "block")
    statements: list[str] = []
    reader = lists._reader()
    reader.set_trace_callback(statements.append)
    try:
        screen(
            screener_with,
            channel="email",
            phone="+1 844 555 0199",
            email="x@help-desk-support.com",
            text="Call 888-555-0123 or visit https://fix-my-pc-now.com or a@b-support.net",
        )
    finally:
        reader.set_trace_callback(None)

    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 1
    assert "WHERE value IN" in selects[0]


def test_empty_lists_change_no_verdict_of_the_corpus(screener_with):
    for raw in CORPUS.read_text(encoding="utf-8").splitlines():
        case = json.loads(raw)
        result = screener_with.screen(parse_contact(case["contact"]))
        assert result.verdict == case["expect"], case["case"]


def test_a_lookup_that_fails_finds_nothing_instead_of_stopping_screening(home):
    KnownLists.open(home).close()
    lookup = KnownLists.open(home, lookup_only=True)
    lookup.close()

    assert lookup.facts_for(["+18445550199"], [], {}) == set()
    assert lookup.last_error


# -- threads -------------------------------------------------------------------------------


def test_lookups_from_many_threads_while_another_thread_writes(lists):
    lists.add("number", "202 555 0100", "block")
    errors: list[BaseException] = []
    seen: list[set[str]] = []
    start = threading.Barrier(9)

    def look() -> None:
        try:
            start.wait()
            for _ in range(200):
                values: dict[str, str] = {}
                facts = lists.facts_for(["+12025550100", "+18445550199"], [], values)
                seen.append(facts)
                assert "phone:blocked_by_user" in facts
                assert lists.last_error is None
        except BaseException as exc:  # reported to the main thread
            errors.append(exc)

    def write() -> None:
        try:
            start.wait()
            for _ in range(50):
                lists.add("number", "844 555 0199", "block")
                lists.remove("number", "844 555 0199", "block")
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=look) for _ in range(8)] + [threading.Thread(target=write)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert len(seen) == 1600
    assert len(lists._readers) <= 9  # one reader per thread, not one per lookup


# -- the benchmark -------------------------------------------------------------------------


def test_the_benchmark_runs_at_the_smallest_size(capsys):
    """benchmarks/lists.py still runs (import and lookup, at a tiny size; nothing here
    looks at a time: the benchmark itself judges those)."""
    import importlib.util
    import sys

    path = Path(__file__).resolve().parents[2] / "benchmarks" / "lists.py"
    spec = importlib.util.spec_from_file_location("bench_lists", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
        failed = module.bench_lists(2_000, 2_000, 1, ("import", "lookup"))
    finally:
        sys.modules.pop(spec.name, None)

    assert isinstance(failed, list)
    out = capsys.readouterr().out
    assert "FTC import of 2,000 lines" in out
    assert "screening with 2,000 known numbers" in out


def test_the_words_of_a_list_finding_follow_the_language():
    from scamscreen.core.i18n import set_language
    from scamscreen.core.listfacts import reported_words, source_words

    try:
        set_language("es")
        words = reported_words(214, "2026-11-02", "Computer & technical support")
        assert words == "denunciado 214 veces, la última el 2026-11-02, como falso soporte técnico"
        assert source_words("team:helpdesk") == "la lista de su equipo «helpdesk»"
    finally:
        set_language("en")
    assert reported_words(214, "2026-11-02", "Computer & technical support") == (
        "reported 214 times, last on 2026-11-02, as tech support"
    )


def test_a_lookup_that_fails_is_said_in_the_verdict_not_swallowed(screener, home):
    KnownLists.open(home).close()
    lookup = KnownLists.open(home, lookup_only=True)
    lookup.close()  # every lookup now fails
    contact = parse_contact({"channel": "phone_inbound", "phone": "+1 844 555 0199"})
    screener.known_scams = lookup
    try:
        result = screener.screen(contact)
    finally:
        screener.known_scams = None
    assert result.warnings and "scam lists could not be read" in result.warnings[0]
    assert result.to_dict()["warnings"] == list(result.warnings)
    assert "lists:unreadable" in result.analysis.facts
    plain = screener.screen(contact)
    assert plain.warnings == () and plain.to_dict()["warnings"] == []


def test_the_workspace_names_the_lists_as_the_lists_do():
    from scamscreen import workspace
    from scamscreen.core.phone import DEFAULT_REGION

    assert workspace.USER_LISTS == USER_LISTS
    assert workspace.LISTS_FILE == lists_module.LISTS_NAME
    assert workspace.DEFAULT_REGION == DEFAULT_REGION
