"""For families and help desks, through the real widgets: simple mode and its PIN, the
trusted person on every warning, the help desk's fields and this week's repeats, the
shareable summary (redacted) and the reminder card."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication

from scamscreen.core.contact import parse_contact
from scamscreen.store import CaseLog
from scamscreen.ui import family

SCAM_TEXT = "He said my computer has a virus and wanted me to install AnyDesk. Call 1-844-555-0199"


def describe_scam_call(qtbot, window) -> None:
    qtbot.mouseClick(window.check.channel_buttons["phone_inbound"], Qt.MouseButton.LeftButton)
    window.check.org.setText("Microsoft")
    qtbot.keyClicks(window.check.text, SCAM_TEXT)
    qtbot.waitUntil(lambda: "scam" in window.check.verdict.headline.text().lower(), timeout=5000)


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def turn_on_simple_mode(window, pin: str = "2468") -> None:
    page = window.settings_page
    page.simple_pin.setText(pin)
    page.simple_pin_again.setText(pin)
    page.simple_button.click()


def visible_rows(window) -> list[str]:
    return [
        window.nav.item(row).text()
        for row in range(window.nav.count())
        if not window.nav.isRowHidden(row)
    ]


def menu_actions(window) -> list[str]:
    return [
        action.text()
        for menu in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu()))
        for action in menu.actions()
        if action.isVisible() and not action.isSeparator()
    ]


# -- simple mode -----------------------------------------------------------------------------


def test_simple_mode_hides_the_rest(qtbot, window):
    assert visible_rows(window) == ["Check a contact", "History", "Settings"]
    window.show_page(window.settings_page)
    window.settings_page.helpdesk.setChecked(True)
    turn_on_simple_mode(window)
    assert visible_rows(window) == ["Check a contact"]
    assert not window.check.ticket_ref.isVisibleTo(window)  # the help desk's fields too
    assert not window.nav.isVisible()  # one screen: no list of screens
    assert window.pages.currentWidget() is window.check
    assert not window.find_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.check  # Ctrl+F does nothing now
    visible = menu_actions(window)
    assert "&Find in history" not in visible and "&About ScamScreen" not in visible
    assert "&Leave simple mode…" in visible and "&New check" in visible
    # the check, its verdict and the checklist are all still there
    describe_scam_call(qtbot, window)
    assert window.check.verdict.verify_button.isEnabled()
    assert window.check.verdict.recovery_button.isEnabled()


def test_simple_mode_survives_a_restart(qtbot, screener, tmp_path, window, settings):
    from scamscreen.ui.main_window import MainWindow

    turn_on_simple_mode(window)
    window.close()
    again = MainWindow(
        screener,
        tmp_path / "home",
        QSettings(settings.fileName(), QSettings.Format.IniFormat),
    )
    qtbot.addWidget(again)
    assert visible_rows(again) == ["Check a contact"]
    assert not again.find_action.isEnabled()


def test_the_pin_protects_leaving_simple_mode(qtbot, window):
    turn_on_simple_mode(window, "2468")
    clock = Clock()
    window.leave_simple_mode(clock)
    dialog = window.pin_dialog
    assert dialog.isVisible() and dialog.pin.accessibleName() == "PIN"
    dialog.pin.setText("1111")
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert "not right" in dialog.message.text()
    assert visible_rows(window) == ["Check a contact"]
    for _ in range(4):  # five wrong tries in all
        dialog.pin.setText("0000")
        dialog.ok_button.click()
    assert "wait 30 seconds" in dialog.message.text()
    dialog.pin.setText("2468")  # even the right PIN waits
    dialog.ok_button.click()
    assert dialog.isVisible() and "wait" in dialog.message.text()
    clock.now += 31
    dialog.pin.setText("2468")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert visible_rows(window) == ["Check a contact", "History", "Settings"]
    assert window.find_action.isEnabled()
    assert not window.leave_simple_action.isVisible()


def test_cancel_stays_in_simple_mode(qtbot, window):
    turn_on_simple_mode(window)
    window.leave_simple_mode(Clock())
    window.pin_dialog.cancel_button.click()
    assert visible_rows(window) == ["Check a contact"]


def test_the_pin_is_not_stored_in_plain_text(window, settings):
    turn_on_simple_mode(window, "73915")
    settings.sync()
    written = Path(settings.fileName()).read_text(encoding="utf-8")
    assert "73915" not in written
    assert all("73915" not in str(settings.value(key)) for key in settings.allKeys())
    assert family.PinLock(settings, Clock()).attempt("73915") == family.PinLock.OK


def test_a_pin_must_be_4_to_8_digits_typed_twice_alike(qtbot, window):
    page = window.settings_page
    for pin, again in (("123", "123"), ("1234", "1235")):
        page.simple_pin.setText(pin)
        page.simple_pin_again.setText(again)
        page.simple_button.click()
        assert page.simple_status.isVisibleTo(page)
        assert visible_rows(window) == ["Check a contact", "History", "Settings"]
    page.simple_pin.clear()
    qtbot.keyClicks(page.simple_pin, "12a4")  # only digits can be typed
    assert page.simple_pin.text() == "124"


# -- the trusted person on every warning -----------------------------------------------------


def test_the_trusted_person_is_named_on_every_warning_but_not_on_no_red_flags(
    qtbot, window, screener
):
    window.settings.setValue("trusted/name", "Daniel")
    window.settings.setValue("trusted/phone", "(555) 201-3344")
    window.settings_page.changed.emit()
    verdict = window.check.verdict
    expected = "Before you pay anyone or let anyone in, call Daniel: (555) 201-3344"
    for fields, wanted in (
        ({"channel": "popup", "text": SCAM_TEXT}, "likely_scam"),
        ({"channel": "phone_inbound", "claimed_org": "Microsoft"}, "suspicious"),
        (
            {"channel": "phone_outbound", "text": "I called my pharmacy about a refill"},
            "no_red_flags",
        ),
    ):
        result = screener.screen(parse_contact(fields))
        assert result.verdict == wanted
        verdict.show_result(result)
        shown = verdict.trusted.isVisibleTo(verdict)
        assert shown == (wanted != "no_red_flags"), wanted
        if shown:
            assert verdict.trusted.text() == expected


def test_a_warning_without_a_trusted_person_still_says_to_call_someone(window, screener):
    verdict = window.check.verdict
    verdict.show_result(screener.screen(parse_contact({"channel": "popup", "text": SCAM_TEXT})))
    assert verdict.trusted.isVisibleTo(verdict)
    assert "call someone you trust" in verdict.trusted.text()


# -- help desks ------------------------------------------------------------------------------


def test_help_desk_fields_are_saved_with_the_contact_and_cleared_by_ctrl_n(qtbot, window, tmp_path):
    assert not window.check.ticket_ref.isVisibleTo(window)
    window.settings_page.helpdesk.setChecked(True)
    assert window.check.ticket_ref.isVisibleTo(window)
    window.show_page(window.check)
    window.check.ticket_ref.setText("HD-1042")
    window.check.staff_member.setText("Ana")
    window.check.reported_by.setText("Mr Jones, room 4")
    describe_scam_call(qtbot, window)
    window.check.verdict.save_button.click()
    qtbot.waitUntil(lambda: window.saved_id is not None, timeout=10000)
    with CaseLog.open(tmp_path / "home") as log:
        row = log.get(window.saved_id)
    assert (row["ticket_ref"], row["staff_member"], row["reported_by"]) == (
        "HD-1042",
        "Ana",
        "Mr Jones, room 4",
    )
    window.activateWindow()  # (offscreen, the window can lose activation meanwhile)
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.check.ticket_ref.text() == window.check.reported_by.text() == ""
    assert window.check.staff_member.text() == "Ana"  # the same person logs the next one
    assert window.check.reported_by.text() == ""


def test_the_week_view_lists_a_repeated_number(qtbot, window, screener, tmp_path):
    with CaseLog.open(tmp_path / "home") as log:
        for fields in (
            {"channel": "phone_inbound", "phone": "+1 844 555 0199"},
            {"channel": "popup", "text": "VIRUS ALERT call 1-844-555-0199"},
            {"channel": "email", "text": "Your Norton renewed, call 1-877-555-0123"},
        ):
            contact = parse_contact(fields)
            log.add(contact, screener.screen(contact), data_version="t")
    history = window.history
    assert not history.week_view.isVisibleTo(history)
    window.settings_page.helpdesk.setChecked(True)
    window.show_page(history)
    assert history.week_view.isVisibleTo(history)
    qtbot.waitUntil(lambda: "+1 844-555-0199" in history.repeated.text(), timeout=10000)
    assert "2 contacts" in history.repeated.text()
    assert "555-0123" not in history.repeated.text()


# -- the shareable summary -------------------------------------------------------------------


def test_a_shared_summary_leaves_out_the_users_details_by_default(
    qtbot, window, screener, tmp_path
):
    notes = (
        "Caller asked for Maria Lopez and wanted maria@example.org confirmed. He read my "
        "number 555 201 3344 back to me and asked for account number 12345678 and card "
        "4111 1111 1111 1111. Call 1-844-555-0199."
    )
    with CaseLog.open(tmp_path / "home") as log:
        log.set_setting("user_name", "Maria Lopez")
        log.set_setting("user_email", "maria@example.org")
        log.set_setting("user_phone", "555 201 3344")
        contact = parse_contact({"channel": "phone_inbound", "text": notes})
        contact_id = log.add(contact, screener.screen(contact), data_version="t").id
    history = window.history
    window.show_page(history)
    history.share(contact_id)
    qtbot.waitUntil(lambda: history.share_dialog is not None, timeout=10000)
    dialog = history.share_dialog
    assert dialog.redact.isChecked()
    text = dialog.text.toPlainText()
    for secret in ("Maria", "Lopez", "maria@example.org", "201 3344", "12345678", "4111"):
        assert secret not in text, secret
    assert "1-844-555-0199" in text  # the scammer's number is the evidence
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == text
    dialog.redact.setChecked(False)
    assert "Maria Lopez" in dialog.text.toPlainText()

    history.share(None)  # the last 30 days
    qtbot.waitUntil(lambda: history.share_dialog is not dialog, timeout=10000)
    month = history.share_dialog.text.toPlainText()
    assert "in the last 30 days" in month
    assert "Maria" not in month and "12345678" not in month


# -- the reminder card ----------------------------------------------------------------------


def test_the_reminder_card_is_written_as_a_pdf(qapp, tmp_path):
    heading, reminders, who = family.card_lines("Daniel (son)", "(202) 555-0143")
    assert "Microsoft will never call you." in reminders
    assert "Nobody legitimate asks for gift cards." in reminders
    assert "(202) 555-0143" in who
    path = family.write_card_pdf(tmp_path / "card.pdf", heading, reminders, who)
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000


def test_history_opens_the_report_of_the_chosen_contact(qtbot, window, screener, tmp_path):
    with CaseLog.open(tmp_path / "home") as log:
        contact = parse_contact(
            {"channel": "phone_inbound", "claimed_org": "Microsoft", "text": "install AnyDesk"}
        )
        log.add(contact, screener.screen(contact), data_version="test")
        log.set_setting("region", "GB")
    window.show_page(window.history)
    page = window.history
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.report_button.isEnabled(), timeout=10000)
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.report_dialog is not None, timeout=10000)
    text = page.report_dialog.report.to_text()
    assert "Action Fraud" in text and "Microsoft" in text
    page.report_dialog.close()


def test_the_reminder_card_speaks_the_app_s_language(qapp):
    from scamscreen.ui import translations

    try:
        translations.install(qapp, "es")
        heading, reminders, _who = family.card_lines("", "")
        assert heading == "Deténgase y compruebe"
        assert reminders[0] == "Microsoft nunca lo va a llamar."
    finally:
        translations.install(qapp, "en")
