"""The Check screen and its verdict, driven through the real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from scamscreen.store import CaseLog

SCAM_TEXT = "He said my computer has a virus and wanted me to install AnyDesk. Call 1-844-555-0199"


def headline(window) -> str:
    return window.check.verdict.headline.text()


def describe_scam_call(qtbot, window) -> None:
    qtbot.mouseClick(window.check.channel_buttons["phone_inbound"], Qt.MouseButton.LeftButton)
    window.check.org.setText("Microsoft")
    qtbot.keyClicks(window.check.text, SCAM_TEXT)
    qtbot.waitUntil(lambda: "scam" in headline(window).lower(), timeout=5000)


def test_the_verdict_updates_as_the_user_types(qtbot, window):
    assert headline(window) == "Tell me what happened"
    describe_scam_call(qtbot, window)
    assert headline(window) == "This looks like a scam. Stop now."
    details = window.check.verdict.text()
    assert "Why:" in details and "computer" in details.lower()
    assert "How to reach Microsoft yourself" in details and "microsoft.com" in details
    assert "AnyDesk" in window.check.found.text()


def test_screening_runs_off_the_gui_thread_and_late_answers_are_dropped(qtbot, window):
    window.check.text.setPlainText("first version")
    window.check._screen_now()
    window.check.text.setPlainText(SCAM_TEXT)  # edited again before the answer came
    window.check._screen_now()
    qtbot.waitUntil(lambda: window.check.result is not None, timeout=5000)
    qtbot.waitUntil(lambda: "AnyDesk" in window.check.found.text(), timeout=5000)
    assert window.check.result.analysis.tools == ["AnyDesk"]


def test_ctrl_n_starts_a_new_check(qtbot, window):
    describe_scam_call(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.check.text.toPlainText() == ""
    assert window.check.channel() is None
    assert headline(window) == "Tell me what happened"


def test_the_phone_field_says_plainly_what_is_wrong(qtbot, window):
    window.check.region = "GB"
    window.check.phone.setText("0909 879 0456")
    qtbot.waitUntil(lambda: "premium-rate" in window.check.phone_hint.text(), timeout=5000)
    window.check.phone.setText("12")
    qtbot.waitUntil(lambda: "cannot exist" in window.check.phone_hint.text(), timeout=5000)


def test_the_phone_number_is_formatted_when_the_user_moves_on(qtbot, window):
    window.check.phone.setText("8445550199")
    window.check.phone.editingFinished.emit()
    assert window.check.phone.text() == "(844) 555-0199"


def test_the_phone_number_is_grouped_as_it_is_typed(qtbot, window):
    phone = window.check.phone
    qtbot.keyClicks(phone, "844555")
    assert phone.text() == "844-555"
    qtbot.keyClicks(phone, "0199")
    assert phone.text() == "(844) 555-0199"
    qtbot.keyClick(phone, Qt.Key.Key_Backspace)  # deleting is not undone by a regrouping
    assert phone.text() == "(844) 555-019"
    phone.setCursorPosition(1)  # nor is an edit in the middle
    qtbot.keyClicks(phone, "9")
    assert phone.text() == "(9844) 555-019"


def test_a_vanity_number_is_left_as_typed(qtbot, window):
    qtbot.keyClicks(window.check.phone, "1-800-FLOWERS")
    assert window.check.phone.text() == "1-800-FLOWERS"


def test_the_channel_buttons_have_icons_that_follow_the_text_size(qtbot, window):
    from PySide6.QtGui import QFont

    button = window.check.channel_buttons["email"]
    qtbot.waitUntil(lambda: window.check._icons_shown, timeout=5000)  # after the first paint
    side = button.iconSize().width()
    image = button.icon().pixmap(side, side).toImage()
    drawn = sum(image.pixelColor(x, y).alpha() > 0 for x in range(side) for y in range(0, side, 2))
    assert drawn > side  # a drawing, not the blank that keeps its place at first
    assert button.text().replace("&", "") == "An email"
    before = button.iconSize().height()
    font = QFont(window.check.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    window.check.setFont(font)
    assert button.iconSize().height() >= before * 1.8


def test_text_from_a_contact_is_never_read_as_html(qtbot, window):
    window.check.text.setPlainText("<b>AnyDesk</b> <a href='x'>https://evil.example/pay</a>")
    qtbot.waitUntil(lambda: window.check.result is not None, timeout=5000)
    labels = window.check.findChildren(QLabel)
    shown = [label for label in labels if "<" in label.text()]
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in shown)
    for label in window.check.verdict.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText
    window.check.org.setText("<i>Micro</i>soft")  # shown back as typed, not as markup
    qtbot.waitUntil(
        lambda: (
            "<i>" in window.check.verdict.text()
            or window.check.result.analysis.vendor is None
        ),
        timeout=5000,
    )
    for label in window.check.verdict.findChildren(QLabel):  # (the reasons come later)
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_every_control_has_an_accessible_name(window):
    controls = [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QLineEdit | QPlainTextEdit)
    ]
    assert len(controls) > 25
    # Qt's own helper widgets (the menu bar's overflow button) are named by Qt itself
    unnamed = [
        w for w in controls if not w.accessibleName() and not w.objectName().startswith("qt_")
    ]
    assert unnamed == []


def test_the_verdict_is_said_in_words_with_a_symbol_not_colour_alone(qtbot, window):
    describe_scam_call(qtbot, window)
    assert window.check.verdict.icon.pixmap() is not None
    assert not window.check.verdict.icon.pixmap().isNull()
    assert "scam" in headline(window).lower()


def test_save_puts_the_check_in_the_history(qtbot, window, tmp_path):
    describe_scam_call(qtbot, window)
    qtbot.mouseClick(window.check.verdict.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.saved_id is not None, timeout=10000)
    with CaseLog.open(tmp_path / "home") as log:
        row = log.get(window.saved_id)
    assert row["claimed_org"] == "Microsoft" and row["verdict"] == "likely_scam"
    assert row["notes"] == SCAM_TEXT


def test_the_window_remembers_its_size(qtbot, screener, tmp_path, settings):
    from scamscreen.ui.main_window import MainWindow

    first = MainWindow(screener, tmp_path / "home", settings)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(700, 500)  # within the offscreen screen (800x600)
    qtbot.waitUntil(lambda: first.width() == 700)
    first.close()
    again = MainWindow(screener, tmp_path / "home", settings)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)


def test_settings_are_one_click_away_and_apply_at_once(qtbot, window):
    window.show_page(window.settings_page)
    assert window.pages.currentWidget() is window.settings_page
    window.settings.setValue("trusted/name", "Daniel")
    window.settings.setValue("trusted/phone", "(555) 201-3344")
    window.settings_page.changed.emit()
    assert "Daniel" in window.check.verdict.trusted.text()
    assert window.check.verdict.trusted.isVisibleTo(window.check.verdict)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.check


def test_the_screens_can_be_chosen_from_the_keyboard(qtbot, window):
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.pages.currentWidget() is not window.check
    assert window.nav.accessibleName() == "Screens"


def test_ctrl_f_finds_a_saved_check_in_the_history(qtbot, window):
    describe_scam_call(qtbot, window)
    qtbot.mouseClick(window.check.verdict.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.saved_id is not None, timeout=10000)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.history
    assert window.history.search.hasFocus() or window.history.isAncestorOf(
        QApplication.focusWidget()
    )
    qtbot.waitUntil(lambda: window.history.model.rowCount() == 1, timeout=10000)


def test_every_focusable_widget_on_every_screen_has_an_accessible_name(qtbot, window):
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        page = window.pages.currentWidget()
        focusable = [
            w
            for w in page.findChildren(QWidget)
            if w.focusPolicy() != Qt.FocusPolicy.NoFocus
            and not w.objectName().startswith("qt_")
            and w.isVisibleTo(page)
        ]
        assert focusable, window.nav.item(row).text()
        unnamed = [
            f"{type(w).__name__} {w.objectName()!r} {getattr(w, 'text', lambda: '')()!r}"
            for w in focusable
            if not w.accessibleName()
        ]
        assert unnamed == [], (window.nav.item(row).text(), unnamed)
    assert window.nav.accessibleName()


def test_the_region_setting_reaches_the_history_search(qtbot, window, tmp_path):
    window.settings.setValue("region", "GB")
    window.settings_page.changed.emit()

    def stored() -> str | None:
        with CaseLog.open(tmp_path / "home") as log:
            return log.setting("region")

    qtbot.waitUntil(lambda: stored() == "GB", timeout=10000)


def test_each_alt_letter_on_the_check_screen_leads_to_one_place(window):
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    letters = []
    for widget in window.check.findChildren(QLabel) + window.check.findChildren(QAbstractButton):
        if widget.isVisibleTo(window.check):
            found = re.search(r"&(\w)", widget.text().replace("&&", ""))
            if found:
                letters.append(found.group(1).lower())
    assert letters and len(letters) == len(set(letters)), sorted(letters)


def test_a_link_hiding_characters_is_shown_escaped_never_as_the_name_it_fakes(qtbot, window):
    """A right-to-left override makes "moc.tfosorcim" read as microsoft.com on screen."""
    window.check.org.setText("Microsoft")
    # pasted (QTest cannot type a character that has no key)
    window.check.text.insertPlainText("Sign in again at https://\u202emoc.tfosorcim/ today")
    qtbot.waitUntil(lambda: "Links to" in window.check.found.text(), timeout=5000)
    found = window.check.found.text()
    assert "\\u202emoc.tfosorcim" in found and "\u202e" not in found
    details = window.check.verdict.text()
    window.check.verdict.more_button.click()  # all the reasons
    details = window.check.verdict.text()
    assert "hides characters you cannot see" in details
    assert "\u202e" not in details.replace(window.check.text.toPlainText(), "")
