"""Finding and reading the shipped data files (`data/` at the top of the project).

A missing or damaged data file is not a bug the user can fix by retyping something, but
it is one they can fix by reinstalling: `DataError` says which file and what is wrong.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any


class DataError(Exception):
    """A shipped data file is missing or damaged."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(
            f"ScamScreen's data file {path} {problem}. Reinstall ScamScreen to repair it."
        )
        self.path = path
        self.problem = problem


class ListsUnreadable(Exception):
    """The known-scam lists could not be read for a lookup (the file was removed, or
    another program holds it). Screening goes on without them and says so."""


def _shipped(name: str) -> Path:
    """Where the shipped folder `name` ("data" or "resources") is, in every layout.

    - the frozen bundle (PyInstaller) keeps it beside the executable, in `sys._MEIPASS`;
    - an installed wheel or sdist carries it inside the package, `scamscreen/<name>`
      (pyproject.toml maps the top-level folders there): this is the very path
      `importlib.resources.files("scamscreen") / name` answers for a package on disk, found
      without importing importlib.resources, which costs the desktop app 7–8 ms at
      start-up where the budget has a few;
    - a source checkout (and an editable install of it) has it at the top of the project.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / name
    package = Path(__file__).resolve().parents[1]
    inside = package / name
    if inside.is_dir():
        return inside
    return package.parents[1] / name


def data_dir() -> Path:
    """The folder holding vendors/, indicators/ and friends.

    `SCAMSCREEN_DATA` overrides it (tests, and updates staged by the feeds); otherwise it is
    the shipped folder, wherever this copy of ScamScreen keeps it (`_shipped`).
    """
    override = os.environ.get("SCAMSCREEN_DATA")
    if override:
        return Path(override)
    return _shipped("data")


def resources_dir() -> Path:
    """The folder holding icons and translations, found the way `data_dir` is."""
    return _shipped("resources")


def cache_dir() -> Path:
    """Where derived, rebuildable files go (never the user's own data).

    `SCAMSCREEN_CACHE` overrides it. Resolved by hand rather than with platformdirs,
    which costs more to import than the whole cache saves at start-up.
    """
    override = os.environ.get("SCAMSCREEN_CACHE")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "ScamScreen" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "ScamScreen"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "scamscreen"


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise DataError(path, "is missing") from None
    except OSError as exc:
        raise DataError(path, f"cannot be read ({exc.__class__.__name__})") from None


def parse_json(path: Path, raw: bytes) -> Any:
    import json  # (here: the desktop app finds its folders at start-up without it)

    try:
        return json.loads(raw)
    except UnicodeDecodeError as exc:
        raise DataError(path, f"cannot be read ({exc.__class__.__name__})") from None
    except json.JSONDecodeError as exc:
        raise DataError(path, f"is damaged (line {exc.lineno}: {exc.msg})") from None


def load_json(path: Path) -> Any:
    return parse_json(path, read_bytes(path))


def require(mapping: Any, key: str, kind: type | tuple[type, ...], path: Path, where: str) -> Any:
    """Read `mapping[key]`, insisting on its type; the message names the entry."""
    if not isinstance(mapping, dict) or key not in mapping:
        raise DataError(path, f"has an entry without '{key}' ({where})")
    value = mapping[key]
    if not isinstance(value, kind):
        raise DataError(path, f"has '{key}' of the wrong type ({where})")
    return value
