"""A lock held across processes on one file: `fcntl.flock` on POSIX, `msvcrt.locking`
on Windows. The operating system releases it when its holder ends, however it ends, so
a killed process never leaves it held. Each holding opens the file anew, so two threads
of one process exclude each other too (flock locks belong to the open file).

(feeds/active.py has the same two branches for its update lock, which never waits.)
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path


class Timeout(Exception):
    """The lock was still held by someone else when the wait ran out."""


def _try_lock(fd: int) -> None:
    """Take the lock or raise OSError at once."""
    if sys.platform == "win32":  # (not os.name: mypy checks this per platform)
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    # on POSIX closing the file releases the lock


def _open(path: Path) -> int | None:
    """The lock file, made if need be (0600). None when it cannot be opened at all: a
    read-only folder where it was never made, where no one can create or change the
    case log anyway; the caller goes on without it and meets the real problem."""
    flags = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT | flags, 0o600)
    except OSError:
        pass
    try:
        return os.open(path, os.O_RDONLY | flags)  # flock works on a read-only file
    except OSError:
        return None


@contextlib.contextmanager
def exclusive(path: Path, timeout: float) -> Iterator[bool]:
    """Hold the lock on `path` (made if need be) for the `with` block; wait at most
    `timeout` seconds for another holder to finish, then raise `Timeout`. Yields
    whether the lock is really held (False only when the file cannot be opened)."""
    fd = _open(path)
    if fd is None:
        yield False
        return
    try:
        deadline = time.monotonic() + timeout
        pause = 0.001
        while True:
            try:
                _try_lock(fd)
                break
            except OSError:
                if time.monotonic() >= deadline:
                    raise Timeout(str(path)) from None
                time.sleep(pause)  # a holder is opening the log: milliseconds, usually
                pause = min(pause * 2, 0.05)
        try:
            yield True
        finally:
            _unlock(fd)
    finally:
        os.close(fd)
