"""When something goes wrong that the user did not cause: write it to a rotating log in
the user's log folder, and show a calm dialog instead of vanishing.

Nothing is opened or even imported for this until there is something to write: most
sessions never write a line, and start-up time matters (see benchmarks/ui.py)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import logging

LOG_NAME = "scamscreen.log"
_state: dict[str, Path | None] = {"path": None}  # None: the user's log folder
# Appending, created 0600 if new; a link in the log's place is refused (ELOOP), not
# followed (Windows has no O_NOFOLLOW; links there need an administrator to make).
_APPEND = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_APPEND
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_BINARY", 0)
)


def log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir("ScamScreen", appauthor=False))


def install(folder: Path | None = None) -> Path | None:
    """Catch uncaught errors, logging them to `folder` (default: the user's log folder,
    looked up at the first message). Returns the log file's path when `folder` is given."""
    _state["path"] = folder / LOG_NAME if folder is not None else None
    sys.excepthook = _hook
    return _state["path"]


def logger() -> logging.Logger:
    """The "scamscreen" logger, writing to a rotating file (3 old files of 500 kB kept),
    set up at its first use."""
    import logging
    from logging.handlers import RotatingFileHandler

    log = logging.getLogger("scamscreen")
    path = _state["path"] or log_dir() / LOG_NAME
    if not any(getattr(h, "baseFilename", None) == str(path.absolute()) for h in log.handlers):
        from scamscreen.core.files import private_dir

        class PrivateFileHandler(RotatingFileHandler):
            """Each log file (the rotated ones too) is created 0600 and never written
            through a link planted in its place."""

            def _open(self) -> Any:
                fd = os.open(self.baseFilename, _APPEND, 0o600)
                if os.name == "posix":
                    os.fchmod(fd, 0o600)  # (a file made by an older version was 0644)
                return os.fdopen(fd, self.mode, encoding=self.encoding, errors=self.errors)

        try:
            private_dir(path.parent)  # 0700: a traceback can hold what the user typed
            handler = PrivateFileHandler(path, maxBytes=512_000, backupCount=3, encoding="utf-8")
        except OSError:  # no log file (a link in its place, a full disk): stderr only
            return log
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    return log


def _hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    import traceback

    logger().error("Unexpected error\n%s", "".join(traceback.format_exception(kind, value, tb)))
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
    import traceback

    box.setDetailedText("".join(traceback.format_exception_only(type(error), error)))
    box.setAccessibleName(QApplication.translate("crash", "Something went wrong"))
    box.exec()
