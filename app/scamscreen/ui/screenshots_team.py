"""Screenshots of team mode (issue 16): Settings in help-desk mode scrolled to "Your team"
after "Test the connection", and History with the desk's contacts and "seen by your team
N times this week", at each text size, for the README and for looking at what we built.

They need a running team server: `tests/team/render_screenshots.py` starts one of its own
(as the tests do) and calls `render` with a staff member's address. The password is given
to libpq in PGPASSWORD for the run, so no keyring is touched; everything else lives in a
temporary folder."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from scamscreen.ui.screenshots import DEFAULT_WINDOW, _wait

# The desk's contacts: two pop-ups with the same number (seen twice this week), and more.
SEEDED = [
    {"channel": "popup", "text": "WINDOWS DEFENDER ALERT! Call 1-844-555-0199 now"},
    {"channel": "phone_inbound", "claimed_org": "Microsoft",
     "text": "Said my computer has a virus, wanted AnyDesk. Call back 1-844-555-0199."},
    {"channel": "email", "claimed_org": "Norton", "email": "billing@gmail.com",
     "text": "Your subscription renewed for $399.99. Call 1-844-555-0142 to cancel."},
    {"channel": "sms", "claimed_org": "Chase",
     "text": "Did you make this purchase? Reply YES or NO"},
]  # fmt: skip


def render(
    folder: Path,
    url: str,
    password: str,
    language: str | None = None,
    window_size: tuple[int, int] = DEFAULT_WINDOW,
    scales: tuple[int, ...] = (100, 200),
) -> list[tuple[Path, list[str]]]:
    """settings-team-N.png and history-team-N.png in `folder` for each text size N, on the
    team server at `url` (without its password) as a staff member; with what is cut off
    on each (fit_check.clipped: nothing, when the layout fits)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["PGPASSWORD"] = password
    from PySide6.QtCore import QSettings, QThreadPool
    from PySide6.QtWidgets import QApplication, QWidget

    from scamscreen.core.contact import parse_contact
    from scamscreen.core.data import data_dir
    from scamscreen.core.screening import Screener
    from scamscreen.ui import translations
    from scamscreen.ui.appearance import apply_appearance
    from scamscreen.ui.fit_check import clipped
    from scamscreen.ui.main_window import MainWindow
    from scamscreen.workspace import TEAM_URL_SETTING, Workspace

    app = QApplication.instance() or QApplication(sys.argv[:1])
    if not isinstance(app, QApplication):
        raise RuntimeError("screenshots need a QApplication")
    translations.install(app, language)
    base = app.font().pointSizeF()
    screener = Screener.load(data_dir(), language=translations.language())
    folder.mkdir(parents=True, exist_ok=True)
    written: list[tuple[Path, list[str]]] = []
    width, height = window_size

    def save(widget: QWidget, name: str) -> None:
        path = folder / f"{name}.png"
        widget.grab().save(str(path))
        written.append((path, clipped(widget)))

    with tempfile.TemporaryDirectory() as temp:
        home = Path(temp) / "home"
        workspace = Workspace(home)
        workspace.set_log_setting(TEAM_URL_SETTING, url)
        with workspace.open_team() as log:
            for fields in SEEDED:
                contact = parse_contact(fields)
                log.add(contact, screener.screen(contact), data_version=screener.data_version,
                        ticket_ref="HD-4711", staff_member="Alice")
        def shoot(scale: int) -> None:
            """Both screens at one text size (its own names, for the waits to read)."""
            settings = QSettings(str(Path(temp) / f"s{scale}.ini"), QSettings.Format.IniFormat)
            settings.setValue("text_scale", scale)
            settings.setValue("helpdesk/enabled", True)
            apply_appearance(app, settings, base)
            window = MainWindow(screener, home, settings)
            window.base_point_size = base
            window.resize(width, height)
            window.show()
            window.first_painted.emit()
            _wait(lambda: window.team_link.known)

            window.show_page(window.history)
            history, model = window.history, window.history.model
            _wait(lambda: history.desk is not None and history.is_idle()
                  and model.rowCount() >= len(SEEDED))  # fmt: skip
            orgs = [(model.contact(r) or {}).get("claimed_org") for r in range(model.rowCount())]
            history.table.selectRow(orgs.index("Microsoft"))  # the caller seen twice
            seen = history.seen_before
            _wait(lambda: bool(seen.text()) and "…" not in seen.text())
            history.detail.ensureWidgetVisible(seen)  # "seen by your team", at 200% too
            _wait(lambda: True)
            save(window, f"history-team-{scale}")

            page = window.settings_page
            window.show_page(page)
            box = page.team_box
            _wait(lambda: page.lists_ready and box.ready and not box.busy)  # (who, asked)
            box.test_button.click()
            _wait(lambda: not box.busy and box.member is not None and bool(box.status.text()))
            top = max(0, box.y() - page.fontMetrics().height())  # the box at the top
            page.scroll_area.verticalScrollBar().setValue(top)
            _wait(lambda: True)
            save(window, f"settings-team-{scale}")
            window.close()
            window.deleteLater()

        for scale in scales:
            shoot(scale)
        QThreadPool.globalInstance().waitForDone(5000)
        app.processEvents()
    return written
