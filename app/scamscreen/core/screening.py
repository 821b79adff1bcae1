"""Screening: from a logged contact to a verdict, a score, reasons and advice.

It runs in three steps that can each be tested on their own:

1. *analyse* the contact into facts: the claimed organisation and its policies, what the
   numbers and links are, which requests and patterns the text describes;
2. *fire* the indicator rules over those facts and combine their weights into a score;
3. *explain*: findings in plain words, the organisation's official contacts, and advice.

Nothing here touches the network, a database or Qt, and nothing depends on the clock or on
ordering of sets, so the same contact always gets the same answer.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from scamscreen.core import phone as phones
from scamscreen.core import web
from scamscreen.core.contact import Channel, Contact, Initiator, Request
from scamscreen.core.data import ListsUnreadable, load_json, require
from scamscreen.core.directory import Directory, Vendor
from scamscreen.core.i18n import _
from scamscreen.core.indicators import (
    AdviceEntry,
    RuleSet,
    Verdict,
    candidates,
    combine,
    fill,
    index_conditions,
    load_advice,
    placeholders,
)
from scamscreen.core.textscan import Lexicon

if TYPE_CHECKING:  # imported only when a language is asked for (see Screener.load)
    from scamscreen.core.localise import DataTranslation

ENGINE_VERSION = "2"
SHOWN_FINDINGS = 5  # a verdict shows at most this many reasons, strongest first


class KnownScamLookup(Protocol):
    """What screening needs from the known-scam lists kept elsewhere
    (`scamscreen.store.lists.KnownLists`): given a contact's numbers (E.164) and domains
    (registrable), the extra facts they imply (`phone:reported`, `phone:blocked_by_user`,
    ..., see docs/data-format.md), with the words for the findings (how often and when a
    number was reported, by whom) put into `values` for the rules' {placeholders}.
    Called once per contact, so one query answers for all of its numbers and domains.
    Raises `ListsUnreadable` when the lists cannot be read: the verdict then says so,
    rather than "no warning signs" for a number that may well be listed."""

    def lookup(
        self, numbers: Iterable[str], domains: Iterable[str], values: dict[str, str]
    ) -> set[str]: ...


class Analysis:
    """Everything screening worked out about a contact, before any rule fired."""

    __slots__ = (
        "cues",
        "emails",
        "facts",
        "links",
        "mentions",
        "phones",
        "requests",
        "tools",
        "values",
        "vendor",
        "warnings",
    )

    def __init__(self, vendor: Vendor | None = None) -> None:
        self.facts: set[str] = set()
        self.vendor = vendor
        self.phones: list[phones.PhoneInfo] = []
        self.links: list[dict[str, Any]] = []
        self.emails: list[dict[str, Any]] = []
        self.mentions: list[dict[str, Any]] = []  # other companies' sites named in passing
        self.requests: list[str] = []
        self.cues: dict[str, str] = {}
        self.tools: list[str] = []
        self.values: dict[str, str] = {}  # for {placeholders}
        self.warnings: list[str] = []  # what this check could not do (lists unreadable)


class Finding(NamedTuple):
    id: str
    severity: str
    title: str
    detail: str
    weight: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "severity": self.severity,
            "title": self.title,
            "detail": self.detail,
            "weight": self.weight,
        }


class Result(NamedTuple):
    verdict: Verdict
    score: int
    findings: tuple[Finding, ...]
    official_contacts: tuple[dict[str, Any], ...]
    advice: tuple[str, ...]
    analysis: Analysis
    more_findings: int = 0  # reasons beyond the SHOWN_FINDINGS strongest (listed after them)

    @property
    def warnings(self) -> tuple[str, ...]:
        """What this check could not do, in words for the person (the scam lists could
        not be read); empty when it did everything."""
        return tuple(self.analysis.warnings)

    @property
    def shown_findings(self) -> tuple[Finding, ...]:
        """The reasons a verdict shows first: the SHOWN_FINDINGS strongest."""
        return self.findings[:SHOWN_FINDINGS]

    def to_dict(self) -> dict[str, Any]:
        vendor = self.analysis.vendor
        return {
            "verdict": self.verdict.value,
            "score": self.score,
            "findings": [f.to_dict() for f in self.findings],
            "more_findings": self.more_findings,
            "official_contacts": [dict(c) for c in self.official_contacts],
            "advice": list(self.advice),
            "organisation": {"id": vendor.id, "name": vendor.name} if vendor else None,
            "warnings": list(self.warnings),
            "extracted": {
                "phones": [p.to_dict() for p in self.analysis.phones],
                "links": self.analysis.links,
                "emails": self.analysis.emails,
                "mentioned_sites": self.analysis.mentions,
                "requests": self.analysis.requests,
                "remote_tools": self.analysis.tools,
            },
            "engine": ENGINE_VERSION,
        }


class WebLists(NamedTuple):
    free_mail: frozenset[str]
    shorteners: frozenset[str]
    brand_keywords: tuple[str, ...]
    # hosts where anyone can publish (sites.google.com, github.io): never a company's own
    user_content: frozenset[str] = frozenset()

    @classmethod
    def load(cls, path: Path) -> WebLists:
        raw = load_json(path)

        def domains(key: str) -> frozenset[str]:
            items = require(raw, key, list, path, key)
            return frozenset(require(i, "domain", str, path, key).lower() for i in items)

        return cls(
            free_mail=domains("free_mail"),
            shorteners=domains("shorteners"),
            brand_keywords=tuple(require(raw, "brand_keywords", list, path, "brand_keywords")),
            user_content=domains("user_content") if "user_content" in raw else frozenset(),
        )

    def is_user_content(self, host: str) -> bool:
        """Is the host on (or under) a host where anyone can publish?"""
        labels = host.split(".")
        return any(".".join(labels[i:]) in self.user_content for i in range(len(labels) - 1))


class Screener:
    """Holds the loaded data; `screen()` is then a pure function of the contact."""

    def __init__(
        self,
        directory: Directory,
        lexicon: Lexicon,
        rules: RuleSet,
        advice: tuple[AdviceEntry, ...],
        weblists: WebLists,
        known_scams: KnownScamLookup | None = None,
        *,
        folder: Path,
    ) -> None:
        """`folder`: the data folder all of this was loaded from (its fingerprint is the
        data version saved with every verdict)."""
        self.directory = directory
        self.lexicon = lexicon
        self.rules = rules
        self.advice = advice
        self.weblists = weblists
        self.known_scams = known_scams
        self._advice_index = index_conditions(a.when for a in advice)
        self.folder = folder
        self.language: str | None = None  # of the wording; None: the data's own English
        self.placeholder_words: dict[str, str] = {}
        self.vendor_words: dict[str, dict[str, Any]] = {}
        self.translated_quote = ""  # the translation's marker word ("traducido"), if any
        self._quote_cache: dict[str, dict[str, str]] = {}
        self._contact_cache: dict[tuple[str, str | None], tuple[dict[str, Any], ...]] = {}

    @classmethod
    def load(
        cls,
        folder: Path,
        known_scams: KnownScamLookup | None = None,
        language: str | None = None,
    ) -> Screener:
        """`language` ("es", "es_MX"): word findings, advice and official contacts from
        `data/i18n/<language>/` (see core/localise.py); English when it has none."""
        rules = RuleSet.load(folder / "indicators" / "rules.json")
        advice = load_advice(folder / "advice.json")
        words = None
        if language and language.split("_")[0].lower() not in ("en", "c"):
            from scamscreen.core.localise import DataTranslation

            words = DataTranslation.load(folder, language)
            if words:
                rules, advice = _translated(words, rules, advice)
        screener = cls(
            Directory.load(folder / "vendors"),
            Lexicon.load(folder / "indicators"),
            rules,
            advice,
            WebLists.load(folder / "web.json"),
            known_scams,
            folder=folder,
        )
        if words:
            screener.language = language
            screener.placeholder_words = words.placeholder_words()
            screener.vendor_words = words.vendors()
            screener.translated_quote = words.translated_quote()
        return screener

    @cached_property
    def data_version(self) -> str:
        """A short fingerprint of the data files, saved with every verdict so an old
        verdict can be traced to the data that produced it."""
        digest = hashlib.sha256()
        for path in sorted(self.folder.rglob("*.json")):
            digest.update(path.relative_to(self.folder).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
        return digest.hexdigest()[:12]

    @cached_property
    def lookalikes(self) -> web.LookalikeDetector:
        brands = []
        for domain, owner in self.directory.brand_domains():
            if domain in self.weblists.free_mail:
                continue  # outlook.com is Microsoft's, but it is everybody's mailbox too
            label = web.label_of(domain).split(".")[-1]  # accountprotection.microsoft.com
            brands.append(web.Brand(label=label, domain=domain, owner=owner))
        return web.LookalikeDetector(brands, self.weblists.brand_keywords)

    # -- step 1 ---------------------------------------------------------------------------

    def analyse(self, contact: Contact, region: str | None = None) -> Analysis:
        region = contact.region or region or phones.DEFAULT_REGION
        out = Analysis()
        facts = out.facts
        if contact.channel is not None:
            facts.add("channel:" + contact.channel.value)
        initiator = contact.initiator
        if initiator is not None:
            facts.add("initiated:" + initiator.value)

        text = contact.text
        if text and not text.isascii() and _disguised(text):
            # "ʏᴏᴜʀ ᴀᴜᴛᴏ ᴘᴀʏᴍᴇɴᴛ": read the words it spells, and say it was disguised
            facts.add("cue:disguised_letters")
            text = _undisguised(text)
        found = self.lexicon.scan(text)
        requests = {r.value for r in contact.requests}
        for category, phrase in found.categories.items():
            if category in _REQUESTS:
                requests.add(category)
            else:
                out.cues[category] = phrase
        if found.tools:
            requests.add("remote_access")
            out.values["tool"] = found.tools[0]
        # A code named in a call or a chat is being asked for. In a message it is asked for
        # only when nothing shows it being delivered ("G-123456 is your Google verification
        # code", "don't share this code"). Never when it is the session code of a
        # remote-control program the text names (Quick Assist's code).
        if out.cues.pop("code_mention", None) and not found.tools:
            talk = contact.channel in _CONVERSATIONS
            if talk or not ("code_delivered" in out.cues or _DELIVERED_CODE.search(contact.text)):
                requests.add("one_time_code")
        out.tools = found.tools
        # a box the person unticked: what the text seemed to say, they say it did not
        requests -= {r.value for r in contact.not_requests} - {r.value for r in contact.requests}
        out.requests = sorted(requests)
        facts.update(f"request:{r}" for r in requests)
        facts.update(f"cue:{c}" for c in out.cues)
        if contact.requests and "keep_secret" in requests:
            facts.add("cue:secrecy")

        vendor = self.directory.match(contact.claimed_org) if contact.claimed_org else None
        if contact.claimed_org:
            facts.add("org:known" if vendor else "org:unknown")
        out.vendor = vendor

        self._phones(contact, region, out)
        if contact.text and _stuffed(contact.text, bool(out.phones)):
            facts.add("cue:keyword_stuffing")
        self._links(contact, out)
        if out.vendor is None and not contact.claimed_org:
            out.vendor = self._implied_vendor(contact, out)
            if out.vendor:
                facts.add("org:known")
        if out.vendor is None and not contact.claimed_org:
            facts.add("org:none")
        if out.vendor is not None:
            vendor = out.vendor
            facts.update(self.directory.facts_of(vendor))
            out.values.setdefault("org", vendor.name)
            out.values.setdefault("website", vendor.website)
            out.values.update(self._quotes(vendor))  # {quote_<policy id>}
            # findings about numbers and links that depend on who was claimed
            self._ownership(out)
        if self.known_scams is not None:
            numbers = [p.e164 for p in out.phones if p.e164]
            domains = [link["registrable"] for link in (*out.links, *out.emails)]
            if numbers or domains:
                try:
                    facts.update(self.known_scams.lookup(numbers, domains, out.values))
                except ListsUnreadable as exc:
                    facts.add("lists:unreadable")
                    out.warnings.append(
                        _("The scam lists could not be read ({problem}), so the number and "
                          "links were not looked up in them.").format(problem=exc)
                    )
        return out

    def _quotes(self, vendor: Vendor) -> dict[str, str]:
        """`{quote_<policy id>}`: the organisation's own words, in the language shown when
        the translation has them, and then `{translated_<policy id>}` says so
        (" (traducido)"). A quote already in that language (its `quote_lang`), or one the
        translation lacks, is the company's sentence as written, with no marker. English,
        or a translation without a marker word: the vendor file's quotes."""
        quotes = self.directory.quotes_of(vendor)
        if not (self.language and self.translated_quote):
            return quotes
        cached = self._quote_cache.get(vendor.id)
        if cached is None:
            shown = self.language.replace("-", "_").split("_")[0].split(".")[0].lower()
            translated = (self.vendor_words.get(vendor.id) or {}).get("quotes")
            translated = translated if isinstance(translated, dict) else {}
            cached = dict(quotes)
            for policy in vendor.policies:
                key = f"quote_{policy.value}"
                text = translated.get(policy.value)
                if quotes[key] != policy.quote or policy.quote_lang == shown:
                    continue  # an earlier policy with this id is quoted; or no translation needed
                if isinstance(text, str) and text.strip():
                    cached[key] = text.strip()
                    cached[f"translated_{policy.value}"] = f" ({self.translated_quote})"
            self._quote_cache[vendor.id] = cached
        return cached

    def _phones(self, contact: Contact, region: str, out: Analysis) -> None:
        facts = out.facts
        given = phones.analyse(contact.phone, region) if contact.phone else None
        in_text = list(phones.find_in_text(contact.text, region, given)) if contact.text else []
        if given is not None:
            out.phones.append(given)
            if not given.valid:
                facts.add("phone:invalid")
        for info in in_text:
            if info is not given:
                out.phones.append(info)
        if in_text:
            facts.add("phone:in_text")
        if not out.phones:
            return
        facts.add("phone:present")
        for info in out.phones:
            if info.valid:
                kind = "fixed_line" if info.type == "fixed_line_or_mobile" else info.type
                facts.add(f"phone:{kind}")
                if info.foreign:
                    facts.add("phone:foreign")
            if info.vanity:
                facts.add("phone:vanity")

    def _host_entry(self, text: str, is_email: bool) -> dict[str, Any] | None:
        host = web.host_info(text.rsplit("@", 1)[-1] if is_email else text)
        if host is None:
            return None
        own = web.registrable(host)
        owner = self.directory.owner_of(host.display)
        entry: dict[str, Any] = {
            "text": text,
            "domain": host.display,
            "ascii": host.ascii,
            "registrable": own,
            "punycode": host.punycode,
            "ip": host.ip,
            "owner": owner.vendor.id if owner else None,
            "lookalike": [],
            "imitates": None,
            "hidden": host.hidden,
        }
        if is_email and own in self.weblists.free_mail:
            entry["owner"] = None
            entry["free_mail"] = True
        if self.weblists.user_content and self.weblists.is_user_content(host.display):
            entry["owner"] = None  # anyone can publish there, even under google.com
            entry["user_content"] = True
        if entry["owner"] is None and not host.hidden:
            check = self.lookalikes.check(host, own)
            entry["lookalike"] = sorted(check.kinds)
            entry["imitates"] = check.imitates
            entry["imitates_owner"] = check.owner
        return entry

    def _links(self, contact: Contact, out: Analysis) -> None:
        facts = out.facts
        links = ([contact.url] if contact.url else []) + web.find_links(contact.text)
        emails = ([contact.email] if contact.email else []) + [
            e for e in web.find_emails(contact.text) if not _addressed_to(contact.text, e)
        ]
        # an email address also shows up as a bare domain: keep it with the emails
        email_domains = {e.rsplit("@", 1)[-1].lower() for e in emails}
        for text in dict.fromkeys(links):
            if text.lower() in email_domains:
                continue
            entry = self._host_entry(text, is_email=False)
            if entry is None:
                continue
            # "a purchase at BESTBUY.COM" in a bank's text names a shop, it is not a link
            # to follow: a bare domain of another known company is only a mention.
            bare = text != contact.url and "/" not in text and not text.lower().startswith("www.")
            claimed = out.vendor.id if out.vendor else None
            if bare and entry["owner"] and entry["owner"] != claimed:
                entry["mention"] = True
                out.mentions.append(entry)
                continue
            out.links.append(entry)
        for text in dict.fromkeys(emails):
            entry = self._host_entry(text, is_email=True)
            if entry:
                out.emails.append(entry)
        if out.links:
            facts.add("link:present")
        if out.emails:
            facts.add("email:present")
        for entry in out.links:
            if entry["ip"]:
                facts.add("link:ip_address")
            if entry["registrable"] in self.weblists.shorteners:
                facts.add("link:shortener")
        for entry in out.emails:
            if entry.get("free_mail"):
                facts.add("email:free_mail")
        for entry in (*out.links, *out.emails):
            if entry.get("user_content"):
                facts.add("link:user_content")
                out.values.setdefault("domain", entry["domain"])
            if entry["hidden"]:
                facts.add("domain:hidden")
                out.values["domain"] = entry["domain"]
            if entry["punycode"]:
                facts.add("domain:punycode")
                out.values.setdefault("domain", entry["domain"])
            kinds = entry["lookalike"]
            if entry["imitates"]:
                facts.add("domain:lookalike")
                facts.update(f"domain:{k}" for k in kinds)
                out.values.setdefault("domain", entry["domain"])
                out.values.setdefault("imitates", entry["imitates"])
        if out.links or out.emails:
            self._borrowed_name(contact, out)
            first = (out.links or out.emails)[0]
            out.values.setdefault("domain", first["domain"])

    def _borrowed_name(self, contact: Contact, out: Analysis) -> None:
        """A web address that carries the name of the organisation the contact claims to
        be, or that its text signs with ("BBVA: ...", "Royal Mail: ..."), without being
        that organisation's listed domain: for any organisation, in the directory or not."""
        names = []
        if contact.claimed_org:
            names.append(contact.claimed_org)
        signed = _signature(contact.text)
        if signed:
            names.append(signed)
        if out.vendor is not None:
            names.append(out.vendor.name)
        keys = {web.name_key(n): n for n in names}
        keys.pop("", None)
        if not keys:
            return
        keywords = self.lookalikes.keywords
        owner_id = out.vendor.id if out.vendor else None
        for entry in (*out.links, *out.emails):
            if entry["ip"] or entry.get("free_mail") or entry["hidden"]:
                continue
            if entry["owner"] and entry["owner"] == owner_id:
                continue
            host = web.Host(entry["ascii"], entry["domain"], entry["punycode"], False)
            for key, name in keys.items():
                if web.borrows_name(host, entry["registrable"], key, keywords):
                    out.facts.add("domain:borrows_name")
                    out.values.setdefault("named", name)
                    out.values.setdefault("domain", entry["domain"])
                    return

    def _implied_vendor(self, contact: Contact, out: Analysis) -> Vendor | None:
        """Nobody was named: take the organisation the evidence points at, in order of
        strength: a look-alike's target, the owner of a link or sender, a name in the text,
        the owner of a number."""
        for entry in (*out.emails, *out.links):
            if entry.get("imitates_owner"):
                return self.directory.vendors.get(entry["imitates_owner"])
        for entry in (*out.emails, *out.links):
            if entry["owner"]:
                return self.directory.vendors.get(entry["owner"])
        named = self.directory.mentioned_in(contact.text[:2000]) if contact.text else None
        if named is not None:
            return named  # who they say they are, even if the number is someone else's
        for info in out.phones:
            owners = self.directory.phone_owners(info.e164 or "")
            if owners:
                return owners[0][0]
        return None

    def _ownership(self, out: Analysis) -> None:
        facts = out.facts
        vendor = out.vendor
        assert vendor is not None
        listed = {p.value for p in vendor.phones}
        for info in out.phones:
            if not info.e164:
                continue
            owners = self.directory.phone_owners(info.e164)
            mine = [s for v, s in owners if v.id == vendor.id]
            if mine:
                facts.add("phone:known_for_claimed")
                if any(s.official for s in mine):
                    facts.add("phone:official_for_claimed")
            elif owners:
                facts.add("phone:belongs_to_other_org")
            elif listed or "policy:no_phone_support" in facts:
                facts.add("phone:not_listed_for_claimed")
        for entry in out.links:
            if entry["owner"] == vendor.id:
                facts.add("link:official_for_claimed")
            else:
                facts.add("link:not_official_for_claimed")
        for entry in out.emails:
            if entry["owner"] == vendor.id:
                facts.add("email:official_for_claimed")
            else:
                facts.add("email:not_official_for_claimed")

    # -- steps 2 and 3 --------------------------------------------------------------------

    def screen(self, contact: Contact, region: str | None = None) -> Result:
        analysis = self.analyse(contact, region)
        facts = analysis.facts
        fired = self.rules.fire(facts)
        # Caller ID is spoofed: nothing reassures about an incoming call, not even a
        # "call back" the user asked for (anyone can ring right after and claim to be it).
        incoming = "channel:phone_inbound" in facts
        counted = [r for r in fired if not (incoming and r.weight < 0)]
        # Findings that say the same thing ("install something", "get into your computer",
        # "a remote-control program") are one reason, with the strongest weight: it is one
        # piece of evidence, counted once.
        strongest: dict[str, Any] = {}
        quoted: dict[str, Any] = {}  # a group's rule that quotes the company's own words
        for rule in counted:
            key = rule.group or rule.id
            held = strongest.get(key)
            if held is None or abs(rule.weight) > abs(held.weight):
                strongest[key] = rule
            if "{quote_" in rule.detail and rule.weight > 0:
                quoted.setdefault(key, rule)
        counted = list(strongest.values())
        score = round(100 * combine(r.weight for r in counted))
        score = max(0, min(100, score))
        if score >= self.rules.likely_scam:
            verdict = Verdict.LIKELY_SCAM
        elif score >= self.rules.suspicious or any(
            r.severity == "high" and r.weight > 0 for r in counted
        ):
            verdict = Verdict.SUSPICIOUS
        else:
            verdict = Verdict.NO_RED_FLAGS
        first = analysis.phones[0] if analysis.phones else None
        lazy = {"number": lambda: first.national if first.valid else first.raw} if first else {}
        values = placeholders(analysis.values, self.placeholder_words, **lazy)
        ordered = sorted(counted, key=lambda r: (-r.weight, r.id))
        more = max(0, len(ordered) - SHOWN_FINDINGS)  # (all are kept: "Show all reasons")
        # A group's reason is said in the company's own words when one of its rules
        # quotes them ("Chase says it never asks you to move money: “…”"): more
        # specific than the general rule, with the strongest rule's weight and severity.
        shown = [(quoted.get(r.group or r.id, r), r) for r in ordered]
        findings = tuple(
            Finding(
                said.id,
                r.severity,
                fill(said.title, values),
                fill(said.detail, values),
                r.weight,
            )
            for said, r in shown
        )
        advice_facts = {*facts, "verdict:" + verdict}
        advice = tuple(
            dict.fromkeys(
                fill(self.advice[n].text, values)
                for n in candidates(self._advice_index, advice_facts)
                if self.advice[n].when.holds(advice_facts)
            )
        )
        region = contact.region or region
        return Result(
            verdict,
            score,
            findings,
            self._contacts(analysis.vendor, region),
            advice,
            analysis,
            more,
        )

    def _contacts(self, vendor: Vendor | None, region: str | None) -> tuple[dict[str, Any], ...]:
        if vendor is None:
            return ()
        key = (vendor.id, region)
        if key not in self._contact_cache:  # derived from the data alone
            contacts = self._official_contacts(vendor, region)
            words = self.vendor_words.get(vendor.id)
            if words:
                contacts = _translated_contacts(contacts, words)
            self._contact_cache[key] = contacts
        return self._contact_cache[key]

    @staticmethod
    def _official_contacts(vendor: Vendor, region: str | None) -> tuple[dict[str, Any], ...]:
        out: list[dict[str, Any]] = [
            {
                "organisation": vendor.name,
                "type": "website",
                "value": vendor.website,
                "label": vendor.how_to_reach,
            }
        ]
        for phone in vendor.official_phones(region):
            out.append(
                {
                    "organisation": vendor.name,
                    "type": "phone",
                    "value": phones.analyse(phone.value).international,
                    "e164": phone.value,
                    "country": phone.country,
                    "label": phone.text,
                    "source": phone.source,
                    "checked": phone.checked,
                }
            )
        for report in vendor.report:
            if report.official:
                kind = (
                    "report_email" if "@" in report.value and "/" not in report.value else "report"
                )
                out.append(
                    {
                        "organisation": vendor.name,
                        "type": kind,
                        "value": report.value,
                        "label": report.text,
                        "source": report.source,
                        "checked": report.checked,
                    }
                )
        return tuple(out)


