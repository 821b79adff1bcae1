"""The app and the command line writing at the same time: nobody sees "database is
locked", nothing is lost."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

APP_WRITER = r"""
import os, sys
from pathlib import Path
from scamscreen.core.contact import parse_contact
from scamscreen.core.screening import Screener
from scamscreen.core.data import data_dir
from scamscreen.store import CaseLog

home, stop = sys.argv[1], Path(sys.argv[2])
screener = Screener.load(data_dir())
with CaseLog.open(home) as log:
    n = 0
    while not stop.exists() or n < 5:
        n += 1
        contact = parse_contact({"channel": "popup",
                                 "text": f"App contact {n}: VIRUS, call 1-844-555-0199"})
        print(log.add(contact, screener.screen(contact), data_version="t").id, flush=True)
"""


def test_the_app_and_the_command_line_write_at_once_without_locking_or_losing(tmp_path):
    home = tmp_path / "home"
    stop = tmp_path / "stop"
    env = {**os.environ, "SCAMSCREEN_HOME": str(home)}
    app = subprocess.Popen(
        [sys.executable, "-c", APP_WRITER, str(home), str(stop)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert app.stdout is not None
    app_ids = [int(app.stdout.readline())]  # the app is writing now
    cli_ids = []
    for n in range(8):
        contact = {"channel": "phone_inbound", "text": f"CLI contact {n}: wanted AnyDesk"}
        done = subprocess.run(
            [sys.executable, "-m", "scamscreen", "log", "add", "--json"],
            input=json.dumps(contact),
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        assert "locked" not in done.stderr.lower()
        cli_ids.append(json.loads(done.stdout)["id"])
    stop.touch()
    out, err = app.communicate(timeout=120)
    assert app.returncode == 0, err
    assert "locked" not in err.lower()
    app_ids += [int(line) for line in out.split()]
    assert len(app_ids) > 8  # it kept writing all along
    conn = sqlite3.connect(home / "scamscreen.db")
    present = {r[0] for r in conn.execute("SELECT id FROM contacts")}
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert set(app_ids) | set(cli_ids) == present
    assert len(present) == len(app_ids) + len(cli_ids)  # no id was handed out twice
