"""The shipped checklists (data/checklists/): well-formed, sourced, tailored by facts.

These files are read by someone who may still have a scammer on the line, so besides the
schema the tests hold the wording to a few rules: short titles, one to three sentences,
no placeholder that would read badly, and never the word "safe" about a contact.
"""

from __future__ import annotations

import datetime
import json
import re
import string
from pathlib import Path

import pytest

from scamscreen.core.contact import Channel, Request
from scamscreen.core.data import data_dir
from scamscreen.core.directory import CONFIDENCES, KINDS, POLICIES
from scamscreen.core.indicators import fill, parse_condition, placeholders

CHECKLISTS = ("verify", "recovery")
TOP_KEYS = {"id", "title", "intro", "source", "checked", "confidence", "steps"}
STEP_REQUIRED = {"id", "title", "text", "source", "checked", "confidence"}
STEP_ALLOWED = STEP_REQUIRED | {"when"}
PLACEHOLDERS = {"org", "website", "tool"}
MAX_TITLE = 60
STEP_ID = re.compile(r"^[a-z][a-z0-9_]*$")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
SAFE = re.compile(r"\bsafe\b", re.IGNORECASE)

# The steps each checklist must offer, in this order (others may sit between them).
REQUIRED_ORDER = {
    "verify": [
        "close_popup",
        "hang_up",
        "dont_install_or_pay",
        "pause_and_ask",
        "look_up_number",
        "call_back",
        "check_account",
        "bank_card_number",
    ],
    "recovery": [
        "disconnect",
        "remove_remote_tool",
        "scan_and_update",
        "change_passwords",
        "two_step_sign_in",
        "call_bank",
        "gift_cards",
        "money_sent",
        "watch_sign_ins",
        "report",
        "keep_record",
    ],
}


def _path(name: str) -> Path:
    return data_dir() / "checklists" / f"{name}.json"


def _load(name: str) -> dict:
    return json.loads(_path(name).read_text(encoding="utf-8"))


def _cues() -> frozenset[str]:
    """Text cues: every lexicon category that is not a request, plus `remote_tool`
    (set from remote-tools.json rather than from a lexicon)."""
    cues = {"remote_tool"}
    for lexicon in (data_dir() / "indicators").glob("lexicon-*.json"):
        cues |= set(json.loads(lexicon.read_text(encoding="utf-8"))["categories"])
    return frozenset(cues - {r.value for r in Request})


def _fact_problem(fact: str, cues: frozenset[str]) -> str | None:
    """Why `fact` is not a fact screening can produce, or None if it is one."""
    prefix, _, value = fact.partition(":")
    if prefix == "channel":
        ok = value in {c.value for c in Channel}
    elif prefix == "request":
        ok = value in {r.value for r in Request}
    elif prefix == "cue":
        ok = value in cues
    elif prefix == "policy":
        ok = value in POLICIES
    elif prefix == "org":
        kind_prefix, _, kind = value.partition(":")
        ok = value in {"known", "unknown", "none"} or (kind_prefix == "kind" and kind in KINDS)
    else:
        return f"unknown prefix in {fact!r}"
    return None if ok else f"unknown value in {fact!r}"


def _shown(doc: dict, facts: set[str]) -> list[str]:
    """Step ids the app would show for a contact with these facts, in order."""
    out = []
    for step in doc["steps"]:
        if "when" not in step or parse_condition(step["when"], _path(doc["id"]), step["id"]).holds(
            frozenset(facts)
        ):
            out.append(step["id"])
    return out


@pytest.fixture(scope="module", params=CHECKLISTS)
def doc(request) -> dict:
    return _load(request.param)


@pytest.mark.parametrize("name", CHECKLISTS)
def test_file_is_pretty_printed_utf8_with_a_trailing_newline(name):
    raw = _path(name).read_bytes().decode("utf-8")
    assert raw == json.dumps(json.loads(raw), indent=2, ensure_ascii=False) + "\n"


def test_top_level_keys(doc):
    assert set(doc) == TOP_KEYS
    assert doc["id"] in CHECKLISTS
    assert _path(doc["id"]).is_file()
    for key in ("title", "intro"):
        assert isinstance(doc[key], str)
        assert doc[key].strip()
    assert len(doc["title"]) <= MAX_TITLE
    assert isinstance(doc["steps"], list)
    assert doc["steps"]


def test_every_step_has_the_required_keys_and_nothing_else(doc):
    for step in doc["steps"]:
        assert isinstance(step, dict)
        assert set(step) >= STEP_REQUIRED, step.get("id")
        assert set(step) <= STEP_ALLOWED, step.get("id")


def test_step_ids_are_unique_and_snake_case(doc):
    ids = [step["id"] for step in doc["steps"]]
    assert len(ids) == len(set(ids)), ids
    for step_id in ids:
        assert STEP_ID.match(step_id), step_id


