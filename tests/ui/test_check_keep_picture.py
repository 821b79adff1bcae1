"""Keeping the picture with a contact, on the Check screen (issue 17): offered once a
picture was read, off until ticked, saved with the contact only when ticked, and then
without its hidden details (a phone photo's GPS position)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt

from scamscreen.store import CaseLog

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
GPS_IFD = 0x8825


@pytest.fixture(scope="module")
def photo(qapp, tmp_path_factory):
    """A phone's photo of a fake Windows Defender pop-up: a JPEG whose EXIF holds the
    place it was taken (GPS) and the phone's make."""
    folder = tmp_path_factory.mktemp("pictures")
    from tests.conftest import _load_script

    with _load_script(BENCHMARKS / "ocr_testset.py", "ocr_testset_keep") as testset:
        sample = testset.make_sample(3, seed=1717, kind="popup", scale=1.25, photo=False,
                                     lang="en")
        shot = testset.save(sample, folder)
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (51.0, 30.0, 12.5), 3: "W", 4: (0.0, 7.0, 39.0)})
    path = folder / "photo.jpg"
    with Image.open(shot) as image:
        image.convert("RGB").save(path, "JPEG", quality=92, exif=exif.tobytes())
    with Image.open(path) as check:
        assert check.getexif().get_ifd(GPS_IFD)  # the photo does say where it was taken
    return path


def read_picture(qtbot, window, path: Path) -> None:
    check = window.check
    with qtbot.waitSignal(check.pictures.read, timeout=30_000):
        check.pictures.read_path(str(path))
    qtbot.waitUntil(lambda: check.result is not None and check.wait_idle(), timeout=20_000)
    qtbot.waitUntil(lambda: "Windows" in check.text.toPlainText(), timeout=5_000)


def save(qtbot, window) -> int:
    qtbot.mouseClick(window.check.verdict.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.saved_id is not None, timeout=20_000)
    return window.saved_id


def kept(window, contact_id: int):
    with CaseLog.open(window.home) as log:
        return log.pictures.get(contact_id)


def test_the_box_appears_only_after_a_picture_was_read_and_starts_unticked(
    qtbot, window, photo
):
    box = window.check.keep_picture
    assert box.isHidden()
    read_picture(qtbot, window, photo)
    assert box.isVisible() and not box.keep.isChecked()
    assert box.keep.accessibleName() == "Keep the picture with this contact"
    assert "&" in box.keep.text()  # a keyboard mnemonic
    assert "on this computer" in box.explanation.text()
    assert box.explanation.textFormat() == Qt.TextFormat.PlainText
    assert box.thumbnail.accessibleName() and box.thumbnail.pixmap() is not None
    assert not box.thumbnail.pixmap().isNull()


def test_an_unticked_box_keeps_no_picture(qtbot, window, photo):
    read_picture(qtbot, window, photo)
    contact_id = save(qtbot, window)
    assert kept(window, contact_id) is None
    with CaseLog.open(window.home) as log:
        assert log.get(contact_id) is not None and log.pictures.count() == 0


def test_a_ticked_box_keeps_the_picture_without_its_gps_position(qtbot, window, photo):
    read_picture(qtbot, window, photo)
    box = window.check.keep_picture
    box.keep.setFocus()
    qtbot.keyClick(box.keep, Qt.Key.Key_Space)  # from the keyboard, as a person would
    assert box.keep.isChecked()
    contact_id = save(qtbot, window)
    picture = kept(window, contact_id)
    assert picture is not None
    assert b"Exif" not in picture.data and b"PhoneMaker" not in picture.data
    with Image.open(io.BytesIO(picture.data)) as stored, Image.open(photo) as original:
        assert not stored.getexif().get_ifd(GPS_IFD) and dict(stored.getexif()) == {}
        assert stored.size == original.size
        assert not {"exif", "comment", "icc_profile"} & set(stored.info)


def test_ticking_after_saving_keeps_it_and_unticking_forgets_it(qtbot, window, photo):
    read_picture(qtbot, window, photo)
    contact_id = save(qtbot, window)
    box = window.check.keep_picture
    box.keep.setChecked(True)
    qtbot.waitUntil(lambda: kept(window, contact_id) is not None, timeout=20_000)
    box.keep.setChecked(False)
    qtbot.waitUntil(lambda: kept(window, contact_id) is None, timeout=20_000)


def test_a_new_check_forgets_the_picture(qtbot, window, photo):
    read_picture(qtbot, window, photo)
    window.check.keep_picture.keep.setChecked(True)
    window.new_check()
    box = window.check.keep_picture
    assert box.isHidden() and not box.keep.isChecked() and not box.has_picture()
    assert box.picture_to_keep() is None


def test_a_tick_made_while_the_save_is_on_its_way_still_counts(qtbot, window, photo):
    read_picture(qtbot, window, photo)
    window.save()  # the answer comes back through the event loop, after this tick
    window.check.keep_picture.keep.setChecked(True)
    qtbot.waitUntil(lambda: window.saved_id is not None, timeout=20_000)
    contact_id = window.saved_id
    qtbot.waitUntil(lambda: kept(window, contact_id) is not None, timeout=20_000)


def test_a_new_check_started_during_the_save_keeps_what_was_ticked(qtbot, window, photo):
    read_picture(qtbot, window, photo)
    window.check.keep_picture.keep.setChecked(True)
    window.save()
    window.new_check()  # the box is emptied before the save has answered
    qtbot.waitUntil(lambda: window.saved_id is not None, timeout=20_000)
    contact_id = window.saved_id
    answered = []  # a job after any the save's answer asked for: they have all run then
    window.log.submit(lambda log: None, answered.append, answered.append)
    qtbot.waitUntil(lambda: bool(answered), timeout=20_000)
    assert kept(window, contact_id) is not None


def assert_own_letters(window, page, controls) -> None:
    from tests.ui.test_spanish import mnemonics

    menus = [re.search(r"&(\w)", a.text()).group(1).lower()
             for a in window.menuBar().actions()]
    letters = mnemonics(page) + menus
    for control in controls:
        mine = re.search(r"&(\w)", control.text()).group(1).lower()
        assert letters.count(mine) == 1, (control.text(), sorted(letters))


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_box_and_the_history_view_have_their_own_alt_letters(
    qtbot, qapp, photo, tmp_path, settings, language
):
    """The box's Alt+letter, and those of History's picture buttons, are used by nothing
    else on their screen (nor the menus), in English and in Spanish."""
    from scamscreen.core.data import data_dir
    from scamscreen.core.screening import Screener
    from scamscreen.ui import translations
    from scamscreen.ui.main_window import MainWindow

    translations.install(qapp, language)
    try:
        screener = Screener.load(data_dir(), language=translations.language())
        window = MainWindow(screener, tmp_path / "home", settings)
        qtbot.addWidget(window)
        window.resize(1280, 900)
        window.show()
        qtbot.waitExposed(window)
        read_picture(qtbot, window, photo)
        box = window.check.keep_picture
        assert box.isVisible()
        assert_own_letters(window, window.check, [box.keep])
        window.check.keep_picture.keep.setChecked(True)
        contact_id = save(qtbot, window)
        window.show_page(window.history)
        history = window.history
        qtbot.waitUntil(lambda: history.model.row_of(contact_id) is not None, timeout=20_000)
        history.table.selectRow(history.model.row_of(contact_id))
        qtbot.waitUntil(history.picture.is_shown, timeout=20_000)
        view = history.picture
        assert_own_letters(window, history, [view.open_button, view.remove_button])
        window.close()
    finally:
        translations.install(qapp, "en")
