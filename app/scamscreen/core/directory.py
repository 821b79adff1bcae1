"""The directory of verified vendor contacts (`data/vendors/*.json`).

Answers three questions for screening: who is the claimed organisation (by name, alias or
a small typo), does this domain belong to someone in the directory, and is this number
listed for someone. Only numbers read on the vendor's own page (`vendor_page`) are ever
called official; the others are kept so that a match can still be explained.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

from scamscreen.core.data import DataError, load_json, require
from scamscreen.core.text import deletions, edit_distance, fold_name

KINDS = frozenset(
    {
        "tech",
        "security",
        "retail",
        "payments",
        "bank",
        "telco",
        "government",
        "social",
        "streaming",
        "crypto",
    }
)
POLICIES = frozenset(
    {
        "never_calls_unsolicited",
        "no_phone_in_errors",
        "no_phone_support",
        "never_asks_gift_cards",
        "never_asks_crypto",
        "never_asks_money_transfer",
        "never_asks_password",
        "never_asks_codes",
        "never_asks_remote_access",
        "never_asks_personal_info",
        "never_threatens",
        "contacts_by_mail_first",
        "never_asks_payment_by_phone",
        "may_call_customers",
    }
)
CONFIDENCES = frozenset({"vendor_page", "secondary"})


class Sourced(NamedTuple):
    """One fact about a vendor, with where it came from."""

    value: str  # a domain, an E.164 number, a policy id, a URL or an address
    text: str  # label or wording for people
    source: str
    checked: str
    confidence: str
    country: str | None = None
    note: str = ""
    quote: str = ""  # a policy's own words, quoted from `source`
    quote_lang: str = "en"  # the language `quote` is written in ("es": already Spanish)

    @property
    def official(self) -> bool:
        return self.confidence == "vendor_page"


class Vendor(NamedTuple):
    id: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    website: str
    how_to_reach: str
    web_domains: tuple[Sourced, ...]
    email_domains: tuple[Sourced, ...]
    phones: tuple[Sourced, ...]
    policies: tuple[Sourced, ...]
    report: tuple[Sourced, ...]

    @property
    def policy_ids(self) -> frozenset[str]:
        return frozenset(p.value for p in self.policies)

    def official_phones(self, country: str | None = None) -> list[Sourced]:
        phones = [p for p in self.phones if p.official]
        if country:
            local = [p for p in phones if p.country == country]
            return local or phones
        return phones


def _sourced(
    entry: Any, key: str, path: Path, where: str, text_key: str = "", check: Any = None
) -> Sourced:
    value = require(entry, key, str, path, where)
    confidence = require(entry, "confidence", str, path, where)
    if confidence not in CONFIDENCES:
        raise DataError(path, f"has confidence '{confidence}' ({where})")
    if check is not None:
        value = check(value)
    return Sourced(
        value=value,
        text=str(entry.get(text_key, "")) if text_key else "",
        source=require(entry, "source", str, path, where),
        checked=require(entry, "checked", str, path, where),
        confidence=confidence,
        country=entry.get("country"),
        note=str(entry.get("note", "")),
        quote=str(entry.get("quote", "")).strip(),
        quote_lang=_language_code(entry.get("quote_lang", "en"), path, where),
    )


def _language_code(value: Any, path: Path, where: str) -> str:
    """A quote's language: a lower-case ISO 639-1 code ("en", "es")."""
    if not (
        isinstance(value, str)
        and len(value) == 2
        and value.isascii()
        and value.isalpha()
        and value.islower()
    ):
        raise DataError(path, f"has quote_lang {value!r}, not a code like 'es' ({where})")
    return value


def _e164(path: Path) -> Any:
    def convert(number: str) -> str:
        import phonenumbers

        try:
            parsed = phonenumbers.parse(number, None)
        except phonenumbers.NumberParseException:
            raise DataError(path, f"lists a number that cannot be read: {number}") from None
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)

    return convert


