import json

import pytest

from scamscreen.core.data import DataError
from scamscreen.core.directory import CONFIDENCES, KINDS, POLICIES, Directory, load_vendor


@pytest.fixture(scope="module")
def directory():
    return Directory.load()


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
