"""Connecting to the team server: only as `address.checked()` allows (verified TLS),
and errors turned into messages a person can act on, never holding the password."""

from __future__ import annotations

import contextlib
from typing import Any

import psycopg
from psycopg import errors as pg_errors

from scamscreen.core.errors import TeamError
from scamscreen.core.i18n import _
from scamscreen.store.team import address

DatabaseError = psycopg.Error


def params_for(
    url: str, *, insecure_loopback: bool = False, password: str | None = None
) -> dict[str, Any]:
    """The connection parameters: the checked address, with `password` (from the
    keyring) when the address and libpq's environment give none."""
    import os

    params = address.checked(url, insecure_loopback=insecure_loopback)
    if password and not params.get("password") and not os.environ.get("PGPASSWORD"):
        params["password"] = password
    return params


def connect(
    url: str, *, insecure_loopback: bool = False, password: str | None = None,
    autocommit: bool = False,
) -> psycopg.Connection[Any]:
    params = params_for(url, insecure_loopback=insecure_loopback, password=password)
    try:
        conn = psycopg.connect(autocommit=autocommit, **params)
    except DatabaseError as exc:
        raise explain(exc, url, _("connect"), password) from None
    return conn


# libpq's words for a server that answered and said no, or could not be trusted
_REFUSALS = ("password authentication failed", "no pg_hba.conf entry", "does not exist",
             "permission denied", "certificate verify failed", "server certificate",
             "root certificate", "does not support ssl", "ssl is not enabled",
             "no password supplied", "channel binding")  # fmt: skip
_TLS_TROUBLE = ("certificate verify failed", "server certificate", "root certificate",
                "does not support ssl", "ssl is not enabled")  # fmt: skip


def unreachable(exc: BaseException) -> bool:
    """The server could not be reached or went away (not: it said no)."""
    if isinstance(exc, psycopg.OperationalError) and not isinstance(
        exc, pg_errors.InsufficientPrivilege
    ):
        text = str(exc).lower()
        return not any(refusal in text for refusal in _REFUSALS)
    return isinstance(exc, psycopg.InterfaceError)


def explain(
    exc: BaseException, url: str, doing: str, password: str | None = None
) -> TeamError:
    """A one-line message for a failure, naming the server (without its password)."""
    where = address.shown(url)
    with contextlib.suppress(TeamError):
        where = address.describe(address.parse(url))
    detail = " ".join(str(exc).split()) or type(exc).__name__
    detail = address.scrub(detail, password, address.password_of(url))
    text = detail.lower()
    refused = False
    if isinstance(exc, pg_errors.InsufficientPrivilege) or "permission denied" in text:
        refused = True
        why = _("the server refused: your account may not do this ({detail})").format(
            detail=detail)
    elif "password authentication failed" in text:
        refused = True
        why = _("the user name or password is wrong")
    elif "no pg_hba.conf entry" in text:
        refused = True
        why = _("the server does not accept this account from here over this kind of "
                "connection ({detail})").format(detail=detail)
    elif any(words in text for words in _TLS_TROUBLE):
        refused = True
        why = _("the server's certificate could not be checked ({detail}); give your IT "
                "department's certificate authority with sslrootcert=FILE").format(
                    detail=detail)
    else:
        why = detail
    return TeamError(
        _("Could not {doing} on the team server {server}: {why}").format(
            doing=doing, server=where, why=why),
        unreachable=unreachable(exc),
        refused=refused,
    )
