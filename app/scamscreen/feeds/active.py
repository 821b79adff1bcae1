"""Which data folder is in use: the shipped `data/`, or the newest update built on it.

An applied update lives in the user's data folder (`home`, 0700):

    <home>/updates/current.json       which update is in use (replaced atomically)
    <home>/updates/v42-<random>/
        manifest.json, manifest.sig   exactly as received and verified
        feed/...                      the feed's files, each checked against the manifest
        data/                         the shipped data/ with the feed's data files laid
                                      over it, loaded once by the core before switching

`current.json` names the folder, the version, when and from where it came, the
fingerprint of the shipped data it was built on and the fingerprint of `data/` itself.

The data folder is the user's to write, so nothing beside the data is taken on trust:
`active_data_dir` uses the staged folder only when its saved `manifest.json` still
carries a good signature by a key this copy trusts (`trusted_keys`: the embedded ones
and those listed in SCAMSCREEN_TRUSTED_KEYS, never one found in the data folder), is
the version `current.json` names, and every file of `data/` is either a feed data file
of that manifest with its size and SHA-256, or byte for byte the shipped file of the
same name, none missing and none extra. If the app was upgraded (its own data changed),
the staged copy was damaged or does not match what was signed, the shipped data is
used until the next update, which re-applies the feed over it.

Standard library only while no update is installed: `scamscreen check` calls this at
start-up, and must not load requests, cryptography or SQLite; the signature check
(cryptography) is loaded only when there is an installed update to check.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scamscreen.core.data import data_dir
from scamscreen.core.i18n import _

if TYPE_CHECKING:
    from scamscreen.feeds.signing import TrustedKey

UPDATES_DIR = "updates"
POINTER = "current.json"
LOCK = ".lock"
STAGING_PREFIX = ".staging-"
_FOLDER = re.compile(r"v[0-9]{1,16}-[A-Za-z0-9_]{1,32}")
_MAX_POINTER_BYTES = 1024 * 1024
# Public key files (os.pathsep between them) trusted besides the embedded keys, for
# updates and for checking an installed update at start-up: set by a help desk for its
# own feed, and by tests. Never read from the data folder, which the user (or anything
# running as the user) can write.
TRUSTED_KEYS_ENV = "SCAMSCREEN_TRUSTED_KEYS"


def private_dir(path: Path) -> Path:
    """Create `path` and make it the user's alone (as `scamscreen.store.location` does;
    not imported from there because that package loads SQLite)."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, stat.S_IRWXU)
    return path


def private_file(path: Path) -> None:
    if os.name == "posix":
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def updates_dir(home: Path) -> Path:
    return Path(home) / UPDATES_DIR


def fingerprint(folder: Path) -> str:
    """SHA-256 over every JSON file's relative name and bytes: the same scheme as
    `Screener.data_version`, so its first 12 digits are the data version saved with
    each verdict."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*.json")):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def read_pointer(home: Path) -> dict[str, Any] | None:
    """`current.json`, or None when there is none or it cannot be trusted to be whole."""
    path = updates_dir(home) / POINTER
    try:
        if path.stat().st_size > _MAX_POINTER_BYTES:
            return None
        state = json.loads(path.read_bytes())
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(state, dict):
        return None
    version, folder = state.get("version"), state.get("folder")
    if (
        not isinstance(version, int)
        or isinstance(version, bool)
        or not isinstance(folder, str)
        or not _FOLDER.fullmatch(folder)
    ):
        return None
    return state


def write_pointer(home: Path, state: dict[str, Any]) -> None:
    """Replace `current.json` in one step: a reader sees the old one or the new one."""
    folder = private_dir(updates_dir(home))
    fd, temp = tempfile.mkstemp(prefix=".current-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(state, out, indent=2, sort_keys=True)
            out.write("\n")
            out.flush()
            os.fsync(out.fileno())
        private_file(Path(temp))
        os.replace(temp, folder / POINTER)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    _sync_dir(folder)


def remove_pointer(home: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        (updates_dir(home) / POINTER).unlink()
    _sync_dir(updates_dir(home))


def _sync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to flush."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def trusted_keys() -> tuple[TrustedKey, ...]:
    """The keys an update is accepted with, and an installed one checked with: the
    ones embedded in ScamScreen and the key files listed in SCAMSCREEN_TRUSTED_KEYS (a
    file there that is not a usable public key is left out)."""
    from scamscreen.feeds.signing import KeyFileError, embedded_keys, load_public_key

    keys = list(embedded_keys())
    for name in os.environ.get(TRUSTED_KEYS_ENV, "").split(os.pathsep):
        if name.strip():
            with contextlib.suppress(KeyFileError, OSError):
                keys.append(load_public_key(Path(name.strip())))
    return tuple(keys)


def _read_capped(path: Path, cap: int) -> bytes:
    """A regular file's bytes, refused (OSError) over `cap` bytes."""
    with open(path, "rb") as file:
        if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
            raise OSError(f"{path} is not a regular file")
        data = file.read(cap + 1)
    if len(data) > cap:
        raise OSError(f"{path} is too large")
    return data


