"""Preparing a rule sheet for printing: templates, a visit's date and names, the address guard.

The print dialog, the preview, PDF export and ``tjdesk sheet`` all come through here, then
hand the HTML to ui.printing. After a visit's sheets are printed, call
``visit_log.record_print`` with ``PreparedSheet.template_ids``.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass

from tjdesk.acting import acts_for_signed_in
from tjdesk.actors import Actor
from tjdesk.vault.database import Database
from tjdesk.visits.access import VisitAction, require
from tjdesk.visits.address_guard import AddressGuard
from tjdesk.visits.settings import DEFAULT_RETENTION_DAYS, retention_days, shelter_address
from tjdesk.visits.sheet import (
    DEFAULT_BLANK_LINES,
    RenderedSheet,
    SheetRequest,
    SheetVisitor,
    render_sheet,
)
from tjdesk.visits.template import SHIPPED_LANGUAGES, RuleSheetTemplate, shipped_template
from tjdesk.visits.template_store import current_templates
from tjdesk.visits.visit_log import get_visit


@dataclass(frozen=True)
class SheetOptions:
    languages: tuple[str, ...] | None = None  # None: the visit's languages, else Thai + English
    side_by_side: bool = False
    thai_digits: bool = False
    date: datetime.date | None = None  # for a sheet with no visit; None prints a blank line
    blank_lines: int | None = None  # None: a visit's head count minus its names, else 8


@dataclass(frozen=True)
class PreparedSheet:
    rendered: RenderedSheet
    template_ids: dict[str, int]  # language -> stored template id (empty for shipped ones)
    visit_id: int | None = None

    @property
    def html(self) -> str:
        return self.rendered.html


def _render(
    templates: Mapping[str, RuleSheetTemplate],
    languages: tuple[str, ...],
    options: SheetOptions,
    guard: AddressGuard,
    *,
    date: datetime.date | None,
    visitors: tuple[SheetVisitor, ...] = (),
    blank_lines: int,
    kept_days: int = DEFAULT_RETENTION_DAYS,
) -> RenderedSheet:
    request = SheetRequest(
        languages=languages,
        side_by_side=options.side_by_side,
        visit_date=date,
        visitors=visitors,
        blank_lines=blank_lines,
        thai_digits=options.thai_digits,
        retention_days=kept_days,
    )
    return render_sheet(templates, request, guard)


@acts_for_signed_in
def prepare_visit_sheet(
    db: Database, actor: Actor | None, visit_id: int, options: SheetOptions = SheetOptions()
) -> PreparedSheet:
    """The sheets for a visit: its date, and its names on the signature lines."""
    require(actor, VisitAction.RECORD)
    visit = get_visit(db, actor, visit_id)
    stored = current_templates(db)
    languages = options.languages or visit.languages
    names = tuple(
        SheetVisitor(v.name, v.organisation or visit.organisation) for v in visit.visitors
    )
    blank = (
        options.blank_lines
        if options.blank_lines is not None
        else max(0, visit.visitor_count - len(names))
    )
    rendered = _render(
        {code: s.template for code, s in stored.items()},
        tuple(languages),
        options,
        AddressGuard(shelter_address(db)),
        date=visit.visit_at.date(),
        visitors=names,
        blank_lines=blank,
        kept_days=retention_days(db),
    )
    return PreparedSheet(rendered, {code: stored[code].id for code in rendered.languages}, visit_id)


def prepare_blank_sheet(
    db: Database | None, options: SheetOptions = SheetOptions()
) -> PreparedSheet:
    """Sheets with empty signature lines: from the vault's current templates when a vault is
    open, else from the shipped defaults (``tjdesk sheet`` without a visit needs no vault)."""
    languages = tuple(options.languages or ("th", "en"))
    if db is not None:
        stored = current_templates(db)
        templates = {code: s.template for code, s in stored.items()}
        ids = {code: s.id for code, s in stored.items()}
        guard = AddressGuard(shelter_address(db))
    else:
        templates = {code: shipped_template(code) for code in SHIPPED_LANGUAGES}
        ids = {}
        guard = AddressGuard(None)
    blank = DEFAULT_BLANK_LINES if options.blank_lines is None else options.blank_lines
    kept = DEFAULT_RETENTION_DAYS if db is None else retention_days(db)
    rendered = _render(
        templates, languages, options, guard, date=options.date, blank_lines=blank, kept_days=kept
    )
    return PreparedSheet(rendered, {c: ids[c] for c in rendered.languages if c in ids})
