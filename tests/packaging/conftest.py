"""The frozen bundle, built once per test session and shared by test_bundle.py and
test_windows_installer.py (a build takes minutes)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# The feed address written into the test build (test_bundle.py checks the frozen app
# tries it); .invalid never resolves, so nothing leaves the machine.
UPDATE_SOURCE = "https://scamscreen-bundle-test.invalid/feed/"


@pytest.fixture(scope="session")
def built() -> dict[str, str]:
    """Build once for the session: the bundle, the tarball, and the installer when NSIS's
    makensis is there (dev.py installs Debian's nsis package where it can)."""
    steps = ["--update-source", UPDATE_SOURCE]
    steps += [] if sys.platform == "win32" else ["--tarball"]
    steps += ["--installer"] if shutil.which("makensis") else []
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), *steps],
        capture_output=True,
        text=True,
        timeout=900,
        env={**os.environ, "SCAMSCREEN_BUILD_NO_ENV": "1"},  # (already in the project's)
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    print(done.stdout)  # the measured size, for the log
    found = dict(re.findall(r"^(bundle|tarball|installer|update source): (\S+)", done.stdout, re.M))
    found["size"] = re.search(r"\(([\d.]+) MB unpacked", done.stdout).group(1)
    return found
