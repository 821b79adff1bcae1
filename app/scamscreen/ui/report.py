"""The report of one logged contact, on screen, as a PDF (Qt's own writer), on paper, or
as text on the clipboard. The words and the facts come from `core.reports`; this module
only lays them out.

From the History screen: `ReportDialog(contact, country=region, parent=self).exec()`,
with `contact` the dict `CaseLog.get(id)` returns. From anywhere without a window (the
command line): `scamscreen.pdf.write_pdf(report, path)` once a QGuiApplication exists.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
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
from scamscreen.pdf import document, page_layout, pdf_file, write_pdf

__all__ = ["ReportDialog", "document", "page_layout", "pdf_file", "show_report", "write_pdf"]

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
