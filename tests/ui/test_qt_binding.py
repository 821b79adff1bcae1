"""Guards against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 dropped one reference to True for every signal emitted from Python, and
one to None for every processEvents(), so an app that screens as you type aborted the
interpreter after a few hundred checks ("bool_dealloc"). The pin in pyproject.toml keeps
that release out; this test fails on any release that does it again."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QObject, Signal


class _Sender(QObject):
    fired = Signal(object)


def test_emitting_signals_keeps_reference_counts_intact(qtbot):
    sender = _Sender()
    received: list[object] = []
    sender.fired.connect(received.append)
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for n in range(200):
        sender.fired.emit(n)
        QCoreApplication.processEvents()
    assert len(received) == 200
    assert sys.getrefcount(True) >= true_before - 5
    assert sys.getrefcount(None) >= none_before - 5


def test_a_job_whose_window_closed_reports_nowhere(qtbot):
    import shiboken6
    from PySide6.QtWidgets import QWidget

    from scamscreen.ui import tasks

    widget = QWidget()
    answers: list[object] = []
    tasks.run_in_background(lambda: 42, answers.append, answers.append, widget)
    shiboken6.delete(widget)  # closed before the GUI thread hears the answer
    qtbot.waitUntil(lambda: not tasks._running, timeout=5000)
    assert answers == []  # dropped: the widget is gone
    keeper = QWidget()
    qtbot.addWidget(keeper)
    tasks.run_in_background(lambda: 7, answers.append, answers.append, keeper)
    qtbot.waitUntil(lambda: answers == [7], timeout=5000)
