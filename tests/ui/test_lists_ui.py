"""The scam lists in Settings, driven through the real widgets: Update now (against a
signed feed served on 127.0.0.1 with a test key), the FTC import and the person's own
block and allow lists. Every outcome is said in words, in plain text; every refusal and
every Cancel leaves the data and the lists exactly as they were."""

from __future__ import annotations

import importlib.util
import re
import sys
import threading
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QLabel,
    QWidget,
)

from scamscreen.core.data import data_dir
from scamscreen.feeds import active, ftc, signing
from scamscreen.store.lists import KnownLists
from scamscreen.ui.lists_page import (
    PROGRESS_STEPS,
    FtcImportDialog,
    UpdateDialog,
    UserListsDialog,
)
from scamscreen.ui.settings_page import SettingsPage


def _feed_helpers():
    """The feed server and signed-feed builders of tests/feeds/test_update.py, shared
    rather than copied (tests are not a package: loaded by path, once)."""
    name = "_scamscreen_feed_test_helpers"
    if name not in sys.modules:
        path = Path(__file__).resolve().parents[1] / "feeds" / "test_update.py"
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


feeds = _feed_helpers()
WAIT = 30_000  # ms: an update loads the new data with the screener before switching
FTC_HEADER = (
    "Company_Phone_Number,Created_Date,Violation_Date,Consumer_City,Consumer_State,"
    "Consumer_Area_Code,Subject,Recorded_Message_Or_Robocall\n"
)
TECH = "Computer & technical support"


def ftc_line(number: str, day: str = "2026-11-02") -> str:
    return f"{number},{day} 09:00:00,{day} 08:30:00,Austin,Texas,512,{TECH},N\n"


# -- fixtures ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture(scope="module")
def trusted(key) -> signing.TrustedKey:
    return signing.TrustedKey("test-key", signing.key_id(key.public_key()), key.public_key())


@pytest.fixture(autouse=True)
def test_key_trusted_at_start_up(monkeypatch, tmp_path, key):
    """The test key is trusted at start-up too (SCAMSCREEN_TRUSTED_KEYS), as a help
    desk's own key would be: an update it signed is then in use."""
    return feeds.trust_at_start_up(monkeypatch, tmp_path / "trusted-keys", key)


@pytest.fixture
def server():
    running = feeds.FeedServer()
    yield running
    running.close()


