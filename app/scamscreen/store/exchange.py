"""Export and import of the case log, with optional redaction of personal details.

JSON exports hold everything and can be imported again: each contact carries a stable
`uid`, so importing the same file twice adds nothing. CSV exports are for spreadsheets.
Redaction removes the user's own name, email and phone (from the settings `user_name`,
`user_email`, `user_phone`), account and card numbers in the notes, and the help-desk
names; the scammers' numbers, addresses and links stay, because they are the evidence.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, NamedTuple

from scamscreen.core.contact import OUTCOMES, flaw, read_int
from scamscreen.core.files import CsvWriter, FileRefused, read_regular
from scamscreen.core.indicators import VERDICTS
from scamscreen.core.region import DEFAULT_REGION
from scamscreen.store.caselog import CaseLog, StoreError, parse_when
from scamscreen.store.connection import now

FORMAT = "scamscreen-case-log"
FORMAT_VERSION = 1
EXPORTED = [
    "uid", "created_at", "contacted_at", "updated_at", "channel", "initiated_by",
    "claimed_org", "org_id", "phone", "phone_e164", "email", "email_domain", "url",
    "url_domain", "requests", "notes", "region", "verdict", "score", "findings",
    "engine_version", "data_version", "outcome", "money_lost_cents", "paid_how",
    "ticket_ref", "staff_member", "reported_by",
]  # fmt: skip
CSV_COLUMNS = [
    "id", "uid", "contacted_at", "created_at", "channel", "initiated_by", "claimed_org",
    "org_id", "phone", "phone_e164", "email", "email_domain", "url", "url_domain",
    "requests", "verdict", "score", "finding_ids", "outcome", "money_lost", "paid_how",
    "ticket_ref", "staff_member", "reported_by", "notes",
]  # fmt: skip
TEAM_EXTRAS = ("desk", "logged_by", "reporter_phone", "reporter_email")
REDACTED = "[redacted]"
# Card numbers in groups (4111 1111 1111 1111) and long unbroken digit runs.
_CARD = re.compile(r"\b\d{4}(?:[ -]\d{4}){2,4}\b")
_LONG_NUMBER = re.compile(r"\b\d{8,19}\b")
_ACCOUNT = re.compile(
    r"\b(?:account|acct|a/c|routing|iban|sort code|cuenta|tarjeta)\s*(?:number|no\.?|#|num\.?)?"
    r"[:\s#]*([A-Z]{0,4}[\d][\d -]{3,30}\d)",
    re.IGNORECASE,
)
# An export is read whole: 512 MB is about 150,000 contacts (3-4 kB each as JSON), far
# more than a help desk logs in years, and still fits in a desktop's memory once parsed.
MAX_IMPORT_BYTES = 512 * 1024 * 1024


class Redactor:
    """Removes one user's personal details from text."""

    def __init__(self, name: str | None, email: str | None, phone: str | None) -> None:
        patterns: list[str] = []
        self._domain = email.strip().rsplit("@", 1)[-1].lower() if email and "@" in email else None
        if email and email.strip():
            patterns.append(re.escape(email.strip()))
        if name and name.strip():
            parts = [p for p in re.split(r"\s+", name.strip()) if len(p) >= 3]
            patterns += [re.escape(name.strip()), *(rf"\b{re.escape(p)}\b" for p in parts)]
        digits = re.sub(r"\D", "", phone or "")
        if len(digits) >= 7:
            national = digits[-10:] if len(digits) > 10 else digits
            patterns.append(r"(?:\+?\d{1,3}[\s.-]*)?\(?" + r"[\s.()-]*".join(national))
        self._mine = re.compile("|".join(patterns), re.IGNORECASE) if patterns else None

    def text(self, value: str) -> str:
        if not value:
            return value
        if self._mine is not None:
            value = self._mine.sub(REDACTED, value)
        value = _ACCOUNT.sub(lambda m: m.group(0).replace(m.group(1), REDACTED), value)
        value = _CARD.sub(REDACTED, value)
        return _LONG_NUMBER.sub(lambda m: m.group(0) if _is_phone(m.group(0)) else REDACTED, value)

    def is_mine(self, value: str) -> bool:
        """The user's own name, address or number, or the domain of their address (which
        can name their employer)."""
        if self._domain and value.lower() == self._domain:
            return True
        return self._mine is not None and self._mine.fullmatch(value) is not None

    def contact(self, row: dict[str, Any]) -> dict[str, Any]:
        row = dict(row)
        row["notes"] = self.text(row.get("notes") or "")
        for key in ("staff_member", "reported_by"):
            if row.get(key):
                row[key] = REDACTED
        for key in ("phone", "email", "phone_e164", "email_domain", "url_domain"):
            # only if it is the user's own: the scammer's are the evidence
            if row.get(key) and self.is_mine(row[key]):
                row[key] = REDACTED
        return row


