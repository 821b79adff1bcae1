"""Many `log add` at once on a data folder that does not exist yet: every contact a
process reports saved is in the live case log, and nobody is told it was damaged.

Before the fix, the quick check of one process saw the new file another was still
creating (a SQLite file with no tables yet), called it "not a ScamScreen case log" and
moved it aside while the other process was writing to it.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time

PROCESSES = 8
ROUNDS = 20
CLI = (sys.executable, "-m", "scamscreen")


def test_parallel_log_add_on_fresh_folders_keeps_every_contact(tmp_path):
    started = time.monotonic()
    for round_ in range(ROUNDS):
        home = tmp_path / f"round-{round_}" / "home"  # not made yet
        inputs = []
        for n in range(PROCESSES):
            contact = tmp_path / f"round-{round_}" / f"contact-{n}.json"
            contact.parent.mkdir(exist_ok=True)
            contact.write_text(json.dumps({"channel": "popup", "text": f"round {round_} n {n}"}))
            inputs.append(contact)
        procs = [
            subprocess.Popen(
                [*CLI, "--data-dir", str(home), "log", "add", "--json", "--input", str(contact)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for contact in inputs
        ]
        ids = []
        for proc in procs:
            out, err = proc.communicate(timeout=120)
            assert "damaged" not in (out + err).lower(), (round_, err)
            assert proc.returncode == 0, (round_, err)
            ids.append(json.loads(out)["id"])
        conn = sqlite3.connect(home / "scamscreen.db")
        try:
            live = {r[0] for r in conn.execute("SELECT id FROM contacts")}
        finally:
            conn.close()
        assert set(ids) == live and len(ids) == PROCESSES, (round_, ids, live)
        assert not list(home.glob("*damaged*")), round_
    print(f"{PROCESSES} processes x {ROUNDS} rounds in {time.monotonic() - started:.1f} s")
