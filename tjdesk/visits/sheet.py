"""Renders rule sheets to HTML for Qt's rich-text engine (QTextDocument), headless.

One code path serves the print dialog, the preview, PDF export and ``tjdesk sheet``. The HTML
keeps to the subset QTextDocument understands (tables with attributes, page-break-before, simple
CSS). Thai runs get U+200B word breaks (see tjdesk.thai.wordbreak) so they wrap without libthai;
every piece of text passes the address guard first.
"""

from __future__ import annotations

import datetime
import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tjdesk.errors import InvalidInput
from tjdesk.i18n import QT_TRANSLATE_NOOP
from tjdesk.thai.dates import format_english_date, format_thai_date, to_thai_digits
from tjdesk.thai.wordbreak import contains_thai, insert_word_breaks
from tjdesk.visits.address_guard import AddressGuard
from tjdesk.visits.settings import DEFAULT_RETENTION_DAYS
from tjdesk.visits.template import PRIVACY_DAYS, RuleSheetTemplate

MAX_SIGNATURE_LINES = 200
# Blank lines printed for a sheet with no names, so a walk-in group can sign.
DEFAULT_BLANK_LINES = 8
# One language a page: the shipped sheet, with 8 signature lines, fits one A4 page at this size.
SHEET_POINT_SIZE = 9.0
# Side by side, both languages' text fills the front of one page at this size.
SIDE_BY_SIDE_POINT_SIZE = 7.0


@dataclass(frozen=True)
class SheetVisitor:
    name: str
    organisation: str = ""


@dataclass(frozen=True)
class SheetRequest:
    languages: tuple[str, ...]
    side_by_side: bool = False
    visit_date: datetime.date | None = None
    visitors: tuple[SheetVisitor, ...] = ()
    # Empty signature lines after the named ones (a visit's head count minus its names).
    blank_lines: int = DEFAULT_BLANK_LINES
    thai_digits: bool = False
    # How long a visit is kept (the vault's setting), said in the privacy notice.
    retention_days: int = DEFAULT_RETENTION_DAYS


@dataclass
class RenderedSheet:
    html: str
    languages: tuple[str, ...]
    address_cuts: int = 0


def format_sheet_date(day: datetime.date, date_style: str, *, thai_digits: bool = False) -> str:
    if date_style == "thai_be":
        return format_thai_date(day, thai_digits=thai_digits)
    if date_style == "english":
        return format_english_date(day)
    return day.isoformat()


def uses_thai_digits(template: RuleSheetTemplate, request: SheetRequest) -> bool:
    """Thai digits are for the Thai sheet only (an English sheet keeps 0-9)."""
    return request.thai_digits and (template.language == "th" or template.date_style == "thai_be")


class _Writer:
    """Escapes, guards and word-breaks every text that goes into the page; with Thai digits on,
    every number of a Thai sheet (law years, sections, row numbers, dates) is written in them."""

    def __init__(self, guard: AddressGuard) -> None:
        self.guard = guard
        self.cuts = 0
        self.thai_digits = False

    def text(self, value: str) -> str:
        if self.guard.active:
            value, cut = self.guard.strip(value)
            self.cuts += cut
        if self.thai_digits:
            value = to_thai_digits(value)
        return html.escape(insert_word_breaks(value), quote=False)


_STYLE = """
body { font-size: %(size)spt; }
p.title { font-weight: 700; margin-top: 0; margin-bottom: 1pt; }
p.heading { font-weight: 700; margin-top: 3pt; margin-bottom: 0; }
p { margin-top: 1pt; margin-bottom: 2pt; }
p.subtitle { margin-bottom: 3pt; }
p.date { margin-top: 2pt; margin-bottom: 3pt; }
ul, ol { margin-top: 0; margin-bottom: 0; }
li { margin-bottom: 1pt; }
td.sig { padding-top: %(row)spt; padding-bottom: %(row)spt; }
th { font-weight: 700; background-color: #eeeeee; }
p.closing { margin-top: 3pt; }
"""


