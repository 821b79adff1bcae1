"""A reader that closes the output early (`scamscreen ... | head`) ends the command quietly
with status 0, as git and grep do: no traceback, and no blame on the case log.

Each command runs as a real process whose standard output is a pipe. Either the pipe's
reading end is closed before the command writes a byte (every write then fails, the
deterministic form of `| head -c 0`), or the test reads one line and closes it while
the command still has plenty to write (`| head -1`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SCAM = {
    "channel": "phone_inbound",
    "claimed_org": "Microsoft",
    "phone": "+1 844 555 0199",
    "text": "He said my computer has a virus and told me to download AnyDesk.",
}


def environment(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SCAMSCREEN_")}
    env.update(SCAMSCREEN_HOME=str(tmp_path / "home"), SCAMSCREEN_CACHE=str(tmp_path / "c"),
               PYTHONIOENCODING="utf-8")
    return env


def into_closed_pipe(args: list[str], tmp_path: Path, stdin: bytes = b""):
    """Run `scamscreen ARGS` writing into a pipe nobody reads any more."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run(
            [sys.executable, "-m", "scamscreen", *args], input=stdin, stdout=write_end,
            stderr=subprocess.PIPE, env=environment(tmp_path), timeout=120,
        )
    finally:
        os.close(write_end)


@pytest.fixture
def saved(tmp_path):
    """A case log holding a few contacts, for the commands that read it."""
    for _ in range(3):
        subprocess.run(
            [sys.executable, "-m", "scamscreen", "log", "add", "--json"],
            input=json.dumps(SCAM).encode(), env=environment(tmp_path), check=True,
            capture_output=True,
        )
    return tmp_path


COMMANDS = {
    "check --json": (["check", "--json"], json.dumps(SCAM).encode()),
    "check by hand": (["check", "--org", "Microsoft", "--text", SCAM["text"]], b""),
    "check --jsonl": (["check", "--jsonl", "-"], (json.dumps(SCAM) + "\n").encode() * 3),
    "log search": (["log", "search", "anydesk"], b""),
    "log search --json": (["log", "search", "anydesk", "--json"], b""),
    "log show": (["log", "show", "1"], b""),
    "log stats": (["log", "stats"], b""),
    "export json": (["export"], b""),
    "export csv": (["export", "--format", "csv"], b""),
    "report": (["report", "1"], b""),
    "lists show": (["lists", "show"], b""),
    "help": (["--help"], b""),
}


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_a_closed_pipe_ends_the_command_quietly(name, saved):
    args, stdin = COMMANDS[name]
    result = into_closed_pipe(args, saved, stdin)
    stderr = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr, stderr
    assert "Broken pipe" not in stderr and "BrokenPipe" not in stderr, stderr
    assert "could not be read or written" not in stderr, stderr
    assert result.returncode == 0, stderr


def test_head_1_of_a_long_jsonl_check_prints_one_line_and_no_traceback(tmp_path):
    contacts = tmp_path / "big.jsonl"
    with contacts.open("w", encoding="utf-8") as out:
        for n in range(3000):
            out.write(json.dumps({**SCAM, "id": n}) + "\n")
    # `check --json < big.jsonl | head -1`: JSON Lines given to --json are screened a line
    # at a time, as --jsonl does, so the reader gets its one line and the rest stops quietly
    with contacts.open("rb") as stdin, subprocess.Popen(
        [sys.executable, "-m", "scamscreen", "check", "--json"],
        stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env=environment(tmp_path),
    ) as process:
        line = process.stdout.readline()
        process.stdout.close()
        stderr = process.stderr.read().decode("utf-8", "replace")
        status = process.wait(timeout=120)
    assert json.loads(line)["id"] == 0
    assert "Traceback" not in stderr, stderr
    assert status == 0, stderr
    with contacts.open("rb") as stdin, subprocess.Popen(
        [sys.executable, "-m", "scamscreen", "check", "--jsonl", "-"],
        stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env=environment(tmp_path),
    ) as process:
        first = process.stdout.readline()
        process.stdout.close()  # `head -1` has what it wants and leaves
        stderr = process.stderr.read().decode("utf-8", "replace")
        status = process.wait(timeout=120)
    assert json.loads(first)["id"] == 0
    assert "Traceback" not in stderr, stderr
    assert status == 0, stderr


def test_an_export_file_that_cannot_be_written_is_named_not_the_case_log(saved):
    target = saved / "no-such-folder" / "cases.csv"
    result = subprocess.run(
        [sys.executable, "-m", "scamscreen", "export", "--output", str(target)],
        capture_output=True, text=True, env=environment(saved), timeout=120,
    )
    assert result.returncode == 2
    assert str(target) in result.stderr
    assert "case log could not be read" not in result.stderr
    assert "nothing in the case log was changed" in result.stderr
    assert not target.parent.exists()
