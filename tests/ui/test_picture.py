"""Reading a picture in the app (ui/picture.py, issue 17): off the GUI thread, which
never stops answering for more than 100 ms, with Cancel."""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QWidget

from scamscreen.ui.picture import PictureReader

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def _testset():
    spec = importlib.util.spec_from_file_location("ocr_testset", BENCHMARKS / "ocr_testset.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_a_picture_is_read_off_the_gui_thread_without_stalls(qtbot, tmp_path):
    testset = _testset()
    sample = testset.make_sample(4, seed=1717, kind="sms", scale=1.0, photo=False, lang="en")
    path = testset.save(sample, tmp_path)
    window = QWidget()
    qtbot.addWidget(window)
    reader = PictureReader(window)
    gaps = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick():
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    with qtbot.waitSignal(reader.read, timeout=30_000) as got:
        reader.read_path(str(path))
    timer.stop()
    assert sample.spec["message"].split()[0] in got.args[0].text
    assert got.args[0].channel == "sms"
    assert max(gaps) < 100, max(gaps)  # the first picture loads the engine too


def test_cancel_drops_the_answer(qtbot, tmp_path):
    testset = _testset()
    sample = testset.make_sample(7, seed=1717, kind="popup", scale=1.0, photo=False)
    path = testset.save(sample, tmp_path)
    window = QWidget()
    qtbot.addWidget(window)
    reader = PictureReader(window)
    answers = []
    reader.read.connect(answers.append)
    reader.read_path(str(path))
    reader.cancel()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        qtbot.wait(50)
    assert answers == []


def test_a_pasted_screenshot_fills_the_check_screen_and_gets_its_verdict(
    qtbot, window, tmp_path, load_script
):
    """Ctrl+V of a screenshot on the Check screen (issue 17): the words read go into the
    box to be seen and corrected, the channel is suggested, and the verdict follows."""
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QImage

    with load_script(BENCHMARKS / "ocr_testset.py", "ocr_testset_paste") as testset:
        sample = testset.make_sample(3, seed=1717, kind="popup", scale=1.25, photo=False,
                                     lang="en")
        path = testset.save(sample, tmp_path)
    check = window.check
    assert check.picture_button.accessibleName() == "Check a picture"
    pasted = QMimeData()
    pasted.setImageData(QImage(str(path)))
    assert check.text.canInsertFromMimeData(pasted)
    with qtbot.waitSignal(check.pictures.read, timeout=30_000):
        check.text.insertFromMimeData(pasted)
    qtbot.waitUntil(lambda: "scam" in check.verdict.headline.text().lower(), timeout=10_000)
    assert "Windows" in check.text.toPlainText()
    assert check.channel() == "popup"
    assert sample.phones[0] in {p.e164 for p in check.result.analysis.phones}


def test_a_dropped_picture_file_is_read_not_pasted_as_its_name(qtbot, window, tmp_path):
    from PySide6.QtCore import QMimeData, QUrl

    dropped = QMimeData()
    dropped.setUrls([QUrl.fromLocalFile(str(tmp_path / "shot.PNG"))])
    given = []
    window.check.text.file_given.disconnect()  # (no file there: only the hand-over is tested)
    window.check.text.file_given.connect(given.append)
    window.check.text.insertFromMimeData(dropped)
    assert given == [str(tmp_path / "shot.PNG")]
    assert window.check.text.toPlainText() == ""
    text = QMimeData()
    text.setText("Call 1-844-555-0199 now")
    window.check.text.insertFromMimeData(text)
    assert window.check.text.toPlainText() == "Call 1-844-555-0199 now"
