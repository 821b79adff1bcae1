"""The report of a logged contact (core/reports.py): every field authorities ask for,
where to report by country, the impersonated company's own page, plain text."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from scamscreen.core.data import DataError, data_dir
from scamscreen.core.reports import (
    authorities_for,
    build_report,
    load_authority_file,
)

AUTHORITIES = data_dir() / "authorities"  # the shipped data

# A contact as CaseLog.get returns it (the fields the report reads).
CONTACT = {
    "id": 7,
    "contacted_at": "2026-11-28T15:20:00.000000Z",
    "channel": "phone_inbound",
    "initiated_by": "them",
    "claimed_org": "Microsoft",
    "org_id": "microsoft",
    "phone": "+1 844 555 0199",
    "phone_e164": "+18445550199",
    "email": "help@ms-support-desk.com",
    "email_domain": "ms-support-desk.com",
    "url": "https://fix-my-pc-now.example/help",
    "url_domain": "fix-my-pc-now.example",
    "requests": ["gift_card", "remote_access"],
    "notes": "He said he was from Microsoft, had me install AnyDesk and buy gift cards.",
    "region": None,
    "verdict": "likely_scam",
    "score": 100,
    "findings": [
        {"id": "gift_cards", "title": "They asked you to pay with gift cards", "detail": "Never."}
    ],
    "outcome": "confirmed_scam",
    "money_lost_cents": 50000,
    "paid_how": "Target gift cards",
    "observables": [
        {"kind": "domain", "value": "fix-my-pc-now.example"},
        {"kind": "domain", "value": "ms-support-desk.com"},
        {"kind": "phone", "value": "+18445550199"},
        {"kind": "phone", "value": "+18885550123"},
    ],
}
NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


def test_every_field_is_in_the_text():
    text = build_report(CONTACT, "US", data=data_dir(), now=NOW).to_text()
    for expected in (
        "2026-11-28 15:20 UTC",  # when
        "They phoned me",  # how
        "Microsoft",  # who they claimed to be
        "+1 844 555 0199",
        "+18885550123",  # a second number found in the notes
        "help@ms-support-desk.com",
        "https://fix-my-pc-now.example/help",
        "payment with gift cards",
        "remote access",
        "AnyDesk",  # the remote tool, read from the notes
        "500.00 USD",
        "Target gift cards",
        "had me install AnyDesk and buy gift cards",  # the narrative
        "Likely scam",
        "They asked you to pay with gift cards",  # a finding
        "Confirmed scam",
        "https://reportfraud.ftc.gov/",
        "https://www.ic3.gov/",
        "https://www.microsoft.com/reportascam",  # the company's own page
        "Prepared with ScamScreen on 2026-11-29 12:00 UTC.",
    ):
        assert expected in text, expected
    # the typed number is not repeated in its E.164 form
    assert "+18445550199" not in text


def test_missing_details_say_not_recorded():
    bare = {"id": 1, "contacted_at": "2026-11-28T15:20:00Z", "verdict": "suspicious"}
    report = build_report(bare, "GB", data=data_dir(), now=NOW)
    facts = dict(report.facts())
    assert facts["Phone numbers"] == "not recorded"
    assert facts["Money lost"] == "none recorded"
    assert report.company == ()
    assert "not recorded" in report.to_text()


@pytest.mark.parametrize(
    ("country", "first", "url"),
    [
        ("US", "Federal Trade Commission (FTC)", "https://reportfraud.ftc.gov/"),
        ("us", "Federal Trade Commission (FTC)", "https://reportfraud.ftc.gov/"),
        ("GB", "Report Fraud", "https://www.reportfraud.police.uk/"),
        ("UK", "Report Fraud", "https://www.reportfraud.police.uk/"),
        ("CA", "Canadian Anti-Fraud Centre (CAFC)", "https://antifraudcentre-centreantifraude.ca/"),
        ("AU", "National Anti-Scam Centre - Scamwatch (ACCC)", "https://www.scamwatch.gov.au/"),
    ],
)
def test_the_authority_for_each_country(country, first, url):
    found = authorities_for(country, AUTHORITIES)
    assert not found.fallback
    assert found.places[0].name == first
    assert found.places[0].url == url


def test_the_us_has_ftc_and_ic3():
    names = [p.name for p in authorities_for("US", AUTHORITIES).places]
    assert any("FTC" in n for n in names) and any("IC3" in n for n in names)


@pytest.mark.parametrize("country", ["ZZ", "MX", "", None, "../US", "default"])
def test_an_unknown_country_gets_the_general_advice(country):
    found = authorities_for(country, AUTHORITIES)
    assert found.fallback
    assert found.name == "Any other country"
    assert "Your local police" in [p.name for p in found.places]


def test_unknown_country_with_a_known_company_points_at_its_page():
    report = build_report(CONTACT, "ZZ", data=data_dir(), now=NOW)
    assert report.report_url == "https://www.microsoft.com/reportascam"
    assert "Your local police" in report.to_text()
    # the general "company's own page" advice gives way to the real page
    assert [p.id for p in report.authorities.places if p.id == "company"] == []


def test_country_comes_from_the_contact_when_not_given():
    contact = {**CONTACT, "region": "CA"}
    report = build_report(contact, None, data=data_dir(), now=NOW)
    assert report.authorities.country == "CA"
    assert report.money_lost == "500.00 CAD"


def test_at_least_ten_countries_and_every_entry_is_sourced():
    folder = AUTHORITIES
    files = sorted(folder.glob("*.json"))
    countries = {p.stem for p in files} - {"default"}
    assert {"US", "GB", "CA", "AU", "IE", "NZ", "DE", "FR", "ES", "IN"} <= countries
    assert (folder / "default.json").is_file()
    for path in files:
        raw = json.loads(path.read_text(encoding="utf-8"))
        assert raw["country"] == path.stem
        for entry in raw["authorities"]:
            assert entry["source"].startswith("https://") or entry["source"].startswith("http://")
            assert entry["confidence"] in ("authority_page", "secondary")
            assert entry["checked"]
        load_authority_file(path)  # and the loader accepts it


def test_a_broken_authority_file_is_named(tmp_path):
    (tmp_path / "US.json").write_text(
        json.dumps({"country": "US", "name": "US", "authorities": [{"name": "x"}]}),
        encoding="utf-8",
    )
    with pytest.raises(DataError, match=r"US\.json"):
        authorities_for("US", tmp_path)


def test_html_escapes_what_the_scammer_wrote():
    contact = {**CONTACT, "notes": "<script>alert(1)</script> & more"}
    page = build_report(contact, "US", data=data_dir(), now=NOW).to_html()
    assert "<script>" not in page
    assert "&lt;script&gt;" in page


def test_a_redactor_removes_the_users_own_details():
    from scamscreen.store.exchange import Redactor

    contact = {**CONTACT, "notes": "I am Margaret Dobbs, card 4111 1111 1111 1111."}
    redactor = Redactor("Margaret Dobbs", "maggie@example.org", "+1 555 201 3344")
    text = build_report(contact, "US", redactor=redactor, data=data_dir(), now=NOW).to_text()
    assert "Margaret" not in text and "4111" not in text
    assert "+1 844 555 0199" in text  # the scammer's number is the evidence


def test_where_to_report_is_said_in_the_language_set():
    from scamscreen.core import reports
    from scamscreen.core.i18n import set_language

    try:
        set_language("es")
        spanish = reports.authorities_for("US", AUTHORITIES)
        assert spanish.places[0].what.startswith("Denuncie la estafa")
        assert reports.authorities_for("ZZ", AUTHORITIES).places[0].what.startswith("Denuncie")
    finally:
        set_language(None)
    assert reports.authorities_for("US", AUTHORITIES).places[0].what.startswith("Report the scam")


def test_every_authority_translation_names_an_entry_that_exists():
    import json

    from scamscreen.core.data import data_dir

    words = json.loads((data_dir() / "i18n" / "es" / "authorities.json").read_text("utf-8"))
    known = set()
    for path in (AUTHORITIES).glob("*.json"):
        entries = json.loads(path.read_text("utf-8"))["authorities"]
        known |= {f"{path.stem}/{entry['id']}" for entry in entries}
    assert set(words["authorities"]) <= known


def test_a_typed_contact_makes_the_same_report_as_its_row():
    from scamscreen.core.contact import SavedContact

    saved = SavedContact.of(CONTACT)
    assert saved.findings == (("They asked you to pay with gift cards", "Never."),)
    assert ("phone", "+18885550123") in saved.observables
    typed = build_report(saved, "US", data=data_dir(), now=NOW)
    assert typed == build_report(CONTACT, "US", data=data_dir(), now=NOW)
    assert typed.numbers == ("+1 844 555 0199", "+18885550123")
