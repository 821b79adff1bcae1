"""The box "Your team" of the Settings screen (help-desk mode, issue 16): the team server's
address, Join… (the password is asked once, in a password field, and kept by the
Workspace in the system's keyring, never in the settings), Test the connection, who the
person is there (login, role, desk), and Leave the team.

Everything that reaches the server or the case log runs off the GUI thread
(`tasks.run_in_background`), each time on a Workspace of its own. What the server says is
shown as plain text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scamscreen.ui.problems import in_words
from scamscreen.ui.settings_parts import Section, Store, selectable, wrapped
from scamscreen.ui.tasks import run_in_background
from scamscreen.workspace import Workspace
from scamscreen.workspace_team import TeamMember


class PasswordDialog(QDialog):
    """Asks the team password once; it goes to the keyring and is forgotten here."""

    def __init__(self, where: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your team password"))
        self.setAccessibleName(self.tr("Your team password"))
        about = wrapped(
            self.tr(
                "The password for {where}, from the person who runs your team server. "
                "ScamScreen keeps it in this computer's keyring, not in its settings."
            ).format(where=where)
        )
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Team password"))
        label = QLabel(self.tr("&Password:"))
        label.setBuddy(self.password)
        buttons = QDialogButtonBox()
        self.join_button = buttons.addButton(
            self.tr("&Join"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.join_button.setAccessibleName(self.tr("Join"))
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(label)
        layout.addWidget(self.password)
        layout.addStretch(1)
        layout.addWidget(buttons)


class TeamSection(Section):
    """The box "Your team". `team_changed` is emitted once a team was joined or left:
    the window then reads the history from the log in use."""

    team_changed = Signal()

    def __init__(
        self, settings: QSettings, store: Store, home: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(settings, store, parent)
        self.setTitle(self.tr("Your team"))
        self.home = home
        self.joined: str | None = None  # the address joined (without its password)
        self.member: TeamMember | None = None
        self.ready = False  # the address in use has been read
        self.busy = False  # a join, test or leave is running
        self.password_dialog: PasswordDialog | None = None
        self.leave_box: QMessageBox | None = None
        self.hint(
            self.tr(
                "A help desk can keep one history for the whole team on a server your IT "
                "department runs: everyone sees what the others saved. ScamScreen connects "
                "to it only with TLS and a checked certificate."
            )
        )
        self.address = QLineEdit()
        self.address.setPlaceholderText(
            self.tr("postgresql://NAME@SERVER/scamscreen?sslrootcert=ca.crt")
        )
        self.address_label = self.row(self.form(), self.tr("Team ser&ver address:"), self.address)
        self.address.setAccessibleDescription(
            self.tr("The address your IT department gave you, without the password.")
        )
        self.server = selectable(wrapped())
        self.describe(self.server, self.tr("The team server in use"))
        self.box.addWidget(self.server)
        self.who = selectable(wrapped())
        self.describe(self.who, self.tr("Who you are on the team"))
        self.box.addWidget(self.who)
        row = QHBoxLayout()
        self.join_button = self._button(row, self.tr("&Join…"), self.join)
        self.test_button = self._button(row, self.tr("&Test the connection"), self.test)
        self.leave_button = self._button(row, self.tr("Lea&ve the team…"), self.leave)
        row.addStretch(1)
        self.box.addLayout(row)
        self.status = wrapped()
        self.describe(self.status, self.tr("About the team connection"))
        self.box.addWidget(self.status)
        self._show()
        self.load()

    def _button(self, row: QHBoxLayout, text: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    # -- what is shown

    def _show(self) -> None:
        joined = self.joined is not None
        self.address.setVisible(not joined)
        self.address_label.setVisible(not joined)
        self.join_button.setVisible(not joined)
        self.leave_button.setVisible(joined)
        self.server.setVisible(joined)
        if joined:
            self.server.setText(self.tr("Team server: {address}").format(address=self.joined))
        member = self.member
        self.who.setVisible(member is not None)
        if member is not None:
            self.who.setText(
                self.tr("You are {user} ({role}) on the desk “{desk}”.").format(
                    user=member.user, role=self._role(member.role), desk=member.desk
                )
            )
        for button in (self.join_button, self.test_button, self.leave_button):
            button.setEnabled(self.ready and not self.busy)
        self.status.setVisible(bool(self.status.text()))

    def _role(self, role: str) -> str:
        return {
            "staff": self.tr("staff"),
            "lead": self.tr("desk lead"),
            "auditor": self.tr("auditor"),
        }.get(role, role or "?")

    def say(self, text: str) -> None:
        self.status.setText(text)
        self._show()

    def problem(self, error: BaseException) -> str:
        """What is wrong with the connection, in plain words, then the details."""
        kind = getattr(error, "kind", "")
        plain = {
            "insecure": self.tr(
                "Not a secure connection: ScamScreen connects to a team server only with "
                "TLS and a checked certificate, so it did not connect."
            ),
            "no_tls": self.tr(
                "The server does not offer a secure (TLS) connection, so ScamScreen sent it "
                "nothing. Ask your IT department to turn TLS on."
            ),
            "untrusted": self.tr(
                "The server's certificate is not trusted: it could not be checked against "
                "your IT department's certificate authority. Ask them for it, and add "
                "sslrootcert=FILE to the address."
            ),
            "password": self.tr("The user name or password is wrong."),
            "unreachable": self.tr(
                "The server cannot be reached: check the address, and that this computer "
                "is connected to your organisation's network."
            ),
            "refused": self.tr("The server does not let this account use the team history."),
        }.get(kind)
        detail = in_words(error)
        if plain is None:
            return detail
        return self.tr("{problem}\nDetails: {detail}").format(problem=plain, detail=detail)

    # -- reading what is in use

    def load(self) -> None:
        home = self.home

        def work() -> str | None:
            workspace = Workspace(home)
            url = workspace.team_url()
            return workspace.shown_address(url) if url else None

        def done(url: str | None) -> None:
            self.ready = True
            self.joined = url
            self._show()
            if url is not None:  # who the person is there (off the GUI thread too)
                self._run(lambda: Workspace(home).team_member(url), self._know_member)

        def failed(error: BaseException) -> None:
            self.ready = True
            self.say(in_words(error))

        run_in_background(work, done, failed, self)

    # -- joining, testing, leaving

    def _know_member(self, member: TeamMember) -> None:
        self.member = member
        self._show()

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.busy = True
        self._show()

        def finished(answer: Any) -> None:
            self.busy = False
            done(answer)

        def failed(error: BaseException) -> None:
            self.busy = False
            self.say(self.problem(error))

        run_in_background(work, finished, failed, self)

    def join(self) -> None:
        """Ask the password for the address typed, then join (off the GUI thread)."""
        url = self.address.text().strip()
        if not url:
            self.say(self.tr("Type the team server's address first."))
            self.address.setFocus()
            return
        if self.password_dialog is not None:
            self.password_dialog.deleteLater()
        self.password_dialog = PasswordDialog(Workspace.shown_address(url), self)
        self.password_dialog.accepted.connect(self._join_with_password)
        self.password_dialog.open()

    def _join_with_password(self) -> None:
        dialog = self.password_dialog
        assert dialog is not None
        url, password = self.address.text().strip(), dialog.password.text() or None
        dialog.password.clear()  # (held only until the keyring has it)
        home = self.home

        def work() -> tuple[str, TeamMember]:
            workspace = Workspace(home)
            with workspace.team_join(url, password) as log:
                return workspace.shown_address(url), TeamMember(log.user, log.role, log.desk)

        def joined(answer: tuple[str, TeamMember]) -> None:
            self.joined, self.member = answer
            self.address.clear()
            self.say(self.tr("You joined your team: History now shows the team's contacts."))
            self.team_changed.emit()

        self.say(self.tr("Joining…"))
        self._run(work, joined)

    def test(self) -> None:
        """Connect to the team server in use (else the address typed) and say who the
        person is there, or what is wrong."""
        url = self.joined or self.address.text().strip()
        if not url:
            self.say(self.tr("Type the team server's address first."))
            return
        home = self.home

        def tested(member: TeamMember) -> None:
            self.member = member
            self.say(
                self.tr(
                    "The connection works: it is encrypted, the server's certificate is "
                    "trusted and your password was accepted."
                )
            )

        self.say(self.tr("Testing the connection…"))
        self._run(lambda: Workspace(home).team_member(url), tested)

    def leave(self) -> None:
        """Ask first; then forget the address and the password kept for it."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Leave the team"))
        box.setTextFormat(self.status.textFormat())
        box.setText(
            self.tr(
                "Leave the team? ScamScreen forgets the team server's address and your "
                "password, and History shows this computer's own contacts again. The "
                "team's contacts stay on the server."
            )
        )
        box.setAccessibleName(self.tr("Leave the team"))
        yes = box.addButton(self.tr("&Leave the team"), QMessageBox.ButtonRole.AcceptRole)
        yes.setAccessibleName(self.tr("Leave the team"))
        stay = box.addButton(self.tr("Stay"), QMessageBox.ButtonRole.RejectRole)
        stay.setAccessibleName(self.tr("Stay"))
        box.setDefaultButton(yes)
        box.buttonClicked.connect(lambda button: self._leave_now() if button is yes else None)
        self.leave_box = box
        box.open()

    def _leave_now(self) -> None:
        if self.busy or self.joined is None:
            return
        home = self.home

        def left(_none: None) -> None:
            self.joined, self.member = None, None
            self.say(self.tr("You left the team: History shows this computer's own contacts."))
            self.team_changed.emit()

        self._run(lambda: Workspace(home).team_leave(), left)
