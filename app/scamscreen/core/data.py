"""Finding and reading the shipped data files (`data/` at the top of the project).

A missing or damaged data file is not a bug the user can fix by retyping something, but
it is one they can fix by reinstalling: `DataError` says which file and what is wrong.
"""

from __future__ import annotations

import json
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


def data_dir() -> Path:
    """The folder holding vendors/, indicators/ and friends.

    `SCAMSCREEN_DATA` overrides it (tests, and updates staged by the feeds); a frozen
    build keeps it next to the executable; a source checkout has it at the top level.
    """
    override = os.environ.get("SCAMSCREEN_DATA")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "data"
    return Path(__file__).resolve().parents[3] / "data"


def load_json(path: Path) -> Any:
    try:
        with path.open("rb") as handle:
            return json.load(handle)
    except FileNotFoundError:
        raise DataError(path, "is missing") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(path, f"cannot be read ({exc.__class__.__name__})") from None
    except json.JSONDecodeError as exc:
        raise DataError(path, f"is damaged (line {exc.lineno}: {exc.msg})") from None


def require(mapping: Any, key: str, kind: type, path: Path, where: str) -> Any:
    """Read `mapping[key]`, insisting on its type; the message names the entry."""
    if not isinstance(mapping, dict) or key not in mapping:
        raise DataError(path, f"has an entry without '{key}' ({where})")
    value = mapping[key]
    if not isinstance(value, kind):
        raise DataError(path, f"has '{key}' of the wrong type ({where})")
    return value
