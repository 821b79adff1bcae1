"""A report of one logged contact, for the police, a fraud reporting centre, a bank or the
company the caller pretended to be.

`build_report(contact)` takes a case-log contact (`core.contact.SavedContact`, or the row
`CaseLog.get` returns) and
gathers what these bodies ask for: when, how they made contact, the numbers, addresses
and links, who they claimed to be, what they asked for, the remote tool, money lost and
how it was paid, the user's own account (the notes) and what the screening found; then
where to report it: the authorities of the user's country (`data/authorities/<CC>.json`,
else `default.json`) and the impersonated company's own report page (the vendor
directory's `report` entries). `to_text()` and `to_html()` render it; the desktop app
prints the HTML to PDF (ui/report.py). Pure Python: no Qt, no database.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from scamscreen.core import labels
from scamscreen.core.contact import SavedContact
from scamscreen.core.data import DataError, load_json, require
from scamscreen.core.i18n import _
from scamscreen.core.times import utc_moment

if TYPE_CHECKING:
    from scamscreen.core.directory import Directory
    from scamscreen.core.textscan import Lexicon

_T = TypeVar("_T")

CONFIDENCES = frozenset({"authority_page", "secondary"})
FALLBACK = "default"
_COUNTRY = re.compile(r"[A-Z]{2}")
_ALIASES = {"UK": "GB"}  # what people type, to ISO 3166-1 alpha-2
# The currency an amount is most likely in, for the user's country (the log keeps cents
# without a currency).
_CURRENCY = {
    "US": "USD",
    "GB": "GBP",
    "CA": "CAD",
    "AU": "AUD",
    "NZ": "NZD",
    "IN": "INR",
    "IE": "EUR",
    "DE": "EUR",
    "FR": "EUR",
    "ES": "EUR",
}


class Place(NamedTuple):
    """Somewhere to report: an authority, or the impersonated company's report page."""

    name: str
    what: str  # when and why to use it, in a sentence
    url: str | None = None
    phone: str | None = None
    email: str | None = None
    area: str | None = None  # the part of the country it covers, when not all of it
    source: str = ""
    confidence: str = "secondary"
    id: str = ""


class Authorities(NamedTuple):
    country: str  # the ISO code asked for ("" when none was known)
    name: str  # the country's name, or "Any other country"
    places: tuple[Place, ...]
    fallback: bool  # True when the country has no file of its own


def normalise_country(country: str | None) -> str:
    code = (country or "").strip().upper()
    return _ALIASES.get(code, code)


def _place(entry: Any, path: Path, where: str) -> Place:
    confidence = require(entry, "confidence", str, path, where)
    if confidence not in CONFIDENCES:
        raise DataError(path, f"has confidence '{confidence}' ({where})")
    require(entry, "checked", str, path, where)
    if not any(entry.get(key) for key in ("url", "phone", "email")) and not entry.get("what"):
        raise DataError(path, f"says neither where nor how to report ({where})")
    return Place(
        name=require(entry, "name", str, path, where),
        what=require(entry, "what", str, path, where),
        url=entry.get("url") or None,
        phone=entry.get("phone") or None,
        email=entry.get("email") or None,
        area=entry.get("area") or None,
        source=require(entry, "source", str, path, where),
        confidence=confidence,
        id=str(entry.get("id", "")),
    )


def load_authority_file(path: Path) -> tuple[str, str, tuple[Place, ...]]:
    raw = load_json(path)
    country = require(raw, "country", str, path, "file")
    name = require(raw, "name", str, path, country)
    items = require(raw, "authorities", list, path, country)
    if not items:
        raise DataError(path, "lists no authorities")
    places = tuple(_place(item, path, f"authorities #{i + 1}") for i, item in enumerate(items))
    return country, name, places


