"""Property tests: whatever arrives, the answer is a valid verdict or a clear
validation error — never a traceback."""

from __future__ import annotations

import json
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scamscreen.core.contact import Channel, ContactError, Initiator, Request, parse_contact

PLACEHOLDER = re.compile(r"\{(org|tool|number|domain|imitates|website)\}")
VERDICTS = {"likely_scam", "suspicious", "no_red_flags"}
SEVERITIES = {"high", "medium", "low", "info"}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4)
    ),
    max_leaves=12,
)

nasty_text = st.text(
    alphabet=st.characters(
        codec="utf-8",
        categories=["L", "M", "N", "P", "S", "Z", "Cc", "Cf"],
    ),
    max_size=400,
)

FIELDS = [
    "channel",
    "initiated_by",
    "claimed_org",
    "phone",
    "email",
    "url",
    "requests",
    "text",
    "region",
    "id",
]

plausible = st.fixed_dictionaries(
    {},
    optional={
        "channel": st.sampled_from([c.value for c in Channel]) | json_values,
        "initiated_by": st.sampled_from([i.value for i in Initiator]) | json_values,
        "claimed_org": st.sampled_from(["Microsoft", "micr0soft", "Chase", "", "geek squad"])
        | nasty_text,
        "phone": st.sampled_from(["+1 844 555 0199", "12", "1-800-MY-APPLE", "+999", "0909 8"])
        | nasty_text,
        "email": st.sampled_from(["a@gmail.com", "x@xn--pple-43d.com", "@", "a@b"]) | nasty_text,
        "url": st.sampled_from(["http://[::1", "https://xn--", "http://a..b/", "hxxp://x.y"])
        | nasty_text,
        "requests": st.lists(st.sampled_from([r.value for r in Request]), max_size=5) | json_values,
        "text": nasty_text,
        "region": st.sampled_from(["US", "GB", "ZZ", "es", "", "U"]) | json_values,
        "id": json_values,
    },
)


def check_result(result) -> None:
    data = result.to_dict()
    json.dumps(data)  # serialisable
    assert data["verdict"] in VERDICTS
    assert 0 <= data["score"] <= 100
    for finding in data["findings"]:
        assert finding["severity"] in SEVERITIES
        assert finding["title"] and finding["detail"]
        # every placeholder filled (user text may hold braces of its own)
        assert not PLACEHOLDER.search(finding["title"] + finding["detail"])


def screen_or_reject(screener, data) -> None:
    try:
        contact = parse_contact(data)
    except ContactError as exc:
        assert exc.field in {*FIELDS, "contact"}
        assert exc.message
        return
    check_result(screener.screen(contact))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.text(max_size=12), json_values, max_size=6))
def test_any_json_object_gets_a_verdict_or_a_named_error(screener, data):
    screen_or_reject(screener, data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plausible)
def test_plausible_but_messy_contacts_get_a_verdict_or_a_named_error(screener, data):
    screen_or_reject(screener, data)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(nasty_text, st.sampled_from([c.value for c in Channel]))
def test_any_text_gets_a_verdict(screener, text, channel):
    check_result(screener.screen(parse_contact({"channel": channel, "text": text})))


@settings(max_examples=100, deadline=None)
@given(json_values)
def test_anything_that_is_not_an_object_is_rejected_by_name(value):
    if isinstance(value, dict):
        return
    try:
        parse_contact(value)
    except ContactError as exc:
        assert exc.field == "contact"
    else:
        raise AssertionError("a non-object was accepted")


def test_right_to_left_marks_and_control_characters_do_not_hide_a_scam(screener):
    text = "\u202eHe wanted me to buy\u200b gift cards\u0000 and install Any\u00adDesk\u202c"
    result = screener.screen(parse_contact({"channel": "phone_inbound", "text": text}))
    assert "request:gift_card" in result.analysis.facts
    assert "AnyDesk" in result.analysis.tools


def test_a_megabyte_of_notes_is_screened(screener):
    chunk = "He kept me on the line for hours and said my computer was hacked. "
    text = (chunk * (1_000_000 // len(chunk) + 1))[:1_000_000]
    text += " Then he asked for Google Play gift cards. Call 1-844-555-0199."
    result = screener.screen(parse_contact({"channel": "phone_inbound", "text": text}))
    check_result(result)
    assert result.verdict == "likely_scam"
