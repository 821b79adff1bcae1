import pytest

from scamscreen.core import web


def detector():
    brands = [
        web.Brand("microsoft", "microsoft.com", "microsoft"),
        web.Brand("apple", "apple.com", "apple"),
        web.Brand("paypal", "paypal.com", "paypal"),
        web.Brand("bankofamerica", "bankofamerica.com", "bank-of-america"),
        web.Brand("hp", "hp.com", "hp"),
    ]
    return web.LookalikeDetector(brands, ["support", "help", "secure", "login", "billing"])


def check(link):
    host = web.host_info(link)
    return detector().check(host, web.registrable(host))


def test_links_and_bare_domains_are_found_in_text():
    text = (
        "Go to https://support.microsoft.com/help, or www.apple-support-help.com/fix. "
        "Also visit micros0ft-login.net today! Mr.Smith said e.g. nothing."
    )
    assert web.find_links(text) == [
        "https://support.microsoft.com/help",
        "www.apple-support-help.com/fix",
        "micros0ft-login.net",
    ]


def test_email_addresses_are_found_and_not_mistaken_for_links():
    text = "From: Norton Billing <norton.billing.dept@gmail.com> reply to service@paypal.com."
    assert web.find_emails(text) == ["norton.billing.dept@gmail.com", "service@paypal.com"]
    assert web.find_links(text) == []


def test_registrable_domain_uses_the_public_suffix_list():
    assert web.registrable(web.host_info("http://a.b.bbc.co.uk/x")) == "bbc.co.uk"
    host = web.host_info("https://microsoft.com.help-desk.example/login")
    assert web.registrable(host) == "help-desk.example"
    assert web.registrable(web.host_info("x.blogspot.com")) == "x.blogspot.com"


def test_userinfo_trick_is_seen_through():
    host = web.host_info("https://microsoft.com@evil.example/")
    assert host.display == "evil.example"


def test_punycode_is_decoded_for_display():
    host = web.host_info("https://xn--pple-43d.com/")
    assert host.punycode and host.display == "аpple.com"
    assert host.ascii == "xn--pple-43d.com"


def test_ip_address_links_are_recognised():
    assert web.host_info("http://192.0.2.7/alert").ip
    assert web.host_info("http://[2001:db8::1]/").ip


@pytest.mark.parametrize(
    ("link", "kind", "imitates"),
    [
        ("https://xn--pple-43d.com/", "mixed_script", "apple.com"),
        ("аpple.com", "mixed_script", "apple.com"),
        ("micros0ft.com", "typo", "microsoft.com"),
        ("rnicrosoft.com", "typo", "microsoft.com"),
        ("microsfot.com", "typo", "microsoft.com"),
        ("paypa1.com", "typo", "paypal.com"),
        ("microsoft.com.help-desk.example", "brand_in_subdomain", "microsoft.com"),
        ("apple-support-help.com", "brand_keyword", "apple.com"),
        ("bankofamerica-secure.net", "brand_keyword", "bankofamerica.com"),
        ("hp-support.com", "brand_keyword", "hp.com"),
    ],
)
def test_lookalikes_are_recognised(link, kind, imitates):
    result = check(link)
    assert kind in result.kinds
    assert result.imitates == imitates


@pytest.mark.parametrize(
    "link", ["ample.com", "example.com", "shop.example.org", "chpower.com", "https://1.2.3.4/"]
)
def test_ordinary_domains_are_not_lookalikes(link):
    result = check(link)
    assert result.imitates is None
    assert "mixed_script" not in result.kinds


def test_punycode_that_imitates_nobody_is_only_marked_as_punycode():
    result = check("https://xn--mnchen-3ya.de/")  # münchen.de
    assert result.kinds == {"punycode"}


# -- hidden characters in a host (issue 12) ----------------------------------------------

HIDDEN_HOSTS = [
    "\u202emoc.tfosorcim",  # right-to-left override: reads as microsoft.com
    "micro\u200bsoft.com",  # zero-width space
    "microsoft.com\u2066.evil.example",  # left-to-right isolate
    "pay\u00adpal.com",  # soft hyphen
    "apple\ufeff.com",  # byte-order mark
    "amazon\u3164.com",  # Hangul filler, a letter drawn blank
]


@pytest.mark.parametrize("host", HIDDEN_HOSTS)
def test_a_host_with_hidden_characters_is_shown_escaped(host):
    from scamscreen.core.web import host_info

    info = host_info(f"https://{host}/login")
    assert info is not None and info.hidden
    assert info.display.isascii() and "\\u" in info.display
    assert info.display != "microsoft.com"


def test_ordinary_and_international_hosts_have_nothing_hidden():
    from scamscreen.core.web import host_info

    for host in ("microsoft.com", "xn--80ak6aa92e.com", "bücher.de", "例え.jp"):
        info = host_info(host)
        assert info is not None and not info.hidden, host


def test_escape_hidden_leaves_visible_text_alone():
    from scamscreen.core.web import escape_hidden

    assert escape_hidden("¡Hola, señora! 例え") == "¡Hola, señora! 例え"
    assert escape_hidden("a\u202eb\u200bc") == "a\\u202eb\\u200bc"
