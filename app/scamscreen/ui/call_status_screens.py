"""The three answers of “Is my IT desk calling me?” drawn offscreen (issue 18), for the
docs and for looking at what we built: the main window at 1366×768 with the answer on
top of it, at 100% and 200% text, and what is cut off on each (`fit_check.clipped`):

    python -m scamscreen.ui.call_status_screens DIR [es]

The answers are given, not asked (no server): the window shows exactly what it would
show for them. Everything runs in a temporary folder."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

SCALES = (100, 200)
WINDOW = (1366, 768)
DESK = "Contoso-IT"


def render(folder: Path, language: str | None = None, *, scales: tuple[int, ...] = SCALES,
           window_size: tuple[int, int] = WINDOW) -> dict[str, list[str]]:
    """call-status-{talking,nobody,cannot}-{scale}.png in `folder`, and what is cut off
    on each ({file name: [widgets]}, also written to call-status-layout.json)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPoint, QSettings, QThreadPool
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtWidgets import QApplication

    from scamscreen.core.call_status import CallStatus
    from scamscreen.core.errors import TeamError
    from scamscreen.ui import translations
    from scamscreen.ui.appearance import apply_appearance
    from scamscreen.ui.call_status import CallStatusDialog
    from scamscreen.ui.fit_check import clipped, scrolls_sideways
    from scamscreen.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    if not isinstance(app, QApplication):
        raise RuntimeError("screenshots need a QApplication")
    translations.install(app, language)
    base = app.font().pointSizeF()
    start = datetime.now(UTC).replace(second=0, microsecond=0)
    green = CallStatus(DESK, True, "alice", "123", start, start + timedelta(minutes=30))
    red = CallStatus(DESK, False)
    away = TeamError("Could not connect on the team server mia@desk.contoso.example:5432/"
                     "scamscreen: connection refused", unreachable=True)
    folder.mkdir(parents=True, exist_ok=True)
    found: dict[str, list[str]] = {}
    width, height = window_size
    with tempfile.TemporaryDirectory() as temp:
        for scale in scales:
            settings = QSettings(str(Path(temp) / f"s{scale}.ini"), QSettings.Format.IniFormat)
            settings.setValue("text_scale", scale)
            apply_appearance(app, settings, base)
            window = MainWindow(None, Path(temp) / "home", settings)
            window.base_point_size = base
            window.resize(width, height)
            window.show()
            answers: tuple[tuple[str, Callable[[CallStatusDialog], None]], ...] = (
                ("talking", lambda d: d.show_status(green)),
                ("nobody", lambda d: d.show_status(red)),
                ("cannot", lambda d: d.show_problem(away)))
            for name, show in answers:
                dialog = CallStatusDialog(lambda: red, lambda: 1, window)
                metrics = dialog.fontMetrics()
                dialog.resize(min(metrics.averageCharWidth() * 78, width - 40),
                              min(metrics.height() * 17, height - 40))
                dialog.show()
                app.processEvents()
                show(dialog)
                app.processEvents()
                picture = window.grab()
                painter = QPainter(picture)
                corner = QPoint((width - dialog.width()) // 2, (height - dialog.height()) // 2)
                painter.drawPixmap(corner, dialog.grab())
                painter.setPen(QColor("#555555"))  # (the window's edge, as a desktop draws)
                painter.drawRect(corner.x() - 1, corner.y() - 1, dialog.width() + 1,
                                 dialog.height() + 1)
                painter.end()
                file = f"call-status-{name}-{scale}.png"
                picture.save(str(folder / file))
                cut = clipped(dialog)
                if scrolls_sideways(dialog):
                    cut.append("scrolls sideways")
                if dialog.answer_scroll.verticalScrollBar().isVisible():
                    cut.append("the answer scrolls")
                if dialog.height() > height or dialog.width() > width:
                    cut.append(f"the window: {dialog.width()}x{dialog.height()}")
                found[file] = cut
                dialog.close()
                dialog.deleteLater()
            window.close()
            window.deleteLater()
            app.processEvents()
        QThreadPool.globalInstance().waitForDone(5000)
    (folder / "call-status-layout.json").write_text(
        json.dumps(found, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return found


if __name__ == "__main__":
    print(json.dumps(render(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else None),
                     indent=2, ensure_ascii=False))
