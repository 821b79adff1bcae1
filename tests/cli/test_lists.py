"""The known-scam list commands (`lists import-ftc|add|remove|show|export`) and `check`
with lists, each test in its own data folder."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from scamscreen.cli import lists as lists_cli
from scamscreen.cli import run

HEADER = (
    "Company_Phone_Number,Created_Date,Violation_Date,Consumer_City,Consumer_State,"
    "Consumer_Area_Code,Subject,Recorded_Message_Or_Robocall\n"
)
TECH = "Computer & technical support"
SCAM_CALL = {
    "channel": "phone_inbound",
    "phone": "+1 844 555 0199",
    "text": "They said my computer was sending errors.",
}


def report(number: str, day: str = "2026-11-02") -> str:
    return f"{number},{day} 09:00:00,{day} 08:30:00,,Texas,512,{TECH},Y\n"


def scamscreen(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "scamscreen", "--data-dir", str(home), *args],
        input=stdin.encode(),
        capture_output=True,
        timeout=120,
    )


def rows(home: Path) -> list[tuple]:
    conn = sqlite3.connect(home / "lists.db")
    try:
        return conn.execute("SELECT * FROM entries ORDER BY value, list, source").fetchall()
    finally:
        conn.close()


@pytest.fixture
def home(tmp_path):
    return tmp_path / "home"


def test_import_ftc_imports_and_says_what_it_did(home, tmp_path):
    path = tmp_path / "DNC_Complaint_Numbers_2026-11-02.csv"
    path.write_text(HEADER + report("8445550199") * 3 + report("2025550143") + report(""))

    done = scamscreen(home, "lists", "import-ftc", str(path))

    assert done.returncode == 0, done.stderr
    out = done.stdout.decode()
    assert "5 lines, 2 numbers (2 new, 0 already listed" in out
    assert "1 reports gave no number" in out or "1 report" in out
    again = scamscreen(home, "lists", "import-ftc", str(path))
    assert again.returncode == 0
    assert b"was imported before: nothing was changed" in again.stdout


def test_bad_lines_are_named_by_line_the_rest_imported_and_the_status_is_2(home, tmp_path):
    path = tmp_path / "dnc.csv"
    path.write_text(HEADER + report("8445550199") + report("0000") + "x,y\n" + report("2025550143"))

    done = scamscreen(home, "lists", "import-ftc", str(path), "--json")

    assert done.returncode == 2
    err = done.stderr.decode()
    assert f"{path} line 3: '0000' is not a phone number (left out)" in err
    assert f"{path} line 4: has 2 columns where the header has 8 (left out)" in err
    assert "2 lines could not be imported (see above); the rest were." in err
    result = json.loads(done.stdout)
    assert (result["added"], result["left_out"]) == (2, 2)
    assert result["problems"][0] == {"line": 3, "problem": "'0000' is not a phone number"}
    assert len(rows(home)) == 2


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"id,uid,contacted_at\n1,abc,2026-11-02\n", b"has no column Company_Phone_Number"),
        (b"\x00\x01binary\x00junk" * 100, b"not a CSV text file"),
        (b"PK\x03\x04zipzipzip", b"ZIP archive"),
    ],
)
def test_a_file_that_is_not_the_ftc_format_changes_nothing(home, tmp_path, content, words):
    scamscreen(home, "lists", "add", "block", "202 555 0100")
    before = rows(home)
    path = tmp_path / "wrong.csv"
    path.write_bytes(content)

    done = scamscreen(home, "lists", "import-ftc", str(path))

    assert done.returncode == 2
    assert words in done.stderr
    assert b"Traceback" not in done.stderr
    assert rows(home) == before


def test_ctrl_c_cancels_the_import_and_leaves_the_lists_as_they_were(
    home, tmp_path, monkeypatch, capsys
):
    """The first Ctrl+C (SIGINT) asks the import to stop at its next look; the lists are
    rolled back and the status is 130."""
    from scamscreen.feeds import ftc

    assert run(["--data-dir", str(home), "lists", "add", "block", "202 555 0100"]) == 0
    before = rows(home)
    monkeypatch.setattr(ftc, "BLOCK_BYTES", 1024)
    path = tmp_path / "dnc.csv"
    path.write_text(HEADER + "".join(report(f"20255501{n:02d}") for n in range(100)))

    class Interrupting:
        def __init__(self) -> None:
            self.calls = 0

        def __call__(self, rows: int, done: int, total: int) -> None:
            self.calls += 1
            if self.calls == 2:
                signal.raise_signal(signal.SIGINT)  # as if Ctrl+C were pressed

    monkeypatch.setattr(lists_cli, "_Progress", Interrupting)
    previous = signal.getsignal(signal.SIGINT)

    status = run(["--data-dir", str(home), "lists", "import-ftc", str(path)])

    assert status == lists_cli.EXIT_CANCELLED
    err = capsys.readouterr().err
    assert "Cancelling" in err and "The import was cancelled. The lists are as they were." in err
    assert rows(home) == before
    assert signal.getsignal(signal.SIGINT) is previous


def test_progress_is_shown_to_a_person_watching(home, tmp_path, monkeypatch, capsys):
    from scamscreen.feeds import ftc

    monkeypatch.setattr(ftc, "BLOCK_BYTES", 512)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    path = tmp_path / "dnc.csv"
    path.write_text(HEADER + "".join(report(f"20255501{n:02d}") for n in range(100)))

    assert run(["--data-dir", str(home), "lists", "import-ftc", str(path)]) == 0

    err = capsys.readouterr().err
    assert "Importing: 100% (100 lines)" in err
    assert err.count("Importing:") >= 5


def test_add_show_remove_and_export(home, tmp_path):
    assert scamscreen(home, "lists", "add", "block", "(844) 555-0199", "--note", "fake MS").stdout
    added = scamscreen(home, "lists", "add", "allow", "https://www.mybank.com/login")
    assert added.returncode == 0
    assert b"mybank.com is on your allow list" in added.stdout

    shown = scamscreen(home, "lists", "show")
    assert shown.returncode == 0
    out = shown.stdout.decode()
    assert "Entries: scam: 0, block: 1, allow: 1." in out
    assert "+18445550199" in out and "\u201cfake MS\u201d" in out

    found = json.loads(
        scamscreen(home, "lists", "show", "--search", "844-555-0199", "--json").stdout
    )
    assert found["count"] == 1 and found["entries"][0]["note"] == "fake MS"

    target = tmp_path / "out.csv"
    exported = scamscreen(home, "lists", "export", "--list", "block", "--output", str(target))
    assert exported.returncode == 0
    assert target.read_text().splitlines() == [
        "number,source,note,kind,list,origin,reports,first_seen,last_seen,subject,robocall",
        "+18445550199,,fake MS,number,block,user,0,,,,",
    ]
    to_stdout = scamscreen(home, "lists", "export")
    assert to_stdout.stdout.decode().count("\n") == 3

    removed = scamscreen(home, "lists", "remove", "block", "844 555 0199")
    assert removed.returncode == 0 and b"taken off your block list" in removed.stdout
    gone = scamscreen(home, "lists", "remove", "block", "844 555 0199")
    assert gone.returncode == 2 and b"was not on your block list" in gone.stdout


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("add", "block", "12"), b"'12' is not a phone number that can exist"),
        (("add", "block", "nonsense.invalidtld"), b"is not a web address or domain"),
        (("add", "block", "844 555 0199", "--kind", "domain"), b"is not a web address"),
    ],
)
def test_a_bad_value_is_refused_in_words(home, args, words):
    done = scamscreen(home, "lists", *args)

    assert done.returncode == 2
    assert words in done.stderr
    assert b"Traceback" not in done.stderr


def test_a_damaged_lists_file_is_a_storage_problem(home):
    home.mkdir()
    (home / "lists.db").write_bytes(b"not a database at all" * 100)

    done = scamscreen(home, "lists", "show")

    assert done.returncode == lists_cli.EXIT_STORE
    assert b"damaged" in done.stderr and b"Traceback" not in done.stderr


# -- check with the lists ------------------------------------------------------------------


def test_check_reports_a_known_number_when_a_lists_file_exists(home, tmp_path):
    path = tmp_path / "dnc.csv"
    path.write_text(HEADER + report("8445550199", "2026-10-01") * 213 + report("8445550199"))
    assert scamscreen(home, "lists", "import-ftc", str(path)).returncode == 0

    done = scamscreen(home, "check", "--json", stdin=json.dumps(SCAM_CALL))

    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    titles = [f["title"] for f in result["findings"]]
    assert "This number was reported 214 times, last on 2026-11-02, as tech support" in titles
    assert result["verdict"] in ("suspicious", "likely_scam")
    by_hand = scamscreen(home, "check", "--phone", "844 555 0199", "--channel", "phone_inbound")
    assert b"reported 214 times" in by_hand.stdout


def test_check_without_lists_is_as_before(home):
    done = scamscreen(home, "check", "--json", stdin=json.dumps(SCAM_CALL))

    assert done.returncode == 0
    assert not (home / "lists.db").exists()
    assert "known_number" not in done.stdout.decode()


def test_check_with_lists_loads_no_qt_and_no_network_code(home):
    assert scamscreen(home, "lists", "add", "block", "844 555 0199").returncode == 0
    code = (
        "import sys, io, json; sys.stdin = io.TextIOWrapper(io.BytesIO(json.dumps("
        + repr(SCAM_CALL)
        + ").encode()));"
        f"from scamscreen.cli import run; run(['--data-dir', {str(home)!r}, 'check','--json']);"
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "('PySide6','shiboken6','requests','urllib3','sqlite_utils')];"
        "print('IMPORTED', bad, file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)

    assert done.returncode == 0, done.stderr
    assert b"IMPORTED []" in done.stderr
    assert b"blocked_number" in done.stdout


def test_check_goes_on_without_lists_it_cannot_use(home):
    assert scamscreen(home, "lists", "add", "block", "844 555 0199").returncode == 0
    conn = sqlite3.connect(home / "lists.db")
    conn.execute("PRAGMA user_version = 99")
    conn.close()

    done = scamscreen(home, "check", "--json", stdin=json.dumps(SCAM_CALL))

    assert done.returncode == 0
    assert b"Known-scam lists not used" in done.stderr and b"newer version" in done.stderr
    assert json.loads(done.stdout)["verdict"]


def test_check_finds_the_folder_as_the_case_log_does(tmp_path, monkeypatch):
    from scamscreen.cli import check, common
    from scamscreen.store.lists import LISTS_NAME, KnownLists
    from scamscreen.store.location import resolve_home

    assert common.LISTS_FILE == LISTS_NAME
    import platformdirs

    for xdg in (None, str(tmp_path / "xdg")):
        monkeypatch.delenv("SCAMSCREEN_HOME", raising=False)
        if xdg:
            monkeypatch.setenv("XDG_DATA_HOME", xdg)
        else:
            monkeypatch.delenv("XDG_DATA_HOME", raising=False)
        assert check.data_folder(None) == Path(
            platformdirs.user_data_dir("ScamScreen", appauthor=False, roaming=False)
        )
        assert check.data_folder(None) == resolve_home(None)
    monkeypatch.setenv("SCAMSCREEN_HOME", str(tmp_path / "env"))
    (tmp_path / "env").mkdir()
    for option in (None, str(tmp_path / "option")):
        folder = resolve_home(option)
        folder.mkdir(exist_ok=True)
        KnownLists.open(folder).close()
        found = common.known_lists(check.data_folder(option))
        assert found is not None and found.path == folder / LISTS_NAME
        found.close()
