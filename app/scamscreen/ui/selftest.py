"""`scamscreen --self-test`: proof that an installed copy works, for installers and help
desks, with no display and no clicks.

It opens the main window offscreen, screens a built-in sample contact through it (the
same path as a person typing), checks the verdict, writes the contact to a case log in a
temporary folder and reads it back, and opens the known-scam lists there. Then it checks
the user's own data folder (`--data-dir`, SCAMSCREEN_HOME, else the usual one) without
changing anything in it: the case log there opens, the folder takes a new file, and its
disk has room (`store/health.py`). Each step prints one line. The exit status is 0 when
all is well; 1 when the app itself failed; 3 when ScamScreen's own data files are
missing or damaged ("reinstall"), or when the user's data folder cannot be used (then
each failing check is named, with what to do instead: reinstalling does not help)."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

SAMPLE = {
    "channel": "phone_inbound",
    "claimed_org": "Microsoft",
    "phone": "+1 844 555 0199",
    "text": "He said my computer has a virus and told me to install AnyDesk and pay with "
    "gift cards.",
}
EXIT_OK, EXIT_FAILED, EXIT_DATA = 0, 1, 3
TIMEOUT_S = 60


class Failed(Exception):
    pass


def run(data_dir: str | None = None) -> int:
    """`data_dir`: the `--data-dir` option, if given."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from scamscreen import __version__
    from scamscreen.core.data import DataError

    say(f"ScamScreen {__version__} self-test")
    try:
        with tempfile.TemporaryDirectory(prefix="scamscreen-self-test-") as temp:
            _steps(Path(temp))
    except DataError as exc:
        say(f"FAILED: {exc}")
        return EXIT_DATA
    except Failed as exc:
        say(f"FAILED: {exc}")
        return EXIT_FAILED
    if not _users_folder(data_dir):
        say("self-test failed: ScamScreen works, but it cannot use your data folder (see above)")
        return EXIT_DATA
    say("self-test passed")
    return EXIT_OK


def _users_folder(data_dir: str | None) -> bool:
    """The user's own data folder, checked read-only: one line per check."""
    from scamscreen.workspace import Workspace

    good = True
    for check in Workspace.at(data_dir).check_folder():
        if check.ok:
            say(f"{check.name}: {check.says}")
        else:
            say(f"FAILED ({check.name}): {check.says}")
            good = False
    return good


def say(line: str) -> None:
    print(line, flush=True)


def _steps(temp: Path) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from scamscreen.core.contact import parse_contact
    from scamscreen.ui.main_window import MainWindow
    from scamscreen.workspace import Workspace

    def quiet(_kind: object, _context: object, message: str) -> None:
        # The offscreen platform says it cannot resize or raise windows: not a fault.
        if "This plugin does not support" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = QSettings(str(temp / "settings.ini"), QSettings.Format.IniFormat)
    home = temp / "home"
    window = MainWindow(None, home, settings)
    window.show()
    QCoreApplication.processEvents()
    if not window.isVisible():
        raise Failed("the main window did not open")
    say("main window: opened")

    window.load_data()  # the data in use and the lists, as after the first paint
    assert window.screener is not None
    say(f"screening data: loaded (data version {window.screener.data_version})")

    check = window.check
    check.channel_buttons[SAMPLE["channel"]].setChecked(True)
    check.org.setText(SAMPLE["claimed_org"])
    check.phone.setText(SAMPLE["phone"])
    check.text.setPlainText(SAMPLE["text"])
    deadline = time.monotonic() + TIMEOUT_S
    while check.result is None or not check.wait_idle():
        if time.monotonic() > deadline:
            raise Failed("the sample contact was not screened in time")
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    result = check.result
    if result.verdict != "likely_scam":
        raise Failed(f"the sample scam was judged {result.verdict!r}")
    say(f"screening: the sample scam call is '{check.verdict.headline.text()}'")

    contact = parse_contact(check.contact_fields())
    with Workspace(home).open_caselog() as log:
        saved = log.add(contact, result, data_version=window.screener.data_version)
    with Workspace(home).open_caselog() as log:
        row = log.get(saved.id)
        found = log.search("anydesk")
    if row is None or row["verdict"] != "likely_scam" or not found:
        raise Failed("the case log did not give back what was written")
    say("case log: written, read back and searched (a test contact, in a temporary folder)")
    if window.lists is None:
        raise Failed("the known-scam lists could not be opened")
    say(f"known-scam lists: opened ({window.lists.count()} entries)")
    window.close()
    window.deleteLater()
    QCoreApplication.processEvents()
