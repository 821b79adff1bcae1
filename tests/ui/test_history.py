"""The History screen, driven through the real widgets on a real case log."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from scamscreen.core.contact import parse_contact
from scamscreen.store import CaseLog
from scamscreen.ui.history_page import PAGE_SIZE, WEEKS, HistoryPage, last_weeks

# (name, days ago, contact fields)
CONTACTS = [
    (
        "tech_support_call",
        1,
        {
            "channel": "phone_inbound",
            "claimed_org": "Microsoft",
            "phone": "+1 844 555 0199",
            "text": "He said my computer has a virus and wanted me to install AnyDesk.",
        },
    ),
    (
        "popup",
        9,
        {
            "channel": "popup",
            "claimed_org": "Microsoft",
            "text": "Your computer is locked. Call Microsoft support now at 1-844-555-0199.",
        },
    ),
    (
        "parcel",
        20,
        {
            "channel": "sms",
            "claimed_org": "<i>Amazon</i>",
            "phone": "+1 206 555 0143",
            "text": "Your parcel fee is overdue <b>x</b>, pay it with gift cards today.",
        },
    ),
    (
        "dentist",
        40,
        {
            "channel": "email",
            "claimed_org": "Riverside Dental",
            "text": "A reminder of your appointment on Tuesday at 10.",
        },
    ),
]


def stamp(days_ago: int) -> str:
    moment = datetime.now(UTC) - timedelta(days=days_ago, minutes=5)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def save(log: CaseLog, screener, days_ago: int, **fields) -> int:
    contact = parse_contact(fields)
    result = screener.screen(contact)
    return log.add(
        contact, result, data_version=screener.data_version, contacted_at=stamp(days_ago)
    ).id


@pytest.fixture
def home(tmp_path):
    return tmp_path / "home"


@pytest.fixture
def ids(home, screener) -> dict[str, int]:
    with CaseLog.open(home) as log:
        return {name: save(log, screener, days, **fields) for name, days, fields in CONTACTS}


def open_page(qtbot, home) -> HistoryPage:
    page = HistoryPage(home)
    qtbot.addWidget(page)
    page.resize(800, 600)  # the offscreen screen's size: a small laptop
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def page(qtbot, home, ids):
    opened = open_page(qtbot, home)
    qtbot.waitUntil(lambda: opened.model.rowCount() == len(CONTACTS), timeout=10000)
    yield opened
    opened.close_log()


def shown(page: HistoryPage, column: int) -> list[str]:
    model = page.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def select(qtbot, page: HistoryPage, contact_id: int) -> None:
    row = page.model.row_of(contact_id)
    assert row is not None
    page.table.selectRow(row)
    qtbot.waitUntil(lambda: page.seen_before.text() not in ("", "Looking…"), timeout=5000)


def test_the_list_is_newest_first_in_plain_words(page, ids):
    assert shown(page, 2) == ["Microsoft", "Microsoft", "<i>Amazon</i>", "Riverside Dental"]
    assert shown(page, 4) == ["They called", "Pop-up", "Text message", "Email"]
    assert set(shown(page, 5)) == {"Not sure yet"}
    assert set(shown(page, 1)) <= {"Likely scam", "Suspicious", "No warning signs"}
    assert shown(page, 3)[0] == "+1 844 555 0199"
    first = page.model.index(0, 0)
    assert first.data(Qt.ItemDataRole.AccessibleTextRole)  # a long date, for screen readers
    assert page.count_label.text() == "4 contacts"


def test_the_list_is_read_a_page_at_a_time(qtbot, home, ids, monkeypatch, add_copies):
    with CaseLog.open(home) as log:
        template = log.get(ids["tech_support_call"])
        add_copies(log, template, 1000)
    asked: list[tuple[int, int]] = []
    search = CaseLog.search

    def counting_search(self, *args, limit=100, offset=0, **kwargs):
        asked.append((limit, offset))
        return search(self, *args, limit=limit, offset=offset, **kwargs)

    monkeypatch.setattr(CaseLog, "search", counting_search)

    page = open_page(qtbot, home)
    qtbot.waitUntil(lambda: page.model.rowCount() == PAGE_SIZE, timeout=10000)
    qtbot.waitUntil(lambda: page.count_label.text() != "", timeout=5000)
    qtbot.waitUntil(page.is_idle)
    assert page.model.rowCount() == PAGE_SIZE  # one page, although the view is showing
    assert asked == [(PAGE_SIZE, 0)]
    assert "".join(c for c in page.count_label.text() if c.isdigit()) == "1004"

    assert page.model.canFetchMore(QModelIndex())
    page.model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 * PAGE_SIZE, timeout=5000)

    page.table.scrollToBottom()  # the view asks for the next page as it reaches the end
    qtbot.waitUntil(lambda: page.model.rowCount() == 3 * PAGE_SIZE, timeout=5000)
    qtbot.waitUntil(page.is_idle)
    assert page.model.rowCount() == 3 * PAGE_SIZE
    assert asked == [(PAGE_SIZE, 0), (PAGE_SIZE, PAGE_SIZE), (PAGE_SIZE, 2 * PAGE_SIZE)]
    page.close_log()


def test_typing_in_the_search_box_filters_the_list(qtbot, page, ids):
    qtbot.keyClicks(page.search, "anyd")
    assert page.model.rowCount() == len(CONTACTS)  # not yet: the search waits for a pause
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert shown(page, 2) == ["Microsoft"]
    assert page.model.contact(0)["id"] == ids["tech_support_call"]
    qtbot.waitUntil(lambda: page.count_label.text() == "1 contact", timeout=5000)

    page.search.setText("(844) 555-0199")  # a number, however it is written
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    assert {page.model.contact(r)["id"] for r in range(2)} == {
        ids["tech_support_call"],
        ids["popup"],
    }

    page.search.setText("nothing like this")
    qtbot.waitUntil(lambda: page.count_label.text() == "No contacts match.", timeout=5000)
    assert page.model.rowCount() == 0

    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == len(CONTACTS), timeout=5000)


def test_the_verdict_and_outcome_filters(qtbot, page, home):
    combo = page.verdict_filter
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All",
        "Likely scam",
        "Suspicious",
        "No warning signs",
    ]
    with CaseLog.open(home) as log:
        scams = log.count(verdict="likely_scam")
    assert 0 < scams < len(CONTACTS)
    combo.setCurrentIndex(combo.findData("likely_scam"))
    qtbot.waitUntil(lambda: page.model.rowCount() == scams, timeout=5000)
    assert set(shown(page, 1)) == {"Likely scam"}
    qtbot.waitUntil(lambda: page.count_label.text().startswith(f"{scams} contact"), timeout=5000)

    page.outcome_filter.setCurrentIndex(page.outcome_filter.findData("genuine"))
    qtbot.waitUntil(lambda: page.count_label.text() == "No contacts match.", timeout=5000)
    assert page.model.rowCount() == 0
    page.outcome_filter.setCurrentIndex(0)
    combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.model.rowCount() == len(CONTACTS), timeout=5000)


def test_a_chosen_contact_shows_its_notes_and_findings_as_plain_text(qtbot, page, ids):
    assert not page.notes.isVisible()  # nothing chosen yet
    select(qtbot, page, ids["parcel"])
    assert page.notes.isReadOnly()
    assert page.notes.toPlainText() == CONTACTS[2][2]["text"]  # "<b>x</b>" as written
    assert "<b>x</b>" in page.notes.toPlainText()
    assert page.detail_heading.text().endswith(": <i>Amazon</i>")
    assert page.findings.text().startswith("• ")
    assert "+1 206 555 0143" in page.detail_facts.text()
    for label in page.findChildren(QLabel):
        if "<" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText


def test_the_list_works_from_the_keyboard(qtbot, page, ids):
    page.table.setFocus()  # the first row becomes the current one
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: page.selected_id == ids["popup"], timeout=5000)
    assert page.notes.toPlainText() == CONTACTS[1][2]["text"]
    qtbot.keyClick(page.table, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: page.selected_id == ids["tech_support_call"], timeout=5000)
    qtbot.waitUntil(lambda: "same number" in page.seen_before.text(), timeout=5000)
    assert all(button.isEnabled() for button in page.outcome_buttons.values())


def test_marking_an_outcome_is_saved_and_shown(qtbot, page, ids, home):
    select(qtbot, page, ids["popup"])
    button = page.outcome_buttons["confirmed_scam"]
    assert button.text() == "&Mark as scam" and button.accessibleName() == "Mark as scam"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    row = page.model.row_of(ids["popup"])
    qtbot.waitUntil(lambda: page.model.index(row, 5).data() == "Confirmed scam", timeout=5000)
    assert page.outcome_label.text() == "Outcome: Confirmed scam"
    with CaseLog.open(home) as log:
        assert log.get(ids["popup"])["outcome"] == "confirmed_scam"

    qtbot.mouseClick(page.outcome_buttons["genuine"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.index(row, 5).data() == "Genuine", timeout=5000)
    with CaseLog.open(home) as log:
        assert log.get(ids["popup"])["outcome"] == "genuine"


def test_seen_before_lists_the_other_contact_with_the_same_number(qtbot, page, ids):
    select(qtbot, page, ids["tech_support_call"])
    text = page.seen_before.text()
    assert "same number +18445550199" in text
    assert text.count("•") == 1  # only the pop-up: the parcel text used another number
    assert "Microsoft" in text
    select(qtbot, page, ids["dentist"])
    assert page.seen_before.text().startswith("Not seen before")


def test_refresh_shows_new_contacts_and_keeps_the_choice(qtbot, page, ids, home, screener):
    select(qtbot, page, ids["popup"])
    with CaseLog.open(home) as log:
        newest = save(log, screener, 0, claimed_org="PayPal", text="Your account is limited.")
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == len(CONTACTS) + 1, timeout=5000)
    assert page.model.contact(0)["id"] == newest
    qtbot.waitUntil(lambda: page.table.selectionModel().hasSelection(), timeout=5000)
    assert page.selected_id == ids["popup"]
    assert page.model.contact(page.table.currentIndex().row())["id"] == ids["popup"]


def test_the_log_can_be_closed_and_opened_again(qtbot, page, home, screener):
    page.close_log()
    assert not page._thread.running()
    with CaseLog.open(home) as log:  # e.g. a backup restored while it was closed
        save(log, screener, 0, claimed_org="PayPal", text="Your account is limited.")
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == len(CONTACTS) + 1, timeout=5000)
    assert page.model.contact(0)["claimed_org"] == "PayPal"


def test_a_history_that_cannot_be_opened_is_said_in_words(qtbot, tmp_path):
    not_a_folder = tmp_path / "home"
    not_a_folder.write_text("this is a file, not a folder")
    page = open_page(qtbot, not_a_folder)
    qtbot.waitUntil(page.problem.isVisible, timeout=5000)
    assert page.problem.text().startswith("Your history could not be used just now")
    assert str(not_a_folder) in page.problem.text()
    assert page.model.rowCount() == 0
    page.close_log()


def test_the_list_shows_first_and_the_thorough_check_and_backup_follow(qtbot, page, home):
    # The page opened with the quick check; once its first answers were out, its thread
    # ran the thorough check and took the day's backup.
    qtbot.waitUntil(lambda: bool(list((home / "backups").glob("daily-*.db"))), timeout=10000)
    assert not page.problem.isVisible()


def test_damage_found_by_the_later_check_restores_a_backup_and_says_so(qtbot, home, ids, screener):
    with CaseLog.open(home) as log:
        log.backup()
        log.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db = home / "scamscreen.db"
    data = bytearray(db.read_bytes())  # pages near the end: the quick check cannot see it
    start = len(data) - 4096 * 3
    data[start : start + 4096 * 2] = b"\xa5" * (4096 * 2)
    db.write_bytes(bytes(data))
    page = open_page(qtbot, home)
    qtbot.waitUntil(page.problem.isVisible, timeout=10000)
    assert "damaged" in page.problem.text() and "backup" in page.problem.text()
    qtbot.waitUntil(lambda: page.model.rowCount() == len(CONTACTS), timeout=10000)
    assert list(home.glob("scamscreen.db.damaged-*"))
    page.close_log()


def test_a_saved_contact_that_does_not_parse_is_shown_as_a_damaged_entry(
    qtbot, home, ids, monkeypatch
):
    from scamscreen.ui import crash

    crashes: list[BaseException] = []
    monkeypatch.setattr(crash, "show_dialog", crashes.append)
    with CaseLog.open(home) as log, log.writing():
        log.db.execute(
            "UPDATE contacts SET findings = '[{\"id\": \"remote' WHERE id = ?", [ids["popup"]]
        )
    page = open_page(qtbot, home)
    qtbot.waitUntil(lambda: page.model.rowCount() == len(CONTACTS), timeout=10000)
    row = page.model.row_of(ids["popup"])
    assert row is not None
    verdict = page.model.index(row, 1)
    assert "damaged" in verdict.data()
    assert "damaged" in verdict.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "damaged" not in page.model.index(0, 1).data()  # the others as they were
    select(qtbot, page, ids["popup"])
    assert "damaged" in page.findings.text()
    assert "could not be read" in page.findings.text()
    assert "No warning signs" not in page.findings.text()
    assert page.notes.toPlainText() == CONTACTS[1][2]["text"]  # the rest is there
    assert not crashes and not page.problem.isVisible()
    page.close_log()


def test_the_chart_says_what_it_shows(qtbot, page):
    qtbot.waitUntil(lambda: "4 in all" in page.chart.accessibleDescription(), timeout=5000)
    description = page.chart.accessibleDescription()
    assert f"last {WEEKS} weeks" in description
    assert "By verdict:" in description and "likely scam" in description
    assert page.chart.accessibleName() == "Contacts per week"
    orgs = page.orgs.text().splitlines()
    assert orgs[0] == "1. Microsoft: 2 contacts, 2 likely scams"
    assert "2. Amazon: 1 contact, 1 likely scam" in orgs  # "<i>Amazon</i>" matched the directory
    assert "3. Riverside dental: 1 contact" in orgs  # no likely scams: not said


def test_the_chart_counts_the_last_twelve_weeks_empty_ones_included():
    today = date(2026, 11, 29)  # a Sunday: its week (Monday first) began on the 23rd
    stats = [
        {"slot": "2026-11-23T10:00", "verdict": "likely_scam", "contacts": 3},
        {"slot": "2026-11-24T10:15", "verdict": "suspicious", "contacts": 1},
        {"slot": "2026-09-07T12:00", "verdict": "no_red_flags", "contacts": 2},
        {"slot": "2026-09-14T12:00", "verdict": "likely_scam", "contacts": 5},  # 11 weeks back
    ]
    weeks = last_weeks(stats, today, first_day=1, zone=UTC)
    assert len(weeks) == WEEKS
    assert weeks[-1] == (date(2026, 11, 23), {"likely_scam": 3, "suspicious": 1})
    assert weeks[0] == (date(2026, 9, 7), {"no_red_flags": 2})
    assert weeks[1] == (date(2026, 9, 14), {"likely_scam": 5})
    assert sum(sum(c.values()) for _, c in weeks) == 11
    assert weeks[5][1] == {}


def inside_a_combo_box(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def test_every_control_has_an_accessible_name(page):
    kinds = QAbstractButton | QLineEdit | QPlainTextEdit | QComboBox | QTableView
    controls = [
        w for w in page.findChildren(QWidget) if isinstance(w, kinds) and not inside_a_combo_box(w)
    ]
    assert len(controls) >= 9
    unnamed = [
        (type(w).__name__, w.objectName())
        for w in controls
        if not w.accessibleName() and not w.objectName().startswith("qt_")
    ]
    assert unnamed == []
    assert page.search.accessibleName() == "Search your history"
    assert page.search.placeholderText() == "Search by name, number, words…"
    assert page.table.accessibleName() == "Your history"


def test_ctrl_f_lands_in_the_search_box(qtbot, page):
    page.table.setFocus()
    page.search.setText("anydesk")
    page.focus_search()
    qtbot.waitUntil(page.search.hasFocus, timeout=5000)
    assert page.search.selectedText() == "anydesk"  # typing replaces the last search


def test_how_the_page_looks(qtbot, page, ids):
    select(qtbot, page, ids["tech_support_call"])
    qtbot.waitUntil(lambda: "in all" in page.chart.accessibleDescription(), timeout=5000)
    assert page.grab().save("/tmp/history.png")