def _is_phone(digits: str) -> bool:
    """A long digit run that is a valid phone number is a number, not an account."""
    import phonenumbers

    for candidate in (digits, "+" + digits):
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(candidate, DEFAULT_REGION)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def redactor_for(log: CaseLog) -> Redactor:
    return Redactor(log.setting("user_name"), log.setting("user_email"), log.setting("user_phone"))


def _export_rows(log: CaseLog, redactor: Redactor | None) -> Iterator[dict[str, Any]]:
    for row in log.iter_all():
        yield redactor.contact(row) if redactor else row


def export_json(log: CaseLog, out: IO[str], *, redact: bool = False) -> int:
    """Write the whole log as JSON, streaming one contact at a time."""
    redactor = redactor_for(log) if redact else None
    out.write(
        json.dumps(
            {"format": FORMAT, "version": FORMAT_VERSION, "exported_at": now(), "redacted": redact}
        )[:-1]
    )
    out.write(', "contacts": [\n')
    count = 0
    for row in _export_rows(log, redactor):
        record = {key: row[key] for key in EXPORTED}
        if row.get("damaged"):  # what was stored, as it is (see CaseLog._decode)
            record["damaged"] = row["damaged"]
        # the team store's export brings them along (with who logged it, and the
        # reporter's phone and email when a lead asked for them)
        record.update({key: row[key] for key in TEAM_EXTRAS if row.get(key) is not None})
        stored = (
            [(o["kind"], o["value"]) for o in row["observables"]]
            if "observables" in row
            else log.db.execute(
                "SELECT kind, value FROM observables WHERE contact_id = ?", [row["id"]]
            ).fetchall()
        )
        record["observables"] = [
            {"kind": kind, "value": value}
            for kind, value in stored
            if not (redactor and redactor.is_mine(value))
        ]
        out.write(("" if count == 0 else ",\n") + json.dumps(record, ensure_ascii=False))
        count += 1
    out.write("\n]}\n")
    return count


# A damaged entry's unreadable list, in words (the columns stay as documented).
_DAMAGED_CELL = "(damaged entry: the saved {part} could not be read)"


def export_csv(log: CaseLog, out: IO[str], *, redact: bool = False) -> int:
    """Write the whole log as CSV for spreadsheets; every cell is made safe to open (no
    formulas, no line breaks that could start a row: `CsvWriter`)."""
    writer = CsvWriter(out)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for row in _export_rows(log, redactor_for(log) if redact else None):
        cents = row["money_lost_cents"]
        damaged = row.get("damaged") or {}
        flat = {
            **{k: row.get(k) for k in CSV_COLUMNS if k in row},
            "requests": _DAMAGED_CELL.format(part="requests") if "requests" in damaged
            else ";".join(row["requests"]),
            "finding_ids": _DAMAGED_CELL.format(part="findings") if "findings" in damaged
            else ";".join(f["id"] for f in row["findings"]),
            "money_lost": f"{cents / 100:.2f}" if cents is not None else "",
        }
        writer.writerow(flat.get(k) for k in CSV_COLUMNS)
        count += 1
    return count


_TEXT_FIELDS = ("channel", "initiated_by", "claimed_org", "org_id", "phone", "phone_e164",
                "email", "email_domain", "url", "url_domain", "notes", "region",
                "engine_version", "data_version", "paid_how", "ticket_ref", "staff_member",
                "reported_by", "updated_at", "contacted_at")  # fmt: skip


MAX_SQLITE_INTEGER = 2**63 - 1


def _flawless(value: Any, where: str) -> None:
    """Refuse text that cannot be encoded and numbers too long to read, anywhere in it."""
    found = flaw(value)
    if found is None:
        return
    place = f"{where}: {found.field}" if found.field else where
    if found.char is not None:
        raise StoreError(
            f"{place} holds a character that cannot be encoded ({found.char}: half of a "
            "UTF-16 surrogate pair)"
        )
    raise StoreError(f"{place}: the number is too long to read ({found.digits:,} digits)")