def _date_line(w: _Writer, template: RuleSheetTemplate, request: SheetRequest) -> str:
    if request.visit_date is None:
        value = "." * 30
    else:
        value = format_sheet_date(
            request.visit_date, template.date_style, thai_digits=request.thai_digits
        )
    return f'<p class="date"><b>{w.text(template.date_label)}:</b> {w.text(value)}</p>'


def _list(w: _Writer, items: Sequence[str], ordered: bool) -> str:
    if ordered and w.thai_digits:
        # Qt numbers an <ol> in 0-9 only; a borderless table keeps the hanging indent.
        rows = "".join(
            f'<tr><td align="right">{w.text(f"{number}.")}&nbsp;</td><td>{w.text(item)}</td></tr>'
            for number, item in enumerate(items, start=1)
        )
        return (
            '<table cellspacing="0" cellpadding="0" style="margin-left: 4pt;">' + rows + "</table>"
        )
    tag = "ol" if ordered else "ul"
    rows = "".join(f"<li>{w.text(item)}</li>" for item in items)
    return f"<{tag}>{rows}</{tag}>"


def _italic(text: str) -> str:
    # Thai formal documents are never set in italic, and the Thai font has none (Qt would slant
    # the upright letters); Latin text keeps its italic.
    return "" if contains_thai(text) else ' style="font-style: italic;"'


def _size_for(t: RuleSheetTemplate, latin_size: float) -> float:
    # Thai letters look a little smaller than Latin ones at the same point size.
    return round(latin_size * (1.05 if contains_thai(t.title) else 1.0), 1)


def _body_blocks(
    w: _Writer, t: RuleSheetTemplate, request: SheetRequest, size: float
) -> list[tuple[str, str]]:
    """One language's sheet, without the signature table, as (key, HTML) blocks in reading
    order. The key names the block's place (the same in every language), so that side by
    side, each block sits in one table row beside its translation and a page break can fall
    between any two rows, never through one."""
    title = f'style="font-size: {round(size * 1.5, 1)}pt;"'
    heading_style = f'style="font-size: {round(size * 1.15, 1)}pt;"'
    w.thai_digits = uses_thai_digits(t, request)
    head = [f'<p class="title" {title}>{w.text(t.title)}</p>']
    if t.subtitle:
        head.append(f'<p class="subtitle"{_italic(t.subtitle)}>{w.text(t.subtitle)}</p>')
    head.append(_date_line(w, t, request))
    if t.intro:
        head.append(f"<p>{w.text(t.intro)}</p>")
    blocks: list[tuple[str, str]] = [("head", "".join(head))]
    for section, heading, items, ordered in (
        ("principles", t.principles_heading, t.principles, False),
        ("rights", t.rights_heading, t.rights, False),
        ("obligations", t.obligations_heading, t.obligations, True),
        ("laws", t.laws_heading, t.laws, False),
    ):
        if not items:
            continue
        if heading:
            blocks.append(
                (f"{section}:heading", f'<p class="heading" {heading_style}>{w.text(heading)}</p>')
            )
        for number, item in enumerate(items, start=1):
            blocks.append((f"{section}:{number}", _item(w, item, number if ordered else None)))
    if t.privacy:
        if t.privacy_heading:
            blocks.append(
                (
                    "privacy:heading",
                    f'<p class="heading" {heading_style}>{w.text(t.privacy_heading)}</p>',
                )
            )
        notice = t.privacy.replace(PRIVACY_DAYS, str(request.retention_days))
        blocks.append(("privacy", f"<p>{w.text(notice)}</p>"))
    if t.acknowledgement_heading:
        blocks.append(
            (
                "acknowledgement:heading",
                f'<p class="heading" {heading_style}>{w.text(t.acknowledgement_heading)}</p>',
            )
        )
    blocks.append(("acknowledgement", f"<p>{w.text(t.acknowledgement)}</p>"))
    return blocks


