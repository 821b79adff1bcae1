"""The Check screen: "who contacted you?", what they said, what they asked for. The
verdict updates as the user types (debounced), screened off the GUI thread.

The form and the verdict sit side by side when the window has room for both at the
chosen text size; when it has not (a 1366×768 laptop at 200%), the screen is one column:
the form, with the answer in a bar below it and a "See the answer" step to the whole
verdict. Nothing is squeezed, and nothing scrolls sideways."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QPalette, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from scamscreen.core.region import DEFAULT_REGION
from scamscreen.ui.adaptive import Column, FlowGrid, vertical_scroll, wrapping_form
from scamscreen.ui.check_fields import HelpdeskBox, HelpdeskFields, PhoneField
from scamscreen.ui.keep_picture import KeepPictureBox
from scamscreen.ui.picture_box import PictureTextEdit
from scamscreen.ui.tasks import run_in_background
from scamscreen.ui.verdict_panel import VerdictPanel, plain

if TYPE_CHECKING:
    from scamscreen.core.screening import Result, Screener

DEBOUNCE_MS = 300
FORM_CHARS = 56  # the form's comfortable width, in average characters
VERDICT_CHARS = 44  # the verdict's


class CheckPage(QWidget):
    result_changed = Signal(object)  # Result | None

    def __init__(
        self, screener: Screener | None, region: str = DEFAULT_REGION, parent: QWidget | None = None
    ):
        """`screener` may come later (`set_screener`): the app shows this page first and
        loads the screening data just after, so the window appears sooner."""
        super().__init__(parent)
        self.screener: Screener | None = None
        self.region = region
        self.result: Result | None = None
        self._generation = 0  # results of older edits are dropped
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._screen_now)

        self._two_columns = True
        self._answer_shown = False  # one column: the verdict instead of the form
        self._user_ticks: dict[str, bool] = {}  # the boxes the user ticked or unticked
        self._found_requests: set[str] = set()  # what the text describes
        self._setting_boxes = False  # (ticks made here, not by the user)
        form_widget = Column()
        form = QVBoxLayout(form_widget)
        form.addWidget(plain(self.tr("Who contacted you?"), bold=True, size=1.3))
        self.channels = QButtonGroup(self)
        self.channels.setExclusive(True)
        grid = FlowGrid(columns=4)
        choices = [
            ("phone_inbound", self.tr("They &called me")),
            ("phone_outbound", self.tr("I ca&lled them")),
            ("popup", self.tr("A &pop-up on my screen")),
            ("email", self.tr("An &email")),
            ("sms", self.tr("A te&xt message")),
            ("chat", self.tr("A chat messa&ge")),
            ("web", self.tr("A &website")),
        ]
        self.channel_buttons: dict[str, QToolButton] = {}
        for value, label in choices:
            button = QToolButton()
            button.setText(label)
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setSizePolicy(
                button.sizePolicy().horizontalPolicy().Expanding,
                button.sizePolicy().verticalPolicy(),
            )
            button.setAccessibleName(label.replace("&", ""))
            self.channels.addButton(button)
            self.channel_buttons[value] = button
            grid.addWidget(button)
        self.channels.buttonToggled.connect(self._changed)
        self._icons_shown = False  # drawn once the window is on screen (show_icons)
        self._paint_channel_icons()
        form.addLayout(grid)

        fields = wrapping_form()
        self.org = QLineEdit()
        self.org.setPlaceholderText(self.tr("for example Microsoft, my bank, Amazon"))
        self.phone = PhoneField(lambda: self.region)
        self.phone_hint = plain()
        self.phone_hint.setAccessibleName(self.tr("About the phone number"))
        self.email = QLineEdit()
        self.url = QLineEdit()
        for widget, label in (
            (self.org, self.tr("Who did they say they &are?")),
            (self.phone, self.tr("Their phone &number")),
            (self.email, self.tr("Their e&mail address")),
            (self.url, self.tr("A lin&k they gave you")),
        ):
            widget.setAccessibleName(label.replace("&", ""))
            widget.textChanged.connect(self._changed)
            row = QLabel(label)
            row.setBuddy(widget)
            fields.addRow(row, widget)
        fields.addRow("", self.phone_hint)
        form.addLayout(fields)

        self.helpdesk_box = HelpdeskBox()
        self.ticket_ref = self.helpdesk_box.ticket_ref
        self.staff_member = self.helpdesk_box.staff_member
        self.reported_by = self.helpdesk_box.reported_by
        form.addWidget(self.helpdesk_box)

        text_label = QLabel(self.tr("Paste or type what you saw or hear&d:"))
        # a screenshot or photo pasted or dropped here is read on this computer (OCR)
        self.text = PictureTextEdit()
        self.text.setAccessibleName(self.tr("What you saw or heard"))
        self.text.setMinimumHeight(self.text.fontMetrics().height() * 6)
        self.text.setTabChangesFocus(True)
        self.text.textChanged.connect(self._changed)
        text_label.setBuddy(self.text)
        form.addWidget(text_label)
        form.addWidget(self.text)
        self._pictures: Any = None  # the reader, made with the first picture
        self.text.image_given.connect(lambda image: self.pictures.read_image(image))
        self.text.file_given.connect(lambda path: self.pictures.read_path(path))
        self.picture_button = QPushButton(self.tr("Check a pict&ure…"))
        self.picture_button.setAccessibleName(self.tr("Check a picture"))
        self.picture_button.setToolTip(
            self.tr("A screenshot or photo of the pop-up, text or email: its words are read "
                    "on this computer and never sent anywhere. You can also paste or drop "
                    "a picture into the box above.")
        )
        self.picture_button.clicked.connect(lambda: self.pictures.choose_file())
        pictures = QHBoxLayout()
        pictures.addWidget(self.picture_button)
        pictures.addStretch(1)
        form.addLayout(pictures)
        self.keep_picture = KeepPictureBox()  # once a picture was read: keep it?
        form.addWidget(self.keep_picture)
        self.found = plain(selectable=True)
        self.found.setAccessibleName(self.tr("What we found in your text"))
        form.addWidget(self.found)

        form.addWidget(plain(self.tr("What did they ask you to do?"), bold=True))
        asks = FlowGrid(columns=2)
        self.requests: dict[str, QCheckBox] = {}
        plain_words = [
            ("remote_access", self.tr("Let them control my computer")),
            ("install_software", self.tr("Install a program or app")),
            ("gift_card", self.tr("Pay with gift cards")),
            ("wire_transfer", self.tr("Send a wire transfer")),
            ("crypto", self.tr("Pay in Bitcoin or crypto")),
            ("payment_app", self.tr("Pay with Zelle, Venmo or Cash App")),
            ("card_payment", self.tr("Give my card number")),
            ("bank_login", self.tr("Log in to my bank")),
            ("password", self.tr("Tell them a password")),
            ("one_time_code", self.tr("Read out a code")),
            ("personal_info", self.tr("Give personal details")),
            ("call_number", self.tr("Call a number")),
            ("click_link", self.tr("Click a link")),
            ("keep_secret", self.tr("Keep it secret")),
            ("stay_on_line", self.tr("Stay on the line")),
            ("buy_security_product", self.tr("Buy protection or support")),
            ("refund_process", self.tr("Accept a refund")),
        ]
        self.request_words = dict(plain_words)
        for value, label in plain_words:
            box = QCheckBox(label)
            box.setAccessibleName(label)
            box.toggled.connect(lambda checked, key=value: self._ticked(key, checked))
            self.requests[value] = box
            asks.addWidget(box)
        form.addLayout(asks)
        form.addStretch(1)
        self.form_scroll = vertical_scroll(form_widget, self.tr("What happened"))

        # One column: the answer so far under the form, and the step to all of it.
        self.answer_bar = QFrame()
        self.answer_bar.setFrameShape(QFrame.Shape.StyledPanel)
        bar = QHBoxLayout(self.answer_bar)
        self.answer_line = plain(bold=True, size=1.15)
        self.answer_line.setAccessibleName(self.tr("The answer so far"))
        self.see_answer = QPushButton(self.tr("&See the answer"))
        self.see_answer.setAccessibleName(self.tr("See the answer"))
        self.see_answer.clicked.connect(lambda: self.show_answer(True))
        bar.addWidget(self.answer_line, 1)
        bar.addWidget(self.see_answer, 0, Qt.AlignmentFlag.AlignVCenter)
        self.form_side = QWidget()
        side = QVBoxLayout(self.form_side)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.form_scroll, 1)
        side.addWidget(self.answer_bar)

        self.verdict = VerdictPanel()
        self.back = QPushButton(self.tr("< &Back to what happened"))
        self.back.setAccessibleName(self.tr("Back to what happened"))
        self.back.clicked.connect(lambda: self.show_answer(False))
        self.verdict_side = QWidget()
        side = QVBoxLayout(self.verdict_side)
        side.setContentsMargins(0, 0, 0, 0)
        back_row = QHBoxLayout()
        back_row.addWidget(self.back)
        back_row.addStretch(1)
        side.addLayout(back_row)
        side.addWidget(self.verdict, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.form_side, FORM_CHARS)
        layout.addWidget(self.verdict_side, VERDICT_CHARS)
        self._columns = layout
        self._arrange()
        if screener is not None:
            self.set_screener(screener)

    def set_screener(self, screener: Screener) -> None:
        """The screening data is loaded: complete company names, and screen what the
        user may already have typed."""
        self.screener = screener
        names = sorted(
            {v.name for v in screener.directory}
            | {a for v in screener.directory for a in v.aliases if len(a) > 3}
        )
        completer = QCompleter(names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.org.setCompleter(completer)
        if any(v for k, v in self.contact_fields().items() if k != "region"):
            self._timer.start()

    @property
    def pictures(self) -> Any:
        """The picture reader (ui/picture.py), made when first needed."""
        if self._pictures is None:
            from scamscreen.ui.picture import PictureReader

            self._pictures = PictureReader(self)
            self._pictures.read.connect(self.fill_from_picture)
            self._pictures.picture_read.connect(self.keep_picture.set_picture)
        return self._pictures

    def fill_from_picture(self, reading: Any) -> None:
        """The words read off a picture go into the box, for the person to see and put
        right (after what is there already); the channel is suggested when none is
        chosen. Screening follows as for typed words."""
        before = self.text.toPlainText().rstrip()
        self.text.setPlainText((before + "\n\n" if before else "") + reading.text.strip())
        if self.channel() is None and reading.channel in self.channel_buttons:
            self.channel_buttons[reading.channel].setChecked(True)
        self.text.setFocus()

    # -- reading the form ------------------------------------------------------------

    def channel(self) -> str | None:
        for value, button in self.channel_buttons.items():
            if button.isChecked():
                return value
        return None

    def contact_fields(self) -> dict[str, Any]:
        return {
            "channel": self.channel(),
            "claimed_org": self.org.text(),
            "phone": self.phone.text(),
            "email": self.email.text(),
            "url": self.url.text(),
            "text": self.text.toPlainText(),
            # the user's own ticks: what the text describes the screening finds itself
            "requests": [k for k in self.requests if self._user_ticks.get(k)],
            # and the boxes they unticked, which win over what the text seems to say
            "not_requests": [k for k in self.requests if self._user_ticks.get(k) is False],
            "region": self.region,
        }

    def set_helpdesk(self, on: bool) -> None:
        """Show (or hide) the help desk's fields: ticket, staff member, reporter."""
        self.helpdesk_box.setVisible(on)

    def helpdesk_fields(self) -> HelpdeskFields:
        """The help desk's fields to save with the contact (none when the mode is off)."""
        return self.helpdesk_box.fields()

    def clear(self) -> None:
        """A new check: everything empty, the first question focused. The staff member
        stays: at a help desk the same person logs one report after another."""
        self.helpdesk_box.new_contact()
        self.channels.setExclusive(False)
        for button in self.channel_buttons.values():
            button.setChecked(False)
        self.channels.setExclusive(True)
        for widget in (self.org, self.email, self.url):
            widget.clear()
        self.phone.forget()
        self.text.clear()
        self.keep_picture.clear()
        self._user_ticks.clear()
        self._timer.stop()
        self._generation += 1
        self._show(None)
        self.show_answer(False)
        next(iter(self.channel_buttons.values())).setFocus()

    # -- screening -------------------------------------------------------------------

    def _changed(self, *_args: object) -> None:
        self._timer.start()  # restarts: screen once the typing pauses

    def rescreen(self) -> None:
        """Screen what is on the form again (the data or the lists changed)."""
        if any(v for k, v in self.contact_fields().items() if k != "region"):
            self._timer.start()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange) and hasattr(
            self, "channel_buttons"
        ):
            self._paint_channel_icons()  # contrast and text size reach the icons too
            if event.type() == QEvent.Type.FontChange:
                self._arrange()
        super().changeEvent(event)

    # -- one column or two

    def _form_width(self) -> int:
        """The form's comfortable width at the text size in use: its own least width, and
        the widest channel button twice over (never one a row beside the verdict)."""
        em = self.fontMetrics().averageCharWidth()
        widest = max(b.sizeHint().width() for b in self.channel_buttons.values())
        content = self.form_scroll.widget()
        least = content.minimumSizeHint().width() if content is not None else 0
        bar = self.form_scroll.verticalScrollBar().sizeHint().width()
        return max(em * FORM_CHARS, 2 * widest + em * 4, least + bar + em * 2)

    def two_columns_fit(self, width: int) -> bool:
        """Whether the form and the verdict both fit side by side in `width` pixels."""
        return width >= self._form_width() + self.fontMetrics().averageCharWidth() * VERDICT_CHARS

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        form = self._form_width()
        two = self.width() >= form + self.fontMetrics().averageCharWidth() * VERDICT_CHARS
        self._two_columns = two
        if two:  # the form its width, the verdict the rest (no minimum: the window may shrink)
            share = max(form, self.width() * FORM_CHARS // (FORM_CHARS + VERDICT_CHARS))
            self._columns.setStretch(0, share)
            self._columns.setStretch(1, max(self.width() - share, 1))
        self.back.setVisible(not two)
        self.answer_bar.setVisible(not two and self.result is not None)
        self.form_side.setVisible(two or not self._answer_shown)
        self.verdict_side.setVisible(two or self._answer_shown)

    def is_one_column(self) -> bool:
        return not self._two_columns

    def show_answer(self, shown: bool) -> None:
        """One column: show the whole verdict (True) or the form again (False). Beside
        the form the verdict is always shown."""
        self._answer_shown = shown and self.result is not None
        self._arrange()
        if self._two_columns:
            return
        if self._answer_shown:
            self.verdict.answer_scroll.verticalScrollBar().setValue(0)
            self.back.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.answer_bar.isVisible():
            self.see_answer.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_icons(self) -> None:
        """Draw the channel icons (the SVG code loads here, after the first paint: the
        space for them is kept from the start, so nothing moves when they appear)."""
        self._icons_shown = True
        self._paint_channel_icons()
        self.verdict.show_icons()

    def _paint_channel_icons(self) -> None:
        ratio = self.devicePixelRatioF()
        blank = None
        for value, button in self.channel_buttons.items():
            side = button.fontMetrics().height() * 2
            size = QSize(side, side)
            button.setIconSize(size)
            if not self._icons_shown:
                if blank is None:
                    pixmap = QPixmap(size * ratio)
                    pixmap.fill(Qt.GlobalColor.transparent)
                    blank = QIcon(pixmap)
                button.setIcon(blank)
                continue
            color = button.palette().color(QPalette.ColorRole.ButtonText)
            from scamscreen.ui import icons

            button.setIcon(icons.tinted(f"channels/{value}", color, size, ratio))

    def _screen_now(self) -> None:
        screener = self.screener
        if screener is None:
            return  # set_screener() screens what was typed once the data is loaded
        fields = self.contact_fields()
        self.phone_hint.setText(self.phone.hint())
        self.phone_hint.setVisible(bool(self.phone_hint.text()))
        if not any(v for k, v in fields.items() if k != "region"):
            self._show(None)
            return
        from scamscreen.core.contact import ContactError, parse_contact

        try:
            contact = parse_contact(fields)
        except ContactError as exc:
            self.found.setText(self.tr("Please check this: {problem}").format(problem=exc))
            return
        self._generation += 1
        generation = self._generation

        def done(result: Result) -> None:
            if generation == self._generation:  # an older edit's answer is dropped
                self._show(result)

        region = self.region  # as it is now, not when the thread gets to it
        run_in_background(
            lambda: screener.screen(contact, region),
            done,
            self._failed,
            self,
        )

    def _failed(self, error: BaseException) -> None:
        from scamscreen.ui import crash

        crash.logger().error("screening failed: %r", error)
        crash.show_dialog(error)

    def _show(self, result: Result | None) -> None:
        self.result = result
        self.verdict.show_result(result)
        self.found.setText(self._found_text(result))
        self.found.setVisible(bool(self.found.text()))
        self.answer_line.setText(self.verdict.headline.text())
        if result is None:
            self._answer_shown = False
        self._show_found_requests(result)
        self._arrange()
        QTimer.singleShot(0, self._arrange)  # once the boxes' new words are measured
        self.result_changed.emit(result)

    # -- the boxes follow the text

    def _ticked(self, key: str, checked: bool) -> None:
        if self._setting_boxes:
            return
        self._user_ticks[key] = checked  # the user's own tick wins from now on
        self._mark(key)
        self._changed()

    def _show_found_requests(self, result: Result | None) -> None:
        """Tick what the text describes ("found in your text"), unless the user ticked
        or unticked that box themselves."""
        found = set(result.analysis.requests) if result is not None else set()
        self._found_requests = {k for k in found if not self._user_ticks.get(k)}
        self._setting_boxes = True
        try:
            for key, box in self.requests.items():
                choice = self._user_ticks.get(key)
                box.setChecked(choice if choice is not None else key in self._found_requests)
                self._mark(key)
        finally:
            self._setting_boxes = False

    def _mark(self, key: str) -> None:
        box = self.requests[key]
        words = self.request_words[key]
        if key in self._found_requests and key not in self._user_ticks:
            words = self.tr("{request} (found in your text)").format(request=words)
        if box.text() != words:
            box.setText(words)
            box.setAccessibleName(words)

    def _found_text(self, result: Result | None) -> str:
        if result is None or not self.text.toPlainText().strip():
            return ""
        analysis = result.analysis
        parts = []
        numbers = [p.raw for p in analysis.phones if p.raw != self.phone.text()]
        if numbers:
            parts.append(self.tr("Numbers: {items}").format(items=", ".join(numbers)))
        links = [link["domain"] for link in analysis.links]
        if links:
            parts.append(self.tr("Links to: {items}").format(items=", ".join(links)))
        emails = [e["text"] for e in analysis.emails]
        if emails:
            parts.append(self.tr("Email addresses: {items}").format(items=", ".join(emails)))
        if analysis.tools:
            parts.append(
                self.tr("Remote-control programs: {items}").format(items=", ".join(analysis.tools))
            )
        if not parts:
            return ""
        return self.tr("Found in your text:") + "\n" + "\n".join(parts)

    def wait_idle(self) -> bool:
        """For tests: no screening is pending."""
        return not self._timer.isActive()
