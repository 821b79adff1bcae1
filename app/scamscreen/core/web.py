"""Links and email addresses: finding them in text, and spotting look-alike domains.

The registrable domain ("help-desk.example" for "microsoft.com.help-desk.example") comes
from the Public Suffix List shipped inside the `publicsuffixlist` wheel: it is never
fetched at run time, and it is only loaded when a contact actually contains a domain.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from scamscreen.core.text import deletions, edit_distance, fold

if TYPE_CHECKING:  # loaded only when a contact contains a domain (see _psl)
    from publicsuffixlist import PublicSuffixList

_URL = re.compile(r"""(?:(?:https?|hxxps?)://|www\.)[^\s<>"'`()\[\]{}]+""", re.IGNORECASE)
_EMAIL = re.compile(r"(?<![\w.+%-])[\w.+%-]{1,64}@((?:[\w-]{1,63}\.){1,8}[\w-]{2,63})")
# A bare domain in prose ("go to apple-support-help.com"); the suffix is checked
# against the Public Suffix List before it counts, so "Mr.Smith" does not.
_BARE = re.compile(r"(?<![@\w.-])(?:[\w-]{1,63}\.){1,8}[^\W\d_]{2,63}(?![\w@-])")
_TRAILING = ".,;:!?'\")]}>"
_IP_LIKE = re.compile(r"^[\d.]+$|:")
# Letters people (and scammers) use to imitate others in a domain name.
_DIGIT_SWAPS = str.maketrans({"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t", "$": "s"})
_MULTI_SWAPS = (("rn", "m"), ("vv", "w"), ("cl", "d"), ("ii", "u"))
MAX_FOUND = 50
# Characters nobody can see in a host name: the direction controls that turn
# "moc.tfosorcim" into what reads as "microsoft.com", the zero-width ones, the soft hyphen,
# and every other format character (Unicode's category Cf), tested by _hidden().
_VISIBLE_HOST = re.compile(r"[\w.\-]*", re.ASCII)


@cache
def _psl() -> PublicSuffixList:
    from publicsuffixlist import PublicSuffixList

    # Hosts are handed over decoded, so the list's own punycode copies are not needed
    # (this halves the cost of loading it).
    return PublicSuffixList(accept_encoded_idn=False)


def _strip(candidate: str) -> str:
    return candidate.rstrip(_TRAILING)


def find_links(text: str) -> list[str]:
    """Links and bare domain names in the order they appear, without duplicates.

    Works token by token: only the few words with a dot in them can hold a domain, and
    testing those is far cheaper than running the patterns over the whole text."""
    found: dict[str, None] = {}
    if "." not in text:
        return []
    for token in text.split():
        if "." not in token:
            continue
        lowered = token.lower()
        if "://" in token or "www." in lowered:
            for match in _URL.finditer(token):
                link = _strip(match.group(0))
                if len(link) > 4:
                    found.setdefault(link)
        elif "@" not in token:
            for match in _BARE.finditer(lowered):
                candidate = _strip(match.group(0))
                if _is_domain(candidate):
                    found.setdefault(candidate)
        if len(found) >= MAX_FOUND:
            break
    return list(found)


def _is_domain(candidate: str) -> bool:
    """Does it end in a real public suffix? ("e.g" and "Mr.Smith" do not.)"""
    host = candidate if candidate.isascii() and "xn--" not in candidate else None
    if host is None:  # international: the suffix list knows the decoded form
        info = host_info(candidate)
        host = info.display if info else None
    if not host:
        return False
    suffix = _psl().publicsuffix(host, accept_unknown=False)
    # "Search GOV.UK for…" names a whole public suffix, where nobody's site is: not a
    # domain anyone owns (and never "not HMRC's website").
    return suffix is not None and suffix != host


def find_emails(text: str) -> list[str]:
    found: dict[str, None] = {}
    if "@" not in text:
        return []
    for match in _EMAIL.finditer(text):
        found.setdefault(_strip(match.group(0)).lower())
        if len(found) >= MAX_FOUND:
            break
    return list(found)


def _decode_label(label: str) -> tuple[str, bool]:
    if label.startswith("xn--"):
        try:
            return label[4:].encode("ascii").decode("punycode"), True
        except (UnicodeError, ValueError):
            return label, False
    return label, False


# Unicode categories of characters that show as nothing or reorder the text around them:
# format characters (bidi controls, zero-width space and joiners, soft hyphen, BOM),
# control characters, and separators; plus the Hangul fillers, letters drawn blank.
_HIDDEN_CATEGORIES = frozenset({"Cf", "Cc", "Zs", "Zl", "Zp"})
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0")


def _is_hidden(char: str) -> bool:
    if " " <= char <= "~":  # printable ASCII, the space included, is what it looks like
        return False
    import unicodedata

    return char in _BLANK_LETTERS or unicodedata.category(char) in _HIDDEN_CATEGORIES


def _hidden(host: str) -> bool:
    """Does the host hold a character that shows as nothing, or that reorders the text
    around it? Such a name can read as a trusted one (Unicode TR36, "bidi spoofing")."""
    return not _VISIBLE_HOST.fullmatch(host) and any(map(_is_hidden, host))


def escape_hidden(text: str) -> str:
    """`text` with every invisible or direction-changing character written as `\\u202e`, so
    what a person reads is what is there (PRODUCT.md: shown escaped)."""
    return "".join(f"\\u{ord(char):04x}" if _is_hidden(char) else char for char in text)


class Host(NamedTuple):
    """A host name as written, decoded for display, and what kind of thing it is."""

    ascii: str  # as it travels on the wire (punycode for international names)
    display: str  # decoded: what the user should be shown (hidden characters escaped)
    punycode: bool
    ip: bool
    hidden: bool = False  # it held characters nobody can see (see _hidden)


# The authority part of a link: scheme (optional), then up to the path, query or fragment.
_NETLOC = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.-]*://)?([^/?#\\\s]*)")


