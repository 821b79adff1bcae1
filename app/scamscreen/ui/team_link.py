"""The main window's link to the team server (team mode, issue 16): whether a team server
is set, saving a check to the team (to this computer's outbox while the server is away),
and the status bar's "N contacts waiting to go to your team", sent again on their own when
the app starts and every few minutes.

Everything that touches the network or a file runs on the window's case-log thread
(`history_worker.CaseLogThread.run`, a `tasks.Lane`): in order with the saves and the
History screen's reads, and never on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import QLabel, QStatusBar

from scamscreen.ui.problems import in_words

if TYPE_CHECKING:
    from scamscreen.core.screening import Screener
    from scamscreen.ui.check_page import CheckPage
    from scamscreen.ui.history_page import HistoryPage
    from scamscreen.ui.history_worker import CaseLogThread
    from scamscreen.workspace import CaseLog, Workspace

SEND_EVERY_MS = 3 * 60 * 1000  # how often contacts waiting in the outbox are sent again



class TeamLink(QObject):
    """`url` is the team server in use (None: this computer's own case log), known once
    `started` has run `check()`; `waiting` the contacts in the outbox. `in_team` says,
    each time it is read, whether a team server is in use."""

    in_team = Signal(bool)

    def __init__(
        self,
        workspace: Callable[[], Workspace],
        log: Callable[[], CaseLogThread],
        status: QStatusBar,
        on_error: Callable[[BaseException], None],
    ) -> None:
        super().__init__(status)
        self._workspace = workspace
        self._log = log
        self._on_error = on_error
        self.url: str | None = None
        self.known = False  # `url` has been read (check() answered)
        self.waiting = 0
        self.sending = False
        self.queued: object = None  # the check (its Result) last saved to the outbox
        self.label = QLabel()
        self.label.setAccessibleName(self.tr("Contacts waiting to go to your team"))
        self.label.hide()
        status.addPermanentWidget(self.label)
        self.timer = QTimer(self)
        self.timer.setInterval(SEND_EVERY_MS)
        self.timer.timeout.connect(self.send)

    # -- which log is in use

    def check(self, then: Callable[[], None] | None = None) -> None:
        """Read whether a team server is set (off the GUI thread: it is kept in the case
        log's settings), then send what waits in the outbox."""
        workspace = self._workspace()

        def read() -> tuple[str | None, int]:
            return workspace.team_url(), workspace.waiting_for_team()

        def known(answer: tuple[str | None, int]) -> None:
            self.url, waiting = answer
            self.known = True
            self.in_team.emit(bool(self.url))
            self._show(waiting)
            if self.url:
                self.timer.start()
                if waiting:
                    self.send()
            else:  # (left the team: what waits stays, and is said, until it is joined again)
                self.timer.stop()
            if then is not None:
                then()

        self._log().run(read, known, self._on_error)

    # -- saving and sending

    def save(
        self,
        row: Callable[[], dict[str, Any]],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """Save the row `row()` makes to the team; `done(stored)`, with None when the
        server could not be reached and the row waits in the outbox instead; `failed`
        when the server refused it."""
        workspace = self._workspace()

        def work() -> tuple[Any, int]:
            stored = workspace.save_to_team(row())
            return stored, workspace.waiting_for_team()

        def saved(answer: tuple[Any, int]) -> None:
            stored, waiting = answer
            self._show(waiting)
            if waiting:
                self.timer.start()
            done(stored)

        self._log().run(work, saved, failed)

    def send(self) -> None:
        """Send the contacts waiting in the outbox (the timer's, and at start-up)."""
        if self.sending:
            return
        self.sending = True
        workspace = self._workspace()

        def work() -> int:
            workspace.sync_team()  # (a server still away: they wait for the next time)
            return workspace.waiting_for_team()

        def sent(waiting: int) -> None:
            self.sending = False
            self._show(waiting)

        def failed(error: BaseException) -> None:
            self.sending = False
            self._on_error(error)

        self._log().run(work, sent, failed)

    def _show(self, waiting: int) -> None:
        self.waiting = waiting
        if waiting:
            self.label.setText(
                self.tr("{n} contacts waiting to go to your team").format(n=waiting)
                if waiting != 1
                else self.tr("1 contact waiting to go to your team")
            )
        self.label.setVisible(bool(waiting))


class TeamWindow:
    """The main window's team mode (a mixin of `main_window.MainWindow`, which sets these
    attributes): saving a check to the team, the region told to the case log in use, and
    joining or leaving a team from Settings."""

    check: CheckPage
    screener: Screener | None
    saved_id: int | None
    _history: HistoryPage | None
    _log: CaseLogThread | None
    _workspace: Workspace | None
    first_painted: SignalInstance

    if TYPE_CHECKING:  # (MainWindow's and QMainWindow's, which come later in its MRO)

        @property
        def workspace(self) -> Workspace:
            raise NotImplementedError

        @property
        def log(self) -> CaseLogThread:
            raise NotImplementedError

        def statusBar(self) -> QStatusBar:
            raise NotImplementedError

        def save(self, then: object = None) -> None:
            raise NotImplementedError

        def _store_failed(self, error: BaseException) -> None:
            raise NotImplementedError

    def _link_team(self) -> None:
        """Saves go to the team in team mode; the outbox is sent from start-up, on a timer."""
        self.team_link = TeamLink(
            lambda: self.workspace, lambda: self.log, self.statusBar(), self._team_problem
        )
        self.team_link.in_team.connect(self.check.keep_picture.set_team_mode)
        self.first_painted.connect(self.team_link.check)

    def _saved_to_team(self, then: object) -> bool:
        """In team mode, save the check to the team (True); else leave it to the case
        log (False). Just after start, whether a team server is set is read first. A
        check already waiting in the outbox is not saved twice."""
        if self.check.result is not None and self.check.result is self.team_link.queued:
            return True
        if not self.team_link.known:
            self.team_link.check(lambda: self.save(then))
            return True
        if not self.team_link.url:
            return False
        self._save_to_team(then)
        return True

    def _save_to_team(self, then: object) -> None:
        result = self.check.result
        assert result is not None and self.screener is not None  # (save() looked)
        from scamscreen.core.contact import parse_contact

        contact = parse_contact(self.check.contact_fields())
        data_version, desk = self.screener.data_version, self.check.helpdesk_fields()
        workspace = self.workspace

        def row() -> dict[str, Any]:  # (pictures are never sent anywhere: none is kept)
            return workspace.team_row(contact, result, data_version=data_version, **desk)

        def done(stored: Any) -> None:
            if stored is None:  # the server is away: kept in the outbox, sent later
                self.saved_id = None
                self.team_link.queued = result
                queued = QCoreApplication.translate(
                    "TeamWindow",
                    "Saved on this computer; it will go to your team when the server is back.",
                )
                self.statusBar().showMessage(queued, 15000)
                self.check.verdict.show_saved(True, queued)
                return
            self.saved_id = int(stored.id)
            if self._history is not None:
                self._history.refresh()
            saved = QCoreApplication.translate("TeamWindow", "Saved to your team's history.")
            self.statusBar().showMessage(saved, 8000)
            self.check.verdict.show_saved(
                True,
                QCoreApplication.translate(
                    "TeamWindow", "✓ Saved to your team's history. Your team can see it now."
                ),
            )
            if callable(then):
                then()

        self.team_link.save(row, done, self._store_failed)

    def _team_problem(self, error: BaseException) -> None:
        """Sending what waits in the outbox failed in a way waiting will not mend (the
        password changed, the account was removed): said in the status bar, no dialog."""
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "TeamWindow", "The contacts waiting for your team could not be sent: {problem}"
            ).format(problem=in_words(error)),
            30000,
        )

    def team_changed(self) -> None:
        """A team server was joined or left (Settings): read the history from the log
        now in use, and send what waits."""
        if self._history is not None:
            self._history.close_log()
        if self._log is not None:
            self._log.stop()  # (the next job opens the log in use now)
        if self._workspace is not None:  # its handle on the team that was left
            self.log.run(self._workspace.forget_team, lambda _none: None, self._team_problem)
        self.team_link.known = False
        self.team_link.check(lambda: self._history.refresh() if self._history else None)

    def _share_region(self) -> None:
        """The case log reads typed numbers (in a history search) in the user's region:
        tell it, off the GUI thread, when the region is set."""
        region = self.check.region
        if self.team_link.url:  # (the team's log is told at opening; and may be away)
            return

        def work(log: CaseLog) -> None:
            if log.setting("region") != region:
                log.set_setting("region", region)

        self.log.submit(work, lambda _none: None, self._store_failed)

