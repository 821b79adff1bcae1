"""The scam lists' box of the Settings screen: their updates (Update now, automatic
checks, the last update and the data version in use), what they hold, the FTC import and
the person's own block and allow lists. What it says is read off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QCheckBox, QFileDialog, QPushButton, QWidget

from scamscreen.ui.problems import in_words
from scamscreen.ui.settings_parts import Section, Store, selectable, wrapped
from scamscreen.ui.tasks import run_in_background
from scamscreen.ui.verdict_panel import plain

if TYPE_CHECKING:  # (the scam lists' dialogs and the update code load when first used)
    from scamscreen.ui.lists_page import FtcImportDialog, UpdateDialog, UserListsDialog
    from scamscreen.workspace import TrustedKey


class ListsSection(Section):
    """The box "Scam lists": the last update and the data version in use, Update now, automatic
    checks; what the lists hold, the FTC import and the person's own block and allow
    lists (the dialogs are in `lists_page`). `data_updated` is emitted when the lists or
    the screening data changed; `region` gives the country chosen now."""

    data_updated = Signal()

    def __init__(
        self,
        settings: QSettings,
        store: Store,
        home: Path,
        region: Callable[[], str],
        trusted_keys: Sequence[TrustedKey | Path | str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, store, parent)
        self.setTitle(self.tr("Scam lists"))
        self.home = home
        self._region = region
        self.trusted_keys = trusted_keys
        self.lists_ready = False  # the scam lists' status has been read
        self._lists_reads = 0
        self._shipped_version = ""  # the shipped data's version, once computed
        layout = self.box

        def button(text: str, slot: Any, about: str) -> QPushButton:
            widget = self.button(text, slot)
            self.hint(about, widget)
            return widget

        from scamscreen.ui.updating import update_source, updates_enabled

        has_source = update_source(self.settings) is not None
        layout.addWidget(plain(self.tr("Updates"), bold=True))
        # A copy built without an update server says so, and offers nothing that would
        # only fail: no Update now, no automatic checks.
        self.no_source = wrapped(
            self.tr(
                "No update server is set up for this copy, so newer scam lists cannot be "
                "downloaded."
            )
        )
        self.describe(self.no_source, self.tr("Where updates come from"))
        self.no_source.setVisible(not has_source)
        layout.addWidget(self.no_source)
        self.update_status = wrapped(self.tr("Reading when the lists were last updated…"))
        self.describe(self.update_status, self.tr("The last update"))
        layout.addWidget(self.update_status)
        self.data_version = wrapped()
        self.describe(self.data_version, self.tr("Data version, for a helper"))
        selectable(self.data_version)
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
        self.hint(
            self.tr(
                "Only new lists of scam numbers and websites are downloaded. Nothing "
                "about you or your history is sent."
            ),
            self.updates,
        )

        layout.addWidget(plain(self.tr("What the lists hold"), bold=True))
        self.lists_status = wrapped(self.tr("Reading the scam lists…"))
        self.describe(self.lists_status, self.tr("What the scam lists hold"))
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
            self.tr("&Your block and allow lists…"),
            self.edit_own_lists,
            self.tr(
                "Numbers and websites you want ScamScreen to warn you about, or that you "
                "know are real."
            ),
        )
        self.update_dialog: UpdateDialog | None = None
        self.ftc_dialog: FtcImportDialog | None = None
        self.own_lists_dialog: UserListsDialog | None = None

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

    def source(self) -> str | None:
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

        source = self.source()
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
        region = self._region()
        dialog = FtcImportDialog(self.home, Path(chosen), region, self)
        dialog.imported.connect(self._lists_changed)
        self.ftc_dialog = dialog
        dialog.open()
        dialog.start()

    def edit_own_lists(self) -> None:
        from scamscreen.ui.lists_page import UserListsDialog

        self._replace(self.own_lists_dialog)
        region = self._region()
        dialog = UserListsDialog(self.home, region, self)
        dialog.changed.connect(self._lists_changed)
        self.own_lists_dialog = dialog
        dialog.open()
