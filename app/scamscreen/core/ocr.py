"""Reading the words off a picture: a screenshot or a photo of a pop-up, a text message or
an email (issue 17). Everything happens on this computer; the picture is never sent.

The engine is Tesseract 5 (LSTM), through tesserocr, whose wheels carry libtesseract for
Windows, macOS and Linux; its English and Spanish models (tessdata_fast, Apache-2.0)
ship in `resources/tessdata/`. It was chosen by measurement against RapidOCR's ONNX
builds: as accurate on screenshots, and a fifth of their size (docs/ocr.md).

Pictures are decoded with Pillow, which tesserocr takes its images from anyway. Nothing
here is imported by `scamscreen check` or by the app at start-up: tesserocr and Pillow
are imported on the first picture (`Reader`), never at module import.

A picture is refused, with a message a person can act on, when it is not a PNG, JPEG,
BMP or WebP file, when it cannot be read or is cut short, and before any decoding when
its header claims more than `MAX_PIXELS` (a "decompression bomb": a few kilobytes that
would unpack to gigabytes).
"""

from __future__ import annotations

import re
import threading
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from scamscreen.core.data import resources_dir
from scamscreen.core.i18n import _

MAX_PIXELS = 50_000_000  # a 50-megapixel photo is larger than any phone takes
MAX_FILE_BYTES = 100 * 1024 * 1024
FORMATS = ("PNG", "JPEG", "BMP", "WEBP")
LANGUAGES = "eng+spa"
# Tesseract reads best when a lower-case letter is 20-30 pixels tall; text on a 100 %
# screen is 7-8. Pictures are enlarged towards this long side (at most twice), and
# pictures with more than WORK_PIXELS are reduced to it (a phone's 12-megapixel photo
# of a screen has letters large enough, and takes four times as long as it needs).
TARGET_LONG_SIDE = 2732
MAX_ENLARGE = 2.0
WORK_PIXELS = 8_000_000
ADDRESS_BAR = 0.09  # the top of a screenshot that holds a browser's tabs and address bar
PSM_AUTO = 3  # tesserocr.PSM.AUTO: find the blocks and lines, as a page is laid out
PSM_SPARSE_TEXT = 11  # tesserocr.PSM.SPARSE_TEXT: any text, in no particular order