def authorities_for(country: str | None, folder: Path) -> Authorities:
    """Where to report in `country` (ISO code; "UK" is read as GB), or the general
    advice of `default.json` for a country without a file. `folder`: the active data's
    `authorities/` folder."""
    code = normalise_country(country)
    path = folder / f"{code}.json"
    if _COUNTRY.fullmatch(code) and path.is_file():
        loaded = load_authority_file(path)
        places = _translated(folder, code, loaded[2])
        return Authorities(code, loaded[1], places, False)
    places = _translated(folder, FALLBACK, load_authority_file(folder / f"{FALLBACK}.json")[2])
    return Authorities(code, _("Any other country"), places, True)


def _translated(folder: Path, file: str, places: tuple[Place, ...]) -> tuple[Place, ...]:
    """The places' "what to do" in the language set for the core's words, from
    data/i18n/<lang>/authorities.json ({"authorities": {"US/ftc": {"what": ...}}}); an
    entry without a translation keeps its own words."""
    from scamscreen.core import i18n

    if not i18n.language():
        return places
    from scamscreen.core.localise import folders

    words: dict[str, Any] = {}
    for translation in reversed(folders(folder.parent, i18n.language())):
        path = translation / "authorities.json"
        if path.is_file():
            words.update(require(load_json(path), "authorities", dict, path, "file"))
    return tuple(
        place._replace(what=str(words[f"{file}/{place.id}"].get("what", place.what)))
        if isinstance(words.get(f"{file}/{place.id}"), dict)
        else place
        for place in places
    )


def vendor_places(
    org_id: str | None, claimed: str | None, directory: Directory | None
) -> list[Place]:
    """The impersonated company's own report pages and addresses, from the directory
    (None: the directory could not be read, and there are none to give)."""
    if (not org_id and not claimed) or directory is None:
        return []
    vendor = directory.vendors.get(org_id or "") or (directory.match(claimed) if claimed else None)
    if vendor is None:
        return []
    places = []
    for entry in vendor.report:
        is_url = entry.value.startswith(("http://", "https://"))
        places.append(
            Place(
                name=vendor.name,
                what=entry.text or _("Tell {company} about the scam.").format(company=vendor.name),
                url=entry.value if is_url else None,
                email=None if is_url else entry.value,
                source=entry.source,
                confidence=entry.confidence,
            )
        )
    return places


def _when(stamp: str | None) -> str:
    if not stamp:
        return ""
    try:
        moment = utc_moment(stamp)
    except ValueError:
        return stamp
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def _money(cents: int | None, country: str) -> str:
    if cents is None:
        return ""
    amount = f"{cents // 100:,}.{cents % 100:02d}"
    currency = _CURRENCY.get(country)
    return f"{amount} {currency}" if currency else amount


def _unique(values: list[str]) -> list[str]:
    seen: list[str] = []
    for value in values:
        if value and value not in seen:
            seen.append(value)
    return seen


def remote_tools(notes: str, lexicon: Lexicon | None) -> list[str]:
    """The remote-access tools named in the notes (AnyDesk, TeamViewer...); None for a
    lexicon that could not be read."""
    if not notes or lexicon is None:
        return []
    return list(lexicon.scan(notes).tools)


def _loaded(load: Callable[[], _T]) -> _T | None:
    try:
        return load()
    except DataError:
        return None


# -- the report --------------------------------------------------------------------


