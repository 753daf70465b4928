"""Where a Printable goes: a PDF file, a printer through Qt's dialog, or a preview."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QStandardPaths
from PySide6.QtGui import QPagedPaintDevice, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from ui.printing.document import Printable, build_document, layout_for
from ui.printing.pagination import plan_pages
from ui.printing.text_layer import complete_text_layer

PDF_RESOLUTION = 600
HAIR = 1.0  # device pixels


def render_to(printable: Printable, device: QPagedPaintDevice) -> None:
    """Lay the printable out for ``device``'s current page and paint every page on it, with
    the page breaks of ui.printing.pagination (never through a line or a table row)."""
    doc = build_document(printable, device)
    area = device.pageLayout().paintRectPixels(device.resolution())
    plan = plan_pages(doc, area.width(), area.height(), printable.min_scale)
    pages = list(plan.pages)
    copies = 1
    if isinstance(device, QPrinter):
        if device.fromPage() > 0:  # the user chose a range in the print dialog
            pages = pages[device.fromPage() - 1 : device.toPage() or None]
        if not device.supportsMultipleCopies():
            copies = device.copyCount()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or file could not be opened")
    try:
        first = True
        for _copy in range(copies):
            for top, bottom in pages:
                if not first:
                    device.newPage()
                first = False
                painter.save()
                painter.scale(plan.scale, plan.scale)
                painter.translate(0, -top)
                # A hair inside the break: the lines that end or start exactly there belong
                # to the page before or after, and must not be drawn (hidden) here too.
                area = QRectF(0, top + HAIR, doc.textWidth(), bottom - top - 2 * HAIR)
                doc.drawContents(painter, area)
                painter.restore()
    finally:
        painter.end()


def default_save_path(file_name: str) -> str:
    """Where a save dialog starts: the user's documents folder, never the program's folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(folder or Path.home()) / file_name)


def write_pdf(printable: Printable, path: str | Path) -> None:
    """Write an A4 PDF at ``path`` (chosen by the user). Fonts are embedded by Qt.

    The file is readable by its owner only (mode 0600 where the system has modes): a printout
    of a case must not be readable by every account on a shared computer."""
    target = Path(path)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    os.chmod(target, 0o600)  # an existing file keeps its old mode through O_CREAT
    writer = QPdfWriter(str(target))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(layout_for(printable))
    writer.setTitle(printable.job_name)
    writer.setCreator("TJ Desk")
    render_to(printable, writer)
    # QPdfWriter finishes the file when it is destroyed; do it now, not at garbage collection.
    del writer
    # Qt maps no characters to the glyphs Thai shaping substitutes: add them, so the PDF can
    # be searched and read aloud (see ui.printing.text_layer). The printed page is Qt's either
    # way; if the map cannot be completed, the file stays as Qt wrote it.
    try:
        complete_text_layer(target)
    except Exception:  # noqa: BLE001 - the file is already a good printout
        logging.getLogger(__name__).warning("The PDF's text layer could not be completed.")


def _printer(printable: Printable) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(layout_for(printable))
    printer.setDocName(printable.job_name)
    return printer


def print_with_dialog(parent: QWidget | None, printable: Printable) -> bool:
    """Qt's print dialog; prints and returns True if the user accepted it."""
    printer = _printer(printable)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    render_to(printable, printer)
    return True


def preview(parent: QWidget | None, printable: Printable) -> bool:
    """Qt's print preview (the user can change the page set-up and print from it)."""
    printer = _printer(printable)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print preview"))
    dialog.paintRequested.connect(lambda device: render_to(printable, device))
    return dialog.exec() == QDialog.DialogCode.Accepted