def _regular_files(folder: Path) -> dict[str, Path] | None:
    """Every file below `folder` by relative POSIX name; None if something there is
    neither a folder nor a regular file (a link, a device)."""
    found: dict[str, Path] = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = Path(root) / name
            mode = os.lstat(path).st_mode
            if not (stat.S_ISREG(mode) or (name in dirs and stat.S_ISDIR(mode))):
                return None
            if name in files:
                found[path.relative_to(folder).as_posix()] = path
    return found


def _signed_problem(home: Path, state: dict[str, Any]) -> str | None:
    """None when the staged `data/` of `state` is exactly what its saved, signed
    manifest and the shipped data make; else "untrusted" (no signature by a key
    trusted now) or "unverified" (anything else that does not match)."""
    from scamscreen.feeds.errors import UpdateError
    from scamscreen.feeds.manifest import MANIFEST_NAME, MAX_MANIFEST_BYTES, parse
    from scamscreen.feeds.signing import MAX_SIGNATURE_BYTES, SIGNATURE_NAME, verify

    staged = updates_dir(home) / state["folder"]
    try:
        raw = _read_capped(staged / MANIFEST_NAME, MAX_MANIFEST_BYTES)
        signature = _read_capped(staged / SIGNATURE_NAME, MAX_SIGNATURE_BYTES)
    except OSError:
        return "unverified"
    keys = trusted_keys()
    try:
        verify(raw, signature, keys)
        manifest = parse(raw)
    except UpdateError:
        ids = {key.key_id.encode("ascii") for key in keys}
        named = {line.split()[1] for line in signature.splitlines() if len(line.split()) == 3}
        return "unverified" if ids & named else "untrusted"
    if manifest.version != state["version"]:
        return "unverified"
    from_feed = {entry.name: entry for entry in manifest.files if entry.kind == "data"}
    try:
        found = _regular_files(staged / "data")
        shipped = _regular_files(data_dir())
        if found is None or shipped is None or set(found) != set(shipped) | set(from_feed):
            return "unverified"
        for name, path in found.items():
            entry = from_feed.get(name)
            if entry is not None:
                body = _read_capped(path, entry.size)
                if len(body) != entry.size or hashlib.sha256(body).hexdigest() != entry.sha256:
                    return "unverified"
            elif path.read_bytes() != shipped[name].read_bytes():
                return "unverified"
    except OSError:
        return "unverified"
    return None


def check_staged(home: Path, state: dict[str, Any]) -> tuple[Path | None, str | None]:
    """(staged data folder, None) when the update `state` (what `current.json` holds
    or is about to hold) can be used, else (None, why not: a key of `NOT_IN_USE`)."""
    folder = updates_dir(home) / state["folder"] / "data"
    if not folder.is_dir():
        return None, "missing"
    try:
        if state.get("shipped_fingerprint") != fingerprint(data_dir()):
            return None, "app_upgraded"
        problem = _signed_problem(home, state)
        if problem is not None:
            return None, problem
        if state.get("data_fingerprint") != fingerprint(folder):
            return None, "unverified"
    except OSError:
        return None, "damaged"
    return folder, None


def _in_use(home: Path, state: dict[str, Any] | None) -> tuple[Path | None, str | None]:
    if state is None:
        return None, None
    return check_staged(home, state)


def data_in_use(home: Path) -> tuple[Path, str | None]:
    """The data folder to load, and when an installed update is not used, why not (a
    key of `NOT_IN_USE`; "unverified" and "untrusted" mean it did not match what was
    signed)."""
    folder, why = _in_use(Path(home), read_pointer(Path(home)))
    return folder or data_dir(), why


