"""The values the known-scam lists keep, and the list files they are filled from.

A number is kept in E.164 ("+18445550199"), a web address as its registrable domain
("help-desk-support.com" for "https://microsoft.com.help-desk-support.com/x"); a note
is one line of plain text. A list file is the CSV of known numbers (or domains) that
ScamScreen ships (`data/known-scams/`), a signed update carries, or a help desk shares.
Pure Python: the store keeps these values (store/lists.py), the feeds fetch the files.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import IO

from scamscreen.core.errors import ListError
from scamscreen.core.files import read_regular
from scamscreen.core.i18n import _
from scamscreen.core.region import DEFAULT_REGION

LISTS = ("scam", "block", "allow")
USER_LISTS = ("block", "allow")
KINDS = ("number", "domain")
MAX_NOTE = 500
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NANP = re.compile(r"1?([2-9]\d\d[2-9]\d{6})")
_DOMAIN_LIKE = re.compile(r"[A-Za-z].*[./@]|[./@].*[A-Za-z]")


def nanp_e164(raw: str) -> str | None:
    """A US/Canadian number written as 10 digits (or 11 with the leading 1), in E.164.

    This is the form of nearly every number in the FTC's files: testing it with a pattern
    is ~100 times cheaper than libphonenumber, which the rest still go through."""
    if len(raw) == 10:
        if raw.isdigit() and raw.isascii() and raw[0] > "1" and raw[3] > "1":
            return "+1" + raw
        return None
    if raw.isascii() and raw.isdigit():
        found = _NANP.fullmatch(raw)
        if found:
            return "+1" + found.group(1)
    return None


def normalise_number(raw: str, region: str = DEFAULT_REGION) -> str | None:
    """`raw` as E.164, or None when it is not a phone number that can exist."""
    raw = raw.strip()
    fast = nanp_e164(raw)
    if fast is not None:
        return fast
    if not raw or len(raw) > 40:
        return None
    from scamscreen.core import phone as phones

    # The E.164 form screening looks up: given for every number that can exist by its
    # length (a brand-new area code, or a range libphonenumber does not know yet, still
    # counts).
    return phones.analyse(raw, region).e164


def normalise_domain(raw: str) -> str | None:
    """The registrable domain of a web address, email address or host name
    ("https://microsoft.com.help-desk-support.com/x" -> "help-desk-support.com"), or None when
    it names no domain with a real public suffix. An IP address is kept as it is."""
    from scamscreen.core import web

    text = raw.strip()
    if not text or len(text) > 2048 or _CONTROL.search(text):
        return None
    if "@" in text and "/" not in text:
        text = text.rsplit("@", 1)[-1]
    host = web.host_info(text)
    if host is None:
        return None
    if host.ip:
        return host.display
    if "." not in host.display or not web.find_links(host.display):
        return None  # "localhost", "com", "Mr.Smith": no registrable domain
    return web.registrable(host)


def guess_kind(value: str) -> str:
    """Number or domain, as written: letters with a dot, slash or @ make a web address
    ("help-desk.com", "https://x.com/a", "a@b.com"); "1-800-MY-APPLE" is a number."""
    return "domain" if _DOMAIN_LIKE.search(value) else "number"


def normalise(kind: str, value: str, region: str = DEFAULT_REGION) -> str:
    """`value` as the lists keep it; `ListError` in plain words when it cannot be one."""
    if kind not in KINDS:
        raise ListError(
            _("{kind!r} is not a kind of entry: use number or domain.").format(kind=kind)
        )
    shown = value.strip()[:60]
    if kind == "number":
        e164 = normalise_number(value, region)
        if e164 is None:
            raise ListError(
                _(
                    "{value!r} is not a phone number that can exist. Write it with its area "
                    "code (844 555 0199) or with its country code (+44 20 7946 0958)."
                ).format(value=shown)
            )
        return e164
    domain = normalise_domain(value)
    if domain is None:
        raise ListError(
            _(
                "{value!r} is not a web address or domain. Write it as example.com or "
                "https://example.com/page."
            ).format(value=shown)
        )
    return domain


def clean_note(note: str) -> str:
    return _CONTROL.sub(" ", str(note or "")).strip()[:MAX_NOTE]


# -- list files (seed, feeds, team lists) -----------------------------------------------


class ListFile:
    """A known-numbers CSV read for `replace_source`: its good rows and its problems."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str, int, str | None, str]] = []
        self.problems: list[tuple[int, str]] = []  # (line, what is wrong), the first 100
        self.problem_count = 0


