"""Pictures kept with contacts (issue 17): only when asked, nothing but their pixels,
as private as the log, in its backups, forgotten with the contact, never exported."""

from __future__ import annotations

import io
import json
import os
import stat
from datetime import UTC, datetime

import pytest
from PIL import Image

from scamscreen.core import ocr
from scamscreen.core.contact import parse_contact
from scamscreen.core.errors import StoreError
from scamscreen.core.kept_picture import MAX_SIDE, KeptPicture, for_keeping
from scamscreen.store import CaseLog, exchange

GPS_IFD = 0x8825
ORIENTATION = 0x0112
SCAM = {"channel": "popup", "text": "WINDOWS DEFENDER ALERT! Call 1-844-555-0199 now"}
SECRET = b"Lat51N-secret-place"


def gps_jpeg(path, size=(300, 200), orientation: int | None = None):
    """A phone's photo: a JPEG whose EXIF holds a GPS position, the phone's make, a
    comment, and (when given) a rotation."""
    image = Image.new("RGB", size, (200, 30, 30))
    image.paste((20, 20, 220), (0, 0, size[0] // 3, size[1]))  # a blue band on the left
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0131] = SECRET.decode()  # Software
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (51.0, 30.0, 12.5), 3: "W", 4: (0.0, 7.0, 39.0)})
    if orientation is not None:
        exif[ORIENTATION] = orientation
    image.save(path, "JPEG", exif=exif.tobytes(), comment=b"taken at home " + SECRET)
    return path


def kept_from(path) -> KeptPicture:
    return for_keeping(ocr.open_file(path))


def test_a_phones_photo_is_kept_without_its_gps_position_or_any_metadata(tmp_path):
    source = gps_jpeg(tmp_path / "photo.jpg")
    with Image.open(source) as photo:
        assert photo.getexif().get_ifd(GPS_IFD)  # the photo has a GPS position
    kept = kept_from(source)
    assert b"Exif" not in kept.data and SECRET not in kept.data
    assert b"PhoneMaker" not in kept.data
    again = Image.open(io.BytesIO(kept.data))
    assert dict(again.getexif()) == {}
    assert not again.getexif().get_ifd(GPS_IFD)
    assert not {"exif", "comment", "icc_profile", "dpi"} & set(again.info)
    assert (again.width, again.height) == (300, 200) == (kept.width, kept.height)


def test_the_rotation_is_applied_before_the_metadata_is_dropped(tmp_path):
    source = gps_jpeg(tmp_path / "turned.jpg", orientation=6)  # "rotate 90° clockwise"
    kept = kept_from(source)
    again = Image.open(io.BytesIO(kept.data)).convert("RGB")
    assert again.size == (200, 300)  # upright: taller than wide, as the phone showed it
    assert ORIENTATION not in again.getexif()
    top = again.getpixel((100, 10))  # the blue band is now at the top
    assert top[2] > 150 and top[0] < 100


def test_a_very_large_picture_is_reduced_and_a_photo_kept_as_jpeg(tmp_path):
    noise = Image.effect_noise((4000, 3000), 60).convert("RGB")
    kept = for_keeping(noise)
    assert max(kept.width, kept.height) == MAX_SIDE
    assert (kept.width, kept.height) == (2000, 1500)
    assert kept.format == "jpeg" and kept.data.startswith(b"\xff\xd8")
    assert len(kept.data) < 2 * 1024 * 1024


def test_a_screenshot_stays_png_at_its_own_size(tmp_path):
    shot = Image.new("RGB", (1366, 768), "white")
    shot.paste((0, 90, 200), (0, 0, 1366, 60))
    kept = for_keeping(shot)
    assert kept.format == "png" and (kept.width, kept.height) == (1366, 768)


def test_a_contact_keeps_no_picture_unless_given_one(log, save):
    contact_id = save(**SCAM)
    assert log.pictures.get(contact_id) is None
    assert log.pictures.info(contact_id) is None
    assert log.pictures.count() == 0


def _add(log, screener, picture=None, **fields):
    contact = parse_contact({**SCAM, **fields})
    result = screener.screen(contact)
    return log.add(contact, result, data_version=screener.data_version, picture=picture).id


def test_a_kept_picture_is_saved_with_its_contact_and_read_back(log, screener, tmp_path):
    kept = kept_from(gps_jpeg(tmp_path / "photo.jpg"))
    contact_id = _add(log, screener, kept)
    assert log.pictures.get(contact_id) == kept
    info = log.pictures.info(contact_id)
    assert info is not None and (info.format, info.width, info.height) == ("png", 300, 200)
    assert info.size == len(kept.data)
    raw = b"".join(p.read_bytes() for p in log.path.parent.glob("scamscreen.db*"))
    assert kept.data in raw and SECRET not in raw


