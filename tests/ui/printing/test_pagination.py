"""Printed pages, looked at as images: no line of text and no table row is cut by a page's
edge, one language's sheet is one A4 page, side by side is one page, and a sheet that grows
(more rules, other fonts) is shrunk a little or breaks between lines, never through one."""

from __future__ import annotations

import dataclasses
import datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.helpers.pdf import (
    char_boxes,
    ink_per_row,
    inked_rows,
    page_sizes_mm,
    pdf_text,
    render_pages,
    uncovered_ink,
)
from tjdesk.visits.sheet import SheetRequest, SheetVisitor, render_sheet
from tjdesk.visits.template import RuleSheetTemplate, shipped_template
from ui.printing import Printable, write_pdf

pytestmark = pytest.mark.text_measure

DPI = 150
A4 = (210, 297)
VISIT = datetime.date(2026, 11, 28)


@pytest.fixture(autouse=True)
def _fonts(qapp) -> None:  # noqa: ANN001
    from ui.fonts import register_fonts

    register_fonts()


def templates(rules_times: int = 1) -> dict[str, RuleSheetTemplate]:
    """The shipped sheets, their list of rules repeated ``rules_times`` times."""
    shipped = {code: shipped_template(code) for code in ("th", "en")}
    return {
        code: dataclasses.replace(t, obligations=tuple(t.obligations) * rules_times)
        for code, t in shipped.items()
    }


def print_sheet(
    tmp_path: Path,
    languages: tuple[str, ...],
    *,
    side_by_side: bool = False,
    rules_times: int = 1,
    visitors: int = 0,
) -> tuple[Path, float]:
    from ui.visitors.printable import sheet_html_printable

    request = SheetRequest(
        languages=languages,
        side_by_side=side_by_side,
        visit_date=VISIT,
        visitors=tuple(SheetVisitor(f"Visitor {n}", "UNODC") for n in range(visitors)),
    )
    html = render_sheet(templates(rules_times), request).html
    printable = sheet_html_printable(html, side_by_side)
    path = tmp_path / f"{'-'.join(languages)}-{side_by_side}-{rules_times}.pdf"
    write_pdf(printable, path)
    return path, printable.margins_mm


def cut_at_an_edge(
    page: QImage, boxes: list[tuple[float, float, float, float]], margin_mm: float
) -> list[str]:
    """What a page's edges cut: a line of text sliced in two (a character reaching past the
    printable area: pdfium gives each glyph's whole box, even where it is clipped), or a
    table row whose borders run on past the bottom edge (ink at the edge that is no
    character's and no rule across the page closing the row off)."""
    found = []
    low, high = margin_mm * 72 / 25.4, (A4[1] - margin_mm) * 72 / 25.4
    beyond = [
        (bottom, top) for _l, bottom, _r, top in boxes if bottom < low - 0.5 or top > high + 0.5
    ]
    if any(top > low and bottom < high for bottom, top in beyond):
        found.append("a line of text is cut by the page's edge")
    elif beyond:  # a line of the page before or after, drawn again here out of sight
        found.append(HIDDEN)
    edge = int((A4[1] - margin_mm) * DPI / 25.4)
    band = range(edge - 8, edge + 1)
    if any(uncovered_ink(page, band, boxes, DPI)):
        if max(ink_per_row(page, band)) < page.width() / 3:
            found.append("a table row runs on past the page's bottom edge")
    return found


HIDDEN = "hidden text beyond the page's edge (copied twice, read out twice)"


def check_pages(path: Path, margin_mm: float, *, hidden_text_allowed: bool = False) -> list[QImage]:
    pages = render_pages(path, DPI)
    assert page_sizes_mm(path) == [A4] * len(pages)
    problems = []
    for number, (page, boxes) in enumerate(zip(pages, char_boxes(path), strict=True), start=1):
        assert inked_rows(page), f"page {number} is blank"
        found = cut_at_an_edge(page, boxes, margin_mm)
        if hidden_text_allowed:
            found = [p for p in found if p != HIDDEN]
        problems += [f"page {number}: {p}" for p in found]
    assert problems == []
    return pages


@pytest.mark.parametrize("language", ["th", "en"])
def test_one_languages_sheet_with_the_shipped_rules_is_one_a4_page(tmp_path, language) -> None:  # noqa: ANN001
    path, margin = print_sheet(tmp_path, (language,))
    assert len(check_pages(path, margin)) == 1