@pytest.fixture
def home(tmp_path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def make_page(qtbot, tmp_path, home, server, trusted):
    """Settings pointed at the test's feed server ("updates/source") and trusting the
    test key (`trusted_keys`), once everything it reads off the GUI thread is in."""

    def _make() -> SettingsPage:
        settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        settings.setValue("updates/source", server.url)
        page = SettingsPage(settings, home, trusted_keys=[trusted])
        qtbot.addWidget(page)
        page.resize(820, 700)
        page.show()
        qtbot.waitExposed(page)
        qtbot.waitUntil(lambda: page.retention_ready and page.lists_ready, timeout=WAIT)
        return page

    return _make


@pytest.fixture
def page(make_page):
    return make_page()


def recorder(signal) -> list[int]:
    seen: list[int] = []
    signal.connect(lambda *args: seen.append(1))
    return seen


def finished(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: bool(dialog.outcome), timeout=WAIT)


def state(home: Path) -> dict[str, str]:
    """The data in use, every file of the data folder and every list entry."""
    return feeds.snapshot(home, lists_bytes=False)


def in_words(text: str) -> None:
    assert text and "Traceback" not in text and "Error(" not in text and "Exception" not in text


def focusable(widget: QWidget) -> list[QWidget]:
    return [
        w
        for w in widget.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and not w.objectName().startswith("qt_")
    ]


def assert_names_and_mnemonics(dialog: QWidget) -> None:
    """Every control one can Tab to has an accessible name and an Alt+letter of its own
    (a field's or a table's is its label's)."""
    controls = focusable(dialog)
    assert controls
    assert [type(w).__name__ for w in controls if not w.accessibleName()] == []
    buddies = {label.buddy(): label.text() for label in dialog.findChildren(QLabel)}
    letters = []
    for widget in controls:
        text = widget.text() if isinstance(widget, QAbstractButton) else buddies.get(widget, "")
        assert "&" in text, widget.accessibleName()
        letters.append(re.search(r"&(\w)", text).group(1).lower())
    assert len(letters) == len(set(letters)), letters


# -- Update now --------------------------------------------------------------------------


def test_a_good_update_says_what_changed_and_settings_shows_the_new_version(
    qtbot, page, server, key, home
):
    assert "No update has been downloaded yet" in page.update_status.text()
    shipped = page.data_version.text()
    server.publish(feeds.signed(feeds.GOOD, 1, key))

    with qtbot.waitSignal(page.data_updated, timeout=WAIT):
        qtbot.mouseClick(page.update_button, Qt.MouseButton.LeftButton)
    dialog = page.update_dialog
    assert isinstance(dialog, UpdateDialog) and dialog.isVisible() and dialog.isModal()
    assert dialog.outcome == "done"
    assert "updated to version 1" in dialog.status.text()
    assert "2 known scam numbers" in dialog.status.text()
    assert dialog.progress.value() == PROGRESS_STEPS
    assert dialog.close_button.isVisible() and not dialog.cancel_button.isVisible()
    in_words(dialog.status.text())

    qtbot.waitUntil(lambda: page.lists_ready, timeout=WAIT)
    info = active.last_update(home)
    assert info["in_use"]
    assert "Last update: version 1" in page.update_status.text()
    assert "It is in use" in page.update_status.text()
    assert info["data_version"] in page.data_version.text()
    assert page.data_version.text() != shipped
    assert "(from update 1)" in page.data_version.text()
    assert "2 from updates" in page.lists_status.text()

    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_an_update_that_is_already_installed_says_so_and_changes_nothing(
    qtbot, make_page, server, key, trusted, home
):
    server.publish(feeds.signed(feeds.GOOD, 1, key))
    feeds.run_update(home, server, trusted)
    page = make_page()
    before = state(home)
    emitted = recorder(page.data_updated)
    page.update_button.click()
    finished(qtbot, page.update_dialog)
    assert "already up to date (version 1)" in page.update_dialog.status.text()
    assert emitted == [] and state(home) == before


def test_a_tampered_update_is_refused_in_words_and_nothing_changes(
    qtbot, make_page, server, key, trusted, home
):
    server.publish(feeds.signed(feeds.GOOD, 1, key))
    feeds.run_update(home, server, trusted)
    feed = feeds.signed({"vendors/other-co.json": feeds.vendor("other-co", "Other Co")}, 2, key)
    feed["vendors/other-co.json"] = feed["vendors/other-co.json"].replace(b"Other Co", b"Other Cx")
    server.publish(feed)
    page = make_page()
    before = state(home)
    shown = (page.update_status.text(), page.data_version.text(), page.lists_status.text())
    emitted = recorder(page.data_updated)

    page.update_button.click()
    dialog = page.update_dialog
    finished(qtbot, dialog)

    assert dialog.outcome == "failed"
    text = dialog.status.text()
    assert text.startswith("The update was refused because")
    assert "is not the one that was signed" in text and text.endswith("Nothing was changed.")
    assert dialog.status.textFormat() == Qt.TextFormat.PlainText
    assert "keeps using the lists it had" in dialog.detail.text()
    in_words(text)
    assert not dialog.progress.isVisible()
    assert emitted == []
    assert state(home) == before
    assert (page.update_status.text(), page.data_version.text(), page.lists_status.text()) == shown
    assert "Last update: version 1" in page.update_status.text()


def test_cancel_of_a_slow_update_leaves_everything_as_it_was(qtbot, page, server, key, home):
    feed = feeds.signed(feeds.GOOD, 1, key)
    server.publish(feed)
    body = feed["known-numbers.csv"]
    # The server sends the start of one file, then says nothing until it is released.
    server.route("known-numbers.csv", feeds.hang_after(body[:10], len(body), server))
    before = state(home)
    emitted = recorder(page.data_updated)

    page.update_button.click()
    dialog = page.update_dialog
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=WAIT)
    assert "Downloading the new lists" in dialog.status.text()
    assert dialog.cancel_button.isVisible() and dialog.cancel_button.isEnabled()

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape is Cancel, and does not close yet
    assert dialog.isVisible() and not dialog.cancel_button.isEnabled()
    assert "Stopping the update" in dialog.status.text()
    server.release.set()  # the stalled answer ends; the update sees Cancel and stops
    finished(qtbot, dialog)

    assert dialog.outcome == "cancelled"
    assert dialog.status.text() == "The update was cancelled: nothing was changed."
    assert emitted == []
    assert state(home) == before
    assert active.last_update(home) is None
    assert not [p for p in active.updates_dir(home).iterdir() if p.name.startswith(".staging")]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # now Escape closes
    assert not dialog.isVisible()


