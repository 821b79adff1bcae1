"""The person's own block and allow lists (Settings, "Your block and allow lists…"):
see them, add a number or website with a note, take entries off. Every read and write
runs off the GUI thread, through a Workspace opened there."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scamscreen.core.region import DEFAULT_REGION
from scamscreen.ui.adaptive import wrapping_form
from scamscreen.ui.list_words import button, count_words, day, label, shown_value
from scamscreen.ui.problems import in_words
from scamscreen.ui.tasks import run_in_background

MAX_USER_ENTRIES = 10_000  # the own lists are a handful of rows; this is a safety cap


# -- your own block and allow lists ------------------------------------------------------


class UserListsDialog(QDialog):
    """The person's own block and allow lists. Every read and write runs off the GUI
    thread, on a connection opened there. `changed` is emitted after an entry was added
    or taken off."""

    changed = Signal()
    COLUMNS = ("list", "value", "note", "added")

    def __init__(
        self, home: Path, region: str = DEFAULT_REGION, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        title = self.tr("Your block and allow lists")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)
        self.home = Path(home)
        self.region = region
        self.rows: list[dict[str, Any]] = []
        self.loaded = False  # the table shows what is in the lists
        self.busy = False  # a read or a write is running
        self._pending_read = False
        self.confirm: QMessageBox | None = None

        layout = QVBoxLayout(self)
        layout.addWidget(label(title, bold=True, size=1.2))
        layout.addWidget(
            label(
                self.tr(
                    "Block: ScamScreen warns you whenever this number or website comes "
                    "up.\nAllow: you know it is real (for example your bank's number from "
                    "the back of your card). ScamScreen still checks what an allowed caller "
                    "asks for, because callers can fake the number they show."
                )
            )
        )

        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setAccessibleName(self.tr("Your blocked and allowed numbers and websites"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("List"), self.tr("Number or website"), self.tr("Your note"), self.tr("Added")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab moves on to the buttons
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        caption = QLabel(self.tr("&What is on your lists now:"))
        caption.setBuddy(self.table)  # Alt+W moves to the table
        layout.addWidget(caption)
        layout.addWidget(self.table, 1)
        self.empty = label(
            self.tr("You have not blocked or allowed any number or website yet."),
        )
        self.empty.hide()
        layout.addWidget(self.empty)

        remove_row = QHBoxLayout()
        self.remove_button = button(self.tr("&Remove selected…"), self.remove_selected)
        self.remove_button.setEnabled(False)
        remove_row.addWidget(self.remove_button)
        # A greyed-out button alone does not say why: this does.
        self.remove_hint = label(self.tr("To take an entry off, click it in the list first."))
        self.remove_button.setAccessibleDescription(self.remove_hint.text())
        self.remove_hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        remove_row.addWidget(self.remove_hint, 1)
        layout.addLayout(remove_row)

        layout.addWidget(label(self.tr("Add a number or website"), bold=True))
        choice = QHBoxLayout()
        self.block_choice = QRadioButton(self.tr("&Block it: warn me about it"))
        self.allow_choice = QRadioButton(self.tr("&Allow it: I know it is real"))
        self.block_choice.setAccessibleName(self.tr("Block it: warn me about it"))
        self.allow_choice.setAccessibleName(self.tr("Allow it: I know it is real"))
        self.block_choice.setChecked(True)
        self.choices = QButtonGroup(self)
        self.choices.addButton(self.block_choice)
        self.choices.addButton(self.allow_choice)
        choice.addWidget(self.block_choice)
        choice.addWidget(self.allow_choice)
        choice.addStretch(1)
        layout.addLayout(choice)

        form = wrapping_form()
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("for example 844 555 0199 or help-desk.com"))
        self.value.setMaxLength(2048)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("for example: called about my “virus”"))
        self.note.setMaxLength(500)
        for text, widget in (
            (self.tr("&Number or website:"), self.value),
            (self.tr("N&ote (for you):"), self.note),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(caption, widget)
            if widget is self.value:
                self.value_problem = label(
                    bold=True, about=self.tr("Problem with the number or website")
                )
                self.value_problem.setSizePolicy(
                    QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum
                )
                self.value_problem.hide()
                form.addRow("", self.value_problem)
        layout.addLayout(form)
        self.value.returnPressed.connect(self.add)
        self.note.returnPressed.connect(self.add)
        self.value.textEdited.connect(lambda _text: self.value_problem.hide())

        bottom = QHBoxLayout()
        self.add_button = button(self.tr("A&dd to my list"), self.add)
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        self.close_button = button(self.tr("&Close"), self.accept)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)

        self.status = label(about=self.tr("What happened"))
        self.status.hide()
        layout.insertWidget(layout.count() - 1, self.status)

        metrics = self.fontMetrics()
        self.setMinimumWidth(metrics.averageCharWidth() * 80)
        self.resize(metrics.averageCharWidth() * 96, metrics.height() * 30)
        for push in (self.add_button, self.close_button, self.remove_button):
            push.setMinimumHeight(int(metrics.height() * 2.2))
            push.setMinimumWidth(metrics.averageCharWidth() * 14)
        self.reload()

    # -- reading -------------------------------------------------------------------------

    def reload(self) -> None:
        """Read both lists again (off the GUI thread) and show them."""
        if self.busy:
            self._pending_read = True
            return
        home = self.home

        def work() -> list[dict[str, Any]]:
            from scamscreen.workspace import Workspace

            rows = Workspace(home).user_entries(MAX_USER_ENTRIES)
            rows.sort(key=lambda e: (e["list"], e["added_at"] or "", e["value"]))
            return rows

        self._set_busy(True)
        run_in_background(work, self._show_rows, self._read_failed, self)

    def _show_rows(self, rows: list[dict[str, Any]]) -> None:
        self._set_busy(False)
        self.rows = rows
        names = {"block": self.tr("Blocked"), "allow": self.tr("Allowed")}
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        for index, entry in enumerate(rows):
            cells = (
                names.get(entry["list"], entry["list"]),
                shown_value(entry["kind"], entry["value"]),
                entry["note"] or "",
                day(entry["added_at"]),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)  # item views never read text as HTML
                item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip("")
                self.table.setItem(index, column, item)
        self.table.resizeRowsToContents()
        self.empty.setVisible(not rows)
        self.loaded = True
        self._selection_changed()
        if self._pending_read:
            self._pending_read = False
            self.reload()

    def _read_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.loaded = True
        self._say(
            self.tr("Your lists cannot be read right now: {problem}").format(
                problem=in_words(error)
            )
        )

    # -- writing -------------------------------------------------------------------------

    def chosen_list(self) -> str:
        return "allow" if self.allow_choice.isChecked() else "block"

    def add(self) -> None:
        """Put what was typed on the chosen list, with the note; a value that cannot be a
        number or website gets the reason next to the field, and nothing is saved."""
        if self.busy:
            return
        value = self.value.text().strip()
        if not value:
            self._problem(self.tr("Type a phone number or a website first."))
            return
        note = self.note.text()
        list_name = self.chosen_list()
        home, region = self.home, self.region
        before = {(e["kind"], e["value"]): e["list"] for e in self.rows}

        def work() -> tuple[str, str]:
            from scamscreen.workspace import Workspace

            return Workspace(home).add_to_list(value, list_name, note, region)

        def done(answer: tuple[str, str]) -> None:
            kind, kept = answer
            self._set_busy(False)
            self.value.clear()
            self.note.clear()
            self.value_problem.hide()
            where = self.list_words(list_name)
            text = self.tr("{value} is now on {list}.").format(
                value=shown_value(kind, kept), list=where
            )
            was = before.get((kind, kept))
            if was and was != list_name:
                text += " " + (
                    self.tr("It was taken off your allow list.")
                    if was == "allow"
                    else self.tr("It was taken off your block list.")
                )
            self._say(text)
            self.value.setFocus()
            self.changed.emit()
            self.reload()

        def failed(error: BaseException) -> None:
            from scamscreen.core.errors import ListError

            self._set_busy(False)
            if isinstance(error, ListError) and not error.storage:
                self._problem(in_words(error) + " " + self.tr("Nothing was saved."))
            else:
                self._say(
                    self.tr("It could not be saved ({problem}). Nothing was changed.").format(
                        problem=in_words(error)
                    )
                )

        self._set_busy(True)
        self.status.hide()
        run_in_background(work, done, failed, self)

    def _problem(self, text: str) -> None:
        self.value_problem.setText(text)
        self.value_problem.show()
        self.value.setAccessibleDescription(text)
        self.value.setFocus()
        self.value.selectAll()

    def selected_entries(self) -> list[dict[str, Any]]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.rows[row] for row in rows if row < len(self.rows)]

    def remove_selected(self) -> None:
        """Asks first; the entries go once the person says Yes."""
        chosen = self.selected_entries()
        if not chosen or self.busy:
            return
        if len(chosen) == 1:
            entry = chosen[0]
            where = self.list_words(entry["list"])
            question = self.tr("Take {value} off {list}?").format(
                value=shown_value(entry["kind"], entry["value"]), list=where
            )
        else:
            question = self.tr("Take these {count} entries off your lists?").format(
                count=len(chosen)
            )
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Remove from your list?"))
        box.setTextFormat(Qt.TextFormat.PlainText)  # a note or a value is never HTML
        box.setText(question)
        if len(chosen) == 1:
            box.setInformativeText(
                self.tr("ScamScreen will stop warning you about it.")
                if chosen[0]["list"] == "block"
                else self.tr("ScamScreen will stop treating it as one you know is real.")
            )
        box.setAccessibleName(self.tr("Remove from your list?"))
        yes = box.addButton(self.tr("&Yes, remove"), QMessageBox.ButtonRole.YesRole)
        no = box.addButton(self.tr("&No, keep"), QMessageBox.ButtonRole.NoRole)
        yes.setAccessibleName(self.tr("Yes, remove"))
        no.setAccessibleName(self.tr("No, keep"))
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        self.confirm = box
        self.confirm_yes, self.confirm_no = yes, no

        def answered(_code: int) -> None:
            self.confirm = None
            if box.clickedButton() is yes:
                self._remove(chosen)
            box.deleteLater()

        box.finished.connect(answered)
        box.open()

    def _remove(self, chosen: list[dict[str, Any]]) -> None:
        home, region = self.home, self.region
        wanted = [(e["kind"], e["value"], e["list"]) for e in chosen]

        def work() -> int:
            from scamscreen.workspace import Workspace

            return Workspace(home).remove_from_lists(wanted, region)

        def done(count: int) -> None:
            self._set_busy(False)
            if len(wanted) == 1:
                kind, value, name = wanted[0]
                where = self.list_words(name)
                self._say(
                    self.tr("{value} was taken off {list}.").format(
                        value=shown_value(kind, value), list=where
                    )
                )
            else:
                self._say(
                    count_words(
                        count,
                        self.tr("{count} entry was taken off your lists."),
                        self.tr("{count} entries were taken off your lists."),
                    )
                )
            self.changed.emit()
            self.reload()

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            self._say(
                self.tr("It could not be removed ({problem}). Nothing was changed.").format(
                    problem=in_words(error)
                )
            )
            self.reload()

        self._set_busy(True)
        run_in_background(work, done, failed, self)

    # -- state ---------------------------------------------------------------------------

    def list_words(self, list_name: str) -> str:
        return self.tr("your block list") if list_name == "block" else self.tr("your allow list")

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.add_button.setEnabled(not busy)
        self._selection_changed()

    def _selection_changed(self) -> None:
        chosen = bool(self.selected_entries())
        self.remove_button.setEnabled(not self.busy and chosen)
        self.remove_hint.setVisible(bool(self.rows) and not chosen)

    def is_idle(self) -> bool:
        return self.loaded and not self.busy and not self._pending_read