def _item(w: _Writer, item: str, number: int | None) -> str:
    """One rule as a row of its own: a hanging number (or bullet) and the text."""
    mark = w.text(f"{number}.") if number is not None else "&#8226;"
    return (
        '<table cellspacing="0" cellpadding="0" style="margin-left: 4pt;"><tr>'
        f'<td align="right" valign="top">{mark}&nbsp;</td><td>{w.text(item)}</td>'
        "</tr></table>"
    )


def _body(w: _Writer, t: RuleSheetTemplate, request: SheetRequest, size: float) -> str:
    """Everything of one language's sheet except the signature table."""
    title = f'style="font-size: {round(size * 1.5, 1)}pt;"'
    heading_style = f'style="font-size: {round(size * 1.15, 1)}pt;"'
    w.thai_digits = uses_thai_digits(t, request)
    parts = [
        f'<div style="font-size: {size}pt;">',
        f'<p class="title" {title}>{w.text(t.title)}</p>',
    ]
    if t.subtitle:
        parts.append(f'<p class="subtitle"{_italic(t.subtitle)}>{w.text(t.subtitle)}</p>')
    parts.append(_date_line(w, t, request))
    if t.intro:
        parts.append(f"<p>{w.text(t.intro)}</p>")
    for heading, items, ordered in (
        (t.principles_heading, t.principles, False),
        (t.rights_heading, t.rights, False),
        (t.obligations_heading, t.obligations, True),
        (t.laws_heading, t.laws, False),
    ):
        if not items:
            continue
        if heading:
            parts.append(f'<p class="heading" {heading_style}>{w.text(heading)}</p>')
        parts.append(_list(w, items, ordered))
    if t.privacy:
        if t.privacy_heading:
            parts.append(f'<p class="heading" {heading_style}>{w.text(t.privacy_heading)}</p>')
        notice = t.privacy.replace(PRIVACY_DAYS, str(request.retention_days))
        parts.append(f"<p>{w.text(notice)}</p>")
    if t.acknowledgement_heading:
        parts.append(f'<p class="heading" {heading_style}>{w.text(t.acknowledgement_heading)}</p>')
    parts.append(f"<p>{w.text(t.acknowledgement)}</p></div>")
    return "".join(parts)


def _side_by_side_rows(
    w: _Writer, templates: Sequence[RuleSheetTemplate], request: SheetRequest, size: float
) -> str:
    """Every language's blocks in one table, a row per block, each beside its translation."""
    per_language: list[dict[str, str]] = []
    order: list[str] = []
    sizes = [_size_for(t, size) for t in templates]
    for t, own_size in zip(templates, sizes, strict=True):
        blocks = _body_blocks(w, t, request, own_size)
        per_language.append(dict(blocks))
        order += [key for key, _html in blocks if key not in order]
    width = 100 // len(templates)
    rows = []
    for key in order:
        cells = "".join(
            f'<td width="{width}%" valign="top"><div style="font-size: {own_size}pt;">'
            f"{blocks.get(key, '&nbsp;')}</div></td>"
            for blocks, own_size in zip(per_language, sizes, strict=True)
        )
        rows.append(f"<tr>{cells}</tr>")
    return '<table width="100%" cellspacing="0" cellpadding="3">' + "".join(rows) + "</table>"


