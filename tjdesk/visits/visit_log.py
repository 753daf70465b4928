"""The visit log: record, change, read and list visits; record which sheets were printed.

Every create, change and print writes an audit entry in the same transaction. Audit entries
name the visit by id only: organisations and visitors' names stay in the visit row.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from tjdesk import audit
from tjdesk.acting import acts_for_signed_in
from tjdesk.actors import Actor
from tjdesk.clock import iso_utc, utc_now
from tjdesk.errors import InvalidInput
from tjdesk.i18n import QT_TRANSLATE_NOOP
from tjdesk.vault.database import Database, page_clause
from tjdesk.visits.access import VisitAction, require
from tjdesk.visits.template_store import StoredTemplate, current_templates, get_template

MAX_VISITORS = 200
MAX_SHORT = 200
MAX_PURPOSE = 500
MAX_NOTES = 4000
VISIT_AT_FORMAT = "%Y-%m-%dT%H:%M"

Clock = Callable[[], datetime.datetime]

# Field names for messages; the ui translates them in context "errors" like the messages.
_ORGANISATION = QT_TRANSLATE_NOOP("errors", "Organisation")
_NAME = QT_TRANSLATE_NOOP("errors", "Name")
_PURPOSE = QT_TRANSLATE_NOOP("errors", "Purpose")
_HOST = QT_TRANSLATE_NOOP("errors", "Host")
_NOTES = QT_TRANSLATE_NOOP("errors", "Notes")


@dataclass(frozen=True)
class VisitorName:
    name: str
    organisation: str = ""


@dataclass(frozen=True)
class VisitInput:
    """A visit as typed on the form. ``visit_at`` is local wall-clock time (naive)."""

    visit_at: datetime.datetime
    organisation: str
    visitor_count: int
    purpose: str = ""
    host: str = ""
    languages: tuple[str, ...] = ("th", "en")
    visitors: tuple[VisitorName, ...] = ()
    briefed: bool = False
    sheet_signed: bool = False
    devices_deposited: bool = False
    notes: str = ""


@dataclass(frozen=True)
class VisitSheet:
    language: str
    template_id: int
    template_version: int
    printed_at: str | None


@dataclass(frozen=True)
class Visit:
    id: int
    visit_at: datetime.datetime
    organisation: str
    visitor_count: int
    purpose: str
    host: str
    briefed: bool
    sheet_signed: bool
    devices_deposited: bool
    notes: str
    visitors: tuple[VisitorName, ...]
    sheets: tuple[VisitSheet, ...]
    created_by: str | None
    updated_at: str

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(sheet.language for sheet in self.sheets)

    @property
    def checklist_complete(self) -> bool:
        return self.briefed and self.sheet_signed and self.devices_deposited

    def as_input(self) -> VisitInput:
        return VisitInput(
            visit_at=self.visit_at,
            organisation=self.organisation,
            visitor_count=self.visitor_count,
            purpose=self.purpose,
            host=self.host,
            languages=self.languages,
            visitors=self.visitors,
            briefed=self.briefed,
            sheet_signed=self.sheet_signed,
            devices_deposited=self.devices_deposited,
            notes=self.notes,
        )


@dataclass(frozen=True)
class VisitFilter:
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None  # inclusive
    text: str = ""  # in organisation, purpose or host
    incomplete_only: bool = False  # checklist not complete
    limit: int = 1000


@dataclass(frozen=True)
class VisitSummary:
    id: int
    visit_at: datetime.datetime
    organisation: str
    purpose: str
    visitor_count: int
    host: str
    languages: tuple[str, ...]
    briefed: bool
    sheet_signed: bool
    devices_deposited: bool
    printed: bool = field(default=False)


def _bad(message: str, *args: object) -> InvalidInput:
    return InvalidInput(message, *args)


def _clean(text: str, limit: int, label: str) -> str:
    if not isinstance(text, str):
        raise _bad(QT_TRANSLATE_NOOP("errors", "%1 must be text."), label)
    text = text.replace("\u200b", "").strip()
    if len(text) > limit:
        raise _bad(
            QT_TRANSLATE_NOOP("errors", "%1 is too long (at most %2 characters)."), label, limit
        )
    if any(ord(ch) < 32 and ch not in "\n\t" for ch in text):
        raise _bad(QT_TRANSLATE_NOOP("errors", "%1 contains control characters."), label)
    return text


def validate(data: VisitInput, templates: dict[str, StoredTemplate]) -> VisitInput:
    """The input cleaned, or InvalidInput naming the first problem."""
    if not isinstance(data.visit_at, datetime.datetime) or data.visit_at.tzinfo is not None:
        raise _bad(QT_TRANSLATE_NOOP("errors", "The visit needs a local date and time."))
    organisation = _clean(data.organisation, MAX_SHORT, _ORGANISATION)
    if not organisation:
        raise _bad(QT_TRANSLATE_NOOP("errors", "Enter the visiting organisation."))
    if (
        not isinstance(data.visitor_count, int)
        or isinstance(data.visitor_count, bool)
        or not 1 <= data.visitor_count <= MAX_VISITORS
    ):
        raise _bad(
            QT_TRANSLATE_NOOP("errors", "The number of visitors must be 1 to %1."), MAX_VISITORS
        )
    visitors = []
    for visitor in data.visitors:
        name = _clean(visitor.name, MAX_SHORT, _NAME)
        if name:
            visitors.append(
                VisitorName(name, _clean(visitor.organisation, MAX_SHORT, _ORGANISATION))
            )
    if len(visitors) > data.visitor_count:
        raise _bad(
            QT_TRANSLATE_NOOP("errors", "There are more names (%1) than visitors (%2)."),
            len(visitors),
            data.visitor_count,
        )
    languages: list[str] = []
    for code in data.languages:
        if code not in templates:
            raise _bad(QT_TRANSLATE_NOOP("errors", "There is no rule sheet for language %1."), code)
        if code not in languages:
            languages.append(code)
    if not languages:
        raise _bad(QT_TRANSLATE_NOOP("errors", "Choose at least one language."))
    return VisitInput(
        visit_at=data.visit_at.replace(second=0, microsecond=0),
        organisation=organisation,
        visitor_count=data.visitor_count,
        purpose=_clean(data.purpose, MAX_PURPOSE, _PURPOSE),
        host=_clean(data.host, MAX_SHORT, _HOST),
        languages=tuple(languages),
        visitors=tuple(visitors),
        briefed=bool(data.briefed),
        sheet_signed=bool(data.sheet_signed),
        devices_deposited=bool(data.devices_deposited),
        notes=_clean(data.notes, MAX_NOTES, _NOTES),
    )


def _write_children(
    db: Database, visit_id: int, data: VisitInput, templates: dict[str, StoredTemplate]
) -> None:
    db.execute("DELETE FROM visit_visitors WHERE visit_id = ?", (visit_id,))
    db.executemany(
        "INSERT INTO visit_visitors (visit_id, position, name, organisation) VALUES (?, ?, ?, ?)",
        [(visit_id, pos, v.name, v.organisation) for pos, v in enumerate(data.visitors, 1)],
    )
    kept = db.query("SELECT language FROM visit_sheets WHERE visit_id = ?", (visit_id,))
    kept_languages = {str(row["language"]) for row in kept}
    for language in kept_languages - set(data.languages):
        db.execute(
            "DELETE FROM visit_sheets WHERE visit_id = ? AND language = ?", (visit_id, language)
        )
    for language in data.languages:
        if language not in kept_languages:
            # Until printed, the version a visit will be shown is today's current one.
            db.execute(
                "INSERT INTO visit_sheets (visit_id, language, template_id) VALUES (?, ?, ?)",
                (visit_id, language, templates[language].id),
            )


@acts_for_signed_in
def create_visit(
    db: Database, actor: Actor | None, data: VisitInput, *, clock: Clock = utc_now
) -> int:
    who = require(actor, VisitAction.RECORD)
    with db.transaction():
        templates = current_templates(db)
        clean = validate(data, templates)
        now = iso_utc(clock())
        cursor = db.execute(
            "INSERT INTO visits (visit_at, organisation, purpose, visitor_count, host, briefed,"
            " sheet_signed, devices_deposited, notes, created_at, created_by, updated_at,"
            " updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                clean.visit_at.strftime(VISIT_AT_FORMAT),
                clean.organisation,
                clean.purpose,
                clean.visitor_count,
                clean.host,
                int(clean.briefed),
                int(clean.sheet_signed),
                int(clean.devices_deposited),
                clean.notes,
                now,
                who.name,
                now,
                who.name,
            ),
        )
        visit_id = int(cursor.lastrowid)
        _write_children(db, visit_id, clean, templates)
        audit.record(
            db, who.name, "visit.create", target_type="visit", target_id=visit_id, at=clock()
        )
    return visit_id


@acts_for_signed_in
def update_visit(
    db: Database, actor: Actor | None, visit_id: int, data: VisitInput, *, clock: Clock = utc_now
) -> None:
    who = require(actor, VisitAction.RECORD)
    with db.transaction():
        if db.scalar("SELECT 1 FROM visits WHERE id = ?", (visit_id,)) is None:
            raise _bad(QT_TRANSLATE_NOOP("errors", "Visit %1 does not exist."), visit_id)
        templates = current_templates(db)
        clean = validate(data, templates)
        db.execute(
            "UPDATE visits SET visit_at = ?, organisation = ?, purpose = ?, visitor_count = ?,"
            " host = ?, briefed = ?, sheet_signed = ?, devices_deposited = ?, notes = ?,"
            " updated_at = ?, updated_by = ? WHERE id = ?",
            (
                clean.visit_at.strftime(VISIT_AT_FORMAT),
                clean.organisation,
                clean.purpose,
                clean.visitor_count,
                clean.host,
                int(clean.briefed),
                int(clean.sheet_signed),
                int(clean.devices_deposited),
                clean.notes,
                iso_utc(clock()),
                who.name,
                visit_id,
            ),
        )
        _write_children(db, visit_id, clean, templates)
        audit.record(
            db, who.name, "visit.update", target_type="visit", target_id=visit_id, at=clock()
        )


@acts_for_signed_in
def get_visit(db: Database, actor: Actor | None, visit_id: int) -> Visit:
    require(actor, VisitAction.RECORD)
    row = db.query_one("SELECT * FROM visits WHERE id = ?", (visit_id,))
    if row is None:
        raise _bad(QT_TRANSLATE_NOOP("errors", "Visit %1 does not exist."), visit_id)
    visitors = db.query(
        "SELECT name, organisation FROM visit_visitors WHERE visit_id = ? ORDER BY position",
        (visit_id,),
    )
    sheets = db.query(
        "SELECT s.language, s.template_id, t.version, s.printed_at FROM visit_sheets s"
        " JOIN visit_sheet_templates t ON t.id = s.template_id WHERE s.visit_id = ?",
        (visit_id,),
    )
    return Visit(
        id=int(row["id"]),
        visit_at=datetime.datetime.strptime(str(row["visit_at"]), VISIT_AT_FORMAT),
        organisation=str(row["organisation"]),
        visitor_count=int(row["visitor_count"]),
        purpose=str(row["purpose"]),
        host=str(row["host"]),
        briefed=bool(row["briefed"]),
        sheet_signed=bool(row["sheet_signed"]),
        devices_deposited=bool(row["devices_deposited"]),
        notes=str(row["notes"]),
        visitors=tuple(VisitorName(str(v["name"]), str(v["organisation"])) for v in visitors),
        sheets=_ordered_sheets(
            [
                VisitSheet(
                    str(s["language"]),
                    int(s["template_id"]),
                    int(s["version"]),
                    None if s["printed_at"] is None else str(s["printed_at"]),
                )
                for s in sheets
            ]
        ),
        created_by=None if row["created_by"] is None else str(row["created_by"]),
        updated_at=str(row["updated_at"]),
    )


def _ordered_sheets(sheets: list[VisitSheet]) -> tuple[VisitSheet, ...]:
    first = {"th": 0, "en": 1}
    return tuple(sorted(sheets, key=lambda s: (first.get(s.language, 2), s.language)))


@acts_for_signed_in
def list_visits(
    db: Database, actor: Actor | None, filters: VisitFilter = VisitFilter()
) -> list[VisitSummary]:
    """Visits matching ``filters``, newest first."""
    require(actor, VisitAction.RECORD)
    where: list[str] = []
    params: list[Any] = []
    if filters.date_from is not None:
        where.append("v.visit_at >= ?")
        params.append(filters.date_from.isoformat())
    if filters.date_to is not None:
        where.append("v.visit_at < ?")
        params.append((filters.date_to + datetime.timedelta(days=1)).isoformat())
    if filters.text.strip():
        needle = (
            "%"
            + filters.text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            + "%"
        )
        where.append(
            "(v.organisation LIKE ? ESCAPE '\\' OR v.purpose LIKE ? ESCAPE '\\'"
            " OR v.host LIKE ? ESCAPE '\\')"
        )
        params += [needle, needle, needle]
    if filters.incomplete_only:
        where.append("(v.briefed = 0 OR v.sheet_signed = 0 OR v.devices_deposited = 0)")
    sql = (
        "SELECT v.id, v.visit_at, v.organisation, v.purpose, v.visitor_count, v.host,"
        " v.briefed, v.sheet_signed, v.devices_deposited,"
        " (SELECT group_concat(language, ' ') FROM visit_sheets s WHERE s.visit_id = v.id)"
        "   AS languages,"
        " EXISTS (SELECT 1 FROM visit_sheets s WHERE s.visit_id = v.id"
        "   AND s.printed_at IS NOT NULL) AS printed"
        " FROM visits v"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY v.visit_at DESC, v.id DESC "
        + page_clause(0, max(1, min(int(filters.limit), 10000)))
    )
    return [
        VisitSummary(
            id=int(row["id"]),
            visit_at=datetime.datetime.strptime(str(row["visit_at"]), VISIT_AT_FORMAT),
            organisation=str(row["organisation"]),
            purpose=str(row["purpose"]),
            visitor_count=int(row["visitor_count"]),
            host=str(row["host"]),
            languages=_ordered_languages(str(row["languages"] or "").split()),
            briefed=bool(row["briefed"]),
            sheet_signed=bool(row["sheet_signed"]),
            devices_deposited=bool(row["devices_deposited"]),
            printed=bool(row["printed"]),
        )
        for row in db.query(sql, params)
    ]


def _ordered_languages(codes: Sequence[str]) -> tuple[str, ...]:
    first = {"th": 0, "en": 1}
    return tuple(sorted(codes, key=lambda c: (first.get(c, 2), c)))


@acts_for_signed_in
def record_print(
    db: Database,
    actor: Actor | None,
    visit_id: int,
    printed: dict[str, int],
    *,
    clock: Clock = utc_now,
) -> None:
    """Record that ``visit_id``'s sheets were printed: language -> template id shown.

    The visit then points at exactly those versions (a later template edit does not change
    what this visit's visitors were shown)."""
    who = require(actor, VisitAction.RECORD)
    with db.transaction():
        if db.scalar("SELECT 1 FROM visits WHERE id = ?", (visit_id,)) is None:
            raise _bad(QT_TRANSLATE_NOOP("errors", "Visit %1 does not exist."), visit_id)
        stamp = iso_utc(clock())
        for language, template_id in printed.items():
            stored = get_template(db, template_id)
            if stored is None or stored.language != language:
                raise _bad(
                    QT_TRANSLATE_NOOP("errors", "There is no rule sheet for language %1."), language
                )
            db.execute(
                "INSERT INTO visit_sheets (visit_id, language, template_id, printed_at)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (visit_id, language) DO UPDATE SET"
                " template_id = excluded.template_id, printed_at = excluded.printed_at",
                (visit_id, language, template_id, stamp),
            )
        detail = " ".join(
            f"{language}:v{get_template(db, tid).version}"  # type: ignore[union-attr]
            for language, tid in printed.items()
        )
        audit.record(
            db,
            who.name,
            "visit.print",
            target_type="visit",
            target_id=visit_id,
            detail=detail,
            at=clock(),
        )