def test_two_languages_are_one_page_each_and_side_by_side_one_sheet(tmp_path) -> None:  # noqa: ANN001
    path, margin = print_sheet(tmp_path, ("th", "en"))
    assert len(check_pages(path, margin)) == 2
    # Side by side: both texts on the front, the signatures on the back of the same sheet.
    path, margin = print_sheet(tmp_path, ("th", "en"), side_by_side=True)
    assert len(check_pages(path, margin)) == 2


def test_a_sheet_a_little_too_long_is_drawn_smaller_on_one_page(tmp_path) -> None:  # noqa: ANN001
    """Half as many rules again: the sheet shrinks to fit rather than spill onto a page."""
    shipped = shipped_template("en")
    extra = dataclasses.replace(
        shipped, obligations=tuple(shipped.obligations) + tuple(shipped.obligations[:4])
    )
    from ui.visitors.printable import sheet_html_printable

    request = SheetRequest(languages=("en",), visit_date=VISIT)
    path = tmp_path / "longer.pdf"
    write_pdf(sheet_html_printable(render_sheet({"en": extra}, request).html), path)
    assert len(check_pages(path, 15.0)) == 1
    assert shipped.closing in pdf_text(path)  # the last line made it onto the page


def test_a_long_sheet_breaks_between_lines_and_rows_never_through_them(tmp_path) -> None:  # noqa: ANN001
    # Five times the rules and many visitors: too long to shrink, so it runs over pages.
    path, margin = print_sheet(tmp_path, ("en",), rules_times=5, visitors=40)
    pages = check_pages(path, margin)
    assert len(pages) >= 3
    text = pdf_text(path)
    assert "Visitor 39" in text and shipped_template("en").closing in text


def test_side_by_side_never_splits_a_row_or_a_line(tmp_path) -> None:  # noqa: ANN001
    # Too long to shrink onto one page. (A paragraph in a table cell that runs over a break is
    # drawn whole on both pages by Qt, its other page's lines clipped away: hidden, not cut.)
    path, margin = print_sheet(tmp_path, ("th", "en"), side_by_side=True, rules_times=4)
    pages = check_pages(path, margin, hidden_text_allowed=True)
    assert len(pages) >= 2


def test_the_edge_check_sees_a_row_cut_in_two(tmp_path) -> None:  # noqa: ANN001
    """The check above can fail: Qt's own pagination (QTextDocument.print_) cuts table rows
    at the page's edge; ours breaks between them."""
    from PySide6.QtGui import QPdfWriter

    from ui.printing import build_document, layout_for

    rows = "".join(
        f'<tr><td style="padding-top: 6pt; padding-bottom: 6pt;">{n}</td><td>Row {n}</td></tr>'
        for n in range(120)
    )
    printable = Printable(
        html='<table width="100%" border="1" cellspacing="0" cellpadding="4" '
        f'style="border-collapse: collapse;">{rows}</table>'
    )
    path = tmp_path / "qt.pdf"
    writer = QPdfWriter(str(path))
    writer.setResolution(600)
    writer.setPageLayout(layout_for(printable))
    build_document(printable, writer).print_(writer)
    del writer
    pages = render_pages(path, DPI)
    boxes = char_boxes(path)
    assert any(
        cut_at_an_edge(page, page_boxes, printable.margins_mm)
        for page, page_boxes in zip(pages, boxes, strict=True)
    )
    ours = tmp_path / "ours.pdf"
    write_pdf(printable, ours)
    assert len(check_pages(ours, printable.margins_mm)) == len(pages)
    assert "Row 119" in pdf_text(ours)


def test_the_edge_check_sees_a_line_sliced_in_two(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    """Pages cut at fixed heights, as if no one chose the breaks, slice lines: seen."""
    from ui.printing import output
    from ui.printing.pagination import PagePlan

    def fixed_heights(doc, width, height, min_scale=1.0):  # noqa: ANN001, ANN202
        doc.setTextWidth(width)
        end = doc.documentLayout().documentSize().height()
        tops = [n * height for n in range(int(end // height) + 1)]
        return PagePlan(1.0, tuple((top, min(top + height, end)) for top in tops))

    monkeypatch.setattr(output, "plan_pages", fixed_heights)
    lines = "".join(f"<p>Line {n} of a long text.</p>" for n in range(300))
    printable = Printable(html=lines)
    path = tmp_path / "sliced.pdf"
    write_pdf(printable, path)
    found = [
        problem
        for page, boxes in zip(render_pages(path, DPI), char_boxes(path), strict=True)
        for problem in cut_at_an_edge(page, boxes, printable.margins_mm)
    ]
    assert "a line of text is cut by the page's edge" in found
