"""Two parts of the Check screen's form with behaviour of their own: the phone number
field, which groups the digits as they are typed and says what is odd about a number,
and the help desk's fields (ticket, staff member, reporter) saved with a contact."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypedDict

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget


class HelpdeskFields(TypedDict, total=False):
    """What the help desk adds to a saved contact (`CaseLog.add`'s keyword arguments)."""

    ticket_ref: str | None
    staff_member: str | None
    reported_by: str | None


class PhoneField(QLineEdit):
    """A phone number, read as one of the country `region()` says when it has no
    country code."""

    def __init__(self, region: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._region = region
        self._phone_typed = ""  # the field as last shown
        self._phone_keys = ""  # what the user typed into it, before any grouping
        self.textEdited.connect(self._format_phone_as_typed)
        self.editingFinished.connect(self._format_phone)

    def forget(self) -> None:
        """Empty, with nothing remembered of what was typed."""
        self.clear()
        self._phone_typed = self._phone_keys = ""

    def _format_phone_as_typed(self, text: str) -> None:
        """Group the digits as the user types them at the end of the field. Deleting is
        never undone by a regrouping, and an edit in the middle is left alone. What the
        user typed is kept: if it turns out not to be a plain number (1-800-FLOWERS),
        it comes back exactly as typed."""
        shown = self._phone_typed
        if len(text) > len(shown) and text.startswith(shown):
            self._phone_keys += text[len(shown) :]  # typed (or pasted) at the end
        else:
            self._phone_keys = text  # a deletion or an edit in the middle: as it is now
            self._phone_typed = text
            return
        from scamscreen.core import phone as phones

        formatted = phones.format_as_typed(self._phone_keys, self._region())
        self._phone_typed = formatted
        if formatted != text:
            self.setText(formatted)  # (the cursor goes to the end)

    def _format_phone(self) -> None:
        raw = self.text().strip()
        if not raw:
            return
        import phonenumbers

        from scamscreen.core import phone as phones

        info = phones.analyse(raw, self._region())
        if info.valid and not info.vanity and info.number is not None:
            formatted = phonenumbers.format_number(
                info.number,
                phonenumbers.PhoneNumberFormat.NATIONAL
                if not info.foreign
                else phonenumbers.PhoneNumberFormat.INTERNATIONAL,
            )
            if formatted != raw:
                self._phone_typed = self._phone_keys = formatted
                self.setText(formatted)

    def hint(self) -> str:
        """What is odd about the number ("" when nothing is, or it is empty)."""
        raw = self.text().strip()
        if not raw:
            return ""
        from scamscreen.core import phone as phones

        info = phones.analyse(raw, self._region())
        if not info.valid:
            return self.tr("This number cannot exist as written. Check it, or it may be faked.")
        if info.type == "premium_rate":
            return self.tr("This is a premium-rate number: calling it costs a lot of money.")
        if info.foreign:
            return self.tr("This number is in another country ({country}).").format(
                country=info.country
            )
        return ""


class HelpdeskBox(QWidget):
    """Help-desk mode: the ticket, who took the call, who reported it (saved with it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        desk = QFormLayout(self)
        desk.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        desk.setContentsMargins(0, 0, 0, 0)
        self.ticket_ref = QLineEdit()
        self.staff_member = QLineEdit()
        self.reported_by = QLineEdit()
        for widget, label in (
            (self.ticket_ref, self.tr("&Ticket reference")),
            (self.staff_member, self.tr("Staff mem&ber")),
            (self.reported_by, self.tr("&Reported by")),
        ):
            widget.setAccessibleName(label.replace("&", ""))
            row = QLabel(label)
            row.setBuddy(widget)
            desk.addRow(row, widget)
        self.setVisible(False)

    def fields(self) -> HelpdeskFields:
        """The fields to save with the contact (none when the mode is off)."""
        if self.isHidden():
            return {}
        return {
            "ticket_ref": self.ticket_ref.text().strip() or None,
            "staff_member": self.staff_member.text().strip() or None,
            "reported_by": self.reported_by.text().strip() or None,
        }

    def new_contact(self) -> None:
        """A new check. The staff member stays: at a help desk the same person logs one
        report after another."""
        for field in (self.ticket_ref, self.reported_by):
            field.clear()
