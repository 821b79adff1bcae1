"""The main window: the Check screen, with keyboard shortcuts, remembered geometry and
the actions of the verdict (save, verify step by step, recover)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStatusBar,
    QWidget,
)

from scamscreen.ui.appearance import apply_appearance
from scamscreen.ui.auto_update import AutoUpdates
from scamscreen.ui.check_page import CheckPage
from scamscreen.ui.problems import in_words
from scamscreen.ui.team_link import TeamWindow
from scamscreen.ui.updating import region_setting

if TYPE_CHECKING:  # (the other screens, and the data code, load when first used)
    from scamscreen.core.screening import Analysis, Screener
    from scamscreen.ui.checklist import ChecklistWizard
    from scamscreen.ui.history_page import HistoryPage
    from scamscreen.ui.history_worker import CaseLogThread
    from scamscreen.ui.settings_page import SettingsPage
    from scamscreen.workspace import CaseLog, KnownLists, Workspace

NAV_SCALE = 1.25  # the screens' names are a little larger than the text


class MainWindow(TeamWindow, AutoUpdates, QMainWindow):
    """The main window. Only the Check screen is built at first; History and Settings are
    built (and their modules imported) the first time they are shown, and the screening
    data may be handed over after the window is on screen (`set_screener`)."""

    first_painted = Signal()  # the window is on screen: time for the slower loading

    def __init__(
        self, screener: Screener | None, home: Path | Callable[[], Path], settings: QSettings
    ) -> None:
        """`home` is the data folder, or a function finding it (called when the case log
        is first needed: looking it up imports platformdirs, which start-up can spare)."""
        super().__init__()
        self.screener = screener
        self._painted = False
        self._home = home
        self.settings = settings
        self.saved_id: int | None = None  # the current check, once saved
        app = QApplication.instance()
        self.base_point_size = app.font().pointSizeF() if isinstance(app, QApplication) else 10.0
        self.setWindowTitle(self.tr("ScamScreen"))
        self.setAccessibleName(self.tr("ScamScreen"))
        self.check = CheckPage(screener, region_setting(settings))
        self.check.verdict.set_trusted_person(
            str(settings.value("trusted/name", "")), str(settings.value("trusted/phone", ""))
        )
        self.check.result_changed.connect(self._result_changed)
        self.first_painted.connect(self.check.show_icons)
        self.check.verdict.save_requested.connect(self.save)
        self.check.keep_picture.keep_changed.connect(self._keep_picture_changed)
        self.check.verdict.verify_requested.connect(lambda: self.open_checklist("verify"))
        self.check.verdict.recovery_requested.connect(lambda: self.open_checklist("recovery"))
        self.pages = QStackedWidget()
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Screens"))
        self.nav.setSpacing(6)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The window's one connection to the case log, on a thread of its own: saves,
        # checklist ticks and the History screen's reads run there in order.
        self._log: CaseLogThread | None = None  # made when first needed (see `log`)
        self._workspace: Workspace | None = None  # made when first needed (`workspace`)
        self.lists: KnownLists | None = None  # opened by load_data()
        self._history: HistoryPage | None = None
        self._settings_page: SettingsPage | None = None
        self.wizard: ChecklistWizard | None = None
        self.pin_dialog: QDialog | None = None  # the PIN, to leave simple mode
        self._add_page(self.check, self.tr("Check a contact"))
        self._add_page(QWidget(), self.tr("History"))  # built when first shown
        self._add_page(QWidget(), self.tr("Settings"))
        self.nav.currentRowChanged.connect(self._page_chosen)
        self._fit_nav()
        self.nav.setCurrentRow(0)
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        self.setCentralWidget(body)
        self.setStatusBar(QStatusBar())
        self._link_team()

        new = QAction(self.tr("&New check"), self)
        new.setShortcut(QKeySequence.StandardKey.New)  # Ctrl+N
        new.triggered.connect(self.new_check)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        find = QAction(self.tr("&Find in history"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)  # Ctrl+F
        find.triggered.connect(self.find_in_history)
        menu = self.menuBar().addMenu(self.tr("&File"))
        menu.addAction(new)
        menu.addAction(find)
        menu.addAction(quit_action)
        about = QAction(self.tr("&About ScamScreen"), self)
        about.triggered.connect(self.show_about)
        self.menuBar().addMenu(self.tr("&Help")).addAction(about)
        self.new_action = new
        self.find_action, self.about_action = find, about
        self.leave_simple_action = QAction(self.tr("&Leave simple mode…"), self)
        self.leave_simple_action.triggered.connect(self.leave_simple_mode)
        menu.insertAction(quit_action, self.leave_simple_action)
        # issue 18: "is my IT desk calling me?" (ui/call_status.py)
        self.desk_action = QAction(self.tr("Is my IT &desk calling me?"), self)
        self.desk_action.setShortcut(QKeySequence("Ctrl+D"))
        self.desk_action.triggered.connect(self.ask_desk)
        menu.insertAction(self.leave_simple_action, self.desk_action)
        self.call_status: QDialog | None = None
        self.check.org.textChanged.connect(self._org_typed)  # ("IT desk": offer to ask)
        self.apply_modes()

        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 820)

    @property
    def home(self) -> Path:
        if callable(self._home):
            self._home = Path(self._home())
        return self._home

    @property
    def workspace(self) -> Workspace:
        """The data folder and everything in it (the screener, the lists, updates)."""
        if self._workspace is None:
            from scamscreen.workspace import Settings, Workspace

            self._workspace = Workspace(self.home, Settings.from_values(self.settings.value))
            if self.screener is not None:
                self._workspace.use_screener(self.screener)
        return self._workspace

    @property
    def log(self) -> CaseLogThread:
        """The window's one connection to the case log, on a thread of its own."""
        if self._log is None:
            from scamscreen.ui.history_worker import CaseLogThread

            self._log = CaseLogThread(self.home, self)
        return self._log

    # -- the screens, built when first needed

    HISTORY, SETTINGS = 1, 2  # their rows in the list of screens

    @property
    def history(self) -> HistoryPage:
        if self._history is None:
            from scamscreen.ui.history_page import HistoryPage

            page = HistoryPage(self.home, log=self.log, workspace=self.workspace)
            page.checklist_requested.connect(self.open_saved_checklist)
            from scamscreen.ui.appearance import setting_bool

            page.set_helpdesk(setting_bool(self.settings, "helpdesk/enabled", False))
            self._history = page
            self._put_page(self.HISTORY, page)
        return self._history

    @property
    def settings_page(self) -> SettingsPage:
        if self._settings_page is None:
            from scamscreen.ui.settings_page import SettingsPage

            page = SettingsPage(self.settings, self.home)
            page.changed.connect(self._settings_changed)
            page.data_updated.connect(self._data_updated)
            page.team_changed.connect(self.team_changed)
            self._settings_page = page
            self._put_page(self.SETTINGS, page)
        return self._settings_page

    def _put_page(self, index: int, page: QWidget) -> None:
        placeholder = self.pages.widget(index)
        assert placeholder is not None  # (every page has one until it is first shown)
        self.pages.insertWidget(index, page)
        self.pages.removeWidget(placeholder)
        placeholder.deleteLater()

    def _page(self, row: int) -> QWidget:
        if row == self.HISTORY:
            return self.history
        if row == self.SETTINGS:
            return self.settings_page
        page = self.pages.widget(row)
        assert page is not None  # (a row of the list is a page)
        return page

    def set_screener(self, screener: Screener) -> None:
        self.screener = screener
        if self._workspace is not None:
            self._workspace.use_screener(screener)
        self.check.set_screener(screener)

    def load_data(self) -> None:
        """Load the screening data in use: the newest signed update applied in the data
        folder (else the data shipped with ScamScreen), with the known-scam lists. Called
        after the first paint, and again when Settings applied an update or changed the
        lists. A damaged install raises DataError (the caller says "reinstall")."""
        from scamscreen.ui.translations import language

        workspace = self.workspace
        workspace.reload()
        workspace.settings = workspace.settings._replace(language=language() or "")
        self.lists = workspace.lookup()
        if workspace.lists_problem is not None:  # screening goes on without them, and says why
            self.statusBar().showMessage(
                self.tr("The known-scam lists cannot be used: {problem}").format(
                    problem=in_words(workspace.lists_problem)
                )
            )
        self.set_screener(workspace.screener)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)  # after this paint is on screen

    def _add_page(self, page: QWidget, title: str) -> None:
        self.pages.addWidget(page)
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
        self.nav.addItem(item)

    def _fit_nav(self) -> None:
        """The screens' list is as wide as its longest name, at any text size."""
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * NAV_SCALE)
        self.nav.setFont(font)
        metrics = self.nav.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(self.nav.item(row).text()) for row in range(self.nav.count())
        )
        margins = 2 * (self.nav.frameWidth() + self.nav.spacing()) + metrics.averageCharWidth() * 2
        self.nav.setFixedWidth(widest + margins)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange and hasattr(self, "nav"):
            self._fit_nav()  # the text size was changed in Settings
        super().changeEvent(event)

    def _page_chosen(self, row: int) -> None:
        built = row == self.HISTORY and self._history is None  # (it reads the log itself)
        page = self._page(row)
        came_back = page is self._history and self.pages.currentWidget() is not page
        self.pages.setCurrentWidget(page)
        if came_back and not built and self._history is not None:
            self._history.refresh()  # saves made on the other screens show

    def show_page(self, page: QWidget) -> None:
        self.nav.setCurrentRow(self.pages.indexOf(page))
        self.pages.setCurrentWidget(page)

    def _settings_changed(self) -> None:
        """Settings apply at once: text size and contrast, region, trusted person."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_appearance(app, self.settings, self.base_point_size)
        self.check.region = region_setting(self.settings)
        self._share_region()
        self.check.verdict.set_trusted_person(
            str(self.settings.value("trusted/name", "")),
            str(self.settings.value("trusted/phone", "")),
        )
        self.apply_modes()

    # -- simple mode and help-desk mode

    def apply_modes(self) -> None:
        """Simple mode shows only Check, its verdict and the checklists; help-desk mode
        adds the ticket fields to the Check screen and the week's repeats to History."""
        from scamscreen.ui.appearance import setting_bool
        from scamscreen.ui.family import simple_mode

        simple = simple_mode(self.settings)
        self.simple = simple
        for row in (self.HISTORY, self.SETTINGS):
            self.nav.setRowHidden(row, simple)
        self.nav.setVisible(not simple)  # one screen: no list of screens to choose from
        for action in (self.find_action, self.about_action):
            action.setVisible(not simple)
            action.setEnabled(not simple)
        self.leave_simple_action.setVisible(simple)
        self.leave_simple_action.setEnabled(simple)
        if simple and self.pages.currentWidget() is not self.check:
            self.show_page(self.check)
        helpdesk = setting_bool(self.settings, "helpdesk/enabled", False)
        self.check.set_helpdesk(helpdesk and not simple)
        if self._history is not None:
            self._history.set_helpdesk(helpdesk)

    def leave_simple_mode(self, clock: Callable[[], float] | None = None) -> None:
        """Ask for the helper's PIN (a dialog); the right one shows everything again.
        `clock` is for tests (the wait after too many wrong tries)."""
        from scamscreen.ui.family import PinDialog, PinLock

        if self.pin_dialog is not None:
            self.pin_dialog.deleteLater()
        lock = PinLock(self.settings, clock) if callable(clock) else PinLock(self.settings)
        self.pin_dialog = PinDialog(lock, self)
        self.pin_dialog.accepted.connect(self._simple_mode_left)
        self.pin_dialog.open()

    def _simple_mode_left(self) -> None:
        from scamscreen.ui.family import SIMPLE

        self.settings.setValue(SIMPLE, False)
        self.settings.sync()
        if self._settings_page is not None:
            self._settings_page.changed.emit()
        else:
            self.apply_modes()

    def _data_updated(self) -> None:
        """An update was applied, or the lists changed: screen with what is in use now,
        and check the contact on screen again."""
        from scamscreen.core.data import DataError

        try:
            self.load_data()
        except DataError as exc:  # an update cannot be damaged (it was checked), but say it
            self.statusBar().showMessage(str(exc))
        self.check.rescreen()

    def about_text(self) -> str:
        from scamscreen import __version__

        data = self.screener.data_version if self.screener is not None else "…"
        return self.tr(
            "ScamScreen {version}\n\n"
            "Checks a 'support' call, pop-up, email or text against the companies' real "
            "contact details and the signs of a scam, and tells you what to do.\n\n"
            "Everything you save stays on this computer. ScamScreen sends nothing about "
            "you anywhere.\n\n"
            "Data version in use: {data}\nFree software under the MIT licence."
        ).format(version=__version__, data=data)

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About ScamScreen"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.about_text())
        box.setAccessibleName(self.tr("About ScamScreen"))
        box.exec()

    def ask_desk(self) -> None:
        """Ask the enrolled IT desk whether it is calling (ui/call_status.py)."""
        from scamscreen.ui.call_status import open_for

        if self.call_status is not None:
            self.call_status.close()
        self.call_status = open_for(self)

    def _org_typed(self, text: str) -> None:
        from scamscreen.ui.call_status import offer_on_check_screen

        offer_on_check_screen(self, text)

    def find_in_history(self) -> None:
        self.show_page(self.history)
        self.history.focus_search()

    def new_check(self) -> None:
        self.saved_id = None
        self.show_page(self.check)
        self.check.clear()

    def _result_changed(self, _result: object) -> None:
        self.saved_id = None  # the contact changed: a new save is a new entry

    def save(self, then: object = None) -> None:
        """Save the current check to the case log (off the GUI thread): the team's, in
        team mode, or this computer's outbox while the team server is away."""
        result = self.check.result
        if result is None:
            return
        if self._saved_to_team(then):  # (team mode)
            return
        from scamscreen.core.contact import parse_contact

        contact = parse_contact(self.check.contact_fields())
        assert self.screener is not None  # (a result comes from the screener)
        data_version = self.screener.data_version

        desk = self.check.helpdesk_fields()
        box = self.check.keep_picture
        picture = box.picture_to_keep()  # only if the box is ticked
        shown = box.current_picture()

        def work(log: CaseLog) -> int:
            kept = None
            if picture is not None:
                from scamscreen.core.kept_picture import encode

                kept = encode(picture)
            return log.add(contact, result, data_version=data_version, picture=kept, **desk).id

        def done(contact_id: int) -> None:
            self.saved_id = contact_id
            ticked_now = box.picture_to_keep() is not None
            if shown is not None and box.current_picture() is shown and (
                ticked_now != (picture is not None)
            ):
                # the box was ticked or unticked while the save was on its way
                self._keep_picture_changed(ticked_now)
            if self._history is not None:
                self._history.refresh()
            self.statusBar().showMessage(self.tr("Saved to your history."), 8000)
            self.check.verdict.show_saved(True)  # on the screen itself, until it changes
            if callable(then):
                then()

        self.log.submit(work, done, self._store_failed)

    def _keep_picture_changed(self, keep: bool) -> None:
        """The box was ticked or unticked after the check was saved: keep the picture
        with the saved contact, or forget it (before saving, the save takes it or not)."""
        contact_id, picture = self.saved_id, self.check.keep_picture.picture_to_keep()
        if contact_id is None:
            return

        def work(log: CaseLog) -> None:
            if keep and picture is not None:
                from scamscreen.core.kept_picture import encode

                log.pictures.keep(contact_id, encode(picture))
            elif not keep:
                log.pictures.remove(contact_id)

        def done(_none: None) -> None:
            if self._history is not None:
                self._history.refresh()

        self.log.submit(work, done, self._store_failed)

    def _store_failed(self, error: BaseException) -> None:
        QMessageBox.warning(
            self,
            self.tr("Could not save"),
            self.tr("Your check could not be saved to the history:\n{problem}").format(
                problem=in_words(error)
            ),
        )

    def open_checklist(self, name: str) -> None:
        """The checklist for the contact on the Check screen (saved first: the progress
        is kept with the saved contact)."""
        result = self.check.result
        if result is None:
            return
        if self.saved_id is None and result is self.team_link.queued:  # (waits in the outbox)
            self._show_wizard(None, name, result.analysis, {})  # (its ticks are not kept)
            return
        if self.saved_id is None:
            self.save(then=lambda: self.open_checklist(name))
            return
        contact_id, analysis = self.saved_id, result.analysis
        self.log.submit(
            lambda log: log.checklist_progress(contact_id, name),
            lambda done: self._show_wizard(contact_id, name, analysis, done),
            self._store_failed,
        )

    def open_saved_checklist(self, contact: dict[str, Any], name: str) -> None:
        """A saved contact's checklist, from the History screen, with the steps ticked
        before (days ago, or in another window) ticked again. It is tailored the way it
        was on the day: the contact as saved is screened again for its facts."""
        contact_id = int(contact["id"])
        region: str = contact.get("region") or self.check.region
        fields = {
            "channel": contact.get("channel"),
            "initiated_by": contact.get("initiated_by"),
            "claimed_org": contact.get("claimed_org") or "",
            "phone": contact.get("phone") or "",
            "email": contact.get("email") or "",
            "url": contact.get("url") or "",
            "text": contact.get("notes") or "",
            "requests": contact.get("requests") or [],
            "region": region,
        }
        screener = self.screener
        if screener is None:  # (the screening data is still loading, a moment after start)
            return

        from scamscreen.core.contact import parse_contact

        def work(log: CaseLog) -> tuple[Analysis, dict[str, bool]]:
            parsed = parse_contact(fields)
            analysis = screener.screen(parsed, region).analysis
            return analysis, log.checklist_progress(contact_id, name)

        self.log.submit(
            work,
            lambda answer: self._show_wizard(contact_id, name, *answer),
            self._store_failed,
        )

    def _show_wizard(
        self, contact_id: int | None, name: str, analysis: Analysis, done: dict[str, bool]
    ) -> None:
        from scamscreen.core.indicators import placeholders
        from scamscreen.ui.checklist import ChecklistWizard

        words = self.screener.placeholder_words if self.screener is not None else None
        checklist = self.workspace.checklist(name)
        steps = checklist.for_contact(analysis.facts, placeholders(analysis.values, words))

        def tick(step: str, checked: bool) -> None:
            if contact_id is None:  # (a check waiting in the outbox: nothing to keep it with)
                return

            def ticked(_none: None) -> None:
                if self._history is not None:
                    self._history.step_ticked(contact_id)

            self.log.submit(
                lambda log: log.set_step(contact_id, name, step, checked),
                ticked,
                self._store_failed,
            )

        if self.wizard is not None:
            self.wizard.close()
        self.wizard = ChecklistWizard(
            checklist.title, checklist.intro, steps, done, tick, self, contact_id
        )
        self.wizard.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        if self._history is not None:
            self._history.close_log()
        if self._log is not None:
            self._log.stop()  # (the saves asked for are finished first)
        if self._workspace is not None:
            self._workspace.close()  # (the lists)
        elif self.lists is not None:
            self.lists.close()
        super().closeEvent(event)
