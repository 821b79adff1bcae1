"""The report of one logged contact, on screen, as a PDF (Qt's own writer), on paper, or
as text on the clipboard. The words and the facts come from `core.reports`; this module
only lays them out.

From the History screen: `ReportDialog(contact, country=region, parent=self).exec()`,
with `contact` the dict `CaseLog.get(id)` returns. From anywhere without a window (the
command line): `write_pdf(report, path)` once a QGuiApplication exists.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from scamscreen.core.reports import Report, build_report

# Calm and easy to read on paper: dark grey on white, a serif-free face, 12 pt body.
STYLE = """
body { color: #1f2933; }
h1 { font-size: 20pt; font-weight: 600; margin-bottom: 6px; }
h2 { font-size: 15pt; font-weight: 600; margin-top: 18px; margin-bottom: 6px;
     color: #1f3a5f; }
h3 { font-size: 13pt; font-weight: 600; margin-top: 12px; }
p, li, td { font-size: 12pt; line-height: 135%; }
p.intro { color: #3e4c59; }
td.label { font-weight: 600; color: #3e4c59; }
table.facts { border-collapse: collapse; }
table.facts td { border-bottom: 1px solid #d9e2ec; }
p.place { margin-top: 8px; }
p.footer { font-size: 10pt; color: #52606d; margin-top: 18px; }
"""
# Letter paper where it is the norm, A4 elsewhere.
_LETTER = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE"})


def document(report: Report) -> QTextDocument:
    doc = QTextDocument()
    font = QFont()
    font.setFamilies(["Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica", "Arial"])
    font.setPointSizeF(12)
    # No ligatures: "fi" in a copied link or address must stay two letters.
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(STYLE)
    doc.setDocumentMargin(0)
    doc.setHtml(report.to_html())
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, report.title)
    return doc


def page_layout(country: str) -> QPageLayout:
    size = QPageSize.PageSizeId.Letter if country in _LETTER else QPageSize.PageSizeId.A4
    return QPageLayout(
        QPageSize(size),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),  # QTextDocument.print_ adds its own 2 cm all round
        QPageLayout.Unit.Millimeter,
    )


def pdf_file(path: Path | str, draw: Callable[[QPdfWriter], None]) -> Path:
    """A PDF drawn by `draw(writer)` saved at `path`: Qt writes it into memory, and the
    bytes go to the disk through `core.files.write_file` (a new 0600 file created
    exclusively beside the target, renamed over it when complete), so a half-written
    file never takes the name and no link planted beside it is followed."""
    from PySide6.QtCore import QBuffer, QIODevice

    from scamscreen.core.files import write_file

    buffer = QBuffer()
    if not buffer.open(QIODevice.OpenModeFlag.WriteOnly):
        raise OSError("no memory for the PDF")
    writer = QPdfWriter(buffer)
    writer.setCreator("ScamScreen")
    writer.setResolution(300)
    draw(writer)
    del writer  # finishes the PDF
    return write_file(path, bytes(buffer.data().data()))


def write_pdf(report: Report, path: Path | str) -> Path:
    """The report as a PDF at `path` (see `pdf_file`). Needs a QGuiApplication."""

    def draw(writer: QPdfWriter) -> None:
        writer.setTitle(report.title)
        writer.setPageLayout(page_layout(report.authorities.country))
        document(report).print_(writer)

    return pdf_file(path, draw)


class ReportDialog(QDialog):
    """The report of `contact` (a `CaseLog.get` dict) with Save as PDF, Print, Copy as
    text and Open the report page. `country` is the user's country (Settings)."""

    def __init__(
        self,
        contact: dict[str, Any],
        country: str | None = None,
        parent: QWidget | None = None,
        *,
        data: Path | None = None,
        report: Report | None = None,
    ) -> None:
        """`report`: built already (by the Workspace, from the data in use); else it is
        built from `data`, or the data shipped with ScamScreen when that is None."""
        super().__init__(parent)
        if report is None:
            from scamscreen.core.data import data_dir

            report = build_report(contact, country, data=data or data_dir())
        self.report = report
        self.setWindowTitle(self.report.title)
        self.setAccessibleName(self.report.title)
        self.resize(820, 760)
        layout = QVBoxLayout(self)

        self.view = QTextBrowser()
        self.view.setOpenExternalLinks(False)
        self.view.setDocument(document(self.report))
        self.view.setAccessibleName(self.tr("The report"))
        layout.addWidget(self.view, 1)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("What happened"))
        layout.addWidget(self.status)

        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open the report page"))
        self.open_button.setToolTip(
            self.tr(
                "Opens the reporting page in your browser and copies the report, ready to paste"
            )
        )
        self.open_button.setEnabled(self.report.report_url is not None)
        self.open_button.clicked.connect(self.open_report_page)
        self.pdf_button = QPushButton(self.tr("&Save as PDF…"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_report)
        self.copy_button = QPushButton(self.tr("&Copy as text"))
        self.copy_button.clicked.connect(self.copy_text)
        for button in (self.open_button, self.pdf_button, self.print_button, self.copy_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.open_button.setFocus()

    # -- actions ---------------------------------------------------------------------

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self.report.to_text())
        self.status.setText(self.tr("The report is copied. Paste it where you need it."))

    def open_report_page(self) -> None:
        url = self.report.report_url
        if not url:
            return
        QGuiApplication.clipboard().setText(self.report.to_text())
        QDesktopServices.openUrl(QUrl(url))
        self.status.setText(
            self.tr(
                "The report page is opening in your browser. The report is copied: paste "
                "it (Ctrl+V) into the form's description box."
            )
        )

    def save_pdf(self, path: str | None = None) -> Path | None:
        if not path:
            suggested = str(Path.home() / f"scamscreen-report-{self.report.contact_id or 0}.pdf")
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save the report as PDF"), suggested, self.tr("PDF files (*.pdf)")
            )
            if not path:
                return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            written = write_pdf(self.report, path)
        except OSError as exc:
            self.status.setText(self.tr("The PDF could not be saved: {0}").format(exc))
            return None
        self.status.setText(self.tr("Saved as {0}").format(written))
        return written

    def print_report(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(self.report.authorities.country))
        printer.setDocName(self.report.title)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the report"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        document(self.report).print_(printer)
        self.status.setText(self.tr("The report was sent to the printer."))


def show_report(contact: dict[str, Any], country: str | None, parent: QWidget | None) -> int:
    """Open the report dialog for `contact` and wait for it to close."""
    return ReportDialog(contact, country, parent).exec()
