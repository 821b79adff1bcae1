"""The Settings screen: country, text size, high contrast, the trusted person, the data
folder with backup and restore, how long contacts are kept, and the scam lists (their
updates, the FTC import and the person's own block and allow lists).

There is no OK button: every change is applied at once and written to QSettings (and
synced), so it survives a restart. How long contacts are kept lives in the case log
itself, because the log applies it every time it is opened. The case log is only ever
opened off the GUI thread.

`changed` is emitted after a setting was applied; the main window reacts to it (for the
text size and high contrast, by calling `apply_appearance`). `data_updated` is emitted
when the screening data or the known-scam lists changed (an update was applied, an FTC
file imported, the block or allow list edited): the main window reloads what screening
uses.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import phonenumbers
from PySide6.QtCore import QEvent, QSettings, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QHideEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from scamscreen.core import phone as phones
from scamscreen.ui.adaptive import FlowGrid, wrapping_form
from scamscreen.ui.appearance import (  # noqa: F401 (re-exported for the page's callers)
    TEXT_SCALE_MAX,
    TEXT_SCALE_MIN,
    TEXT_SCALE_STEP,
    apply_appearance,
    setting_bool,
    setting_int,
    snap_scale,
    text_scale,
)
from scamscreen.ui.problems import in_words
from scamscreen.ui.styles import (  # noqa: F401 (re-exported for the page's callers)
    HighContrastStyle,
    ReadableStyle,
    high_contrast_palette,
)
from scamscreen.ui.tasks import run_in_background
from scamscreen.ui.verdict_panel import plain

if TYPE_CHECKING:  # (the scam lists' dialogs and the update code load when first used)
    from scamscreen.ui.lists_page import FtcImportDialog, UpdateDialog, UserListsDialog
    from scamscreen.workspace import TrustedKey

RETENTION_MAX_DAYS = 3650  # ten years; 0 keeps everything
DEFAULT_REGION = "US"


# -- the page --------------------------------------------------------------------------


def _text(text: str = "") -> QLabel:
    """A plain-text label whose height follows its width: wrapped to two lines when the
    window is narrow, one line (and no empty space around it) when it is wide."""
    label = plain(text)
    policy = label.sizePolicy()
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


class _Column(QWidget):
    """The scrolled content. Its height is the one its wrapped labels need at its width
    (height for width), not the height they would need squeezed to their narrowest, so
    the scroll area neither leaves empty space below nor cuts anything off."""

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), 0)


class _NotABackup(Exception):
    """The chosen file is not a case log that can be restored; nothing was touched."""


class SettingsPage(QWidget):
    changed = Signal()
    data_updated = Signal()  # the screening data or the known-scam lists changed

    def __init__(
        self,
        settings: QSettings,
        home: Path,
        parent: QWidget | None = None,
        *,
        trusted_keys: Sequence[TrustedKey | Path | str] | None = None,
    ) -> None:
        """`trusted_keys`: the public keys "Update now" accepts (key files or
        `TrustedKey`s); None, the two embedded in ScamScreen. The feed's address is
        the setting "updates/source", else the one written into this build, else none
        (`feeds.source`): then Update now and automatic checks are off, and it says so."""
        super().__init__(parent)
        self.settings = settings
        self.home = Path(home)
        self.trusted_keys = trusted_keys
        self.lists_ready = False  # the scam lists' status has been read
        self._lists_reads = 0
        self._shipped_version = ""  # the shipped data's version, once computed
        self.retention_ready = False  # the case log's value has been read
        self._retention_dirty = False
        self._retention_saving = False
        self._data_busy = False  # a backup or a restore is running

        content = _Column()
        column = QVBoxLayout(content)
        column.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        self._column = column
        self._forms: list[QFormLayout] = []
        intro = _text(self.tr("Changes are saved as soon as you make them."))
        column.addWidget(intro)
        self.save_problem = _text()
        self.save_problem.setAccessibleName(self.tr("Problem saving settings"))
        self.save_problem.hide()
        column.addWidget(self.save_problem)
        for box in (
            self._region_box(),
            self._text_size_box(),
            self._contrast_box(),
            self._trusted_box(),
            self._simple_box(),
            self._helpdesk_box(),
            self._data_box(),
            self._retention_box(),
            self._updates_box(),
        ):
            column.addWidget(box)
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Settings"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        self.scroll_area = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.setAccessibleName(self.tr("Settings"))
        self._fit_width()
        self._load_retention()
        self.refresh_lists()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange and hasattr(self, "scroll_area"):
            self._fit_width()
        super().changeEvent(event)

    def _fit_width(self) -> None:
        """Lines no longer than about 110 characters, at any text size: wider is hard to
        read, and a field a whole screen wide looks like something else. The gaps grow
        with the text too, so 200% is not cramped."""
        metrics = self.fontMetrics()
        content = self.scroll_area.widget()
        assert content is not None  # (set once, in __init__)
        content.setMaximumWidth(metrics.averageCharWidth() * 110)
        self._column.setSpacing(max(6, metrics.height() // 2))
        for form in self._forms:
            form.setHorizontalSpacing(max(6, metrics.averageCharWidth()))

    # -- building ----------------------------------------------------------------------

    @staticmethod
    def _box(title: str) -> tuple[QGroupBox, QVBoxLayout]:
        box = QGroupBox(title)
        return box, QVBoxLayout(box)

    def _form(self, layout: QVBoxLayout) -> QFormLayout:
        """Labelled fields; a label goes above its field when the row does not fit."""
        form = wrapping_form()
        layout.addLayout(form)
        self._forms.append(form)
        return form

    @staticmethod
    def _row(form: QFormLayout, text: str, widget: QWidget) -> QLabel:
        """A field with its label: the label's mnemonic (Alt+letter) moves to the field."""
        label = QLabel(text)
        label.setBuddy(widget)
        widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        form.addRow(label, widget)
        return label

    @staticmethod
    def _describe(label: QLabel, about: str) -> None:
        """A label whose words change: its accessible name follows its text (a screen
        reader reads what it says now); `about` says what it is about."""
        label.setAccessibleName("")
        label.setAccessibleDescription(about)

    @staticmethod
    def _hint(text: str, *describes: QWidget) -> QLabel:
        label = _text(text)
        for widget in describes:
            widget.setAccessibleDescription(text)
        return label

    def _region_names(self) -> dict[str, str]:
        return {
            "US": self.tr("United States"),
            "GB": self.tr("United Kingdom"),
            "CA": self.tr("Canada"),
            "AU": self.tr("Australia"),
            "IE": self.tr("Ireland"),
            "NZ": self.tr("New Zealand"),
            "ES": self.tr("Spain"),
            "MX": self.tr("Mexico"),
            "DE": self.tr("Germany"),
            "FR": self.tr("France"),
            "IN": self.tr("India"),
        }

    def _region_box(self) -> QGroupBox:
        box, layout = self._box(self.tr("Your country"))
        self.region = QComboBox()
        self.region.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        names = self._region_names()
        for code in sorted(names, key=names.__getitem__):
            self.region.addItem(f"{names[code]} ({code})", code)
        self.region.insertSeparator(self.region.count())
        for code in sorted(phonenumbers.SUPPORTED_REGIONS - names.keys()):
            self.region.addItem(code, code)
        current = str(self.settings.value("region", DEFAULT_REGION)).upper()
        index = self.region.findData(current)
        self.region.setCurrentIndex(index if index >= 0 else self.region.findData("US"))
        self.region.currentIndexChanged.connect(self._region_changed)
        self._row(self._form(layout), self.tr("&Country or region:"), self.region)
        layout.addWidget(
            self._hint(
                self.tr(
                    "Phone numbers written without a country code are read as numbers "
                    "from this country."
                ),
                self.region,
            )
        )
        self._language_row(layout)
        return box

    def _language_row(self, layout: Any) -> None:
        """The language of ScamScreen's words (QSettings "language", "" for the
        system's); `--lang` overrides it. It applies from the next start."""
        from scamscreen.ui.translations import available

        self.language = QComboBox()
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.language.addItem(self.tr("The system's language"), "")
        for code, name in available():
            self.language.addItem(name[:1].upper() + name[1:], code)
        index = self.language.findData(str(self.settings.value("language", "") or ""))
        self.language.setCurrentIndex(max(index, 0))
        self.language.currentIndexChanged.connect(
            lambda: self.settings.setValue("language", self.language.currentData())
        )
        self._row(self._form(layout), self.tr("Language of the &words:"), self.language)
        later = self.tr("A new language shows the next time ScamScreen opens.")
        layout.addWidget(self._hint(later, self.language))

    def _text_size_box(self) -> QGroupBox:
        box, layout = self._box(self.tr("Text size"))
        self.text_scale = QSpinBox()
        self.text_scale.setRange(TEXT_SCALE_MIN, TEXT_SCALE_MAX)
        self.text_scale.setSingleStep(TEXT_SCALE_STEP)
        self.text_scale.setSuffix("%")
        self.text_scale.setKeyboardTracking(False)  # a typed size applies on Enter
        self.text_scale.setCorrectionMode(QSpinBox.CorrectionMode.CorrectToNearestValue)
        self.text_scale.setValue(text_scale(self.settings))
        self.text_scale.valueChanged.connect(self._text_scale_changed)
        self._row(self._form(layout), self.tr("&Text size:"), self.text_scale)
        layout.addWidget(
            self._hint(
                self.tr("How big all the writing is: 100% is normal, 200% is twice as big."),
                self.text_scale,
            )
        )
        return box

    def _contrast_box(self) -> QGroupBox:
        box, layout = self._box(self.tr("High contrast"))
        self.high_contrast = QCheckBox(self.tr("Hi&gh contrast colours"))
        self.high_contrast.setAccessibleName(self.tr("High contrast colours"))
        self.high_contrast.setChecked(setting_bool(self.settings, "high_contrast", False))
        self.high_contrast.toggled.connect(lambda on: self._store("high_contrast", bool(on)))
        layout.addWidget(self.high_contrast)
        layout.addWidget(
            self._hint(
                self.tr("White writing on a black background, with what is selected in yellow."),
                self.high_contrast,
            )
        )
        return box

    def _trusted_box(self) -> QGroupBox:
        box, layout = self._box(self.tr("Your trusted person"))
        self.trusted_name = QLineEdit(str(self.settings.value("trusted/name", "")))
        self.trusted_phone = QLineEdit(str(self.settings.value("trusted/phone", "")))
        self.trusted_phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        about = self.tr(
            "Someone you trust, to call before you pay anyone or let anyone into your "
            "computer. ScamScreen shows their number with every warning."
        )
        layout.addWidget(self._hint(about, self.trusted_name, self.trusted_phone))
        form = self._form(layout)
        self._row(form, self.tr("&Name:"), self.trusted_name)
        self._row(form, self.tr("&Phone number:"), self.trusted_phone)
        self.trusted_hint = _text()
        self.trusted_hint.setAccessibleName(self.tr("About your trusted person's number"))
        layout.addWidget(self.trusted_hint)
        self._show_phone_hint()
        self.trusted_name.textChanged.connect(lambda text: self._store("trusted/name", text))
        self.trusted_phone.textChanged.connect(self._trusted_phone_changed)
        card_row = QHBoxLayout()
        self.card_button = QPushButton(self.tr("Print a re&minder card…"))
        self.card_button.setAccessibleName(self.tr("Print a reminder card"))
        self.card_button.clicked.connect(self.print_card)
        card_row.addWidget(self.card_button)
        card_row.addStretch(1)
        layout.addLayout(card_row)
        layout.addWidget(
            self._hint(
                self.tr(
                    "A page in large letters to keep by the phone: the warning signs, and "
                    "your trusted person's number. It is saved as a PDF file to print."
                ),
                self.card_button,
            )
        )
        return box

    def _simple_box(self) -> QGroupBox:
        from scamscreen.ui.family import pin_field

        box, layout = self._box(self.tr("Simple mode"))
        layout.addWidget(
            self._hint(
                self.tr(
                    "For a helper setting ScamScreen up for someone: simple mode shows only "
                    "the check, its answer and the step-by-step lists. Choose a PIN of 4 "
                    "to 8 digits: it is needed to leave simple mode."
                )
            )
        )
        self.simple_pin = pin_field()
        self.simple_pin_again = pin_field()
        form = self._form(layout)
        self._row(form, self.tr("&Simple mode PIN:"), self.simple_pin)
        self._row(form, self.tr("PIN again (to chec&k):"), self.simple_pin_again)
        row = QHBoxLayout()
        self.simple_button = QPushButton(self.tr("Turn on simple mod&e"))
        self.simple_button.setAccessibleName(self.tr("Turn on simple mode"))
        self.simple_button.clicked.connect(self.turn_on_simple_mode)
        row.addWidget(self.simple_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.simple_status = _text()
        self.simple_status.setAccessibleName(self.tr("About simple mode"))
        self.simple_status.hide()
        layout.addWidget(self.simple_status)
        return box

    def _helpdesk_box(self) -> QGroupBox:
        box, layout = self._box(self.tr("Help desks"))
        self.helpdesk = QCheckBox(self.tr("&Help-desk mode"))
        self.helpdesk.setAccessibleName(self.tr("Help-desk mode"))
        self.helpdesk.setChecked(setting_bool(self.settings, "helpdesk/enabled", False))
        self.helpdesk.toggled.connect(lambda on: self._store("helpdesk/enabled", bool(on)))
        layout.addWidget(self.helpdesk)
        layout.addWidget(
            self._hint(
                self.tr(
                    "Adds a ticket reference, the staff member and who reported it to each "
                    "check, and shows the numbers and websites seen more than once this "
                    "week in History."
                ),
                self.helpdesk,
            )
        )
        return box

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

    def _data_box(self) -> QGroupBox:
        box, layout = self._box(self.tr("Your data"))
        layout.addWidget(
            _text(self.tr("Everything you save stays on this computer, in this folder:"))
        )
        self.folder = _text(str(self.home))
        self.folder.setAccessibleName(self.tr("Data folder"))
        self.folder.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        layout.addWidget(self.folder)
        buttons = FlowGrid(columns=3)  # onto more rows when the text is large
        self.open_button = QPushButton(self.tr("&Open folder"))
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.restore_button = QPushButton(self.tr("&Restore from a backup…"))
        for button, slot in (
            (self.open_button, self.open_folder),
            (self.backup_button, self.back_up),
            (self.restore_button, self.restore),
        ):
            button.setAccessibleName(button.text().replace("&", ""))
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.data_status = _text()
        self.data_status.setAccessibleName(self.tr("Backup and restore"))
        self.data_status.hide()
        layout.addWidget(self.data_status)
        return box

    def _retention_box(self) -> QGroupBox:
        box, layout = self._box(self.tr("Forgetting old contacts"))
        self.retention = QSpinBox()
        self.retention.setRange(0, RETENTION_MAX_DAYS)
        self.retention.setSpecialValueText(self.tr("Keep everything"))
        self.retention.setSuffix(self.tr(" days"))
        self.retention.setKeyboardTracking(False)
        self.retention.setEnabled(False)  # until the case log has said what it is
        self._row(self._form(layout), self.tr("Forget contacts &after:"), self.retention)
        layout.addWidget(
            self._hint(
                self.tr(
                    "Contacts older than this are deleted for good each time ScamScreen "
                    "opens your history. Choose “Keep everything” to keep them all."
                ),
                self.retention,
            )
        )
        self.retention_status = _text()
        self.retention_status.setAccessibleName(self.tr("About forgetting old contacts"))
        self.retention_status.hide()
        layout.addWidget(self.retention_status)
        self.retention.valueChanged.connect(self._retention_changed)
        # Written when the user is done with the box (Enter, or moving on), not at every
        # step of the arrows: passing through "1 day" on the way to 30 must not stick.
        self.retention.editingFinished.connect(self._store_retention)
        return box

    def _updates_box(self) -> QGroupBox:
        """The scam lists: the last update and the data version in use, Update now,
        automatic checks; what the lists hold, the FTC import and the person's own
        block and allow lists (the dialogs are in `lists_page`)."""
        box, layout = self._box(self.tr("Scam lists"))

        def button(text: str, slot: Any, about: str) -> QPushButton:
            widget = QPushButton(text)
            widget.setAccessibleName(text.replace("&", "").rstrip("…"))
            widget.clicked.connect(slot)
            row = QHBoxLayout()
            row.addWidget(widget)
            row.addStretch(1)
            layout.addLayout(row)
            layout.addWidget(self._hint(about, widget))
            return widget

        from scamscreen.ui.updating import update_source, updates_enabled

        has_source = update_source(self.settings) is not None
        layout.addWidget(plain(self.tr("Updates"), bold=True))
        # A copy built without an update server says so, and offers nothing that would
        # only fail: no Update now, no automatic checks.
        self.no_source = _text(
            self.tr(
                "No update server is set up for this copy, so newer scam lists cannot be "
                "downloaded."
            )
        )
        self._describe(self.no_source, self.tr("Where updates come from"))
        self.no_source.setVisible(not has_source)
        layout.addWidget(self.no_source)
        self.update_status = _text(self.tr("Reading when the lists were last updated…"))
        self._describe(self.update_status, self.tr("The last update"))
        layout.addWidget(self.update_status)
        self.data_version = _text()
        self._describe(self.data_version, self.tr("Data version, for a helper"))
        self.data_version.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.data_version.hide()
        layout.addWidget(self.data_version)
        self.update_button = button(
            self.tr("Up&date now"),
            self.update_now,
            self.tr("Get the newest lists of scam numbers and websites now."),
        )
        self.updates = QCheckBox(self.tr("Check for &updates to the scam lists"))
        self.updates.setAccessibleName(self.tr("Check for updates to the scam lists"))
        self.updates.setChecked(updates_enabled(self.settings))
        self.updates.toggled.connect(lambda on: self._store("updates/enabled", bool(on)))
        self.update_button.setEnabled(has_source)
        self.updates.setEnabled(has_source)
        layout.addWidget(self.updates)
        layout.addWidget(
            self._hint(
                self.tr(
                    "Only new lists of scam numbers and websites are downloaded. Nothing "
                    "about you or your history is sent."
                ),
                self.updates,
            )
        )

        layout.addWidget(plain(self.tr("What the lists hold"), bold=True))
        self.lists_status = _text(self.tr("Reading the scam lists…"))
        self._describe(self.lists_status, self.tr("What the scam lists hold"))
        layout.addWidget(self.lists_status)
        self.import_button = button(
            self.tr("&Import FTC complaints…"),
            self.import_ftc,
            self.tr(
                "Add the numbers from a file of reported calls that you downloaded from "
                "the FTC (the U.S. Federal Trade Commission)."
            ),
        )
        self.own_lists_button = button(
            self.tr("Your b&lock and allow lists…"),
            self.edit_own_lists,
            self.tr(
                "Numbers and websites you want ScamScreen to warn you about, or that you "
                "know are real."
            ),
        )
        self.update_dialog: UpdateDialog | None = None
        self.ftc_dialog: FtcImportDialog | None = None
        self.own_lists_dialog: UserListsDialog | None = None
        return box

    # -- the scam lists ------------------------------------------------------------------

    def refresh_lists(self) -> None:
        """Read what Settings says about the scam lists again, off the GUI thread: the
        last update (its `current.json`, and fingerprints of the data folders, which
        read every data file) and the counts of the lists (SQLite)."""
        self._lists_reads += 1
        ticket = self._lists_reads
        home = self.home
        shipped = self._shipped_version

        def work() -> tuple[dict[str, Any] | None, str, dict[str, Any] | None, Exception | None]:
            from scamscreen.core.errors import ListError
            from scamscreen.workspace import Workspace

            workspace = Workspace(home)
            info = workspace.last_update()
            version = shipped or workspace.shipped_version()
            try:
                return info, version, workspace.lists_summary(), None
            except ListError as exc:
                return info, version, None, exc

        def done(
            answer: tuple[dict[str, Any] | None, str, dict[str, Any] | None, Exception | None],
        ) -> None:
            if ticket != self._lists_reads:
                return  # a newer read is on its way
            info, version, summary, problem = answer
            self._shipped_version = version
            self._show_lists(info, version, summary, in_words(problem) if problem else "")
            self.lists_ready = True

        def failed(error: BaseException) -> None:
            if ticket != self._lists_reads:
                return
            self.lists_status.setText(
                self.tr("The scam lists cannot be read right now: {problem}").format(
                    problem=in_words(error)
                )
            )
            self.lists_ready = True

        self.lists_ready = False
        run_in_background(work, done, failed, self)

    def _show_lists(
        self,
        info: dict[str, Any] | None,
        shipped: str,
        summary: dict[str, Any] | None,
        problem: str,
    ) -> None:
        from scamscreen.ui.lists_page import count_words, day

        if summary is None:
            self.lists_status.setText(
                self.tr("The scam lists cannot be read right now: {problem}").format(
                    problem=problem
                )
            )
        else:
            scam = summary["lists"].get("scam", {})
            totals = summary["totals"]
            parts = []
            for count, one, many in (
                (
                    scam.get("feed", 0),
                    self.tr("{count} from updates"),
                    self.tr("{count} from updates"),
                ),
                (
                    scam.get("ftc", 0),
                    self.tr("{count} from FTC complaints you imported"),
                    self.tr("{count} from FTC complaints you imported"),
                ),
                (
                    sum(n for source, n in scam.items() if source.startswith("team:")),
                    self.tr("{count} from your team's lists"),
                    self.tr("{count} from your team's lists"),
                ),
                (
                    scam.get("seed", 0),
                    self.tr("{count} that came with ScamScreen"),
                    self.tr("{count} that came with ScamScreen"),
                ),
            ):
                if count:
                    parts.append(count_words(count, one, many))
            if totals.get("scam", 0):
                known = count_words(
                    totals["scam"],
                    self.tr("The scam lists hold {count} known scam number or website"),
                    self.tr("The scam lists hold {count} known scam numbers and websites"),
                )
                lines = [known + (f" ({', '.join(parts)})." if parts else ".")]
            elif self.update_button.isEnabled():
                lines = [
                    self.tr(
                        "The scam lists are empty for now: “Update now” or an FTC import "
                        "fills them."
                    )
                ]
            else:  # no update server: only what the person adds
                lines = [self.tr("The scam lists are empty for now: an FTC import fills them.")]
            lines.append(
                self.tr("Your own lists: {blocked} blocked, {allowed} allowed.").format(
                    blocked=count_words(totals.get("block", 0), "{count}", "{count}"),
                    allowed=count_words(totals.get("allow", 0), "{count}", "{count}"),
                )
            )
            last = summary.get("last_import")
            if last:
                lines.append(
                    self.tr("Last FTC import: {file}, on {date}.").format(
                        file=last["file"], date=day(last["imported_at"])
                    )
                )
            self.lists_status.setText("\n".join(lines))

        in_use = ""  # the data version in use, when it is an update's
        if info is None:
            self.update_status.setText(
                self.tr(
                    "No update has been downloaded yet. ScamScreen uses the lists and "
                    "company details it came with."
                )
            )
        else:
            text = self.tr("Last update: version {version}, downloaded on {date}.").format(
                version=info["version"], date=day(info.get("applied_at")) or "?"
            )
            if info["in_use"]:
                text += " " + self.tr("It is in use.")
                in_use = info["data_version"]
            else:
                text += " " + self.tr("It is not in use: {why}").format(why=info.get("note") or "")
            self.update_status.setText(text)
        if in_use and in_use != shipped:
            helper = self.tr(
                "For a helper: data version {in_use} is in use (from update {version}); the "
                "data that came with ScamScreen is version {shipped}."
            ).format(in_use=in_use, version=info["version"] if info else "?", shipped=shipped)
        else:
            helper = self.tr(
                "For a helper: the data in use is the data that came with ScamScreen, "
                "version {shipped}."
            ).format(shipped=shipped)
        self.data_version.setText(helper)
        self.data_version.show()

    def _source(self) -> str | None:
        from scamscreen.ui.updating import update_source

        return update_source(self.settings)

    def _lists_changed(self, *_args: object) -> None:
        self.refresh_lists()
        self.data_updated.emit()

    @staticmethod
    def _replace(old: QWidget | None) -> None:
        if old is not None:
            old.deleteLater()

    def update_now(self) -> None:
        """Fetch and apply the newest signed lists, in a dialog with progress and
        Cancel. (The "check for updates" box is about automatic checks: this always
        works.)"""
        from scamscreen.ui.lists_page import UpdateDialog

        source = self._source()
        if source is None:  # (the button is off then; said, should it be clicked anyway)
            self.no_source.show()
            return
        self._replace(self.update_dialog)
        dialog = UpdateDialog(self.home, source, self.trusted_keys, self)
        dialog.applied.connect(self._lists_changed)
        self.update_dialog = dialog
        dialog.open()
        dialog.start()

    def import_ftc(self) -> None:
        from scamscreen.ui.lists_page import FtcImportDialog

        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the FTC file of reported calls"),
            str(Path.home()),
            self.tr("CSV files (*.csv);;All files (*)"),
        )
        if not chosen:
            return
        self._replace(self.ftc_dialog)
        region = str(self.region.currentData() or DEFAULT_REGION)
        dialog = FtcImportDialog(self.home, Path(chosen), region, self)
        dialog.imported.connect(self._lists_changed)
        self.ftc_dialog = dialog
        dialog.open()
        dialog.start()

    def edit_own_lists(self) -> None:
        from scamscreen.ui.lists_page import UserListsDialog

        self._replace(self.own_lists_dialog)
        region = str(self.region.currentData() or DEFAULT_REGION)
        dialog = UserListsDialog(self.home, region, self)
        dialog.changed.connect(self._lists_changed)
        self.own_lists_dialog = dialog
        dialog.open()

    # -- settings in QSettings -----------------------------------------------------------

    def _store(self, key: str, value: Any) -> None:
        self.settings.setValue(key, value)
        self.settings.sync()
        if self.settings.status() != QSettings.Status.NoError:
            self.save_problem.setText(
                self.tr(
                    "Your settings could not be saved to {file}. They apply until "
                    "ScamScreen is closed."
                ).format(file=self.settings.fileName())
            )
            self.save_problem.show()
        else:
            self.save_problem.hide()
        self.changed.emit()

    def _region_changed(self, _index: int) -> None:
        code = self.region.currentData()
        if code:
            self._store("region", str(code))
            self._show_phone_hint()

    def _text_scale_changed(self, value: int) -> None:
        snapped = snap_scale(value)
        if snapped != value:  # a typed 115% becomes 120%, and comes back here
            self.text_scale.setValue(snapped)
            return
        self._store("text_scale", value)

    def _trusted_phone_changed(self, text: str) -> None:
        self._show_phone_hint()
        self._store("trusted/phone", text)

    def _phone_hint(self) -> str:
        raw = self.trusted_phone.text().strip()
        if not raw:
            return ""
        info = phones.analyse(raw, self.region.currentData() or DEFAULT_REGION)
        if not info.valid:
            return self.tr(
                "This number cannot exist as written. Please check it, so you can reach "
                "your trusted person when it matters."
            )
        return ""

    def _show_phone_hint(self) -> None:
        self.trusted_hint.setText(self._phone_hint())
        self.trusted_hint.setVisible(bool(self.trusted_hint.text()))

    # -- the data folder, backup and restore ---------------------------------------------

    def _say(self, text: str) -> None:
        self.data_status.setText(text)
        self.data_status.show()

    def _set_data_busy(self, busy: bool) -> None:
        self._data_busy = busy
        self.backup_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy)
        self.retention.setEnabled(self.retention_ready and not busy)

    def open_folder(self) -> None:
        from scamscreen.workspace import Workspace

        try:
            Workspace(self.home).make_folder()  # a new user's folder may not exist yet
        except OSError as exc:
            self._say(
                self.tr("The folder {folder} cannot be made: {problem}").format(
                    folder=self.home, problem=exc.strerror or exc
                )
            )
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.home))):
            self._say(
                self.tr("The folder could not be opened. It is at: {folder}").format(
                    folder=self.home
                )
            )

    def back_up(self) -> None:
        if self._data_busy:
            return
        home = self.home

        def work() -> Path:
            from scamscreen.workspace import Workspace

            return Workspace(home).back_up()

        def done(path: Path) -> None:
            self._set_data_busy(False)
            self._say(self.tr("Backed up. The copy is in: {path}").format(path=path))

        def failed(error: BaseException) -> None:
            self._set_data_busy(False)
            self._say(
                self.tr("The backup could not be made: {problem}").format(problem=in_words(error))
            )

        self._set_data_busy(True)
        self._say(self.tr("Backing up…"))
        run_in_background(work, done, failed, self)

    def restore(self) -> None:
        if self._data_busy:
            return
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup to restore"),
            str(self.home / "backups"),
            self.tr("ScamScreen backups (*.db);;All files (*)"),
        )
        if not chosen:
            return
        source = Path(chosen)
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "Your history will be replaced by the one in {file}. Contacts saved after "
                "that backup was made will no longer be in it.\n\n"
                "Your current history is kept first as a safety copy, so you can go back."
            ).format(file=source.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        home = self.home

        def work() -> tuple[Path, str | None]:
            from scamscreen.workspace import Workspace

            # Checked before the case log is touched, so a wrong file changes nothing
            # (not even a safety copy made for nothing).
            problem = Workspace.backup_problem(source)
            if problem != "ok":
                raise _NotABackup(problem)
            return Workspace(home).restore(source)

        def done(answer: tuple[Path, str | None]) -> None:
            safety, retention = answer
            self._set_data_busy(False)
            self._say(
                self.tr(
                    "Your history was restored from {file}. Your history as it was just "
                    "before is kept as a safety copy in: {safety}"
                ).format(file=source, safety=safety)
            )
            self._show_retention(retention)  # the restored log has its own setting
            self.changed.emit()

        def failed(error: BaseException) -> None:
            self._set_data_busy(False)
            if isinstance(error, _NotABackup):
                text = self.tr(
                    "Nothing was changed. {file} is not a ScamScreen backup that can be "
                    "restored ({problem})."
                ).format(file=source, problem=error)
            else:
                text = self.tr("The backup could not be restored: {problem}").format(
                    problem=in_words(error)
                )
            self._say(text)

        self._retention_dirty = False  # the restored log brings its own value
        self._set_data_busy(True)
        self._say(self.tr("Restoring…"))
        run_in_background(work, done, failed, self)

    # -- retention, in the case log ------------------------------------------------------

    def _load_retention(self) -> None:
        home = self.home

        def work() -> str | None:
            from scamscreen.workspace import Workspace

            return Workspace(home).log_setting("retention_days")

        def failed(error: BaseException) -> None:
            self.retention_status.setText(
                self.tr("How long contacts are kept cannot be changed now: {problem}").format(
                    problem=in_words(error)
                )
            )
            self.retention_status.show()

        run_in_background(work, self._show_retention, failed, self)

    def _show_retention(self, value: str | None) -> None:
        days = int(value) if value and value.isdigit() else 0
        self.retention.blockSignals(True)
        self.retention.setValue(min(days, RETENTION_MAX_DAYS))
        self.retention.blockSignals(False)
        self.retention_ready = True
        self.retention.setEnabled(not self._data_busy)

    def _retention_changed(self, _days: int) -> None:
        self._retention_dirty = True

    def _store_retention(self) -> None:
        if not (self.retention_ready and self._retention_dirty) or self._retention_saving:
            return  # a write in flight picks the newest value up when it is done
        self._retention_dirty = False
        self._retention_saving = True
        days = self.retention.value()
        home = self.home

        def work() -> None:
            from scamscreen.workspace import Workspace

            Workspace(home).set_log_setting("retention_days", str(days))

        def done(_none: None) -> None:
            self._retention_saving = False
            self.retention_status.hide()
            self.changed.emit()
            self._store_retention()

        def failed(error: BaseException) -> None:
            self._retention_saving = False
            self._retention_dirty = True  # still to be written
            self.retention_status.setText(
                self.tr("How long contacts are kept could not be saved: {problem}").format(
                    problem=in_words(error)
                )
            )
            self.retention_status.show()

        run_in_background(work, done, failed, self)

    def hideEvent(self, event: QHideEvent) -> None:
        self._store_retention()  # the user moved to another screen without Enter
        super().hideEvent(event)
