import pytest

from scamscreen.cli.caselog import _money
from scamscreen.cli.common import InputProblem


@pytest.mark.parametrize(
    ("typed", "cents"),
    [
        ("499.99", 49999),
        ("$1,250", 125000),
        ("12,50", 1250),
        ("€ 40", 4000),
        (300, 30000),
        ("", None),
        (None, None),
    ],
)
def test_amounts_are_read_as_people_write_them(typed, cents):
    assert _money(typed, "input") == cents


@pytest.mark.parametrize("typed", ["lots", "-5", "inf", "nan", "1e300", "12..5"])
def test_impossible_amounts_are_refused_by_name(typed):
    with pytest.raises(InputProblem) as raised:
        _money(typed, "input")
    assert raised.value.field == "money_lost"
