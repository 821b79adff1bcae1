"""`core.files`: the one way ScamScreen reads a named file, writes an output file and
writes CSV (issue 12)."""

from __future__ import annotations

import csv
import io
import os
import stat
import threading

import pytest

from scamscreen.core import files
from scamscreen.core.files import (
    CsvWriter,
    FileRefused,
    read_regular,
    replacing_text,
    spreadsheet_cell,
    write_file,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="FIFOs and /dev/zero are POSIX")


# -- reading ---------------------------------------------------------------------------


def test_a_regular_file_is_read_whole(tmp_path):
    path = tmp_path / "key.pub"
    path.write_bytes(b"x" * 100)
    assert read_regular(path, 100) == b"x" * 100
    with pytest.raises(FileRefused, match="too large"):
        read_regular(path, 99)


def test_a_folder_is_refused_in_words(tmp_path):
    with pytest.raises(FileRefused, match="a folder, not a file") as refused:
        read_regular(tmp_path, 1024)
    assert refused.value.filename == str(tmp_path)


@posix_only
def test_dev_zero_is_refused_without_reading_it():
    with pytest.raises(FileRefused, match="device, a pipe or a socket"):
        read_regular("/dev/zero", 1024 * 1024)


@posix_only
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    outcome: list[BaseException | bytes] = []

    def read() -> None:
        try:
            outcome.append(read_regular(fifo, 1024))
        except BaseException as exc:  # (handed to the test thread)
            outcome.append(exc)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(30)
    if reader.is_alive():  # it waits for a writer: let it go, then fail
        os.close(os.open(fifo, os.O_WRONLY))
        pytest.fail("reading a FIFO waited for a writer")
    assert isinstance(outcome[0], FileRefused)


@posix_only
def test_a_fifo_swapped_in_after_the_look_is_refused_by_what_was_opened(tmp_path, monkeypatch):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    regular = os.stat(__file__)
    real_stat = os.stat
    monkeypatch.setattr(files.os, "stat", lambda p, *a, **k: regular if p == fifo else real_stat(p))
    with pytest.raises(FileRefused, match="device, a pipe or a socket"):
        read_regular(fifo, 1024 * 1024)  # O_NONBLOCK: opened at once, then fstat says FIFO


# -- writing ---------------------------------------------------------------------------


def test_an_output_file_is_new_private_and_complete(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old\n", encoding="utf-8")
    with replacing_text(target) as out:
        out.write("a,b\n")
        (temp,) = [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
        assert temp.name.startswith("out.csv.") and len(temp.name) > len("out.csv..part") + 8
        if os.name == "posix":
            assert stat.S_IMODE(temp.stat().st_mode) == 0o600
        assert target.read_text(encoding="utf-8") == "old\n"  # not yet
    assert target.read_text(encoding="utf-8") == "a,b\n"
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_an_error_leaves_the_target_as_it_was_and_no_temporary_file(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError), replacing_text(target) as out:
        out.write("half")
        raise RuntimeError("the disk is full")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


@pytest.mark.skipif(not hasattr(os, "symlink") or os.name != "posix", reason="symlinks")
def test_a_link_planted_at_the_temporary_name_is_not_followed(tmp_path, monkeypatch):
    victim = tmp_path / "victim"
    victim.write_text("kept\n", encoding="utf-8")
    target = tmp_path / "report.txt"
    names = iter(["guessed", "fresh"])
    monkeypatch.setattr("secrets.token_hex", lambda n: next(names))
    os.symlink(victim, tmp_path / "report.txt.guessed.part")
    write_file(target, b"the report\n")
    assert victim.read_text(encoding="utf-8") == "kept\n"
    assert target.read_bytes() == b"the report\n" and not target.is_symlink()
    assert (tmp_path / "report.txt.guessed.part").is_symlink()  # left alone


def test_private_dir_and_file(tmp_path):
    folder = files.private_dir(tmp_path / "a" / "b")
    path = folder / "f"
    path.write_text("x", encoding="utf-8")
    os.chmod(path, 0o644)
    files.private_file(path)
    if os.name == "posix":
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


# -- CSV -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["=1+1", "+SUM(A1)", "-2+3+cmd|' /C calc'!A0", "@SUM(1)", " =1", "\t=1", "\r=1+1",
     "\n=1", "\u2028=1", "\u200b=1", "\ufeff@x", "\x00=1", "\uff1d1+1"],
)  # fmt: skip
def test_a_cell_that_starts_a_formula_after_blanks_is_guarded(value):
    assert spreadsheet_cell(value) == "'" + value


@pytest.mark.parametrize(
    "value", ["+1 844 555 0199", "+18445550199", "-5", "refund", "", "a=b", "1+1"]
)
def test_plain_numbers_and_text_are_left_as_they_are(value):
    assert spreadsheet_cell(value) == value


def test_the_csv_reads_back_as_written_and_quotes_every_line_break():
    out = io.StringIO()
    writer = CsvWriter(out)
    rows = [["a", "b,c", 'say "hi"', None, 42], ["x\ry", "x\u2028y", "x\x85y", "x\ny", ""], [""]]
    for row in rows:
        writer.writerow(row)
    text = out.getvalue()
    assert text.startswith('a,"b,c","say ""hi""",,42\n')
    for mark in ("\r", "\u2028", "\x85", "\n"):
        assert f'"x{mark}y"' in text
    back = list(csv.reader(io.StringIO(text, newline="")))
    assert back == [
        ["a", "b,c", 'say "hi"', "", "42"],
        ["x\ry", "x\u2028y", "x\x85y", "x\ny", ""],
        [""],
    ]


def test_the_csv_matches_the_standard_writer_for_ordinary_rows():
    rows = [["number", "note"], ["+18445550199", "fake MS"], ["a b", "c;d"]]
    ours, theirs = io.StringIO(), io.StringIO()
    for row in rows:
        CsvWriter(ours).writerow(row)
    csv.writer(theirs, lineterminator="\n").writerows(rows)
    assert ours.getvalue() == theirs.getvalue()
