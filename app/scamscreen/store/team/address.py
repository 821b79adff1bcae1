"""The team server's address: what the client accepts, and how it is shown.

Secure by default (issue 16): a connection must be TLS with a verified certificate,
`sslmode=verify-full` unless the address asks for `verify-ca`; an address without
`sslmode` gets verify-full. `disable`, `allow`, `prefer` and `require` are refused with a
message saying why, except to this computer itself (a loopback address or a unix
socket) when the person asked for `--insecure-loopback`, for trying team mode out.

Passwords: libpq's own ways work (`PGPASSWORD`, a password in the address, `~/.pgpass`),
and `team join` keeps one in the system keyring. An address is never shown, stored or
put in a message with its password: `shown()` takes it out.
"""

from __future__ import annotations

import ipaddress
import re
from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit

from scamscreen.core.errors import TeamError
from scamscreen.core.i18n import _

VERIFIED = ("verify-full", "verify-ca")
UNVERIFIED = ("disable", "allow", "prefer", "require")
CONNECT_TIMEOUT = 5  # seconds; an address may say otherwise (connect_timeout=)
# A server that is slow or stuck must not hang the app: no statement runs longer, no
# lock is waited for longer (an address's own options=-c ... come after, and win), and
# TCP keepalives notice a server that went away without a word.
STATEMENT_TIMEOUT_MS = 60_000
LOCK_TIMEOUT_MS = 10_000
KEEPALIVES = {"keepalives": "1", "keepalives_idle": "30", "keepalives_interval": "10",
              "keepalives_count": "3", "tcp_user_timeout": "60000"}


def _why(mode: str) -> str:
    if mode == "require":
        return _(
            "sslmode=require encrypts the connection but does not check the server's "
            "certificate, so anyone between you and the server could pretend to be it and "
            "read the team's contacts"
        )
    return _(
        "sslmode={mode} may send the team's contacts, and the proof of your password, "
        "without encryption"
    ).format(mode=mode)


def parse(url: str) -> dict[str, Any]:
    """The address's parameters (libpq's own reading: a postgresql:// URL or
    `key=value` words); TeamError for one libpq cannot read."""
    from psycopg import ProgrammingError
    from psycopg.conninfo import conninfo_to_dict

    if not url or not url.strip():
        raise TeamError(_("The team address is empty. Give it as postgresql://USER@HOST/DATABASE."))
    try:
        return dict(conninfo_to_dict(url.strip()))
    except ProgrammingError:
        raise TeamError(
            _("“{url}” is not a PostgreSQL address. Give it as postgresql://USER@HOST/DATABASE "
              "(with ?sslrootcert=FILE when your IT department made its own certificates).")
            .format(url=shown(url))
        ) from None


def is_loopback(host: str | None) -> bool:
    """This computer itself: localhost, 127.0.0.0/8, ::1, or a unix socket folder. Every
    host of a multi-host address must be one."""
    if not host:
        return True  # libpq's default: the local unix socket
    for one in str(host).split(","):
        one = one.strip()
        if one.startswith("/") or one.lower() == "localhost":
            continue
        try:
            if not ipaddress.ip_address(one.strip("[]")).is_loopback:
                return False
        except ValueError:
            return False
    return True


def goes_to_this_computer(params: dict[str, Any]) -> bool:
    """Whether libpq will connect to this computer only: it connects to `hostaddr`
    when given (`host` is then only a name), else to `host`; either may also come from
    PGHOSTADDR and PGHOST, and a service (`service=`, PGSERVICE) may name any host, so
    an address with one is not this computer's for sure."""
    import os

    if params.get("service") or os.environ.get("PGSERVICE"):
        return False
    hostaddr = params.get("hostaddr") or os.environ.get("PGHOSTADDR")
    if hostaddr:
        return all(_ip_loopback(one.strip()) for one in str(hostaddr).split(","))
    return is_loopback(params.get("host") or os.environ.get("PGHOST"))


def _ip_loopback(text: str) -> bool:
    try:
        return ipaddress.ip_address(text.strip("[]")).is_loopback
    except ValueError:
        return False


def _is_socket(host: str) -> bool:
    """A unix socket's folder (or Linux's abstract `@name`), or nothing: libpq's own
    socket. libpq ignores sslmode there: no TLS, no certificate."""
    return not host or host.startswith(("/", "@"))


def over_socket(params: dict[str, Any]) -> bool:
    """Whether libpq would connect through a unix socket (to any of the hosts), where
    sslmode does not apply: the address's host, else PGHOST, else libpq's default."""
    import os

    if params.get("hostaddr") or os.environ.get("PGHOSTADDR"):
        return False
    hosts = str(params.get("host") or os.environ.get("PGHOST") or "")
    return any(_is_socket(one.strip()) for one in hosts.split(","))


