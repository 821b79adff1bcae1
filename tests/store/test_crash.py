"""Crash safety: a writer killed with SIGKILL at random moments never loses a save that
had returned, and never leaves a damaged database."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys

from scamscreen.store import CaseLog

KILLS = 60

WRITER = r"""
import sys
from scamscreen.core.contact import parse_contact
from scamscreen.core.screening import Screener
from scamscreen.core.data import data_dir
from scamscreen.store import CaseLog

screener = Screener.load(data_dir())
log = CaseLog.open(sys.argv[1])
n = 0
while True:
    n += 1
    contact = parse_contact({
        "channel": "phone_inbound",
        "claimed_org": "Microsoft",
        "phone": "+1 844 555 0199",
        "text": f"Call number {n}: he wanted AnyDesk and gift cards. " + "x" * (n % 7) * 300,
    })
    stored = log.add(contact, screener.screen(contact), data_version="crash-test")
    print(stored.id, flush=True)  # only once add() has returned
"""


def test_killed_writers_lose_nothing_that_was_saved(tmp_path):
    home = tmp_path / "home"
    rng = random.Random(20261129)  # reproducible "random" moments
    confirmed: set[int] = set()
    for _round in range(KILLS):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(home)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout is not None
        # Let it confirm a random number of saves (none, some, many), then kill it at
        # a random point of the next one: reading a line is the only wait.
        for _ in range(rng.choice([0, 1, 1, 2, 3, 5, 8, 13])):
            line = writer.stdout.readline()
            assert line, writer.stderr.read() if writer.stderr else "writer died"
            confirmed.add(int(line))
        for _ in range(rng.randrange(0, 200_000)):  # spread the moment of the kill
            pass
        writer.kill()  # SIGKILL on POSIX: no cleanup, no atexit, no flush
        writer.wait()
        for line in writer.stdout.read().splitlines():  # printed before the kill landed
            confirmed.add(int(line))
        writer.stdout.close()
        writer.stderr.close()

    conn = sqlite3.connect(home / "scamscreen.db")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    present = {row[0] for row in conn.execute("SELECT id FROM contacts")}
    conn.close()
    assert confirmed <= present, f"lost: {sorted(confirmed - present)}"
    assert len(confirmed) > KILLS  # the writers did get work done
    assert len(present) >= len(confirmed)
    with CaseLog.open(home) as log:  # and the app opens it without any recovery
        assert log.recovery is None
        assert log.integrity() == "ok"
