"""Issue 12, the files the command line reads and writes, run as real processes:

- an output file is written through a temporary file created exclusively, never through
  a planted `F.part` symlink, and is the user's alone (0600);
- a key file or an import that is not a regular file (a FIFO, /dev/zero, a folder) is
  refused in words at once, without hanging or reading until memory runs out.

The commands run with a memory limit (so that reading /dev/zero whole fails quickly
instead of taking the machine's memory) and a time limit (a FIFO that is opened for
reading would wait for a writer for ever)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from tests.cli.test_log import SCAM_CALL as CONTACT
from tests.cli.test_log import ok, run

pytestmark = pytest.mark.skipif(os.name != "posix", reason="FIFOs, /dev/zero and 0600 are POSIX")

MEMORY_LIMIT = 1536 * 1024 * 1024  # far above what a command needs; far below "all of it"
VICTIM_TEXT = "the victim file, which must stay as it is\n"


def limited(*args: str, data_dir: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """`scamscreen --data-dir DATA_DIR ARGS...` under a memory limit; a command that
    waits past `timeout` seconds fails the test (it would hang the user's terminal)."""
    import resource

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))

    env = {k: v for k, v in os.environ.items() if k != "SCAMSCREEN_HOME"}
    env["PYTHONIOENCODING"] = "utf-8"
    env["SCAMSCREEN_CACHE"] = str(data_dir.parent / "cache")
    try:
        return subprocess.run(
            [sys.executable, "-m", "scamscreen", "--data-dir", str(data_dir), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=timeout,
            env=env,
            preexec_fn=limit,  # (only sets a limit: safe before exec)
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"scamscreen {' '.join(args)} was still waiting after {timeout} s")


def refused_in_words(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode != 0, done.stdout
    assert "Traceback" not in done.stderr and "MemoryError" not in done.stderr, done.stderr
    assert done.stderr.strip()
    return done.stderr


@pytest.fixture(scope="module")
def logged(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("files") / "home"
    ok(run("log", "add", "--json", data_dir=home, stdin=json.dumps(CONTACT)))
    return home


@pytest.fixture
def planted(tmp_path):
    """An output name F whose old temporary name `F.part` is a symlink to a victim file."""

    def plant(name: str) -> tuple[Path, Path]:
        victim = tmp_path / f"victim-of-{name}"
        victim.write_text(VICTIM_TEXT, encoding="utf-8")
        target = tmp_path / name
        os.symlink(victim, target.with_name(target.name + ".part"))
        return target, victim

    return plant


def written_safely(target: Path, victim: Path) -> None:
    assert victim.read_text(encoding="utf-8") == VICTIM_TEXT  # the link was not followed
    assert target.is_file() and not target.is_symlink()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in target.parent.iterdir() if ".part" in p.name) == [
        target.name + ".part"
    ]  # the planted link is left alone, and no temporary file is left behind


# -- writing ---------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_export_does_not_follow_a_planted_part_symlink(logged, planted, fmt):
    target, victim = planted(f"export.{fmt}")
    ok(run("export", "--format", fmt, "--output", str(target), data_dir=logged))
    written_safely(target, victim)
    assert "Microsoft" in target.read_text(encoding="utf-8")


def test_lists_export_does_not_follow_a_planted_part_symlink(logged, planted):
    ok(run("lists", "add", "block", "844 555 0199", data_dir=logged))
    target, victim = planted("lists.csv")
    ok(run("lists", "export", "--output", str(target), data_dir=logged))
    written_safely(target, victim)
    assert "+18445550199" in target.read_text(encoding="utf-8")


def test_text_report_does_not_follow_a_planted_part_symlink(logged, planted):
    target, victim = planted("report.txt")
    ok(run("report", "1", "--output", str(target), "--country", "US", data_dir=logged))
    written_safely(target, victim)
    assert "reportfraud.ftc.gov" in target.read_text(encoding="utf-8")


def test_pdf_report_does_not_follow_a_planted_part_symlink(logged, planted):
    target, victim = planted("report.pdf")
    ok(
        run(
            "report", "1", "--format", "pdf", "--output", str(target), "--country", "US",
            data_dir=logged,
        )
    )  # fmt: skip
    written_safely(target, victim)
    assert target.read_bytes().startswith(b"%PDF")


def test_an_export_that_cannot_be_written_leaves_the_target_as_it_was(logged, tmp_path):
    target = tmp_path / "a-folder"  # the name is taken by a folder: the rename fails
    target.mkdir()
    (target / "inside.txt").write_text("kept\n", encoding="utf-8")
    done = run("export", "--format", "json", "--output", str(target), data_dir=logged)
    assert done.returncode != 0 and "Traceback" not in done.stderr, done.stderr
    assert str(target) in done.stderr
    assert (target / "inside.txt").read_text(encoding="utf-8") == "kept\n"
    assert [p.name for p in tmp_path.iterdir() if ".part" in p.name] == []


# -- reading ---------------------------------------------------------------------------


@pytest.fixture
def fifo(tmp_path) -> Path:
    path = tmp_path / "a-fifo"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("which", ["/dev/zero", "fifo", "folder"])
def test_update_refuses_a_trusted_key_that_is_not_a_file(tmp_path, fifo, which):
    source = {"/dev/zero": Path("/dev/zero"), "fifo": fifo, "folder": tmp_path}[which]
    done = limited(
        "update", "--source", "https://feed.invalid/", "--trusted-key", str(source),
        data_dir=tmp_path / "home", timeout=30,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert str(source) in refused_in_words(done)


@pytest.mark.parametrize("which", ["/dev/zero", "fifo", "folder"])
def test_import_refuses_what_is_not_a_file(tmp_path, fifo, which):
    source = {"/dev/zero": Path("/dev/zero"), "fifo": fifo, "folder": tmp_path}[which]
    done = limited("import", str(source), data_dir=tmp_path / "home", timeout=30)
    assert str(source) in refused_in_words(done)


@pytest.mark.parametrize("which", ["/dev/zero", "fifo", "folder"])
def test_lists_import_ftc_refuses_what_is_not_a_file(tmp_path, fifo, which):
    source = {"/dev/zero": Path("/dev/zero"), "fifo": fifo, "folder": tmp_path}[which]
    done = limited("lists", "import-ftc", str(source), data_dir=tmp_path / "home", timeout=30)
    assert str(source) in refused_in_words(done)


@pytest.mark.parametrize("which", ["/dev/zero", "fifo", "folder"])
def test_restore_refuses_what_is_not_a_file(tmp_path, fifo, which):
    source = {"/dev/zero": Path("/dev/zero"), "fifo": fifo, "folder": tmp_path}[which]
    home = tmp_path / "home"
    ok(run("log", "add", "--json", data_dir=home, stdin=json.dumps(CONTACT)))
    done = limited("restore", str(source), data_dir=home, timeout=30)
    assert str(source) in refused_in_words(done)
    assert (
        len(json.loads(ok(run("log", "search", "--json", data_dir=home)).stdout)["contacts"]) == 1
    )
