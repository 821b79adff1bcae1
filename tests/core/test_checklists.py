from scamscreen.core.checklists import load_checklist
from scamscreen.core.contact import parse_contact
from scamscreen.core.data import data_dir

CHECKLISTS = data_dir() / "checklists"  # the shipped data


def steps_for(screener, name, **fields):
    result = screener.screen(parse_contact(fields))
    values = dict(result.analysis.values)
    return load_checklist(name, CHECKLISTS).for_contact(result.analysis.facts, values)


def test_a_pop_up_is_told_to_close_it_not_to_hang_up(screener):
    ids = [
        s.id
        for s in steps_for(
            screener, "verify", channel="popup", text="VIRUS! Call Microsoft 1-844-555-0199"
        )
    ]
    assert ids[0] == "close_popup" and "hang_up" not in ids


def test_the_steps_name_the_company_and_its_website(screener):
    steps = steps_for(screener, "verify", channel="phone_inbound", claimed_org="Microsoft")
    assert any("microsoft.com" in s.text for s in steps)
    assert all("{" not in s.title + s.text for s in steps)


def test_recovery_names_the_remote_tool_they_used(screener):
    steps = steps_for(
        screener,
        "recovery",
        channel="phone_inbound",
        text="He had me install AnyDesk and buy gift cards",
    )
    text = " ".join(s.title + " " + s.text for s in steps)
    assert "AnyDesk" in text
    assert "gift_cards" in [s.id for s in steps]