class PictureError(ValueError):
    """A picture that cannot be read, said so that the person can do something about it."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(f"{name}: {message}")
        self.name = name
        self.message = message


@dataclass(frozen=True)
class Reading:
    """What was read off one picture."""

    text: str  # the words, line by line, in reading order ("" when there were none)
    channel: str | None  # "popup", "sms" or "email" when the picture looks like one
    width: int
    height: int
    seconds: float

    @property
    def has_words(self) -> bool:
        return bool(self.text.strip())


def tessdata_dir() -> Path:
    return resources_dir() / "tessdata"


class Reader:
    """The OCR engine, loaded on its first picture and kept for the next ones. One picture
    at a time (Tesseract's API object is not reentrant); safe to call from a worker thread.
    """

    def __init__(self, languages: str = LANGUAGES) -> None:
        self._languages = languages
        self._api: Any = None
        self._lock = threading.Lock()

    def _engine(self) -> Any:
        if self._api is None:
            import tesserocr

            folder = tessdata_dir()
            missing = [lang for lang in self._languages.split("+")
                       if not (folder / f"{lang}.traineddata").is_file()]
            if missing:
                from scamscreen.core.data import DataError

                raise DataError(folder / f"{missing[0]}.traineddata", "is missing")
            self._api = tesserocr.PyTessBaseAPI(
                path=str(folder) + "/", lang=self._languages,
                psm=PSM_AUTO, oem=tesserocr.OEM.LSTM_ONLY,
            )
        return self._api

    def read_file(self, path: str | Path) -> Reading:
        started = time.perf_counter()
        return self.read_upright(open_file(path), started)

    def read_bytes(self, data: bytes, name: str) -> Reading:
        import io

        return self.read_stream(io.BytesIO(data), name)

    def read_stream(self, handle: IO[bytes], name: str) -> Reading:
        started = time.perf_counter()
        return self.read_upright(open_picture(handle, name), started)

    def read_upright(self, image: Any, started: float | None = None) -> Reading:
        """What is on a picture already decoded by `open_picture` (or `open_file`):
        the app keeps that same image, if the person chooses (core/kept_picture.py)."""
        started = time.perf_counter() if started is None else started
        text = self.read_image(image)
        return Reading(text=text, channel=suggest_channel(text, image.width, image.height),
                       width=image.width, height=image.height,
                       seconds=time.perf_counter() - started)

    def read_image(self, image: Any) -> str:
        """The words on a decoded, upright Pillow image."""
        prepared = prepare(image)
        with self._lock:
            api = self._engine()
            api.SetPageSegMode(PSM_AUTO)
            api.SetImage(prepared)
            text = tidy(str(api.GetUTF8Text()))
            address = self._address_bar(api, prepared, text)
            api.Clear()
        return f"{address}\n{text}" if address else text

    @staticmethod
    def _address_bar(api: Any, prepared: Any, text: str) -> str | None:
        """A browser's address bar, read on its own. On a full-screen pop-up it is the
        one line that names the scam's web site, in small type in a thin box, and
        Tesseract's page layout often cuts it short or skips it; the top strip read as
        sparse text gets it whole (for a tenth of the time of the whole picture). None
        when the strip shows no web address, or one the first reading already has."""
        width, height = prepared.size
        if height >= width:
            return None
        api.SetPageSegMode(PSM_SPARSE_TEXT)
        api.SetImage(prepared.crop((0, 0, width, max(1, round(height * ADDRESS_BAR)))))
        for line in tidy(str(api.GetUTF8Text())).splitlines():
            found = _ADDRESS.search(line)
            if found and found.group(0) not in text:
                return line
        return None


def open_file(path: str | Path) -> Any:
    """The picture in the file at `path`, decoded and upright (see `open_picture`); a
    file that cannot be opened is a PictureError that says why."""
    path = Path(path)
    name = str(path)
    try:
        with path.open("rb") as handle:
            return open_picture(handle, name)
    except FileNotFoundError:
        raise PictureError(name, _("there is no such file")) from None
    except IsADirectoryError:
        raise PictureError(name, _("that is a folder, not a picture")) from None
    except PermissionError:
        raise PictureError(name, _("ScamScreen is not allowed to read it")) from None
    except OSError as exc:
        raise PictureError(
            name, _("cannot read it ({reason})").format(reason=exc.strerror or exc)
        ) from None


def open_picture(handle: IO[bytes], name: str) -> Any:
    """The picture in `handle`, decoded and turned upright (EXIF orientation), in RGB or L.

    Its size is read from the header first; a picture over MAX_PIXELS is refused before
    a single pixel is decoded."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    head = handle.read(16)
    if not head:
        raise PictureError(name, _("the file is empty"))
    handle.seek(0)
    # Pillow's own bomb check, at our limit: it warns at the limit and refuses at twice
    # it, and we refuse at the limit below, before load().
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with warnings.catch_warnings():
            # over the limit: refused just below, with the picture's size named
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(handle, formats=FORMATS)
    except Image.DecompressionBombError:
        raise _too_big(name) from None
    except UnidentifiedImageError:
        raise PictureError(
            name, _("this is not a picture ScamScreen can read: use a PNG, JPEG, BMP or "
                    "WebP file (a screenshot or a photo)")
        ) from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise PictureError(name, _("the picture is damaged ({reason})").format(
            reason=exc)) from None
    width, height = image.size
    if width * height > MAX_PIXELS:
        raise _too_big(name, width, height)
    if width < 1 or height < 1:
        raise PictureError(name, _("the picture is empty"))
    try:
        image.load()
        upright = ImageOps.exif_transpose(image)
        if upright.mode not in ("RGB", "L"):
            upright = _flatten(upright)
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        reason = str(exc)
        if "truncated" in reason or "broken data stream" in reason:
            raise PictureError(
                name, _("the picture is cut short: the file was not copied or saved "
                        "completely; save the screenshot again")
            ) from None
        raise PictureError(name, _("the picture is damaged ({reason})").format(
            reason=reason)) from None
    return upright


def _too_big(name: str, width: int = 0, height: int = 0) -> PictureError:
    size = f" ({width} x {height})" if width else ""
    return PictureError(
        name, _("the picture is too large{size}: ScamScreen reads pictures of up to 50 "
                "megapixels. Take a screenshot of just the message instead").format(size=size)
    )


def _flatten(image: Any) -> Any:
    """A picture with transparency, on white (a screenshot tool's PNG may have some)."""
    from PIL import Image

    rgba = image.convert("RGBA")
    background = Image.new("RGB", rgba.size, (255, 255, 255))
    background.paste(rgba, mask=rgba.getchannel("A"))
    return background


def prepare(image: Any) -> Any:
    """Grey, and at a size Tesseract reads well (TARGET_LONG_SIDE, WORK_PIXELS)."""
    from PIL import Image

    grey = image.convert("L")
    long_side = max(grey.size)
    factor = min(MAX_ENLARGE, TARGET_LONG_SIDE / long_side) if long_side < TARGET_LONG_SIDE else 1
    pixels = grey.size[0] * grey.size[1] * factor * factor
    if pixels > WORK_PIXELS:
        factor *= (WORK_PIXELS / pixels) ** 0.5
    if abs(factor - 1) > 0.05:
        size = (max(1, round(grey.size[0] * factor)), max(1, round(grey.size[1] * factor)))
        grey = grey.resize(size, Image.Resampling.LANCZOS)
    return grey


# A link or address cut at the end of a line: a phone's text bubble and a narrow window
# wrap "https://usps-" / "support.info/track" and "billing-" / "amazon7.xyz", which no
# one would type with a space; and a phone number "+1 800 590" / "1849", which screening
# only finds whole.
_CUT_LINK = re.compile(
    r"(?:(?:https?://|www\.|\S@)\S*[-./@]|https?://|\b[a-z0-9]+(?:[-.][a-z0-9]+)*-)$",
    re.IGNORECASE,
)
_LINK_GOES_ON = re.compile(r"^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b|^[a-z0-9-]+/",
                           re.IGNORECASE)
_CUT_NUMBER = re.compile(r"(?:^|[\s:(])(\+?\d[\d ().-]{2,})$")
_NUMBER_GOES_ON = re.compile(r"^(\d[\d .-]*\d)")


def _joined(previous: str, line: str) -> str | None:
    """`previous` and `line` as one line when `previous` ends in a cut link or number."""
    link = _CUT_LINK.search(previous)
    if link and _LINK_GOES_ON.match(line):
        tail = link.group(0)
        # a scheme or a cut inside a host name: no space; "well-" + "known" is no link
        if "://" in tail or "@" in tail or "." in tail or "." in line.split()[0]:
            return previous + line
    number = _CUT_NUMBER.search(previous)
    head = _NUMBER_GOES_ON.match(line)
    if number and head:
        digits = sum(c.isdigit() for c in number.group(1) + head.group(1))
        if 10 <= digits <= 13 and sum(c.isdigit() for c in number.group(1)) < 10:
            return f"{previous} {line}"
    return None


def tidy(raw: str) -> str:
    """Tesseract's text with the blank lines folded and wrapped links and numbers joined."""
    lines = [line.strip() for line in raw.replace("\f", "\n").splitlines()]
    out: list[str] = []
    for line in lines:
        if not line:
            if out and out[-1]:
                out.append("")
            continue
        # a wrapped line may come after a blank one: Tesseract splits paragraphs
        back = 2 if len(out) >= 2 and not out[-1] else 1
        if out and out[-back]:
            joined = _joined(out[-back], line)
            if joined is not None:
                del out[len(out) - back + 1:]
                out[-1] = joined
                continue
        out.append(line)
    return "\n".join(out).strip()


_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s/]+\.[a-z]{2,}", re.IGNORECASE)
_EMAIL_WORDS = re.compile(
    r"\b(from|to|cc|subject|date|de|para|asunto|fecha|enviado)\s*:|\b(inbox|recibidos|"
    r"bandeja de entrada|reply all|responder a todos|unsubscribe|darse de baja)\b",
    re.IGNORECASE,
)
_SMS_WORDS = re.compile(
    r"\b(text message|imessage|sms|mensaje de texto|mensaje|delivered|entregado|"
    r"today|yesterday|hoy|ayer)\b",
    re.IGNORECASE,
)
_POPUP_WORDS = re.compile(
    r"\b(windows defender|security (alert|warning|center)|virus|trojan|troyano|spyware|"
    r"blocked|bloquead[oa]|toll[- ]free|gratuito|alerta|alert|do not (restart|close|shut)|"
    r"no (reinicie|cierre|apague)|https?://)",
    re.IGNORECASE,
)


def suggest_channel(text: str, width: int, height: int) -> str | None:
    """How the contact most likely came, from the picture's shape and words: an email
    shows headers (From:, Subject:...), a text message is a tall phone screenshot, a
    pop-up is a wide screen with alarm words or a web address. None when nothing says."""
    if len({m.group(0).lower() for m in _EMAIL_WORDS.finditer(text)}) >= 2:
        return "email"
    tall = height > width * 1.3
    if tall and (_SMS_WORDS.search(text) or len(text) < 1200):
        return "sms"
    if not tall and _POPUP_WORDS.search(text):
        return "popup"
    return None
