"""Reading and writing the user's files safely: the one place every layer (store, feeds,
the command line, the app) goes through when a person names a file.

- `read_regular` / `open_regular`: a key, an import, a backup to restore is read only if
  it is a regular file no larger than the caller's cap. A FIFO, a device (`/dev/zero`),
  a folder or a socket is refused in words before anything can block or run on for ever:
  the path is looked at with `stat` first, opened with `O_NONBLOCK` (a FIFO swapped in
  after the look then opens at once instead of waiting for a writer) and looked at again
  with `fstat` on what was opened.
- `replacing_text` / `replacing_bytes` / `write_file`: an output file is written into a
  new temporary file beside it, with an unpredictable name, created exclusively
  (`O_CREAT | O_EXCL | O_NOFOLLOW`, mode 0600), flushed to the disk and then renamed over
  the target. A link planted where a temporary file might go is never followed; on any
  error the temporary file is removed and the target is left as it was.
- `create_new`: a file written out where the person asked (a kept picture) is created
  exclusively there (`O_CREAT | O_EXCL | O_NOFOLLOW`, 0600): an existing file or a link
  at that name is never written through.
- `CsvWriter` / `spreadsheet_cell`: every CSV ScamScreen writes goes through these, so a
  scammer's text can never become a spreadsheet formula (see `spreadsheet_cell`).
- `private_dir` / `private_file`: the user's folders are 0700 and files 0600 (POSIX).

No Qt here: the core stays importable without it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, BinaryIO, TextIO

from scamscreen.core.i18n import _

PathLike = str | os.PathLike[str]

# Windows has no O_NOFOLLOW (and no FIFOs in the file system). There O_CREAT | O_EXCL
# becomes CreateFile(CREATE_NEW), which fails on any existing name, a symbolic link or
# junction included, dangling or not, so a planted link is still never opened; the name
# is random, so there is nothing to plant in advance anyway; and the lstat/fstat
# comparison in `_create_temp` refuses a name that is not the very file we created.
# (Making a symbolic link on Windows also needs an administrator or Developer Mode.)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation by os.open
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_POSIX = os.name == "posix"


class FileRefused(OSError):
    """A file that is not read or written, and why, in words (`strerror`): not a regular
    file, or larger than the cap. An `OSError`, so callers that already report "cannot
    read it (reason)" report this too."""

    def __init__(self, path: PathLike, reason: str) -> None:
        super().__init__(errno.EINVAL, reason, os.fspath(path))


# -- reading -----------------------------------------------------------------------------


def _check(path: PathLike, status: os.stat_result, limit: int) -> None:
    if stat.S_ISDIR(status.st_mode):
        raise FileRefused(path, _("it is a folder, not a file"))
    if not stat.S_ISREG(status.st_mode):
        raise FileRefused(path, _("it is not a file but a device, a pipe or a socket"))
    if status.st_size > limit:
        raise FileRefused(
            path,
            _("it is too large ({size} bytes; at most {limit} are read)").format(
                size=status.st_size, limit=limit
            ),
        )


def check_regular(path: PathLike, limit: int) -> None:
    """Raise `FileRefused` unless `path` is (or links to) a regular file of at most
    `limit` bytes; `OSError` if it cannot be looked at. For files another library opens
    (SQLite for a backup): prefer `open_regular` where the file is read here."""
    _check(path, os.stat(path), limit)


def open_regular(path: PathLike, limit: int) -> BinaryIO:
    """`path` opened for reading in binary, if it is a regular file of at most `limit`
    bytes (following links, as any program reading a named file does). Never blocks on
    a FIFO. Raises `FileRefused`, or `OSError` when it cannot be opened."""
    _check(path, os.stat(path), limit)
    fd = os.open(path, os.O_RDONLY | _NONBLOCK | _BINARY | _CLOEXEC)
    try:
        _check(path, os.fstat(fd), limit)  # what was opened, not what the name was
        if _NONBLOCK:
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_regular(path: PathLike, limit: int) -> bytes:
    """The whole of `path`, if it is a regular file of at most `limit` bytes (a file that
    grows past the cap while it is read is refused too)."""
    with open_regular(path, limit) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise FileRefused(
            path,
            _("it is too large ({size} bytes; at most {limit} are read)").format(
                size=len(data), limit=limit
            ),
        )
    return data


# -- writing -----------------------------------------------------------------------------


