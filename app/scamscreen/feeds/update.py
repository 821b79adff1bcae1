"""Applying a signed feed: fetch, verify, stage, validate, then switch in one step.

Order (each step only starts when the one before succeeded; any failure removes the
staging folder and leaves the data in use, the known-scam lists and `current.json`
exactly as they were):

1. check the address (https://, or http:// to this computer) — before any request;
2. fetch `manifest.sig` (≤ 1 KB) and `manifest.json` (≤ 1 MB), verify the signature
   over the exact manifest bytes with a trusted key, and only then parse the manifest;
3. refuse an expired manifest and a version older than the one installed (the same
   version again is "already up to date", unless that update is no longer in use);
4. download each file into `<home>/updates/.staging-*/feed/`, streamed, capped at its
   announced size, checked against its SHA-256;
5. build `data/` = shipped data + the feed's data files, load it with the core loaders
   and screen a sample contact; read every known-scam CSV from first line to last;
6. rename the staging folder to `v<N>-<random>` (invisible until the switch);
7. replace `current.json` (os.replace: the switch);
8. replace the `feed` rows of the known-scam lists with the feed's CSVs, in one SQLite
   transaction (`KnownLists.replace_source`); if that fails, the old `current.json` is
   put back and the new folder removed, so data and lists stay as they were.

Cancel is honoured up to step 6; from step 7 on the update completes (it takes a
moment). After the switch, staged folders older than the one just replaced are removed
(the replaced one is kept until the next update, for an app still running on it).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import shutil
import sqlite3
import stat
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scamscreen.core.data import data_dir
from scamscreen.core.i18n import _
from scamscreen.feeds import active, validate
from scamscreen.feeds.errors import UpdateCancelled, UpdateError, local, no_source, refused
from scamscreen.feeds.http import Fetcher, Policy, check_url
from scamscreen.feeds.manifest import (
    MANIFEST_NAME,
    MAX_MANIFEST_BYTES,
    FileEntry,
    Manifest,
    parse,
    readable_size,
)
from scamscreen.feeds.signing import (
    MAX_SIGNATURE_BYTES,
    SIGNATURE_NAME,
    KeyFileError,
    TrustedKey,
    load_public_key,
    verify,
)
from scamscreen.feeds.source import default_source

LIST_SOURCE = "feed"  # the known-scam lists' source name for rows an update brings

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class UpdateResult:
    """What an update did, for the app and the command line."""

    updated: bool  # False: the same version is already in use
    version: int
    previous_version: int | None
    files: tuple[str, ...]
    data_version: str  # as saved with each verdict from now on
    numbers: int | None  # known scam numbers the feed brought (None: no such file)
    domains: int | None
    source: str
    expires: str
    message: str


def update(
    home: Path,
    source_url: str | None = None,
    trusted_keys: Sequence[TrustedKey | Path | str] | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    *,
    policy: Policy | None = None,
    now: datetime | None = None,
) -> UpdateResult:
    """Fetch the feed at `source_url` and apply it, or raise `UpdateError` (whose text
    is for the user) leaving everything as it was.

    `source_url`: None, the address written into this build (`feeds.source`); a copy
    built without one refuses with kind `no_source` before anything is touched.

    `trusted_keys`: the public keys to accept (TrustedKey objects or key files); by
    default the two embedded in ScamScreen and those listed in SCAMSCREEN_TRUSTED_KEYS
    (`active.trusted_keys`). Whichever are given, the update is switched to only if a
    key trusted at start-up signed it, since every start checks it again.
    `progress(done, total)` is called with bytes of the feed's files; `cancelled()` is
    looked at every tenth of a second while waiting for the network, and between
    steps.
    """
    source = source_url or default_source()
    if source is None:
        raise no_source()
    check_url(source)  # before anything else: no request to a refused address
    keys = _keys(trusted_keys)
    cancelled = cancelled or (lambda: False)
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    home = Path(home)
    stack = contextlib.ExitStack()
    try:
        active.private_dir(home)
        stack.enter_context(active.locked(home))
    except active.Busy:
        raise UpdateError(
            _("Another update is already running. Nothing was changed."), "busy"
        ) from None
    except OSError as exc:
        raise _storage(exc) from None
    with stack, Fetcher(source, policy, cancelled) as fetcher:
        try:
            return _update(home, source, keys, fetcher, progress, cancelled, moment)
        except UpdateError:
            raise
        except Exception as exc:  # a bug: still words, and the cause kept for the log
            raise local(
                _("The update failed because of an unexpected problem ({problem}).").format(
                    problem=exc.__class__.__name__
                )
            ) from exc


def _keys(trusted: Sequence[TrustedKey | Path | str] | None) -> tuple[TrustedKey, ...]:
    try:
        if trusted is None:
            return active.trusted_keys()
        return tuple(k if isinstance(k, TrustedKey) else load_public_key(Path(k)) for k in trusted)
    except KeyFileError as exc:
        raise UpdateError(
            _("The update key cannot be used: {problem}. Nothing was changed.").format(problem=exc)
        ) from None


def _storage(exc: OSError) -> UpdateError:
    return local(
        _(
            "The update could not be stored in ScamScreen's data folder ({problem}): check "
            "that there is free space, then try again."
        ).format(problem=exc.strerror or exc.__class__.__name__)
    )


def _update(
    home: Path,
    source: str,
    keys: tuple[TrustedKey, ...],
    fetcher: Fetcher,
    progress: Progress | None,
    cancelled: Callable[[], bool],
    now: datetime,
) -> UpdateResult:
    signature = fetcher.get_small(
        SIGNATURE_NAME, MAX_SIGNATURE_BYTES, refused(_("its signature file is damaged"))
    )
    raw = fetcher.get_small(
        MANIFEST_NAME,
        MAX_MANIFEST_BYTES,
        refused(_("its list of files (the manifest) is far larger than any update needs")),
    )
    signer = verify(raw, signature, keys)  # before the manifest is parsed
    manifest = parse(raw)
    if manifest.expired(now):
        raise refused(
            _(
                "it expired on {date}: the update server may be out of date, or someone may "
                "be holding back newer updates. Try again later"
            ).format(date=manifest.expires_text)
        )
    state = active.read_pointer(home)
    previous = state["version"] if state else None
    manifest_sha = hashlib.sha256(raw).hexdigest()
    if previous is not None:
        if manifest.version < previous:
            raise refused(
                _(
                    "it is older (version {new}) than the update already installed (version {old})"
                ).format(new=manifest.version, old=previous)
            )
        if manifest.version == previous:
            if state and state.get("manifest_sha256") != manifest_sha:
                raise refused(
                    _(
                        "it has the same version number ({version}) as the update already "
                        "installed, but different contents"
                    ).format(version=previous)
                )
            info = active.last_update(home)
            if info and info["in_use"]:
                return _result(False, manifest, previous, source, info, state)
    try:
        _room_for(home, manifest)
        staging = Path(tempfile.mkdtemp(prefix=active.STAGING_PREFIX, dir=active.updates_dir(home)))
    except OSError as exc:
        raise _storage(exc) from None
    try:
        counts = _stage(staging, raw, signature, manifest, fetcher, progress)
        if cancelled():
            raise UpdateCancelled
        folder = f"v{manifest.version}-{secrets.token_hex(6)}"
        final = active.updates_dir(home) / folder
        os.rename(staging, final)
        staging = final
        new_state = {
            "version": manifest.version,
            "folder": folder,
            "applied_at": now.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "source": source,
            "expires": manifest.expires_text,
            "created": manifest.created,
            "signed_by": signer.name,
            "key_id": signer.key_id,
            "manifest_sha256": manifest_sha,
            "files": [entry.name for entry in manifest.files],
            "shipped_fingerprint": counts.pop("shipped_fingerprint"),
            "data_fingerprint": counts.pop("data_fingerprint"),
            "numbers": counts.get("numbers"),
            "domains": counts.get("domains"),
        }
        _check_as_at_start_up(home, new_state)
        _switch(home, final / "feed", manifest, new_state)
    except UpdateError:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise _storage(exc) from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    active.prune(home, keep={folder, state["folder"]} if state else {folder})
    info = active.last_update(home) or {}
    return _result(True, manifest, previous, source, info, new_state)


def _check_as_at_start_up(home: Path, state: dict[str, Any]) -> None:
    """Before the switch: the staged folder passes the check every start-up makes
    (`active.check_staged`: the saved manifest's signature by a key trusted at
    start-up, and every data file against it), so what is switched to is used."""
    _folder, why = active.check_staged(home, state)
    if why == "untrusted":
        raise refused(
            _(
                "it is signed with a key given for this update only (--trusted-key), which "
                "ScamScreen would not trust when it starts: to use it, list the key file in "
                "{variable}"
            ).format(variable=active.TRUSTED_KEYS_ENV)
        )
    if why is not None:
        raise refused(_("the files saved on this computer do not match what was signed"))


def _room_for(home: Path, manifest: Manifest) -> None:
    """Refuse early, in words, when the disk cannot hold the download and the copy."""
    needed = manifest.total_size + 2 * 1024 * 1024 + _size_of(data_dir())
    free = shutil.disk_usage(active.updates_dir(home)).free
    if free < needed:
        raise local(
            _(
                "There is not enough free space for the update (it needs about {size}): "
                "free some space, then try again."
            ).format(size=readable_size(needed))
        )


def _size_of(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def _stage(
    staging: Path,
    raw: bytes,
    signature: bytes,
    manifest: Manifest,
    fetcher: Fetcher,
    progress: Progress | None,
) -> dict[str, Any]:
    """Download and check everything into `staging`; the fingerprints and list counts."""
    feed = staging / "feed"
    feed.mkdir()
    total = manifest.total_size
    done = 0

    def on_bytes(count: int) -> None:
        nonlocal done
        done = max(0, done + count)
        if progress:
            progress(min(done, total), total)

    if progress:
        progress(0, total)
    for entry in manifest.files:
        fetcher.download(entry.name, feed / entry.name, entry.size, entry.sha256, on_bytes)
    fetcher.check_cancelled()
    (staging / MANIFEST_NAME).write_bytes(raw)
    (staging / SIGNATURE_NAME).write_bytes(signature)
    counts: dict[str, Any] = {}
    for entry in manifest.files:
        if entry.kind in validate.LIST_KIND:
            found = validate.csv_file(feed / entry.name, entry.kind)
            counts["numbers"] = counts.get("numbers", 0) + found["number"]
            counts["domains"] = counts.get("domains", 0) + found["domain"]
            fetcher.check_cancelled()
    shipped = data_dir()
    validate.merge(shipped, feed, manifest.files, staging / "data")
    counts["shipped_fingerprint"] = active.fingerprint(shipped)
    names = {entry.name for entry in manifest.files if entry.kind == "data"}
    validate.data(staging / "data", names)
    counts["data_fingerprint"] = active.fingerprint(staging / "data")
    _make_private(staging)
    return counts


def _make_private(folder: Path) -> None:
    """Files 0600, folders 0700, as everything else in the data folder."""
    if os.name != "posix":
        return
    for root, _dirs, files in os.walk(folder):
        os.chmod(root, stat.S_IRWXU)
        for name in files:
            os.chmod(os.path.join(root, name), stat.S_IRUSR | stat.S_IWUSR)


def _switch(home: Path, feed: Path, manifest: Manifest, state: dict[str, Any]) -> None:
    """Steps 7 and 8: switch the data, then replace the feed's rows in the lists (one
    transaction); if the lists cannot be written, the old `current.json` is put back.

    The data switch goes first because undoing it is a small file written back, while
    undoing a list replacement would mean writing up to a million rows again."""
    pointer = active.updates_dir(home) / active.POINTER
    old = pointer.read_bytes() if pointer.exists() else None
    active.write_pointer(home, state)
    try:
        _replace_lists(home, feed, manifest)
    except BaseException:
        _restore_pointer(home, old)
        raise


def _replace_lists(home: Path, feed: Path, manifest: Manifest) -> None:
    """The feed's known-scam CSVs become the lists' `feed` source, replacing what the
    previous update brought (none: the feed's entries are removed)."""
    from scamscreen.core.errors import ListError
    from scamscreen.store.lists import KnownLists

    csvs = [entry for entry in manifest.files if entry.kind in validate.LIST_KIND]

    def entries() -> Iterator[validate.Row]:
        for entry in csvs:
            for _line, row in validate.rows(feed / entry.name, entry.kind):
                yield row

    try:
        with KnownLists.open(home) as lists:
            lists.replace_source(LIST_SOURCE, entries())
    except ListError as exc:
        raise local(
            _("The known-scam lists could not be updated: {problem}").format(
                problem=str(exc).removesuffix(" Nothing was changed.")
            )
        ) from None
    except sqlite3.Error as exc:
        raise local(
            _("The known-scam lists could not be updated ({problem}).").format(problem=exc)
        ) from None


def _restore_pointer(home: Path, old: bytes | None) -> None:
    if old is None:
        active.remove_pointer(home)
        return
    folder = active.updates_dir(home)
    temp = folder / ".current-restore.tmp"
    temp.write_bytes(old)
    os.replace(temp, folder / active.POINTER)


def _result(
    updated: bool,
    manifest: Manifest,
    previous: int | None,
    source: str,
    info: dict[str, Any],
    state: dict[str, Any] | None,
) -> UpdateResult:
    state = state or {}
    numbers, domains = state.get("numbers"), state.get("domains")
    if updated:
        parts = [
            _("ScamScreen's data was updated to version {version}").format(version=manifest.version)
        ]
        parts.append(_("{count} files").format(count=len(manifest.files)))
        if numbers is not None:
            parts.append(_("{count} known scam numbers").format(count=numbers))
        if domains is not None:
            parts.append(_("{count} known scam websites").format(count=domains))
        message = ": ".join([parts[0], ", ".join(parts[1:])]) + "."
    else:
        message = _("ScamScreen's data is already up to date (version {version}).").format(
            version=manifest.version
        )
    return UpdateResult(
        updated=updated,
        version=manifest.version,
        previous_version=previous,
        files=tuple(entry.name for entry in manifest.files),
        data_version=str(info.get("data_version") or ""),
        numbers=numbers,
        domains=domains,
        source=source,
        expires=manifest.expires_text,
        message=message,
    )


__all__ = ["FileEntry", "UpdateError", "UpdateResult", "update"]
