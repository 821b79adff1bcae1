import json
import re
from pathlib import Path

import pytest

from scamscreen.core.data import DataError, data_dir
from scamscreen.core.directory import CONFIDENCES, KINDS, POLICIES, Directory, load_vendor


@pytest.fixture(scope="module")
def directory():
    return Directory.load(data_dir() / "vendors")


def test_the_directory_has_at_least_the_23_researched_organisations(directory):
    ids = set(directory.vendors)
    assert len(ids) >= 23
    assert {
        "microsoft",
        "apple",
        "amazon",
        "google",
        "paypal",
        "norton",
        "mcafee",
        "geek-squad",
        "hp",
        "dell",
        "meta",
        "netflix",
        "xfinity",
        "att",
        "verizon",
        "bank-of-america",
        "chase",
        "wells-fargo",
        "coinbase",
        "ssa",
        "irs",
        "hmrc",
        "bt",
    } <= ids


def test_every_fact_carries_a_source_a_date_and_a_confidence(directory):
    for vendor in directory:
        assert vendor.kind in KINDS
        for entry in (
            *vendor.web_domains,
            *vendor.email_domains,
            *vendor.phones,
            *vendor.policies,
            *vendor.report,
        ):
            assert entry.source.startswith("http"), (vendor.id, entry)
            assert len(entry.checked) == 10, (vendor.id, entry)
            assert entry.confidence in CONFIDENCES
        assert {p.value for p in vendor.policies} <= POLICIES


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Microsoft", "microsoft"),
        ("MS", "microsoft"),
        ("windows support", "microsoft"),
        ("Micrsoft", "microsoft"),
        ("MICROSOFT TECH SUPPORT DEPT", "microsoft"),
        ("Geek Squad", "geek-squad"),
        ("geeksquad", "geek-squad"),
        ("NortonLifeLock", "norton"),
        ("my bank (Chase)", "chase"),
        ("Bank of America", "bank-of-america"),
        ("Amazon Prime", "amazon"),
        ("Social Security", "ssa"),
        ("Facebook", "meta"),
        ("Paypal", "paypal"),
        ("Amazn", "amazon"),
        ("Microsfot support", "microsoft"),
    ],
)
def test_claimed_names_match_by_name_alias_and_small_typo(directory, typed, expected):
    vendor = directory.match(typed)
    assert vendor is not None and vendor.id == expected


@pytest.mark.parametrize("typed", ["", "   ", "a guy", "the internet company", "Zorblax Ltd"])
def test_unknown_names_match_nobody(directory, typed):
    assert directory.match(typed) is None


def test_domains_cover_their_subdomains_and_only_listed_ones(directory):
    assert directory.owner_of("support.microsoft.com").vendor.id == "microsoft"
    assert directory.owner_of("accountprotection.microsoft.com").vendor.id == "microsoft"
    assert directory.owner_of("amazon.co.uk").vendor.id == "amazon"  # listed
    # no guessing from a brand name plus another ending (issue 13)
    assert directory.owner_of("amazon.es") is None
    assert directory.owner_of("coinbase.io") is None
    assert directory.owner_of("chase.co") is None
    assert directory.owner_of("microsoft.com.help-desk.example") is None
    assert directory.owner_of("notmicrosoft.com") is None


def test_only_vendor_page_numbers_are_official(directory):
    for vendor in directory:
        for phone in vendor.official_phones():
            assert phone.confidence == "vendor_page"
            assert phone.value.startswith("+")


def test_a_phone_number_is_found_by_its_e164_form(directory):
    owners = directory.phone_owners("+18004335778")  # Geek Squad Protection, bestbuy.com
    assert [v.id for v, _ in owners] == ["geek-squad"]


