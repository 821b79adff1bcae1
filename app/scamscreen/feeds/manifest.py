"""The manifest of a feed: what it contains, which version it is and until when it holds.

`manifest.json` (UTF-8 JSON, at most 1 MB) — always parsed *after* its signature has
been checked (see `signing`), and then validated strictly, because a maintainer's slip
must not become a user's problem either:

    {
      "format": 1,
      "version": 42,
      "created": "2026-11-29T20:00:00Z",
      "expires": "2027-01-31",
      "files": [
        {"name": "vendors/acme.json", "size": 1834, "sha256": "<64 hex digits>"},
        {"name": "known-numbers.csv", "size": 52311, "sha256": "<64 hex digits>"}
      ]
    }

- `version` only goes up: the client refuses one older than it has installed.
- `expires` is a date (the feed holds through that day, UTC) or a date and time with
  its zone (`Z` or `+01:00`): an expired manifest is refused, so a stale copy cannot be
  replayed to freeze a user on old lists.
- File names are relative POSIX paths of one of the known kinds (`FILE_KINDS`); anything
  else (a path outside the feed, a duplicate, an unknown kind, a claimed size no update
  needs) is refused with a message that names it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, TypeGuard

from scamscreen.core.i18n import _
from scamscreen.feeds.errors import refused

FORMAT = 1
MANIFEST_NAME = "manifest.json"
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_FILES = 2000
MAX_VERSION = 2**53 - 1  # what every JSON reader keeps exact
MAX_JSON_FILE_BYTES = 16 * 1024 * 1024  # the shipped data/ is 0.4 MB in all
MAX_CSV_FILE_BYTES = 256 * 1024 * 1024  # a few million known numbers
MAX_TOTAL_BYTES = 512 * 1024 * 1024
_KEYS = {"format", "version", "expires", "files"}
_OPTIONAL_KEYS = {"created", "comment"}
_FILE_KEYS = {"name", "size", "sha256"}
_SHA256 = re.compile(r"[0-9a-f]{64}")
_SLUG = r"[a-z0-9][a-z0-9_-]{0,63}"
# Which files a feed may carry, and what becomes of them: "data" files are laid over the
# shipped data/ folder and must load with the core's own loaders; "numbers" and
# "domains" CSVs go into the known-scam lists.
FILE_KINDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"vendors/{_SLUG}\.json"), "data"),
    (re.compile(r"indicators/(rules|remote-tools|lexicon-[a-z]{2,3})\.json"), "data"),
    (re.compile(rf"checklists/{_SLUG}\.json"), "data"),
    (re.compile(r"(web|advice)\.json"), "data"),
    (re.compile(r"known-numbers\.csv"), "numbers"),
    (re.compile(r"known-domains\.csv"), "domains"),
)
# Names Windows cannot create whatever their extension ("con.json").
_RESERVED = re.compile(r"(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?", re.IGNORECASE)


@dataclass(frozen=True)
class FileEntry:
    name: str
    size: int
    sha256: str
    kind: str  # "data", "numbers" or "domains"


@dataclass(frozen=True)
class Manifest:
    format: int
    version: int
    expires: datetime  # aware, UTC: the first instant it no longer holds
    expires_text: str  # as written in the manifest, for messages
    created: str | None
    files: tuple[FileEntry, ...]

    @property
    def total_size(self) -> int:
        return sum(entry.size for entry in self.files)

    def expired(self, now: datetime) -> bool:
        return now >= self.expires


def readable_size(size: int) -> str:
    for unit, scale in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{size} bytes"


def kind_of(name: str) -> str:
    """The kind of a file a feed may carry, or a refusal that says what is wrong."""
    shown = name if len(name) <= 80 else name[:77] + "..."
    shown = shown.encode("unicode_escape").decode("ascii")
    if (
        not name
        or "\\" in name
        or name.startswith("/")
        or re.match(r"[A-Za-z]:", name)
        or any(part in ("", ".", "..") for part in name.split("/"))
        or any(ord(ch) < 32 or ord(ch) == 127 for ch in name)
    ):
        raise refused(_("it names a file outside its own folder ('{name}')").format(name=shown))
    if any(_RESERVED.fullmatch(part) for part in name.split("/")):
        raise refused(_("it names a file Windows cannot store ('{name}')").format(name=shown))
    for pattern, kind in FILE_KINDS:
        if pattern.fullmatch(name):
            return kind
    raise refused(
        _("it contains a file ScamScreen does not know what to do with ('{name}')").format(
            name=shown
        )
    )


def size_limit(kind: str) -> int:
    return MAX_JSON_FILE_BYTES if kind == "data" else MAX_CSV_FILE_BYTES


def parse_expiry(text: str) -> datetime:
    """`2027-01-31` (valid through that day, UTC) or `2027-01-31T12:00:00Z` (an instant
    with its zone). A time without a zone is ambiguous and refused."""
    if len(text) > 40:
        raise ValueError(text)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        day = date.fromisoformat(text)
        return datetime.combine(day, time(), UTC) + timedelta(days=1)
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(text)
    return moment.astimezone(UTC)


def _reject_constant(name: str) -> Any:
    raise ValueError(name)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("duplicate key")
    return result


def _is_int(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def parse(raw: bytes) -> Manifest:
    """A manifest from its (already verified) bytes, or a refusal naming the problem.

    Never raises anything but `UpdateError`, whatever the bytes (a property test feeds
    it arbitrary JSON)."""
    damaged = refused(_("its list of files (the manifest) is damaged"))
    if len(raw) > MAX_MANIFEST_BYTES:
        raise refused(_("its list of files (the manifest) is far larger than any update needs"))
    try:
        value = json.loads(
            raw.decode("utf-8"),
            object_pairs_hook=_unique_keys,
            parse_constant=_reject_constant,
        )
    except RecursionError:
        raise refused(_("its list of files (the manifest) is nested too deeply")) from None
    except (UnicodeDecodeError, ValueError):  # JSONDecodeError is a ValueError
        raise damaged from None
    if not isinstance(value, dict):
        raise damaged
    fmt = value.get("format")
    if not _is_int(fmt):
        raise damaged
    if fmt > FORMAT:
        raise refused(
            _("it needs a newer version of ScamScreen: install the latest version, then update")
        )
    if fmt != FORMAT or not value.keys() >= _KEYS or value.keys() - _KEYS - _OPTIONAL_KEYS:
        raise damaged
    version = value["version"]
    if not _is_int(version) or not 0 < version <= MAX_VERSION:
        raise refused(_("its version number is not a whole number above zero"))
    created = value.get("created")
    if created is not None and (not isinstance(created, str) or len(created) > 40):
        raise damaged
    if not isinstance(value.get("comment", ""), str):
        raise damaged
    expires_text = value["expires"]
    try:
        if not isinstance(expires_text, str):
            raise ValueError(expires_text)
        expires = parse_expiry(expires_text)
    except (ValueError, OverflowError):
        raise refused(_("its expiry date cannot be read")) from None
    return Manifest(
        format=fmt,
        version=version,
        expires=expires,
        expires_text=expires_text,
        created=created,
        files=_files(value["files"], damaged),
    )


def _files(items: Any, damaged: Exception) -> tuple[FileEntry, ...]:
    if not isinstance(items, list):
        raise damaged
    if not items:
        raise refused(_("it contains no files"))
    if len(items) > MAX_FILES:
        raise refused(
            _("it lists {count} files, far more than any update needs").format(count=len(items))
        )
    entries: list[FileEntry] = []
    seen: set[str] = set()
    total = 0
    for item in items:
        if not isinstance(item, dict) or item.keys() != _FILE_KEYS:
            raise damaged
        name, size, digest = item["name"], item["size"], item["sha256"]
        if not isinstance(name, str) or not _is_int(size) or not isinstance(digest, str):
            raise damaged
        kind = kind_of(name)
        if name.lower() in seen:
            raise refused(_("it lists the file '{name}' twice").format(name=name))
        seen.add(name.lower())
        if size < 0:
            raise damaged
        if size > size_limit(kind):
            raise refused(
                _(
                    "it claims a file of {size} ('{name}'), far more than any ScamScreen "
                    "update needs"
                ).format(size=readable_size(size), name=name)
            )
        if not _SHA256.fullmatch(digest):
            raise damaged
        total += size
        entries.append(FileEntry(name, size, digest, kind))
    if total > MAX_TOTAL_BYTES:
        raise refused(
            _("its files add up to {size}, far more than any ScamScreen update needs").format(
                size=readable_size(total)
            )
        )
    return tuple(entries)


def dump(version: int, expires: str, files: list[FileEntry], created: str | None = None) -> bytes:
    """The manifest bytes `feed build` signs: sorted keys, 2-space indent, UTF-8."""
    value: dict[str, Any] = {
        "format": FORMAT,
        "version": version,
        "expires": expires,
        "files": [{"name": f.name, "size": f.size, "sha256": f.sha256} for f in files],
    }
    if created:
        value["created"] = created
    return (json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()
