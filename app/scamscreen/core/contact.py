"""The logged contact: what the user saw or heard, validated.

Input comes from people (the check screen) and from files (`check --json`/`--jsonl`), so
every field is checked here once, and a problem is reported as a `ContactError` naming
the field and saying what would be accepted. Unknown fields are ignored.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any, NamedTuple


class Channel(StrEnum):
    PHONE_INBOUND = "phone_inbound"
    PHONE_OUTBOUND = "phone_outbound"
    POPUP = "popup"
    EMAIL = "email"
    SMS = "sms"
    CHAT = "chat"
    WEB = "web"


class Initiator(StrEnum):
    THEM = "them"
    USER = "user"


class Request(StrEnum):
    REMOTE_ACCESS = "remote_access"
    INSTALL_SOFTWARE = "install_software"
    GIFT_CARD = "gift_card"
    WIRE_TRANSFER = "wire_transfer"
    CRYPTO = "crypto"
    PAYMENT_APP = "payment_app"
    CARD_PAYMENT = "card_payment"
    BANK_LOGIN = "bank_login"
    PASSWORD = "password"
    ONE_TIME_CODE = "one_time_code"
    PERSONAL_INFO = "personal_info"
    CALL_NUMBER = "call_number"
    CLICK_LINK = "click_link"
    KEEP_SECRET = "keep_secret"
    STAY_ON_LINE = "stay_on_line"
    BUY_SECURITY_PRODUCT = "buy_security_product"
    REFUND_PROCESS = "refund_process"


# What a contact turned out to be, set by the user later (the case log keeps it).
OUTCOMES = ("unknown", "confirmed_scam", "genuine")
CHANNELS = tuple(c.value for c in Channel)

# Who starts a contact on each channel when the user does not say: a pop-up, an email,
# a text or a call that rings are the other side's doing.
_IMPLIED_INITIATOR = {
    Channel.PHONE_INBOUND: Initiator.THEM,
    Channel.PHONE_OUTBOUND: Initiator.USER,
    Channel.POPUP: Initiator.THEM,
    Channel.EMAIL: Initiator.THEM,
    Channel.SMS: Initiator.THEM,
}

MAX_TEXT = 2_000_000  # characters; a pasted email with its headers is a few thousand
MAX_FIELD = 2_000
MAX_ORG = 200


class ContactError(ValueError):
    """Input that is not a valid contact; `field` names the offending field."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(f"{field_name}: {message}")
        self.field = field_name
        self.message = message


class Contact(NamedTuple):
    """A validated contact. (Records in the core are NamedTuples, not dataclasses:
    `dataclasses` pulls in `inspect`, and `scamscreen check` must start fast.)"""

    channel: Channel | None = None
    initiated_by: Initiator | None = None
    claimed_org: str = ""
    phone: str = ""
    email: str = ""
    url: str = ""
    requests: frozenset[Request] = frozenset()
    # what the person says they were NOT asked for, though the text seems to say so
    # (a box the app ticked from the text, unticked): the person's word wins
    not_requests: frozenset[Request] = frozenset()
    text: str = ""
    region: str | None = None
    id: str | int | None = None

    @property
    def initiator(self) -> Initiator | None:
        """Who started it: as given, else implied by the channel, else unknown."""
        if self.initiated_by is not None:
            return self.initiated_by
        if self.channel is None:
            return None
        return _IMPLIED_INITIATOR.get(self.channel)


# -- what JSON can hold that nothing can use ---------------------------------------------
#
# JSON may spell a lone UTF-16 surrogate ("\ud800"): Python reads it into a str that can
# be neither printed as UTF-8 nor saved in SQLite. And an integer of more than 4,300
# digits makes Python's reader raise ValueError (its guard against slow conversions).
# Both are read here into something that can be named, so the caller can say which
# field holds it.


class SavedContact(NamedTuple):
    """A contact as the case log keeps it (the row `CaseLog.get` returns), typed: what a
    report reads of it. Empty strings and None stand for what was not given."""

    id: int | None = None
    region: str | None = None
    contacted_at: str | None = None
    channel: str = ""
    claimed_org: str = ""
    org_id: str | None = None
    phone: str = ""
    phone_e164: str | None = None
    email: str = ""
    email_domain: str | None = None
    url: str = ""
    requests: tuple[str, ...] = ()
    notes: str = ""
    findings: tuple[tuple[str, str], ...] = ()  # (title, detail), as screened then
    observables: tuple[tuple[str, str], ...] = ()  # (kind, value): every number and domain
    verdict: str = ""
    outcome: str = ""
    money_lost_cents: int | None = None
    paid_how: str = ""

    @classmethod
    def of(cls, row: SavedContact | Mapping[str, Any]) -> SavedContact:
        """`row` typed (a row of the case log, or one read from an export)."""
        if isinstance(row, SavedContact):
            return row

        def pairs(items: Any, first: str, second: str) -> tuple[tuple[str, str], ...]:
            return tuple(
                (str(item.get(first, "")), str(item.get(second, "")))
                if isinstance(item, Mapping)
                else (str(item[0]), str(item[1]))
                for item in items or ()
            )

        def text(name: str) -> str:
            return str(row.get(name) or "")

        return cls(
            id=row.get("id"),
            region=row.get("region"),
            contacted_at=row.get("contacted_at"),
            channel=text("channel"),
            claimed_org=text("claimed_org"),
            org_id=row.get("org_id"),
            phone=text("phone"),
            phone_e164=row.get("phone_e164"),
            email=text("email"),
            email_domain=row.get("email_domain"),
            url=text("url"),
            requests=tuple(row.get("requests") or ()),
            notes=text("notes"),
            findings=pairs(row.get("findings"), "title", "detail"),
            observables=pairs(row.get("observables"), "kind", "value"),
            verdict=text("verdict"),
            outcome=text("outcome"),
            money_lost_cents=row.get("money_lost_cents"),
            paid_how=text("paid_how"),
        )