def test_cancel_against_a_server_trickling_its_headers_returns_within_2_seconds(
    qtbot, page, server, key, home
):
    """A server that sends its status line and headers a byte at a time never trips a
    read timeout; Cancel still ends the update at once, and a new one can start."""
    import time

    server.publish(feeds.signed(feeds.GOOD, 1, key))
    server.route("manifest.sig", feeds.trickled_headers(server))
    before = state(home)

    page.update_button.click()
    dialog = page.update_dialog
    qtbot.waitUntil(feeds._entered(server).is_set, timeout=WAIT)
    pressed = time.monotonic()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.outcome), timeout=2000)
    assert time.monotonic() - pressed < 2.0
    assert dialog.outcome == "cancelled"
    assert dialog.status.text() == "The update was cancelled: nothing was changed."
    assert state(home) == before
    assert feeds.lock_is_free(home)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_an_address_that_is_not_https_is_refused_before_anything_is_sent(qtbot, page, server, home):
    page.settings.setValue("updates/source", "http://updates.example.org/feed/")
    before = state(home)
    page.update_button.click()
    finished(qtbot, page.update_dialog)
    assert "use an https:// address" in page.update_dialog.status.text()
    assert server.requests == [] and state(home) == before


def test_the_update_dialog_has_names_and_mnemonics(qtbot, page, server, key):
    server.publish(feeds.signed(feeds.GOOD, 1, key))
    page.update_button.click()
    dialog = page.update_dialog
    assert_names_and_mnemonics(dialog)
    finished(qtbot, dialog)
    assert_names_and_mnemonics(dialog)


# -- the FTC import ----------------------------------------------------------------------


def choose_file(monkeypatch, path: Path | None) -> None:
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        lambda *args, **kwargs: (str(path) if path else "", ""),
    )


def scam_entries(home: Path) -> list:
    with KnownLists.open(home) as lists:
        return [
            (e["value"], e["source"], e["reports"])
            for e in lists.entries(list_name="scam", limit=1000)
        ]


