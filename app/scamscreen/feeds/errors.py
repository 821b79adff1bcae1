"""The one exception an update raises, worded for the person who has to act on it.

Every way an update can fail (refused feed, network trouble, a full disk, Cancel) ends
as an `UpdateError` whose text is a whole sentence in plain words, ending with what
happened to the data (nothing, in every case): the app and the command line show it as
it is, never a traceback. `kind` lets the app choose an icon or offer "Try again".
"""

from __future__ import annotations

from scamscreen.core.errors import BUSY as BUSY
from scamscreen.core.errors import CANCELLED as CANCELLED
from scamscreen.core.errors import LOCAL as LOCAL
from scamscreen.core.errors import NETWORK as NETWORK
from scamscreen.core.errors import NO_SOURCE as NO_SOURCE
from scamscreen.core.errors import REFUSED as REFUSED
from scamscreen.core.errors import UpdateCancelled as UpdateCancelled
from scamscreen.core.errors import UpdateError as UpdateError
from scamscreen.core.i18n import _


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