def load_vendor(path: Path) -> Vendor:
    raw = load_json(path)
    vid = require(raw, "id", str, path, "vendor")
    kind = require(raw, "kind", str, path, vid)
    if kind not in KINDS:
        raise DataError(path, f"has unknown kind '{kind}'")

    def many(
        key: str, value_key: str, text_key: str = "", check: Any = None
    ) -> tuple[Sourced, ...]:
        items = raw.get(key, [])
        if not isinstance(items, list):
            raise DataError(path, f"has '{key}' that is not a list")
        return tuple(
            _sourced(item, value_key, path, f"{key} #{i + 1}", text_key, check)
            for i, item in enumerate(items)
        )

    policies = many("policies", "id", "text")
    unknown = {p.value for p in policies} - POLICIES
    if unknown:
        raise DataError(path, f"uses unknown policy ids: {', '.join(sorted(unknown))}")
    for policy in policies:  # the app quotes the organisation, never a stronger sentence
        if not policy.quote:
            raise DataError(path, f"has no quote for its policy '{policy.value}'")
    reports = []
    for i, item in enumerate(raw.get("report", [])):
        key = "url" if "url" in item else "email"
        reports.append(_sourced(item, key, path, f"report #{i + 1}", "label"))
    lower = str.lower
    return Vendor(
        id=vid,
        name=require(raw, "name", str, path, vid),
        kind=kind,
        aliases=tuple(require(raw, "aliases", list, path, vid)),
        website=require(raw, "website", str, path, vid),
        how_to_reach=require(raw, "how_to_reach", str, path, vid),
        web_domains=many("web_domains", "domain", check=lower),
        email_domains=many("email_domains", "domain", check=lower),
        phones=many("phones", "number", "label", check=_e164(path)),
        policies=policies,
        report=tuple(reports),
    )


class DomainOwner(NamedTuple):
    vendor: Vendor
    domain: str  # the directory domain that covers the host
    entry: Sourced


