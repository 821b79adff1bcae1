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


def render(folder: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

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
            window.close()
    return written


if __name__ == "__main__":
    for written in render(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")):
        print(written)
