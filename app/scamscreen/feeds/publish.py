"""The maintainers' side: `feed keygen` and `feed build`.

`build` walks the input folder, refuses anything a client would refuse (unknown kinds
of file, names outside the folder, a data file that does not load together with the
shipped data, a CSV with a bad line, an expiry in the past), copies every file into the
output folder while hashing it, and writes `manifest.json` plus `manifest.sig` signed by
each given private key. The output folder is then uploaded as it is.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from scamscreen.core.data import data_dir
from scamscreen.core.errors import BuildError as BuildError
from scamscreen.core.i18n import _
from scamscreen.feeds import validate
from scamscreen.feeds.errors import UpdateError
from scamscreen.feeds.manifest import (
    MANIFEST_NAME,
    MAX_FILES,
    MAX_VERSION,
    FileEntry,
    dump,
    kind_of,
    parse,
    parse_expiry,
    size_limit,
)
from scamscreen.feeds.signing import SIGNATURE_NAME, load_private_key, sign


@dataclass(frozen=True)
class Built:
    manifest: Path
    signature: Path
    files: tuple[FileEntry, ...]


def _why(error: UpdateError) -> str:
    """A client's refusal, reworded for the maintainer ("it names a file ...")."""
    text = error.message
    prefix = "The update was refused because "
    if text.startswith(prefix):
        text = text[len(prefix) :]
    return text.removesuffix(" Nothing was changed.").rstrip(".")


def build(
    keys: Sequence[Path],
    input_dir: Path,
    out_dir: Path,
    version: int,
    expires: str,
    now: datetime | None = None,
) -> Built:
    now = (now or datetime.now(UTC)).astimezone(UTC)
    private = [load_private_key(path) for path in keys]  # KeyFileError: named file
    if not private:
        raise BuildError(_("give at least one private key (--key FILE)"))
    if not 0 < version <= MAX_VERSION:
        raise BuildError(_("the version must be a whole number above zero"))
    try:
        moment = parse_expiry(expires)
    except (ValueError, OverflowError):
        raise BuildError(
            _("the expiry '{expires}' is not a date such as 2027-01-31").format(expires=expires)
        ) from None
    if moment <= now:
        raise BuildError(_("the expiry {expires} is already past").format(expires=expires))
    input_dir, out_dir = input_dir.resolve(), out_dir.resolve()
    if not input_dir.is_dir():
        raise BuildError(_("{folder} is not a folder").format(folder=input_dir))
    if out_dir == input_dir or input_dir in out_dir.parents or out_dir in input_dir.parents:
        raise BuildError(_("the output folder must be outside the input folder"))
    if out_dir.exists() and any(out_dir.iterdir()):
        raise BuildError(
            _("{folder} is not empty: give a new or empty output folder").format(folder=out_dir)
        )
    sources = _files(input_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    entries = [_copy(input_dir, out_dir, name) for name in sources]
    try:
        _check(out_dir, entries)
    except UpdateError as error:
        shutil.rmtree(out_dir, ignore_errors=True)
        raise BuildError(_why(error)) from None
    created = now.strftime("%Y-%m-%dT%H:%M:%SZ")
    manifest = dump(version, expires, entries, created=created)
    try:
        parse(manifest)  # what every client will do
    except UpdateError as error:
        shutil.rmtree(out_dir, ignore_errors=True)
        raise BuildError(_why(error)) from None
    (out_dir / MANIFEST_NAME).write_bytes(manifest)
    (out_dir / SIGNATURE_NAME).write_bytes(sign(manifest, private))
    return Built(out_dir / MANIFEST_NAME, out_dir / SIGNATURE_NAME, tuple(entries))


def _files(folder: Path) -> list[str]:
    """Every file under `folder` as a relative POSIX name; refused: links, and names
    or kinds a client would refuse."""
    names = []
    for path in sorted(folder.rglob("*")):
        name = path.relative_to(folder).as_posix()
        if path.is_symlink():
            raise BuildError(_("{name} is a link: copy the file itself").format(name=name))
        if path.is_dir():
            continue
        try:
            kind = kind_of(name)
        except UpdateError as error:
            raise BuildError(_why(error)) from None
        if path.stat().st_size > size_limit(kind):
            raise BuildError(_("{name} is too large for an update").format(name=name))
        names.append(name)
    if not names:
        raise BuildError(_("{folder} holds no files to publish").format(folder=folder))
    if len(names) > MAX_FILES:
        raise BuildError(_("a feed holds at most {count} files").format(count=MAX_FILES))
    return names


def _copy(source: Path, dest: Path, name: str) -> FileEntry:
    """Copy one file, hashing the bytes as they are written (what is signed is what
    is published)."""
    digest = hashlib.sha256()
    size = 0
    target = dest / name
    target.parent.mkdir(parents=True, exist_ok=True)
    with (source / name).open("rb") as src, target.open("wb") as out:
        while chunk := src.read(1024 * 1024):
            digest.update(chunk)
            out.write(chunk)
            size += len(chunk)
    return FileEntry(name, size, digest.hexdigest(), kind_of(name))


def _check(folder: Path, entries: list[FileEntry]) -> None:
    """The same checks a client makes before switching, against this copy's data."""
    for entry in entries:
        if entry.kind in validate.LIST_KIND:
            validate.csv_file(folder / entry.name, entry.kind)
    with tempfile.TemporaryDirectory(prefix="scamscreen-feed-") as temp:
        merged = Path(temp) / "data"
        validate.merge(data_dir(), folder, entries, merged)
        validate.data(merged, {e.name for e in entries if e.kind == "data"})