def host_info(link_or_host: str) -> Host | None:
    """The host of a link, an email domain or a bare domain; None if there is none."""
    authority = _NETLOC.match(link_or_host.strip())
    assert authority is not None  # (every part of the pattern is optional: it always matches)
    netloc = authority.group(1)
    # "https://microsoft.com@evil.example/" goes to evil.example: drop the user part.
    host = netloc.rsplit("@", 1)[-1]
    ip = host.startswith("[")
    if ip:
        host = host[1 : host.find("]")] if "]" in host else host[1:]
    elif ":" in host:
        host = host.split(":", 1)[0]
    host = host.strip(".").lower()
    if not host or len(host) > 253:
        return None
    if not ip and _IP_LIKE.match(host):  # ip_address() raising is slow: ask only if it may be
        try:
            ipaddress.ip_address(host)
            ip = True
        except ValueError:
            ip = False
    if ip:
        return Host(host, host, False, True)
    labels = host.split(".")
    if not all(labels) or max(map(len, labels)) > 63:
        return None
    if _hidden(host):
        # Never decoded, matched or shown as the name it pretends to be: shown escaped.
        shown = escape_hidden(host)
        return Host(shown, shown, False, False, True)
    if "xn--" in host:
        decoded = [_decode_label(label) for label in labels]
        display = ".".join(label for label, _ in decoded)
        punycode = any(flag for _, flag in decoded)
    else:
        display, punycode = host, False
    if host.isascii():
        return Host(host, display, punycode, False)
    try:
        ascii_form = display.encode("idna").decode("ascii")
    except UnicodeError:
        ascii_form = host
    return Host(ascii_form, display, punycode, False)


def registrable(host: Host) -> str:
    """ "microsoft.com.help-desk.example" -> "help-desk.example" (decoded form)."""
    if host.ip:
        return host.display
    return _psl().privatesuffix(host.display) or host.display