def _validated(record: Any, where: str) -> dict[str, Any]:
    """Check one exported contact field by field; the message says where it is."""
    if not isinstance(record, dict):
        raise StoreError(f"{where} is not an object")
    _flawless(record, where)
    missing = [k for k in ("uid", "created_at", "verdict", "score") if k not in record]
    if missing:
        raise StoreError(f"{where} has no {', '.join(missing)}")
    if not isinstance(record["uid"], str) or not record["uid"].strip():
        raise StoreError(f"{where}: uid must be non-empty text")
    if not isinstance(record["created_at"], str):
        raise StoreError(f"{where}: created_at must be a date such as 2026-11-29")
    if record["verdict"] not in VERDICTS:
        raise StoreError(f"{where}: verdict {record['verdict']!r} is not one of {VERDICTS}")
    if record.get("outcome", "unknown") not in OUTCOMES:
        raise StoreError(f"{where}: outcome {record['outcome']!r} is not one of {OUTCOMES}")
    score = record["score"]
    if not isinstance(score, int) or isinstance(score, bool) or not 0 <= score <= 100:
        raise StoreError(f"{where}: score must be a whole number from 0 to 100")
    for key in _TEXT_FIELDS:
        if record.get(key) is not None and not isinstance(record[key], str):
            raise StoreError(f"{where}: {key} must be text")
    for key in ("created_at", "contacted_at", "updated_at"):
        if record.get(key) is not None:
            record[key] = parse_when(record[key], f"{where}: {key}")
    requests = record.get("requests") or []
    if not isinstance(requests, list) or not all(isinstance(r, str) for r in requests):
        raise StoreError(f"{where}: requests must be a list of names")
    findings = record.get("findings") or []
    if not isinstance(findings, list) or not all(
        isinstance(f, dict) and isinstance(f.get("id"), str) for f in findings
    ):
        raise StoreError(f"{where}: findings must be a list of findings, each with an id")
    cents = record.get("money_lost_cents")
    if cents is not None and (
        not isinstance(cents, int) or isinstance(cents, bool)
        or not 0 <= cents <= MAX_SQLITE_INTEGER
    ):
        raise StoreError(
            f"{where}: money_lost_cents must be a whole number, not negative and at most "
            f"{MAX_SQLITE_INTEGER}"
        )
    return record


class ImportReport(NamedTuple):
    added: int
    already: int  # in the log before (same uid): importing twice adds nothing
    problems: list[str]  # one line each: "line 7: ... has no verdict"


# The first line our exporter writes: the header, up to the opening of the contacts list.
_OWN_HEADER = re.compile(r'\{"format": "' + FORMAT + r'".*"contacts": \[')
_HEADER = re.compile(r'\s*\{\s*"format"\s*:\s*"' + FORMAT + r'"')
_CONTACTS = re.compile(r'"contacts"\s*:\s*\[')
_VERSION = re.compile(r'"version"\s*:\s*(-?\d+)')


def _check_header(source: Path, version: Any) -> None:
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise StoreError(f"{source} has no valid format version.")
    if version > FORMAT_VERSION:
        raise StoreError(f"{source} was written by a newer ScamScreen; update to import it.")


def _read_export(source: Path) -> list[tuple[int, Any]]:
    """The export's contacts with the line each starts on. A file whose JSON is broken
    in places (a damaged or hand-edited line) is read line by line, so that the good
    contacts still come in and each broken line is reported."""
    try:
        read = read_regular(source, MAX_IMPORT_BYTES).decode("utf-8")
        text = read.replace("\r\n", "\n").replace("\r", "\n")  # as a text file reads
    except FileNotFoundError:
        raise StoreError(f"{source}: there is no such file.") from None
    except FileRefused as exc:
        raise StoreError(f"{source} cannot be imported: {exc.strerror}.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise StoreError(
            f"{source} cannot be read as an export ({exc.__class__.__name__})."
        ) from None
    not_export = StoreError(
        f"{source} is not a ScamScreen case-log export. Import reads the files that "
        "'scamscreen export --format json' writes."
    )
    first, _, rest = text.partition("\n")
    if _OWN_HEADER.fullmatch(first.strip()):
        # Our own export, one contact a line: each line is decoded once, on its own.
        version = _VERSION.search(first)
        _check_header(source, read_int(version.group(1)) if version else None)
        return _line_records(rest, 2)
    try:
        raw = json.loads(text, parse_int=read_int)
    except (json.JSONDecodeError, RecursionError):
        raw = None
    if raw is not None:
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise not_export
        _check_header(source, raw.get("version"))
        if not isinstance(raw.get("contacts"), list):
            raise StoreError(f"{source} has no list of contacts.")
        return _with_lines(text, len(raw["contacts"]))
    if not _HEADER.match(text):
        raise not_export
    version = _VERSION.search(first)
    _check_header(source, read_int(version.group(1)) if version else None)
    return _line_records(rest, 2)


