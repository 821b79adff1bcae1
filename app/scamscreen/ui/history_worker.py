"""The History screen's connection to the case log, on a thread of its own: opening
the log checks the whole file, and a SQLite connection belongs to the thread that made it.
With a team server set (team mode), the log is the team's (`Workspace.open_log`): the same
operations, over the network, just as much off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from scamscreen.ui.tasks import Done, Failed, Lane

if TYPE_CHECKING:
    from scamscreen.workspace import CaseLog

PAGE_SIZE = 200  # rows fetched at a time as the list scrolls

Job = Callable[["CaseLog"], Any]
Submit = Callable[[Job, Done, Failed], None]


# -- the page's connection, on its own thread --------------------------------------------


class CaseLogThread:
    """Runs jobs `fn(log)` one after another on one `CaseLog`, opened on first use and
    closed by `stop()` (a job after that opens it again); each answer is handed to its
    callback on the GUI thread. The jobs run on a `tasks.Lane` (a thread of its own):
    see there for what happens when `owner` is deleted.

    The log is opened with the quick check only, so the history is on screen at once;
    the thorough check (seconds for a big log) runs when the first jobs are done, or at
    once when a job meets damage the quick check could not see."""

    def __init__(
        self, home: Path, owner: QObject, on_recovered: Callable[[str], None] | None = None
    ) -> None:
        self.home = home
        self.on_recovered = on_recovered  # the log was damaged and restored at opening
        self._log: CaseLog | None = None  # (used on the lane's thread only)
        self._cared = False  # the thorough check and any backup due have run
        self._lane = Lane(owner, "history-log", idle=self._care_once, finish=self._close)

    def submit(self, fn: Job, on_done: Done, on_error: Failed) -> None:
        self._lane.submit(lambda: self._with_log(fn), on_done, on_error)

    def run(self, fn: Callable[[], Any], on_done: Done, on_error: Failed) -> None:
        """`fn()` on the same thread, in order with the log's jobs, without opening the
        log (a save to the team, which goes to the outbox when the server is away)."""
        self._lane.submit(fn, on_done, on_error)

    def running(self) -> bool:
        return self._lane.running()

    def stop(self) -> None:
        """Finish the jobs already asked for (an outcome being saved is saved), close
        the connection, and end the thread. Answers still on their way are dropped."""
        self._lane.stop()

    # -- on the lane's thread

    def _with_log(self, fn: Job) -> Any:
        import sqlite3

        log = self._log
        if log is None:
            from scamscreen.workspace import Workspace  # (not at start-up: see app.py)

            log = self._log = Workspace(self.home).open_log(daily_backup=False, thorough=False)
            self._say_recovered(log)
        try:
            return fn(log)
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError):
                raise  # locked, disk full...: said as it is
            # Damage the quick check could not see: check it all now, restore the
            # newest good backup, and answer from that.
            self._cared = True
            log = self._log = self._care(log)
            if log is None:
                raise
            return fn(log)

    def _care_once(self) -> None:
        if self._log is not None and not self._cared:
            self._cared = True
            self._log = self._care(self._log)

    def _care(self, log: CaseLog) -> CaseLog | None:
        """Run the thorough check; if it finds damage, open the log again the thorough
        way, which moves the file aside and restores the newest good backup."""
        from scamscreen.workspace import Workspace

        try:
            if log.daily_care() == "ok":
                return log
            log.close()
            log = Workspace(self.home).open_caselog()
            self._say_recovered(log)
            return log
        except Exception:
            log.close()
            return None

    def _say_recovered(self, log: CaseLog) -> None:
        if log.recovery is not None:
            self._lane.post(self._recovered, log.recovery.message)

    def _recovered(self, message: str) -> None:
        if self.on_recovered is not None:
            self.on_recovered(message)

    def _close(self) -> None:
        if self._log is not None:
            self._log.close()
        self._log = None
        self._cared = False  # (a log opened again is cared for again)


# -- words -------------------------------------------------------------------------------
