"""Thai wraps at word boundaries inside the page, and the print paths (printer, preview) work."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSizeF, QTimer
from PySide6.QtGui import QTextDocument, QTextOption
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QDialog

from tests.helpers.pdf import pdf_text
from tjdesk.thai.wordbreak import ZWSP, insert_word_breaks
from tjdesk.visits.sheet import SheetRequest, render_sheet
from tjdesk.visits.template import shipped_template
from ui.fonts import sheet_font
from ui.printing import Printable, layout_for, output

LONG_THAI = "".join(shipped_template("th").principles[:2]).replace(" ", "")

# Counts pages and measures lines: run again with no system fonts (see Makefile).
pytestmark = pytest.mark.text_measure


def laid_out_lines(text: str, width: float) -> list[float]:
    """Widths of the lines QTextDocument makes of ``text`` in the sheet font at ``width``."""
    doc = QTextDocument()
    doc.setDefaultFont(sheet_font(11))
    doc.setDocumentMargin(0)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    doc.setDefaultTextOption(option)
    doc.setPlainText(text)
    doc.setPageSize(QSizeF(width, 1e6))
    doc.documentLayout().documentSize()  # lay it out
    layout = doc.begin().layout()
    return [layout.lineAt(i).naturalTextWidth() for i in range(layout.lineCount())]


def test_a_long_thai_paragraph_wraps_onto_several_lines_within_the_page() -> None:
    # The A4 text width of the sheet at screen resolution (96 dpi).
    points = layout_for(Printable(html="")).paintRectPoints()
    width = points.width() * 96 / 72
    broken = insert_word_breaks(LONG_THAI)
    assert broken.count(ZWSP) > 20  # word-break opportunities were inserted
    lines = laid_out_lines(broken, width)
    assert len(lines) >= 3
    assert max(lines) <= width + 0.5  # no line runs off the page


def test_zero_width_spaces_give_breaks_where_qt_finds_none() -> None:
    """Without libthai, Qt treats a Thai run like one long word of letters (line-break class
    AL): it cannot wrap. This machine has libthai, so the no-libthai case is shown with a run
    of Latin letters, which Qt never breaks: joined by U+200B, it wraps like segmented Thai."""
    word = "abcdefghij"
    run = word * 30
    assert len(laid_out_lines(run, 200)) == 1  # one overflowing line
    lines = laid_out_lines(ZWSP.join([word] * 30), 200)
    assert len(lines) > 5 and max(lines) <= 200.5


def test_print_through_the_dialog_reaches_the_printer(qtbot, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    target = tmp_path / "printed.pdf"

    class AcceptingDialog:
        def __init__(self, printer, parent=None) -> None:  # noqa: ANN001
            printer.setOutputFileName(str(target))  # the "printer" the user picked

        def setWindowTitle(self, title: str) -> None:  # noqa: N802
            pass

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(output, "QPrintDialog", AcceptingDialog)
    html = render_sheet({"en": shipped_template("en")}, SheetRequest(("en",))).html
    assert output.print_with_dialog(None, Printable(html=html)) is True
    text = pdf_text(target)
    assert "Information and Rules for Visitors" in text


def test_the_preview_shows_the_pages(qtbot) -> None:  # noqa: ANN001
    html = render_sheet(
        {c: shipped_template(c) for c in ("th", "en")}, SheetRequest(("th", "en"))
    ).html
    seen: list[int] = []

    def look_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, look_and_close)
            return
        widget = dialog.findChild(QPrintPreviewWidget)
        seen.append(widget.pageCount() if widget else -1)
        dialog.reject()

    QTimer.singleShot(0, look_and_close)
    output.preview(None, Printable(html=html))
    assert seen == [2]  # one page per language
