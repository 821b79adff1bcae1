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


def languages() -> list[str]:
    """The languages the command line speaks: English and every catalogue shipped."""
    found = {path.parent.parent.name for path in _LOCALE_DIR.glob("*/LC_MESSAGES/scamscreen.mo")}
    return sorted(found | {"en"})


def speaks(language: str) -> bool:
    """Whether `language` ("es", "es_MX", "es-AR", "es_ES.UTF-8") has words here: a
    regional code falls back to its language, as gettext does."""
    code = language.replace("-", "_").split(".")[0].split("@")[0]
    return code.lower().split("_")[0] in languages() or code in languages()


def _(message: str) -> str:
    return _translation.gettext(message)