def test_an_ftc_import_says_how_many_numbers_and_which_line_was_skipped(
    qtbot, monkeypatch, page, tmp_path, home
):
    path = tmp_path / "dnc-2026-11-02.csv"
    path.write_text(
        FTC_HEADER
        + ftc_line("8445550199")  # line 2
        + ftc_line("2025550143")  # 3
        + ftc_line("<b>0000</b>")  # 4: not a number
        + ftc_line("8445550199")  # 5
        + ftc_line("3125550172"),  # 6
        encoding="utf-8",
    )
    choose_file(monkeypatch, path)

    with qtbot.waitSignal(page.data_updated, timeout=WAIT):
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    dialog = page.ftc_dialog
    assert isinstance(dialog, FtcImportDialog) and dialog.outcome == "done"
    text = dialog.status.text()
    assert text.startswith("Done. 3 new numbers were added to your scam lists.")
    assert "The file held 5 reports" in text
    assert "1 line could not be used and was skipped" in text
    assert dialog.detail.isVisible()
    assert dialog.detail.text().startswith("• Line 4: '<b>0000</b>' is not a phone number")
    assert dialog.detail.textFormat() == Qt.TextFormat.PlainText
    in_words(text)
    assert sorted(scam_entries(home)) == [
        ("+12025550143", "ftc", 1),
        ("+13125550172", "ftc", 1),
        ("+18445550199", "ftc", 2),
    ]
    qtbot.waitUntil(lambda: page.lists_ready, timeout=WAIT)
    assert "3 from FTC complaints you imported" in page.lists_status.text()
    assert "Last FTC import: dnc-2026-11-02.csv" in page.lists_status.text()
    assert_names_and_mnemonics(dialog)

    # The same file again adds nothing, and says so.
    emitted = recorder(page.data_updated)
    page.import_button.click()
    finished(qtbot, page.ftc_dialog)
    assert "imported before, so nothing was added" in page.ftc_dialog.status.text()
    assert emitted == []


def test_a_file_that_is_not_the_ftc_format_is_refused_in_words(
    qtbot, monkeypatch, page, tmp_path, home
):
    path = tmp_path / "letter.csv"
    path.write_text("Dear grandson,\nplease send gift cards\n", encoding="utf-8")
    choose_file(monkeypatch, path)
    before = state(home)
    page.import_button.click()
    finished(qtbot, page.ftc_dialog)
    assert page.ftc_dialog.outcome == "failed"
    assert "Nothing was" in page.ftc_dialog.status.text()
    in_words(page.ftc_dialog.status.text())
    assert state(home) == before


def test_no_file_chosen_opens_nothing(monkeypatch, page):
    choose_file(monkeypatch, None)
    page.import_button.click()
    assert page.ftc_dialog is None


def test_cancel_of_an_ftc_import_leaves_the_lists_as_they_were(qtbot, tmp_path, home):
    earlier = tmp_path / "earlier.csv"
    earlier.write_text(FTC_HEADER + ftc_line("8445550199"), encoding="utf-8")
    with KnownLists.open(home) as lists:
        ftc.import_file(lists, earlier)
    before = state(home)
    path = tmp_path / "dnc.csv"
    path.write_text(
        FTC_HEADER + "".join(ftc_line(f"844555{n:04d}") for n in range(100, 600)),
        encoding="utf-8",
    )

    dialog = FtcImportDialog(home, path)
    qtbot.addWidget(dialog)
    reached, go_on = threading.Event(), threading.Event()

    def hold(_values: tuple) -> None:  # on the import's thread: wait for the click
        reached.set()
        go_on.wait(WAIT / 1000)

    dialog.job.progressed.connect(hold, Qt.ConnectionType.DirectConnection)
    emitted = recorder(dialog.imported)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(reached.is_set, timeout=WAIT)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.cancel_button.isEnabled()
    go_on.set()
    finished(qtbot, dialog)

    assert dialog.outcome == "cancelled"
    assert "Nothing was changed" in dialog.status.text()
    assert emitted == []
    assert state(home) == before
    assert scam_entries(home) == [("+18445550199", "ftc", 1)]


# -- the own block and allow lists -------------------------------------------------------


def open_own_lists(qtbot, page) -> UserListsDialog:
    qtbot.mouseClick(page.own_lists_button, Qt.MouseButton.LeftButton)
    dialog = page.own_lists_dialog
    assert isinstance(dialog, UserListsDialog) and dialog.isVisible()
    qtbot.waitUntil(dialog.is_idle, timeout=WAIT)
    return dialog


