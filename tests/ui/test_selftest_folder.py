"""`scamscreen --self-test` checks the user's own data folder too, as a real process,
and changes nothing in it: a healthy folder passes; a read-only folder, a full disk and
a damaged case log each fail with status 3, the failing check named in plain words,
and what to do instead of reinstalling."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

CONTACT = json.dumps({"channel": "phone_inbound", "text": "He wanted AnyDesk and gift cards"})
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX mounts and permissions")


def scamscreen(*args: str, stdin: str | None = None, code: str | None = None):
    """`python -m scamscreen ARGS` in a fresh process (or `python -c CODE ARGS`)."""
    start = ["-c", code] if code else ["-m", "scamscreen"]
    env = {k: v for k, v in os.environ.items() if k != "SCAMSCREEN_HOME"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [sys.executable, *start, *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )


def self_test(home: Path):
    return scamscreen("--self-test", "--data-dir", str(home))


def with_a_contact(home: Path) -> None:
    done = scamscreen("--data-dir", str(home), "log", "add", "--json", stdin=CONTACT)
    assert done.returncode == 0, done.stderr


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` and a hash of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def failed_lines(out: str) -> list[str]:
    return [line for line in out.splitlines() if line.startswith("FAILED")]


def test_a_healthy_folder_passes_and_is_left_exactly_as_it_was(tmp_path):
    home = tmp_path / "home"
    with_a_contact(home)
    before = snapshot(home)
    done = self_test(home)
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    assert f"your data folder: {home}" in out
    assert f"your case log: {home / 'scamscreen.db'} opens (1 contact)" in out
    assert "writing in your data folder: can be written to" in out
    assert "free space for your data folder:" in out and " free" in out
    assert out.rstrip().endswith("self-test passed")
    assert not failed_lines(out)
    # Not a byte changed, and no -wal, -shm or probe file left behind.
    assert snapshot(home) == before


def test_a_folder_not_made_yet_is_fine_and_is_not_made(tmp_path):
    home = tmp_path / "not" / "yet"
    done = self_test(home)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "not made yet" in done.stdout and f"can be made in {tmp_path}" in done.stdout
    assert not (tmp_path / "not").exists()
    assert os.listdir(tmp_path) == []  # and no probe file was left in the parent


@posix_only
def test_a_read_only_folder_fails_with_3_and_says_so(tmp_path, request):
    home = tmp_path / "mnt" / "home"
    if os.geteuid() == 0:  # root writes through permissions: a read-only tmpfs instead
        private_tmpfs = request.getfixturevalue("private_tmpfs")
        script = f"""
{sys.executable} -m scamscreen --data-dir "{home}" log add --json <<'JSON'
{CONTACT}
JSON
mount -o remount,ro "$MNT"
QT_QPA_PLATFORM=offscreen {sys.executable} -m scamscreen --self-test --data-dir "{home}"
echo "SELF_TEST_EXIT $?"
"""
        out = private_tmpfs(script)
        reason = "read-only file system"
    else:
        with_a_contact(home)
        for path in [home, *home.rglob("*")]:
            path.chmod(0o500 if path.is_dir() else 0o400)
        try:
            done = self_test(home)
        finally:
            for path in [home, *home.rglob("*")]:
                path.chmod(0o700 if path.is_dir() else 0o600)
        out = done.stdout + done.stderr + f"\nSELF_TEST_EXIT {done.returncode}\n"
        reason = "permission denied"
    assert "Traceback" not in out, out
    assert "SELF_TEST_EXIT 3" in out, out
    (failed,) = failed_lines(out)  # that check alone: the case log still opens
    assert failed.startswith("FAILED (writing in your data folder):"), out
    assert f"Your data folder {home} cannot be written to ({reason})" in failed
    assert "reinstalling will not help" in failed and "--data-dir" in failed
    assert "opens (1 contact)" in out  # read without writing a -shm file beside it
    assert "ScamScreen works, but it cannot use your data folder" in out


@posix_only
def test_a_full_disk_fails_with_3_and_says_how_much_is_free(tmp_path, request):
    home = tmp_path / "mnt" / "home"
    if os.geteuid() == 0:  # a real, tiny disk
        private_tmpfs = request.getfixturevalue("private_tmpfs")
        script = f"""
mkdir "{home}"
QT_QPA_PLATFORM=offscreen {sys.executable} -m scamscreen --self-test --data-dir "{home}"
echo "SELF_TEST_EXIT $?"
"""
        out = private_tmpfs(script, options="size=2m")
        free = "2.0 MB"
    else:  # only the number that shutil.disk_usage gives is made up
        home.mkdir(parents=True)
        code = (
            "import shutil, sys; "
            "real = shutil.disk_usage; "
            "shutil.disk_usage = lambda p: real(p)._replace(free=3 * 1024 * 1024); "
            "from scamscreen.__main__ import main; sys.exit(main(sys.argv[1:]))"
        )
        done = scamscreen("--self-test", "--data-dir", str(home), code=code)
        out = done.stdout + done.stderr + f"\nSELF_TEST_EXIT {done.returncode}\n"
        free = "3.0 MB"
    assert "Traceback" not in out, out
    assert "SELF_TEST_EXIT 3" in out, out
    (failed,) = failed_lines(out)
    assert failed.startswith("FAILED (free space for your data folder):"), out
    assert f"only {free} free" in failed and "at least 50.0 MB" in failed
    assert "Free some space" in failed and "reinstalling will not help" in failed


def test_a_damaged_case_log_fails_with_3_and_is_not_touched(tmp_path):
    home = tmp_path / "home"
    with_a_contact(home)
    log = home / "scamscreen.db"
    data = bytearray(log.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # a page of the contacts' table overwritten
    log.write_bytes(bytes(data))
    before = snapshot(home)
    done = self_test(home)
    out = done.stdout
    assert done.returncode == 3, out + done.stderr
    (failed,) = failed_lines(out)
    assert failed.startswith(f"FAILED (your case log): Your case log {log} is damaged (")
    assert "Reinstalling will not help" in failed and "newest good backup" in failed
    assert "(1 found in" in failed  # the day's backup the first save made
    assert snapshot(home) == before  # not moved aside, not repaired: only looked at


def test_a_file_that_is_not_a_database_is_called_damaged(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "scamscreen.db").write_text("these are not the contacts you are looking for\n" * 9)
    done = self_test(home)
    assert done.returncode == 3
    assert "is damaged (it is not a SQLite database)" in done.stdout
    assert "starts a new, empty one (there is no backup in" in done.stdout
