"""The FTC's Do Not Call "reported calls" data, read into one row per phone number.

The FTC publishes the unwanted calls people report to it as CSV files, one per working
day (https://www.ftc.gov/policy-notices/open-government/data-sets/do-not-call-data), with
one report per line and these columns:

    Company_Phone_Number, Created_Date, Violation_Date, Consumer_City, Consumer_State,
    Consumer_Area_Code, Subject, Recorded_Message_Or_Robocall

(`Created_Date` is when the report was made, `Violation_Date` when the call came, both
"2026-11-02 14:05:00"; `Subject` is the topic the person chose, such as "Computer &
technical support"; the last column is `Y` or `N`.) Header names are matched ignoring
case and with spaces, hyphens or underscores alike, so the API's `company-phone-number`
style works too; the consumer columns are not needed and never stored.

Reading is built for files of millions of lines on an ordinary laptop:

- The file is read in blocks of whole lines; a block that is clean UTF-8 text goes through
  the C `csv` reader in one go, and only a block with something wrong in it (bytes that
  are not text, NUL or control characters, an overlong line) is taken line by line, so
  one bad line is reported by its number and the rest of the file still counts.
- Each distinct number as written is normalised to E.164 once (a 10-digit US number by a
  pattern, anything else by libphonenumber), and the reports are added up per number as
  they are read: nothing holds the whole file.
- A line that cannot be used is reported with its line number and a reason in plain
  words; a file that is not this format at all (wrong columns, binary data, a ZIP) is
  refused before anything is read past its first line.

`import_file` hands the result to the lists (`KnownLists.add_reported_calls`), which
write it in one transaction: this module parses, the store stores.
"""

from __future__ import annotations

import csv
import hashlib
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from scamscreen.core.errors import ImportCancelled, ListError
from scamscreen.core.files import open_regular
from scamscreen.core.i18n import _
from scamscreen.core.listvalues import nanp_e164 as nanp_e164  # (named here too)
from scamscreen.core.listvalues import normalise_number
from scamscreen.core.region import DEFAULT_REGION

if TYPE_CHECKING:
    from scamscreen.store.lists import ImportReport, KnownLists

FTC_DATA_URL = "https://www.ftc.gov/policy-notices/open-government/data-sets/do-not-call-data"
# The columns this reader uses, as the FTC writes them, under the names used here.
COLUMNS = {
    "number": "Company_Phone_Number",
    "created": "Created_Date",
    "violation": "Violation_Date",
    "subject": "Subject",
    "robocall": "Recorded_Message_Or_Robocall",
}
OTHER_COLUMNS = ("Consumer_City", "Consumer_State", "Consumer_Area_Code")
BLOCK_BYTES = 4 * 1024 * 1024  # read at a time: progress and Cancel are this fine-grained
# The file is streamed, never held whole; the cap only refuses the absurd. The FTC's
# reported-calls files are a few MB a day; even every complaint of a year (some 3
# million rows of ~120 bytes) is well under 1 GB.
MAX_FILE_BYTES = 4 * 1024 * 1024 * 1024
MAX_LINE = 16 * 1024  # an FTC line is ~120 characters; far longer is not a row of this file
MAX_PROBLEMS = 100  # line problems kept for the report; the total is always counted
MAX_SUBJECT = 120
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Every byte but those control characters: `block.translate(None, _TEXT_BYTES)` leaves
# just the control bytes of a block, ten times faster than searching it with _CONTROL
# (in UTF-8 these bytes never occur inside another character).
_TEXT_BYTES = bytes(b for b in range(256) if not _CONTROL.match(chr(b)))
_US_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
# Recorded_Message_Or_Robocall, by its first letter: 1 robocall, 0 live caller.
_ROBOCALL = {"Y": 1, "N": 0}
_MAGIC = (
    (b"PK\x03\x04", "a ZIP archive: unpack it and import the CSV file inside"),
    (b"\x1f\x8b", "a compressed (gzip) file: unpack it and import the CSV file inside"),
    (b"%PDF", "a PDF document, not a CSV file"),
    (b"\xff\xfe", "saved as UTF-16 text: save it again as CSV (UTF-8)"),
    (b"\xfe\xff", "saved as UTF-16 text: save it again as CSV (UTF-8)"),
    (b"SQLite format 3\x00", "a database file, not a CSV file"),
)

Progress = Callable[[int, int, int], None]
Cancelled = Callable[[], bool]


def header_key(name: str) -> str:
    """How a column name is compared: "Company Phone Number", "company-phone-number" and
    "Company_Phone_Number" are the same column."""
    return re.sub(r"[\s\-_]+", "_", name.strip().strip('"').lstrip("\ufeff").strip()).lower()