_REQUESTS = frozenset(r.value for r in Request)

# Letters that look Latin but are not, used to slip words past filters: small capitals
# and IPA letters (ʏᴏᴜʀ), mathematical letters (𝐲𝐨𝐮𝐫), full-width letters (ｙｏｕｒ).
_SMALL_CAPS = str.maketrans("ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ", "abcdefghijklmnopqrstuvwyz")


_DISGUISE = re.compile(
    "[\u1d00-\u1d7f"  # phonetic extensions: small capitals
    "\u0280-\u02af"  # IPA letters (ʀ, ʏ, ʙ)
    "\ua730-\ua7ff"  # more small capitals (ꜰ, ꜱ)
    "\U0001d400-\U0001d7ff"  # mathematical letters
    "\uff21-\uff5a]"  # full-width letters
)


def _disguised(text: str) -> bool:
    found = _DISGUISE.finditer(text, 0, 4000)
    return sum(1 for _ in zip(range(5), found, strict=False)) >= 5


def _undisguised(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKC", text).translate(_SMALL_CAPS)


_CONVERSATIONS = frozenset({Channel.PHONE_INBOUND, Channel.PHONE_OUTBOUND, Channel.CHAT})
# The code itself, in the message: "Your code: 482-913", "G-123456 is your ... code",
# "utiliza el código 570245".
_DELIVERED_CODE = re.compile(
    r"\b(?:code|c[oó]digo|otp|pin|passcode)\b\W{0,3}(?:is|es|:)?\W{0,3}[A-Z]?-?\d{3,8}\b"
    r"|\b[A-Z]?-?\d{4,8}\W{0,3}(?:is your|es tu|es su)\b",
    re.IGNORECASE,
)

# "To: jane@example.com", "Hi jane@example.com", "for the Microsoft account jo**@gmail.com":
# the address a message was sent to is the user's own, not the sender's.
_RECIPIENT_BEFORE = re.compile(
    r"(?:\b(?:to|cc|bcc|para|dear|hi|hello|hey|hola|estimad[oa]|recipient|destinatario)"
    r"\b[\s:,]*(?:[^\s<>@]+\s+){0,2}<?|\b(?:account|cuenta|user|usuario)[\s:]+|\[)$",
    re.IGNORECASE,
)


def _addressed_to(text: str, email: str) -> bool:
    at = text.lower().find(email)
    if at <= 0:
        return False
    return _RECIPIENT_BEFORE.search(text[max(0, at - 40) : at]) is not None


# "BBVA: ...", "Royal Mail: your parcel...": the name a text message signs with.
_SIGNATURE = re.compile(r"^\W{0,3}([A-Za-z][\w&.'-]*(?: [A-Za-z][\w&.'-]*){0,2})\s?:")
_NOT_NAMES = frozenset(
    [
        "subject",
        "from",
        "to",
        "re",
        "fw",
        "fwd",
        "dear",
        "hi",
        "hello",
        "hey",
        "note",
        "date",
        "sender",
        "asunto",
        "de",
        "para",
        "hola",
        "estimado",
        "estimada",
        "alert",
        "alerta",
        "aviso",
        "urgent",
        "urgente",
        "important",
        "importante",
        "warning",
        "notice",
        "message",
        "msg",
        "subj",
        "frm",
        "reminder",
        "update",
        "notification",
        "security",
        "seguridad",
        "info",
        "action",
        "required",
        "mensaje",
        "notificacion",
        "recordatorio",
    ]
)


def _signature(text: str) -> str | None:
    match = _SIGNATURE.match(text[:60]) if text else None
    if match is None:
        return None
    words = [w for w in match.group(1).split() if w.lower() not in _NOT_NAMES]
    return " ".join(words) or None


# A support number drowned in search words ("Norton support phone number Norton
# helpline number...") or written with odd separators so filters miss it ("1*844*555").
_STUFFING_WORDS = (
    "support",
    "helpline",
    "help desk",
    "helpdesk",
    "customer service",
    "customer care",
    "phone number",
    "toll free",
    "toll-free",
    "contact number",
    "hotline",
    "soporte",
    "atención al cliente",
    "número de teléfono",
)
_ODD_SEPARATORS = re.compile(r"\d{1,4}(?:\s?[~*|•·_=#^»→]+\s?\d{1,4}){2,}|\b1[-. ]?8[oO]{2}\b")


_ODD_HINT = re.compile(r"\d\s?[~*|•·_=#^»→]|8[oO]{2}")


def _stuffed(text: str, has_phone: bool) -> bool:
    if _ODD_HINT.search(text) and _ODD_SEPARATORS.search(text):
        return True
    if not has_phone:
        return False
    lowered = text[:4000].lower()
    return sum(lowered.count(word) for word in _STUFFING_WORDS) >= 5


def _translated(
    words: DataTranslation, rules: RuleSet, advice: tuple[AdviceEntry, ...]
) -> tuple[RuleSet, tuple[AdviceEntry, ...]]:
    """The rules and advice with their wording from a `DataTranslation`; an id it does
    not translate keeps its English words."""
    from scamscreen.core.indicators import check_template

    rule_words = words.rules()
    out = []
    for rule in rules.rules:
        entry = rule_words.get(rule.id) or {}
        where = f"rules {rule.id}"
        out.append(
            rule._replace(
                title=check_template(entry.get("title") or rule.title, words.sources[0], where),
                detail=check_template(entry.get("detail") or rule.detail, words.sources[0], where),
            )
        )
    advice_words = words.advice()
    translated_advice = tuple(
        a._replace(text=check_template(advice_words.get(a.id) or a.text, words.sources[0], a.id))
        for a in advice
    )
    return RuleSet(tuple(out), rules.likely_scam, rules.suspicious), translated_advice


def _translated_contacts(
    contacts: tuple[dict[str, Any], ...], words: dict[str, Any]
) -> tuple[dict[str, Any], ...]:
    out = []
    for contact in contacts:
        contact = dict(contact)
        if contact["type"] == "website":
            contact["label"] = words.get("how_to_reach") or contact["label"]
        elif contact["type"] == "phone":
            key = contact.get("e164", "")
            contact["label"] = (words.get("phones") or {}).get(key) or contact["label"]
        else:
            contact["label"] = (words.get("report") or {}).get(contact["value"]) or contact["label"]
        out.append(contact)
    return tuple(out)


__all__ = ["Analysis", "Channel", "Finding", "Initiator", "Result", "Screener", "WebLists"]
