"""When something goes wrong that the user did not cause: write it to a rotating log in
the user's log folder, and show a calm dialog instead of vanishing."""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

log = logging.getLogger("scamscreen")


def log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir("ScamScreen", appauthor=False))


def install(folder: Path | None = None) -> Path:
    """Log to `folder` (default: the user's log folder) and catch uncaught errors."""
    folder = folder or log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "scamscreen.log"
    handler = RotatingFileHandler(path, maxBytes=512_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    sys.excepthook = _hook
    return path


def _hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    log.error("Unexpected error\n%s", "".join(traceback.format_exception(kind, value, tb)))
    show_dialog(value)


def show_dialog(error: BaseException) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        return
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QApplication.translate("crash", "Something went wrong"))
    box.setText(
        QApplication.translate(
            "crash",
            "ScamScreen ran into a problem it did not expect. Nothing you saved is lost.\n\n"
            "You can keep using ScamScreen. If it happens again, close it and open it again.",
        )
    )
    box.setDetailedText("".join(traceback.format_exception_only(type(error), error)))
    box.setAccessibleName(QApplication.translate("crash", "Something went wrong"))
    box.exec()