def _create_temp(target: Path) -> tuple[int, Path]:
    """A new, empty, 0600 file beside `target` with a random name, opened for writing."""
    import secrets  # (here: `check` imports this module and never writes a file)

    for _attempt in range(16):
        temp = target.with_name(f"{target.name}.{secrets.token_hex(8)}.part")
        try:
            fd = os.open(
                temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY | _CLOEXEC, 0o600
            )
        except FileExistsError:
            continue
        try:
            opened, named = os.fstat(fd), os.lstat(temp)
            if not stat.S_ISREG(named.st_mode) or (named.st_dev, named.st_ino) != (
                opened.st_dev,
                opened.st_ino,
            ):
                raise FileRefused(temp, _("the temporary file was replaced while in use"))
            if _POSIX:
                os.fchmod(fd, 0o600)  # exactly 0600, whatever the umask
        except BaseException:
            os.close(fd)
            with contextlib.suppress(OSError):
                if stat.S_ISREG(os.lstat(temp).st_mode):
                    os.unlink(temp)
            raise
        return fd, temp
    raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target))


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no way to open a folder so)."""
    if not _POSIX:
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def _replacing(target: PathLike) -> Iterator[tuple[int, Path, Path]]:
    final = Path(target)
    fd, temp = _create_temp(final)
    try:
        yield fd, temp, final
        os.replace(temp, final)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    _sync_folder(final.parent)


@contextlib.contextmanager
def replacing_bytes(target: PathLike) -> Iterator[BinaryIO]:
    """Write `target` in binary: `with replacing_bytes(path) as out: out.write(...)`.
    The file takes the name only when the block ends without an error, complete and on
    the disk; an error leaves the target as it was and no temporary file."""
    with _replacing(target) as (fd, _temp, _final), os.fdopen(fd, "wb") as out:
        yield out
        out.flush()
        os.fsync(out.fileno())


@contextlib.contextmanager
def replacing_text(
    target: PathLike, *, encoding: str = "utf-8", newline: str | None = ""
) -> Iterator[TextIO]:
    """`replacing_bytes` for text (UTF-8; no newline translation unless asked)."""
    with (
        _replacing(target) as (fd, _temp, _final),
        os.fdopen(fd, "w", encoding=encoding, newline=newline) as out,
    ):
        yield out
        out.flush()
        os.fsync(out.fileno())


def write_file(target: PathLike, data: bytes) -> Path:
    """Write all of `data` to `target` the safe way (see `replacing_bytes`)."""
    with replacing_bytes(target) as out:
        out.write(data)
    return Path(target)


def create_new(target: PathLike, data: bytes) -> Path:
    """Write `data` into a new file `target` (0600): never over a file that is there,
    nor through a link planted at the name (`O_CREAT | O_EXCL | O_NOFOLLOW`), so
    `FileExistsError` when the name is taken. A write that fails removes what it made."""
    final = Path(target)
    fd = os.open(
        final, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY | _CLOEXEC, 0o600
    )
    try:
        if _POSIX:
            os.fchmod(fd, 0o600)  # exactly 0600, whatever the umask
        with os.fdopen(fd, "wb", closefd=False) as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(final)
        raise
    finally:
        os.close(fd)
    _sync_folder(final.parent)
    return final


def private_dir(path: PathLike) -> Path:
    """Create `path` (and its parents) and make it the user's alone (0700 on POSIX)."""
    folder = Path(path)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if _POSIX:
        os.chmod(folder, stat.S_IRWXU)
    return folder


def private_file(path: PathLike) -> None:
    """Make an existing file readable and writable by the user alone (0600 on POSIX). A
    link is left alone: its target is not ours to change."""
    if not _POSIX:
        return
    with contextlib.suppress(FileNotFoundError):
        if stat.S_ISREG(os.lstat(path).st_mode):
            os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


# -- CSV ---------------------------------------------------------------------------------

# Every character str.splitlines() breaks a line at: one spreadsheet or another starts a
# new row at each of them when it is not inside quotes.
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_NEEDS_QUOTES = re.compile('[",' + LINE_BREAKS + "]")
# What makes a spreadsheet run a cell (the full-width forms too: some convert them).
_FORMULA = ("=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_PLAIN_NUMBER = re.compile(r"[+-]?[\d ()./-]+")


def _first_visible(text: str) -> str:
    """`text` from its first character that is not blank: spaces and line breaks of
    every kind, control characters, and invisible format characters (zero-width space,
    byte order mark, direction marks)."""
    for index, char in enumerate(text):
        if not (char.isspace() or unicodedata.category(char) in ("Cc", "Cf")):
            return text[index:]
    return ""


def spreadsheet_cell(value: object) -> str:
    """`value` as CSV cell text that no spreadsheet runs as a formula: a cell whose first
    non-blank character is = + - or @ gets a leading apostrophe. A plain phone number
    ("+1 844 555 0199", "-5") holds nothing to run and is left as it is."""
    text = "" if value is None else str(value)
    if _first_visible(text).startswith(_FORMULA) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


class CsvWriter:
    """CSV as `csv.writer(out, lineterminator="\\n")` writes it, but safe to open in a
    spreadsheet: every cell goes through `spreadsheet_cell`, and every cell holding a
    comma, a quote or a line break of any kind (a bare CR, U+2028, ...) is quoted, so no
    cell can spill into a new row that starts with a formula."""

    def __init__(self, out: IO[str]) -> None:
        self._out = out

    def writerow(self, cells: Iterable[object]) -> None:
        texts = [spreadsheet_cell(cell) for cell in cells]
        if texts == [""]:
            self._out.write('""\n')  # (a lone empty cell, told apart from a blank line)
            return
        self._out.write(",".join(_quoted(text) for text in texts) + "\n")


def _quoted(text: str) -> str:
    if _NEEDS_QUOTES.search(text):
        return '"' + text.replace('"', '""') + '"'
    return text
