"""`scamscreen report ID --format pdf|text --output FILE [--country CC]`, run as real
processes on a contact logged with `log add`; the PDF is read back with pdftotext."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from tests.cli.test_log import ok, run

CONTACT = {
    "channel": "phone_inbound",
    "claimed_org": "Microsoft",
    "phone": "+1 844 555 0199",
    "email": "help@ms-support-desk.com",
    "url": "https://fix-my-pc-now.example/help",
    "text": "He said he was from Microsoft and my computer had a virus. He had me install "
    "AnyDesk and buy two gift cards of $250 each.",
    "money_lost": "500.00",
    "paid_how": "Target gift cards",
    "contacted_at": "2026-11-28T15:20",
}
# What the report must show, whatever its form.
EVERY_FIELD = [
    "2026-11-28 15:20 UTC",  # when
    "They phoned me",  # how they made contact
    "Microsoft",  # who they claimed to be
    "+1 844 555 0199",  # numbers
    "help@ms-support-desk.com",  # addresses
    "fix-my-pc-now.example",  # links
    "payment with gift cards",  # what they asked for
    "AnyDesk",  # the remote tool
    "500.00 USD",  # money lost
    "Target gift cards",  # how it was paid
    "my computer had a virus",  # the narrative
    "Likely scam",  # the screening's verdict
    "They asked you to pay with gift cards",  # a finding
    "reportfraud.ftc.gov",  # where to report
    "ic3.gov",
    "microsoft.com/reportascam",  # the company's own report page
]


@pytest.fixture(scope="module")
def logged(tmp_path_factory) -> Path:
    """A data folder with CONTACT logged as contact 1."""
    home = tmp_path_factory.mktemp("report") / "home"
    done = ok(run("log", "add", "--json", data_dir=home, stdin=json.dumps(CONTACT)))
    assert json.loads(done.stdout)["id"] == 1
    return home


def _flat(text: str) -> str:
    """PDF text with its line breaks and hyphenation undone, for phrase matching."""
    assert "\ufb01" not in text  # no "fi" ligature: links copied from the PDF must work
    flat = " ".join(text.replace("\u00ad", "").split())
    return re.sub(r"(?<=[-/]) ", "", flat)  # a link broken after a hyphen or slash


def test_text_report_has_every_field(logged):
    done = ok(run("report", "1", "--format", "text", "--country", "US", data_dir=logged))
    text = _flat(done.stdout)
    for expected in EVERY_FIELD:
        assert expected in text, expected


def test_text_report_to_a_file(logged, tmp_path):
    target = tmp_path / "report.txt"
    ok(run("report", "1", "--output", str(target), "--country", "US", data_dir=logged))
    assert "reportfraud.ftc.gov" in target.read_text(encoding="utf-8")
    assert not (tmp_path / "report.txt.part").exists()


@pytest.mark.skipif(
    shutil.which("pdftotext") is None,
    reason="pdftotext is not installed (Debian/Ubuntu: apt-get install poppler-utils)",
)
def test_pdf_report_has_every_field(logged, tmp_path):
    target = tmp_path / "report.pdf"
    ok(
        run(
            "report", "1", "--format", "pdf", "--output", str(target), "--country", "US",
            data_dir=logged, env={"QT_QPA_PLATFORM": ""},
        )
    )  # fmt: skip
    assert target.read_bytes().startswith(b"%PDF")
    read = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(target), "-"],
        capture_output=True,
        timeout=60,
        check=True,
    )
    text = _flat(read.stdout.decode("utf-8"))
    for expected in EVERY_FIELD:
        assert expected in text, expected
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, timeout=60)
    if info.returncode == 0:
        assert "Scam report: contact 1" in info.stdout  # the PDF's title
        assert "letter" in info.stdout.lower()  # US paper


@pytest.mark.parametrize(
    ("country", "expected"),
    [
        ("US", "Federal Trade Commission (FTC)"),
        ("GB", "Report Fraud"),
        ("CA", "Canadian Anti-Fraud Centre (CAFC)"),
        ("AU", "Scamwatch"),
        ("JP", "Your local police"),  # (a country with no reporting centre on file)
    ],
)
def test_the_authority_for_the_country(logged, country, expected):
    done = ok(run("report", "1", "--country", country, data_dir=logged))
    where = done.stdout.split("Where to report", 1)[1]
    first = [line for line in where.splitlines()[2:] if line.strip()][1]
    assert expected in first


def test_uk_reports_go_to_report_fraud_not_the_closed_action_fraud(logged):
    """Action Fraud was replaced by Report Fraud on 4 December 2025 (issue 13)."""
    done = ok(run("report", "1", "--country", "GB", data_dir=logged))
    where = done.stdout.split("Where to report", 1)[1]
    assert "Report Fraud" in where and "reportfraud.police.uk" in where
    assert "actionfraud.police.uk" not in done.stdout


def test_the_country_comes_from_the_settings(logged):
    ok(run("report", "1", data_dir=logged))  # no region set: the default country (US)
    from scamscreen.store import CaseLog

    with CaseLog.open(logged) as log:
        log.set_setting("region", "GB")
    done = ok(run("report", "1", data_dir=logged))
    assert "Report Fraud" in done.stdout
    with CaseLog.open(logged) as log:
        log.set_setting("region", "US")


def test_unknown_contact_and_missing_output_are_refused_clearly(logged):
    done = run("report", "99", data_dir=logged)
    assert done.returncode == 2
    assert "There is no contact number 99" in done.stderr
    done = run("report", "1", "--format", "pdf", data_dir=logged)
    assert done.returncode == 2
    assert "--output" in done.stderr
    assert "Traceback" not in done.stderr


def test_check_does_not_import_the_report_or_qt():
    code = (
        "import sys, io, json; sys.stdin = io.TextIOWrapper(io.BytesIO(json.dumps("
        + repr(CONTACT)
        + ").encode()));"
        "from scamscreen.cli import run; run(['check','--json']);"
        "bad = [m for m in sys.modules if m in ('scamscreen.core.reports', "
        "'scamscreen.ui.report') or m.split('.')[0] in ('PySide6', 'shiboken6')];"
        "print('IMPORTED', bad, file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert b"IMPORTED []" in done.stderr


def test_report_dialog_copies_and_opens_the_report_page(logged, monkeypatch):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QApplication

    from scamscreen.store import CaseLog
    from scamscreen.ui.report import ReportDialog

    app = QApplication.instance() or QApplication([])
    with CaseLog.open(logged) as log:
        contact = log.get(1)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    dialog = ReportDialog(contact, "GB")
    dialog.open_report_page()
    assert opened == ["https://www.reportfraud.police.uk/"]
    assert "Report Fraud" in app.clipboard().text()
    assert "They phoned me" in app.clipboard().text()
    app.clipboard().clear()
    dialog.copy_text()
    assert "Target gift cards" in app.clipboard().text()
    dialog.close()
