import pytest

from scamscreen.core import phone


def test_reads_a_national_number_with_the_users_region():
    info = phone.analyse("(402) 935-7733", "US")
    assert info.valid and info.e164 == "+14029357733"
    assert info.country == "US" and not info.foreign
    assert info.national == "(402) 935-7733"


def test_the_same_digits_mean_different_numbers_in_different_regions():
    assert phone.analyse("0800 800 150", "GB").e164 == "+44800800150"
    assert phone.analyse("0800 800 150", "US").valid is False


def test_number_types_are_named():
    assert phone.analyse("0909 879 0000", "GB").type == "premium_rate"
    assert phone.analyse("1-800-642-7676", "US").type == "toll_free"
    assert phone.analyse("+1 900 555 0100", "US").type == "premium_rate"
    assert phone.analyse("07400 123456", "GB").type == "mobile"
    assert phone.analyse("0345 300 0000", "GB").type == "uan"
    assert phone.analyse("+33 8 10 12 34 56", "US").type == "shared_cost"
    assert phone.analyse("+44 56 1234 5678", "US").type == "voip"
    assert phone.analyse("+44 70 1234 5678", "US").type == "personal"


def test_foreign_number_is_flagged_against_the_users_region():
    info = phone.analyse("+44 20 7946 0018", "US")
    assert info.valid and info.country == "GB" and info.foreign


def test_vanity_numbers_are_converted_and_marked():
    info = phone.analyse("1-800-MY-APPLE", "US")
    assert info.vanity and info.valid
    assert info.e164 == "+18006927753"


def test_an_invalid_number_says_so_without_raising():
    for raw in ["12345", "hello", "+", "", "+999 123", "1" * 60]:
        info = phone.analyse(raw, "US")
        assert info.valid is False
        assert info.raw == raw


def test_unknown_region_falls_back_to_the_default():
    assert phone.analyse("(402) 935-7733", "ZZ").e164 == "+14029357733"


def test_numbers_inside_text_are_found_with_the_librarys_matcher():
    text = (
        "WINDOWS DEFENDER ALERT! Call Microsoft Support 1-844-555-0199 now. "
        "Order 123456 placed 2024-01-02 for $399.99. UK: +44 20 7946 0018. Or 1-800-MY-APPLE."
    )
    found = [p.e164 for p in phone.find_in_text(text, "US")]
    assert found == ["+18445550199", "+442079460018", "+18006927753"]


def test_text_with_no_numbers_finds_none():
    assert list(phone.find_in_text("Your order has shipped. Thank you!", "US")) == []


def test_text_search_is_bounded():
    text = " ".join(f"(402) 935-{7000 + i:04d}" for i in range(100))
    assert len(list(phone.find_in_text(text, "US"))) == phone.MAX_NUMBERS_IN_TEXT


@pytest.mark.parametrize(
    ("typed", "region", "shown"),
    [
        ("844555", "US", "844-555"),
        ("8445550199", "US", "(844) 555-0199"),
        ("18445550199", "US", "1 (844) 555-0199"),
        ("+442079460958", "US", "+44 20 7946 0958"),
        ("02079460958", "GB", "020 7946 0958"),
        ("020 7946", "US", "020 7946"),  # no pattern fits: the user's own spacing stays
        ("1-800-FLOWERS", "US", "1-800-FLOWERS"),  # letters: left as typed
        ("555 0199 ext 12", "US", "555 0199 ext 12"),
        ("+1+2", "US", "+1+2"),
        ("", "US", ""),
    ],
)
def test_numbers_are_grouped_as_they_are_typed(typed, region, shown):
    assert phone.format_as_typed(typed, region) == shown
