"""Every screen fits the laptops people have, at every text size, in English and Spanish:
`scamscreen --screenshots DIR --window WxH` renders them and writes `layout.json` from
the real widget geometry; nothing may be cut off and nothing may scroll sideways. The
Check screen goes to one column rather than squeeze, and its answer comes first."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from scamscreen.__main__ import main
from scamscreen.ui import translations
from scamscreen.ui.history_chart import WEEKS, last_weeks

SCAM_TEXT = (
    "He said he was from Microsoft, my computer had a virus, and I had to download "
    "AnyDesk and buy gift cards. He told me not to tell my son. Call 1-844-555-0199."
)
WINDOWS = ("1366x768", "1280x720")
SCREENS = ("check", "history", "settings", "checklist", "check-picture", "history-picture")

_rendered: dict[tuple[str, str], Path] = {}


@pytest.fixture(scope="session")
def rendered(qapp, tmp_path_factory):
    """Renders once per language and window size for the whole session (a few seconds
    each), putting the application's font, style and language back afterwards."""

    def render(language: str, window: str) -> Path:
        key = (language, window)
        if key not in _rendered:
            folder = tmp_path_factory.mktemp(f"shots-{language}-{window}")
            font, style = qapp.font(), qapp.style().name()
            args = ["--screenshots", str(folder), "--window", window]
            try:
                assert main([*(["--lang", language] if language != "en" else []), *args]) == 0
            finally:
                translations.install(qapp, "en")
                qapp.setStyle(style)
                qapp.setFont(font)
                qapp.setPalette(QPalette())
            _rendered[key] = folder
        return _rendered[key]

    return render


@pytest.mark.parametrize("window", WINDOWS)
@pytest.mark.parametrize("language", ["en", "es"])
def test_nothing_is_cut_off_and_nothing_scrolls_sideways(rendered, language, window):
    layout = json.loads((rendered(language, window) / "layout.json").read_text("utf-8"))
    assert sorted((e["screen"], e["text_size"]) for e in layout) == sorted(
        (screen, size) for screen in SCREENS for size in (100, 150, 200)
    )
    problems = [e for e in layout if e["clipped"] or e["horizontal_scroll_bar"]]
    assert problems == []
    assert {e["window"] for e in layout} == {window}


def test_the_screenshots_are_drawn_at_the_laptop_size_at_three_text_sizes(rendered):
    folder = rendered("en", "1366x768")
    names = sorted(p.name for p in folder.iterdir())
    screens = ("answer", "check", "checklist", "history", "report", "settings",
               "check-picture", "history-picture")
    sized = [f"{s}-{size}.png" for s in screens for size in (100, 150, 200)]
    assert names == sorted([*sized, "card.png", "layout.json"])
    for size in (100, 150, 200):
        image = QImage(str(folder / f"check-{size}.png"))
        assert (image.width(), image.height()) == (1366, 768)
        wizard = QImage(str(folder / f"checklist-{size}.png"))
        assert wizard.width() <= 1366 and wizard.height() <= 768
    assert not QImage(str(folder / "card.png")).isNull()


def test_a_window_size_that_is_not_one_is_refused(capsys):
    assert main(["--screenshots", "/nonexistent", "--window", "big"]) == 2
    assert "1366x768" in capsys.readouterr().err


@pytest.fixture
def laptop_at_200(qtbot, app_appearance, screener, tmp_path):
    from scamscreen.ui.main_window import MainWindow
    from scamscreen.ui.settings_page import apply_appearance

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("text_scale", 200)
    settings.setValue("trusted/name", "Daniel (son)")
    settings.setValue("trusted/phone", "(202) 555-0143")
    base = app_appearance.font().pointSizeF()
    apply_appearance(app_appearance, settings, base)
    window = MainWindow(screener, tmp_path / "home", settings)
    window.base_point_size = base
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    check = window.check
    check.channel_buttons["phone_inbound"].setChecked(True)
    check.org.setText("Microsoft")
    check.text.setPlainText(SCAM_TEXT)
    qtbot.waitUntil(lambda: check.result is not None and check.wait_idle(), timeout=5000)
    return window


def within(widget: QWidget, area: QWidget) -> bool:
    rect = QRect(widget.mapTo(area, QPoint(0, 0)), widget.size())
    return area.rect().contains(rect)


def test_at_200_percent_the_check_screen_is_one_column_with_a_see_the_answer_step(
    qtbot, laptop_at_200
):
    check = laptop_at_200.check
    assert check.is_one_column()
    assert check.answer_bar.isVisible() and not check.verdict.isVisible()
    assert check.answer_line.text() == "This looks like a scam. Stop now."
    qtbot.keyClick(check.see_answer, Qt.Key.Key_Space)  # by keyboard
    qtbot.waitUntil(check.verdict.isVisible, timeout=2000)
    assert not check.form_scroll.isVisible()
    qtbot.keyClick(check.back, Qt.Key.Key_Space)
    qtbot.waitUntil(check.form_scroll.isVisible, timeout=2000)