MAX_LIST_FILE_BYTES = 256 * 1024 * 1024


def read_list_csv(
    source: str | os.PathLike[str] | IO[str], region: str = DEFAULT_REGION
) -> ListFile:
    """Read a known-numbers (or known-domains) CSV: the seed, a feed's file, a team list.

    Columns (header names matched ignoring case): `number` (or `domain`, or `value`),
    `source` (the URL the entry comes from), `note`; optional `kind` (number/domain; when
    not given, a value with letters and a dot, slash or @ is a domain, see `guess_kind`),
    `reports`, `last_seen` (YYYY-MM-DD), `subject`. Lines starting with `#` are comments.
    A bad line is reported by its number and left out; a file without the columns raises
    `ListError`."""
    import csv
    import io
    from datetime import datetime

    if isinstance(source, str | os.PathLike):
        path = Path(source)
        try:
            if path.stat().st_size > MAX_LIST_FILE_BYTES:
                raise ListError(
                    _("{file} is too big for a list of known numbers.").format(file=path)
                )
            text = read_regular(path, MAX_LIST_FILE_BYTES).decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ListError(
                _("{file} is not a CSV text file in UTF-8.").format(file=path)
            ) from None
        except OSError as exc:
            raise ListError(
                _("{file}: cannot read it ({reason}).").format(
                    file=path, reason=exc.strerror or exc
                )
            ) from None
        where = str(path)
        handle: IO[str] = io.StringIO(text)
    else:
        handle = source
        where = getattr(source, "name", "the list")
    lines = (line for line in handle)
    reader = csv.reader(lines)
    header: list[str] | None = None
    out = ListFile()

    def problem(line: int, message: str) -> None:
        out.problem_count += 1
        if len(out.problems) < 100:
            out.problems.append((line, message))

    positions: dict[str, int] = {}
    value_column = ""
    try:
        for row in reader:
            line = reader.line_num
            if not row or (row[0].lstrip().startswith("#")) or not "".join(row).strip():
                continue
            if header is None:
                header = [c.strip().lstrip("\ufeff").lower() for c in row]
                for index, name in enumerate(header):
                    positions.setdefault(name, index)
                value_column = next(
                    (c for c in ("number", "domain", "value") if c in positions), ""
                )
                missing = [c for c in ("source", "note") if c not in positions]
                if not value_column or missing:
                    raise ListError(
                        _(
                            "{file} is not a list of known numbers: it needs the columns "
                            "number (or domain), source and note; it has {found}."
                        ).format(file=where, found=", ".join(header) or _("none"))
                    )
                continue
            if _CONTROL.search("".join(row)):
                problem(line, _("holds binary data (NUL or control characters), not text"))
                continue

            def cell(name: str, row: list[str] = row) -> str:
                index = positions.get(name)
                return row[index].strip() if index is not None and index < len(row) else ""

            value = cell(value_column)
            kind = cell("kind").lower() or guess_kind(value)
            if kind not in KINDS:
                problem(line, _("the kind {kind!r} is not number or domain").format(kind=kind))
                continue
            try:
                kept = normalise(kind, value, region)
            except ListError as exc:
                problem(line, str(exc))
                continue
            reports_text = cell("reports")
            try:
                reports = int(reports_text) if reports_text else 0
            except ValueError:
                problem(
                    line,
                    _("reports {value!r} is not a whole number").format(value=reports_text[:20]),
                )
                continue
            last_seen = cell("last_seen") or None
            if last_seen is not None:
                try:
                    last_seen = datetime.strptime(last_seen[:10], "%Y-%m-%d").date().isoformat()
                except ValueError:
                    problem(
                        line,
                        _("last_seen {value!r} is not a date such as 2026-11-02").format(
                            value=last_seen[:20]
                        ),
                    )
                    continue
            out.rows.append(
                (
                    kind,
                    kept,
                    cell("source"),
                    cell("note"),
                    max(reports, 0),
                    last_seen,
                    cell("subject"),
                )
            )
    except csv.Error as exc:
        raise ListError(
            _("{file} line {line} cannot be read as CSV ({reason}).").format(
                file=where, line=reader.line_num, reason=exc
            )
        ) from None
    if header is None:
        raise ListError(_("{file} is empty: it has no header line.").format(file=where))
    return out