class LongNumber(NamedTuple):
    """An integer in JSON too long to read, as its count of digits."""

    digits: int


def read_int(text: str) -> int | LongNumber:
    """`parse_int` for json.loads: a number too long to read becomes a `LongNumber`."""
    try:
        return int(text)
    except ValueError:
        return LongNumber(len(text.lstrip("-")))


class Flaw(NamedTuple):
    """Where a decoded JSON value holds text that cannot be encoded (`char` is the
    character, escaped: "\\ud800") or a number too long to read (`digits`). `field` is the
    top-level key it is under (escaped too), None for the value itself."""

    field: str | None
    char: str | None = None
    digits: int | None = None


def escaped(text: str) -> str:
    """`text` with any character that cannot be encoded written as \\uXXXX."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _bad_char(text: str) -> str | None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return escaped(text[exc.start])
    return None


def flaw(value: Any) -> Flaw | None:
    """The first text that cannot be encoded or number too long to read in `value`
    (decoded with `read_int`), or None. Walks without recursion: the value may be
    nested as deeply as the JSON reader allows."""
    stack: list[tuple[str | None, Any]] = [(None, value)]
    while stack:
        field, item = stack.pop()
        if isinstance(item, str):
            char = _bad_char(item)
            if char is not None:
                return Flaw(field, char=char)
        elif isinstance(item, LongNumber):
            return Flaw(field, digits=item.digits)
        elif isinstance(item, dict):
            entries = []
            for key, inner in item.items():
                name = escaped(key) if field is None and isinstance(key, str) else field
                char = _bad_char(key) if isinstance(key, str) else None
                if char is not None:
                    return Flaw(name, char=char)
                entries.append((name, inner))
            stack.extend(reversed(entries))
        elif isinstance(item, list):
            stack.extend((field, inner) for inner in reversed(item))
    return None


def _choices(enum: type[StrEnum]) -> str:
    return ", ".join(member.value for member in enum)


def _enum(data: dict[str, Any], name: str, enum: type[StrEnum]) -> Any:
    value = data.get(name)
    if value is None:
        return None
    if not isinstance(value, str) or value not in enum._value2member_map_:
        raise ContactError(name, f"{value!r} is not one of: {_choices(enum)}")
    return enum(value)


def _text(data: dict[str, Any], name: str, limit: int) -> str:
    value = data.get(name)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ContactError(name, f"must be text, not {type(value).__name__}")
    if len(value) > limit:
        raise ContactError(name, f"is too long ({len(value):,} characters; at most {limit:,})")
    char = _bad_char(value)
    if char is not None:
        raise ContactError(name, f"holds a character that cannot be encoded ({char})")
    return value


def _requests(data: dict[str, Any], field: str = "requests") -> frozenset[Request]:
    value = data.get(field)
    if value is None:
        return frozenset()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise ContactError(field, "must be a list of request names")
    out = set()
    for item in value:
        if not isinstance(item, str) or item not in Request._value2member_map_:
            raise ContactError(field, f"{item!r} is not one of: {_choices(Request)}")
        out.add(Request(item))
    return frozenset(out)


def _region(data: dict[str, Any]) -> str | None:
    value = data.get("region")
    if value is None or value == "":
        return None
    if not isinstance(value, str) or len(value) != 2 or not value.isascii() or not value.isalpha():
        raise ContactError("region", f"{value!r} is not a two-letter country code such as US or GB")
    from phonenumbers import SUPPORTED_REGIONS  # (screening imports it anyway)

    code = value.upper()
    if code not in SUPPORTED_REGIONS:
        hint = " (the United Kingdom is GB)" if code == "UK" else ""
        raise ContactError(
            "region", f"{value!r} is not a country code ScamScreen knows{hint}; "
            "use two letters such as US, GB, ES or MX"
        )
    return code


def _id(data: dict[str, Any]) -> str | int | None:
    value = data.get("id")
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and _bad_char(value) is None:
        return value[:MAX_FIELD]
    return None


def parse_contact(data: Any) -> Contact:
    """Build a `Contact` from a decoded JSON object, or raise `ContactError`."""
    if not isinstance(data, dict):
        raise ContactError("contact", f"must be a JSON object, not {type(data).__name__}")
    return Contact(
        channel=_enum(data, "channel", Channel),
        initiated_by=_enum(data, "initiated_by", Initiator),
        claimed_org=_text(data, "claimed_org", MAX_ORG).strip(),
        phone=_text(data, "phone", MAX_FIELD).strip(),
        email=_text(data, "email", MAX_FIELD).strip(),
        url=_text(data, "url", MAX_FIELD).strip(),
        requests=_requests(data),
        not_requests=_requests(data, "not_requests"),
        text=_text(data, "text", MAX_TEXT),
        region=_region(data),
        id=_id(data),
    )
