"""The checklist wizard: tailored to the contact, its progress kept in the case log and
shown again in a new window, days later."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from scamscreen.store import CaseLog

SCAM_TEXT = "He said my computer has a virus and wanted me to install AnyDesk. Call 1-844-555-0199"


def describe_scam_call(qtbot, window) -> None:
    qtbot.mouseClick(window.check.channel_buttons["phone_inbound"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.check.org, "Microsoft")
    qtbot.keyClicks(window.check.text, SCAM_TEXT)
    qtbot.waitUntil(lambda: "scam" in window.check.verdict.headline.text().lower(), timeout=5000)


def indicator(tick):
    """Where the tick box of a check box is drawn (its middle is empty space)."""
    from PySide6.QtCore import QPoint

    return QPoint(tick.height() // 2, tick.height() // 2)


def progress(home, contact_id, name="recovery") -> dict[str, bool]:
    with CaseLog.open(home) as log:
        return log.checklist_progress(contact_id, name)


def open_window(qtbot, screener, home, settings):
    from scamscreen.ui.main_window import MainWindow

    window = MainWindow(screener, home, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_recovery_progress_is_saved_and_a_new_window_shows_it_again(
    qtbot, screener, tmp_path, settings
):
    home = tmp_path / "home"
    first = open_window(qtbot, screener, home, settings)
    describe_scam_call(qtbot, first)
    qtbot.mouseClick(first.check.verdict.recovery_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: first.wizard is not None and first.wizard.isVisible(), timeout=10000)
    wizard = first.wizard
    texts = " ".join(label.text() for label in wizard.findChildren(QLabel))
    assert "AnyDesk" in texts  # the remote tool they used is named
    steps = list(wizard.ticks)
    assert len(steps) >= 5
    # Tick the first step from the keyboard, go on, tick the second with the mouse and
    # untick it again, tick the third.
    wizard.ticks[steps[0]].setFocus()
    qtbot.keyClick(wizard.ticks[steps[0]], Qt.Key.Key_Space)
    wizard.next()
    for _ in range(2):
        tick = wizard.ticks[steps[1]]
        qtbot.mouseClick(tick, Qt.MouseButton.LeftButton, pos=indicator(tick))
    wizard.next()
    qtbot.keyClick(wizard.ticks[steps[2]], Qt.Key.Key_Space)
    contact_id = first.saved_id
    want = {steps[0]: True, steps[1]: False, steps[2]: True}
    qtbot.waitUntil(lambda: progress(home, contact_id) == want, timeout=10000)
    first.close()

    # Days later, another window: the contact is in the History, its steps remembered.
    again = open_window(qtbot, screener, home, settings)
    again.show_page(again.history)
    qtbot.waitUntil(lambda: again.history.model.rowCount() == 1, timeout=10000)
    again.history.table.selectRow(0)
    qtbot.waitUntil(lambda: "Recovery steps done: 2" in again.history.steps_done.text())
    button = again.history.checklist_buttons["recovery"]
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.wizard is not None and again.wizard.isVisible(), timeout=10000)
    shown = {step: tick.isChecked() for step, tick in again.wizard.ticks.items()}
    assert list(shown) == steps  # the same tailored steps, AnyDesk named again
    assert shown == {step: step in (steps[0], steps[2]) for step in steps}
    texts = " ".join(label.text() for label in again.wizard.findChildren(QLabel))
    assert "AnyDesk" in texts

    # Ticking there is saved too, and the History count follows.
    again.wizard.ticks[steps[3]].setChecked(True)
    qtbot.waitUntil(lambda: progress(home, contact_id).get(steps[3]) is True, timeout=10000)
    qtbot.waitUntil(lambda: "Recovery steps done: 3" in again.history.steps_done.text())
    again.wizard.close()


def test_the_verification_checklist_is_tailored_to_the_claimed_company(qtbot, window):
    describe_scam_call(qtbot, window)
    qtbot.mouseClick(window.check.verdict.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.wizard is not None and window.wizard.isVisible(), timeout=10000)
    texts = " ".join(label.text() for label in window.wizard.findChildren(QLabel))
    assert "microsoft.com" in texts  # where to look yourself, from the directory
    assert "{" not in texts  # every placeholder filled
    window.wizard.close()


def test_every_control_of_the_wizard_has_an_accessible_name(qtbot, window):
    describe_scam_call(qtbot, window)
    qtbot.mouseClick(window.check.verdict.recovery_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.wizard is not None and window.wizard.isVisible(), timeout=10000)
    focusable = [
        w
        for w in window.wizard.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisibleTo(window.wizard)
    ]
    assert focusable
    assert [w for w in focusable if not w.accessibleName()] == []
    window.wizard.close()