@dataclass
class Parsed:
    """The file, added up per number."""

    # (E.164, reports, first day, last day, most reported subject, robocall 1/0/None),
    # sorted by number so they go into the lists' index in order.
    numbers: list[tuple[str, int, str | None, str | None, str, int | None]]
    rows: int = 0  # report lines read (not the header, not blank lines)
    used: int = 0  # of which counted for a number
    blank: int = 0  # reports that give no number (common in the FTC's data)
    problems: list[tuple[int, str]] = field(default_factory=list)
    problem_count: int = 0
    sha256: str = ""
    size: int = 0


class _Columns:
    def __init__(self, names: list[str], where: str) -> None:
        keys = [header_key(n) for n in names]
        position: dict[str, int] = {}
        for index, key in enumerate(keys):
            position.setdefault(key, index)
        missing = [label for label in COLUMNS.values() if header_key(label) not in position]
        if missing:
            shown = ", ".join(n.strip() for n in names[:12] if n.strip()) or _("none")
            raise ListError(
                _(
                    "{file} is not the FTC's Do Not Call reported-calls data: it has no "
                    "column {missing}. Its first line names these columns: {found}. The "
                    "FTC's files have the columns {expected}. Nothing was imported."
                ).format(
                    file=where,
                    missing=", ".join(missing),
                    found=shown,
                    expected=", ".join([*COLUMNS.values(), *OTHER_COLUMNS]),
                )
            )
        self.width = len(names)
        self.number, self.created, self.violation, self.subject, self.robocall = (
            position[header_key(COLUMNS[k])]
            for k in ("number", "created", "violation", "subject", "robocall")
        )


def _whole_file_problem(where: str, first: bytes) -> str | None:
    for magic, what in _MAGIC:
        if first.startswith(magic):
            return _("{file} is {what}. Nothing was imported.").format(file=where, what=what)
    return None


def _read_header(handle: BinaryIO, where: str) -> tuple[_Columns, bytes]:
    first = handle.readline(MAX_LINE + 1)
    if not first:
        raise ListError(_("{file} is empty. Nothing was imported.").format(file=where))
    problem = _whole_file_problem(where, first)
    if problem:
        raise ListError(problem)
    if len(first) > MAX_LINE and not first.endswith(b"\n"):
        raise ListError(
            _(
                "{file} is not a CSV text file: its first line is over {limit:,} characters "
                "long. Nothing was imported."
            ).format(file=where, limit=MAX_LINE)
        )
    if first.translate(None, _TEXT_BYTES):
        raise ListError(
            _(
                "{file} is not a CSV text file (it holds binary data such as NUL bytes). "
                "Nothing was imported."
            ).format(file=where)
        )
    try:
        text = first.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ListError(
            _(
                "{file} is not a CSV text file (its first line is not text). Nothing was imported."
            ).format(file=where)
        ) from None
    try:
        names = next(csv.reader([text.rstrip("\r\n")]), [])
    except csv.Error:
        names = []
    return _Columns(names, where), first


def _blocks(
    handle: BinaryIO, digest: Any, on_bytes: Callable[[int], None]
) -> Iterator[tuple[int, bytes | None]]:
    """(number of the block's first line, bytes of whole lines) from the second line on;
    a line longer than MAX_LINE comes as (its number, None) and is skipped without being
    held, however long it is (a 2 GB line costs nothing but the time to read it)."""
    line = 2
    carry = b""
    skipping = False  # inside an overlong line: drop bytes up to its end
    while True:
        data = handle.read(BLOCK_BYTES)
        if not data:
            break
        digest.update(data)
        on_bytes(len(data))
        if skipping:
            end = data.find(b"\n")
            if end < 0:
                continue
            data = data[end + 1 :]
            skipping = False
            line += 1
        buffer = carry + data if carry else data
        cut = buffer.rfind(b"\n") + 1
        block, carry = buffer[:cut], buffer[cut:]
        if block:
            yield line, block
            line += block.count(b"\n")
        if len(carry) > MAX_LINE:
            yield line, None
            carry = b""
            skipping = True
    if carry and not skipping:
        yield line, carry + b"\n"


def _day(text: str) -> str | None:
    """A report's date as YYYY-MM-DD ("" when none is given), None when it is not a date.
    The FTC writes "2026-11-02 14:05:00"; a spreadsheet may have saved "11/2/2026"."""
    text = text.strip()
    if not text:
        return ""
    try:
        if len(text) >= 10 and text[4] == "-":
            return date.fromisoformat(text[:10]).isoformat()
        found = _US_DATE.match(text)
        if found:
            month, day, year = (int(g) for g in found.groups())
            return date(year, month, day).isoformat()
    except ValueError:
        return None
    return None


