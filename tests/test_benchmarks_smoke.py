"""The desktop-app benchmark (benchmarks/ui.py) still runs: every measure once, at the
smallest size. Nothing here looks at a time; the benchmark itself judges those."""

from __future__ import annotations

from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.fixture(scope="module")
def bench_ui(load_script):
    with load_script(BENCHMARKS / "ui.py", "bench_ui") as module:
        yield module


def test_every_measure_runs_once(bench_ui, qapp, capsys):
    tiny = bench_ui.Sizes(
        startup_rounds=1,
        contacts=300,
        history_rounds=1,
        cold_rounds=1,
        key_ms=0,
        pause_ms=0,
        history_typing=[[("an", None)]],
        check_typing=([], [("+1 8", None)], [("virus", None)]),  # no org: no completer
        paste_chars=80,
    )
    failed = bench_ui.bench_ui(tiny)

    assert isinstance(failed, list)
    out = capsys.readouterr().out
    for measure in ("start-up, app / hello world", "History, 300 contacts (warm)"):
        assert measure in out
    for stall in ("history search", "check typing", "check paste"):
        assert f"longest stall, {stall}" in out


def test_the_gaps_are_between_ticks(bench_ui):
    meter = bench_ui.StallMeter()
    meter.ticks = [1.0, 1.005, 1.105, 1.11]

    assert [round(gap, 3) for gap in meter.gaps_ms()] == [5.0, 100.0, 5.0]
    assert bench_ui.percentile([1.0, 2.0, 3.0, 4.0], 0.99) == 4.0
