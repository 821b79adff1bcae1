"""The one helper for work off the GUI thread (ui/tasks.py): one function on the pool,
a job with progress and Cancel, and a Lane of jobs in order on a thread of its own.
Nothing here sleeps: the tests wait for the answers themselves."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtWidgets import QWidget

from scamscreen.ui import tasks


def test_a_lane_runs_its_jobs_in_order_on_one_thread(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    idle: list[str] = []
    lane = tasks.Lane(owner, "test-lane", idle=lambda: idle.append(threading.current_thread().name))
    answers: list[tuple[int, str]] = []
    for n in range(5):
        lane.submit(
            lambda n=n: (n, threading.current_thread().name), answers.append, answers.append
        )
    qtbot.waitUntil(lambda: len(answers) == 5, timeout=5000)
    assert [n for n, _ in answers] == [0, 1, 2, 3, 4]
    assert {name for _, name in answers} == {"test-lane"}
    assert threading.current_thread().name != "test-lane"  # (answered on the GUI thread)
    assert idle and set(idle) == {"test-lane"}
    lane.stop()
    assert not lane.running()


def test_a_lane_hands_a_failure_to_the_error_callback_and_goes_on(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    lane = tasks.Lane(owner, "test-lane")
    failed: list[BaseException] = []
    done: list[int] = []
    lane.submit(lambda: 1 / 0, done.append, failed.append)
    lane.submit(lambda: 7, done.append, failed.append)
    qtbot.waitUntil(lambda: done == [7], timeout=5000)
    assert isinstance(failed[0], ZeroDivisionError)
    lane.stop()


def test_a_lane_whose_owner_is_gone_answers_nobody_and_ends(qtbot):
    owner = QWidget()
    finished = threading.Event()
    lane = tasks.Lane(owner, "test-lane", finish=finished.set)
    release = threading.Event()
    answers: list[object] = []
    lane.submit(lambda: release.wait(5) and "late", answers.append, answers.append)
    shiboken6.delete(owner)  # closed while the job runs
    release.set()
    qtbot.waitUntil(finished.is_set, timeout=5000)
    qtbot.waitUntil(lambda: not lane.running(), timeout=5000)
    assert answers == []
    lane.submit(lambda: "after", answers.append, answers.append)  # (nobody to answer)
    assert not lane.running()


def test_a_background_job_reports_its_progress_and_its_result(qtbot):
    job = tasks.BackgroundJob()
    seen: list[tuple] = []
    job.progressed.connect(lambda _values: seen.append(job.latest()))

    def work(job: tasks.BackgroundJob) -> str:
        for n in range(3):
            job.report(n, 3)
        return "done"

    with qtbot.waitSignal(job.finished, timeout=5000) as finished:
        job.start(work)
    assert finished.args == ["done"]
    assert seen and seen[-1] == (2, 3)  # (reports are coalesced: the newest is read)
