"""Reading the FTC's Do Not Call reported-calls CSV: one row per number, every bad line
named by its number, every bad file refused in words, never a traceback."""

from __future__ import annotations

import io
import zipfile

import phonenumbers
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scamscreen.core import phone as phones
from scamscreen.core.errors import ImportCancelled, ListError
from scamscreen.core.listfacts import is_tech_support
from scamscreen.feeds import ftc

HEADER = (
    "Company_Phone_Number,Created_Date,Violation_Date,Consumer_City,Consumer_State,"
    "Consumer_Area_Code,Subject,Recorded_Message_Or_Robocall\n"
)
TECH = "Computer & technical support"
DEBT = '"Reducing your debt (credit cards, mortgage, student loans)"'


def line(number: str, day: str = "2026-11-02", subject: str = TECH, robocall: str = "N") -> str:
    return f"{number},{day} 09:00:00,{day} 08:30:00,Austin,Texas,512,{subject},{robocall}\n"


def write(tmp_path, text: str | bytes, name: str = "dnc.csv"):
    path = tmp_path / name
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8", newline="")
    else:
        path.write_bytes(text)
    return path


def by_number(parsed: ftc.Parsed) -> dict[str, tuple]:
    return {row[0]: row[1:] for row in parsed.numbers}


def test_reports_are_added_up_per_number(tmp_path):
    path = write(
        tmp_path,
        HEADER
        + line("8445550199", "2026-10-30")
        + line("8445550199", "2026-11-02", robocall="Y")
        + line("18445550199", "2026-10-01", subject=DEBT)  # the same number, with its 1
        + line("2025550143", "2026-09-09", subject=DEBT)
        + line("", "2026-09-09"),  # the FTC's data often gives no number
    )

    parsed = ftc.read_reported_calls(path)

    assert by_number(parsed) == {
        "+18445550199": (3, "2026-10-01", "2026-11-02", TECH, 1),
        "+12025550143": (
            1,
            "2026-09-09",
            "2026-09-09",
            "Reducing your debt (credit cards, mortgage, student loans)",
            0,
        ),
    }
    assert [n[0] for n in parsed.numbers] == sorted(n[0] for n in parsed.numbers)
    assert (parsed.rows, parsed.used, parsed.blank, parsed.problem_count) == (5, 4, 1, 0)
    assert len(parsed.sha256) == 64


def test_header_names_are_matched_loosely_and_columns_may_move(tmp_path):
    path = write(
        tmp_path,
        "\ufeffsubject ,Recorded Message Or Robocall,company-phone-number,CREATED_DATE,"
        "violation_date\n"
        f"{TECH},Y,844-555-0199,2026-11-02 10:00:00,\n",
    )

    parsed = ftc.read_reported_calls(path)

    # no Violation_Date given: the report's own date stands in for it
    assert by_number(parsed) == {"+18445550199": (1, "2026-11-02", "2026-11-02", TECH, 1)}


def test_missing_columns_are_named_before_anything_is_read(tmp_path):
    path = write(tmp_path, "number,date,what\n8445550199,2026-11-02,scam\n")

    with pytest.raises(ListError) as caught:
        ftc.read_reported_calls(path)

    message = str(caught.value)
    assert "not the FTC's Do Not Call reported-calls data" in message
    assert "Company_Phone_Number" in message and "Subject" in message
    assert "number, date, what" in message  # what the file has instead
    assert "Nothing was imported" in message


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "is empty"),
        (b"\x00\x01\x02\xff\xfe binary \x00 junk\n" * 50, "binary data"),
        (bytes(range(256)) * 40, "not a CSV text file"),
        (b"\xff\xfeC\x00o\x00m\x00", "UTF-16"),
        (b"%PDF-1.7\n", "PDF"),
        (b"\x1f\x8b\x08\x00", "compressed"),
    ],
)
def test_a_file_that_is_not_csv_text_gets_a_whole_file_message(tmp_path, content, words):
    path = write(tmp_path, content)

    with pytest.raises(ListError) as caught:
        ftc.read_reported_calls(path)

    assert words in str(caught.value)


