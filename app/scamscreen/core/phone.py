"""Phone-number analysis on top of Google's libphonenumber (the `phonenumbers` port).

A number is read the way the user would dial it: without a country code it belongs to the
user's region. We keep what the user typed, and add the E.164 form (for comparing against
the directory and the case log), whether the number can exist, its type (a premium-rate
"support line" is a warning on its own), its country, and a readable national form.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache, cached_property

import phonenumbers
from phonenumbers import (
    NumberParseException,
    PhoneMetadata,
    PhoneNumberFormat,
    PhoneNumberType,
    phonenumberutil,
)

from scamscreen.core.region import DEFAULT_REGION as DEFAULT_REGION  # (named here too)

# libphonenumber's type names, mapped to the plain words the rest of the app uses.
_TYPES = {
    PhoneNumberType.FIXED_LINE: "fixed_line",
    PhoneNumberType.MOBILE: "mobile",
    PhoneNumberType.FIXED_LINE_OR_MOBILE: "fixed_line_or_mobile",
    PhoneNumberType.TOLL_FREE: "toll_free",
    PhoneNumberType.PREMIUM_RATE: "premium_rate",
    PhoneNumberType.SHARED_COST: "shared_cost",
    PhoneNumberType.VOIP: "voip",
    PhoneNumberType.PERSONAL_NUMBER: "personal",
    PhoneNumberType.PAGER: "pager",
    PhoneNumberType.UAN: "uan",
    PhoneNumberType.VOICEMAIL: "voicemail",
}

# A vanity number: digits and at least three letters, e.g. 1-800-MY-APPLE, 0800 BT HELP.
_VANITY_IN_TEXT = re.compile(
    r"(?<![\w+])(?:\+?1[\s.-]?)?\(?8(?:00|33|44|55|66|77|88)\)?[\s.-]?"
    r"(?=[A-Za-z0-9-]*[A-Za-z][A-Za-z0-9-]*[A-Za-z][A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9-]{5,11}\b"
)
_LETTER = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"\d")
_VANITY_GATE = re.compile(r"8(?:00|33|44|55|66|77|88)")
_EXTENSION = re.compile(r"\b(?:ext|extension|x)\.?\s*\d+\s*$", re.IGNORECASE)
MAX_NUMBERS_IN_TEXT = 20


class PhoneInfo:
    """One number as ScamScreen understands it."""

    def __init__(
        self,
        raw: str,
        e164: str | None,
        valid: bool,
        type: str,
        country: str | None,
        foreign: bool,
        vanity: bool,
        number: phonenumbers.PhoneNumber | None = None,
        error: str | None = None,
    ) -> None:
        self.raw = raw
        self.e164 = e164
        self.valid = valid
        self.type = type  # one of the _TYPES values, or "unknown"
        self.country = country  # ISO region of the number
        self.foreign = foreign  # belongs to another country than the user's region
        self.vanity = vanity  # written with letters: 1-800-MY-APPLE
        self.number = number
        self.error = error  # why it could not be read at all

    def __repr__(self) -> str:
        return f"PhoneInfo({self.raw!r}, e164={self.e164!r}, type={self.type!r})"

    # Formatting is only needed for what is shown, so it is done when asked for.
    @cached_property
    def national(self) -> str:
        """Readable form, as dialled in its own country: "(402) 935-7733"."""
        if self.number is None:
            return self.raw
        return phonenumbers.format_number(self.number, PhoneNumberFormat.NATIONAL)

    @cached_property
    def international(self) -> str:
        if self.number is None:
            return self.raw
        return phonenumbers.format_number(self.number, PhoneNumberFormat.INTERNATIONAL)

    def to_dict(self) -> dict[str, object]:
        return {
            "raw": self.raw,
            "e164": self.e164,
            "valid": self.valid,
            "type": self.type,
            "country": self.country,
            "foreign": self.foreign,
            "vanity": self.vanity,
            "national": self.national,
            "international": self.international,
        }


def _region(region: str | None) -> str:
    if region and region.upper() in phonenumbers.SUPPORTED_REGIONS:
        return region.upper()
    return DEFAULT_REGION


def _is_vanity(raw: str) -> bool:
    if not _LETTER.search(raw):
        return False
    body = _EXTENSION.sub("", raw)
    return len(_LETTER.findall(body)) >= 3 and any(ch.isdigit() for ch in body)


@cache
def _calling_code(region: str) -> int:
    return phonenumbers.country_code_for_region(region)


def _type_of(number: phonenumbers.PhoneNumber, country: str) -> int:
    """libphonenumber's number type, working out the number's region only once.

    `phonenumbers.number_type` and `is_valid_number` each search the region again, which
    for the 25 regions sharing +1 is most of the cost of describing a number.
    """
    helper: Callable[[str, PhoneMetadata], int] | None = getattr(
        phonenumberutil, "_number_type_helper", None
    )
    # A future phonenumbers without the helper (or a number without a calling code,
    # which parsing never gives): the public way.
    if helper is None or number.country_code is None:
        return phonenumbers.number_type(number)
    metadata = PhoneMetadata.metadata_for_region_or_calling_code(number.country_code, country)
    if metadata is None:
        return PhoneNumberType.UNKNOWN
    return helper(phonenumbers.national_significant_number(number), metadata)


def _describe(raw: str, number: phonenumbers.PhoneNumber, region: str, vanity: bool) -> PhoneInfo:
    # Most numbers are the user's own country's: test that one region first. Searching
    # all regions of a calling code (25 of them share +1) is the slow path.
    home = _type_of(number, region) if number.country_code == _calling_code(region) else None
    if home is not None and home != PhoneNumberType.UNKNOWN:
        country: str | None = region
        kind = home
    else:
        country = phonenumbers.region_code_for_number(number)
        kind = _type_of(number, country) if country else PhoneNumberType.UNKNOWN
    valid = kind != PhoneNumberType.UNKNOWN
    if not valid or country in ("ZZ", "001"):
        country = None
    possible = valid or phonenumbers.is_possible_number(number)
    return PhoneInfo(
        raw=raw,
        # E.164 is "+", the calling code and the national significant number
        e164=f"+{number.country_code}{phonenumbers.national_significant_number(number)}"
        if possible
        else None,
        valid=valid,
        type=_TYPES.get(kind, "unknown") if valid else "unknown",
        country=country,
        foreign=bool(country) and country != region,
        vanity=vanity,
        number=number,
    )


def analyse(raw: str, region: str | None = None) -> PhoneInfo:
    """Read one number as the user typed it. Never raises: a bad number says why."""
    region = _region(region)
    vanity = _is_vanity(raw)
    digits = phonenumbers.convert_alpha_characters_in_number(raw) if vanity else raw
    try:
        number = phonenumbers.parse(digits, region)
    except NumberParseException as exc:
        return PhoneInfo(raw, None, False, "unknown", None, False, vanity, None, str(exc))
    return _describe(raw, number, region, vanity)


def find_in_text(
    text: str, region: str | None = None, known: PhoneInfo | None = None
) -> Iterator[PhoneInfo]:
    """Numbers written inside free text (a pasted pop-up, email or SMS), in order.

    Uses libphonenumber's own matcher, which knows national formats and skips dates,
    amounts and order numbers; vanity numbers are found separately since it skips letters.
    A match of `known` (the number the user typed) is yielded as `known` itself.
    """
    if not _DIGIT.search(text):
        return  # no digit, no number: skip the matcher's own scan of the text
    region = _region(region)
    seen: set[str] = set()
    count = 0
    matcher = phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID)
    same = (
        (known.number.country_code, known.number.national_number)
        if known and known.number
        else None
    )
    for match in matcher:
        number = match.number
        if same == (number.country_code, number.national_number) and known is not None:
            info = known  # the number the user typed, already described
        else:
            info = _describe(match.raw_string, number, region, vanity=False)
        if info.e164 and info.e164 not in seen:
            seen.add(info.e164)
            count += 1
            yield info
            if count >= MAX_NUMBERS_IN_TEXT:
                return
    if not _VANITY_GATE.search(text):  # no toll-free prefix at all: no vanity number
        return
    for found in _VANITY_IN_TEXT.finditer(text):
        info = analyse(found.group(0), region)
        if info.valid and info.e164 not in seen:
            seen.add(info.e164 or "")
            count += 1
            yield info
            if count >= MAX_NUMBERS_IN_TEXT:
                return


_TYPED = re.compile(r"[\d\s().+\-/]*")


def format_as_typed(raw: str, region: str | None = None) -> str:
    """The number being typed, grouped the way it is written in its country so far
    ("8445550" becomes "844-5550" in the US), with libphonenumber's as-you-type formatter.

    Only digits, a leading "+" and the usual punctuation are regrouped: anything else
    (letters of a vanity number such as 1-800-FLOWERS, an extension) is left as typed.
    """
    if not raw or _TYPED.fullmatch(raw) is None:
        return raw
    formatter = phonenumbers.AsYouTypeFormatter(_region(region))
    out = raw
    plus = raw.lstrip().startswith("+")
    for index, char in enumerate(ch for ch in raw if ch.isdigit() or ch == "+"):
        if char == "+" and (index > 0 or not plus):
            return raw  # a "+" in the middle is not a number we can group
        out = formatter.input_digit(char)
    if out.lstrip("+").isdigit():
        return raw  # no pattern fits (yet): keep the user's own spacing
    return out
