"""Keeping a picture from the command line (issue 17): `log add --image FILE
--keep-picture`, `log picture N --out FILE`, `log show`, and exports that say they
leave pictures out. Run as real processes, each test in its own data folder."""

from __future__ import annotations

import importlib.util
import io
import json
import os
import stat
import sys
from pathlib import Path

import pytest
from PIL import Image
from tests.cli.test_log import ok, refused, run

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
GPS_IFD = 0x8825


@pytest.fixture(scope="module")
def popup(qapp, tmp_path_factory):
    """A fake Windows Defender pop-up, as a screenshot, and as a phone's photo of it: a
    JPEG whose EXIF says where it was taken."""
    spec = importlib.util.spec_from_file_location("ocr_testset", BENCHMARKS / "ocr_testset.py")
    assert spec is not None and spec.loader is not None
    testset = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = testset  # dataclasses look their module up there
    spec.loader.exec_module(testset)
    sample = testset.make_sample(3, seed=1717, kind="popup", scale=1.25, photo=False, lang="en")
    folder = tmp_path_factory.mktemp("pictures")
    shot = testset.save(sample, folder)
    photo = folder / "photo.jpg"
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (51.0, 30.0, 12.5), 3: "W", 4: (0.0, 7.0, 39.0)})
    with Image.open(shot) as image:
        image.convert("RGB").save(photo, "JPEG", quality=92, exif=exif.tobytes())
    return shot, photo


def add_picture(home: Path, picture: Path, *extra: str) -> dict:
    return json.loads(ok(run("log", "add", "--image", str(picture), *extra, data_dir=home)).stdout)


def test_keep_picture_without_a_picture_is_refused_and_nothing_is_saved(tmp_path):
    home = tmp_path / "home"
    message = refused(run("log", "add", "--keep-picture", data_dir=home))
    assert "--keep-picture" in message and "--image" in message
    message = refused(
        run("log", "add", "--json", "--keep-picture", data_dir=home, stdin='{"text": "hi"}')
    )
    assert "--image" in message
    assert json.loads(run("log", "search", "--json", data_dir=home).stdout)["count"] == 0


def test_log_add_needs_a_contact_or_a_picture(tmp_path):
    message = refused(run("log", "add", data_dir=tmp_path / "home"))
    assert "--json" in message and "--image" in message


def test_a_picture_is_not_kept_unless_asked(tmp_path, popup):
    home = tmp_path / "home"
    shot, _photo = popup
    added = add_picture(home, shot)
    assert added["verdict"] == "likely_scam" and added["picture_kept"] is False
    shown = json.loads(ok(run("log", "show", str(added["id"]), "--json", data_dir=home)).stdout)
    assert shown["picture"] is None and "Windows" in shown["notes"]
    assert "picture" not in ok(run("log", "show", str(added["id"]), data_dir=home)).stdout
    message = refused(run("log", "picture", str(added["id"]), "--out", str(tmp_path / "x.png"),
                          data_dir=home))
    assert "No picture is kept" in message
    assert not (tmp_path / "x.png").exists()


def test_a_kept_photo_has_no_gps_and_is_written_out_only_to_a_new_file(tmp_path, popup):
    home = tmp_path / "home"
    _shot, photo = popup
    with Image.open(photo) as original:
        assert original.getexif().get_ifd(GPS_IFD)
        size = original.size
    added = add_picture(home, photo, "--keep-picture")
    assert added["picture_kept"] is True
    shown = ok(run("log", "show", str(added["id"]), data_dir=home)).stdout
    assert "A picture is kept with this contact" in shown
    info = json.loads(ok(run("log", "show", str(added["id"]), "--json", data_dir=home)).stdout)
    assert (info["picture"]["width"], info["picture"]["height"]) == size

    out = tmp_path / "kept.jpg"
    done = ok(run("log", "picture", str(added["id"]), "--out", str(out), data_dir=home))
    assert str(out) in done.stdout
    data = out.read_bytes()
    assert b"Exif" not in data and b"PhoneMaker" not in data
    with Image.open(io.BytesIO(data)) as kept:
        assert not kept.getexif().get_ifd(GPS_IFD) and dict(kept.getexif()) == {}
        assert kept.size == size
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600

    # never over a file, nor through a link
    message = refused(run("log", "picture", str(added["id"]), "--out", str(out), data_dir=home))
    assert "never writes over" in message and out.read_bytes() == data
    if os.name == "posix":
        victim = tmp_path / "victim.txt"
        victim.write_text("mine")
        link = tmp_path / "link.png"
        link.symlink_to(victim)
        refused(run("log", "picture", str(added["id"]), "--out", str(link), data_dir=home))
        assert victim.read_text() == "mine"


def test_a_json_contact_and_a_picture_are_saved_together(tmp_path, popup):
    home = tmp_path / "home"
    shot, _photo = popup
    done = ok(run("log", "add", "--json", "--image", str(shot), "--keep-picture",
                  data_dir=home, stdin=json.dumps({"claimed_org": "Microsoft",
                                                   "ticket_ref": "HD-7"})))
    added = json.loads(done.stdout)
    shown = json.loads(ok(run("log", "show", str(added["id"]), "--json", data_dir=home)).stdout)
    assert shown["claimed_org"] == "Microsoft" and shown["ticket_ref"] == "HD-7"
    assert "Windows" in shown["notes"] and shown["channel"] == "popup"
    assert shown["picture"]["format"] == "png"


def test_exports_leave_pictures_out_and_say_so(tmp_path, popup):
    home = tmp_path / "home"
    shot, _photo = popup
    add_picture(home, shot, "--keep-picture")
    for fmt in ("json", "csv"):
        target = tmp_path / f"export.{fmt}"
        done = ok(run("export", "--format", fmt, "--output", str(target), data_dir=home))
        assert "not in the export" in done.stderr
        text = target.read_text(encoding="utf-8")
        assert "iVBOR" not in text and "PNG" not in text  # (a PNG, as base64 or raw)
        assert len(text.encode()) < shot.stat().st_size // 4
        if fmt == "json":
            record = json.loads(text)["contacts"][0]
            assert not [key for key in record if "picture" in key or "image" in key]


def test_deleting_a_contact_says_its_picture_went_with_it(tmp_path, popup):
    home = tmp_path / "home"
    shot, _photo = popup
    added = add_picture(home, shot, "--keep-picture")
    done = ok(run("log", "delete", str(added["id"]), data_dir=home))
    assert "picture" in done.stdout
    refused(run("log", "picture", str(added["id"]), "--out", str(tmp_path / "x.png"),
                data_dir=home))
