"""Issue 12: every file the app writes is the user's alone (0600) and every folder 0700,
the crash log and the settings file (which holds the PIN hash) included; and the app's
PDFs are written through a new file created exclusively, never through a planted link."""

from __future__ import annotations

import logging
import os
import stat
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from scamscreen.ui import crash, family

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def everyday_umask():
    """The umask most systems give (files 0644, folders 0755), whatever the test runner's."""
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.fixture
def crash_log(tmp_path, monkeypatch):
    monkeypatch.setattr(crash, "show_dialog", lambda error: None)
    monkeypatch.setattr("sys.excepthook", sys.__excepthook__)
    path = crash.install(tmp_path / "logs")
    yield path
    log = logging.getLogger("scamscreen")
    for handler in list(log.handlers):
        if getattr(handler, "baseFilename", None) == str(path.absolute()):
            log.removeHandler(handler)
            handler.close()


def test_the_crash_log_and_its_folder_are_private(crash_log, everyday_umask):
    try:
        raise RuntimeError("boom")
    except RuntimeError as error:
        crash._hook(type(error), error, error.__traceback__)
    log = crash.logger()
    for handler in log.handlers:
        handler.flush()
    assert "RuntimeError: boom" in crash_log.read_text(encoding="utf-8")
    assert mode(crash_log) == 0o600
    assert mode(crash_log.parent) == 0o700
    # the files a rotation starts are private too
    (handler,) = [h for h in log.handlers if getattr(h, "baseFilename", "") == str(crash_log)]
    handler.doRollover()  # type: ignore[attr-defined]
    log.error("after the rotation")
    handler.flush()
    assert mode(crash_log) == 0o600
    assert mode(crash_log.with_name(crash_log.name + ".1")) == 0o600


def test_a_crash_log_planted_as_a_link_is_not_written_through(crash_log, everyday_umask):
    crash_log.parent.mkdir(parents=True)
    victim = crash_log.parent.parent / "victim.txt"
    victim.write_text("kept\n", encoding="utf-8")
    os.symlink(victim, crash_log)
    crash.logger().error("a message")  # written elsewhere or not at all: never into the victim
    assert victim.read_text(encoding="utf-8") == "kept\n"
    assert mode(victim) == 0o644


def test_the_settings_file_and_its_folder_are_private(tmp_path, everyday_umask):
    from scamscreen.ui.app import private_settings

    settings = QSettings(
        str(tmp_path / "ScamScreen" / "ScamScreen.ini"), QSettings.Format.IniFormat
    )
    settings.setValue("region", "US")
    private_settings(settings)
    path = Path(settings.fileName())
    assert mode(path) == 0o600 and mode(path.parent) == 0o700
    settings.setValue("language", "es")  # a later save keeps the file private
    settings.sync()
    assert mode(path) == 0o600


def test_the_app_makes_its_settings_private_at_start(
    qapp, qtbot, tmp_path, monkeypatch, everyday_umask
):
    """What the user's own settings file gets, through `ui.app.run` itself."""
    from PySide6.QtWidgets import QApplication

    from scamscreen.ui import app as ui_app
    from scamscreen.ui.main_window import MainWindow

    monkeypatch.setenv("SCAMSCREEN_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(crash, "install", lambda folder=None: None)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))
    old_name, old_org = qapp.applicationName(), qapp.organizationName()

    def fake_exec(*_args):
        for widget in qapp.topLevelWidgets():
            if isinstance(widget, MainWindow):
                qtbot.addWidget(widget)
                widget.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    try:
        assert ui_app.run(None) == 0
        path = Path(QSettings().fileName())
    finally:
        QSettings.setDefaultFormat(QSettings.Format.NativeFormat)
        qapp.setApplicationName(old_name)
        qapp.setOrganizationName(old_org)
    assert path.is_relative_to(tmp_path / "cfg") and path.exists()
    assert mode(path) == 0o600 and mode(path.parent) == 0o700


def test_the_pin_is_kept_in_a_private_file(tmp_path, everyday_umask):
    settings = QSettings(str(tmp_path / "pin" / "settings.ini"), QSettings.Format.IniFormat)
    family.set_pin(settings, "73915")
    path = Path(settings.fileName())
    assert path.exists()
    assert mode(path) == 0o600


# -- PDFs the app saves ----------------------------------------------------------------


def _planted(tmp_path: Path, name: str) -> tuple[Path, Path]:
    victim = tmp_path / f"victim-of-{name}"
    victim.write_text("kept\n", encoding="utf-8")
    target = tmp_path / name
    os.symlink(victim, target.with_name(target.name + ".part"))
    return target, victim


def test_the_reminder_card_does_not_follow_a_planted_link(qapp, tmp_path, everyday_umask):
    target, victim = _planted(tmp_path, "card.pdf")
    heading, reminders, who = family.card_lines("Daniel (son)", "(202) 555-0143")
    os.symlink(victim, target)  # even the name itself: it is replaced, not written through
    family.write_card_pdf(target, heading, reminders, who)
    assert victim.read_text(encoding="utf-8") == "kept\n"
    assert not target.is_symlink() and target.read_bytes().startswith(b"%PDF")
    assert mode(target) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir() if ".part" in p.name) == ["card.pdf.part"]


def test_the_report_dialog_saves_without_following_a_planted_link(qapp, tmp_path, everyday_umask):
    from scamscreen.ui.report import ReportDialog

    contact = {
        "id": 7, "channel": "phone_inbound", "claimed_org": "Microsoft", "phone": "+1 844 555 0199",
        "email": "", "url": "", "notes": "He asked for AnyDesk.", "requests": ["remote_access"],
        "verdict": "likely_scam", "score": 80, "findings": [], "created_at": "2026-11-28T15:20:00Z",
        "contacted_at": "2026-11-28T15:20:00Z", "outcome": "unknown", "money_lost_cents": None,
        "paid_how": None, "region": "US",
    }  # fmt: skip
    target, victim = _planted(tmp_path, "report.pdf")
    dialog = ReportDialog(contact, "US")
    assert dialog.save_pdf(str(target)) == target
    dialog.close()
    assert victim.read_text(encoding="utf-8") == "kept\n"
    assert target.read_bytes().startswith(b"%PDF") and mode(target) == 0o600


def test_a_settings_file_left_readable_is_made_private_at_the_next_start(tmp_path):
    """At start-up private_settings does not write (start-up time) but still closes a
    file some other program left readable by others."""
    from scamscreen.ui.app import private_settings

    folder = tmp_path / "ScamScreen"
    folder.mkdir(mode=0o755)
    path = folder / "ScamScreen.ini"
    path.write_text("[General]\nsettings_version=2\n", encoding="utf-8")
    path.chmod(0o644)
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    private_settings(settings, write=False)
    assert mode(path) == 0o600 and mode(folder) == 0o700
    before = path.stat().st_mtime_ns
    private_settings(settings, write=False)  # already private: nothing is written
    assert path.stat().st_mtime_ns == before