def test_a_zip_is_recognised(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("dnc.csv", HEADER + line("8445550199"))
    path = write(tmp_path, buffer.getvalue(), "dnc.zip")

    with pytest.raises(ListError, match="ZIP archive: unpack it"):
        ftc.read_reported_calls(path)


def test_a_missing_file_is_said_in_words(tmp_path):
    with pytest.raises(ListError, match="cannot read it"):
        ftc.read_reported_calls(tmp_path / "nowhere.csv")


def test_bad_lines_in_the_middle_are_named_and_the_rest_counts(tmp_path):
    path = write(
        tmp_path,
        HEADER
        + line("8445550199")  # line 2
        + line("0000")  # 3: not a number
        + "8445550199,2026-11-02\n"  # 4: two columns
        + line("8445550199", day="yesterday")  # 5: not a date
        + "\n"  # 6: blank, ignored
        + line("2025550143")  # 7
        + line("8445550199"),  # 8
    )

    parsed = ftc.read_reported_calls(path)

    assert by_number(parsed)["+18445550199"][0] == 2
    assert by_number(parsed)["+12025550143"][0] == 1
    assert [n for n, _ in parsed.problems] == [3, 4, 5]
    problems = dict(parsed.problems)
    assert "'0000' is not a phone number" in problems[3]
    assert "has 2 columns where the header has 8" in problems[4]
    assert "'yesterday' is not a date" in problems[5]
    assert parsed.rows == 6 and parsed.problem_count == 3


def test_nul_bytes_control_characters_and_bad_bytes_are_named_by_line(tmp_path):
    content = (
        HEADER.encode()
        + line("8445550199").encode()  # 2
        + b"84455\x0050199,2026-11-02,,,,,x,N\n"  # 3: NUL
        + b"\x81\x8d\x8f\x90\x9d\xff\xfe,,,,,,,\n"  # 4: not text in any encoding we read
        + line("2025550143").replace("Austin", "Bogot\xe1").encode("cp1252")  # 5: old encoding
        + b"\x1b[31m8445550199,,,,,,,\n"  # 6: a terminal escape
        + line("8445550199").encode()  # 7
    )
    path = write(tmp_path, content)

    parsed = ftc.read_reported_calls(path)

    assert by_number(parsed)["+18445550199"][0] == 2
    assert by_number(parsed)["+12025550143"][0] == 1  # Bogotá in Windows-1252 is still read
    problems = dict(parsed.problems)
    assert sorted(problems) == [3, 4, 6]
    assert "NUL" in problems[3] and "NUL" in problems[6]
    assert "not text" in problems[4]


def test_an_unclosed_quote_is_reported_with_the_lines_it_swallowed(tmp_path):
    path = write(
        tmp_path,
        HEADER
        + line("8445550199")  # 2
        + '2025550143,2026-11-02,,,,,"Computer & technical support,Y\n'  # 3: quote opens
        + line("2025550188")  # 4: read as part of line 3's field
        + line("8445550199", subject='tech"'),  # 5: ... until this quote closes it
    )

    parsed = ftc.read_reported_calls(path)

    assert "+12025550143" not in by_number(parsed)
    assert parsed.problems[0][0] == 3
    assert "never closed" in parsed.problems[0][1]


def test_windows_line_endings_and_us_dates_are_read(tmp_path):
    text = (HEADER + line("8445550199", day="11/2/2026") + line("8445550199")).replace("\n", "\r\n")
    parsed = ftc.read_reported_calls(write(tmp_path, text))

    assert by_number(parsed) == {"+18445550199": (2, "2026-11-02", "2026-11-02", TECH, 0)}
    assert parsed.problem_count == 0


def test_a_huge_line_is_skipped_without_being_held(tmp_path, monkeypatch):
    monkeypatch.setattr(ftc, "BLOCK_BYTES", 4096)  # the long line spans many blocks
    content = (
        HEADER
        + line("8445550199")  # 2
        + "8445550199,"
        + "x" * 100_000
        + "\n"  # 3
        + line("2025550143")  # 4
        + "9" * 50_000  # 5: and one with no line break at the very end
    )
    parsed = ftc.read_reported_calls(write(tmp_path, content))

    assert set(by_number(parsed)) == {"+18445550199", "+12025550143"}
    assert [n for n, _ in parsed.problems] == [3, 5]
    assert all("characters long" in p for _, p in parsed.problems)


def test_a_last_line_without_a_line_break_counts(tmp_path):
    parsed = ftc.read_reported_calls(write(tmp_path, HEADER + line("8445550199").rstrip("\n")))

    assert by_number(parsed)["+18445550199"][0] == 1


def test_problems_are_capped_but_all_counted(tmp_path):
    parsed = ftc.read_reported_calls(write(tmp_path, HEADER + line("123") * 250))

    assert len(parsed.problems) == ftc.MAX_PROBLEMS
    assert parsed.problem_count == 250


def test_the_most_reported_subject_wins(tmp_path):
    rows = [line("8445550199", subject=DEBT)] + [line("8445550199")] * 2
    parsed = ftc.read_reported_calls(write(tmp_path, HEADER + "".join(rows)))

    assert by_number(parsed)["+18445550199"][3] == TECH


def test_progress_is_reported_and_cancel_is_honoured(tmp_path, monkeypatch):
    monkeypatch.setattr(ftc, "BLOCK_BYTES", 1024)
    path = write(tmp_path, HEADER + line("8445550199") * 200)
    calls: list[tuple[int, int, int]] = []

    ftc.read_reported_calls(path, progress=lambda *a: calls.append(a))

    assert len(calls) > 5
    assert [c[1] for c in calls] == sorted(c[1] for c in calls)
    assert calls[-1][1] == calls[-1][2] == path.stat().st_size
    assert calls[-1][0] == 200

    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 3

    with pytest.raises(ImportCancelled):
        ftc.read_reported_calls(path, cancelled=cancelled)
    assert len(asked) == 4


@pytest.mark.parametrize(
    "subject",
    [
        "Computer & technical support",
        "Computers & technical support",
        "TECH SUPPORT",
        "tech-support",
    ],
)
def test_tech_support_is_recognised_however_it_is_spelled(subject):
    assert is_tech_support(subject)


@pytest.mark.parametrize("subject", ["", "Dropped call or no message", "Medical & prescriptions"])
def test_other_subjects_are_not_tech_support(subject):
    assert not is_tech_support(subject)


nanp = st.tuples(
    st.integers(2, 9), st.integers(0, 99), st.integers(2, 9), st.integers(0, 999_999)
).map(lambda t: f"{t[0]}{t[1]:02d}{t[2]}{t[3]:06d}")


@settings(max_examples=300, deadline=None)
@given(nanp, st.booleans())
def test_the_fast_path_agrees_with_libphonenumber(digits, with_one):
    raw = ("1" if with_one else "") + digits

    fast = ftc.nanp_e164(raw)

    assert fast == "+1" + digits
    number = phonenumbers.parse(raw, "US")
    assert fast == phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    info = phones.analyse(raw, "US")
    if info.valid:  # screening looks up exactly this form
        assert info.e164 == fast


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=20))
def test_anything_else_is_a_number_or_nothing_never_an_error(raw):
    value = ftc.normalise_number(raw)

    assert value is None or (value.startswith("+") and value[1:].isdigit())


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.binary(max_size=80) | st.text(max_size=80).map(str.encode), max_size=30))
def test_any_bytes_after_a_good_header_are_read_or_named_never_raised(tmp_path, lines):
    path = tmp_path / "fuzz.csv"
    path.write_bytes(HEADER.encode() + b"\n".join(lines))

    parsed = ftc.read_reported_calls(path)

    last_line = 1 + path.read_bytes().count(b"\n") + 1
    assert all(2 <= number <= last_line for number, _ in parsed.problems)
    assert all(isinstance(p, str) and p for _, p in parsed.problems)
    assert parsed.used + parsed.blank <= parsed.rows + 1
