"""Switching to Spanish leaves no English on any main screen: the test walks every
visible widget of Check (with a scam and its verdict), History, Settings and the
checklist wizard, and every word it finds must differ from ScamScreen's English, except
for a few names that are the same in both languages."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from scamscreen.core.contact import parse_contact
from scamscreen.core.data import data_dir, resources_dir
from scamscreen.core.screening import Screener
from scamscreen.ui import translations

TS = resources_dir() / "translations" / "scamscreen_es.ts"

# Words that are the same in Spanish and English (names, symbols, formats).
SAME = {
    "ScamScreen",
    "Microsoft",
    "AnyDesk",
    "Chase",
    "Norton",
    "Chat",
    "PIN",
    "Australia",
    "India",
    "OK",
    "d MMM",
    "d MMM yyyy",
    "{date}, {time}",
    "{verdict}: {org}",
    "{name}: {value}",
    "{when}: {verdict}",
    "{count} {verdict}",
    "{n}. {name}: {contacts}",
    ", {scams}",
    "• {when}: {org}, {verdict} ({shared})",
    "&PIN:",
    "auditor",
}
# Common English words that never appear in Spanish sentences.
ENGLISH_WORD = re.compile(r"\b(the|you|your|with|this|that|what|don't|they|please)\b", re.I)

SCAM = (
    "Me llamó un hombre diciendo que era de Microsoft. Dijo que mi computadora tenía un "
    "virus y quería que instalara AnyDesk. Me pidió tarjetas de regalo de Google Play y "
    "que no le dijera nada a mi hijo. Llame al 1-844-555-0199."
)


def sources() -> tuple[set[str], dict[str, str]]:
    """ScamScreen's English sentences (mnemonics removed), and their Spanish."""
    english: set[str] = set()
    spanish: dict[str, str] = {}
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") != "unfinished", source
        if message.get("numerus") != "yes":
            assert translation.text, source
            spanish[source] = translation.text
        english.add(source.replace("&", ""))
    return english, spanish


def test_every_message_is_translated_with_the_same_placeholders():
    _english, spanish = sources()
    field = re.compile(r"\{[a-z_0-9]*\}")
    for source, translation in spanish.items():
        assert sorted(field.findall(source)) == sorted(field.findall(translation)), source
        assert source.count("&") - source.count("&&") <= 1
        assert ("&" in source.replace("&&", "")) == ("&" in translation.replace("&&", "")), source
        if source not in SAME:
            assert translation != source, source