class _Reader:
    """The state of one read: aggregates per number, problems, counts."""

    def __init__(self, columns: _Columns, region: str) -> None:
        self.columns = columns
        self.region = region
        # Per number as written, its aggregate: [reports, first day, last day, the largest
        # robocall flag seen, the subject (one string while every report agrees, then a
        # dict of counts)]. One list is shared by every way of writing the same number.
        self.by_raw: dict[str, list[Any]] = {}
        self.by_e164: dict[str, list[Any]] = {}
        self.blank: list[Any] = [0, "9999-99-99", "", "", ""]  # reports with no number
        self.bad: list[Any] = [0, "9999-99-99", "", "", ""]  # not a number: reported
        self.by_raw[""] = self.blank
        self.days: dict[str, str | None] = {"": ""}
        self.subjects: dict[str, str] = {}
        self.problems: list[tuple[int, str]] = []
        self.problem_count = 0
        self.rows = 0

    def problem(self, line: int, message: str) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append((line, message))

    def _new_number(self, raw: str) -> list[Any]:
        if not raw.strip():
            found = self.blank
        else:
            e164 = normalise_number(raw, self.region)
            if e164 is None:
                found = self.bad
            else:
                known = self.by_e164.get(e164)
                if known is None:
                    known = self.by_e164[e164] = [0, "9999-99-99", "", "", None]
                found = known
        if len(self.by_raw) < 4_000_000:  # a file of nothing but distinct junk stays bounded
            self.by_raw[raw] = found
        return found

    def consume(self, reader: Any, base: int) -> None:
        """Add up the rows of one csv reader whose first line is line `base`; a line the
        reader gives up on is reported, and reading goes on after it."""
        expect = 1  # the reader's line_num once the next row is read, if it takes one line
        while True:
            try:
                self._rows(reader, base, expect)
                return
            except csv.Error as exc:
                self.problem(
                    base + reader.line_num - 1,
                    _("cannot be read as CSV ({reason})").format(reason=exc),
                )
                expect = reader.line_num + 1

    def _rows(self, reader: Any, base: int, expect: int) -> None:
        """The loop every report goes through, so it is written for speed: local names,
        one dictionary look-up per column, no call unless something is new."""
        columns = self.columns
        width = columns.width
        i_number, i_created, i_violation = columns.number, columns.created, columns.violation
        i_subject, i_robocall = columns.subject, columns.robocall
        by_raw = self.by_raw
        days = self.days
        intern = self.subjects.setdefault
        bad = self.bad
        for row in reader:
            if len(row) != width or reader.line_num != expect:
                self._odd_row(row, base + expect - 1, base + reader.line_num - 1)
                expect = reader.line_num + 1
                continue
            expect += 1
            raw = row[i_number]
            entry = by_raw.get(raw)
            if entry is None:
                entry = self._new_number(raw)
            if entry is bad:
                self.problem(
                    base + expect - 2, _("{value!r} is not a phone number").format(value=raw[:40])
                )
                continue
            text = (row[i_violation] or row[i_created])[:10]  # the day is enough
            day = days.get(text)
            if day is None:
                day = self._new_day(text)
                if day is None:
                    self.problem(
                        base + expect - 2, _("{value!r} is not a date").format(value=text.strip())
                    )
                    continue
            entry[0] += 1
            if day > entry[2]:
                entry[2] = day
            if day and day < entry[1]:
                entry[1] = day
            flag = row[i_robocall]  # "Y" > "N" > "": the largest says if any was a robocall
            if flag > entry[3]:
                entry[3] = flag
            subject = row[i_subject]
            current = entry[4]
            if subject != current:
                if current is None:
                    entry[4] = intern(subject, subject)
                elif current.__class__ is dict:  # (tidied up once, in result())
                    current[subject] = current.get(subject, 0) + 1
                else:  # a second subject for this number: from now on, count them
                    entry[4] = {current: entry[0] - 1, subject: 1}

    def _odd_row(self, row: list[str], start: int, end: int) -> None:
        """A row that is blank, has the wrong number of columns, or ran over lines."""
        if end > start:
            self.problem(
                start,
                _(
                    'a quote (") opened on this line is never closed, so lines {start} to '
                    "{end} could not be read"
                ).format(start=start, end=end),
            )
        elif not row or (len(row) == 1 and not row[0].strip()):
            self.rows -= 1  # a blank line is no report
        else:
            self.problem(
                end,
                _("has {found} columns where the header has {width}").format(
                    found=len(row), width=self.columns.width
                ),
            )

    def _new_day(self, text: str) -> str | None:
        day = _day(text)
        if len(self.days) < 100_000:
            self.days[text] = day
        return day

    def _subject(self, subject: str) -> str:
        subject = subject.strip()[:MAX_SUBJECT]
        return self.subjects.setdefault(subject, subject)

    def lines(self, base: int, block: bytes) -> None:
        """The careful way, one line at a time, for a block with something wrong in it."""
        for offset, raw in enumerate(block.split(b"\n")[:-1]):
            line = base + offset
            self.rows += 1
            if len(raw) > MAX_LINE:
                self.problem(line, self.too_long())
                continue
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                try:
                    text = raw.decode("cp1252")  # a file saved by an older spreadsheet
                except UnicodeDecodeError:
                    self.problem(line, _("is not text (it holds bytes that are not letters)"))
                    continue
            if _CONTROL.search(text):
                self.problem(line, _("holds binary data (NUL or control characters), not text"))
                continue
            self.consume(csv.reader([text]), line)

    @staticmethod
    def too_long() -> str:
        return _("is over {limit:,} characters long: it is not a row of this file").format(
            limit=MAX_LINE
        )

    def block(self, base: int, block: bytes) -> None:
        if block.translate(None, _TEXT_BYTES):  # NUL or control characters somewhere
            self.lines(base, block)
            return
        try:
            text = block.decode("utf-8")
        except UnicodeDecodeError:
            self.lines(base, block)
            return
        rows = text.split("\n")
        rows.pop()  # the block ends with a line break
        if max(map(len, rows), default=0) > MAX_LINE:
            self.lines(base, block)
            return
        self.rows += len(rows)
        self.consume(csv.reader(rows), base)

    def result(self) -> list[tuple[str, int, str | None, str | None, str, int | None]]:
        out = []
        by_e164 = self.by_e164
        tidy = self._subject
        for e164 in sorted(by_e164):  # in index order: the lists are written in this order
            count, first, last, flag, subject = by_e164[e164]
            if not count:
                continue
            if subject.__class__ is dict:
                # the most reported subject; a tie goes to the one reported first
                subject = max(subject, key=subject.__getitem__)
            out.append(
                (
                    e164,
                    count,
                    first if first != "9999-99-99" else None,
                    last or None,
                    tidy(subject or ""),
                    _ROBOCALL.get(flag[:1].upper()),
                )
            )
        return out


