"""The words people read for the case log's stored values (channels, requests, verdicts,
outcomes), in the command line's language: a report, `log show`, `log search` and
`log outcome` never print an internal name such as `confirmed_scam`."""

from __future__ import annotations

from scamscreen.core.i18n import _


def channels() -> dict[str, str]:
    return {
        "phone_inbound": _("They phoned me"),
        "phone_outbound": _("I phoned a number I had been given or had found"),
        "popup": _("A pop-up or warning page on my screen"),
        "email": _("Email"),
        "sms": _("Text message"),
        "chat": _("Online chat"),
        "web": _("A website"),
    }


def requests() -> dict[str, str]:
    return {
        "remote_access": _("to let them into my computer (remote access)"),
        "install_software": _("to install a program"),
        "gift_card": _("payment with gift cards"),
        "wire_transfer": _("a bank or wire transfer"),
        "crypto": _("cryptocurrency or a Bitcoin ATM"),
        "payment_app": _("payment through an app (Zelle, Venmo, Cash App or similar)"),
        "card_payment": _("my card details or a card payment"),
        "bank_login": _("to sign in to my bank while they watched"),
        "password": _("my password"),
        "one_time_code": _("a one-time or verification code"),
        "personal_info": _("personal details (account numbers, ID numbers)"),
        "call_number": _("to call a phone number"),
        "click_link": _("to open a link"),
        "keep_secret": _("to keep it secret"),
        "stay_on_line": _("to stay on the line"),
        "buy_security_product": _("to buy security software or a support plan"),
        "refund_process": _("to go through a 'refund'"),
    }


def verdicts() -> dict[str, str]:
    return {
        "likely_scam": _("Likely scam"),
        "suspicious": _("Suspicious"),
        "no_red_flags": _("No warning signs found"),
    }


def outcomes() -> dict[str, str]:
    return {
        "unknown": _("Not decided yet"),
        "confirmed_scam": _("Confirmed scam"),
        "genuine": _("Turned out to be genuine"),
    }