def test_a_damaged_vendor_file_names_itself(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text(
        json.dumps(
            {
                "id": "x",
                "kind": "tech",
                "name": "X",
                "aliases": [],
                "website": "x.example",
                "how_to_reach": "…",
                "policies": [
                    {
                        "id": "is_nice",
                        "text": "",
                        "source": "http://x",
                        "checked": "2026-11-29",
                        "confidence": "vendor_page",
                    }
                ],
            }
        )
    )
    with pytest.raises(DataError, match="is_nice"):
        load_vendor(path)
    path.write_text('{"id": ')
    with pytest.raises(DataError, match="damaged"):
        load_vendor(path)


# --- issue 13: data that is true today ------------------------------------------------

VENDOR_FILES = sorted((Path(__file__).parents[2] / "data" / "vendors").glob("*.json"))


@pytest.mark.parametrize("path", VENDOR_FILES, ids=[p.stem for p in VENDOR_FILES])
def test_each_vendor_file_loads_and_has_a_sourced_web_domain(path):
    vendor = load_vendor(path)
    assert vendor.id == path.stem
    assert vendor.web_domains, vendor.id
    for entry in vendor.web_domains:
        assert entry.source.startswith("http") and len(entry.checked) == 10


def test_every_policy_carries_the_organisation_s_own_short_sentence(directory):
    for vendor in directory:
        for policy in vendor.policies:
            assert policy.quote, (vendor.id, policy.value)
            assert len(policy.quote) <= 320, (vendor.id, policy.value)
            assert policy.quote[-1] in ".!?", (vendor.id, policy.value)  # reads as a sentence
        assert set(directory.quotes_of(vendor)) == {f"quote_{p}" for p in vendor.policy_ids}


def test_a_policy_without_its_quote_is_refused(tmp_path):
    path = tmp_path / "x.json"
    path.write_text(
        json.dumps(
            {
                "id": "x",
                "kind": "bank",
                "name": "X",
                "aliases": [],
                "website": "x.example",
                "how_to_reach": "…",
                "policies": [
                    {
                        "id": "never_asks_codes",
                        "text": "X never asks for codes.",
                        "source": "http://x",
                        "checked": "2026-12-06",
                        "confidence": "vendor_page",
                    }
                ],
            }
        )
    )
    with pytest.raises(DataError, match="quote"):
        load_vendor(path)


def test_geek_squad_numbers_from_a_2018_page_are_not_official(directory):
    geek = directory.vendors["geek-squad"]
    assert geek.phones and not geek.official_phones()
    assert all(p.confidence == "secondary" for p in geek.phones)


def test_no_gov_uk_address_is_hmrc_s_but_hmrc_s_own_pages(directory):
    assert directory.owner_of("www.gov.uk").vendor.id == "hmrc"
    for host in ("gov.uk", "hmrc.gov.uk", "phishing.gov.uk", "dvla.gov.uk", "mycouncil.gov.uk"):
        owner = directory.owner_of(host)
        assert owner is None or owner.vendor.id != "hmrc", host
    hmrc = directory.vendors["hmrc"]
    assert not hmrc.email_domains  # HMRC says fraudsters fake @hmrc.gov.uk
    # "www" is nobody's brand: www-anything.com does not imitate HMRC
    assert "www.gov.uk" not in dict(directory.brand_domains())


def test_google_says_its_operators_may_call(directory):
    google = directory.vendors["google"]
    assert "no_phone_support" not in google.policy_ids
    assert "never_calls_unsolicited" not in google.policy_ids
    assert "may_call_customers" in google.policy_ids


@pytest.fixture(scope="module")
def screener():
    from scamscreen.core.screening import Screener

    return Screener.load(data_dir())


def test_an_email_from_hmrc_gov_uk_is_not_called_official(screener):
    from scamscreen.core.contact import parse_contact

    result = screener.screen(
        parse_contact(
            {
                "channel": "email",
                "claimed_org": "HMRC",
                "email": "refunds@hmrc.gov.uk",
                "text": "You are due a tax refund. Reply with your bank details.",
                "region": "GB",
            }
        )
    )
    facts = result.analysis.facts
    assert "email:official_for_claimed" not in facts
    assert "email_genuine_domain_not_proof" not in [f.id for f in result.findings]


def test_a_gov_uk_sender_is_not_taken_for_hmrc(screener):
    from scamscreen.core.contact import parse_contact

    result = screener.screen(
        parse_contact({"channel": "email", "email": "noreply@notify.dvla.gov.uk", "text": "Hi"})
    )
    assert result.analysis.vendor is None or result.analysis.vendor.id != "hmrc"


def test_the_finding_quotes_the_organisation_not_a_stock_sentence(screener):
    from scamscreen.core.contact import parse_contact

    result = screener.screen(
        parse_contact(
            {
                "channel": "phone_inbound",
                "claimed_org": "Chase",
                "text": "The fraud team said to move my savings to a safe account with Zelle.",
            }
        )
    )
    finding = next(f for f in result.findings if f.id == "policy_never_asks_money_transfer")
    quote = next(
        p.quote
        for p in screener.directory.vendors["chase"].policies
        if p.value == "never_asks_money_transfer"
    )
    assert f"“{quote}”" in finding.detail
    assert finding.title == "Chase says it never asks you to move money"
    assert "{" not in finding.detail


_ES = {"nunca", "que", "de", "la", "los", "por", "para", "te", "tu", "ni", "el", "en", "se"}
_EN = {"never", "will", "you", "your", "to", "the", "or", "and", "we", "not", "ask"}


def _looks_spanish(text: str) -> bool:
    words = re.findall(r"[a-záéíóúñü]+", text.lower())
    return sum(w in _ES for w in words) > sum(w in _EN for w in words)


def test_a_quote_already_in_spanish_says_so(directory):
    """`quote_lang` tells a translation that a quote needs none (docs/data-format.md)."""
    wrong = [
        (vendor.id, policy.value, policy.quote_lang)
        for vendor in directory
        for policy in vendor.policies
        if (policy.quote_lang == "es") != _looks_spanish(policy.quote)
    ]
    assert wrong == []
    assert {p.quote_lang for v in directory for p in v.policies} == {"en", "es"}
    bbva = directory.vendors["bbva"]
    assert {p.quote_lang for p in bbva.policies} == {"es"}
    santander = {p.value: p.quote_lang for p in directory.vendors["santander"].policies}
    assert santander == {
        "never_asks_codes": "en",  # Santander UK
        "never_asks_money_transfer": "en",
        "never_asks_password": "es",  # Banco Santander (Spain)
    }


@pytest.mark.parametrize("bad", ["spanish", "ES", "", 3, "e1"])
def test_a_quote_language_that_is_not_a_code_is_refused(tmp_path, bad):
    path = tmp_path / "x.json"
    policy = {
        "id": "never_asks_codes",
        "text": "X never asks for codes.",
        "quote": "Nunca le pedimos códigos.",
        "quote_lang": bad,
        "source": "http://x",
        "checked": "2026-12-06",
        "confidence": "vendor_page",
    }
    raw = {"id": "x", "kind": "bank", "name": "X", "aliases": [], "website": "x.example"}
    path.write_text(json.dumps({**raw, "how_to_reach": "…", "policies": [policy]}))
    with pytest.raises(DataError, match="quote_lang"):
        load_vendor(path)