def read_reported_calls(
    path: str | os.PathLike[str],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    region: str = DEFAULT_REGION,
) -> Parsed:
    """Read an FTC reported-calls CSV, adding up the reports of each number.

    Raises `ListError` when the file cannot be read or is not this format (nothing is
    read past its first line then), `ImportCancelled` when `cancelled()` says so (checked
    after every block of about 4 MB). `progress(rows, bytes_read, bytes_total)` is called
    after every block."""
    path = Path(path)
    where = str(path)
    try:
        handle = open_regular(path, MAX_FILE_BYTES)  # a FIFO or a device is refused
    except OSError as exc:
        raise ListError(
            _("{file}: cannot read it ({reason}). Nothing was imported.").format(
                file=where, reason=exc.strerror or exc
            )
        ) from None
    with handle:
        try:
            total = os.fstat(handle.fileno()).st_size
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            columns, first = _read_header(handle, where)
            digest = hashlib.sha256(first)
            done = [len(first)]

            def count(size: int) -> None:
                done[0] += size

            reader = _Reader(columns, region)
            for base, block in _blocks(handle, digest, count):
                if block is None:
                    reader.rows += 1
                    reader.problem(base, reader.too_long())
                else:
                    reader.block(base, block)
                if progress is not None:
                    progress(reader.rows, done[0], total)
                if cancelled is not None and cancelled():
                    raise ImportCancelled()
        except OSError as exc:
            raise ListError(
                _("{file}: reading it failed ({reason}). Nothing was imported.").format(
                    file=where, reason=exc.strerror or exc
                )
            ) from None
    numbers = reader.result()
    return Parsed(
        numbers=numbers,
        rows=reader.rows,
        used=sum(n[1] for n in numbers),
        blank=reader.blank[0],
        problems=reader.problems,
        problem_count=reader.problem_count,
        sha256=digest.hexdigest(),
        size=done[0],
    )


def import_file(
    lists: KnownLists,
    path: str | os.PathLike[str],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    region: str = DEFAULT_REGION,
) -> ImportReport:
    """Add an FTC Do Not Call reported-calls CSV to the scam list of `lists`: this reads
    it (`read_reported_calls`), the lists keep what it found (`add_reported_calls`).

    Bad lines are reported by line number in the `ImportReport` and the rest is
    imported; a file that is not this format at all raises `ListError` before anything
    changes. The same file imported twice changes nothing (`already_imported`). When
    `cancelled()` says so, `ImportCancelled` is raised and the lists are exactly as they
    were. `progress(rows, bytes_read, bytes_total)` is called as the file is read."""
    parsed = read_reported_calls(path, progress, cancelled, region)
    return lists.add_reported_calls(parsed, str(path), cancelled)
