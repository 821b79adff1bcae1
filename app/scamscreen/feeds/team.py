"""Team lists: known-scam numbers and websites a help desk keeps for its users, in a
folder on a share or at a web address, in the format of data/known-scams/ (`number`,
`source`, `note`, ...).

A team list is named and remembered with the lists (`team:<name>` in their settings);
`sync` reads every one again and replaces its entries (source `team:<name>`) in one
transaction each, so a list that cannot be read or has a broken line leaves its old
entries as they were. Unlike the signed feed, a team list is trusted because the user
(or their help desk) chose it: its entries only ever go on the scam list, never on the
official directory, and they are shown as "on your team's list".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from scamscreen.core.errors import ListError
from scamscreen.core.files import read_regular
from scamscreen.core.i18n import _
from scamscreen.core.listvalues import read_list_csv

if TYPE_CHECKING:
    from scamscreen.store.lists import KnownLists

PREFIX = "team:"
NAME = re.compile(r"[a-z0-9][a-z0-9-]{0,39}")
MAX_BYTES = 32 * 1024 * 1024  # a team list is read whole: far more than any team keeps


@dataclass
class Synced:
    """What reading one team list did, in words for a person."""

    name: str
    source: str
    entries: int | None  # how many it holds now; None when it could not be read
    problem: str = ""  # why not, or which lines were left out


def is_url(source: str) -> bool:
    return urlsplit(source).scheme in ("http", "https")


def check_name(name: str) -> str:
    name = name.strip().lower()
    if not NAME.fullmatch(name):
        raise ListError(
            _(
                "{name!r} cannot name a team list: use up to 40 small letters, digits "
                "and dashes, such as helpdesk or north-office."
            ).format(name=name[:60])
        )
    return name


def check_source(source: str) -> str:
    """A folder that exists, or a web address the updater would fetch (https, or http to
    this computer only)."""
    source = source.strip()
    if is_url(source):
        from scamscreen.feeds.errors import UpdateError
        from scamscreen.feeds.http import check_url

        try:
            check_url(source)  # (which would make it a folder's address: kept as given)
        except UpdateError as exc:
            raise ListError(str(exc)) from None
        return source
    folder = Path(source).expanduser()
    if not folder.is_dir():
        raise ListError(_("{source} is not a folder this computer can open.").format(source=source))
    return str(folder.resolve())


def team_lists(lists: KnownLists) -> dict[str, str]:
    """The team lists set up: name -> folder or web address."""
    return {key[len(PREFIX) :]: value for key, value in lists.meta(PREFIX).items()}


def add(lists: KnownLists, name: str, source: str) -> Synced:
    """Remember a team list and read it at once."""
    name, source = check_name(name), check_source(source)
    lists.set_meta(PREFIX + name, source)
    return sync_one(lists, name, source)


def remove(lists: KnownLists, name: str) -> bool:
    """Forget a team list and the entries it brought."""
    name = check_name(name)
    if name not in team_lists(lists):
        return False
    lists.replace_source(PREFIX + name, [])
    lists.set_meta(PREFIX + name, None)
    return True


def sync(lists: KnownLists, cancelled: Callable[[], bool] | None = None) -> list[Synced]:
    """Read every team list again; one that fails keeps its old entries."""
    done = []
    for name, source in team_lists(lists).items():
        if cancelled is not None and cancelled():
            break
        done.append(sync_one(lists, name, source, cancelled))
    return done


def sync_one(
    lists: KnownLists, name: str, source: str, cancelled: Callable[[], bool] | None = None
) -> Synced:
    """Read one team list again. `cancelled()` is looked at while it downloads (every
    tenth of a second); a list given up on keeps its old entries."""
    try:
        texts = _read(source, cancelled)
        rows: list[tuple[str, str, str, str, int, str | None, str]] = []
        problems: list[tuple[int, str]] = []
        for where, text in texts:
            import io

            read = read_list_csv(io.StringIO(text))
            rows += read.rows
            problems += [(line, f"{where}: {what}") for line, what in read.problems]
        count = lists.replace_source(PREFIX + name, rows)
    except ListError as exc:
        return Synced(name, source, None, str(exc))
    problem = ""
    if problems:
        line, what = problems[0]
        problem = _("{count} lines were left out (the first, line {line}: {what}).").format(
            count=len(problems), line=line, what=what
        )
    return Synced(name, source, count, problem)


def _read(source: str, cancelled: Callable[[], bool] | None = None) -> list[tuple[str, str]]:
    """(where, text) of every CSV of the list: the file at a web address, or each .csv
    file in the folder (in name order)."""
    if is_url(source):
        return [(source, _download(source, cancelled))]
    folder = Path(source)
    if not folder.is_dir():
        raise ListError(_("The folder {source} cannot be opened now.").format(source=source))
    texts = []
    total = 0
    for path in sorted(folder.glob("*.csv")):
        try:  # only a regular file: a FIFO named x.csv on the share would wait for ever
            raw = read_regular(path, MAX_BYTES)
        except OSError as exc:
            raise ListError(
                _("{file}: cannot read it ({reason}).").format(
                    file=path, reason=exc.strerror or exc
                )
            ) from None
        total += len(raw)
        if total > MAX_BYTES:
            raise ListError(_("The team list in {source} is too big.").format(source=source))
        texts.append((path.name, _text(raw, str(path))))
    if not texts:
        raise ListError(_("There is no .csv file in {source}.").format(source=source))
    return texts


def _download(url: str, cancelled: Callable[[], bool] | None = None) -> str:
    """The list at `url`, within the updater's deadline for a file of `MAX_BYTES`, and
    given up on within a tenth of a second of `cancelled()`."""
    from scamscreen.feeds.errors import UpdateError, refused
    from scamscreen.feeds.http import Fetcher

    parts = urlsplit(url)
    folder, _slash, name = parts.path.rpartition("/")
    base = parts._replace(path=folder + "/", query="", fragment="").geturl()
    too_big = refused(_("the team list at {url} is too big").format(url=url))
    try:
        with Fetcher(base, cancelled=cancelled) as fetcher:
            raw = fetcher.get_small(name, MAX_BYTES, too_big)
    except UpdateError as exc:
        raise ListError(str(exc)) from None
    return _text(raw, url)


def _text(raw: bytes, where: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ListError(_("{file} is not a CSV text file in UTF-8.").format(file=where)) from None
