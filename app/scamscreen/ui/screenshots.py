"""Renders the main screens offscreen to PNG files, at 100% and 200% text size, for the
README and for looking at what we built:  python -m scamscreen.ui.screenshots DIR"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

EXAMPLE = (
    "A man called saying he was from Microsoft. He said my computer had a virus and "
    "wanted me to download AnyDesk so he could fix it. He knew my case number. He told me "
    "not to tell my son and to buy Google Play gift cards. Call back 1-844-555-0199."
)


SAVED = [
    {"channel": "popup", "text": "WINDOWS DEFENDER ALERT! Call 1-844-555-0199 now"},
    {
        "channel": "email",
        "claimed_org": "Norton",
        "email": "billing@gmail.com",
        "text": "Your subscription renewed for $399.99. Call 1-844-555-0199 to cancel.",
    },
    {
        "channel": "sms",
        "claimed_org": "Chase",
        "text": "Did you make this purchase? Reply YES or NO",
    },
]


def render(folder: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QSettings
    from PySide6.QtWidgets import QApplication

    from scamscreen.core.contact import parse_contact
    from scamscreen.core.screening import Screener
    from scamscreen.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    base = app.font().pointSizeF()
    screener = Screener.load()
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as temp:
        for scale in (1.0, 2.0):
            font = app.font()
            font.setPointSizeF(base * scale)
            app.setFont(font)
            settings = QSettings(str(Path(temp) / f"s{scale}.ini"), QSettings.Format.IniFormat)
            settings.setValue("trusted/name", "Daniel (son)")
            settings.setValue("trusted/phone", "(555) 201-3344")
            window = MainWindow(screener, Path(temp) / "home", settings)
            window.resize(int(1280 * scale), int(900 * scale))
            window.show()
            window.check.channel_buttons["phone_inbound"].setChecked(True)
            window.check.org.setText("Microsoft")
            window.check.text.setPlainText(EXAMPLE)
            window.check._show(
                screener.screen(
                    __import__("scamscreen.core.contact", fromlist=["x"]).parse_contact(
                        window.check.contact_fields()
                    )
                )
            )
            app.processEvents()
            path = folder / f"check-{int(scale * 100)}.png"
            window.grab().save(str(path))
            written.append(path)
            if scale == 1.0:  # the other screens, with a few saved checks
                from scamscreen.store import CaseLog

                with CaseLog.open(Path(temp) / "home") as log:
                    for fields in SAVED:
                        contact = parse_contact(fields)
                        log.add(contact, screener.screen(contact), data_version="demo")
                for page, name in ((window.history, "history"), (window.settings_page, "settings")):
                    window.show_page(page)
                    deadline = 200
                    while page is window.history and window.history.model.rowCount() < 3:
                        app.processEvents()
                        deadline -= 1
                        if deadline == 0:
                            break
                        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 20)
                    app.processEvents()
                    path = folder / f"{name}-100.png"
                    window.grab().save(str(path))
                    written.append(path)
            window.close()
            window.history.close_log()
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(5000)
    app.processEvents()
    return written


if __name__ == "__main__":
    for written in render(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")):
        print(written)
