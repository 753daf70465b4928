"""The two-language visitor rule sheet rendered to an A4 PDF, beside bare Qt on the same HTML.

Measured in a child process (a QGuiApplication, offscreen). The app path is what the print
dialog's "Save as PDF" and ``tjdesk sheet`` do: prepare the sheet (templates, date, Thai word
breaks; the segmenter is warm after the first sheet), build the paginated QTextDocument with
the bundled Thai font, and write the PDF through ui.printing. The baseline is Qt alone on the
same HTML: QTextDocument.setHtml, laid out for the same A4 page (paint device and page size,
as ui.printing does, so both paint the same pages) and print_() to a QPdfWriter at the same
resolution and font, with no app code around it. Runs alternate; medians are compared.
Target: <= 1.2x.
The first sheet in a fresh process (including PyThaiNLP's import) is reported on its own.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from benchmarks.common import Row

REPO = Path(__file__).resolve().parents[1]
RUNS = 15

_CHILD = r"""
import datetime, json, os, statistics, sys, tempfile, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import (QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter,
                           QTextDocument)
app = QGuiApplication([])
from tjdesk.visits.sheet_service import SheetOptions, prepare_blank_sheet
from ui.fonts import THAI_FAMILY, register_fonts
from ui.printing.output import PDF_RESOLUTION, write_pdf
from ui.visitors.printable import sheet_printable

register_fonts()
runs = int(sys.argv[1])
folder = tempfile.mkdtemp(prefix="tjdesk-bench-sheet-")
results = {}
for layout in ("separate", "side_by_side"):
    options = SheetOptions(languages=("th", "en"), side_by_side=layout == "side_by_side",
                           date=datetime.date(2026, 11, 28))
    start = time.perf_counter()
    prepared = prepare_blank_sheet(None, options)
    write_pdf(sheet_printable(prepared, options.side_by_side), os.path.join(folder, "first.pdf"))
    first = time.perf_counter() - start
    html = prepared.html
    mm = sheet_printable(prepared, options.side_by_side).margins_mm
    margins = QMarginsF(mm, mm, mm, mm)

    def app_path():
        p = prepare_blank_sheet(None, options)
        write_pdf(sheet_printable(p, options.side_by_side), os.path.join(folder, "app.pdf"))

    def bare_qt():
        # Qt alone, laying the same HTML out for the same A4 page and writing it.
        writer = QPdfWriter(os.path.join(folder, "qt.pdf"))
        writer.setResolution(PDF_RESOLUTION)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Portrait, margins,
                                         QPageLayout.Unit.Millimeter))
        doc = QTextDocument()
        font = QFont(THAI_FAMILY)
        font.setPointSizeF(10)
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        doc.setHtml(html)
        doc.documentLayout().setPaintDevice(writer)
        doc.setPageSize(QSizeF(writer.pageLayout().paintRectPixels(writer.resolution()).size()))
        doc.print_(writer)
        del writer

    app_path(); bare_qt()
    app_times, qt_times = [], []
    for _ in range(runs):
        for fn, out in ((app_path, app_times), (bare_qt, qt_times)):
            t = time.perf_counter(); fn(); out.append(time.perf_counter() - t)
    results[layout] = {"app": statistics.median(app_times), "qt": statistics.median(qt_times),
                       "first": first}
print(json.dumps(results))
"""


def run() -> list[Row]:
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD, str(RUNS)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    rows = []
    for layout, label in (
        ("separate", "rule sheet th+en (one page each) to PDF"),
        ("side_by_side", "rule sheet th+en side by side to PDF"),
    ):
        figures = data[layout]
        app_ms, qt_ms = figures["app"] * 1000, figures["qt"] * 1000
        ratio = app_ms / qt_ms if qt_ms else None
        rows.append(
            Row(
                name=label,
                unit="ms",
                value=app_ms,
                baseline="bare Qt: same HTML, same A4 layout, print_ to QPdfWriter",
                baseline_value=qt_ms,
                target="<= 1.2x",
                met=None if ratio is None else ratio <= 1.2,
                note=f"first sheet in a fresh process (segmenter import): "
                f"{figures['first'] * 1000:.0f} ms",
            )
        )
    return rows
