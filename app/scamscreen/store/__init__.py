"""The local case log: every logged contact, kept on SQLite in the user's data folder.

Nothing here talks to the network. The database and its folder are readable by the user
alone; deleting a contact overwrites it (secure_delete); backups are taken after every
25 saves, each hour of use and before upgrades and restores, and a week of them is kept
next to it and used to recover from a damaged file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scamscreen.store.location import resolve_home

if TYPE_CHECKING:
    from scamscreen.store.caselog import CaseLog, Stored, StoreError

__all__ = ["CaseLog", "StoreError", "Stored", "resolve_home"]


def __getattr__(name: str) -> Any:
    """The database code (sqlite-utils: about 80 ms to import) loads when first used,
    so the desktop app can show its window, and `resolve_home` can be used, without it."""
    if name in {"CaseLog", "Stored", "StoreError"}:
        from scamscreen.store import caselog

        return getattr(caselog, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
