"""The Settings screen, driven through its real widgets: every change is applied at once
and survives a restart; backup and restore work off the GUI thread."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from scamscreen.core.contact import parse_contact
from scamscreen.store import CaseLog
from scamscreen.ui.settings_page import HighContrastStyle, SettingsPage, apply_appearance

SCAM = {"channel": "popup", "text": "VIRUS ALERT! Call Microsoft 1-844-555-0199 now."}


def open_settings(tmp_path: Path) -> QSettings:
    """The settings file; a new QSettings on it is what the next start of the app reads."""
    return QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)


def add_contact(home: Path, screener, text: str) -> int:
    contact = parse_contact({**SCAM, "text": f"{SCAM['text']} {text}"})
    with CaseLog.open(home) as log:
        return log.add(contact, screener.screen(contact), data_version="t").id


def contact_notes(home: Path) -> list[str]:
    with CaseLog.open(home) as log:
        return sorted(row["notes"] for row in log.iter_all())


@pytest.fixture
def make_page(qtbot, tmp_path):
    def _make(settings: QSettings | None = None) -> SettingsPage:
        page = SettingsPage(settings or open_settings(tmp_path), tmp_path / "home")
        qtbot.addWidget(page)
        page.resize(780, 600)
        page.show()
        qtbot.waitExposed(page)
        qtbot.waitUntil(lambda: page.retention_ready, timeout=10000)  # read off-thread
        return page

    return _make


@pytest.fixture
def page(make_page):
    return make_page()


BUILT_IN = "https://owner.github.io/scamscreen/feed/"


@pytest.fixture
def with_source(monkeypatch):
    """A copy built with an update server (`build.py --update-source`)."""
    from scamscreen.feeds import source

    monkeypatch.setattr(source, "default_source", lambda folder=None: BUILT_IN)
    return BUILT_IN


def pick_region(page: SettingsPage, code: str) -> None:
    page.region.setCurrentIndex(page.region.findData(code))


def set_retention(qtbot, page: SettingsPage, days: int) -> None:
    """Type the number of days and press Enter, as a user would."""
    page.retention.setFocus()
    page.retention.selectAll()
    qtbot.keyClicks(page.retention, str(days))
    qtbot.keyClick(page.retention, Qt.Key.Key_Return)


def retention_in_log(home: Path) -> str | None:
    with CaseLog.open(home) as log:
        return log.setting("retention_days")


def settled(qtbot, page: SettingsPage) -> QWidget:
    """The scrolled content, once its layout has caught up with the last change."""
    content = page.scroll_area.widget()
    qtbot.waitUntil(lambda: content.height() >= content.heightForWidth(content.width()))
    QApplication.processEvents()
    return content


# -- every setting survives a restart --------------------------------------------------


def test_every_setting_is_written_and_read_back_after_a_restart(
    qtbot, make_page, tmp_path, with_source
):
    page = make_page()
    with qtbot.waitSignal(page.changed):
        pick_region(page, "GB")
    page.text_scale.setValue(150)
    page.high_contrast.setChecked(True)
    page.trusted_name.setText("Anna")
    page.trusted_phone.setText("020 7946 0958")
    page.updates.setChecked(False)
    with qtbot.waitSignal(page.changed, timeout=10000):
        set_retention(qtbot, page, 30)

    written = (tmp_path / "s.ini").read_text(encoding="utf-8")  # synced, on disk
    assert "region=GB" in written and "text_scale=150" in written

    again = make_page(open_settings(tmp_path))
    assert again.region.currentData() == "GB"
    assert again.region.currentText() == "United Kingdom (GB)"
    assert again.text_scale.value() == 150
    assert again.high_contrast.isChecked()
    assert again.trusted_name.text() == "Anna"
    assert again.trusted_phone.text() == "020 7946 0958"
    assert not again.updates.isChecked()
    assert again.retention.value() == 30


def test_the_defaults_for_a_new_user(page):
    assert page.region.currentData() == "US"
    assert page.text_scale.value() == 100
    assert not page.high_contrast.isChecked()
    assert page.retention.value() == 0
    assert page.retention.text() == "Keep everything"
    # A checkout (or a build without --update-source) has no update server: it says so
    # in words, and offers nothing that could only fail.
    assert page.no_source.isVisible()
    assert page.no_source.text().startswith("No update server is set up for this copy")
    assert not page.updates.isChecked() and not page.updates.isEnabled()
    assert not page.update_button.isEnabled()
    page.update_now()  # (even if asked anyway: no dialog, no request)
    assert page.update_dialog is None


def test_a_build_with_an_update_server_checks_by_default(with_source, page):
    assert not page.no_source.isVisible()
    assert page.updates.isChecked() and page.updates.isEnabled()  # on unless turned off
    assert page.update_button.isEnabled()
    assert page._source() == with_source


def test_a_help_desks_own_feed_counts_as_an_update_server(make_page, tmp_path):
    settings = open_settings(tmp_path)
    settings.setValue("updates/source", "https://helpdesk.example.org/feed/")
    page = make_page(settings)
    assert not page.no_source.isVisible()
    assert page.updates.isChecked() and page.update_button.isEnabled()


@pytest.mark.parametrize(
    ("stored", "source", "built_in", "after"),
    [
        (None, None, False, False),  # never touched, no server: off
        ("true", None, False, False),  # the old default, for a server that never was: off
        ("false", None, False, False),
        (None, None, True, True),  # a release build: on
        ("true", None, True, True),
        ("false", None, True, False),  # turned off stays off
        ("true", "https://helpdesk.example.org/feed/", False, True),  # their own feed
        ("false", "https://helpdesk.example.org/feed/", False, False),
    ],
)
def test_upgrading_the_settings_turns_off_checks_that_have_no_server(
    tmp_path, monkeypatch, stored, source, built_in, after
):
    from scamscreen.feeds import source as feed_source
    from scamscreen.ui.app import SETTINGS_VERSION, updates_enabled, upgrade_settings

    if built_in:
        monkeypatch.setattr(feed_source, "default_source", lambda folder=None: BUILT_IN)
    settings = open_settings(tmp_path)
    settings.setValue("settings_version", 1)
    if stored is not None:
        settings.setValue("updates/enabled", stored)
    if source is not None:
        settings.setValue("updates/source", source)
    upgrade_settings(settings)
    assert int(settings.value("settings_version")) == SETTINGS_VERSION
    assert updates_enabled(settings) is after
    if stored == "false":
        assert settings.value("updates/enabled") == "false"  # a choice is never dropped


def test_every_change_says_so_with_the_changed_signal(qtbot, with_source, page):
    for change in (
        lambda: pick_region(page, "IE"),
        lambda: page.text_scale.setValue(120),
        lambda: page.high_contrast.setChecked(True),
        lambda: page.trusted_name.setText("Bob"),
        lambda: page.trusted_phone.setText("555"),
        lambda: page.updates.setChecked(False),
    ):
        with qtbot.waitSignal(page.changed, timeout=1000):
            change()


def test_regions_are_the_supported_ones_with_names_for_the_common_ones(page):
    import phonenumbers

    codes = [page.region.itemData(i) for i in range(page.region.count())]
    codes = [c for c in codes if c]  # the separator has none
    assert sorted(codes) == sorted(phonenumbers.SUPPORTED_REGIONS)
    texts = [page.region.itemText(i) for i in range(page.region.count())]
    for name in ("United States (US)", "Germany (DE)", "India (IN)", "New Zealand (NZ)"):
        assert name in texts
    assert "IT" in texts  # others show the code


def test_a_typed_text_size_between_steps_snaps_to_the_nearest_step(qtbot, page):
    page.text_scale.setFocus()
    page.text_scale.selectAll()
    qtbot.keyClicks(page.text_scale, "115")
    assert page.settings.value("text_scale") is None  # nothing applied while typing
    qtbot.keyClick(page.text_scale, Qt.Key.Key_Return)
    assert page.text_scale.value() == 120
    assert page.settings.value("text_scale") in (120, "120")


# -- text size and high contrast --------------------------------------------------------


def test_text_size_200_doubles_the_font_and_100_restores_it(app_appearance, tmp_path):
    app = app_appearance
    settings = open_settings(tmp_path)
    base = app.font().pointSizeF()
    settings.setValue("text_scale", 200)
    apply_appearance(app, settings, base)
    assert app.font().pointSizeF() == pytest.approx(base * 2)
    settings.setValue("text_scale", 100)
    apply_appearance(app, settings, base)
    assert app.font().pointSizeF() == pytest.approx(base)


def test_a_damaged_text_size_falls_back_to_normal(app_appearance, tmp_path):
    settings = open_settings(tmp_path)
    base = app_appearance.font().pointSizeF()
    for value in ("huge", 5000, 20):
        settings.setValue("text_scale", value)
        apply_appearance(app_appearance, settings, base)
        assert 1.0 * base <= app_appearance.font().pointSizeF() <= 2.0 * base


def test_high_contrast_changes_the_palette_and_off_restores_the_standard_one(
    app_appearance, tmp_path
):
    app = app_appearance
    settings = open_settings(tmp_path)
    base = app.font().pointSizeF()
    standard = app.style().standardPalette()
    window, text = QPalette.ColorRole.Window, QPalette.ColorRole.WindowText
    assert app.palette().color(window) != standard.color(text)

    settings.setValue("high_contrast", True)
    apply_appearance(app, settings, base)
    palette = app.palette()
    assert palette.color(window) == Qt.GlobalColor.black
    assert palette.color(text) == Qt.GlobalColor.white
    assert palette.color(QPalette.ColorRole.Highlight) == Qt.GlobalColor.yellow
    assert palette.color(QPalette.ColorRole.HighlightedText) == Qt.GlobalColor.black
    assert isinstance(app.style(), HighContrastStyle)  # fields outlined in white

    settings.setValue("high_contrast", False)
    apply_appearance(app, settings, base)
    assert app.palette() == app.style().standardPalette()
    assert not isinstance(app.style(), HighContrastStyle)
    assert not app.testAttribute(Qt.ApplicationAttribute.AA_SetPalette)  # follows the system


def test_the_page_grows_with_the_text_and_stays_readable(app_appearance, qtbot, page):
    """At 200% nothing is squeezed below the size it needs; the page scrolls instead."""
    base = app_appearance.font().pointSizeF()
    page.text_scale.setValue(200)
    page.high_contrast.setChecked(True)
    apply_appearance(app_appearance, page.settings, base)
    qtbot.waitUntil(lambda: page.region.font().pointSizeF() == pytest.approx(base * 2))
    content = settled(qtbot, page)
    for widget in content.findChildren(QWidget):
        if not widget.isVisibleTo(page) or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            assert widget.height() >= widget.heightForWidth(widget.width()), widget.text()
        elif isinstance(widget, QAbstractButton | QComboBox | QAbstractSpinBox | QLineEdit):
            hint = widget.minimumSizeHint()
            assert widget.width() >= hint.width(), widget.accessibleName()
            assert widget.height() >= hint.height(), widget.accessibleName()


# -- the trusted person -----------------------------------------------------------------


def test_the_trusted_phone_hint_says_when_a_number_cannot_exist(qtbot, page):
    page.trusted_phone.setText("12")
    assert "cannot exist" in page.trusted_hint.text()
    assert page.trusted_hint.isVisible()
    page.trusted_phone.setText("(402) 935-7733")
    assert page.trusted_hint.text() == ""
    assert not page.trusted_hint.isVisible()


def test_the_trusted_phone_is_read_in_the_chosen_country(page):
    page.trusted_phone.setText("020 7946 0958")  # a London number
    assert "cannot exist" in page.trusted_hint.text()  # not as a US number
    pick_region(page, "GB")
    assert page.trusted_hint.text() == ""


# -- the data folder, backup and restore -------------------------------------------------


def test_open_folder_opens_the_data_folder(monkeypatch, page, tmp_path):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    page.open_button.click()
    assert [url.toLocalFile() for url in opened] == [str(tmp_path / "home")]
    assert page.folder.text() == str(tmp_path / "home")
    assert page.folder.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse


def test_back_up_now_writes_a_file_into_the_backups_folder(qtbot, page, tmp_path):
    backups = tmp_path / "home" / "backups"
    page.backup_button.click()
    qtbot.waitUntil(lambda: any(backups.glob("manual-*.db")), timeout=10000)
    qtbot.waitUntil(lambda: page.backup_button.isEnabled(), timeout=10000)
    (made,) = backups.glob("manual-*.db")
    assert str(made) in page.data_status.text()
    assert page.data_status.textFormat() == Qt.TextFormat.PlainText


def choose_backup(monkeypatch, path: Path, answer=QMessageBox.StandardButton.Yes) -> list[str]:
    """The file dialog picks `path`; the confirmation answers `answer`. Returns what the
    confirmation said."""
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_restore_brings_back_an_earlier_backup_and_names_the_safety_copy(
    qtbot, monkeypatch, screener, make_page, tmp_path
):
    home = tmp_path / "home"
    add_contact(home, screener, "first")
    with CaseLog.open(home) as log:
        earlier = log.backup()
    add_contact(home, screener, "second")
    assert len(contact_notes(home)) == 2

    page = make_page()
    asked = choose_backup(monkeypatch, earlier)
    page.restore_button.click()
    qtbot.waitUntil(lambda: "safety copy" in page.data_status.text(), timeout=10000)

    assert "safety copy" in asked[0]  # the confirmation said the current log is kept
    notes = contact_notes(home)
    assert len(notes) == 1 and notes[0].endswith("first")
    (safety,) = (home / "backups").glob("before-restore-*.db")
    assert str(safety) in page.data_status.text()
    assert page.restore_button.isEnabled() and page.backup_button.isEnabled()


def test_restore_does_nothing_when_the_user_says_no(qtbot, monkeypatch, screener, page, tmp_path):
    home = tmp_path / "home"
    with CaseLog.open(home) as log:
        earlier = log.backup()
    add_contact(home, screener, "kept")
    choose_backup(monkeypatch, earlier, QMessageBox.StandardButton.No)
    page.restore_button.click()
    assert len(contact_notes(home)) == 1
    assert not list((home / "backups").glob("before-restore-*.db"))
    assert page.data_status.isHidden()


def test_a_file_that_is_not_a_backup_is_refused_and_nothing_changes(
    qtbot, monkeypatch, screener, page, tmp_path
):
    home = tmp_path / "home"
    add_contact(home, screener, "kept")
    before = contact_notes(home)
    letter = tmp_path / "letter.db"
    letter.write_text("Dear grandson, please send gift cards.", encoding="utf-8")
    choose_backup(monkeypatch, letter)
    page.restore_button.click()
    qtbot.waitUntil(lambda: "Nothing was changed" in page.data_status.text(), timeout=10000)
    assert "not a ScamScreen backup" in page.data_status.text()
    assert "Traceback" not in page.data_status.text()
    assert contact_notes(home) == before
    assert not list((home / "backups").glob("before-restore-*.db"))
    assert page.restore_button.isEnabled()


# -- retention ---------------------------------------------------------------------------


def test_retention_is_stored_in_the_case_log(qtbot, page, tmp_path):
    home = tmp_path / "home"
    set_retention(qtbot, page, 30)
    qtbot.waitUntil(lambda: retention_in_log(home) == "30", timeout=10000)
    qtbot.waitUntil(lambda: not page._retention_saving, timeout=10000)
    with qtbot.waitSignal(page.changed, timeout=10000):
        set_retention(qtbot, page, 0)
    assert retention_in_log(home) == "0"  # "0": keep everything
    assert page.settings.value("retention_days") is None  # not in QSettings


def test_retention_is_not_written_at_every_step_of_the_arrows(qtbot, page, tmp_path):
    """Passing through "1 day" on the way to 30 must never forget a month of contacts."""
    home = tmp_path / "home"
    page.retention.setFocus()
    for _ in range(30):
        qtbot.keyClick(page.retention, Qt.Key.Key_Up)
    assert page.retention.value() == 30
    assert retention_in_log(home) is None
    qtbot.keyClick(page.retention, Qt.Key.Key_Tab)  # moving on to the next setting
    qtbot.waitUntil(lambda: retention_in_log(home) == "30", timeout=10000)
    qtbot.waitUntil(lambda: not page._retention_saving, timeout=10000)


# -- accessibility -----------------------------------------------------------------------


def test_every_interactive_control_has_an_accessible_name_and_a_mnemonic(page):
    controls = [
        w
        for w in page.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QLineEdit | QComboBox | QAbstractSpinBox)
        and not w.objectName().startswith("qt_")  # a spin box's own line edit
    ]
    # the scam lists; the card, simple mode and help desks; the language; the team's
    # address, Join, Test the connection and Leave the team
    assert len(controls) == 23
    assert [w for w in controls if not w.accessibleName()] == []

    buddies = {label.buddy(): label.text() for label in page.findChildren(QLabel)}
    letters = {}
    for widget in controls:
        text = widget.text() if isinstance(widget, QAbstractButton) else buddies.get(widget)
        assert text and "&" in text, widget.accessibleName()
        letters[widget] = re.search(r"&(\w)", text).group(1).lower()
    # The team's address is typed before joining, Leave is shown once joined: never
    # both at once (they share Alt+V). Otherwise every Alt+letter is different.
    team = page.team_box
    for one_of in (team.address, team.leave_button):
        shown = [letter for widget, letter in letters.items() if widget is not one_of]
        assert len(shown) == len(set(shown)), sorted(shown)
    assert "f" not in letters.values()  # Alt+F is the File menu
    assert "h" not in letters.values()  # Alt+H is the Help menu


def test_the_page_is_rendered_for_a_look(app_appearance, qtbot, page):
    """Saves /tmp/settings.png (100%), /tmp/settings-200.png (200%) and
    /tmp/settings-contrast.png (200%, high contrast), the whole page, for a person to
    look at."""
    page.trusted_name.setText("Anna")
    page.trusted_phone.setText("12")
    assert settled(qtbot, page).grab().save("/tmp/settings.png")
    base = app_appearance.font().pointSizeF()
    page.text_scale.setValue(200)
    apply_appearance(app_appearance, page.settings, base)
    qtbot.waitUntil(lambda: page.trusted_name.font().pointSizeF() == pytest.approx(base * 2))
    assert settled(qtbot, page).grab().save("/tmp/settings-200.png")
    page.high_contrast.setChecked(True)
    apply_appearance(app_appearance, page.settings, base)
    black = Qt.GlobalColor.black
    qtbot.waitUntil(lambda: page.trusted_name.palette().color(QPalette.ColorRole.Base) == black)
    assert settled(qtbot, page).grab().save("/tmp/settings-contrast.png")