class Report(NamedTuple):
    contact_id: int | None
    contacted_at: str
    how: str  # how they made contact
    claimed_org: str
    numbers: tuple[str, ...]
    addresses: tuple[str, ...]
    links: tuple[str, ...]
    requests: tuple[str, ...]
    remote_tools: tuple[str, ...]
    money_lost: str
    paid_how: str
    narrative: str
    verdict: str
    findings: tuple[tuple[str, str], ...]  # (title, detail)
    outcome: str
    authorities: Authorities
    company: tuple[Place, ...]  # the impersonated company's report pages
    prepared: str

    @property
    def title(self) -> str:
        if self.contact_id is None:
            return _("Scam report")
        return _("Scam report: contact {id}").format(id=self.contact_id)

    @property
    def places(self) -> tuple[Place, ...]:
        return (*self.authorities.places, *self.company)

    @property
    def report_url(self) -> str | None:
        """The page "Open the report page" opens: the country's first online form, else
        the company's own report page."""
        for place in self.places:
            if place.url:
                return place.url
        return None

    def facts(self) -> list[tuple[str, str]]:
        """(label, value) for everything that happened, in the order authorities ask;
        a value the log does not have says so, so the reader knows it was not forgotten."""
        none = _("not recorded")
        return [
            (_("When"), self.contacted_at or none),
            (_("How they made contact"), self.how or none),
            (_("Who they claimed to be"), self.claimed_org or none),
            (_("Phone numbers"), ", ".join(self.numbers) or none),
            (_("Email addresses"), ", ".join(self.addresses) or none),
            (_("Links and websites"), ", ".join(self.links) or none),
            (_("What they asked for"), "; ".join(self.requests) or none),
            (_("Remote-access tool used"), ", ".join(self.remote_tools) or none),
            (_("Money lost"), self.money_lost or _("none recorded")),
            (_("How it was paid"), self.paid_how or none),
            (_("How it turned out"), self.outcome or none),
        ]

    def _place_lines(self, place: Place) -> list[str]:
        lines = [place.name + (f" ({place.area})" if place.area else "")]
        lines.append(place.what)
        for label, value in (
            (_("Web"), place.url),
            (_("Phone"), place.phone),
            (_("Email"), place.email),
        ):
            if value:
                lines.append(f"{label}: {value}")
        return lines

    def to_text(self) -> str:
        out = [self.title, "=" * len(self.title), "", _intro(), ""]
        out += [_("What happened"), "-" * len(_("What happened"))]
        width = max(len(label) for label, _value in self.facts())
        for label, value in self.facts():
            out.append(f"{label + ':':<{width + 1}} {value}")
        out += ["", _("In my own words"), "-" * len(_("In my own words"))]
        out.append(self.narrative or _("not recorded"))
        out += ["", _("What ScamScreen found"), "-" * len(_("What ScamScreen found"))]
        out.append(_("Verdict: {verdict}").format(verdict=self.verdict))
        for title, detail in self.findings:
            out.append(f"- {title}" + (f": {detail}" if detail else ""))
        out += ["", _("Where to report"), "-" * len(_("Where to report"))]
        out.append(_where_heading(self.authorities))
        for place in self.authorities.places:
            out += ["", *self._place_lines(place)]
        if self.company:
            out += ["", _("The company they pretended to be")]
            for place in self.company:
                out += ["", *self._place_lines(place)]
        out += ["", self.prepared, ""]
        return "\n".join(out)

    def to_html(self) -> str:
        """The same report as simple HTML for Qt's rich text (QTextDocument): large,
        dark type on white, no colours that alarm."""
        e = html.escape
        parts = [
            f"<h1>{e(self.title)}</h1>",
            f"<p class='intro'>{e(_intro())}</p>",
            f"<h2>{e(_('What happened'))}</h2>",
            "<table class='facts' width='100%' cellspacing='0' cellpadding='6'>",
        ]
        for label, value in self.facts():
            parts.append(
                f"<tr><td class='label' width='36%'>{e(label)}</td><td>{e(value)}</td></tr>"
            )
        parts.append("</table>")
        parts.append(f"<h2>{e(_('In my own words'))}</h2>")
        narrative = e(self.narrative or _("not recorded")).replace("\n", "<br>")
        parts.append(f"<p>{narrative}</p>")
        parts.append(f"<h2>{e(_('What ScamScreen found'))}</h2>")
        parts.append(f"<p><b>{e(_('Verdict: {verdict}').format(verdict=self.verdict))}</b></p>")
        if self.findings:
            parts.append("<ul>")
            for title, detail in self.findings:
                text = f"<b>{e(title)}</b>" + (f"<br>{e(detail)}" if detail else "")
                parts.append(f"<li>{text}</li>")
            parts.append("</ul>")
        parts.append(f"<h2>{e(_('Where to report'))}</h2>")
        parts.append(f"<p>{e(_where_heading(self.authorities))}</p>")
        for place in self.authorities.places:
            parts.append(self._place_html(place))
        if self.company:
            parts.append(f"<h3>{e(_('The company they pretended to be'))}</h3>")
            for place in self.company:
                parts.append(self._place_html(place))
        parts.append(f"<p class='footer'>{e(self.prepared)}</p>")
        return "".join(parts)

    def _place_html(self, place: Place) -> str:
        lines = [html.escape(line) for line in self._place_lines(place)]
        return f"<p class='place'><b>{lines[0]}</b><br>{'<br>'.join(lines[1:])}</p>"