def label_of(domain: str) -> str:
    """The name part of a registrable domain: "apple-support-help.com" -> "apple-support-help"."""
    suffix = _psl().publicsuffix(domain) or ""
    return domain[: -len(suffix) - 1] if suffix and domain != suffix else domain.split(".")[0]


def _latin_skeleton(text: str) -> tuple[str, bool]:
    """Replace letters from other scripts that look Latin ("аpple" with a Cyrillic а).

    Returns the skeleton and whether any character was replaced or is non-Latin.
    """
    if text.isascii():
        return text, False
    from confusable_homoglyphs import confusables

    out = []
    changed = False
    for ch in text:
        if ch.isascii():
            out.append(ch)
            continue
        changed = True
        found = confusables.is_confusable(ch, preferred_aliases=["latin"], greedy=True) or []
        latin = [h["c"] for item in found for h in item["homoglyphs"] if h["c"].isascii()]
        out.append(latin[0].lower() if latin else fold(ch))
    return "".join(out), changed


def _swap_skeleton(label: str) -> str:
    label = label.translate(_DIGIT_SWAPS)
    for a, b in _MULTI_SWAPS:
        label = label.replace(a, b)
    return label


def _alternation(words: Iterable[str]) -> re.Pattern[str]:
    """One regex that finds any of the words inside a string (longest first)."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, ordered)) or "(?!)")


def _tokens(label: str) -> list[str]:
    return [t for t in re.split(r"[^a-z]+", label) if t]


class Brand(NamedTuple):
    label: str  # "microsoft"
    domain: str  # "microsoft.com"
    owner: str  # vendor id


class Lookalike:
    __slots__ = ("imitates", "kinds", "owner")

    def __init__(self) -> None:
        self.kinds: set[str] = set()  # punycode, mixed_script, typo, ...
        self.imitates: str | None = None  # the directory domain it imitates
        self.owner: str | None = None  # the vendor id of that domain


class LookalikeDetector:
    """Compares a domain with every brand domain in the directory.

    Only labels of five letters or more are compared by spelling: "hp", "bt" or "att"
    would match half the internet.
    """

    def __init__(self, brands: Iterable[Brand], keywords: Iterable[str]) -> None:
        self._brands = [b for b in brands if b.label]
        self._by_label: dict[str, Brand] = {}
        for brand in self._brands:
            self._by_label.setdefault(brand.label, brand)
        # Names of six letters or more under each one-letter deletion: a typo of a brand
        # shares a key with it, so candidates come from a few lookups, not a scan.
        self._near: dict[str, set[str]] = {}
        for name in self._by_label:
            if len(name) >= 6:
                for key in deletions(name):
                    self._near.setdefault(key, set()).add(name)
        self._keywords = frozenset(fold(k) for k in keywords)
        self._by_domain = {b.domain: b for b in reversed(self._brands)}
        self._brand_inside = _alternation(n for n in self._by_label if len(n) >= 5)
        self._keyword_inside = _alternation(k for k in self._keywords if len(k) >= 4)

    @property
    def keywords(self) -> frozenset[str]:
        return self._keywords

    def check(self, host: Host, own: str) -> Lookalike:
        """`own` is the registrable domain of `host`, already known not to be official."""
        result = Lookalike()
        if host.ip:
            return result
        if host.punycode:
            result.kinds.add("punycode")
        # `own` is one label on a public suffix: "apple-support-help" . "com"
        label = own.split(".", 1)[0]
        skeleton, foreign_letters = _latin_skeleton(label)
        if foreign_letters:
            result.kinds.add("mixed_script")
        brand = self._imitated(label, skeleton, foreign_letters, result)
        if brand is None and len(label) >= 5 and not foreign_letters and own not in self._by_domain:
            brand = self._by_label.get(label)
            if brand is not None:  # coinbase.io, chase.co: the name, not the company's domain
                result.kinds.add("other_ending")
        if brand is not None:
            result.imitates, result.owner = brand.domain, brand.owner
        else:
            self._brand_elsewhere(host, own, label, result)
        if result.imitates is None:
            # punycode or other scripts that imitate nobody in the directory: still
            # worth showing decoded, but not a look-alike.
            result.kinds.discard("mixed_script")
        return result

    def _imitated(self, label: str, skeleton: str, foreign: bool, out: Lookalike) -> Brand | None:
        if foreign and skeleton in self._by_label:
            return self._by_label[skeleton]  # аpple.com: the same word in borrowed letters
        swapped = _swap_skeleton(skeleton)
        brand = self._by_label.get(swapped)
        if brand is not None and len(swapped) >= 5 and swapped != label:
            out.kinds.add("typo")  # micros0ft, rnicrosoft, paypa1
            return brand
        # One slip for names of six letters or more, two from ten: "ample" is a word of
        # its own, "amazom" is not.
        near: set[str] = set()
        for key in deletions(skeleton):
            near |= self._near.get(key, set())
        for name in sorted(near):
            limit = 1 if len(name) < 10 else 2
            if name != label and edit_distance(skeleton, name, limit) <= limit:
                out.kinds.add("typo")  # microsfot, amazom
                return self._by_label[name]
        return None

    def _brand_elsewhere(self, host: Host, own: str, label: str, out: Lookalike) -> None:
        sub = host.display[: -len(own)].strip(".") if host.display.endswith(own) else ""
        if sub:
            # "microsoft.com.help-desk.example", "hp.com.fix-it.example", "secure-paypal.x.y"
            labels = sub.split(".")
            for i in range(len(labels)):
                brand = self._by_domain.get(".".join(labels[i:]))
                if brand is not None:
                    break
            else:
                brand = next(
                    (
                        self._by_label[t]
                        for t in _tokens(sub)
                        if len(t) >= 5 and t in self._by_label
                    ),
                    None,
                )
            if brand is not None:
                out.kinds.add("brand_in_subdomain")
                out.imitates, out.owner = brand.domain, brand.owner
                return
        tokens = _tokens(label)
        if self._keywords.isdisjoint(tokens) and not self._keyword_inside.search(label):
            return
        # a brand as a word of its own ("hp-support"), or a long brand run together
        # with the keyword ("applesupport")
        brand = next((self._by_label[t] for t in tokens if t in self._by_label), None)
        if brand is None:
            found = self._brand_inside.search(label)
            brand = self._by_label[found.group(0)] if found else None
        if brand is not None:
            out.kinds.add("brand_keyword")
            out.imitates, out.owner = brand.domain, brand.owner


_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


@cache
def name_key(name: str) -> str:
    """A name as the letters a web address would spell it: "Royal Mail" -> "royalmail"."""
    return _NOT_ALNUM.sub("", fold(name).lower())


def borrows_name(host: Host, own: str, key: str, keywords: frozenset[str]) -> bool:
    """Does the host carry an organisation's name without being a plain domain of that
    name? "personal-bancosantander.com", "royal-mail-redelivery.com",
    "usps.post-sxxx.top" borrow "santander", "royalmail", "usps"; "bbva.es" and
    "lloydsbank.com" (a name run into one word, no keyword) are left alone: we cannot
    tell whether they are the organisation's own."""
    if host.ip or len(key) < 3 or host.hidden:
        return False
    label = own.split(".", 1)[0]
    flat = _NOT_ALNUM.sub("", label)
    if key not in flat:
        if len(key) < 4 or not host.display.endswith(own):
            return False
        sub = host.display[: -len(own)]
        return key in _NOT_ALNUM.sub("", sub)
    if flat == key:
        return False
    tokens = [t for t in _NOT_ALNUM.split(label) if t]
    if len(tokens) > 1:  # a hyphen sets the name apart from other words
        return len(key) >= 4 or key in tokens
    rest = flat.replace(key, " ").split()
    return len(key) >= 4 and any(r in keywords for r in rest)
