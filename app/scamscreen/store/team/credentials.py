"""The team password in the system's keyring (`keyring`: Windows Credential Manager,
macOS Keychain, the Secret Service on Linux), under the address it is for. Never in a
settings file. (Tests choose a keyring of their own with PYTHON_KEYRING_BACKEND or
keyring's configuration file, so the real one is never touched.)"""

from __future__ import annotations

import contextlib

from scamscreen.core.errors import TeamError
from scamscreen.core.i18n import _
from scamscreen.store.team import address

SERVICE = "ScamScreen team"


def _entry(url: str) -> str:
    return address.describe(address.parse(url))


# Backends that keep a password in plain text, or silently not at all: keyrings.alt's
# PlaintextKeyring is what keyring falls back to where there is no system keyring and
# keyrings.alt is installed (Debian's python3-keyring brings it).
NOT_A_SAFE_PLACE = ("keyrings.alt.file.PlaintextKeyring", "keyring.backends.null.Keyring")


def unsafe_backend() -> str | None:
    """The name of the keyring backend in use when it is not a safe place for a
    password, else None."""
    import keyring

    backend = keyring.get_keyring()
    chained = getattr(backend, "backends", None)  # (ChainerBackend: the first one sets)
    if chained:
        backend = chained[0]
    name = f"{type(backend).__module__}.{type(backend).__qualname__}"
    return name if name in NOT_A_SAFE_PLACE or "plaintext" in name.lower() else None


def save(url: str, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    unsafe = unsafe_backend()
    if unsafe:
        raise TeamError(
            _("This computer has no safe keyring: the one in use ({backend}) would keep the "
              "password in plain text, or not at all. Nothing was saved; give the password "
              "in PGPASSWORD each time.").format(backend=unsafe)
        )
    try:
        keyring.set_password(SERVICE, _entry(url), password)
    except KeyringError as exc:
        raise TeamError(
            _("The password could not be kept in this computer's keyring ({problem}). Nothing "
              "was saved; without a keyring, give the password in PGPASSWORD each time.")
            .format(problem=exc)
        ) from None


def load(url: str) -> str | None:
    """The password kept for `url`, or None (no keyring, or nothing kept)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, _entry(url))
    except (KeyringError, TeamError):
        return None


def forget(url: str) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError, KeyringError, TeamError):
        keyring.delete_password(SERVICE, _entry(url))
