"""What screening makes of the known-scam lists: the facts a lookup gives (a reported
number, one the person blocked) and the words its findings say them in ("reported 214
times, last on 2026-11-02, as tech support"). Pure Python: the rows come from the
store (store/lists.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from scamscreen.core.i18n import _


class ListRow(NamedTuple):
    """One entry of the lists, as a lookup reads it."""

    kind: str  # number or domain
    value: str  # E.164, or the registrable domain
    list: str  # scam, block or allow
    source: str  # seed, ftc, feed, team:<name>, user
    reports: int
    last_seen: str | None
    subject: str
    note: str


_TECH_SUPPORT = re.compile(r"tech(nical)?[\s-]*support", re.IGNORECASE)

# How each source is named in a finding ("… is in {known_source}").
_SOURCE_WORDS = {  # (translated where they are used: see source_words)
    "ftc": "the FTC's Do Not Call complaints",
    "seed": "ScamScreen's own list of known scams",
    "feed": "the known-scam list of your ScamScreen updates",
}


def is_tech_support(subject: str) -> bool:
    """The FTC's topic for tech-support calls ("Computer & technical support"), however
    a feed or an older file spells it."""
    return bool(subject) and _TECH_SUPPORT.search(subject) is not None


def source_words(source: str) -> str:
    """A source as a finding names it."""
    if source.startswith("team:"):
        return _("your team's list \u201c{name}\u201d").format(name=source[5:])
    if source.startswith("feed"):
        return _(_SOURCE_WORDS["feed"])
    return _(_SOURCE_WORDS[source]) if source in _SOURCE_WORDS else source


def reported_words(reports: int, last_seen: str | None, subject: str) -> str:
    """The words of a finding, such as "reported 214 times, last on 2026-11-02, as tech
    support" (the rules say "This number was {known_reported}")."""
    if reports > 1:
        parts = [_("reported {count} times").format(count=f"{reports:,}")]
        if last_seen:
            parts.append(_("last on {date}").format(date=last_seen))
    elif reports == 1:
        parts = [_("reported once")]
        if last_seen:
            parts.append(_("on {date}").format(date=last_seen))
    else:
        parts = [_("listed as a scam")]
        if last_seen:
            parts.append(_("last seen on {date}").format(date=last_seen))
    if is_tech_support(subject):
        parts.append(_("as tech support"))
    elif subject:
        parts.append(_("about \u201c{subject}\u201d").format(subject=subject))
    return ", ".join(parts)


def display_number(e164: str) -> str:
    """The number as a finding shows it: "+1 844-555-0199" (libphonenumber's international
    form; written out directly for the +1 numbers nearly every list entry is)."""
    if len(e164) == 12 and e164.startswith("+1") and e164[2:].isdigit():
        return f"+1 {e164[2:5]}-{e164[5:8]}-{e164[8:]}"
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def facts_from(rows: Iterable[ListRow], numbers: set[str], values: dict[str, str]) -> set[str]:
    """The facts the lists' rows about a contact give screening (see the facts in
    `docs/data-format.md`), and the words of its findings (into `values`). `numbers`
    are the contact's numbers (E.164), as a domain may look like a number."""
    facts: set[str] = set()
    scam: dict[str, list[ListRow]] = {}
    for row in rows:
        kind, value = row.kind, row.value
        if (kind == "number") != (value in numbers):
            continue
        prefix = "phone" if kind == "number" else "domain"
        if row.list == "scam":
            scam.setdefault(value, []).append(row)
            facts.add(f"{prefix}:reported")
            if kind == "number" and is_tech_support(row.subject):
                facts.add("phone:reported_tech_support")
        else:
            which = "blocked" if row.list == "block" else "allowed"
            facts.add(f"{prefix}:{which}_by_user")
            what = "number" if kind == "number" else "domain"
            shown = display_number(value) if kind == "number" else value
            values.setdefault(f"{which}_{what}", shown)
            note = row.note
            values.setdefault(
                f"{which}_{what}_note", f" (your note: \u201c{note}\u201d)" if note else ""
            )

    # The strongest report (a number before a domain, then most reports, then most
    # recent) speaks first; every source that lists it is named.
    def strength(item: tuple[str, list[ListRow]]) -> tuple[bool, int, str]:
        value, hits = item
        return (
            value in numbers,
            max(r.reports for r in hits),
            max(r.last_seen or "" for r in hits),
        )

    ranked = sorted(sorted(scam.items()), key=strength, reverse=True)  # stable: by value
    for value, hits in ranked:
        best = max(hits, key=lambda r: (r.reports, r.last_seen or "", bool(r.subject)))
        last_seen = max((r.last_seen for r in hits if r.last_seen), default=None)
        subject = best.subject or next((r.subject for r in hits if r.subject), "")
        tech = next((r.subject for r in hits if is_tech_support(r.subject)), None)
        words = reported_words(best.reports, last_seen, tech or subject)
        sources = " and ".join(dict.fromkeys(source_words(r.source) for r in hits))
        if value in numbers:
            values.setdefault("known_number", display_number(value))
            values.setdefault("known_reported", words)
            values.setdefault("known_source", sources)
        else:
            values.setdefault("known_domain", value)
            values.setdefault("known_domain_reported", words)
            values.setdefault("known_domain_source", sources)
        values.setdefault("known_reports", str(best.reports) if best.reports else "")
        values.setdefault("known_last_seen", last_seen or "")
        values.setdefault("known_subject", subject)
    return facts
