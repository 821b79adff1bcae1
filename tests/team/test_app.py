"""The app in team mode (issue 16), driven with pytest-qt against the session's real
PostgreSQL (conftest.py): Settings → Your team (join, test the connection, who you are),
History with the desk's contacts and "seen by your team N times this week", a save while
the server is stopped waiting in the outbox, and the status bar saying so until it is
sent. The keyring is a file of the test's own (file_keyring.py); no test sleeps: each
waits for what it expects."""

from __future__ import annotations

import uuid
from pathlib import Path
from urllib.parse import quote

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from scamscreen.store.team.log import TeamLog
from scamscreen.ui import translations

HERE = Path(__file__).parent
QUEUED = "Saved on this computer; it will go to your team when the server is back."


@pytest.fixture
def keyring_file(tmp_path, monkeypatch):
    """The keyring the app uses, for this test: a JSON file (never the real one)."""
    import keyring

    monkeypatch.syspath_prepend(str(HERE))
    from file_keyring import FileKeyring

    path = tmp_path / "keyring.json"
    monkeypatch.setenv("TEST_KEYRING_FILE", str(path))
    for name in ("SCAMSCREEN_TEAM_URL", "PGPASSWORD"):
        monkeypatch.delenv(name, raising=False)
    before = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    yield path
    keyring.set_keyring(before)


