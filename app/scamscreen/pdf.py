"""A report as a PDF, with Qt's own writer: used by the app (ui/report.py, the family
card) and by the command line (`report --format pdf`), which is why it lives beside
them rather than inside either. Needs a QGuiApplication (no window, no display: the
command line runs it offscreen). The words and the facts come from `core.reports`;
this module only lays them out.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from scamscreen.core.reports import Report

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