def test_only_a_re_encoded_picture_can_be_kept(log, screener, tmp_path):
    raw = gps_jpeg(tmp_path / "photo.jpg").read_bytes()
    with pytest.raises(StoreError):
        _add(log, screener, KeptPicture(raw[:10] + b"junk", "png", 1, 1))
    assert log.count() == 0  # the contact is not saved without its picture either


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_log_that_holds_pictures_is_the_users_alone(log, screener, tmp_path):
    _add(log, screener, kept_from(gps_jpeg(tmp_path / "photo.jpg")))
    for part in log.path.parent.glob("scamscreen.db*"):
        assert stat.S_IMODE(part.stat().st_mode) == 0o600, part
    assert stat.S_IMODE(log.path.parent.stat().st_mode) == 0o700


def test_removing_the_picture_keeps_the_contact_and_overwrites_the_bytes(log, screener):
    kept = for_keeping(Image.effect_noise((400, 300), 80).convert("RGB"))
    contact_id = _add(log, screener, kept)
    assert log.pictures.remove(contact_id) is True
    assert log.pictures.get(contact_id) is None and log.get(contact_id) is not None
    assert log.pictures.remove(contact_id) is False
    raw = b"".join(p.read_bytes() for p in log.path.parent.glob("scamscreen.db*"))
    assert kept.data[200:264] not in raw


def test_deleting_the_contact_forgets_its_picture_down_to_the_bytes(log, screener):
    kept = for_keeping(Image.effect_noise((400, 300), 80).convert("RGB"))
    contact_id = _add(log, screener, kept)
    log.delete(contact_id)
    assert log.pictures.get(contact_id) is None and log.pictures.count() == 0
    raw = b"".join(p.read_bytes() for p in log.path.parent.glob("scamscreen.db*"))
    assert kept.data[200:264] not in raw


def test_retention_forgets_the_pictures_of_old_contacts(log, screener):
    picture = for_keeping(Image.new("RGB", (40, 30), "white"))
    old, new = _add(log, screener, picture), _add(log, screener, picture)
    log.db.execute(
        "UPDATE contacts SET created_at = '2026-01-01T00:00:00.000000Z' WHERE id = ?", [old]
    )
    assert log.purge_older_than(90, today=datetime(2026, 11, 29, tzinfo=UTC)) == 1
    assert log.pictures.get(old) is None and log.pictures.get(new) == picture


def test_a_picture_kept_after_saving_replaces_none_and_needs_the_contact(log, screener):
    contact_id = _add(log, screener)
    picture = for_keeping(Image.new("L", (20, 10), 128))
    log.pictures.keep(contact_id, picture)
    assert log.pictures.get(contact_id) == picture
    with pytest.raises(StoreError):
        log.pictures.keep(contact_id + 99, picture)


def test_backups_hold_the_picture_and_a_restore_brings_it_back(tmp_path, screener):
    home = tmp_path / "home"
    picture = kept_from(gps_jpeg(tmp_path / "photo.jpg"))
    with CaseLog.open(home) as log:
        contact_id = _add(log, screener, picture)
        saved = log.backup(tmp_path / "mine.db")
        log.pictures.remove(contact_id)
        log.delete(contact_id)
        assert log.pictures.count() == 0
        log.restore(saved)
        assert log.pictures.get(contact_id) == picture
    if os.name == "posix":
        assert stat.S_IMODE(saved.stat().st_mode) == 0o600


def test_exports_leave_pictures_out(log, screener, tmp_path):
    picture = for_keeping(Image.effect_noise((200, 100), 80).convert("RGB"))
    _add(log, screener, picture)
    as_json, as_csv = io.StringIO(), io.StringIO()
    exchange.export_json(log, as_json)
    exchange.export_csv(log, as_csv)
    record = json.loads(as_json.getvalue())["contacts"][0]
    assert not any("picture" in key for key in record)
    for text in (as_json.getvalue(), as_csv.getvalue()):
        assert "picture" not in text.lower() and "iVBOR" not in text  # (base64 of a PNG)
    target = tmp_path / "again"
    with CaseLog.open(target) as other:
        (tmp_path / "export.json").write_text(as_json.getvalue(), encoding="utf-8")
        exchange.import_file(other, tmp_path / "export.json")
        assert other.count() == 1 and other.pictures.count() == 0


def test_the_picture_in_the_schema_004_fixture_survives_opening(tmp_path):
    import shutil
    from pathlib import Path

    fixture = Path(__file__).parent / "fixtures" / "schema-004.db"
    home = tmp_path / "home"
    home.mkdir()
    shutil.copy(fixture, home / "scamscreen.db")
    with CaseLog.open(home) as log:
        kept = log.pictures.get(1)
        assert kept is not None and kept.format == "png" and (kept.width, kept.height) == (1, 1)
        log.delete(1)
        assert log.pictures.count() == 0
