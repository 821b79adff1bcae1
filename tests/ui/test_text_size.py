"""At 200% text nothing is clipped: every label, button and tick box on every screen
(the wizard included) is at least as large as its text needs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QStyle, QWidget

from scamscreen.core.contact import parse_contact
from scamscreen.store import CaseLog
from scamscreen.ui.settings_page import apply_appearance

SCAM_TEXT = "He said my computer has a virus and wanted me to install AnyDesk. Call 1-844-555-0199"


def clipped(root: QWidget) -> list[str]:
    """The visible widgets of `root` whose text does not fit them, once the layouts have
    settled (as they have before anything is painted)."""
    from PySide6.QtWidgets import QApplication

    QApplication.sendPostedEvents()
    QApplication.processEvents()
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                need = widget.heightForWidth(widget.width())
                if widget.height() < need:
                    problems.append(f"{widget.text()[:40]!r}: {widget.height()} < {need} high")
            else:
                hint = widget.minimumSizeHint()
                if widget.width() < hint.width() or widget.height() < hint.height():
                    problems.append(f"{widget.text()[:40]!r}: {widget.size()} < {hint}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            hint = widget.minimumSizeHint()
            if widget.width() < hint.width() or widget.height() < hint.height():
                problems.append(f"button {widget.text()!r}: {widget.size()} < {hint}")
    return problems


@pytest.fixture
def big_window(qtbot, app_appearance, screener, tmp_path):
    from scamscreen.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("text_scale", 200)
    settings.setValue("trusted/name", "Daniel (son)")
    settings.setValue("trusted/phone", "(202) 555-0143")
    base = app_appearance.font().pointSizeF()
    apply_appearance(app_appearance, settings, base)
    home = tmp_path / "home"
    with CaseLog.open(home) as log:
        contact = parse_contact({"channel": "popup", "text": "VIRUS ALERT call 1-844-555-0199"})
        log.add(contact, screener.screen(contact), data_version="test")
    window = MainWindow(screener, home, settings)
    window.base_point_size = base
    qtbot.addWidget(window)
    window.resize(1600, 1000)  # a laptop screen: at 200% the screens must scroll, not clip
    window.show()
    qtbot.waitExposed(window)
    return window


def test_at_200_percent_every_text_fits_on_every_screen(qtbot, big_window):
    window = big_window
    assert window.font().pointSizeF() >= 2 * 0.99 * window.base_point_size
    nav = window.nav
    for row in range(nav.count()):
        item = nav.item(row)
        need = nav.fontMetrics().horizontalAdvance(item.text())
        assert nav.visualItemRect(item).width() >= need, item.text()
    check = window.check
    qtbot.mouseClick(check.channel_buttons["phone_inbound"], Qt.MouseButton.LeftButton)
    check.org.setText("Microsoft")
    check.text.setPlainText(SCAM_TEXT)
    qtbot.waitUntil(lambda: "scam" in check.verdict.headline.text().lower(), timeout=5000)
    assert clipped(window.check) == []

    window.show_page(window.history)
    qtbot.waitUntil(lambda: window.history.model.rowCount() == 1, timeout=10000)
    window.history.table.selectRow(0)
    qtbot.waitUntil(lambda: "Looking" not in window.history.seen_before.text(), timeout=10000)
    assert clipped(window.history) == []

    window.show_page(window.settings_page)
    # what the scam lists hold is read off the GUI thread: its words change the layout
    qtbot.waitUntil(lambda: window.settings_page.lists_ready, timeout=10000)
    assert clipped(window.settings_page) == []

    window.show_page(window.check)
    qtbot.mouseClick(check.verdict.recovery_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.wizard is not None and window.wizard.isVisible(), timeout=10000)
    wizard = window.wizard
    for _ in wizard.ticks:
        assert clipped(wizard) == [], wizard.currentPage().title()
        wizard.next()
    wizard.close()


def test_tick_boxes_grow_with_the_text(qtbot, big_window, app_appearance):
    style = app_appearance.style()
    box = next(iter(big_window.check.requests.values()))
    indicator = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, box)
    assert indicator >= 2 * 0.9 * style.baseStyle().pixelMetric(
        QStyle.PixelMetric.PM_IndicatorWidth, None, box
    )


def test_a_spin_box_s_arrows_grow_with_the_text(qapp):
    """Settings' text size and keeping time are spin boxes: at 200% their arrows are twice
    as wide as the base style's, and the typing field keeps its room (issue 14)."""
    from PySide6.QtWidgets import QSpinBox, QStyle, QStyleOptionSpinBox

    from scamscreen.ui.styles import ReadableStyle

    box = QSpinBox()
    box.setRange(100, 200)
    box.setSuffix("%")
    box.setValue(200)
    widths = {}
    for scale in (1.0, 2.0):
        style = ReadableStyle("Fusion", scale)
        box.setStyle(style)
        option = QStyleOptionSpinBox()
        box.initStyleOption(option)
        option.rect = box.rect().adjusted(0, 0, 60, 0)
        up = style.subControlRect(
            QStyle.ComplexControl.CC_SpinBox, option, QStyle.SubControl.SC_SpinBoxUp, box
        )
        field = style.subControlRect(
            QStyle.ComplexControl.CC_SpinBox, option, QStyle.SubControl.SC_SpinBoxEditField, box
        )
        assert not up.intersects(field)
        widths[scale] = (up.width(), box.sizeHint().width())
    assert widths[2.0][0] >= 2 * widths[1.0][0] - 1
    assert widths[2.0][1] - widths[1.0][1] >= widths[2.0][0] - widths[1.0][0]
