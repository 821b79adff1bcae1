"""Shared fixtures. The screener loads the shipped data once per test session."""

from __future__ import annotations

import contextlib
import importlib.util
import os
import sys
from pathlib import Path

import pytest

# No test needs a display; later UI tests drive real widgets offscreen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory):
    """Tests never write into the real user's cache folder."""
    os.environ["SCAMSCREEN_CACHE"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture(autouse=True)
def _no_keyring():
    """No test touches this computer's real keyring, and none inherits another's: each
    starts with one that refuses everything (keyring's own "fail" backend). Left to
    itself, keyring chooses the best backend class loaded so far, which after the team
    tests' file keyring was imported was that one, still reading a file a finished test's
    environment had named (KeyError: 'TEST_KEYRING_FILE' in later tests). A test that
    needs a keyring sets its own (tests/team/test_app.py's keyring_file)."""
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(fail.Keyring())


@pytest.fixture(autouse=True)
def _no_leftover_background_jobs():
    """A test's background jobs end with it: the next test starts with Qt's shared
    thread pool free. (On two cores the pool has two threads; jobs a finished test left
    waiting on a server it had stopped could hold both, and a later test's quick read
    then waited past its deadline.)"""
    yield
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None:
        qtcore.QThreadPool.globalInstance().waitForDone(60_000)


@pytest.fixture(scope="session")
def screener():
    from scamscreen.core.data import data_dir
    from scamscreen.core.screening import Screener

    return Screener.load(data_dir())


@pytest.fixture
def add_copies():
    return _add_copies


def _add_copies(log, template: dict, count: int) -> list[int]:
    """`count` copies of a saved contact, inserted in one go (for tests that need many
    rows without screening each): distinct uids, notes mentioning TeamViewer and a
    number, dates spread over a year. Returns their ids."""
    keep = (
        "channel",
        "claimed_org",
        "verdict",
        "score",
        "engine_version",
        "data_version",
        "outcome",
    )
    ids = []
    with log.writing():
        for n in range(count):
            row = {k: template[k] for k in keep}
            row.update(
                uid=f"bulk-{n}",
                notes=f"wanted teamviewer again, call {n}",
                created_at=template["created_at"],
                updated_at=template["created_at"],
                contacted_at=f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}T00:00:{n % 60:02d}Z",
                requests="[]",
                findings="[]",
            )
            ids.append(log.insert_row(row, []))
    return ids


@pytest.fixture
def private_tmpfs(tmp_path):
    """Run a shell script as root in a private mount namespace where `$MNT` (the test's
    `tmp_path / "mnt"`) is a fresh tmpfs (mount options as given: `size=1m`), so that it
    can be made truly read-only (`mount -o remount,ro "$MNT"`) or full, which file
    permissions cannot do for root.
    Returns the script's standard output and error together. Skips where this cannot
    be done (not root, no unshare, or no private mount namespace allowed)."""
    import shutil
    import subprocess

    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("needs root to mount a tmpfs")
    if not shutil.which("unshare"):
        pytest.skip("needs unshare to mount a tmpfs in a private namespace")
    mount = tmp_path / "mnt"
    mount.mkdir()

    def run(script: str, options: str = "", timeout: float = 180) -> str:
        opts = f"-o {options} " if options else ""
        done = subprocess.run(
            [
                *("unshare", "--mount", "--propagation", "private", "sh", "-c"),
                f'set -e\nMNT="{mount}"\nmount -t tmpfs {opts}none "$MNT"\nset +e\n{script}',
            ],
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if "mount:" in done.stderr and "permission denied" in done.stderr.lower():
            pytest.skip("this machine does not allow a private mount namespace")
        return done.stdout + done.stderr

    return run


# Every character str.splitlines() breaks a line at: a spreadsheet may too.
_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def _spreadsheet_rows(text: str) -> list[list[str]]:
    """CSV text read the most suspicious way: outside quotes, any line break of any kind
    ends a row; "" inside quotes is one quote."""
    rows: list[list[str]] = []
    row: list[str] = []
    cell: list[str] = []
    quoted = False
    i = 0
    while i < len(text):
        c = text[i]
        if quoted:
            if c == '"' and text[i + 1 : i + 2] == '"':
                cell.append('"')
                i += 1
            elif c == '"':
                quoted = False
            else:
                cell.append(c)
        elif c == '"':
            quoted = True
        elif c == ",":
            row.append("".join(cell))
            cell = []
        elif c in _LINE_BREAKS:
            row.append("".join(cell))
            rows.append(row)
            row, cell = [], []
        else:
            cell.append(c)
        i += 1
    if cell or row:
        row.append("".join(cell))
        rows.append(row)
    return [r for r in rows if r != [""]]


@pytest.fixture
def spreadsheet_rows():
    return _spreadsheet_rows


def formula_cells(rows: list[list[str]]) -> list[str]:
    """Cells a spreadsheet would run: the first non-blank character starts a formula,
    unless the cell is a plain number such as +18445550199."""
    import re

    plain = re.compile(r"[+-]?[\d ()./-]+")
    return [
        cell
        for row in rows
        for cell in row
        if cell.lstrip().startswith(("=", "+", "-", "@")) and not plain.fullmatch(cell)
    ]


@pytest.fixture
def formulas():
    return formula_cells


@pytest.fixture(scope="session")
def load_script():
    """Load a script that is not a package module (a benchmark) by its path, for the
    tests that drive its functions: `with load_script(path, name) as module: ...`."""
    return _load_script


@contextlib.contextmanager
def _load_script(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # (dataclasses look their module up while it loads)
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.modules.pop(name, None)