def type_entry(qtbot, dialog: UserListsDialog, value: str, note: str = "") -> None:
    dialog.value.clear()
    dialog.note.clear()
    qtbot.keyClicks(dialog.value, value)
    if note:
        qtbot.keyClicks(dialog.note, note)


def own_entries(home: Path) -> list:
    with KnownLists.open(home) as lists:
        return sorted(
            (e["list"], e["value"], e["note"])
            for name in ("block", "allow")
            for e in lists.entries(list_name=name)
        )


def table(dialog: UserListsDialog) -> list[tuple[str, ...]]:
    return [
        tuple(dialog.table.item(row, column).text() for column in range(3))
        for row in range(dialog.table.rowCount())
    ]


def test_adding_and_removing_on_the_own_lists(qtbot, page, home):
    dialog = open_own_lists(qtbot, page)
    assert dialog.table.rowCount() == 0 and dialog.empty.isVisible()
    changed = recorder(page.data_updated)

    # A number that cannot exist: the reason next to the field, nothing saved.
    type_entry(qtbot, dialog, "12", "too short")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.value_problem.isVisible(), timeout=WAIT)
    assert "'12' is not a phone number that can exist" in dialog.value_problem.text()
    assert dialog.value_problem.text().endswith("Nothing was saved.")
    in_words(dialog.value_problem.text())
    assert dialog.value.text() == "12"  # kept, to be corrected
    assert own_entries(home) == [] and changed == []

    # A number, blocked, with a note that looks like HTML: shown as typed.
    type_entry(qtbot, dialog, "(844) 555-0199", "<b>x</b>")
    with qtbot.waitSignal(dialog.changed, timeout=WAIT):
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.is_idle, timeout=WAIT)
    assert not dialog.value_problem.isVisible()
    assert dialog.status.text() == "+1 844-555-0199 is now on your block list."
    assert table(dialog) == [("Blocked", "+1 844-555-0199", "<b>x</b>")]
    assert own_entries(home) == [("block", "+18445550199", "<b>x</b>")]

    # A website, allowed.
    dialog.allow_choice.click()
    type_entry(qtbot, dialog, "https://www.my-bank.com/help")
    with qtbot.waitSignal(dialog.changed, timeout=WAIT):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.is_idle, timeout=WAIT)
    assert ("Allowed", "my-bank.com", "") in table(dialog)

    # The blocked number moved to the allow list says so.
    type_entry(qtbot, dialog, "844 555 0199", "my real bank after all")
    with qtbot.waitSignal(dialog.changed, timeout=WAIT):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.is_idle, timeout=WAIT)
    assert "It was taken off your block list." in dialog.status.text()
    assert own_entries(home) == [
        ("allow", "+18445550199", "my real bank after all"),
        ("allow", "my-bank.com", ""),
    ]
    assert len(changed) == 3  # Settings told the main window each time

    # Remove: asks first; No keeps it.
    row = next(i for i, cells in enumerate(table(dialog)) if cells[1] == "my-bank.com")
    assert not dialog.remove_button.isEnabled()
    dialog.table.selectRow(row)
    assert dialog.remove_button.isEnabled()
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    box = dialog.confirm
    assert box is not None and box.isVisible()
    assert box.text() == "Take my-bank.com off your allow list?"
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert_names_and_mnemonics(box)
    qtbot.mouseClick(dialog.confirm_no, Qt.MouseButton.LeftButton)
    assert len(own_entries(home)) == 2

    # ...and Yes takes it off.
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.changed, timeout=WAIT):
        qtbot.mouseClick(dialog.confirm_yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.is_idle, timeout=WAIT)
    assert dialog.status.text() == "my-bank.com was taken off your allow list."
    assert own_entries(home) == [("allow", "+18445550199", "my real bank after all")]
    assert table(dialog) == [("Allowed", "+1 844-555-0199", "my real bank after all")]
    qtbot.waitUntil(lambda: page.lists_ready, timeout=WAIT)
    assert "Your own lists: 0 blocked, 1 allowed." in page.lists_status.text()


