"""A full disk: the save that does not fit is refused with words that say so, and every
contact saved before stays in the live case log, searchable, once space is freed.

Before the fix, the opening check read "disk I/O error" as damage: the healthy log was
moved aside, an empty one took its place, and a search afterwards found nothing.
The disk is a 2 MB tmpfs in a private mount namespace (`private_tmpfs`, tests/conftest.py).
"""

from __future__ import annotations

import os
import sys
import time

import pytest

COUNT = (
    "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); "
    "print('ROWS', c.execute('select count(*) from contacts').fetchone()[0], "
    "c.execute('pragma integrity_check').fetchone()[0])"
)


FOUND = "import json,sys; print('FOUND', json.load(sys.stdin)['count'])"


def cli(home, *args: str) -> str:
    return " ".join([sys.executable, "-m", "scamscreen", "--data-dir", str(home), *args])


def add(home, text: str) -> str:
    return f"""{cli(home, "log", "add", "--json")} <<'JSON'
{{"channel": "popup", "text": "{text}: VIRUS ALERT call Microsoft 1-844-555-0199"}}
JSON"""


@pytest.mark.skipif(os.name != "posix", reason="a tmpfs is POSIX")
def test_a_full_disk_refuses_the_new_save_and_keeps_everything_before(private_tmpfs, tmp_path):
    home = tmp_path / "mnt" / "home"
    started = time.monotonic()
    script = f"""
{add(home, "first")}
{add(home, "second")}
{add(home, "third")}
dd if=/dev/zero of="$MNT/fill" bs=4096 2>/dev/null
echo "FILLED $(df -k "$MNT" | tail -1)"
{add(home, "on a full disk")}
echo "FULL_EXIT $?"
{cli(home, "log", "add", "--json")} <<'JSON'
{{"channel": "email", "text": "second try on a full disk"}}
JSON
echo "AGAIN_EXIT $?"
echo "FILES $(ls -a "{home}" | tr '\\n' ' ') BACKUPS $(ls -a "{home}/backups" | tr '\\n' ' ')"
rm "$MNT/fill"
{cli(home, "log", "search", "VIRUS", "--json")} | {sys.executable} -c "{FOUND}"
echo "SEARCH_EXIT $?"
{add(home, "after space was freed")}
echo "LATER_EXIT $?"
{sys.executable} -c "{COUNT}" {home / "scamscreen.db"}
"""
    output = private_tmpfs(script, options="size=2m", timeout=180)
    print(f"full-disk scenario in {time.monotonic() - started:.1f} s")
    assert "Traceback" not in output, output
    assert "FULL_EXIT 4" in output and "AGAIN_EXIT 4" in output, output
    assert "nothing new was saved" in output.lower(), output
    assert "safe" in output, output
    assert "damaged" not in output.lower(), output
    files = output.split("FILES", 1)[1].split("\n", 1)[0]
    assert "damaged" not in files and ".backup-" not in files, output
    assert "FOUND 3" in output, output  # every earlier contact, searchable
    assert "SEARCH_EXIT 0" in output and "LATER_EXIT 0" in output, output
    assert "ROWS 4 ok" in output, output
