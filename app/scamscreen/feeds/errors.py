"""The one exception an update raises, worded for the person who has to act on it.

Every way an update can fail (refused feed, network trouble, a full disk, Cancel) ends
as an `UpdateError` whose text is a whole sentence in plain words, ending with what
happened to the data (nothing, in every case): the app and the command line show it as
it is, never a traceback. `kind` lets the app choose an icon or offer "Try again".
"""

from __future__ import annotations

from scamscreen.core.i18n import _

# What went wrong, for the app: the feed itself was refused, the network failed, this
# computer could not store it, another update is running, the person cancelled, or
# this copy has no update server to ask (see `feeds.source`).
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


def refused(reason: str) -> UpdateError:
    """ "The update was refused because <reason>. Nothing was changed." """
    return UpdateError(
        _("The update was refused because {reason}. Nothing was changed.").format(reason=reason)
    )


def network(problem: str) -> UpdateError:
    return UpdateError(_("{problem} Nothing was changed.").format(problem=problem), NETWORK)


def local(problem: str) -> UpdateError:
    return UpdateError(_("{problem} Nothing was changed.").format(problem=problem), LOCAL)


def no_source() -> UpdateError:
    """This copy was built without an update server, and none was given."""
    return UpdateError(
        _(
            "No update server is set up for this copy of ScamScreen, so there is nowhere "
            "to get newer lists from. Nothing was changed."
        ),
        NO_SOURCE,
    )
