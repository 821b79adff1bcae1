"""The table of realistic contacts (tests/core/corpus/contacts.jsonl), each with the
verdict it must get. Written from the research, not from the engine's output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scamscreen.core.contact import parse_contact

CORPUS = Path(__file__).parent / "corpus" / "contacts.jsonl"
CASES = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]


def test_the_corpus_is_big_and_varied_enough():
    scams = [c for c in CASES if not c["genuine"]]
    genuine = [c for c in CASES if c["genuine"]]
    assert len(CASES) >= 80 and len(scams) >= 50 and len(genuine) >= 25
    channels = {c["contact"].get("channel") for c in CASES}
    assert channels >= {"phone_inbound", "phone_outbound", "popup", "email", "sms", "chat", "web"}
    assert len({c["case"] for c in CASES}) == len(CASES)


def test_no_expectation_breaks_the_product_rules():
    for case in CASES:
        if case["genuine"]:
            assert case["expect"] != "likely_scam", case["case"]
        else:
            assert case["expect"] != "no_red_flags", case["case"]


@pytest.mark.parametrize("case", CASES, ids=[c["case"] for c in CASES])
def test_each_contact_gets_its_verdict(screener, case):
    result = screener.screen(parse_contact(case["contact"]))
    fired = [f.id for f in result.findings]
    assert result.verdict == case["expect"], f"{case['why']} | score {result.score}, fired {fired}"


def test_screening_is_deterministic(screener):
    for case in CASES[:30]:
        contact = parse_contact(case["contact"])
        first = json.dumps(screener.screen(contact).to_dict(), sort_keys=True)
        again = json.dumps(screener.screen(contact).to_dict(), sort_keys=True)
        assert first == again
