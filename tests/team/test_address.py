"""Which team addresses the client accepts, and how they are shown (no server needed)."""

from __future__ import annotations

import pytest

from scamscreen.core.errors import TeamError
from scamscreen.store.team import address

CA = "sslrootcert=/etc/ca.crt"


def test_no_sslmode_means_verify_full():
    params = address.checked(f"postgresql://maria@db.example/scamscreen?{CA}")
    assert params["sslmode"] == "verify-full" and params["sslrootcert"] == "/etc/ca.crt"
    assert address.checked("host=db.example dbname=x sslmode=verify-ca")["sslmode"] == "verify-ca"


@pytest.mark.parametrize("mode", ["disable", "allow", "prefer", "require"])
@pytest.mark.parametrize("host", ["db.example", "10.0.0.5", "127.0.0.1", "localhost", "::1"])
def test_unverified_modes_are_refused_with_the_reason(mode, host):
    url = f"postgresql://maria:pw-123@{host if ':' not in host else f'[{host}]'}/x?sslmode={mode}"
    with pytest.raises(TeamError) as caught:
        address.checked(url)
    message = str(caught.value)
    assert message.startswith(f"Refused: sslmode={mode}") and "pw-123" not in message
    assert ("does not check the server's certificate" in message) == (mode == "require")


@pytest.mark.parametrize("host", ["127.0.0.1", "127.8.9.10", "localhost", "[::1]"])
def test_insecure_loopback_allows_this_computer_only(host):
    url = f"postgresql://maria@{host}:5433/x?sslmode=disable"
    assert address.checked(url, insecure_loopback=True)["sslmode"] == "disable"


@pytest.mark.parametrize("host", ["db.example", "10.0.0.5", "127.0.0.1,db.example",
                                  "0.0.0.0", "127.0.0.1.evil.example"])
def test_insecure_loopback_refuses_any_other_host(host):
    with pytest.raises(TeamError, match="only to this computer"):
        address.checked(f"postgresql://maria@{host}/x?sslmode=disable", insecure_loopback=True)


def test_an_unknown_mode_and_nonsense_are_refused():
    with pytest.raises(TeamError, match="not a mode"):
        address.checked("postgresql://m@h/x?sslmode=maybe")
    for bad in ("", "   ", "not a url", "postgresql://m@h/x?nosuchoption=1"):
        with pytest.raises(TeamError):
            address.checked(bad)


@pytest.mark.parametrize(("given", "kept"), [
    ("postgresql://maria:s3cret@db.example:5432/x?sslrootcert=/ca.crt",
     "postgresql://maria@db.example:5432/x?sslrootcert=/ca.crt"),
    ("postgresql://maria@db.example/x?password=s3cret&sslmode=verify-ca",
     "postgresql://maria@db.example/x?sslmode=verify-ca"),
    ("host=db.example user=maria password=s3cret dbname=x",
     "host=db.example user=maria dbname=x"),
])
def test_passwords_are_taken_out_of_what_is_kept_or_shown(given, kept):
    assert address.without_password(given) == kept
    assert "s3cret" not in address.shown(given)
    assert address.password_of(given) == "s3cret"


def test_scrub_hides_an_echoed_password():
    assert address.scrub("failed for pw s3cret here", "s3cret", None) == \
        "failed for pw ******** here"
