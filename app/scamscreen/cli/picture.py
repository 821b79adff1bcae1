"""`scamscreen check --image FILE`, and `"image": "path"` in a `--jsonl` line: the words
read off a screenshot or photo are screened as the contact's text (issue 17).

The OCR engine (scamscreen.core.ocr: Tesseract through tesserocr, and Pillow) is imported
here on the first picture only, so a `check` without a picture never pays for it.
"""

from __future__ import annotations

from typing import Any

from scamscreen.cli.common import InputProblem
from scamscreen.core.i18n import _

_reader: Any = None


def read_picture(path: str, where: str, field: str | None = None) -> Any:
    """The words on the picture at `path` (a `scamscreen.core.ocr.Reading`); a picture
    that cannot be read, or shows no words, is an InputProblem naming the file."""
    return read_and_keep(path, where, field, keep=False)[0]


def read_and_keep(
    path: str, where: str, field: str | None = None, *, keep: bool
) -> tuple[Any, Any]:
    """`read_picture`, and with `keep` the same decoded picture made fit to keep with the
    contact (a `core.kept_picture.KeptPicture`: nothing but its pixels), else None."""
    global _reader
    from scamscreen.core import ocr

    if _reader is None:
        _reader = ocr.Reader()
    try:
        image = ocr.open_file(path)
        reading = _reader.read_upright(image)
    except ocr.PictureError as problem:
        raise InputProblem(where, field, problem.message) from None
    if not reading.has_words:
        message = _("no words were found in this picture: take the screenshot again with "
                    "the message in view, or type what it says")
        raise InputProblem(where, field, message)
    if not keep:
        return reading, None
    from scamscreen.core.kept_picture import for_keeping

    return reading, for_keeping(image)


def with_picture(fields: dict[str, Any], reading: Any) -> dict[str, Any]:
    """The contact `fields` with the words read added to its text, and the channel the
    picture suggests when none was given."""
    merged = dict(fields)
    typed = merged.get("text")
    has_text = isinstance(typed, str) and typed
    merged["text"] = f"{typed}\n{reading.text}" if has_text else reading.text
    if not merged.get("channel") and reading.channel:
        merged["channel"] = reading.channel
    return merged
