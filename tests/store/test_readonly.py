"""A data folder that cannot be written gets a clear message and loses nothing.

As root, file permissions do not stop writes, so the folder is made truly read-only: a
tmpfs in a private mount namespace, remounted read-only (the `private_tmpfs` fixture in
tests/conftest.py). Otherwise chmod does it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

CONTACT = json.dumps({"channel": "phone_inbound", "text": "He wanted AnyDesk"})
COUNT = (
    "import sqlite3,sys; c=sqlite3.connect(f'file:{sys.argv[1]}?immutable=1', uri=True); "
    "print('ROWS', c.execute('select count(*) from contacts').fetchone()[0], "
    "c.execute('pragma integrity_check').fetchone()[0])"
)


def cli(*args: str) -> str:
    return " ".join([sys.executable, "-m", "scamscreen", *args])


def as_root(private_tmpfs, tmp_path) -> str:
    home = tmp_path / "mnt" / "home"
    script = f"""
{cli("--data-dir", str(home), "log", "add", "--json")} <<'JSON'
{CONTACT}
JSON
mount -o remount,ro "$MNT"
{cli("--data-dir", str(home), "log", "add", "--json")} <<'JSON'
{CONTACT}
JSON
echo "ADD_EXIT $?"
{cli("--data-dir", str(home), "log", "search")}
echo "SEARCH_EXIT $?"
{sys.executable} -c "{COUNT}" {home / "scamscreen.db"}
"""
    return private_tmpfs(script, timeout=120)


def as_user(tmp_path) -> str:
    home = tmp_path / "home"
    env = {**os.environ}
    first = subprocess.run(
        [*cli("--data-dir", str(home), "log", "add", "--json").split()],
        input=CONTACT,
        capture_output=True,
        text=True,
        env=env,
    )
    assert first.returncode == 0, first.stderr
    for path in [home, *home.rglob("*")]:
        path.chmod(0o500 if path.is_dir() else 0o400)
    try:
        out = []
        for args, label in (
            (("log", "add", "--json"), "ADD_EXIT"),
            (("log", "search"), "SEARCH_EXIT"),
        ):
            done = subprocess.run(
                [*cli("--data-dir", str(home), *args).split()],
                input=CONTACT,
                capture_output=True,
                text=True,
                env=env,
            )
            out.append(done.stdout + done.stderr + f"\n{label} {done.returncode}\n")
        count = subprocess.run(
            [sys.executable, "-c", COUNT, str(home / "scamscreen.db")],
            capture_output=True,
            text=True,
        )
        return "".join(out) + count.stdout
    finally:
        for path in [home, *home.rglob("*")]:
            path.chmod(0o700 if path.is_dir() else 0o600)


@pytest.mark.skipif(os.name != "posix", reason="POSIX mounts and permissions")
def test_a_read_only_data_folder_gets_a_clear_message_and_loses_nothing(tmp_path, request):
    if os.geteuid() == 0:  # (the fixture makes a truly read-only folder, or skips)
        output = as_root(request.getfixturevalue("private_tmpfs"), tmp_path)
    else:
        output = as_user(tmp_path)
    assert "Traceback" not in output, output
    assert "ADD_EXIT 4" in output, output
    assert "cannot use its data folder" in output and "Nothing was changed" in output
    assert "--data-dir" in output
    assert "ROWS 1 ok" in output, output  # the contact saved before is still there, intact
