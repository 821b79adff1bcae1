"""Settings the window reads where it needs them: whether and from where the app updates
its data, and the person's country. Kept apart from start-up (app.py) so the main
window and the Settings screen can ask without importing the module that builds them."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt is imported when the app starts, not with this module
    from PySide6.QtCore import QSettings

UPDATES_ENABLED = "updates/enabled"  # "Check for updates to the scam lists" (Settings)
UPDATES_SOURCE = "updates/source"  # a help desk's own feed; else the build's (feeds.source)


def region_setting(settings: QSettings) -> str:
    """The person's country, read as the Workspace reads it (`Settings`: upper case, and
    the one default when none is set)."""
    from scamscreen.workspace import Settings

    return Settings.from_values(settings.value).region


def update_source(settings: QSettings) -> str | None:
    """The feed the app updates from: the setting "updates/source" (a help desk's), else
    the address written into this build, else None (no update server for this copy)."""
    from scamscreen.workspace import feed_source

    return feed_source(settings.value(UPDATES_SOURCE, ""))


def updates_enabled(settings: QSettings) -> bool:
    """Whether the app checks for updates by itself: never without an update server;
    otherwise as the person chose, on unless they turned it off."""
    from scamscreen.ui.appearance import setting_bool

    if update_source(settings) is None:
        return False
    return setting_bool(settings, UPDATES_ENABLED, True)
