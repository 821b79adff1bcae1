"""The errors a person can act on, from every layer, in one light module: the app and
the command line catch them (and `ui/problems.py` words them) without importing the
storage or update code that raises them. `store/` and `feeds/` raise these same
classes and keep their old names for them.
"""

from __future__ import annotations

from pathlib import Path

from scamscreen.core.i18n import _


class StoreError(Exception):
    """Something about the case log the user can act on; the message says what, in the
    command line's terms. `storage` is true when the case log itself could not be used
    (rather than a request about it being wrong). `folder` is set when the data folder
    could not be used, `reason` saying why: a window then says it in its own words,
    without the command line's options (ui/problems.py). `full` is true when the disk is
    full: nothing new was saved and everything saved before is safe."""

    def __init__(
        self,
        message: str,
        *,
        storage: bool = False,
        folder: Path | None = None,
        reason: str = "",
        full: bool = False,
    ) -> None:
        super().__init__(message)
        self.storage = storage
        self.folder = folder
        self.reason = reason
        self.full = full



class TeamError(StoreError):
    """Something about the team's shared case log (team mode, store/team) the person can
    act on: an address that is not safe to use, an account that may not do what was
    asked, a server that cannot be reached (`unreachable`: then a new contact waits in
    this computer's outbox). The message never holds a password.

    `kind` says what is wrong in a word a window can put in its own words (the Settings
    screen's "Test the connection"): one of TEAM_PROBLEMS, or "" for anything else."""

    def __init__(
        self, message: str, *, unreachable: bool = False, refused: bool = False, kind: str = ""
    ) -> None:
        super().__init__(message, storage=unreachable)
        self.unreachable = unreachable
        self.refused = refused  # the server said no (permissions), not a network problem
        self.kind = kind or ("unreachable" if unreachable else "")


# What a team connection's problem is (TeamError.kind): an address that asks for no TLS
# or an unchecked certificate (refused by ScamScreen itself); a server without TLS; a
# certificate that could not be checked; a wrong user name or password; a server that
# could not be reached; the server said no to the account (no desk, no permission).
TEAM_PROBLEMS = ("insecure", "no_tls", "untrusted", "password", "unreachable", "refused")

class ListError(ValueError):
    """Something about the lists the person can act on; the message says what, in plain
    words (a number that cannot exist, a file that is not the FTC's format, a lists file
    written by a newer version). `storage` is true when the lists file itself could not
    be used, rather than a request about it being wrong. `folder` is set when the data
    folder could not be used, `reason` saying why: the message names the command line's
    options, and a window says it in its own words instead (ui/problems.py)."""

    def __init__(
        self, message: str, *, storage: bool = False, folder: Path | None = None, reason: str = ""
    ) -> None:
        super().__init__(message)
        self.storage = storage
        self.folder = folder
        self.reason = reason


class ImportCancelled(ListError):
    """The import was cancelled: the lists are exactly as they were before it."""

    def __init__(self) -> None:
        super().__init__(_("The import was cancelled. The lists are as they were."))


# What went wrong with an update, for the app: the feed itself was refused, the network
# failed, this computer could not store it, another update is running, the person
# cancelled, or this copy has no update server to ask (see `feeds.source`).
REFUSED = "refused"
NETWORK = "network"
LOCAL = "local"
BUSY = "busy"
CANCELLED = "cancelled"
NO_SOURCE = "no_source"


class UpdateError(Exception):
    """An update that was not applied; the current data is exactly as it was."""

    def __init__(self, message: str, kind: str = REFUSED) -> None:
        super().__init__(message)
        self.message = message
        self.kind = kind


class UpdateCancelled(UpdateError):
    """The person pressed Cancel (or the caller's `cancelled()` said so)."""

    def __init__(self) -> None:
        super().__init__(_("The update was cancelled: nothing was changed."), CANCELLED)


class KeyFileError(Exception):
    """A key file that cannot be used; the message names the file and what is wrong."""


class BuildError(Exception):
    """The feed cannot be built as asked; the message says what to fix."""
