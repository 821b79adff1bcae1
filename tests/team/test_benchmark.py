"""The team-store benchmark (benchmarks/team.py) still runs end to end, at a small size,
against the session's server: it loads its contacts, starts its staff processes, runs
the same operations on the SQLite case log, and prints the three p95 lines. Nothing here
looks at a time; the benchmark itself judges those."""

from __future__ import annotations

import re
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
NUMBER = r"\d+\.\d"


def test_the_smoke_run_prints_the_three_p95s(pg, load_script, capsys):
    with load_script(BENCHMARKS / "team.py", "bench_team") as bench:
        failed = bench.bench_team(contacts=3_000, staff=3, seconds=2, pause_ms=50, cluster=pg)

    out = capsys.readouterr().out
    assert isinstance(failed, list)
    assert "team store operations failed" not in failed, out
    assert re.search(r"desk north: [\d,]+ contacts inserted", out), out
    for name in ("add", "search", "seen before"):
        line = (rf"^team store p95 {name}: {NUMBER} ms \(budget \d+ ms\); "
                rf"SQLite case log, one writer: {NUMBER} ms$")
        assert re.search(line, out, re.MULTILINE), out
