#!/usr/bin/env python3
"""The frozen app against the app run from source: time from process start to the main
window on screen (offscreen, painted), alternated, medians. Budget: frozen / source
<= 1.5. Both are told to leave as soon as the window is painted
(SCAMSCREEN_EXIT_WHEN_SHOWN), so teardown is not measured; both use a fresh temporary
data folder and settings.

    python benchmarks/bundle.py [--rounds N]     (build first: python packaging/build.py)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "scamscreen"
BUDGET = 1.5
TIMEOUT_S = 60


def frozen_executable() -> Path:
    return BUNDLE / ("scamscreen.exe" if sys.platform == "win32" else "scamscreen")


def time_start(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, timeout=TIMEOUT_S)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{command[0]} ended with {done.returncode}: {done.stderr.decode()}")
    return elapsed


def bench_bundle(rounds: int = 7) -> float:
    exe = frozen_executable()
    if not exe.exists():
        raise SystemExit(f"No bundle at {BUNDLE}: run python packaging/build.py first.")
    with tempfile.TemporaryDirectory() as temp:
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env.update(
            SCAMSCREEN_EXIT_WHEN_SHOWN="1",
            SCAMSCREEN_HOME=str(Path(temp) / "home"),
            SCAMSCREEN_CACHE=str(Path(temp) / "cache"),
            XDG_CONFIG_HOME=str(Path(temp) / "config"),
        )
        source = [sys.executable, "-m", "scamscreen"]
        time_start([str(exe)], env)  # warm the disk cache and the data folder
        time_start(source, env)
        frozen, from_source = [], []
        for _ in range(rounds):
            frozen.append(time_start([str(exe)], env))
            from_source.append(time_start(source, env))
    ratio = statistics.median(frozen) / statistics.median(from_source)
    print(
        f"start-up to the main window: frozen median {statistics.median(frozen) * 1000:.0f} ms, "
        f"from source {statistics.median(from_source) * 1000:.0f} ms: {ratio:.2f}x "
        f"(budget {BUDGET}x)"
    )
    return ratio


if __name__ == "__main__":
    count = int(sys.argv[sys.argv.index("--rounds") + 1]) if "--rounds" in sys.argv else 7
    sys.exit(0 if bench_bundle(count) <= BUDGET else 1)
