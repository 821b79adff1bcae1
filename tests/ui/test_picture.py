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
