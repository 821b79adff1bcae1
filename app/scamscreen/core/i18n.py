"""The core's message catalogue: every sentence the command line prints goes through `_`.

Translations are gettext catalogues in `resources/locale/<lang>/LC_MESSAGES/scamscreen.mo`;
with none installed the English text is used as it is. Data files (vendors, rules, advice)
carry their own wording and are translated as data files, not here.
"""

from __future__ import annotations

import gettext

from scamscreen.core.data import resources_dir

_LOCALE_DIR = resources_dir() / "locale"
_translation: gettext.NullTranslations = gettext.NullTranslations()


_language: str | None = None


def language() -> str | None:
    """The language set for the core's words (None: English, or the system's)."""
    return _language


def set_language(language: str | None) -> None:
    global _translation, _language
    _language = language
    languages = [language] if language else None
    _translation = gettext.translation(
        "scamscreen", localedir=_LOCALE_DIR, languages=languages, fallback=True
    )


def _(message: str) -> str:
    return _translation.gettext(message)
