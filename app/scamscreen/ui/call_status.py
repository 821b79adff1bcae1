"""“Is my IT desk calling me?” (issue 18): one large answer, from the desk's server.

Three answers, each in words and with a symbol of its own (never colour alone):
- talking: "Alice from Contoso IT is talking to you now (ticket 123)";
- nobody: "Nobody from Contoso IT is talking to you. Hang up and report it.", with a
  Report button that sends the contact to the desk;
- cannot ask (the server away, its certificate, the password, not enrolled): "ScamScreen
  cannot reach your IT desk right now. Don't continue the call; call the desk on the
  number your organisation gave you."

The question goes to the server off the GUI thread (`ui/tasks.py`); the window never
decides the answer itself. Everything from the server (names, tickets, its messages) is
shown as plain text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scamscreen.ui.adaptive import Column, FlowGrid, vertical_scroll
from scamscreen.ui.tasks import run_in_background
from scamscreen.ui.verdict_panel import plain

if TYPE_CHECKING:
    from scamscreen.core.call_status import CallStatus

TALKING, NOBODY, CANNOT_ASK, ASKING = "talking", "nobody", "cannot_ask", "asking"
_ICONS = {TALKING: "call/talking", NOBODY: "verdict/likely_scam",
          CANNOT_ASK: "verdict/suspicious", ASKING: "verdict/unknown"}
# Dark words on a light ground of the answer's colour (contrast above 7:1 for each).
_COLOURS = {TALKING: ("#e3f4e6", "#0b5d1e"), NOBODY: ("#fbe4e4", "#8a1010"),
            CANNOT_ASK: ("#fff2d6", "#6b4500"), ASKING: ("#eeeeee", "#222222")}


class CallStatusDialog(QDialog):
    """Asks `ask()` (the Workspace's `desk_calls().status`) and shows the answer.
    `report()` sends the contact to the desk and returns its number there; None: there
    is no Report button."""

    answered = Signal(str)  # TALKING, NOBODY or CANNOT_ASK, once shown
    reported = Signal(int)  # the contact's number in the desk's log
    report_failed = Signal(str)

    def __init__(self, ask: Callable[[], CallStatus],
                 report: Callable[[], int] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ask = ask
        self._report = report
        self.state = ASKING
        self.status: CallStatus | None = None
        title = self.tr("Is my IT desk calling me?")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)

        self.answer = QFrame()
        self.answer.setObjectName("callAnswer")
        self.answer.setFrameShape(QFrame.Shape.StyledPanel)
        banner = QHBoxLayout(self.answer)
        self.icon = QLabel()
        self.icon.setTextFormat(Qt.TextFormat.PlainText)
        self.icon.setAccessibleName(self.tr("Answer symbol"))
        words = Column()
        column = QVBoxLayout(words)
        column.setContentsMargins(0, 0, 0, 0)
        self.headline = plain(bold=True, size=1.6)
        self.headline.setAccessibleName(self.tr("The answer"))
        self.detail = plain(size=1.15)
        self.detail.setAccessibleName(self.tr("What to do now"))
        self.problem = plain(selectable=True)
        self.problem.setAccessibleName(self.tr("What went wrong"))
        self.problem.setVisible(False)
        column.addWidget(self.headline)
        column.addWidget(self.detail)
        column.addWidget(self.problem)
        column.addStretch(1)
        banner.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.words = words
        self.answer_scroll = vertical_scroll(words, self.tr("The answer in full"))
        banner.addWidget(self.answer_scroll, 1)
        layout.addWidget(self.answer, 1)

        self.report_note = plain()
        self.report_note.setAccessibleName(self.tr("Report"))
        self.report_note.setVisible(False)
        layout.addWidget(self.report_note)
        buttons = FlowGrid(columns=3)
        self.report_button = QPushButton(self.tr("&Report it to my IT desk"))
        self.again_button = QPushButton(self.tr("&Ask again"))
        self.close_button = QPushButton(self.tr("&Close"))
        for button in (self.report_button, self.again_button, self.close_button):
            button.setAccessibleName(button.text().replace("&", ""))
            buttons.addWidget(button)
        self.report_button.setVisible(False)
        self.report_button.clicked.connect(self.send_report)
        self.again_button.clicked.connect(self.ask)
        self.close_button.clicked.connect(self.accept)
        layout.addLayout(buttons)
        self.resize(760, 440)
        self._show(ASKING, self.tr("Asking your IT desk…"), "")

    # -- asking

    def ask(self) -> None:
        """Ask the server again (off the GUI thread)."""
        self.again_button.setEnabled(False)
        self._show(ASKING, self.tr("Asking your IT desk…"), "")
        run_in_background(self._ask, self.show_status, self.show_problem, self)

    def show_status(self, status: CallStatus) -> None:
        self.status = status
        self.again_button.setEnabled(True)
        if status.talking:
            since = status.since.astimezone().strftime("%H:%M") if status.since else "?"
            until = status.expires.astimezone().strftime("%H:%M") if status.expires else "?"
            if status.ticket:
                headline = self.tr("{staff} from {desk} is talking to you now "
                                   "(ticket {ticket})").format(
                    staff=status.staff, desk=status.desk, ticket=status.ticket)
            else:
                headline = self.tr("{staff} from {desk} is talking to you now").format(
                    staff=status.staff, desk=status.desk)
            detail = self.tr(
                "Your IT desk's own server says so: this call started at {since} and its "
                "status ends at {until}. Still, never tell anyone your password.").format(
                since=since, until=until)
            self._show(TALKING, headline, detail)
        else:
            self._show(NOBODY, self.tr("Nobody from {desk} is talking to you. Hang up and "
                                       "report it.").format(desk=status.desk),
                       self.tr("Whoever is on the line is not from your IT desk, whatever "
                               "name, ticket or code they give. Do not let them into your "
                               "computer."))
        self.answered.emit(self.state)

    def show_problem(self, error: BaseException) -> None:
        from scamscreen.core.errors import StoreError

        self.status = None
        self.again_button.setEnabled(True)
        if not isinstance(error, StoreError):  # a bug, not the network: logged in full
            from scamscreen.ui import crash

            crash.logger().error("call status failed: %r", error, exc_info=error)
        from scamscreen.desk_calls import NotEnrolled

        problem = str(error) if isinstance(error, StoreError) else ""
        if isinstance(error, NotEnrolled):  # (in the app's words: no command to type)
            problem = self.tr("This computer is not set up to ask an IT desk. If your "
                              "organisation has one, ask it to set ScamScreen up for you.")
        self._show(CANNOT_ASK, self.tr("ScamScreen cannot reach your IT desk right now."),
                   self.tr("Don't continue the call; call the desk on the number your "
                           "organisation gave you."),
                   problem=problem)
        self.answered.emit(self.state)

    def _show(self, state: str, headline: str, detail: str, *, problem: str = "") -> None:
        from PySide6.QtGui import QColor

        from scamscreen.ui.icons import drawn

        self.state = state
        ground, ink = _COLOURS[state]
        self.answer.setStyleSheet(
            f"QFrame#callAnswer {{ background: {ground}; border: 2px solid {ink}; "
            f"border-radius: 6px; }} QFrame#callAnswer QLabel {{ color: {ink}; }} "
            f"QFrame#callAnswer QScrollArea, QFrame#callAnswer QScrollArea > QWidget > "
            f"QWidget {{ background: transparent; }}")
        side = max(48, self.headline.fontMetrics().height() * 2)
        self.icon.setPixmap(drawn(_ICONS[state], QSize(side, side),
                                  self.devicePixelRatioF(), QColor(ink)))
        self.headline.setText(headline)
        self.headline.setAccessibleName(headline or self.tr("The answer"))
        self.detail.setText(detail)
        self.detail.setAccessibleName(detail or self.tr("What to do now"))
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.report_button.setVisible(state == NOBODY and self._report is not None)
        self.report_button.setEnabled(True)
        self.report_note.setVisible(False)
        self.fit()

    def fit(self) -> None:
        """Grow to show the whole answer without scrolling, when the screen has room:
        the answer's height at its width, as the words wrap (the scroll area is only for
        a screen too small for it)."""
        layout = self.words.layout()
        width = self.answer_scroll.viewport().width()
        if layout is None or width <= 0:
            return
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else \
            self.words.sizeHint().height()
        screen = self.screen().availableGeometry().height()
        self.answer_scroll.setMinimumHeight(min(needed, max(screen * 2 // 3, 1)))
        hint = self.sizeHint()
        if hint.height() > self.height():
            self.resize(self.width(), hint.height())

    # -- reporting

    def send_report(self) -> None:
        if self._report is None:
            return
        self.report_button.setEnabled(False)
        self.report_note.setText(self.tr("Sending it to your IT desk…"))
        self.report_note.setVisible(True)
        run_in_background(self._report, self._reported, self._report_failed, self)

    def _reported(self, number: Any) -> None:
        self.report_note.setText(self.tr("Sent to your IT desk. Now hang up."))
        self.report_note.setAccessibleName(self.report_note.text())
        self.reported.emit(int(number))

    def _report_failed(self, error: BaseException) -> None:
        from scamscreen.ui.problems import in_words

        self.report_button.setEnabled(True)
        message = self.tr("The report could not be sent: {problem}").format(
            problem=in_words(error))
        self.report_note.setText(message)
        self.report_note.setAccessibleName(message)
        self.report_failed.emit(message)


def open_for(window: Any) -> CallStatusDialog:
    """The dialog for the main window `window` (its Workspace, its Check screen), shown
    and asking. Report sends the Check screen's contact, or, when the form is empty, a
    note that someone claimed to be the desk while it was not calling."""
    from scamscreen.core.contact import parse_contact

    desk = window.workspace.desk_calls()
    check = window.check
    screener = window.screener
    fields = check.contact_fields()
    result = check.result

    dialog: CallStatusDialog

    def report() -> int:
        if result is not None:
            contact = parse_contact(fields)
            return int(desk.report(contact, result, screener.data_version))
        status = dialog.status
        contact = parse_contact({
            "channel": "phone_inbound",
            "claimed_org": status.desk if status is not None else "",
            "text": note,
        })
        return int(desk.report(contact, screener.screen(contact), screener.data_version))

    note = QCoreApplication.translate(
        "CallStatusDialog", "Someone said they were from my IT desk while the desk was not "
        "calling me (ScamScreen asked the desk's server).")
    dialog = CallStatusDialog(desk.status, report if screener is not None else None, window)
    dialog.show()
    dialog.ask()
    return dialog


# Who people say is calling, when it may be their own IT desk (casefolded, whole text).
IT_NAMES = frozenset({
    "it", "i.t.", "it support", "it desk", "it help desk", "it helpdesk", "it department",
    "it service desk", "help desk", "helpdesk", "service desk", "tech support",
    "technical support", "microsoft support", "microsoft teams", "teams", "support",
    "soporte", "soporte técnico", "soporte informático", "informática", "mesa de ayuda",
    "servicio técnico", "departamento de informática", "sistemas",
})


def claims_to_be_the_desk(claimed: str, desk: str | None) -> bool:
    """Whether "who did they say they are?" may mean this computer's IT desk."""
    said = " ".join(claimed.casefold().split())
    if not said:
        return False
    if desk and said in {desk.casefold(), desk.casefold().replace("-", " ")}:
        return True
    return said in IT_NAMES


