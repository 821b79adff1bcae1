"""Work off the GUI thread, with a result and an error callback (after Anki's QueryOp).
The window never blocks. Three forms of one helper, for three kinds of work:

- `run_in_background(fn, on_done, on_error, parent)`: one function on Qt's thread pool.
- `BackgroundJob`: the same, with progress reports and Cancel (an update, an import).
- `Lane`: jobs one after another on a thread of their own, for work that must stay on one
  thread: a SQLite connection belongs to the thread that opened it (the History screen's
  case log, `history_worker.CaseLogThread`).

Every answer comes back to the GUI thread the same way: put in a `_Mailbox`'s queue,
with a queued `invokeMethod` to fetch it; and it is dropped, not delivered, once the
widget that asked is gone. Not a Qt signal from the worker: with PySide6 6.12, every
`Signal.emit()` made from Python drops a reference to `True`, and a long session would
end in "deallocating True or False".
"""

from __future__ import annotations

import itertools
import queue
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QMetaObject, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Mailbox(QObject):
    """Lives on the GUI thread: `post(callback, *args)` from any thread, and the
    callback runs there. `close()` (from any thread) drops what is posted after it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._letters: queue.SimpleQueue[tuple[Callable[..., None], tuple[Any, ...]]] = (
            queue.SimpleQueue()
        )
        self._lock = threading.Lock()  # not deleted while a call to it is being posted
        self._open = True

    def post(self, callback: Callable[..., None], *args: Any) -> None:
        with self._lock:
            if not self._open:
                return
            self._letters.put((callback, args))
            QMetaObject.invokeMethod(self, "deliver", Qt.ConnectionType.QueuedConnection)

    def close(self) -> None:
        with self._lock:
            self._open = False

    @Slot()
    def deliver(self) -> None:
        while True:
            try:
                callback, args = self._letters.get_nowait()
            except queue.Empty:
                return
            callback(*args)


# -- one function on the thread pool ------------------------------------------------------


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], answer: Callable[[bool, Any], None]) -> None:
        super().__init__()
        self.fn = fn
        self.answer = answer

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # handed to the error callback on the GUI thread
            self.answer(False, exc)
        else:
            self.answer(True, result)


_running: set[_Mailbox] = set()  # mailboxes of jobs still running: alive until they report


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    parent: QObject,
) -> None:
    """Run `fn` on the thread pool; `on_done(result)` or `on_error(exc)` then runs on the
    GUI thread — unless `parent` was deleted meanwhile (the window closed), in which
    case the answer is dropped instead of reaching a dead widget."""
    mailbox = _Mailbox()  # not owned by `parent`: it must outlive it if the job does
    _running.add(mailbox)

    def finish(ok: bool, value: Any) -> None:
        _running.discard(mailbox)
        mailbox.deleteLater()
        if shiboken6.isValid(parent):
            (on_done if ok else on_error)(value)

    QThreadPool.globalInstance().start(_Job(fn, lambda ok, value: mailbox.post(finish, ok, value)))


# -- with progress and Cancel ------------------------------------------------------------


_jobs: set[BackgroundJob] = set()  # jobs still working: alive until they report


class BackgroundJob(QObject):
    """One piece of long work on the thread pool, with progress and Cancel.

    `fn(job)` runs off the GUI thread; it may call `job.report(*values)` as often as it
    likes and poll `job.cancelled()`. Reports are coalesced: at most one is waiting for
    the GUI thread at a time, and the GUI reads the newest values when it gets to it
    (`latest()`), so a fast download never floods the event queue and a stalled one
    still shows the last bytes that came. `finished(result)` or `failed(error)` then
    come on the GUI thread. The job is its own parent for `run_in_background` and stays
    alive (held here) until it has reported, so nothing is ever sent from a deleted
    object; a dialog closed meanwhile simply takes its connections with it."""

    progressed = Signal(object)  # a tuple: what `fn` reported (emitted on its thread)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._latest: tuple[Any, ...] | None = None
        self._waiting = False  # a report is on its way to the GUI thread

    def start(self, fn: Callable[[BackgroundJob], Any]) -> None:
        _jobs.add(self)
        run_in_background(lambda: fn(self), self._done, self._failed, self)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        """Thread-safe: whether Cancel was pressed."""
        return self._cancel.is_set()

    def report(self, *values: Any) -> None:
        """From the worker thread: the progress now."""
        with self._lock:
            self._latest = values
            if self._waiting:
                return
            self._waiting = True
        self.progressed.emit(values)

    def latest(self) -> tuple[Any, ...] | None:
        """On the GUI thread: the newest report (and room for the next one)."""
        with self._lock:
            self._waiting = False
            return self._latest

    def _done(self, result: Any) -> None:
        _jobs.discard(self)
        self.finished.emit(result)
        self.deleteLater()

    def _failed(self, error: BaseException) -> None:
        _jobs.discard(self)
        self.failed.emit(error)
        self.deleteLater()


# -- jobs in order, on a thread of their own ---------------------------------------------


class Lane:
    """Runs jobs `fn()` one after another on one thread, started with the first job;
    each answer is handed to its callback on the GUI thread. `idle()` runs on that
    thread each time the jobs asked for are done, and `finish()` when it ends.

    The thread is a daemon: a lane that is never stopped cannot hold up or crash the
    program's exit. When `owner` is deleted, the answers still to come are dropped and
    the thread ends once the jobs already asked for are done."""

    def __init__(
        self,
        owner: QObject,
        name: str,
        *,
        idle: Callable[[], None] | None = None,
        finish: Callable[[], None] | None = None,
    ) -> None:
        self.name = name
        self._idle = idle
        self._finish = finish
        self._jobs: queue.SimpleQueue[tuple[int, Callable[[], Any]] | None] = queue.SimpleQueue()
        self._tickets = itertools.count(1)
        self._callbacks: dict[int, tuple[Done, Failed]] = {}
        self._owner_alive = True
        self._thread = self._new_thread()
        self._mailbox = _Mailbox(owner)
        self._mailbox.destroyed.connect(self._owner_gone)

    def _new_thread(self) -> threading.Thread:
        return threading.Thread(target=self._run, name=self.name, daemon=True)

    def submit(self, fn: Callable[[], Any], on_done: Done, on_error: Failed) -> None:
        if not self._owner_alive:
            return
        ticket = next(self._tickets)
        self._callbacks[ticket] = (on_done, on_error)
        self._jobs.put((ticket, fn))
        if not self._thread.is_alive():
            self._thread.start()

    def post(self, callback: Callable[[Any], None], value: Any) -> None:
        """From the lane's thread: `callback(value)` on the GUI thread, while the owner
        lives (news that is no job's answer)."""
        self._mailbox.post(self._say, callback, value)

    def running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        try:
            while (job := self._jobs.get()) is not None:
                ticket, fn = job
                try:
                    result = fn()
                except Exception as exc:  # handed to the job's error callback
                    self._mailbox.post(self._answer, ticket, False, exc)
                else:
                    self._mailbox.post(self._answer, ticket, True, result)
                if self._idle is not None and self._jobs.empty():
                    self._idle()
        finally:
            if self._finish is not None:
                self._finish()

    def _answer(self, ticket: int, ok: bool, payload: Any) -> None:
        callbacks = self._callbacks.pop(ticket, None)
        if callbacks is None:  # asked for before stop(): nobody waits for it now
            return
        on_done, on_error = callbacks
        if ok:
            on_done(payload)
        else:
            on_error(payload)

    def _say(self, callback: Callable[[Any], None], value: Any) -> None:
        if self._owner_alive:
            callback(value)

    def _owner_gone(self) -> None:
        self._mailbox.close()
        self._owner_alive = False
        self._callbacks.clear()
        self._jobs.put(None)  # the jobs asked for are done, then the thread ends

    def stop(self) -> None:
        """Finish the jobs already asked for, then end the thread (`finish()` runs);
        answers still on their way are dropped. A job submitted after this starts a
        new thread."""
        self._callbacks.clear()
        if self._thread.is_alive():
            self._jobs.put(None)
            self._thread.join()
        self._thread = self._new_thread()