class Directory:
    def __init__(self, vendors: Iterable[Vendor]) -> None:
        self.vendors: dict[str, Vendor] = {}
        self._names: dict[str, Vendor] = {}
        self._domains: dict[str, tuple[Vendor, Sourced]] = {}
        self._phones: dict[str, list[tuple[Vendor, Sourced]]] = {}
        for vendor in vendors:
            self.vendors[vendor.id] = vendor
            for name in (vendor.name, vendor.id.replace("-", " "), *vendor.aliases):
                folded = fold_name(name)
                if folded:
                    self._names.setdefault(folded, vendor)
            for entry in (*vendor.web_domains, *vendor.email_domains):
                self._domains.setdefault(entry.value, (vendor, entry))
            for phone in vendor.phones:
                self._phones.setdefault(phone.value, []).append((vendor, phone))
        # For each word that starts a name, the most words a name starting with it has:
        # a text is then searched with one set lookup per word.
        self._starts: dict[str, int] = {}
        for name in self._names:
            words = name.split()
            self._starts[words[0]] = max(self._starts.get(words[0], 0), len(words))
        self._typo_index: dict[str, set[str]] | None = None
        self._vendor_facts: dict[str, frozenset[str]] = {}

    @property
    def _typos(self) -> dict[str, set[str]]:
        """Every name of five letters or more under each of its one-letter deletions.

        Two words within one edit share a key, so a typo is found with a handful of
        dictionary lookups instead of comparing against every alias. Built on first use:
        most contacts name their company correctly, and `check` must start fast."""
        if self._typo_index is None:
            index: dict[str, set[str]] = {}
            for name in self._names:
                if len(name) >= 5:
                    for key in deletions(name):
                        index.setdefault(key, set()).add(name)
            self._typo_index = index
        return self._typo_index

    @classmethod
    def load(cls, folder: Path) -> Directory:
        files = sorted(folder.glob("*.json"))
        if not files:
            raise DataError(folder, "holds no vendor files")
        return cls(load_vendor(path) for path in files)

    def __iter__(self) -> Iterator[Vendor]:
        return iter(self.vendors.values())

    def _named(self, words: list[str]) -> Iterator[tuple[int, str]]:
        """(position, name) for every directory name written out in `words`, longest
        names first at each position."""
        starts = self._starts
        for i in [i for i, word in enumerate(words) if word in starts]:
            for n in range(min(starts[words[i]], len(words) - i), 0, -1):
                name = " ".join(words[i : i + n]) if n > 1 else words[i]
                if name in self._names:
                    yield i, name
                    break

    def match(self, claimed: str) -> Vendor | None:
        """The vendor a person meant by "MS tech support", "my bank (Chase)", "Micrsoft"."""
        name = fold_name(claimed)
        if not name:
            return None
        if name in self._names:
            return self._names[name]
        words = name.split()
        found = max(self._named(words), key=lambda hit: len(hit[1]), default=None)
        if found:
            return self._names[found[1]]
        best: tuple[int, str] | None = None
        candidates = [*words, *(" ".join(words[i : i + 2]) for i in range(len(words) - 1))]
        for word in candidates:
            if len(word) < 5:
                continue
            near: set[str] = set()
            for key in deletions(word):
                near |= self._typos.get(key, set())
            for alias in sorted(near):
                limit = 1 if len(alias) < 9 else 2
                distance = edit_distance(word, alias, limit)
                if distance <= limit and (best is None or (distance, alias) < best):
                    best = (distance, alias)
        return self._names[best[1]] if best else None

    def mentioned_in(self, text: str) -> Vendor | None:
        """The first organisation a pasted text names outright ("Windows Defender alert").

        Stricter than `match`: no typo tolerance (pasted prose is full of words one letter
        away from a brand: "window", "price"), and a short alias counts only in capitals
        ("MS", "HP", "BT"), so "Ms Smith" is nobody.
        """
        for _position, name in self._named(fold_name(text).split()):
            if len(name.replace(" ", "")) <= 3:
                short = re.escape(name.upper()).replace(r"\ ", r"\W?")  # AT&T -> AT\W?T
                if not re.search(rf"(?<!\w){short}(?!\w)", text):
                    continue
            return self._names[name]
        return None

    def owner_of(self, host: str) -> DomainOwner | None:
        """Who a host belongs to: the listed domain itself or a subdomain of it
        ("support.microsoft.com"). Nothing is guessed from a brand name: "coinbase.io" or
        "amazon.es" is nobody's until its vendor file lists it (issue 13)."""
        labels = host.lower().strip(".").split(".")
        for i in range(len(labels) - 1):
            candidate = ".".join(labels[i:])
            if candidate in self._domains:
                vendor, entry = self._domains[candidate]
                return DomainOwner(vendor, candidate, entry)
        return None

    def facts_of(self, vendor: Vendor) -> frozenset[str]:
        """The screening facts a claimed organisation brings: its kind and policies."""
        facts = self._vendor_facts.get(vendor.id)
        if facts is None:
            facts = frozenset(
                {f"org:kind:{vendor.kind}", *(f"policy:{p}" for p in vendor.policy_ids)}
            )
            self._vendor_facts[vendor.id] = facts
        return facts

    def quotes_of(self, vendor: Vendor) -> dict[str, str]:
        """The organisation's own words for each of its policies, as wording values:
        `{quote_never_asks_codes}` in a rule's detail is filled with them."""
        quotes: dict[str, str] = {}
        for policy in vendor.policies:
            quotes.setdefault(f"quote_{policy.value}", policy.quote)
        return quotes

    def phone_owners(self, e164: str) -> list[tuple[Vendor, Sourced]]:
        return self._phones.get(e164, [])

    def brand_domains(self) -> Iterator[tuple[str, str]]:
        """(domain, vendor id) for every listed web and email domain whose name is a
        brand: a host on a shared suffix ("www.gov.uk", HMRC's pages) is left out, or
        every "www-…" domain would look like an imitation of it."""
        for domain, (vendor, _entry) in self._domains.items():
            if not domain.startswith("www."):
                yield domain, vendor.id
