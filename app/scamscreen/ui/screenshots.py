"""Renders every main screen offscreen to PNG files, at 100%, 150% and 200% text size in
a window of the size people have (1366×768 unless `--window WxH` says otherwise), for
the README and for looking at what we built; and writes DIR/layout.json, what is cut
off on each screen, read from the widgets themselves (`fit_check.py`):

    scamscreen [--lang es] --screenshots DIR [--window 1280x720]

Check (a filled-in scam call and its verdict), the recovery checklist, History with a few
saved contacts, Settings, and a pop-up's screenshot read on the Check screen then kept
with its contact in History (screenshots_picture.py). Everything runs in a temporary
folder: the user's own case log and settings are never touched."""

from __future__ import annotations

import json
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


SCALES = (100, 150, 200)
DEFAULT_WINDOW = (1366, 768)  # the laptop many people have


def parse_window(text: str) -> tuple[int, int]:
    """"1366x768" as (1366, 768); ValueError for anything else."""
    width, _, height = text.lower().replace("×", "x").partition("x")
    size = int(width), int(height)
    if min(size) < 200 or max(size) > 10000:
        raise ValueError(text)
    return size


def render(
    folder: Path,
    language: str | None = None,
    window_size: tuple[int, int] = DEFAULT_WINDOW,
    scales: tuple[int, ...] = SCALES,
) -> list[Path]:
    """Every screen at each text size in a window of `window_size`, as PNG files, and
    `layout.json`: for each screen and text size, what is cut off and whether anything
    scrolls sideways, read from the widgets' geometry."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QThreadPool
    from PySide6.QtWidgets import QApplication, QWidget

    from scamscreen.core.contact import parse_contact
    from scamscreen.core.data import data_dir
    from scamscreen.core.screening import Screener
    from scamscreen.ui import translations
    from scamscreen.ui.appearance import apply_appearance
    from scamscreen.ui.fit_check import clipped, scrolls_sideways
    from scamscreen.ui.main_window import MainWindow
    from scamscreen.workspace import Workspace

    app = QApplication.instance() or QApplication(sys.argv[:1])
    if not isinstance(app, QApplication):
        raise RuntimeError("screenshots need a QApplication")
    translations.install(app, language)
    base = app.font().pointSizeF()
    screener = Screener.load(data_dir(), language=translations.language())
    example = EXAMPLES.get((translations.language() or "en").split("_")[0], EXAMPLE)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    layout: list[dict[str, object]] = []
    width, height = window_size

    def save(widget: QWidget, name: str, scale: int) -> None:
        path = folder / f"{name}-{scale}.png"
        widget.grab().save(str(path))
        written.append(path)

    def add(screen: str, scale: int, cut: list[str], sideways: bool) -> None:
        layout.append(
            {
                "screen": screen,
                "text_size": scale,
                "window": f"{width}x{height}",
                "clipped": cut,
                "horizontal_scroll_bar": sideways,
            }
        )

    def measure(screen: str, scale: int, window: QWidget) -> None:
        cut = clipped(window)
        if window.width() > width or window.height() > height:  # it grew past the screen
            cut.append(f"{window.accessibleName()}: {window.width()}x{window.height()}")
        add(screen, scale, cut, scrolls_sideways(window))

    with tempfile.TemporaryDirectory() as temp:
        def seeded(home: Path) -> Path:
            with Workspace(home).open_caselog() as log:
                for fields in SAVED:
                    contact = parse_contact(fields)
                    log.add(contact, screener.screen(contact), data_version=screener.data_version)
            return home

        home = seeded(Path(temp) / "home")

        def shoot(scale: int) -> None:
            """Every screen at one text size (its own names, for the waits to read)."""
            settings = QSettings(str(Path(temp) / f"s{scale}.ini"), QSettings.Format.IniFormat)
            settings.setValue("text_scale", scale)
            settings.setValue("trusted/name", "Daniel (son)")
            settings.setValue("trusted/phone", "(202) 555-0143")
            apply_appearance(app, settings, base)
            window = MainWindow(screener, home, settings)
            window.base_point_size = base
            window.resize(width, height)
            window.show()
            check = window.check
            check.channel_buttons["phone_inbound"].setChecked(True)
            check.org.setText("Microsoft")
            check.text.setPlainText(example)
            check._screen_now()  # (as the pause in typing would)
            _wait(lambda: check.result is not None and check.wait_idle())
            window.first_painted.emit()  # the icons, as after the first paint
            _wait(lambda: True)
            save(window, "check", scale)
            # The form, then the answer (one column: the "See the answer" step).
            form_cut, form_sideways = clipped(window), scrolls_sideways(window)
            if window.width() > width or window.height() > height:
                form_cut.append(f"{window.accessibleName()}: {window.width()}x{window.height()}")
            check.show_answer(True)
            _wait(lambda: True)
            save(window, "answer", scale)
            answer_cut = [name for name in clipped(window) if name not in form_cut]
            add("check", scale, form_cut + answer_cut, form_sideways or scrolls_sideways(window))
            check.show_answer(False)

            window.open_checklist("recovery")
            _wait(lambda: window.wizard is not None and window.wizard.isVisible())
            wizard = window.wizard
            assert wizard is not None
            wizard.next()  # the step that names the remote-control program
            _wait(lambda: True)
            save(wizard, "checklist", scale)
            cut: list[str] = []
            sideways = False
            wizard.restart()
            for _step in wizard.ticks:  # every step is measured, one shown at a time
                _wait(lambda: True)
                cut += [name for name in clipped(wizard) if name not in cut]
                if wizard.width() > width or wizard.height() > height:
                    cut.append(f"{wizard.accessibleName()}: {wizard.width()}x{wizard.height()}")
                sideways = sideways or scrolls_sideways(wizard)
                wizard.next()
            add("checklist", scale, cut, sideways)
            wizard.close()

            window.show_page(window.history)
            history = window.history
            _wait(lambda: history.model.rowCount() >= len(SAVED) + 1 and history.is_idle())
            history.table.selectRow(0)
            _wait(lambda: "…" not in history.seen_before.text())
            save(window, "history", scale)
            measure("history", scale, window)

            history.report(history.selected_id)  # Report it... of the chosen contact
            _wait(lambda: history.report_dialog is not None and history.report_dialog.isVisible())
            dialog = history.report_dialog
            assert dialog is not None
            dialog.resize(min(820 * scale // 100, width), min(760 * scale // 100, height))
            _wait(lambda: True)
            save(dialog, "report", scale)
            dialog.close()

            window.show_page(window.settings_page)
            _wait(lambda: window.settings_page.lists_ready)
            save(window, "settings", scale)
            measure("settings", scale, window)
            window.close()
            window.deleteLater()

            # A picture read, then kept: in a window of its own, on a history of its own
            from scamscreen.ui import screenshots_picture

            window = MainWindow(screener, seeded(Path(temp) / f"pictures-{scale}"), settings)
            window.base_point_size = base
            window.resize(width, height)
            window.show()
            screenshots_picture.shoot(window, scale, save, measure, _wait)
            window.close()
            window.deleteLater()

        for scale in scales:
            shoot(scale)
        written.append(_card(folder))
        QThreadPool.globalInstance().waitForDone(5000)
        app.processEvents()
    order = {"check": 0, "history": 1, "settings": 2, "checklist": 3, "check-picture": 4,
             "history-picture": 5}
    layout.sort(key=lambda e: (order[str(e["screen"])], int(str(e["text_size"]))))
    path = folder / "layout.json"
    path.write_text(json.dumps(layout, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    written.append(path)
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