def _signature_table(
    w: _Writer,
    templates: Sequence[RuleSheetTemplate],
    request: SheetRequest,
    *,
    back_page: bool = False,
) -> str:
    def heading(attr: str) -> str:
        labels = []
        for t in templates:
            label = getattr(t, attr)
            if label and label not in labels:
                labels.append(label)
        return " / ".join(w.text(label) for label in labels)

    thai_numbers = uses_thai_digits(templates[0], request)
    w.thai_digits = thai_numbers
    rows = [
        "<thead><tr>"
        f'<th width="7%">{heading("column_number")}</th>'
        f'<th width="33%">{heading("column_name")}</th>'
        f'<th width="30%">{heading("column_organisation")}</th>'
        f'<th width="30%">{heading("column_signature")}</th>'
        "</tr></thead>"
    ]
    # Rows to sign on: the back page of a side-by-side sheet has room for taller ones.
    cell = "sig back" if back_page else "sig"
    # Qt ignores a cell's padding when printing; a tall empty line makes the room instead.
    room = '<span style="font-size: 20pt;">&nbsp;</span>' if back_page else "&nbsp;"
    lines: list[SheetVisitor] = list(request.visitors)
    lines += [SheetVisitor("")] * max(0, request.blank_lines)
    for number, visitor in enumerate(lines, start=1):
        shown = to_thai_digits(str(number)) if thai_numbers else str(number)
        rows.append(
            "<tr>"
            f'<td class="{cell}" align="center">{shown}</td>'
            f'<td class="{cell}">{w.text(visitor.name) or "&nbsp;"}</td>'
            f'<td class="{cell}">{w.text(visitor.organisation) or "&nbsp;"}</td>'
            f'<td class="{cell}">{room}</td>'
            "</tr>"
        )
    return (
        '<table width="100%" border="1" cellspacing="0" cellpadding="4" '
        'style="border-collapse: collapse; margin-top: 4pt;">' + "".join(rows) + "</table>"
    )


def _closing(w: _Writer, templates: Sequence[RuleSheetTemplate], request: SheetRequest) -> str:
    parts = []
    for t in templates:
        if t.closing:
            w.thai_digits = uses_thai_digits(t, request)
            parts.append(f'<p class="closing"{_italic(t.closing)}>{w.text(t.closing)}</p>')
    return "".join(parts)


def render_sheet(
    templates: Mapping[str, RuleSheetTemplate],
    request: SheetRequest,
    guard: AddressGuard | None = None,
) -> RenderedSheet:
    """The HTML of the sheets for ``request.languages``, in that order."""
    if not request.languages:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Choose at least one language."))
    missing = [code for code in request.languages if code not in templates]
    if missing:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "There is no rule sheet for language %1."), missing[0]
        )
    if len(request.visitors) + request.blank_lines > MAX_SIGNATURE_LINES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "A sheet can hold at most %1 signature lines."),
            MAX_SIGNATURE_LINES,
        )
    w = _Writer(guard or AddressGuard(None))
    chosen = [templates[code] for code in request.languages]
    if request.side_by_side and len(chosen) > 1:
        size = {"size": SIDE_BY_SIDE_POINT_SIZE, "row": 5}
        # Both texts in full fill the front of the page; the signatures go on the back (a
        # page of their own, with taller rows), not split across a page break.
        page = (
            _side_by_side_rows(w, chosen, request, SIDE_BY_SIDE_POINT_SIZE)
            + '<div style="page-break-before: always;">'
            + _signature_table(w, chosen, request, back_page=True)
            + _closing(w, chosen, request)
            + "</div>"
        )
    else:
        size = {"size": SHEET_POINT_SIZE, "row": 5}
        sheets = []
        for index, t in enumerate(chosen):
            breaker = ' style="page-break-before: always;"' if index else ""
            sheets.append(
                f"<div{breaker}>"
                + _body(w, t, request, _size_for(t, SHEET_POINT_SIZE))
                + _signature_table(w, [t], request)
                + _closing(w, [t], request)
                + "</div>"
            )
        page = "".join(sheets)
    document = (
        '<html><head><meta charset="utf-8"><style>'
        + _STYLE % size
        + "</style></head><body>"
        + page
        + "</body></html>"
    )
    return RenderedSheet(html=document, languages=tuple(request.languages), address_cuts=w.cuts)
