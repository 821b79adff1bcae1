"""The pictures kept with contacts, on the command line (issue 17):

    scamscreen log add --image FILE [--keep-picture] [--json [--input FILE]]
    scamscreen log picture N --out FILE
    scamscreen log show N          says "A picture is kept with this contact"

`check` never saves anything (it opens no database), so keeping a picture belongs to
`log add`, which screens and saves: `--image` reads the words off a screenshot or photo
into the contact's text, as `check --image` does, and `--keep-picture` keeps the picture
with the saved contact, re-encoded from its pixels alone (core/kept_picture.py). A
picture is only written out where the person names a new file: never over one.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from scamscreen.cli.common import InputProblem, contact_id
from scamscreen.core.i18n import _


def add_arguments(add: Any) -> None:
    """`log add`'s picture options."""
    add.add_argument(
        "--image", metavar="FILE",
        help=_("read the words off a screenshot or photo (PNG, JPEG, BMP, WebP) into the "
               "contact's text; with --json they are added to the contact's own"),
    )
    add.add_argument(
        "--keep-picture", action="store_true",
        help=_("keep the --image picture with the saved contact, on this computer only "
               "(without its hidden details such as where a photo was taken)"),
    )


def add_parser(sub: Any) -> None:
    """`log picture N --out FILE`."""
    picture = sub.add_parser(
        "picture", help=_("write out the picture kept with a contact")
    )
    picture.add_argument("id", type=contact_id)
    picture.add_argument(
        "--out", metavar="FILE", required=True,
        help=_("a new file to write it to (an existing file is never written over)"),
    )


def check_options(args: argparse.Namespace) -> None:
    """Refuse what cannot be meant, before anything is read or saved."""
    if args.keep_picture and not args.image:
        raise InputProblem(
            "--keep-picture", None,
            _("it keeps the picture given with --image FILE, and there is none: add "
              "--image with the screenshot or photo, or leave --keep-picture out"),
        )
    if not args.json and not args.image:
        raise InputProblem(
            "log add", None,
            _("give the contact as JSON with --json (on standard input, or --input FILE), "
              "or a screenshot or photo of it with --image FILE"),
        )
    if args.input and not args.json:
        raise InputProblem("--input", None, _("--input goes with --json"))


def read(args: argparse.Namespace, value: Any) -> tuple[Any, Any]:
    """The contact `value` (a dict from --json, or {}) with the words read off --image
    added, and the picture to keep (None unless --keep-picture)."""
    if not args.image:
        return value, None
    from scamscreen.cli.picture import read_and_keep, with_picture

    reading, kept = read_and_keep(args.image, args.image, keep=args.keep_picture)
    if isinstance(value, dict):
        value = with_picture(value, reading)
    return value, kept


def described(info: Any) -> str:
    """"PNG, 1366 × 768" for a kept picture's `PictureInfo` or `KeptPicture`."""
    return f"{info.format.upper()}, {info.width} × {info.height}"


def show_line(contact: int, info: Any) -> str:
    return _(
        "A picture is kept with this contact ({picture}). To see it: "
        "scamscreen log picture {id} --out FILE"
    ).format(picture=described(info), id=contact)


def as_json(info: Any) -> dict[str, Any] | None:
    if info is None:
        return None
    return {"format": info.format, "width": info.width, "height": info.height,
            "bytes": info.size}


def write_out(args: argparse.Namespace, log: Any) -> int:
    """`log picture N --out FILE`: the kept picture, into a new file."""
    from scamscreen.core.errors import StoreError
    from scamscreen.core.files import create_new

    if log.get(args.id) is None:
        raise StoreError(_("There is no contact number {id} in the case log.").format(id=args.id))
    kept = log.pictures.get(args.id)
    if kept is None:
        raise StoreError(
            _("No picture is kept with contact {id}: a picture is kept only when you ask "
              "for it (log add --image FILE --keep-picture, or the box on the Check "
              "screen).").format(id=args.id)
        )
    target = Path(args.out)
    try:
        create_new(target, kept.data)
    except FileExistsError:
        raise InputProblem(
            str(target), None,
            _("there is a file or link by that name already, and ScamScreen never writes "
              "over one; nothing was written. Choose a new name"),
        ) from None
    except OSError as exc:
        raise InputProblem(
            str(target), None,
            _("the picture could not be written there ({problem})").format(
                problem=exc.strerror or exc),
        ) from exc
    print(
        _("The picture kept with contact {id} ({picture}) was written to {file}.").format(
            id=args.id, picture=described(kept), file=target)
    )
    if target.suffix.lower() not in ({".png"} if kept.format == "png" else {".jpg", ".jpeg"}):
        print(
            _("Note: it is a {format} picture; a name ending in {suffix} opens it in more "
              "programs.").format(format=kept.format.upper(), suffix=kept.suffix),
            file=sys.stderr,
        )
    return 0
