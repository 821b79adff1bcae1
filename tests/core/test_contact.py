import pytest

from scamscreen.core.contact import Channel, ContactError, Initiator, Request, parse_contact


def test_a_full_contact_is_read():
    contact = parse_contact(
        {
            "id": "c1",
            "channel": "phone_inbound",
            "claimed_org": " Microsoft ",
            "phone": "+1 844 555 0199",
            "requests": ["remote_access", "gift_card"],
            "text": "he wanted AnyDesk",
            "region": "gb",
            "something_new": [1, 2, 3],
        }
    )
    assert contact.channel is Channel.PHONE_INBOUND
    assert contact.claimed_org == "Microsoft"
    assert contact.requests == {Request.REMOTE_ACCESS, Request.GIFT_CARD}
    assert contact.region == "GB"
    assert contact.id == "c1"


def test_unknown_fields_and_nulls_are_ignored():
    contact = parse_contact({"channel": None, "mystery": True, "text": None})
    assert contact.channel is None and contact.text == ""


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"channel": "fax"}, "channel"),
        ({"channel": 3}, "channel"),
        ({"initiated_by": "nobody"}, "initiated_by"),
        ({"requests": ["world_peace"]}, "requests"),
        ({"requests": {"a": 1}}, "requests"),
        ({"phone": 4029357733}, "phone"),
        ({"region": "USA"}, "region"),
        ({"text": "x" * 2_000_001}, "text"),
    ],
)
def test_invalid_fields_are_named(data, field):
    with pytest.raises(ContactError) as raised:
        parse_contact(data)
    assert raised.value.field == field
    assert field in str(raised.value)


def test_an_invalid_channel_lists_the_choices():
    with pytest.raises(ContactError, match="phone_inbound, phone_outbound, popup"):
        parse_contact({"channel": "fax"})


def test_not_an_object_is_refused():
    with pytest.raises(ContactError):
        parse_contact(["channel", "popup"])


def test_initiator_is_implied_by_the_channel_unless_given():
    assert parse_contact({"channel": "popup"}).initiator is Initiator.THEM
    assert parse_contact({"channel": "phone_outbound"}).initiator is Initiator.USER
    assert parse_contact({"channel": "chat"}).initiator is None
    given = parse_contact({"channel": "phone_inbound", "initiated_by": "user"})
    assert given.initiator is Initiator.USER


def test_not_requests_are_parsed_and_checked_like_requests():
    from scamscreen.core.contact import ContactError, Request, parse_contact

    contact = parse_contact({"not_requests": ["gift_card"], "text": "x"})
    assert contact.not_requests == frozenset({Request("gift_card")})
    with pytest.raises(ContactError) as refused:
        parse_contact({"not_requests": ["fax"]})
    assert refused.value.field == "not_requests"