def visible_words(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every word a user can see or hear on `root`."""
    out: list[tuple[str, str]] = []

    def add(widget: QWidget, text: str) -> None:
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
        if text:
            out.append((f"{type(widget).__name__} {widget.objectName()}", text))

    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        add(widget, widget.windowTitle() if widget.isWindow() else "")
        add(widget, widget.accessibleName())
        add(widget, widget.toolTip())
        if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.RichText:
            add(widget, widget.text())
        elif isinstance(widget, QLabel):
            add(widget, re.sub(r"<[^>]+>", " ", widget.text()))
        if isinstance(widget, QAbstractButton):
            add(widget, widget.text())
        if isinstance(widget, (QTextEdit, QPlainTextEdit)) and widget.isReadOnly():
            for line in widget.toPlainText().splitlines():
                add(widget, line)
        if isinstance(widget, QGroupBox):
            add(widget, widget.title())
        if isinstance(widget, QLineEdit):
            add(widget, widget.placeholderText())
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(widget, widget.itemText(i))
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(widget, widget.tabText(i))
        if isinstance(widget, QListWidget):
            for i in range(widget.count()):
                add(widget, widget.item(i).text())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # (a list model's is private: it has one)
                columns = 1
            for column in range(columns):
                add(widget, str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
                for row in range(min(model.rowCount(QModelIndex()), 20)):
                    value = model.data(model.index(row, column))
                    add(widget, value if isinstance(value, str) else "")
    menubar = root.menuBar() if hasattr(root, "menuBar") else None
    if menubar is not None:
        for action in menubar.actions():
            add(menubar, action.text())
            if action.menu() is not None:
                for item in action.menu().actions():
                    add(menubar, item.text())
    return out


@pytest.fixture
def spanish(qapp):
    translations.install(qapp, "es")
    yield Screener.load(data_dir(), language=translations.language())
    translations.install(qapp, "en")


def mnemonics(root: QWidget) -> list[str]:
    """The Alt+letters of the visible buttons and labelled fields on `root`."""
    texts = [
        w.text()
        for w in root.findChildren(QAbstractButton)
        if w.isVisibleTo(root) and not w.objectName().startswith("qt_")
    ]
    texts += [
        label.text()
        for label in root.findChildren(QLabel)
        if label.buddy() is not None and label.isVisibleTo(root)
    ]
    return [m.group(1).lower() for t in texts if (m := re.search(r"&(\w)", t.replace("&&", "")))]


def assert_unique_mnemonics(window, page: QWidget) -> None:
    menus = [re.search(r"&(\w)", a.text()).group(1).lower() for a in window.menuBar().actions()]
    letters = mnemonics(page) + menus
    assert len(letters) == len(set(letters)), (type(page).__name__, "".join(sorted(letters)))


def english_words(screener) -> set[str]:
    """ScamScreen's own English and the English findings, advice and contacts for
    the same scam."""
    english, _ = sources()
    result = screener.screen(
        parse_contact({"channel": "phone_inbound", "claimed_org": "Microsoft", "text": SCAM})
    )
    words = {f.title for f in result.findings} | {f.detail for f in result.findings}
    words |= set(result.advice) | {c["label"] for c in result.official_contacts}
    return english | words


def no_english(found: list[tuple[str, str]], english: set[str]) -> list[tuple[str, str]]:
    wrong = []
    for where, text in found:
        if text in SAME or re.fullmatch(r"[\d\s\W]*", text):
            continue
        if text in english or (ENGLISH_WORD.search(text) and SCAM not in text):
            wrong.append((where, text))
    return wrong


def test_no_english_on_any_main_screen_in_spanish(
    qtbot, spanish, screener, tmp_path, settings, app_appearance
):
    from scamscreen.store import CaseLog
    from scamscreen.ui.main_window import MainWindow

    assert translations.language() == "es_ES"
    assert QCoreApplication.translate("CheckPage", "Who contacted you?") != "Who contacted you?"
    english = english_words(screener)
    home = tmp_path / "home"
    contact = parse_contact({"channel": "phone_inbound", "claimed_org": "Microsoft", "text": SCAM})
    with CaseLog.open(home) as log:
        log.add(contact, spanish.screen(contact), data_version=spanish.data_version)
    settings.setValue("trusted/name", "Daniel")
    settings.setValue("trusted/phone", "(202) 555-0143")
    window = MainWindow(spanish, home, settings)
    qtbot.addWidget(window)
    window.resize(1280, 900)
    window.show()
    qtbot.waitExposed(window)

    check = window.check
    check.channel_buttons["phone_inbound"].setChecked(True)
    check.org.setText("Microsoft")
    check.text.setPlainText(SCAM)
    check._screen_now()
    qtbot.waitUntil(lambda: check.result is not None and check.wait_idle(), timeout=20000)
    assert check.result.verdict == "likely_scam"
    found = visible_words(window)
    texts = [t for _, t in found]
    assert any("Le pidieron pagar con tarjetas de regalo" in t for t in texts), texts
    assert any(t.startswith("Escriba usted mismo microsoft.com") for t in texts), texts
    assert no_english(found, english) == []
    assert_unique_mnemonics(window, window.check)

    window.open_checklist("recovery")
    qtbot.waitUntil(lambda: window.wizard is not None and window.wizard.isVisible(), timeout=20000)
    wizard = window.wizard
    for _ in range(3):
        found = visible_words(wizard)
        assert no_english(found, english) == []
        wizard.next()
    wizard.close()

    window.show_page(window.history)
    history = window.history
    qtbot.waitUntil(lambda: history.model.rowCount() >= 2 and history.is_idle(), timeout=20000)
    history.table.selectRow(0)
    qtbot.waitUntil(lambda: "…" not in history.seen_before.text(), timeout=20000)
    found = visible_words(window)
    assert any("Probable estafa" in t for t in (t for _, t in found))
    assert no_english(found, english) == []
    assert_unique_mnemonics(window, history)

    settings.setValue("helpdesk/enabled", True)  # (with the help desk's Team box)
    window.show_page(window.settings_page)
    page = window.settings_page
    qtbot.waitUntil(lambda: page.lists_ready and page.team_box.ready, timeout=20000)
    assert page.team_box.isVisibleTo(page)
    assert no_english(visible_words(window), english) == []
    assert_unique_mnemonics(window, page)
    page.team_box.joined = "postgresql://alice@team.example.org/scamscreen"  # (as if joined)
    page.team_box._show()
    assert no_english(visible_words(window), english) == []
    assert_unique_mnemonics(window, page)
    window.close()


def test_language_choice_comes_from_lang_then_settings_then_system(settings):
    assert translations.chosen(settings, "es") == "es"
    assert translations.chosen(settings) is None
    settings.setValue("language", "es")
    assert translations.chosen(settings) == "es"
    assert translations.chosen(settings, "en") == "en"
    settings.setValue("language", "")
    assert translations.chosen(settings) is None


def test_the_walk_does_find_english(qtbot, screener, tmp_path, settings):
    """The same walk over the English screens finds English everywhere: it can fail."""
    from scamscreen.ui.main_window import MainWindow

    translations.install(QCoreApplication.instance(), "en")
    window = MainWindow(screener, tmp_path / "home", settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.check.channel_buttons["popup"].setChecked(True)
    window.check.text.setPlainText("Call Microsoft support now at 1-844-555-0199")
    window.check._screen_now()
    qtbot.waitUntil(lambda: window.check.result is not None and window.check.wait_idle())
    wrong = {text for _, text in no_english(visible_words(window), english_words(screener))}
    assert {"Who contacted you?", "They called me", "History", "Why:"} <= wrong
    assert any("pop-up" in text for text in wrong)  # the findings, too
    window.close()


def test_each_main_screen_has_unique_alt_letters_in_english(
    qtbot, qapp, screener, tmp_path, settings, app_appearance
):
    """The same check as in Spanish, for the English words: "A c&hat" and the "&Help"
    menu once shared Alt+H on the Check screen, and "&Help-desk mode" in Settings."""
    from scamscreen.ui.main_window import MainWindow

    translations.install(qapp, "en")
    window = MainWindow(screener, tmp_path / "home", settings)
    qtbot.addWidget(window)
    window.resize(1280, 900)
    window.show()
    qtbot.waitExposed(window)
    assert_unique_mnemonics(window, window.check)
    window.show_page(window.history)
    qtbot.waitUntil(window.history.is_idle, timeout=20000)
    assert_unique_mnemonics(window, window.history)
    settings.setValue("helpdesk/enabled", True)  # Settings with the help desk's Team box
    page = window.settings_page
    window.show_page(page)
    qtbot.waitUntil(lambda: page.lists_ready and page.team_box.ready, timeout=20000)
    assert page.team_box.isVisibleTo(page)
    assert_unique_mnemonics(window, page)
    page.team_box.joined = "postgresql://alice@team.example.org/scamscreen"  # (as if joined)
    page.team_box._show()
    assert page.team_box.leave_button.isVisibleTo(page)
    assert_unique_mnemonics(window, page)
    window.close()
