"""A sample of the fuzz run of benchmarks/fuzz.py (issue 12): generated hostile JSON
fed to `check --json`, `check --jsonl`, `log add` and `import` through the real
command line, each in a fresh data folder; every input ends with exit 0 or 2 and no
traceback. The full run, 10,000 inputs per command, is `python benchmarks/fuzz.py`
(too long for every test run); this sample is the same inputs every time."""

from __future__ import annotations

from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
SAMPLE = 150  # inputs per command: a few seconds each


@pytest.fixture(scope="module")
def fuzz(load_script):
    with load_script(BENCHMARKS / "fuzz.py", "bench_fuzz") as module:
        yield module


@pytest.mark.parametrize("command", ["check --json", "check --jsonl", "log add", "import"])
def test_generated_hostile_input_never_ends_in_a_traceback(fuzz, command):
    report = fuzz.fuzz(command, SAMPLE, seed=12)
    assert report.inputs == SAMPLE
    assert not report.failures, fuzz.describe(report)
    assert set(report.exits) <= {0, 2}
    assert report.exits[2] > 0  # (the hostile inputs were refused, not all let through)


def test_the_runner_catches_what_escapes_a_command(fuzz, monkeypatch):
    import scamscreen.cli

    def broken(argv):
        raise UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed")

    monkeypatch.setattr(scamscreen.cli, "run", broken)
    outcome = fuzz.run_cli(["check", "--json"], b"{}")
    assert outcome.code is None and "UnicodeEncodeError" in outcome.error