def _intro() -> str:
    return _(
        "A record of a contact that looked like a 'tech support' scam, made with ScamScreen "
        "from what was noted at the time. Police, fraud reporting centres, banks and the "
        "company they pretended to be ask for these details."
    )


def _where_heading(authorities: Authorities) -> str:
    if authorities.fallback:
        return _("ScamScreen has no reporting centre on file for your country. Start with these:")
    return _("Your country: {country}").format(country=authorities.name)


def build_report(
    contact: SavedContact | Mapping[str, Any],
    country: str | None = None,
    *,
    data: Path,
    directory: Directory | None = None,
    lexicon: Lexicon | None = None,
    redactor: Any = None,
    now: datetime | None = None,
) -> Report:
    """The report for one case-log contact (typed, or its row). `country` is the user's country (the
    Settings' region); without it the contact's own region is used. `data` is the active
    data folder; `directory` and `lexicon`, when the caller has them loaded already
    (the Workspace's screener does), are not read again. A `redactor`
    (store.exchange.Redactor) removes the user's own details first, for a report that
    is shared rather than filed."""
    if directory is None:
        from scamscreen.core.directory import Directory

        directory = _loaded(lambda: Directory.load(data / "vendors"))
    if lexicon is None:
        from scamscreen.core.textscan import Lexicon

        lexicon = _loaded(lambda: Lexicon.load(data / "indicators"))
    saved = SavedContact.of(contact)
    if redactor is not None:  # (it reads and writes the case log's row)
        saved = SavedContact.of(redactor.contact(saved._asdict()))
    code = normalise_country(country or saved.region)
    phones = [value for kind, value in saved.observables if kind == "phone"]
    numbers = _unique([saved.phone] + phones + ([] if saved.phone else [saved.phone_e164 or ""]))
    # the typed number and its E.164 form are the same number: keep the typed one
    if saved.phone and saved.phone_e164 in numbers:
        numbers.remove(saved.phone_e164)
    domains = [
        value
        for kind, value in saved.observables
        if kind == "domain" and value != saved.email_domain
    ]
    links = [
        link
        for link in _unique([saved.url, *domains])
        if link == saved.url or not (saved.url and link in saved.url)
    ]
    wording = labels.requests()
    requests = [wording.get(r, r) for r in saved.requests]
    tools = remote_tools(saved.notes, lexicon)
    authorities = authorities_for(code, data / "authorities")
    company = tuple(vendor_places(saved.org_id, saved.claimed_org, directory))
    if company and authorities.fallback:  # the general "the company's own page" advice
        general = tuple(p for p in authorities.places if p.id != "company")
        authorities = authorities._replace(places=general)
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return Report(
        contact_id=saved.id,
        contacted_at=_when(saved.contacted_at),
        how=labels.channels().get(saved.channel, saved.channel),
        claimed_org=saved.claimed_org,
        numbers=tuple(numbers),
        addresses=tuple(_unique([saved.email])),
        links=tuple(links),
        requests=tuple(requests),
        remote_tools=tuple(tools),
        money_lost=_money(saved.money_lost_cents, code),
        paid_how=saved.paid_how,
        narrative=saved.notes,
        verdict=labels.verdicts().get(saved.verdict, saved.verdict),
        findings=saved.findings,
        outcome=labels.outcomes().get(saved.outcome, saved.outcome),
        authorities=authorities,
        company=company,
        prepared=_("Prepared with ScamScreen on {date}.").format(date=stamp),
    )
