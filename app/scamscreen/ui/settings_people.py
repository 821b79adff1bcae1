"""The boxes of the Settings screen about the people around the person: their trusted
person (with the reminder card to print) and simple mode, which a helper turns on with
a PIN."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QWidget

from scamscreen.core import phone as phones
from scamscreen.ui.settings_parts import Section, Store, wrapped


class TrustedSection(Section):
    """The box "Your trusted person": their name and number (a number that cannot exist in the
    chosen country is said), and the reminder card. `region` gives the country chosen
    now; `say` shows what became of the card."""

    def __init__(
        self,
        settings: QSettings,
        store: Store,
        region: Callable[[], str],
        say: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, store, parent)
        self.setTitle(self.tr("Your trusted person"))
        self._region = region
        self._say = say
        self.trusted_name = QLineEdit(str(self.settings.value("trusted/name", "")))
        self.trusted_phone = QLineEdit(str(self.settings.value("trusted/phone", "")))
        self.trusted_phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        about = self.tr(
            "Someone you trust, to call before you pay anyone or let anyone into your "
            "computer. ScamScreen shows their number with every warning."
        )
        self.hint(about, self.trusted_name, self.trusted_phone)
        form = self.form()
        self.row(form, self.tr("&Name:"), self.trusted_name)
        self.row(form, self.tr("&Phone number:"), self.trusted_phone)
        self.trusted_hint = wrapped()
        self.trusted_hint.setAccessibleName(self.tr("About your trusted person's number"))
        self.box.addWidget(self.trusted_hint)
        self.show_phone_hint()
        self.trusted_name.textChanged.connect(lambda text: self._store("trusted/name", text))
        self.trusted_phone.textChanged.connect(self._trusted_phone_changed)
        self.card_button = self.button(self.tr("Print a re&minder card…"), self.print_card)
        self.hint(
            self.tr(
                "A page in large letters to keep by the phone: the warning signs, and "
                "your trusted person's number. It is saved as a PDF file to print."
            ),
            self.card_button,
        )

    def print_card(self) -> None:
        """Save the reminder card as a PDF file the user chooses."""
        from scamscreen.ui.family import card_lines, write_card_pdf

        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the reminder card"),
            str(Path.home() / self.tr("ScamScreen reminder card.pdf")),
            self.tr("PDF files (*.pdf)"),
        )
        if not chosen:
            return
        heading, reminders, who = card_lines(
            self.trusted_name.text().strip(), self.trusted_phone.text().strip()
        )
        try:
            write_card_pdf(Path(chosen), heading, reminders, who)
        except OSError as exc:
            self._say(self.tr("The card could not be saved: {problem}").format(problem=exc))
            return
        self._say(self.tr("The card is saved in: {path}. Open it to print it.").format(path=chosen))

    def _trusted_phone_changed(self, text: str) -> None:
        self.show_phone_hint()
        self._store("trusted/phone", text)

    def _phone_hint(self) -> str:
        raw = self.trusted_phone.text().strip()
        if not raw:
            return ""
        info = phones.analyse(raw, self._region())
        if not info.valid:
            return self.tr(
                "This number cannot exist as written. Please check it, so you can reach "
                "your trusted person when it matters."
            )
        return ""

    def show_phone_hint(self) -> None:
        self.trusted_hint.setText(self._phone_hint())
        self.trusted_hint.setVisible(bool(self.trusted_hint.text()))


class SimpleModeSection(Section):
    """The box "Simple mode": a PIN typed twice, and the button that turns it on."""

    def __init__(self, settings: QSettings, store: Store, parent: QWidget | None = None) -> None:
        from scamscreen.ui.family import pin_field

        super().__init__(settings, store, parent)
        self.setTitle(self.tr("Simple mode"))
        self.hint(
            self.tr(
                "For a helper setting ScamScreen up for someone: simple mode shows only "
                "the check, its answer and the step-by-step lists. Choose a PIN of 4 "
                "to 8 digits: it is needed to leave simple mode."
            )
        )
        self.simple_pin = pin_field()
        self.simple_pin_again = pin_field()
        form = self.form()
        self.row(form, self.tr("&Simple mode PIN:"), self.simple_pin)
        self.row(form, self.tr("PIN again (to chec&k):"), self.simple_pin_again)
        self.simple_button = self.button(self.tr("Turn on simple mod&e"), self.turn_on_simple_mode)
        self.simple_status = wrapped()
        self.simple_status.setAccessibleName(self.tr("About simple mode"))
        self.simple_status.hide()
        self.box.addWidget(self.simple_status)

    def turn_on_simple_mode(self) -> None:
        from scamscreen.ui.family import SIMPLE, set_pin, valid_pin

        pin, again = self.simple_pin.text(), self.simple_pin_again.text()
        if not valid_pin(pin):
            problem = self.tr("The PIN must be 4 to 8 digits.")
        elif pin != again:
            problem = self.tr("The two PINs are not the same. Please type them again.")
        else:
            problem = ""
        self.simple_pin.clear()
        self.simple_pin_again.clear()
        if problem:
            self.simple_status.setText(problem)
            self.simple_status.show()
            self.simple_pin.setFocus()
            return
        set_pin(self.settings, pin)
        self.simple_status.hide()
        self._store(SIMPLE, True)
