"""Building a paginated QTextDocument for a printer or PDF writer."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPagedPaintDevice, QPageLayout, QPageSize, QTextDocument

from ui.fonts import sheet_font


@dataclass(frozen=True)
class Printable:
    """Something to print: rich-text HTML (QTextDocument's subset) and how to lay it out."""

    html: str
    job_name: str = "TJ Desk"
    base_point_size: float = 11.0
    margins_mm: float = 15.0
    landscape: bool = False
    # How far a list level is indented; Qt's default (40 px) wastes a narrow column.
    list_indent_pt: float = 16.0
    # Drawn down to this scale (0.85: 85 %) when that keeps each part, from one forced page
    # break to the next, on one page; 1.0: never shrunk.
    min_scale: float = 1.0

    def font(self) -> QFont:
        return sheet_font(self.base_point_size)


def layout_for(printable: Printable) -> QPageLayout:
    """A4 with the printable's margins; the default every printer and PDF starts from."""
    margin = printable.margins_mm
    orientation = (
        QPageLayout.Orientation.Landscape
        if printable.landscape
        else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        orientation,
        QMarginsF(margin, margin, margin, margin),
        QPageLayout.Unit.Millimeter,
    )


def build_document(printable: Printable, device: QPagedPaintDevice | None = None) -> QTextDocument:
    """The document, laid out for ``device``'s page if given (else for A4 at screen size).

    Paginating for the device ourselves, with the device as layout paint device, keeps point
    sizes true on a 1200-dpi PDF and stops QTextDocument.print_() from adding its own 2 cm
    margins and page numbers.
    """
    doc = QTextDocument()
    doc.setDefaultFont(printable.font())
    doc.setDocumentMargin(0)
    doc.setIndentWidth(printable.list_indent_pt * 96 / 72)
    doc.setHtml(printable.html)
    if device is not None:
        doc.documentLayout().setPaintDevice(device)
        rect = device.pageLayout().paintRectPixels(device.resolution())
        doc.setPageSize(QSizeF(rect.size()))
    else:
        points = layout_for(printable).paintRectPoints()
        doc.setPageSize(QSizeF(points.width() * 96 / 72, points.height() * 96 / 72))
    return doc
