"""Checking a feed's contents before anything is switched: the merged data folder must
load with the core's own loaders (and screen a contact), and each known-scam CSV must
read cleanly from its first line to its last.

Used twice: by `update` on the downloaded files, and by `feed build`, so a maintainer
learns about a broken vendor file before signing it rather than from users' refusals.
"""

from __future__ import annotations

import csv
import io
import re
import shutil
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from scamscreen.core.i18n import _
from scamscreen.feeds.errors import UpdateError, refused
from scamscreen.feeds.manifest import FileEntry

# Which column holds the value, per CSV kind; `source` and `note` are required too.
VALUE_COLUMN = {"numbers": "number", "domains": "domain"}
LIST_KIND = {"numbers": "number", "domains": "domain"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_FIELD = 2000  # a note longer than this is not a note
_WHAT = {
    "numbers": "its list of known scam numbers",
    "domains": "its list of known scam websites",
}


def merge(shipped: Path, feed: Path, entries: Iterable[FileEntry], dest: Path) -> None:
    """`dest` = the shipped data folder with the feed's data files laid over it."""
    shutil.copytree(shipped, dest)
    for entry in entries:
        if entry.kind != "data":
            continue
        target = dest / entry.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(feed / entry.name, target)


def data(folder: Path, feed_names: set[str]) -> None:
    """Load the merged folder the way the app will, and screen one contact with it;
    a file that fails is named (the feed's own, or the shipped one it does not fit)."""
    from scamscreen.core.checklists import load_checklist
    from scamscreen.core.contact import parse_contact
    from scamscreen.core.data import DataError
    from scamscreen.core.screening import Screener

    try:
        screener = Screener.load(folder)
        for path in sorted((folder / "checklists").glob("*.json")):
            load_checklist(path.stem, folder / "checklists")
        sample = parse_contact(
            {
                "channel": "phone_inbound",
                "claimed_org": "Microsoft",
                "phone": "+1 844 555 0199",
                "email": "help@micros0ft-support.com",
                "url": "http://microsoft.com.support-desk.example/fix",
                "text": "Your computer has a virus. Install AnyDesk and pay with gift cards.",
            }
        )
        screener.screen(sample).to_dict()
        screener.data_version  # noqa: B018 - computed now, so a file it cannot read fails here
    except DataError as exc:
        try:
            name = exc.path.resolve().relative_to(folder.resolve()).as_posix()
        except ValueError:
            name = exc.path.name
        if name in feed_names:
            raise refused(
                _("its file '{name}' cannot be used ({problem})").format(
                    name=name, problem=exc.problem
                )
            ) from None
        raise refused(
            _(
                "its files do not fit the data of this copy of ScamScreen ({name} {problem}): "
                "install the latest version of ScamScreen, then update again"
            ).format(name=name, problem=exc.problem)
        ) from None
    except RecursionError:
        raise refused(_("one of its data files is nested too deeply")) from None
    except UpdateError:
        raise
    except Exception as exc:  # a loader tripping over a wrong-shaped but signed file
        raise refused(
            _("one of its data files cannot be used ({problem})").format(
                problem=exc.__class__.__name__
            )
        ) from None


Row = tuple[str, str, str, str, int, str | None, str]


def rows(path: Path, kind: str) -> Iterator[tuple[int, Row]]:
    """(line, row) for every entry of a known-scam CSV, where row is what
    `KnownLists.replace_source` takes: (kind, value, source, note, reports, last_seen,
    subject), the value normalised by the lists' own rules. Raises `UpdateError` naming
    the line at the first entry that cannot be read: a signed feed is either right or
    refused, never half taken. Streams: a million rows never sit in memory at once.

    Columns as in every list file (`core.listvalues.read_list_csv`): `number` (or `domain`, or
    `value`), `source`, `note`; optional `kind`, `reports`, `last_seen`, `subject`.
    Lines starting with `#` are comments."""
    from scamscreen.core.errors import ListError
    from scamscreen.core.listvalues import KINDS, normalise

    what = _(_WHAT[kind])
    default_kind = LIST_KIND[kind]
    with path.open("rb") as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="strict", newline="")
        reader = csv.reader(text, strict=True)
        header: list[str] | None = None
        at: dict[str, int] = {}
        column = ""
        try:
            for row in reader:
                line = reader.line_num
                if not "".join(row).strip() or row[0].lstrip().startswith("#"):
                    continue
                if header is None:
                    header = [cell.strip().lower() for cell in row]
                    for index, name in enumerate(header):
                        at.setdefault(name, index)
                    column = next((c for c in ("number", "domain", "value") if c in at), "")
                    if not column or "source" not in at or "note" not in at:
                        raise refused(
                            _("{what} does not have the columns {columns}").format(
                                what=what, columns=f"{VALUE_COLUMN[kind]}, source, note"
                            )
                        )
                    continue
                if _CONTROL.search("".join(row)):
                    raise _bad_line(what, line, _("it holds binary data, not text"))
                if len(row) != len(header):
                    raise _bad_line(what, line, _("it has {count} columns").format(count=len(row)))

                def cell(name: str, row: list[str] = row) -> str:
                    index = at.get(name)
                    return row[index].strip() if index is not None else ""

                entry_kind = cell("kind").lower() or (column if column in KINDS else default_kind)
                if entry_kind not in KINDS:
                    raise _bad_line(what, line, _("the kind must be number or domain"))
                source, note, subject = cell("source"), cell("note"), cell("subject")
                if any(len(v) > MAX_FIELD for v in (source, note, subject)):
                    raise _bad_line(what, line, _("a source, note or subject is far too long"))
                try:
                    value = normalise(entry_kind, cell(column))
                except ListError as exc:
                    raise _bad_line(what, line, str(exc).rstrip(".")) from None
                reports_text = cell("reports") or "0"
                if not reports_text.isdigit() or len(reports_text) > 12:
                    raise _bad_line(what, line, _("reports must be a whole number"))
                last_seen = cell("last_seen") or None
                if last_seen is not None:
                    try:
                        last_seen = date.fromisoformat(last_seen).isoformat()
                    except ValueError:
                        raise _bad_line(
                            what, line, _("last_seen must be a date such as 2026-11-02")
                        ) from None
                yield line, (entry_kind, value, source, note, int(reports_text), last_seen, subject)
        except UnicodeDecodeError:
            raise refused(_("{what} is not readable text").format(what=what)) from None
        except csv.Error as exc:
            raise _bad_line(what, reader.line_num + 1, str(exc)) from None
        if header is None:
            raise refused(_("{what} is empty").format(what=what))


def _bad_line(what: str, line: int, problem: str) -> UpdateError:
    return refused(
        _("{what} has a problem on line {line}: {problem}").format(
            what=what, line=line, problem=problem
        )
    )


def csv_file(path: Path, kind: str) -> dict[str, int]:
    """Read a known-scam CSV from end to end: entries per kind, or `UpdateError`."""
    counts = {"number": 0, "domain": 0}
    for _line, row in rows(path, kind):
        counts[row[0]] += 1
    return counts
