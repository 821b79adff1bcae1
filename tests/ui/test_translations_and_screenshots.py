"""Qt's own translations load for the chosen language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from scamscreen.ui import translations


def test_qt_s_own_words_follow_the_chosen_language(qapp):
    try:
        translations.install(qapp, "es")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
        assert any(path.endswith("qtbase_es.qm") for path in translations.installed())
        assert QLocale().language() == QLocale.Language.Spanish
    finally:
        translations.install(qapp, "en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert not any(path.endswith("_es.qm") for path in translations.installed())


def test_a_language_without_translations_shows_english(qapp):
    try:
        translations.install(qapp, "xx")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    finally:
        translations.install(qapp, "en")


# The screenshots (every screen at 100%, 150% and 200%, and layout.json): test_layout.py
