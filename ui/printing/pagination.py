"""Where a laid-out document's pages end: never through a line of text, never through a table
row, and each part that starts on a new page kept to one page when a little shrinking does it.

QTextDocument's own pagination slices a line in two at a page's bottom edge when a table cell
or a frame holds it, and a sheet one line too long for its page (in another font, or with one
more rule added) runs onto a page of its own. Here the document is laid out as one long page
and we choose the breaks ourselves, between lines and between table rows; a part that would
spill over by a little is drawn slightly smaller to fit its page instead (``min_scale``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QTextDocument, QTextFormat, QTextFrame, QTextTable

# Rounding in Qt's layout (fixed point, 1/64 px) must not make a line "cross" a break.
EPSILON = 0.5


@dataclass(frozen=True)
class PagePlan:
    """The pages of a document laid out at width / ``scale``: each a (top, bottom) span in
    the document's coordinates, drawn ``scale`` times its size."""

    scale: float
    pages: tuple[tuple[float, float], ...]


def _block_spans(doc: QTextDocument) -> tuple[list[tuple[float, float]], list[float]]:
    """Every text line as a (top, bottom) span, and the places a page must break."""
    layout = doc.documentLayout()
    lines: list[tuple[float, float]] = []
    forced: list[float] = []
    block = doc.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        text_layout = block.layout()
        origin = rect.top() - text_layout.boundingRect().top()
        for index in range(text_layout.lineCount()):
            line = text_layout.lineAt(index)
            top = origin + line.y()
            lines.append((top, top + line.height()))
        policy = block.blockFormat().pageBreakPolicy()
        if policy & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
            forced.append(rect.top())
        if policy & QTextFormat.PageBreakFlag.PageBreak_AlwaysAfter:
            forced.append(rect.bottom())
        block = block.next()
    return lines, forced


def _tables(frame: QTextFrame) -> list[QTextTable]:
    found = []
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            found.append(child)
        found += _tables(child)
    return found


Span = tuple[float, float, float]  # top, bottom, and the rule above it (a row's top border)


def _row_spans(doc: QTextDocument) -> list[Span]:
    """Each table row as a span from above its top border to the end of its bottom padding,
    from its cells' first and last lines (a hair less, so that rows do not overlap)."""
    layout = doc.documentLayout()
    device = layout.paintDevice()
    # Padding and borders are in CSS pixels (1/96 inch); the layout is in the device's.
    px = device.logicalDpiY() / 96 if device is not None else 1.0
    spans = []
    for table in _tables(doc.rootFrame()):
        border = table.format().border() * px
        for row in range(table.rows()):
            tops, bottoms = [], []
            for column in range(table.columns()):
                cell = table.cellAt(row, column)
                if not cell.isValid():
                    continue
                fmt = cell.format().toTableCellFormat()
                first = cell.firstCursorPosition().block()
                last = cell.lastCursorPosition().block()
                above, below = (fmt.topPadding() * px + border), fmt.bottomPadding() * px - 1
                tops.append(layout.blockBoundingRect(first).top() - above)
                bottoms.append(layout.blockBoundingRect(last).bottom() + below)
            if tops:
                spans.append((min(tops), max(bottoms), border))
    return spans


def _merge(spans: list[Span]) -> list[Span]:
    """Overlapping spans as one (which starts where its first one does, with its rule)."""
    merged: list[Span] = []
    for top, bottom, rule in sorted(spans):
        if merged and top < merged[-1][1] - EPSILON:
            merged[-1] = (merged[-1][0], max(merged[-1][1], bottom), merged[-1][2])
        else:
            merged.append((top, bottom, rule))
    return merged


def _break_before(limit: float, top: float, keep: list[Span]) -> tuple[float, float]:
    """Where the page from ``top`` ends at the latest by ``limit`` without cutting a kept
    span, and where the next page starts: the same place, or a rule higher when the break
    falls on a table row's top border, which is then drawn on both pages (closing the row
    above, opening the row below)."""
    for start, end, rule in keep:
        if start + EPSILON < limit < end - EPSILON and start > top + EPSILON:
            return min(limit, start + rule), start
    return limit, limit


def _paginate(doc: QTextDocument, page_height: float) -> list[tuple[float, float]]:
    lines, forced = _block_spans(doc)
    end = doc.documentLayout().documentSize().height()
    # A row taller than a page must break; then only between its lines.
    rows = [span for span in _row_spans(doc) if span[1] - span[0] <= page_height]
    keep = _merge([(a, b, 0.0) for a, b in lines] + rows)
    forced = sorted(f for f in forced if f > EPSILON)
    pages = []
    top = 0.0
    while top < end - EPSILON:
        limit = min(top + page_height, end)
        bottom, after = _break_before(limit, top, keep) if limit < end else (end, end)
        for place in forced:
            if top + EPSILON < place < bottom:
                bottom = after = place
                break
        pages.append((top, bottom))
        top = after
    return pages


def _part_spans(pages: list[tuple[float, float]], forced: list[float]) -> list[tuple[float, float]]:
    """Each part (from one forced break to the next) as the span of its pages."""
    spans: list[tuple[float, float]] = []
    starts = {round(f, 1) for f in forced}
    for index, (top, bottom) in enumerate(pages):
        if index == 0 or round(top, 1) in starts:
            spans.append((top, bottom))
        else:
            spans[-1] = (spans[-1][0], bottom)
    return spans


def _attempt(
    doc: QTextDocument, width: float, height: float, scale: float
) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    doc.setTextWidth(width / scale)
    pages = _paginate(doc, height / scale)
    return pages, _part_spans(pages, _block_spans(doc)[1])


def plan_pages(
    doc: QTextDocument, page_width: float, page_height: float, min_scale: float = 1.0
) -> PagePlan:
    """Lay ``doc`` out for pages of this size (device units) and choose its breaks.

    With ``min_scale`` below 1, a document whose parts each fit one page at some scale down to
    ``min_scale`` is drawn at about the largest such scale (one scale for all parts, so the
    sheets of one printout look alike); otherwise it is drawn full size over more pages.
    """
    pages, parts = _attempt(doc, page_width, page_height, 1.0)
    if min_scale >= 1.0 or len(pages) == len(parts):
        return PagePlan(1.0, tuple(pages))
    scale = 1.0
    for _attempt_number in range(8):
        # The tallest part decides. Its text rewraps at the new width, so the guess is
        # checked by laying it out again.
        tallest = max(bottom - top for top, bottom in parts) * scale
        scale = max(min_scale, min(scale - 0.005, scale * (page_height / tallest) ** 0.75))
        pages, parts = _attempt(doc, page_width, page_height, scale)
        if len(pages) == len(parts):
            return PagePlan(scale, tuple(pages))
        if scale <= min_scale:
            break
    # Even the smallest scale did not fit: full size reads better over more pages.
    pages, _parts = _attempt(doc, page_width, page_height, 1.0)
    return PagePlan(1.0, tuple(pages))
