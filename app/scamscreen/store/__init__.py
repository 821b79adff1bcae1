"""The local case log: every logged contact, kept on SQLite in the user's data folder.

Nothing here talks to the network. The database and its folder are readable by the user
alone; deleting a contact overwrites it (secure_delete); a daily rotating backup is kept
next to it and used to recover from a damaged file.
"""

from scamscreen.store.caselog import CaseLog, Stored, StoreError
from scamscreen.store.location import resolve_home

__all__ = ["CaseLog", "StoreError", "Stored", "resolve_home"]
