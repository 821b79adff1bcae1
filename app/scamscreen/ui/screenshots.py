"""Renders every main screen offscreen to PNG files, at 100% and 200% text size, for the
README and for looking at what we built:

    scamscreen [--lang es] --screenshots DIR

Check (a filled-in scam call and its verdict), the recovery checklist, History with a few
saved contacts, and Settings. Everything runs in a temporary folder: the user's own case
log and settings are never touched."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

EXAMPLE = (
    "A man called saying he was from Microsoft. He said my computer had a virus and "
    "wanted me to download AnyDesk so he could fix it. He knew my case number. He told me "
    "not to tell my son and to buy Google Play gift cards. Call back 1-844-555-0199."
)

# The same call as a Spanish speaker would tell it (data/indicators/lexicon-es.json).
EXAMPLES = {
    "es": (
        "Me llamó un hombre diciendo que era de Microsoft. Dijo que mi computadora tenía "
        "un virus y quería que descargara AnyDesk para arreglarla. Sabía mi número de caso. "
        "Me dijo que no le contara a mi hijo y que comprara tarjetas de regalo de Google "
        "Play. Llame al 1-844-555-0199."
    )
}

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

TIMEOUT_MS = 20000


def _wait(condition: Callable[[], bool]) -> None:
    """Let the event loop run until `condition` holds (a screening or a read has come
    back); never a fixed sleep."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop
    from PySide6.QtWidgets import QApplication

    deadline = QDeadlineTimer(TIMEOUT_MS)
    while not condition():
        if deadline.hasExpired():
            raise TimeoutError("a screen did not finish drawing its data in time")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    QApplication.processEvents()


def render(folder: Path, language: str | None = None) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QThreadPool
    from PySide6.QtWidgets import QApplication, QWidget

    from scamscreen.core.contact import parse_contact
    from scamscreen.core.screening import Screener
    from scamscreen.store import CaseLog
    from scamscreen.ui import translations
    from scamscreen.ui.appearance import apply_appearance
    from scamscreen.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    if not isinstance(app, QApplication):
        raise RuntimeError("screenshots need a QApplication")
    translations.install(app, language)
    base = app.font().pointSizeF()
    screener = Screener.load(language=translations.language())
    example = EXAMPLES.get((translations.language() or "en").split("_")[0], EXAMPLE)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def save(widget: QWidget, name: str, scale: int) -> None:
        path = folder / f"{name}-{scale}.png"
        widget.grab().save(str(path))
        written.append(path)

    with tempfile.TemporaryDirectory() as temp:
        home = Path(temp) / "home"
        with CaseLog.open(home) as log:
            for fields in SAVED:
                contact = parse_contact(fields)
                log.add(contact, screener.screen(contact), data_version=screener.data_version)

        def shoot(scale: int) -> None:
            """Every screen at one text size (its own names, for the waits to read)."""
            settings = QSettings(str(Path(temp) / f"s{scale}.ini"), QSettings.Format.IniFormat)
            settings.setValue("text_scale", scale)
            settings.setValue("trusted/name", "Daniel (son)")
            settings.setValue("trusted/phone", "(202) 555-0143")
            apply_appearance(app, settings, base)
            window = MainWindow(screener, home, settings)
            window.base_point_size = base
            window.resize(1280 * scale // 100, 900 * scale // 100)
            window.show()
            check = window.check
            check.channel_buttons["phone_inbound"].setChecked(True)
            check.org.setText("Microsoft")
            check.text.setPlainText(example)
            check._screen_now()  # (as the pause in typing would)
            _wait(lambda: check.result is not None and check.wait_idle())
            save(window, "check", scale)

            window.open_checklist("recovery")
            _wait(lambda: window.wizard is not None and window.wizard.isVisible())
            wizard = window.wizard
            assert wizard is not None
            wizard.resize(760 * scale // 100, 520 * scale // 100)
            wizard.next()  # the step that names the remote-control program
            _wait(lambda: True)
            save(wizard, "checklist", scale)
            wizard.close()

            window.show_page(window.history)
            history = window.history
            _wait(lambda: history.model.rowCount() >= len(SAVED) + 1 and history.is_idle())
            history.table.selectRow(0)
            _wait(lambda: "…" not in history.seen_before.text())
            save(window, "history", scale)

            history.report(history.selected_id)  # Report it... of the chosen contact
            _wait(lambda: history.report_dialog is not None and history.report_dialog.isVisible())
            dialog = history.report_dialog
            assert dialog is not None
            dialog.resize(820 * scale // 100, 760 * scale // 100)
            _wait(lambda: True)
            save(dialog, "report", scale)
            dialog.close()

            window.show_page(window.settings_page)
            _wait(lambda: window.settings_page.lists_ready)
            save(window, "settings", scale)
            window.close()
            window.deleteLater()

        for scale in (100, 200):
            shoot(scale)
        written.append(_card(folder))
        QThreadPool.globalInstance().waitForDone(5000)
        app.processEvents()
    return written


def _card(folder: Path) -> Path:
    """The printable reminder card, drawn as it prints (A4 at 100 dpi, white paper)."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage

    from scamscreen.ui.family import card_document, card_lines, paint_card

    image = QImage(827, 1169, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(3937)  # 100 dpi
    image.setDotsPerMeterY(3937)
    image.fill(QColor("white"))
    document = card_document(*card_lines("Daniel (son)", "(202) 555-0143"))
    paint_card(image, document, QRectF(70, 70, 827 - 140, 1169 - 140))
    path = folder / "card.png"
    image.save(str(path))
    return path


if __name__ == "__main__":
    for path in render(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")):
        print(path)