def _line_records(text: str, first_line: int) -> list[tuple[int, Any]]:
    records: list[tuple[int, Any]] = []
    for number, line in enumerate(text.splitlines(), start=first_line):
        body = line.strip().strip(",")
        if body in ("", "]}", "]", "}"):
            continue
        try:
            records.append((number, json.loads(body, parse_int=read_int)))
        except json.JSONDecodeError as exc:
            records.append((number, StoreError(f"line {number}: not valid JSON ({exc.msg})")))
        except RecursionError:
            records.append((number, StoreError(f"line {number}: the JSON is nested too deeply")))
    return records


def _with_lines(text: str, count: int) -> list[tuple[int, Any]]:
    """Walk the contacts array of a valid export, noting the line each contact is on."""
    decoder = json.JSONDecoder(parse_int=read_int)
    found = _CONTACTS.search(text)
    position = found.end() if found else 0
    out: list[tuple[int, Any]] = []
    line, counted = 1, 0  # newlines are counted once, from where the last count stopped
    while len(out) < count:
        while text[position] in " \t\r\n,":
            position += 1
        value, end = decoder.raw_decode(text, position)
        line += text.count("\n", counted, position)
        counted = position
        out.append((line, value))
        position = end
    return out


def import_file(log: CaseLog, source: Path) -> ImportReport:
    """Add the contacts of a JSON export that are not in the log yet (by `uid`). Good
    contacts go in (in one transaction, so an interruption adds none); each bad one is
    reported with its line and left out."""
    good: list[tuple[dict[str, Any], Iterable[tuple[str, str]]]] = []
    problems: list[str] = []
    for line, record in _read_export(source):
        if isinstance(record, StoreError):
            problems.append(str(record))
            continue
        try:
            valid = _validated(record, f"line {line}")
            good.append((_row(valid), _observables(valid.get("observables"))))
        except StoreError as exc:
            problems.append(str(exc))
        except RecursionError:  # (findings nested as deeply as the reader allows)
            problems.append(f"line {line}: the findings are nested too deeply")
    added = already = 0
    with log.writing():
        for row, observables in good:
            if log.insert_row(row, observables, skip_existing=True):
                added += 1
            else:
                already += 1
    return ImportReport(added, already, problems)


def _row(record: dict[str, Any]) -> dict[str, Any]:
    """An exported contact as a contacts row, with defaults for what it leaves out."""
    row = {key: record.get(key) for key in EXPORTED}
    row["requests"] = json.dumps(record.get("requests") or [])
    row["findings"] = json.dumps(record.get("findings") or [], ensure_ascii=False)
    for key, default in (("claimed_org", ""), ("phone", ""), ("email", ""), ("url", ""),
                         ("notes", ""), ("outcome", "unknown"), ("engine_version", "?"),
                         ("data_version", "?")):  # fmt: skip
        row[key] = row[key] if row[key] is not None else default
    damaged = record.get("damaged")
    for key in ("requests", "findings"):
        # a damaged entry of an export comes back as it was stored, damaged still
        if isinstance(damaged, dict) and isinstance(damaged.get(key), str):
            row[key] = damaged[key]
    row["contacted_at"] = row["contacted_at"] or row["created_at"]
    row["updated_at"] = row["updated_at"] or row["created_at"]
    return row


def _observables(items: Any) -> Iterable[tuple[str, str]]:
    if not isinstance(items, list):
        return []
    return [
        (i["kind"], i["value"])
        for i in items
        if isinstance(i, dict)
        and i.get("kind") in ("phone", "domain")
        and isinstance(i.get("value"), str)
    ]


def export_to_string(log: CaseLog, fmt: str, *, redact: bool = False) -> str:
    buffer = io.StringIO()
    (export_json if fmt == "json" else export_csv)(log, buffer, redact=redact)
    return buffer.getvalue()