@pytest.fixture
def app_settings(tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("helpdesk/enabled", True)
    return settings


@pytest.fixture
def window(qtbot, screener, tmp_path, app_settings, keyring_file):
    from scamscreen.ui.main_window import MainWindow

    win = MainWindow(screener, tmp_path / "home", app_settings)
    qtbot.addWidget(win)
    win.resize(1280, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def team_box(qtbot, window):
    page = window.settings_page
    window.show_page(page)
    box = page.team_box
    assert box.isVisibleTo(page)  # help-desk mode is on
    qtbot.waitUntil(lambda: box.ready, timeout=20000)
    return box


def join(qtbot, box, address: str, password: str) -> None:
    box.address.setText(address)
    box.join_button.click()
    dialog = box.password_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    dialog.password.setText(password)
    dialog.join_button.click()
    qtbot.waitUntil(lambda: not box.busy, timeout=30000)


def test_joining_with_the_right_password_says_who_you_are(
    qtbot, window, team, keyring_file, app_settings, tmp_path
):
    from scamscreen.ui.settings_page import SettingsPage

    box = team_box(qtbot, window)
    address = team.url_without_password("alice")
    with qtbot.waitSignal(box.team_changed, timeout=30000):
        join(qtbot, box, address, team.users["alice"])
    assert box.member is not None
    assert "alice" in box.who.text() and "north" in box.who.text(), box.who.text()
    assert box.leave_button.isVisibleTo(box) and not box.join_button.isVisibleTo(box)
    # the password is in the keyring only: not in the settings, nor in the case log
    assert team.users["alice"] in keyring_file.read_text()
    app_settings.sync()
    assert team.users["alice"] not in Path(app_settings.fileName()).read_text()
    assert team.users["alice"].encode() not in (tmp_path / "home" / "scamscreen.db").read_bytes()

    box.test_button.click()
    qtbot.waitUntil(lambda: not box.busy and "works" in box.status.text(), timeout=30000)
    assert "staff" in box.who.text()

    # Settings opened again (the next start): who the person is, asked at once
    again = SettingsPage(app_settings, tmp_path / "home")
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.team_box.member is not None, timeout=30000)
    assert again.team_box.joined == address and "alice" in again.team_box.who.text()
    assert not again.team_box.address.isVisibleTo(again.team_box)

    box.leave_button.click()
    assert box.leave_box is not None and box.leave_box.isVisible()
    with qtbot.waitSignal(box.team_changed, timeout=30000):
        next(b for b in box.leave_box.buttons() if b.accessibleName() == "Leave the team").click()
    assert box.joined is None and keyring_file.read_text().strip() in ("{}", "")


def test_joining_with_a_wrong_password_says_so_and_keeps_nothing(
    qtbot, window, team, keyring_file
):
    box = team_box(qtbot, window)
    join(qtbot, box, team.url_without_password("alice"), "not-the-password")
    assert "password is wrong" in box.status.text(), box.status.text()
    assert box.joined is None and box.member is None
    assert not keyring_file.exists() or "not-the-password" not in keyring_file.read_text()
    assert box.join_button.isVisibleTo(box)


def test_testing_a_plain_connection_reports_it_refused(qtbot, window, team):
    box = team_box(qtbot, window)
    box.address.setText(team.url("alice", sslmode="disable"))
    box.test_button.click()
    qtbot.waitUntil(lambda: not box.busy and bool(box.status.text()), timeout=30000)
    text = box.status.text()
    assert text.startswith("Not a secure connection"), text
    assert team.users["alice"] not in text  # (the address's password is never shown)


def test_testing_the_connection_says_in_plain_words_what_is_wrong(
    qtbot, window, team, careless_pg
):
    from conftest import ADMIN, _free_port

    cluster = team.cluster

    def address(port: int, authority: Path) -> str:
        return (f"postgresql://alice@127.0.0.1:{port}/scamscreen?sslmode=verify-full"
                f"&sslrootcert={quote(str(authority))}")

    cases = {
        # nothing listens there
        "The server cannot be reached": address(_free_port(), cluster.ca),
        # checked against an authority that did not sign it (the server's own certificate)
        "The server's certificate is not trusted": address(cluster.port, cluster.cert),
        "The user name or password is wrong": cluster.url("alice", "wrong-password"),
        # a server without TLS (the careless one), asked for verify-full as always
        "The server does not offer a secure (TLS) connection": careless_pg.url(
            ADMIN, careless_pg.admin_password, database="postgres"),
    }
    box = team_box(qtbot, window)
    for expected, url in cases.items():
        box.status.clear()
        box.address.setText(url)
        box.test_button.click()
        qtbot.waitUntil(lambda: not box.busy and bool(box.status.text()), timeout=30000)
        assert box.status.text().startswith(expected), (expected, box.status.text())
        assert "Details:" in box.status.text()


def _save_directly(team, screened, screener, user: str, **fields) -> None:
    contact, result = screened(**fields)
    with TeamLog.open(team.url(user)) as log:
        log.add(contact, result, data_version=screener.data_version)


def test_history_lists_only_the_desks_contacts_and_how_often_the_team_saw_them(
    qtbot, window, team, screened, screener
):
    token = f"tok{uuid.uuid4().hex[:12]}"
    site = f"https://{token}-support.com/fix"
    for n in range(2):
        _save_directly(team, screened, screener, "alice", channel="popup",
                       claimed_org="Microsoft", url=site, text=f"{token} virus alert {n}")
    _save_directly(team, screened, screener, "bob", channel="popup", claimed_org="Microsoft",
                   url=site, text=f"{token} south desk")
    window.workspace.team_join(team.url_without_password("alice"), team.users["alice"]).close()

    history = window.history
    window.show_page(history)
    qtbot.waitUntil(lambda: history.desk == "north" and history.is_idle(), timeout=30000)
    assert history.team_heading.isVisibleTo(history)
    assert "north" in history.team_heading.text()
    history.search.setText(token)
    qtbot.waitUntil(lambda: history.is_idle() and history.model.rowCount() == 2, timeout=30000)
    notes = {history.model.contact(row)["notes"] for row in range(2)}
    assert all(note.startswith(token) and "south" not in note for note in notes), notes
    history.table.selectRow(0)
    qtbot.waitUntil(lambda: "Seen by your team" in history.seen_before.text(), timeout=30000)
    assert "Seen by your team 2 times this week." in history.seen_before.text()


def test_a_save_while_the_server_is_stopped_waits_and_is_sent_when_it_is_back(
    qtbot, window, team
):
    from scamscreen.ui.team_link import SEND_EVERY_MS

    token = f"tok{uuid.uuid4().hex[:12]}"
    window.workspace.team_join(team.url_without_password("alice"), team.users["alice"]).close()
    link = window.team_link
    link.known = False
    link.check()
    qtbot.waitUntil(lambda: link.known, timeout=20000)
    assert link.url and link.timer.isActive() and link.timer.interval() == SEND_EVERY_MS
    check = window.check
    with qtbot.waitSignal(check.result_changed, timeout=20000):  # (once, after the pause)
        check.channel_buttons["popup"].setChecked(True)
        check.text.setPlainText(f"{token} VIRUS ALERT call Microsoft support 1-844-555-0166")
    assert check.result is not None and check.wait_idle()

    team.cluster.stop()
    try:
        window.save()
        qtbot.waitUntil(lambda: link.waiting == 1, timeout=60000)
        assert link.label.isVisibleTo(window)
        assert link.label.text() == "1 contact waiting to go to your team"
        assert link.label.accessibleName() == "Contacts waiting to go to your team"
        assert check.verdict.saved.text() == QUEUED
        assert window.saved_id is None
        window.save()  # (again: the check waiting is not queued twice)
        window.open_checklist("verify")  # its steps, not kept with anything
        qtbot.waitUntil(lambda: window.wizard is not None and window.wizard.isVisible())
        window.wizard.close()
        link.timer.timeout.emit()  # the timer's tick while the server is still away
        qtbot.waitUntil(lambda: not link.sending, timeout=60000)
        assert link.waiting == 1 and link.label.isVisibleTo(window)
    finally:
        team.cluster.start()
    link.known = False
    link.check()  # as when the app starts: what waits is sent
    qtbot.waitUntil(lambda: link.known and link.waiting == 0 and not link.sending,
                    timeout=60000)
    assert not link.label.isVisibleTo(window)
    with team.connect("alice") as conn:
        found = conn.execute("SELECT count(*) FROM scamscreen.contacts WHERE notes LIKE %s",
                             [f"{token}%"]).fetchone()[0]
    assert found == 1


def test_the_team_words_are_in_spanish(qtbot, qapp, tmp_path, app_settings, keyring_file, team):
    from scamscreen.ui.settings_page import SettingsPage

    translations.install(qapp, "es")
    try:
        page = SettingsPage(app_settings, tmp_path / "home")
        qtbot.addWidget(page)
        page.resize(1200, 900)
        page.show()
        box = page.team_box
        qtbot.waitUntil(lambda: box.ready, timeout=20000)
        assert box.title() == "Su equipo"
        assert box.join_button.text() == "Uni&rse…"
        assert box.test_button.accessibleName() == "Probar la conexión"
        box.address.setText(team.url("alice", sslmode="disable"))
        box.test_button.click()
        qtbot.waitUntil(lambda: not box.busy and bool(box.status.text()), timeout=30000)
        assert box.status.text().startswith("La conexión no es segura"), box.status.text()
        waiting = QCoreApplication.translate("TeamLink", "1 contact waiting to go to your team")
        assert waiting == "1 contacto espera para ir a su equipo"
        queued = QCoreApplication.translate("TeamWindow", QUEUED)
        assert queued != QUEUED and "equipo" in queued
    finally:
        translations.install(qapp, "en")


def test_in_team_mode_the_picture_box_says_pictures_are_not_kept(qtbot, window, team):
    """Pictures never leave the computer, so a team's log keeps none: the box must say
    so and not offer a choice it cannot keep (it once was ticked and silently ignored)."""
    from PySide6.QtGui import QImage

    box = window.check.keep_picture
    window.workspace.team_join(team.url_without_password("alice"), team.users["alice"]).close()
    window.team_link.known = False
    window.team_link.check()
    qtbot.waitUntil(lambda: window.team_link.known, timeout=30000)
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(0)
    box.set_picture(object(), image)
    assert box.isVisibleTo(window)
    assert not box.keep.isEnabled()
    assert not box.keep.isChecked() and box.picture_to_keep() is None
    assert "team" in box.explanation.text()
    window.workspace.forget_team()
    window.workspace.team_leave()
    window.team_link.known = False
    window.team_link.check()
    qtbot.waitUntil(lambda: window.team_link.known and not window.team_link.url, timeout=30000)
    assert box.keep.isEnabled()
    assert "never sent anywhere" in box.explanation.text()