def offer_on_check_screen(window: Any, claimed: str) -> None:
    """On the Check screen, when the person types that the caller is their IT desk (or
    "IT", "help desk"...) and this computer is enrolled, offer the question in the status
    bar: "Is this really your IT desk? Ask it now". Nothing is asked until they press it.
    Whether this computer is enrolled is read once, off the GUI thread."""
    known = getattr(window, "desk_enrolment", None)
    if known is None:
        window.desk_enrolment = ()  # (being read)
        desk = window.workspace.desk_calls()

        def read() -> tuple[bool, str | None]:
            return desk.enrolled(), desk.desk_name()

        def got(answer: tuple[bool, str | None]) -> None:
            window.desk_enrolment = answer
            offer_on_check_screen(window, window.check.org.text())

        def failed(_error: BaseException) -> None:
            window.desk_enrolment = (False, None)

        run_in_background(read, got, failed, window)
        return
    enrolled, name = known if known else (False, None)
    show = bool(enrolled) and claims_to_be_the_desk(claimed, name)
    button = getattr(window, "ask_desk_button", None)
    if button is None:
        if not show:
            return
        button = QPushButton(QCoreApplication.translate(
            "CallStatusDialog", "Is this really your IT desk? Ask it now (Ctrl+D)"))
        button.setAccessibleName(button.text().replace("&", ""))
        button.clicked.connect(window.ask_desk)
        window.statusBar().addPermanentWidget(button)
        window.ask_desk_button = button
    button.setVisible(show)