def test_html_in_what_is_typed_is_shown_literally(qtbot, page, home):
    dialog = open_own_lists(qtbot, page)
    type_entry(qtbot, dialog, "<b>x</b>")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.value_problem.isVisible(), timeout=WAIT)
    assert "'<b>x</b>' is not a web address or domain" in dialog.value_problem.text()
    for shown in dialog.findChildren(QLabel):
        if shown.text() and not shown.buddy():  # a field's caption is ours, with its &
            assert shown.textFormat() == Qt.TextFormat.PlainText, shown.text()
    assert own_entries(home) == []


def test_an_empty_entry_asks_for_a_number(qtbot, page, home):
    dialog = open_own_lists(qtbot, page)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.value_problem.text() == "Type a phone number or a website first."
    assert own_entries(home) == []


def test_the_own_lists_dialog_has_names_and_mnemonics(qtbot, page):
    dialog = open_own_lists(qtbot, page)
    dialog.table.setFocus()
    assert_names_and_mnemonics(dialog)
    assert dialog.table.accessibleName()


# -- Settings ----------------------------------------------------------------------------


def test_settings_says_what_the_lists_hold_in_words(page, home):
    shipped = active.fingerprint(data_dir())[:12]
    assert page.data_version.text() == (
        f"For a helper: the data in use is the data that came with ScamScreen, version {shipped}."
    )
    assert "No update has been downloaded yet" in page.update_status.text()
    assert "The scam lists are empty for now" in page.lists_status.text()
    assert "Your own lists: 0 blocked, 0 allowed." in page.lists_status.text()
    for shown in (page.lists_status, page.update_status, page.data_version):
        assert shown.textFormat() == Qt.TextFormat.PlainText
        assert shown.accessibleDescription() and not shown.accessibleName()  # read as it is


def test_settings_says_when_the_last_update_is_not_in_use(
    qtbot, make_page, server, key, trusted, home
):
    server.publish(feeds.signed(feeds.GOOD, 1, key))
    feeds.run_update(home, server, trusted)
    pointer = active.read_pointer(home)
    damaged = home / "updates" / pointer["folder"] / "data" / "advice.json"
    damaged.write_text("{}", encoding="utf-8")
    page = make_page()
    assert (
        "It is not in use: The installed update did not match what was signed"
        in page.update_status.text()
    )
    assert "the data in use is the data that came with ScamScreen" in page.data_version.text()


def test_update_now_works_with_automatic_checks_turned_off(qtbot, page, server, key):
    page.updates.setChecked(False)
    server.publish(feeds.signed(feeds.GOOD, 1, key))
    assert page.update_button.isEnabled()
    with qtbot.waitSignal(page.data_updated, timeout=WAIT):
        page.update_button.click()


# -- at 200% text --------------------------------------------------------------------------


def clipped(root: QWidget) -> list[str]:
    """Visible labels and buttons of `root` smaller than their text needs (as in
    test_text_size.py)."""
    from PySide6.QtWidgets import QApplication

    QApplication.sendPostedEvents()
    QApplication.processEvents()
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.wordWrap():
            if widget.height() < widget.heightForWidth(widget.width()):
                problems.append(repr(widget.text()[:40]))
        elif isinstance(widget, QLabel | QAbstractButton) and widget.text():
            hint = widget.minimumSizeHint()
            if widget.width() < hint.width() or widget.height() < hint.height():
                problems.append(repr(widget.text()[:40]))
    return problems