def test_the_required_steps_are_there_in_order(doc):
    ids = [step["id"] for step in doc["steps"]]
    required = REQUIRED_ORDER[doc["id"]]
    assert set(required) <= set(ids), set(required) - set(ids)
    positions = [ids.index(step_id) for step_id in required]
    assert positions == sorted(positions)


def test_every_entry_is_sourced_dated_and_rated(doc):
    for entry in (doc, *doc["steps"]):
        where = entry.get("id")
        assert entry["source"].startswith("https://"), where
        assert " " not in entry["source"], where
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", entry["checked"]), where
        datetime.date.fromisoformat(entry["checked"])
        assert entry["confidence"] in CONFIDENCES, where


def test_titles_are_short_and_texts_are_one_to_three_sentences(doc):
    for step in doc["steps"]:
        assert isinstance(step["title"], str)
        assert step["title"].strip()
        assert len(step["title"]) <= MAX_TITLE, step["id"]
        assert "{" not in step["title"], step["id"]
        text = step["text"]
        assert isinstance(text, str)
        assert text.strip()
        assert text == text.strip()
        assert text[-1] in ".!?", step["id"]
        assert 1 <= len(SENTENCE_END.split(text)) <= 3, step["id"]


def test_no_wording_calls_anything_safe(doc):
    texts = [doc["title"], doc["intro"]]
    for step in doc["steps"]:
        texts += [step["title"], step["text"]]
    for text in texts:
        assert not SAFE.search(text), text


def test_placeholders_are_known_and_fill_both_ways(doc):
    known = {"org": "Microsoft", "website": "microsoft.com", "tool": "AnyDesk"}
    for step in doc["steps"]:
        fields = {f for _, f, _, _ in string.Formatter().parse(step["text"]) if f is not None}
        assert fields <= PLACEHOLDERS, (step["id"], fields)
        for values in ({}, known):
            filled = fill(step["text"], placeholders(values))
            assert "{" not in filled
            assert "}" not in filled
            assert "  " not in filled


def test_every_when_is_valid_grammar_over_well_formed_facts(doc):
    cues = _cues()
    for step in doc["steps"]:
        if "when" not in step:
            continue
        condition = parse_condition(step["when"], _path(doc["id"]), step["id"])
        assert condition.facts, step["id"]
        for fact in condition.facts:
            assert fact.startswith(
                ("channel:", "request:", "org:kind:", "cue:", "policy:", "org:")
            ), fact
            assert _fact_problem(fact, cues) is None, _fact_problem(fact, cues)


def test_a_phone_call_gets_hang_up_but_not_the_pop_up_or_message_steps():
    verify = _load("verify")
    for channel in ("phone_inbound", "phone_outbound"):
        shown = _shown(verify, {f"channel:{channel}"})
        assert "hang_up" in shown
        assert "close_popup" not in shown
        assert "dont_reply" not in shown


def test_a_pop_up_gets_the_close_it_step_first():
    shown = _shown(_load("verify"), {"channel:popup"})
    assert shown[0] == "close_popup"
    assert "hang_up" not in shown


def test_an_email_or_text_gets_the_dont_reply_step():
    verify = _load("verify")
    for channel in ("email", "sms"):
        shown = _shown(verify, {f"channel:{channel}"})
        assert "dont_reply" in shown
        assert "hang_up" not in shown


def test_codes_and_bank_steps_appear_only_when_they_apply():
    verify = _load("verify")
    assert "keep_codes" not in _shown(verify, {"channel:phone_inbound"})
    assert "keep_codes" in _shown(verify, {"channel:phone_inbound", "request:one_time_code"})
    assert "bank_card_number" not in _shown(verify, {"org:kind:tech"})
    assert "bank_card_number" in _shown(verify, {"org:kind:bank"})
    assert "bank_card_number" in _shown(verify, {"org:kind:payments"})


def test_steps_without_a_condition_always_show():
    verify = _load("verify")
    bare = _shown(verify, set())
    assert bare == [
        "dont_install_or_pay",
        "pause_and_ask",
        "look_up_number",
        "call_back",
        "check_account",
    ]


def test_recovery_payment_steps_follow_how_they_were_paid():
    recovery = _load("recovery")
    bare = _shown(recovery, set())
    assert "gift_cards" not in bare
    assert "money_sent" not in bare
    assert {"disconnect", "remove_remote_tool", "call_bank", "report", "keep_record"} <= set(bare)
    assert "gift_cards" in _shown(recovery, {"request:gift_card"})
    for request in ("crypto", "wire_transfer", "payment_app"):
        shown = _shown(recovery, {f"request:{request}"})
        assert "money_sent" in shown
        assert "gift_cards" not in shown


def test_remote_tool_step_reads_with_and_without_a_tool_name():
    step = next(s for s in _load("recovery")["steps"] if s["id"] == "remove_remote_tool")
    assert "{tool}" in step["text"]
    assert "(AnyDesk)" in fill(step["text"], placeholders({"tool": "AnyDesk"}))
    assert "(a remote-access tool)" in fill(step["text"], placeholders({}))
