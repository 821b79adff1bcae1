"""Qt's own translations load for the chosen language, and `scamscreen --screenshots DIR`
renders every main screen at both text sizes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QImage

from scamscreen import cli
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


def test_screenshots_of_every_main_screen_at_both_sizes(qtbot, app_appearance, tmp_path, capsys):
    folder = tmp_path / "shots"
    assert cli.run(["--screenshots", str(folder)]) == 0
    names = sorted(p.name for p in folder.iterdir())
    screens = ("check", "checklist", "history", "report", "settings")
    sized = [f"{s}-{size}.png" for s in screens for size in (100, 200)]
    assert names == sorted([*sized, "card.png"])
    assert not QImage(str(folder / "card.png")).isNull()
    for screen in screens:
        small, large = (QImage(str(folder / f"{screen}-{n}.png")) for n in (100, 200))
        assert not small.isNull() and not large.isNull()
        assert large.width() > small.width() * 1.5  # the 200% window is drawn larger
    assert str(folder / "check-100.png") in capsys.readouterr().out
