"""The History screen's connection to the case log, on a thread of its own: opening
the log checks the whole file, and a SQLite connection belongs to the thread that made it."""

from __future__ import annotations

import itertools
import queue
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QMetaObject,
    QObject,
    Qt,
    Slot,
)

if TYPE_CHECKING:
    from scamscreen.workspace import CaseLog

PAGE_SIZE = 200  # rows fetched at a time as the list scrolls

Job = Callable[["CaseLog"], Any]
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]
Submit = Callable[[Job, Done, Failed], None]


# -- the page's connection, on its own thread --------------------------------------------


class _Mailbox(QObject):
    """Where the log's thread leaves word that answers are waiting; lives on the GUI
    thread, so a queued call to `deliver` runs there."""

    def __init__(self, deliver: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._deliver = deliver

    @Slot()
    def deliver(self) -> None:
        self._deliver()


class CaseLogThread:
    """Runs jobs `fn(log)` one after another on one `CaseLog`, opened on first use and
    closed by `stop()` (a job after that opens it again); each answer is handed to its
    callback on the GUI thread.

    The thread is a daemon: a page that is never closed cannot hold up or crash the
    program's exit (every save is committed on its own, so none is half-written). When
    `owner` is deleted, the answers still to come are dropped and the thread ends.

    Answers travel through a queue and a queued `invokeMethod`, not a Qt signal: with
    PySide6 6.12, every `Signal.emit()` made from Python drops a reference to `True`,
    and a long session would end in "deallocating True or False".
    """

    def __init__(
        self, home: Path, owner: QObject, on_recovered: Callable[[str], None] | None = None
    ) -> None:
        self.home = home
        self.on_recovered = on_recovered  # the log was damaged and restored at opening
        self._jobs: queue.SimpleQueue[tuple[int, Job] | None] = queue.SimpleQueue()
        self._answers: queue.SimpleQueue[tuple[int, bool, Any]] = queue.SimpleQueue()
        self._tickets = itertools.count(1)
        self._callbacks: dict[int, tuple[Done, Failed]] = {}
        self._owner_alive = True
        self._thread = self._new_thread()
        self._lock = threading.Lock()  # the mailbox is not deleted while a call is posted
        self._mailbox: _Mailbox | None = _Mailbox(self._deliver, owner)
        self._mailbox.destroyed.connect(self._owner_gone)

    def _new_thread(self) -> threading.Thread:
        return threading.Thread(target=self._run, name="history-log", daemon=True)

    def submit(self, fn: Job, on_done: Done, on_error: Failed) -> None:
        if not self._owner_alive:
            return
        ticket = next(self._tickets)
        self._callbacks[ticket] = (on_done, on_error)
        self._jobs.put((ticket, fn))
        if not self._thread.is_alive():
            self._thread.start()

    def running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        import sqlite3

        from scamscreen.workspace import Workspace  # (not at start-up: see app.py)

        log: CaseLog | None = None
        cared = False  # the thorough check and any backup due, once the first answer is out
        try:
            while (job := self._jobs.get()) is not None:
                ticket, fn = job
                try:
                    if log is None:
                        # The quick check only: the history is on screen at once, and
                        # the thorough one (seconds for a big log) runs after this job.
                        log = Workspace(self.home).open_caselog(
                            daily_backup=False, thorough=False
                        )
                        if log.recovery is not None:
                            self._reply(_RECOVERED, True, log.recovery.message)
                    try:
                        result = fn(log)
                    except sqlite3.DatabaseError as exc:
                        if isinstance(exc, sqlite3.OperationalError):
                            raise  # locked, disk full...: said as it is
                        # Damage the quick check could not see: check it all now,
                        # restore the newest good backup, and answer from that.
                        cared = True
                        log = self._care(log)
                        if log is None:
                            raise
                        result = fn(log)
                except Exception as exc:  # handed to the job's error callback
                    self._reply(ticket, False, exc)
                else:
                    self._reply(ticket, True, result)
                if log is not None and not cared and self._jobs.empty():
                    cared = True
                    log = self._care(log)
        finally:
            if log is not None:
                log.close()

    def _care(self, log: CaseLog) -> CaseLog | None:
        """Run the thorough check; if it finds damage, open the log again the thorough
        way, which moves the file aside and restores the newest good backup."""
        from scamscreen.workspace import Workspace

        try:
            if log.daily_care() == "ok":
                return log
            log.close()
            log = Workspace(self.home).open_caselog()
            if log.recovery is not None:
                self._reply(_RECOVERED, True, log.recovery.message)
            return log
        except Exception:
            log.close()
            return None

    def _reply(self, ticket: int, ok: bool, payload: Any) -> None:
        self._answers.put((ticket, ok, payload))
        with self._lock:
            if self._mailbox is not None:
                QMetaObject.invokeMethod(
                    self._mailbox, "deliver", Qt.ConnectionType.QueuedConnection
                )

    def _deliver(self) -> None:
        while True:
            try:
                ticket, ok, payload = self._answers.get_nowait()
            except queue.Empty:
                return
            if ticket == _RECOVERED:
                if self.on_recovered is not None and self._owner_alive:
                    self.on_recovered(payload)
                continue
            callbacks = self._callbacks.pop(ticket, None)
            if callbacks is None:  # asked for before stop(): nobody waits for it now
                continue
            on_done, on_error = callbacks
            if ok:
                on_done(payload)
            else:
                on_error(payload)

    def _owner_gone(self) -> None:
        with self._lock:
            self._mailbox = None
        self._owner_alive = False
        self._callbacks.clear()
        self._jobs.put(None)  # the jobs asked for are done, then the log is closed

    def stop(self) -> None:
        """Finish the jobs already asked for (an outcome being saved is saved), close
        the connection, and end the thread. Answers still on their way are dropped."""
        self._callbacks.clear()
        if self._thread.is_alive():
            self._jobs.put(None)
            self._thread.join()
        self._thread = self._new_thread()


_RECOVERED = 0  # the ticket of the message about a log restored at opening (jobs count from 1)


# -- words -------------------------------------------------------------------------------
