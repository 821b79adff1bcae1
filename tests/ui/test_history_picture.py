"""The picture kept with a contact, in the History screen's detail (issue 17): shown as
a thumbnail with a name, opened full size in a window Esc closes, removed on request."""

from __future__ import annotations

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from scamscreen.core.contact import parse_contact
from scamscreen.core.kept_picture import for_keeping
from scamscreen.store import CaseLog
from scamscreen.ui.history_page import HistoryPage

POPUP = {"channel": "popup", "claimed_org": "Microsoft",
         "text": "WINDOWS DEFENDER ALERT! Call 1-844-555-0199 now"}


@pytest.fixture
def home(tmp_path):
    return tmp_path / "home"


@pytest.fixture
def ids(home, screener) -> dict[str, int]:
    shot = Image.new("RGB", (1366, 768), (0, 90, 200))
    shot.paste((255, 255, 255), (300, 200, 1066, 568))
    with CaseLog.open(home) as log:
        found = {}
        for name, picture in (("plain", None), ("with_picture", for_keeping(shot))):
            contact = parse_contact(POPUP)
            found[name] = log.add(contact, screener.screen(contact),
                                  data_version=screener.data_version, picture=picture).id
        return found


@pytest.fixture
def page(qtbot, home, ids):
    opened = HistoryPage(home)
    qtbot.addWidget(opened)
    opened.resize(1000, 700)
    opened.show()
    qtbot.waitExposed(opened)
    qtbot.waitUntil(lambda: opened.model.rowCount() == 2, timeout=10_000)
    yield opened
    opened.close_log()


def choose(qtbot, page, contact_id: int) -> None:
    row = page.model.row_of(contact_id)
    assert row is not None
    page.table.selectRow(row)
    qtbot.waitUntil(lambda: page.seen_before.text() not in ("", "Looking…"), timeout=5000)


def test_a_kept_picture_is_shown_with_a_name_and_none_for_a_contact_without(qtbot, page, ids):
    choose(qtbot, page, ids["with_picture"])
    view = page.picture
    qtbot.waitUntil(view.is_shown, timeout=10_000)
    assert view.thumbnail.accessibleName() == "The picture kept with this contact"
    assert not view.thumbnail.pixmap().isNull()
    assert "1366 × 768" in view.about.text() and "this computer" in view.about.text()
    for control in view.findChildren(QAbstractButton):
        assert control.accessibleName(), control.text()
        assert "&" in control.text()  # a keyboard mnemonic
    choose(qtbot, page, ids["plain"])
    qtbot.waitUntil(lambda: not view.is_shown(), timeout=10_000)


def test_open_the_picture_shows_it_full_size_and_esc_closes(qtbot, page, ids):
    choose(qtbot, page, ids["with_picture"])
    view = page.picture
    qtbot.waitUntil(view.is_shown, timeout=10_000)
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    viewer = view.viewer
    assert viewer is not None
    qtbot.waitExposed(viewer)
    assert viewer.accessibleName() and viewer.picture.accessibleName()
    assert viewer.picture.pixmap().size().width() == 1366
    assert all(label.textFormat() != Qt.TextFormat.RichText
               for label in viewer.findChildren(QLabel))
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not viewer.isVisible(), timeout=5000)


def test_remove_the_picture_asks_then_forgets_it_and_keeps_the_contact(
    qtbot, page, ids, home
):
    choose(qtbot, page, ids["with_picture"])
    view = page.picture
    qtbot.waitUntil(view.is_shown, timeout=10_000)
    # Esc (or "Keep it") keeps it
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    box = view.confirm
    assert box is not None
    qtbot.waitExposed(box)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.confirm is None, timeout=5000)
    assert view.is_shown()
    # "Remove it" removes it
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    box = view.confirm
    assert box is not None
    qtbot.waitExposed(box)
    remove = next(b for b in box.buttons() if b.accessibleName() == "Remove it")
    with qtbot.waitSignal(view.removed, timeout=10_000):
        qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert not view.is_shown()
    page.close_log()
    with CaseLog.open(home) as log:
        assert log.pictures.get(ids["with_picture"]) is None
        assert log.get(ids["with_picture"]) is not None
