"""A picture the person chose to keep with a contact (issue 17), made fit to keep.

The picture a person checks is theirs, and may say more than they know: a phone's photo
carries EXIF (where it was taken, GPS included, the phone's make and serial, the time),
a screenshot tool may add comments, the software that made it, a colour profile. None of
that is needed to see what the scammer showed, so none of it is kept. The picture is
drawn again from its pixels alone, upright (the EXIF rotation applied, as it was read),
into a new image with nothing attached, and encoded afresh:

- PNG, lossless, so a screenshot's small print stays sharp;
- JPEG at quality `JPEG_QUALITY` instead when the PNG would be over `PNG_LIMIT` bytes
  and the JPEG is smaller (a photo, whose grain PNG cannot compress).

Pictures larger than `MAX_SIDE` pixels on their long side are reduced to it: enough to
read every word of a screenshot of a 2560-pixel screen halved, and a phone's 12-megapixel
photo kept at a tenth of its bytes.

Pillow is imported on first use (a picture was read already, so it is loaded anyway).
"""

from __future__ import annotations

import io
from typing import Any, NamedTuple

MAX_SIDE = 2000
PNG_LIMIT = 2 * 1024 * 1024
JPEG_QUALITY = 85
FORMATS = ("png", "jpeg")
# A kept picture read back (to show it, or to write it out) is at most this large: one
# made here is far smaller; anything larger was not made here and is not decoded.
MAX_KEPT_BYTES = 32 * 1024 * 1024


class KeptPicture(NamedTuple):
    """A picture ready to keep: its encoded bytes and what they are."""

    data: bytes
    format: str  # "png" or "jpeg"
    width: int
    height: int

    @property
    def suffix(self) -> str:
        return ".png" if self.format == "png" else ".jpg"


def for_keeping(image: Any) -> KeptPicture:
    """`image` (an upright Pillow image, as `ocr.open_picture` gives it) reduced to
    `MAX_SIDE`, with nothing but its pixels, encoded to keep."""
    return encode(bare(image))


def bare(image: Any) -> Any:
    """`image` reduced to `MAX_SIDE`, as a new Pillow image made from its pixels alone
    (in RGB or L): its `info` (EXIF, GPS, comments, ICC profile, the software's name,
    dpi) and every other attachment stay behind with the original. Quick (the app does
    it as a picture is read; `encode`, slower for a photo, waits until it is kept)."""
    from PIL import Image

    picture = image
    if picture.mode not in ("RGB", "L"):
        picture = picture.convert("RGB")
    width, height = picture.size
    if max(width, height) > MAX_SIDE:
        factor = MAX_SIDE / max(width, height)
        size = (max(1, round(width * factor)), max(1, round(height * factor)))
        picture = picture.resize(size, Image.Resampling.LANCZOS)
    return Image.frombytes(picture.mode, picture.size, picture.tobytes())


def encode(picture: Any) -> KeptPicture:
    """A `bare` picture encoded to keep: PNG, or JPEG for a photo PNG cannot hold small."""
    png = io.BytesIO()
    picture.save(png, "PNG", optimize=False, compress_level=6)
    kept = KeptPicture(png.getvalue(), "png", picture.width, picture.height)
    if len(kept.data) > PNG_LIMIT:
        jpeg = io.BytesIO()
        picture.save(jpeg, "JPEG", quality=JPEG_QUALITY, optimize=True)
        if jpeg.tell() < len(kept.data):
            kept = KeptPicture(jpeg.getvalue(), "jpeg", picture.width, picture.height)
    return kept


def sniff_format(data: bytes) -> str | None:
    """"png" or "jpeg" from the first bytes, or None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    return None