def test_the_first_screenful_of_the_verdict_holds_the_answer(qtbot, laptop_at_200):
    check = laptop_at_200.check
    check.show_answer(True)
    verdict = check.verdict
    QApplication.processEvents()
    assert verdict.answer_scroll.verticalScrollBar().value() == 0
    viewport = verdict.answer_scroll.viewport()
    for widget in (
        verdict.headline,
        verdict.subline,
        verdict.trusted,
        verdict.official_heading,
        verdict.official,
    ):
        assert widget.isVisible() and widget.text(), widget.accessibleName()
        assert within(widget, viewport), widget.accessibleName()
    assert "Daniel (son)" in verdict.trusted.text()
    assert "microsoft.com" in verdict.official.text()


# A call that says many different things (the engine groups reasons that say the same).
MANY_REASONS = (
    "He said he was from Microsoft, my computer has a virus and I'd be arrested. I had to "
    "install AnyDesk so he could get into my computer, read him the code, buy Google Play "
    "gift cards and not tell anyone. He got angry and told me to stay on the line. He knew "
    "my name. Call 1-844-555-0199"
)


def test_at_most_five_reasons_before_show_all(qtbot, window):
    check = window.check
    check.org.setText("Microsoft")
    check.text.setPlainText(MANY_REASONS)
    qtbot.waitUntil(lambda: check.result is not None and check.wait_idle(), timeout=5000)
    findings = check.result.findings
    assert len(findings) > 5
    verdict = check.verdict
    shown = [title.text() for title, _why in verdict.reasons if not title.isHidden()]
    assert shown == [f.title for f in findings[:5]]
    assert verdict.more_button.text() == f"Show all reasons ({len(findings) - 5} more)"
    verdict.more_button.click()
    shown = [title.text() for title, _why in verdict.reasons if not title.isHidden()]
    assert shown == [f.title for f in findings]


def test_the_boxes_follow_the_text_and_the_users_ticks_win(qtbot, window):
    check = window.check
    check.text.setPlainText(SCAM_TEXT)
    qtbot.waitUntil(lambda: check.requests["gift_card"].isChecked(), timeout=5000)
    gift = check.requests["gift_card"]
    assert gift.text() == "Pay with gift cards (found in your text)"
    assert check.requests["remote_access"].isChecked()
    assert not check.requests["wire_transfer"].isChecked()
    wire = check.requests["wire_transfer"]
    for box in (gift, wire):  # gift cards: "they did not ask for that"; a transfer: "they did"
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(4, box.height() // 2))
    qtbot.waitUntil(check.wait_idle, timeout=5000)
    check.text.setPlainText(SCAM_TEXT + " Gift cards only.")
    qtbot.waitUntil(lambda: check.wait_idle() and "only" in check.text.toPlainText(), timeout=5000)
    qtbot.waitUntil(lambda: check.requests["wire_transfer"].isChecked(), timeout=5000)
    assert not gift.isChecked() and gift.text() == "Pay with gift cards"
    assert check.contact_fields()["requests"] == ["wire_transfer"]
    assert check.contact_fields()["not_requests"] == ["gift_card"]
    assert gift.accessibleName() == "Pay with gift cards"
    # the person's untick wins in the verdict too: no gift-card reason
    assert "gift_card" not in check.result.analysis.requests
    assert all("gift card" not in f.title.lower() for f in check.result.findings)


def test_saving_says_so_on_the_screen_until_a_new_check(qtbot, window):
    check = window.check
    check.org.setText("Microsoft")
    check.text.setPlainText(SCAM_TEXT)
    qtbot.waitUntil(lambda: check.result is not None and check.wait_idle(), timeout=5000)
    assert check.verdict.saved.isHidden()
    qtbot.mouseClick(check.verdict.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.saved_id is not None, timeout=10000)
    assert not check.verdict.saved.isHidden()
    assert "Saved to your history" in check.verdict.saved.text()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert check.verdict.saved.isHidden()


def test_weeks_start_on_the_locales_first_day_in_the_users_time_zone():
    sunday = [{"slot": "2026-12-06T16:00", "verdict": "likely_scam", "contacts": 1}]
    today = date(2026, 12, 8)
    us = last_weeks(sunday, today, first_day=7, zone=ZoneInfo("America/New_York"))
    assert len(us) == WEEKS
    assert us[-1] == (date(2026, 12, 6), {"likely_scam": 1})  # the week of Sunday 6 Dec
    spain = last_weeks(sunday, today, first_day=1, zone=ZoneInfo("Europe/Madrid"))
    assert spain[-1][0] == date(2026, 12, 7) and spain[-2] == (
        date(2026, 11, 30),
        {"likely_scam": 1},
    )
    # 02:00 UTC on Sunday is still Saturday evening in New York: the week before
    late = [{"slot": "2026-12-06T02:00", "verdict": "suspicious", "contacts": 2}]
    us = last_weeks(late, today, first_day=7, zone=ZoneInfo("America/New_York"))
    assert us[-2] == (date(2026, 11, 29), {"suspicious": 2}) and us[-1][1] == {}
