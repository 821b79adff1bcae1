"""Loading the translations: Qt's own (the words on standard buttons and dialogs) and
ScamScreen's (`resources/translations/scamscreen_<lang>.qm`, made from the `.ts` files
with `pyside6-lrelease`). The language is the one asked for (`--lang`, the Settings), or
else the system's; a language with no translation shows the English text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from scamscreen.core.data import resources_dir

_installed: list[QTranslator] = []


def install(app: QCoreApplication, language: str | None = None) -> QLocale:
    """Install the translators for `language` (e.g. "es", "es_MX"), replacing any
    installed before, and make its locale the default one. Returns the locale used."""
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    sources = (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("scamscreen", str(resources_dir() / "translations")),
    )
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return locale  # the words are written in English: nothing to load
    for name, folder in sources:
        translator = QTranslator(app)
        # load() tries es_MX, then es, for the locale's UI languages, in order.
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return locale


def installed() -> list[str]:
    """The files of the translators in use (for the About box and tests)."""
    return [t.filePath() for t in _installed]
