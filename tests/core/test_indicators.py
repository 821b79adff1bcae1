"""The shipped rules and advice, and the scoring they feed."""

from __future__ import annotations

import json
import re

import pytest

from scamscreen.core.contact import Channel, Request
from scamscreen.core.data import DataError, data_dir
from scamscreen.core.directory import KINDS, POLICIES
from scamscreen.core.indicators import RuleSet, combine, fill, load_advice

RULES_FILE = data_dir() / "indicators" / "rules.json"
CUES = {
    "remote_tool",
    "code_delivered",
    "robocall",
    "press_key",
    "popup_mentioned",
    "not_you",
    "account_event",
    "delivery",
    "small_fee",
    "delivery_problem",
    "prize",
    "new_number",
    "family_address",
    "helpline_offer",
    "own_number_advice",
    "move_off_channel",
    "keyword_stuffing",
    "disguised_letters",
    "update_details",
    "bank_named",
    "called_given_number",
    "urgency",
    "secrecy",
    "threat",
    "fake_infection",
    "system_screens",
    "locked_screen",
    "refund_script",
    "renewal_script",
    "knows_details",
    "search_result",
    "safe_account",
    "courier",
    "anger",
    "caller_id_match",
    "fraud_alert",
    "reply_yes_no",
    "user_opened_case",
    "family_helper",
}
PLAIN_FACTS = {
    "initiated:them",
    "initiated:user",
    "org:known",
    "org:unknown",
    "org:none",
    "phone:present",
    "phone:invalid",
    "phone:premium_rate",
    "phone:toll_free",
    "phone:voip",
    "phone:shared_cost",
    "phone:personal",
    "phone:mobile",
    "phone:fixed_line",
    "phone:uan",
    "phone:pager",
    "phone:voicemail",
    "phone:foreign",
    "phone:vanity",
    "phone:official_for_claimed",
    "phone:known_for_claimed",
    "phone:not_listed_for_claimed",
    "phone:belongs_to_other_org",
    "phone:in_text",
    "link:present",
    "link:ip_address",
    "link:shortener",
    "link:official_for_claimed",
    "link:not_official_for_claimed",
    "domain:lookalike",
    "domain:punycode",
    "domain:hidden",
    "domain:mixed_script",
    "domain:typo",
    "domain:brand_in_subdomain",
    "domain:brand_keyword",
    "domain:other_ending",
    "domain:borrows_name",
    "link:user_content",
    "email:present",
    "email:official_for_claimed",
    "email:free_mail",
    "email:not_official_for_claimed",
    # from the known-scam lists (scamscreen.store.lists)
    "phone:reported",
    "phone:reported_tech_support",
    "phone:blocked_by_user",
    "phone:allowed_by_user",
    "domain:reported",
    "domain:blocked_by_user",
    "domain:allowed_by_user",
}
VOCABULARY = (
    PLAIN_FACTS
    | {f"channel:{c.value}" for c in Channel}
    | {f"request:{r.value}" for r in Request}
    | {f"cue:{c}" for c in CUES}
    | {f"org:kind:{k}" for k in KINDS}
    | {f"policy:{p}" for p in POLICIES}
    | {f"verdict:{v}" for v in ("likely_scam", "suspicious", "no_red_flags")}
)


@pytest.fixture(scope="module")
def rules():
    return RuleSet.load(data_dir() / "indicators" / "rules.json")


def test_there_are_at_least_35_rules_each_with_words_and_a_source(rules):
    assert len(rules.rules) >= 35
    for rule in rules.rules:
        assert rule.title and rule.detail and rule.source.startswith("http")


def test_rules_and_advice_speak_only_of_facts_screening_produces(rules):
    for rule in rules.rules:
        assert rule.when.facts <= VOCABULARY, (rule.id, rule.when.facts - VOCABULARY)
    for entry in load_advice(data_dir() / "advice.json"):
        assert entry.when.facts <= VOCABULARY, (entry.id, entry.when.facts - VOCABULARY)


def test_every_red_flag_of_the_official_guidance_is_covered():
    raw = json.loads(RULES_FILE.read_text(encoding="utf-8"))
    covered = {flag for rule in raw["rules"] if rule["weight"] > 0 for flag in rule["red_flags"]}
    assert covered >= set(range(1, 13))


def test_every_request_and_cue_is_read_from_the_text_in_both_languages(screener):
    for language in ("en", "es"):
        path = data_dir() / "indicators" / f"lexicon-{language}.json"
        categories = set(json.loads(path.read_text(encoding="utf-8"))["categories"])
        assert {r.value for r in Request} <= categories, language
        # remote tools come from remote-tools.json, keyword stuffing from the text's shape
        from_shape = {"remote_tool", "keyword_stuffing", "disguised_letters"}
        assert CUES - from_shape <= categories, language


def test_knowing_your_details_is_its_own_finding(rules):
    rule = next(r for r in rules.rules if "cue:knows_details" in r.when.facts)
    assert rule.weight > 0
    assert "250 million" in rule.detail or "leak" in rule.detail


def test_a_caller_id_match_never_counts_as_reassurance(rules):
    for rule in rules.rules:
        touches_caller_id = {"cue:caller_id_match", "phone:official_for_claimed"} & rule.when.facts
        if touches_caller_id and "channel:phone_outbound" not in rule.when.facts:
            assert rule.weight >= 0, rule.id


def test_no_red_flags_advice_never_calls_anything_safe():
    for entry in load_advice(data_dir() / "advice.json"):
        if any("verdict:no_red_flags" in c.all | c.any for c in entry.when.clauses):
            assert not re.search(r"\bsafe\b", entry.text, re.IGNORECASE), entry.id


def test_scores_combine_as_independent_evidence():
    assert combine([]) == 0
    assert combine([50]) == pytest.approx(0.5)
    assert combine([50, 50]) == pytest.approx(0.75)
    assert combine([50, 50, -50]) == pytest.approx(0.375)
    assert combine([100, 10]) == pytest.approx(1.0)


def test_placeholders_without_a_value_get_neutral_words():
    assert fill("Call {org} at {number}", {"org": "Microsoft"}) == "Call Microsoft at the number"
    assert fill("No braces here", {}) == "No braces here"
    assert fill("{org}", {"org": "{website}"}) == "{website}"  # values are not re-read


def test_a_broken_placeholder_is_caught_when_the_data_loads(tmp_path):
    raw = json.loads(RULES_FILE.read_text(encoding="utf-8"))
    raw["rules"][0]["detail"] = "Call {org now"
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(DataError, match="placeholder"):
        RuleSet.load(path)


def test_a_rule_with_an_always_true_condition_is_refused(tmp_path):
    raw = json.loads(RULES_FILE.read_text(encoding="utf-8"))
    raw["rules"][0]["when"] = {"none": ["cue:urgency"]}
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(DataError, match="always hold"):
        RuleSet.load(path)