def test_at_200_percent_nothing_in_the_dialogs_is_clipped(
    qtbot, app_appearance, monkeypatch, page, tmp_path
):
    from scamscreen.ui.settings_page import apply_appearance

    page.settings.setValue("text_scale", 200)
    apply_appearance(app_appearance, page.settings, app_appearance.font().pointSizeF())
    page.settings.setValue("updates/source", "http://updates.example.org/feed/")
    page.update_button.click()
    finished(qtbot, page.update_dialog)
    assert clipped(page.update_dialog) == []

    path = tmp_path / "dnc.csv"
    path.write_text(FTC_HEADER + ftc_line("8445550199") + ftc_line("12"), encoding="utf-8")
    choose_file(monkeypatch, path)
    page.import_button.click()
    finished(qtbot, page.ftc_dialog)
    assert page.ftc_dialog.detail.isVisible()
    assert clipped(page.ftc_dialog) == []

    dialog = open_own_lists(qtbot, page)
    type_entry(qtbot, dialog, "12")
    dialog.add_button.click()
    qtbot.waitUntil(lambda: dialog.value_problem.isVisible() and dialog.is_idle(), timeout=WAIT)
    assert clipped(dialog) == []


def test_a_change_to_the_lists_reaches_the_check_on_screen(qtbot, window, tmp_path):
    """Settings says the lists changed: the main window screens the contact again."""
    from scamscreen.store.lists import KnownLists

    window.load_data()  # (as the app does after its first paint)
    window.check.phone.setText("(844) 555-0111")
    qtbot.waitUntil(lambda: window.check.result is not None, timeout=10000)
    assert "blocked_number" not in [f.id for f in window.check.result.findings]
    with KnownLists.open(tmp_path / "home") as lists:
        lists.add("number", "+1 844 555 0111", "block", note="rang Mum as 'Windows'")
    window.settings_page.data_updated.emit()
    qtbot.waitUntil(
        lambda: "blocked_number" in [f.id for f in window.check.result.findings], timeout=10000
    )


def test_the_automatic_check_updates_once_a_day_and_only_when_allowed(
    qtbot, window, server, key, trusted, tmp_path
):
    from scamscreen.feeds import team

    share = tmp_path / "share"
    share.mkdir()
    (share / "numbers.csv").write_text(
        "number,source,note\n+1 844 555 0133,https://helpdesk.example/1,Pop-up line\n",
        encoding="utf-8",
    )
    with KnownLists.open(tmp_path / "home") as lists:
        team.team_lists(lists)  # (none yet)
        lists.set_meta(team.PREFIX + "helpdesk", str(share))  # set up, never read yet
    window.settings.setValue("updates/source", server.url)
    server.publish(feeds.signed(feeds.GOOD, 1, key))

    window.settings.setValue("updates/enabled", False)
    window.check_for_updates(trusted_keys=[trusted])
    assert server.requests == [] and active.installed_version(window.home) is None

    window.settings.setValue("updates/enabled", True)
    window.check_for_updates(trusted_keys=[trusted])
    bar = window.statusBar()
    qtbot.waitUntil(lambda: "updated (version 1)" in bar.currentMessage(), timeout=WAIT)
    assert active.installed_version(window.home) == 1
    qtbot.waitUntil(lambda: window.screener is not None and window.lists is not None)
    assert window.screener.directory.match("Acme Secure") is not None  # the data in use
    with KnownLists.open(tmp_path / "home") as lists:
        assert lists.count("scam", search="8445550133") == 1  # the team list was read

    asked = len(server.requests)
    window.check_for_updates(trusted_keys=[trusted])  # the same day: not again
    assert len(server.requests) == asked


def test_without_an_update_server_the_automatic_check_does_nothing(qtbot, window, monkeypatch):
    """A copy built without an update server (a checkout is one) never checks by
    itself, even with "Check for updates" stored on by an older version."""
    from scamscreen.feeds import update as update_module

    def no_update(*args, **kwargs):
        raise AssertionError("an update was attempted")

    monkeypatch.setattr(update_module, "update", no_update)
    window.settings.setValue("updates/enabled", True)
    window.check_for_updates()
    qtbot.wait(200)
    assert window.settings.value("updates/last_check") is None
    assert window.statusBar().currentMessage() == ""
