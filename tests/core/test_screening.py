"""Screening behaviours that matter whatever the exact weights are."""

from __future__ import annotations

import pytest

from scamscreen.core.contact import parse_contact


def screen(screener, **fields):
    return screener.screen(parse_contact(fields))


def test_a_matching_caller_id_never_lowers_the_risk_of_an_incoming_call(screener):
    base = {
        "channel": "phone_inbound",
        "claimed_org": "Chase",
        "text": "They said my account was hacked and I must move my savings to a safe account.",
    }
    unknown_number = screen(screener, phone="+1 213 555 0188", **base)
    official_number = screen(screener, phone="1-800-935-9935", **base)  # Chase's own page
    assert official_number.score >= unknown_number.score - 25  # loses only "not listed"
    assert official_number.verdict == "likely_scam"
    assert "caller_id_not_proof" in [f.id for f in official_number.findings]


def test_reassuring_signs_do_not_apply_to_incoming_calls(screener):
    result = screen(
        screener,
        channel="phone_inbound",
        initiated_by="user",
        claimed_org="Apple",
        url="https://getsupport.apple.com/",
        text="I asked for a call back. The advisor wants to share my screen.",
    )
    assert all(f.weight >= 0 for f in result.findings)
    assert result.verdict == "suspicious"


def test_knowing_the_case_number_is_explained_as_proving_nothing(screener):
    result = screen(
        screener,
        channel="phone_inbound",
        claimed_org="Microsoft",
        text="He knew my case number and my email address, so I believed him.",
    )
    finding = next(f for f in result.findings if f.id == "knows_details_prove_nothing")
    assert "prove" in finding.title.lower() or "prove" in finding.detail.lower()


def test_text_alone_sets_the_requests(screener):
    result = screen(
        screener,
        channel="phone_inbound",
        text="He wanted me to download AnyDesk and then buy Google Play gift cards.",
    )
    assert {"remote_access", "gift_card"} <= set(result.analysis.requests)
    assert result.analysis.tools == ["AnyDesk"]
    assert result.verdict == "likely_scam"


def test_official_contacts_hold_only_numbers_from_the_vendors_own_page(screener):
    for vendor in screener.directory:
        result = screen(screener, channel="email", claimed_org=vendor.name)
        for contact in result.official_contacts:
            if contact["type"] == "phone":
                entries = [p for p in vendor.phones if p.value == contact["e164"]]
                assert entries and all(p.confidence == "vendor_page" for p in entries)
        assert result.official_contacts[0]["type"] == "website"


def test_the_verdict_names_the_official_website_to_type_yourself(screener):
    result = screen(screener, channel="popup", text="Microsoft Windows alert! Call 1-844-555-0199")
    assert result.verdict == "likely_scam"
    assert result.analysis.vendor.id == "microsoft"
    assert result.official_contacts[0]["value"] == "microsoft.com"
    assert any("microsoft.com" in advice for advice in result.advice)


def test_a_lookalike_link_is_shown_decoded(screener):
    result = screen(
        screener, channel="sms", text="Your Apple ID is locked: https://xn--pple-43d.com/unlock"
    )
    assert result.analysis.links[0]["domain"] == "аpple.com"
    ids = {f.id for f in result.findings}
    assert "domain_punycode" in ids
    assert result.verdict == "likely_scam"


def test_a_free_mail_sender_for_a_company_is_a_finding(screener):
    result = screen(
        screener,
        channel="email",
        claimed_org="Norton",
        email="norton.billing.team@gmail.com",
        text="Your subscription renewed for $399.99. Call 1-888-555-0143 to cancel.",
    )
    assert "email_free_mail" in {f.id for f in result.findings}
    assert result.verdict == "likely_scam"


def test_nothing_found_is_not_called_safe(screener):
    result = screen(
        screener,
        channel="email",
        email="shipment-tracking@amazon.com",
        text="Your package has shipped and will arrive on Tuesday.",
    )
    assert result.verdict == "no_red_flags"
    assert result.advice
    assert not any("safe" in a.lower().split() for a in result.advice)


def test_findings_are_ordered_by_weight(screener):
    result = screen(
        screener,
        channel="phone_inbound",
        claimed_org="Microsoft",
        text="URGENT: your computer is infected, install TeamViewer now and don't tell anyone.",
    )
    weights = [f.weight for f in result.findings]
    assert weights == sorted(weights, reverse=True)


def test_the_contacts_region_reads_its_numbers(screener):
    result = screen(
        screener, channel="phone_inbound", claimed_org="BT", phone="0909 879 0456", region="GB"
    )
    assert result.analysis.phones[0].type == "premium_rate"
    assert "phone_premium_rate" in {f.id for f in result.findings}


@pytest.mark.parametrize(
    "url",
    [
        "https://\u202emoc.tfosorcim/",  # reads as microsoft.com
        "https://micro\u200bsoft.com/",
        "https://microsoft.com\u2066.evil.example/",
    ],
)
def test_a_link_hiding_characters_is_a_likely_scam_and_never_the_company(screener, url):
    contact = parse_contact({"channel": "email", "claimed_org": "Microsoft", "url": url})
    result = screener.screen(contact)
    ids = [f.id for f in result.findings]
    assert ids[0] == "domain_hidden_characters"
    assert result.verdict == "likely_scam"
    (link,) = result.analysis.links
    assert link["owner"] is None and link["hidden"]
    for finding in result.findings:  # no reordering character reaches the words shown
        assert not any(c in finding.detail for c in "\u202e\u200b\u2066"), finding.detail


def test_what_the_person_says_was_not_asked_wins_over_the_text(screener):
    """A box the app ticked from the text and the person unticked (issue 14): the
    request is not counted; one they ticked themselves stays."""
    text = "He wanted me to buy gift cards and install AnyDesk."
    plain = screen(screener, channel="phone_inbound", text=text)
    assert "gift_card" in plain.analysis.requests
    denied = screen(screener, channel="phone_inbound", text=text, not_requests=["gift_card"])
    assert "gift_card" not in denied.analysis.requests
    assert "remote_access" in denied.analysis.requests
    assert denied.score < plain.score
    both = screen(
        screener, channel="phone_inbound", text=text,
        requests=["gift_card"], not_requests=["gift_card"],
    )
    assert "gift_card" in both.analysis.requests  # a tick of their own is never undone
