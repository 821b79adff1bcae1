"""benchmarks/team.py still runs: the smallest size, every measure once. Nothing here
looks at a time; the benchmark itself judges those (and is run by hand, see its doc)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "team.py"


def test_the_team_benchmark_runs():
    if not list(Path("/usr/lib/postgresql").glob("*/bin/initdb")):
        pytest.skip("the PostgreSQL server programs are not installed: on Debian or Ubuntu "
                    "run `apt-get install postgresql`")
    done = subprocess.run(
        [sys.executable, str(BENCHMARK), "--contacts", "3000", "--staff", "2", "--ops", "2",
         "--explain"],
        capture_output=True, text=True, timeout=600)
    assert done.returncode in (0, 1), done.stdout + done.stderr
    for words in ("team store: 3,000 contacts", "search 'anydesk'", "seen before #1:",
                  "operation", "add", "search", "seen before"):
        assert words in done.stdout, done.stdout + done.stderr
