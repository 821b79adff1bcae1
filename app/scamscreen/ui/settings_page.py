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
from PySide6.QtCore import QEvent, QSettings, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QScrollArea, QSpinBox, QVBoxLayout, QWidget

from scamscreen.core.region import DEFAULT_REGION
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
from scamscreen.ui.settings_data import RETENTION_MAX_DAYS as RETENTION_MAX_DAYS
from scamscreen.ui.settings_data import DataSection, RetentionSection
from scamscreen.ui.settings_lists import ListsSection
from scamscreen.ui.settings_parts import Column, Section, wrapped
from scamscreen.ui.settings_people import SimpleModeSection, TrustedSection
from scamscreen.ui.settings_team import TeamSection
from scamscreen.ui.styles import (  # noqa: F401 (re-exported for the page's callers)
    HighContrastStyle,
    ReadableStyle,
    high_contrast_palette,
)

if TYPE_CHECKING:
    from scamscreen.ui.lists_page import FtcImportDialog, UpdateDialog, UserListsDialog
    from scamscreen.workspace import TrustedKey



class SettingsPage(QWidget):
    changed = Signal()
    data_updated = Signal()  # the screening data or the known-scam lists changed
    team_changed = Signal()  # a team server was joined or left (help-desk mode)

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

        content = Column()
        column = QVBoxLayout(content)
        column.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        self._column = column
        intro = wrapped(self.tr("Changes are saved as soon as you make them."))
        column.addWidget(intro)
        self.save_problem = wrapped()
        self.save_problem.setAccessibleName(self.tr("Problem saving settings"))
        self.save_problem.hide()
        column.addWidget(self.save_problem)
        country = self._region_box()  # (first: the other boxes read the country)
        store, region = self._store, self.chosen_region
        self.retention_box = RetentionSection(settings, store, self.home)
        self.data_box = DataSection(settings, store, self.home, self.retention_box)
        self.trusted_box = TrustedSection(settings, store, region, self.data_box.say)
        self.simple_box = SimpleModeSection(settings, store)
        self.lists_box = ListsSection(settings, store, self.home, region, trusted_keys)
        self.team_box = TeamSection(settings, store, self.home)
        self.sections: list[Section] = [
            country,
            self._text_size_box(),
            self._contrast_box(),
            self.trusted_box,
            self.simple_box,
            self._helpdesk_box(),
            self.team_box,
            self.data_box,
            self.retention_box,
            self.lists_box,
        ]
        for box in self.sections:
            column.addWidget(box)
        column.addStretch(1)
        for section in (self.data_box, self.retention_box):
            section.changed.connect(self.changed)
        self.lists_box.data_updated.connect(self.data_updated)
        self.team_box.team_changed.connect(self.team_changed)
        self.team_box.setVisible(self.helpdesk.isChecked())  # a help-desk thing
        self.helpdesk.toggled.connect(self.team_box.setVisible)
        self._name_the_controls()

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
        self.retention_box.load()
        self.lists_box.refresh_lists()

    def _name_the_controls(self) -> None:
        """The sections' controls, named on the page too (the window and the tests reach
        them as `page.update_button`, wherever they live)."""
        trusted, simple, data = self.trusted_box, self.simple_box, self.data_box
        self.trusted_name, self.trusted_phone = trusted.trusted_name, trusted.trusted_phone
        self.trusted_hint, self.card_button = trusted.trusted_hint, trusted.card_button
        self.simple_pin, self.simple_pin_again = simple.simple_pin, simple.simple_pin_again
        self.simple_button, self.simple_status = simple.simple_button, simple.simple_status
        self.folder, self.data_status = data.folder, data.data_status
        self.open_button, self.backup_button = data.open_button, data.backup_button
        self.restore_button = data.restore_button
        self.open_folder, self.back_up, self.restore = data.open_folder, data.back_up, data.restore
        self.print_card, self.turn_on_simple_mode = trusted.print_card, simple.turn_on_simple_mode
        self.retention = self.retention_box.retention
        self.retention_status = self.retention_box.retention_status
        lists = self.lists_box
        self.no_source, self.update_status = lists.no_source, lists.update_status
        self.data_version, self.lists_status = lists.data_version, lists.lists_status
        self.update_button, self.updates = lists.update_button, lists.updates
        self.import_button, self.own_lists_button = lists.import_button, lists.own_lists_button
        self.update_now, self.refresh_lists = lists.update_now, lists.refresh_lists
        self.import_ftc, self.edit_own_lists = lists.import_ftc, lists.edit_own_lists
        self._source = lists.source

    # (what the sections are doing, for the window and the tests)

    @property
    def lists_ready(self) -> bool:
        return self.lists_box.lists_ready

    @property
    def update_dialog(self) -> UpdateDialog | None:
        return self.lists_box.update_dialog

    @property
    def ftc_dialog(self) -> FtcImportDialog | None:
        return self.lists_box.ftc_dialog

    @property
    def own_lists_dialog(self) -> UserListsDialog | None:
        return self.lists_box.own_lists_dialog

    @property
    def retention_ready(self) -> bool:
        return self.retention_box.retention_ready

    @property
    def _retention_saving(self) -> bool:
        return self.retention_box.saving

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
        for section in self.sections:
            for form in section.forms:
                form.setHorizontalSpacing(max(6, metrics.averageCharWidth()))

    def chosen_region(self) -> str:
        """The country chosen in the box (a number without its code is read as one of
        that country's)."""
        return str(self.region.currentData() or DEFAULT_REGION)

    # -- the page's own boxes: country and language, text size, contrast, help desks ----

    def _section(self, title: str) -> Section:
        section = Section(self.settings, self._store)
        section.setTitle(title)
        return section

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

    def _region_box(self) -> Section:
        box = self._section(self.tr("Your country"))
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
        self.region.setCurrentIndex(index if index >= 0 else self.region.findData(DEFAULT_REGION))
        self.region.currentIndexChanged.connect(self._region_changed)
        box.row(box.form(), self.tr("&Country or region:"), self.region)
        box.hint(
            self.tr(
                "Phone numbers written without a country code are read as numbers "
                "from this country."
            ),
            self.region,
        )
        self._language_row(box)
        return box

    def _language_row(self, box: Section) -> None:
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
        box.row(box.form(), self.tr("Language of the &words:"), self.language)
        later = self.tr("A new language shows the next time ScamScreen opens.")
        box.hint(later, self.language)

    def _text_size_box(self) -> Section:
        box = self._section(self.tr("Text size"))
        self.text_scale = QSpinBox()
        self.text_scale.setRange(TEXT_SCALE_MIN, TEXT_SCALE_MAX)
        self.text_scale.setSingleStep(TEXT_SCALE_STEP)
        self.text_scale.setSuffix("%")
        self.text_scale.setKeyboardTracking(False)  # a typed size applies on Enter
        self.text_scale.setCorrectionMode(QSpinBox.CorrectionMode.CorrectToNearestValue)
        self.text_scale.setValue(text_scale(self.settings))
        self.text_scale.valueChanged.connect(self._text_scale_changed)
        box.row(box.form(), self.tr("Te&xt size:"), self.text_scale)
        box.hint(
            self.tr("How big all the writing is: 100% is normal, 200% is twice as big."),
            self.text_scale,
        )
        return box

    def _contrast_box(self) -> Section:
        box = self._section(self.tr("High contrast"))
        self.high_contrast = QCheckBox(self.tr("Hi&gh contrast colours"))
        self.high_contrast.setAccessibleName(self.tr("High contrast colours"))
        self.high_contrast.setChecked(setting_bool(self.settings, "high_contrast", False))
        self.high_contrast.toggled.connect(lambda on: self._store("high_contrast", bool(on)))
        box.box.addWidget(self.high_contrast)
        box.hint(
            self.tr("White writing on a black background, with what is selected in yellow."),
            self.high_contrast,
        )
        return box

    def _helpdesk_box(self) -> Section:
        box = self._section(self.tr("Help desks"))
        self.helpdesk = QCheckBox(self.tr("He&lp-desk mode"))
        self.helpdesk.setAccessibleName(self.tr("Help-desk mode"))
        self.helpdesk.setChecked(setting_bool(self.settings, "helpdesk/enabled", False))
        self.helpdesk.toggled.connect(lambda on: self._store("helpdesk/enabled", bool(on)))
        box.box.addWidget(self.helpdesk)
        box.hint(
            self.tr(
                "Adds a ticket reference, the staff member and who reported it to each "
                "check, shows the numbers and websites seen more than once this week in "
                "History, and lets the desk share one history on a team server."
            ),
            self.helpdesk,
        )
        return box

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
            self.trusted_box.show_phone_hint()

    def _text_scale_changed(self, value: int) -> None:
        snapped = snap_scale(value)
        if snapped != value:  # a typed 115% becomes 120%, and comes back here
            self.text_scale.setValue(snapped)
            return
        self._store("text_scale", value)

    def hideEvent(self, event: QHideEvent) -> None:
        self.retention_box.store_retention()  # the user moved to another screen without Enter
        super().hideEvent(event)