def checked(url: str, *, insecure_loopback: bool = False) -> dict[str, Any]:
    """The connection parameters for `url`, made safe: sslmode verify-full when the
    address does not say, and a refusal (TeamError) for an unverified mode, unless
    `insecure_loopback` and the server is this computer."""
    params = parse(url)
    mode = str(params.get("sslmode") or "verify-full").strip().lower()
    if mode in VERIFIED and not insecure_loopback and over_socket(params):
        raise TeamError(
            _("Refused: a unix socket (an address without a host, or a folder) has no TLS, "
              "so the server cannot be checked: whatever listens there would get the "
              "team's contacts. Give the server's name, or --insecure-loopback to try "
              "team mode out on this computer."),
            refused=True,
        )
    if mode in UNVERIFIED:
        if not (insecure_loopback and goes_to_this_computer(params)):
            hint = (
                _("--insecure-loopback allows it only to this computer itself (127.0.0.1).")
                if insecure_loopback
                else _("Use sslmode=verify-full (the default) with the certificate of your "
                       "server's authority (sslrootcert=FILE).")
            )
            raise TeamError(
                _("Refused: {why}. {hint}").format(why=_why(mode), hint=hint), refused=True,
                kind="insecure",
            )
    elif mode not in VERIFIED:
        raise TeamError(
            _("“sslmode={mode}” is not a mode ScamScreen knows; use verify-full.")
            .format(mode=mode),
            kind="insecure",
        )
    if mode in UNVERIFIED or over_socket(params):
        # Without TLS nothing proves who answers: the password is never sent as it is
        # (or as MD5) to whatever took the port or the socket; SCRAM proves it without
        # giving it away.
        params.setdefault("require_auth", "scram-sha-256,none")
    params["sslmode"] = mode
    params.setdefault("connect_timeout", str(CONNECT_TIMEOUT))
    for key, value in KEEPALIVES.items():
        params.setdefault(key, value)
    limits = f"-c statement_timeout={STATEMENT_TIMEOUT_MS} -c lock_timeout={LOCK_TIMEOUT_MS}"
    params["options"] = f"{limits} {params['options']}" if params.get("options") else limits
    params.setdefault("application_name", "scamscreen")
    return params


def password_of(url: str) -> str | None:
    try:
        return parse(url).get("password") or None
    except TeamError:
        return None


# One `keyword = value` of libpq's key/value form: spaces around "=" are allowed, a
# value is either single-quoted (with backslash escapes) or runs to the next space.
_WORD = re.compile(
    r"""\s*([A-Za-z_]+)\s*=\s*('(?:[^'\\]|\\.)*'|(?:[^\s'\\]|\\.)(?:[^\s\\]|\\.)*)"""
)


# The parameters that are secrets: the password, and the passphrase of a client key.
SECRETS = ("password", "sslpassword")


def without_password(url: str) -> str:
    """The address with any password taken out (to store in settings); ValueError when
    it cannot be read well enough to be sure."""
    text = url.strip()
    if "://" in text:
        parts = urlsplit(text)
        netloc = parts.netloc
        if "@" in netloc:
            auth, host = netloc.rsplit("@", 1)
            user = auth.split(":", 1)[0]
            netloc = f"{user}@{host}" if user else host
        query = "&".join(  # (libpq decodes %XX in a parameter's name too)
            item for item in parts.query.split("&")
            if unquote(item.split("=", 1)[0]).strip().lower() not in SECRETS
        )
        return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
    kept, position = [], 0
    while position < len(text):
        found = _WORD.match(text, position)
        if not found:
            raise ValueError("not libpq's key=value form")
        if found.group(1).lower() not in SECRETS:
            kept.append(f"{found.group(1)}={found.group(2)}")
        position = found.end()
        while position < len(text) and text[position].isspace():
            position += 1
    return " ".join(kept)


def same_account(one: str, other: str) -> bool:
    """Whether two addresses name the same account on the same server and database
    (the port and the TLS options may differ)."""
    try:
        a, b = parse(one), parse(other)
    except TeamError:
        return False
    keys = ("user", "host", "hostaddr", "dbname", "service")
    return all((a.get(k) or "") == (b.get(k) or "") for k in keys)


def shown(url: str) -> str:
    """The address as it may be printed: without its password."""
    try:
        return without_password(url)
    except ValueError:
        return _("(an address that cannot be read)")


def scrub(message: str, *secrets: str | None) -> str:
    """`message` without any of `secrets` in it (a password a library echoed)."""
    for secret in secrets:
        if secret:
            message = message.replace(secret, "********")
    return message


def describe(params: dict[str, Any]) -> str:
    """user@host:port/database, for messages and the keyring's entry name."""
    user = params.get("user") or "?"
    host = params.get("host") or params.get("hostaddr") or "localhost"
    port = params.get("port") or "5432"
    return f"{user}@{host}:{port}/{params.get('dbname') or user}"
