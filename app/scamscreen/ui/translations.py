"""Loading the translations: Qt's own (the words on standard buttons and dialogs) and
ScamScreen's (`resources/translations/scamscreen_<lang>.qm`, made from the `.ts` files
with `pyside6-lrelease`). The language is the one asked for (`--lang`, the Settings), or
else the system's; a language with no translation shows the English text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from scamscreen.core.data import resources_dir

_installed: list[QTranslator] = []
_language: list[str | None] = [None]


def install(app: QCoreApplication, language: str | None = None) -> QLocale:
    """Install the translators for `language` (e.g. "es", "es_MX"), replacing any
    installed before, and make its locale the default one. Returns the locale used."""
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    english = locale.language() in (QLocale.Language.English, QLocale.Language.C)
    _language[0] = None if english else locale.name()
    sources = (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("scamscreen", str(resources_dir() / "translations")),
    )
    if english:
        return locale  # the words are written in English: nothing to load
    for name, folder in sources:
        translator = QTranslator(app)
        # load() tries es_MX, then es, for the locale's UI languages, in order.
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return locale


def language() -> str | None:
    """The language installed last, for the data's wording (`Screener.load(language=)`,
    `load_checklist(language=)`): "es_MX", or None for English."""
    return _language[0]


def chosen(settings: QSettings, asked: str | None = None) -> str | None:
    """The language to use: the one asked for (`--lang`), else the Settings' choice
    (QSettings "language": "" means the system's), else None (the system's)."""
    return asked or str(settings.value("language", "") or "") or None


def available() -> list[tuple[str, str]]:
    """The languages ScamScreen's words can be shown in, as (code, name in that
    language): English, and one per `scamscreen_<code>.qm` (adding a language adds
    only files)."""
    folder = resources_dir() / "translations"
    codes = sorted(p.stem.split("_", 1)[1] for p in folder.glob("scamscreen_*.qm"))
    return [("en", "English")] + [(c, QLocale(c).nativeLanguageName()) for c in codes]


def installed() -> list[str]:
    """The files of the translators in use (for the About box and tests)."""
    return [t.filePath() for t in _installed]