def active_data_dir(home: Path) -> Path:
    """The data folder to load (`Screener.load(folder)`, `load_checklist(name,
    folder / "checklists")`): the newest applied update if it is exactly what was
    signed and was built on the data this copy of the app ships, else the shipped
    data."""
    return data_in_use(home)[0]


def installed_version(home: Path) -> int | None:
    """The version of the last update applied, whether or not it is in use now
    (`last_update` says which); None when none was ever applied."""
    state = read_pointer(Path(home))
    return state["version"] if state else None


# Why an applied update is not in use, for the Settings screen.
NOT_IN_USE = {
    "missing": "The last update's files are missing, so the data that came with "
    "ScamScreen is used. Update again to restore them.",
    "damaged": "The last update's files were damaged, so the data that came with "
    "ScamScreen is used. Update again to restore them.",
    "app_upgraded": "ScamScreen was upgraded since the last update, so the data that came "
    "with it is used. The next update is applied on top of it.",
    "unverified": "The installed update did not match what was signed (its files were "
    "changed after it was checked), so the data that came with ScamScreen is used. The "
    "next update will restore it.",
    "untrusted": "The installed update is signed with a key this copy of ScamScreen does "
    "not trust, so the data that came with ScamScreen is used. The next update will "
    "replace it.",
}
# Reasons that mean the installed update is not what was signed (said by `check`).
NOT_SIGNED = ("unverified", "untrusted")


def not_signed_warning(why: str | None) -> str | None:
    """One line for the command line (`check` on standard error, `lists show`,
    `update`) when the installed update was refused because it is not what was signed;
    None for every other reason (an app upgrade is not news)."""
    if why == "unverified":
        return _(
            "Note: the installed update did not match what was signed, so ScamScreen used "
            "the data it came with; the next `scamscreen update` will restore it."
        )
    if why == "untrusted":
        return _(
            "Note: the installed update is signed with a key this copy of ScamScreen does "
            "not trust, so it used the data it came with; the next `scamscreen update` "
            "will replace it."
        )
    return None


def last_update(home: Path) -> dict[str, Any] | None:
    """For Settings: the last update applied (version, applied_at, source, expires,
    data_version, numbers/domains it brought), whether it is in use, and if not why
    (`note`, in plain words). None when no update was ever applied."""
    state = read_pointer(Path(home))
    if state is None:
        return None
    folder, why = _in_use(Path(home), state)
    return {
        "version": state["version"],
        "applied_at": state.get("applied_at"),
        "source": state.get("source"),
        "expires": state.get("expires"),
        "created": state.get("created"),
        "signed_by": state.get("signed_by"),
        "files": list(state.get("files", [])),
        "numbers": state.get("numbers"),
        "domains": state.get("domains"),
        "data_fingerprint": state.get("data_fingerprint"),
        "data_version": str(state.get("data_fingerprint", ""))[:12],
        "in_use": folder is not None,
        "reason": why,
        "note": _(NOT_IN_USE[why]) if why in NOT_IN_USE else None,
    }


def prune(home: Path, keep: set[str]) -> None:
    """Remove staged folders other than those in `keep`, staging and pointer files left
    by an interrupted update. Called under the update lock after a switch, keeping the
    new folder and the one it replaced (an app still running on the replaced data can
    finish what it is doing). Best effort: a file held open on Windows is left for next
    time."""
    root = updates_dir(home)
    if not root.is_dir():
        return
    for entry in root.iterdir():
        if entry.name in keep:
            continue
        if entry.is_dir() and (
            _FOLDER.fullmatch(entry.name) or entry.name.startswith(STAGING_PREFIX)
        ):
            shutil.rmtree(entry, ignore_errors=True)
        elif entry.is_file() and entry.name.startswith(".current-"):
            with contextlib.suppress(OSError):
                entry.unlink()


class Busy(Exception):
    """Another update holds the lock."""


@contextlib.contextmanager
def locked(home: Path) -> Iterator[None]:
    """One update at a time per data folder (the app and the command line may both
    try). An OS lock, so a crashed update never leaves it held."""
    folder = private_dir(updates_dir(home))
    path = folder / LOCK
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            if sys.platform == "win32":  # (not os.name: mypy checks this per platform)
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise Busy from None
        yield
    finally:
        os.close(fd)  # closing releases the lock on every platform
