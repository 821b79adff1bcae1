"""Problems in words for a window: never a command-line option or an environment variable.

The case log and the lists explain a data folder they cannot use in the command line's
terms ("choose a folder you can write to with --data-dir"), which is right in a terminal
and meaningless to a person in the app. Such an error carries the folder and the reason
(`StoreError.folder`, `ListError.folder`); a window says it in its own words, translated.
Any other error's message is already in plain words, and is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def in_words(error: BaseException) -> str:
    """What a window says about `error`."""
    if getattr(error, "full", False):
        # (the case log rolled the save back: store/caselog.py, StoreError.full)
        return QCoreApplication.translate(
            "problems",
            "The computer's disk is full, so this was not saved. Everything you saved "
            "before is safe. Ask someone who looks after this computer to free some space, "
            "then save again.",
        )
    folder = getattr(error, "folder", None)
    if folder is not None:
        return QCoreApplication.translate(
            "problems",
            "ScamScreen cannot save in its folder {folder} ({reason}). Nothing was changed. "
            "Ask someone who looks after this computer to let you write in this folder, or "
            "to free some space on its disk.",
        ).format(folder=folder, reason=getattr(error, "reason", "") or "?")
    return str(error)
