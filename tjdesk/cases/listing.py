"""The case list and the session list: one page at a time, only what the user may see.

Lists show outline fields only (case code, nickname, dates, type, status, contact type, risk,
follow-up); they never read a note, health, legal or identity section. Pages are LIMIT/OFFSET
queries over indexes that match the sort orders, so the first page of 100,000 sessions comes
back in milliseconds. Opening a list is not audited row by row (a view is logged when a record
is opened); a full-text search is logged once, with its sections and count, never its words.

A text search (``SessionFilter.text``) looks only in the full-text index of each note section
the user may read in that case (fts_notes, fts_health, fts_legal), so a hit can never come
from a section the user may not see.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from tjdesk import audit
from tjdesk.acting import acts_for_signed_in
from tjdesk.actors import Actor
from tjdesk.cases import sealed_identity
from tjdesk.cases.codes import CaseStatus, ContactType
from tjdesk.cases.sealed_search import INDEX_TABLE, ensure_tables
from tjdesk.cases.search_text import match_expression
from tjdesk.policy import Relation, Section, may_read
from tjdesk.vault.database import Database, page_clause

PAGE_SIZE = 100  # a screenful is ~30 rows; more pages come as the user scrolls
# From this many cases on a user's teams, the session list walks the time index (see below).
WALK_TIME_INDEX_FROM = 200
NOTE_SECTIONS = (Section.NOTES, Section.HEALTH, Section.LEGAL)
_FTS = INDEX_TABLE  # in-memory, per sign-in (tjdesk/cases/sealed_search.py)
NO_CASE = "SELECT NULL WHERE 0"
_RISK_RANK = "(CASE risk_level WHEN 'high' THEN 2 WHEN 'medium' THEN 1 ELSE 0 END)"


@dataclass
class SessionFilter:
    mine: bool = False  # only cases I am on the team of
    follow_ups_due: bool = False  # the latest session of its case asks for a follow-up by today
    high_risk: bool = False  # risk high, or a safety concern
    date_from: date | None = None  # local days, inclusive
    date_to: date | None = None
    contact_type: ContactType | None = None
    case_id: int | None = None
    text: str = ""  # words to find in the notes the user may read
    sort: str = "starts_at"  # one of SESSION_SORTS
    descending: bool = True
    today: date | None = None  # for follow-ups due; the caller's local day


@dataclass
class CaseFilter:
    mine: bool = False
    follow_ups_due: bool = False
    high_risk: bool = False
    date_from: date | None = None  # opened on or after
    date_to: date | None = None
    contact_type: ContactType | None = None
    status: CaseStatus | None = None
    sort: str = "opened_on"
    descending: bool = True
    today: date | None = None


SESSION_SORTS: dict[str, str] = {
    "starts_at": "s.starts_at {d}, s.case_id {d}, s.id {d}",  # the order of sessions_starts
    # Case codes by year, then by number, not as text: C-2026-10000 comes after C-2026-9999.
    "case_code": "substr(c.code, 1, 6) {d}, length(c.code) {d}, c.code {d}, s.starts_at {d}",
    "contact_type": "s.contact_type {d}, s.starts_at {d}",
    "room": "s.room {d}, s.starts_at {d}",
    "risk": f"{_RISK_RANK.replace('risk_level', 's.risk_level')} {{d}}, s.starts_at {{d}}",
    "follow_up_on": "s.follow_up_on {d}, s.starts_at {d}",
}
CASE_SORTS: dict[str, str] = {
    "opened_on": "c.opened_on {d}, c.id {d}",
    "code": "substr(c.code, 1, 6) {d}, length(c.code) {d}, c.code {d}",
    "case_type": "c.case_type {d}, c.opened_on {d}",
    "status": "c.status {d}, c.opened_on {d}",
}


def _visible_cases_sql(actor: Actor, section: Section, params: dict[str, Any]) -> str | None:
    """SQL for "case ids whose ``section`` this actor may read": None for every case, or
    NO_CASE when the policy lets this role read the section in no case at all."""
    params["me"] = actor.id
    if may_read(actor.role, Relation.NONE, section):
        return None
    if may_read(actor.role, Relation.TEAM, section):
        return "SELECT case_id FROM case_team WHERE user_id = :me"
    if may_read(actor.role, Relation.ASSIGNED, section):
        return "SELECT case_id FROM case_team WHERE user_id = :me AND assigned = 1"
    return NO_CASE


def _in_cases(cases_sql: str, walk_by_time: bool) -> str:
    """SQL for: the session's case is one of ``cases_sql`` (a ``SELECT case_id FROM case_team
    WHERE ...`` of _visible_cases_sql, or NO_CASE).

    Walking the time index, each session met is checked with one probe of case_team's
    primary key (EXISTS): ``IN (subquery)`` made SQLite copy all the user's cases (2,000 for
    a busy counselor) into a temporary index on every page, more work than the page itself,
    and with the vault's memory wiping each of those allocations costs more again (issue
    18). Walking the user's cases instead, ``IN`` lets SQLite start from them."""
    if cases_sql == NO_CASE:
        return "0"
    if walk_by_time:
        # The unary "+" elsewhere keeps SQLite off an index on case_id; here the correlated
        # probe does the same.
        return f"EXISTS ({cases_sql} AND case_id = s.case_id)"
    return f"s.case_id IN ({cases_sql})"


def _on_many_teams(db: Database, actor: Actor) -> bool:
    """Whether the user is on WALK_TIME_INDEX_FROM case teams or more (counting stops there:
    a busy counselor's 2,000 teams were counted on every page)."""
    count = db.scalar(
        "SELECT count(*) FROM (SELECT 1 FROM case_team WHERE user_id = ?"
        f" {page_clause(0, WALK_TIME_INDEX_FROM)})",
        (actor.id,),
    )
    return int(count) >= WALK_TIME_INDEX_FROM


def _local_day_bounds(day: date) -> tuple[str, str]:
    start = datetime.combine(day, time.min).astimezone()  # local midnight
    end = start + timedelta(days=1)
    return (
        start.astimezone(UTC).replace(microsecond=0).isoformat(),
        end.astimezone(UTC).replace(microsecond=0).isoformat(),
    )


def readable_note_sections(actor: Actor) -> list[Section]:
    """Note sections this role may read in at least some case (to label the search box)."""
    return [s for s in NOTE_SECTIONS if any(may_read(actor.role, r, s) for r in Relation)]


def _search_sql(actor: Actor, text: str, params: dict[str, Any]) -> tuple[str, list[Section]]:
    expression = match_expression(text)
    params["match"] = expression or '""'
    parts: list[str] = []
    searched: list[Section] = []
    for section in NOTE_SECTIONS:
        visible = _visible_cases_sql(actor, section, params)
        if visible == NO_CASE or expression is None:
            continue
        table = _FTS[section]
        # Driven by the full-text match (few rows); each hit's case is then checked.
        where = f"{table.split('.')[-1]} MATCH :match"
        if visible is not None:
            where += f" AND +hit.case_id IN ({visible})"
        parts.append(
            f"SELECT n.session_id FROM {table} JOIN session_notes n ON n.id = {table}.rowid"
            f" JOIN sessions hit ON hit.id = n.session_id WHERE {where}"
        )
        searched.append(section)
    if not parts:
        return NO_CASE, searched
    return " UNION ".join(parts), searched


@acts_for_signed_in
def session_page(
    db: Database, actor: Actor, flt: SessionFilter, offset: int = 0, limit: int = PAGE_SIZE
) -> list[dict[str, Any]]:
    """One page of the session list (outline fields only), newest first by default."""
    rows, searched = session_rows(db, actor, flt, offset, limit)
    _fill_nicknames(db, actor, rows, "case_id")
    if flt.text.strip() and offset == 0:
        # One entry per search: which sections were searched and how many sessions came back
        # on the first page; never the words searched for (they may be client content).
        audit.record(
            db,
            actor.name,
            "case.search",
            target_type="session",
            detail=f"sections={','.join(s.value for s in searched)};hits={len(rows)}",
        )
    return rows


@acts_for_signed_in
def session_rows(
    db: Database, actor: Actor, flt: SessionFilter, offset: int = 0, limit: int = PAGE_SIZE
) -> tuple[list[dict[str, Any]], list[Section]]:
    """The query behind ``session_page``, without its audit entry (for ``session_page`` and
    the benchmark only): the rows, and the note sections a text search looked in."""
    params: dict[str, Any] = {}
    where: list[str] = []
    # Which way to walk: from the user's cases (then sort their sessions), or down the time
    # index checking each session's case. With many cases the time index finds a page after
    # a few hundred entries, while the first way would sort tens of thousands of rows; with
    # few cases it is the other way round. SQLite cannot tell without statistics, so a unary
    # "+" (no index on case_id) makes it walk the time index.
    visible = _visible_cases_sql(actor, Section.OUTLINE, params)
    restricted = visible is not None or flt.mine
    many_cases = not restricted or _on_many_teams(db, actor)
    walk_by_time = flt.case_id is None and (many_cases or bool(flt.text.strip()))
    # Sorted by a sessions column (not the case code), walk sessions first.
    sessions_first = walk_by_time and flt.sort != "case_code"
    if visible is not None:
        where.append(_in_cases(visible, walk_by_time))
    if flt.mine:
        where.append(_in_cases("SELECT case_id FROM case_team WHERE user_id = :me", walk_by_time))
    if flt.case_id is not None:
        where.append("s.case_id = :case_id")
        params["case_id"] = flt.case_id
    if flt.contact_type is not None:
        where.append("s.contact_type = :contact")
        params["contact"] = flt.contact_type.code
    if flt.high_risk:
        where.append("(s.risk_level = 'high' OR s.safety_concern = 1)")
    if flt.date_from is not None:
        where.append("s.starts_at >= :from_at")
        params["from_at"] = _local_day_bounds(flt.date_from)[0]
    if flt.date_to is not None:
        where.append("s.starts_at < :to_at")
        params["to_at"] = _local_day_bounds(flt.date_to)[1]
    if flt.follow_ups_due:
        where.append(
            "+s.follow_up_on <= :today AND NOT EXISTS (SELECT 1 FROM sessions later"
            " WHERE later.case_id = s.case_id AND later.starts_at > s.starts_at)"
        )
        params["today"] = (flt.today or date.today()).isoformat()
    searched: list[Section] = []
    if flt.text.strip():
        ensure_tables(db)
        search, searched = _search_sql(actor, flt.text, params)
        where.append(f"s.id IN ({search})")
    order = SESSION_SORTS.get(flt.sort, SESSION_SORTS["starts_at"]).format(
        d="DESC" if flt.descending else "ASC"
    )
    sql = (
        "SELECT s.id, s.case_id, c.code AS case_code, '' AS nickname, s.starts_at, s.ends_at,"
        " s.room, s.contact_type, s.risk_level, s.safety_concern, s.follow_up_on, s.referrals"
        # CROSS JOIN keeps sessions as the outer loop (SQLite's documented planner control),
        # so walking the time index is not traded for a scan of every case and a sort.
        f" FROM sessions s {'CROSS JOIN' if sessions_first else 'JOIN'} cases c"
        " ON c.id = s.case_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + f" ORDER BY {order} {page_clause(offset, limit)}"
    )
    return db.query(sql, params), searched


@acts_for_signed_in
def case_page(
    db: Database, actor: Actor, flt: CaseFilter, offset: int = 0, limit: int = PAGE_SIZE
) -> list[dict[str, Any]]:
    """One page of the case list (outline fields only)."""
    params: dict[str, Any] = {}
    today = (flt.today or date.today()).isoformat()
    params["today"] = today
    where: list[str] = []
    visible = _visible_cases_sql(actor, Section.OUTLINE, params)
    if visible is not None:
        where.append(f"c.id IN ({visible})")
    if flt.mine:
        where.append("c.id IN (SELECT case_id FROM case_team WHERE user_id = :me)")
    if flt.status is not None:
        where.append("c.status = :status")
        params["status"] = flt.status.code
    if flt.date_from is not None:
        where.append("c.opened_on >= :from_on")
        params["from_on"] = flt.date_from.isoformat()
    if flt.date_to is not None:
        where.append("c.opened_on <= :to_on")
        params["to_on"] = flt.date_to.isoformat()
    if flt.contact_type is not None:
        where.append(
            "EXISTS (SELECT 1 FROM sessions s WHERE s.case_id = c.id AND s.contact_type = :contact)"
        )
        params["contact"] = flt.contact_type.code
    if flt.high_risk:
        where.append(
            "EXISTS (SELECT 1 FROM sessions s WHERE s.case_id = c.id"
            " AND (s.risk_level = 'high' OR s.safety_concern = 1))"
        )
    if flt.follow_ups_due:
        where.append(
            "(SELECT s.follow_up_on FROM sessions s WHERE s.case_id = c.id"
            " ORDER BY s.starts_at DESC LIMIT 1) <= :today"
        )
    order = CASE_SORTS.get(flt.sort, CASE_SORTS["opened_on"]).format(
        d="DESC" if flt.descending else "ASC"
    )
    sql = (
        "SELECT c.id, c.code, '' AS nickname, c.case_type, c.status, c.opened_on, c.closed_on,"
        " (SELECT max(s.starts_at) FROM sessions s WHERE s.case_id = c.id) AS last_session_at,"
        " (SELECT s.follow_up_on FROM sessions s WHERE s.case_id = c.id"
        "  ORDER BY s.starts_at DESC LIMIT 1) AS follow_up_on,"
        " EXISTS (SELECT 1 FROM sessions s WHERE s.case_id = c.id"
        "  AND (s.risk_level = 'high' OR s.safety_concern = 1)) AS high_risk"
        " FROM cases c"
        + (" WHERE " + " AND ".join(where) if where else "")
        + f" ORDER BY {order} {page_clause(offset, limit)}"
    )
    rows = db.query(sql, params)
    _fill_nicknames(db, actor, rows, "id")
    return rows


def _fill_nicknames(db: Database, actor: Actor, rows: list[dict[str, Any]], case_key: str) -> None:
    """The nickname is identity (sealed): shown only on the cases where this user is an
    assigned case worker whom the policy lets read identity, opened with their own key."""
    if not rows or not may_read(actor.role, Relation.ASSIGNED, Section.IDENTITY):
        return
    if getattr(db, "signed_in", None) is None:
        return
    on_page = sorted({int(r[case_key]) for r in rows})
    names = sealed_identity.nicknames(db, on_page, assigned_to=actor.id)
    for row in rows:
        row["nickname"] = names.get(int(row[case_key]), "")


@acts_for_signed_in
def case_choices(db: Database, actor: Actor, limit: int = 500) -> list[dict[str, Any]]:
    """Cases this user may record a session for (team member with outline write), newest first."""
    rows = db.query(
        "SELECT c.id, c.code, '' AS nickname FROM cases c JOIN case_team t ON t.case_id = c.id"
        " WHERE t.user_id = ? AND c.status != 'closed' ORDER BY c.opened_on DESC, c.id DESC"
        f" {page_clause(0, limit)}",
        (actor.id,),
    )
    _fill_nicknames(db, actor, rows, "id")
    return rows


def staff_choices(db: Database) -> list[dict[str, Any]]:
    """Staff who can be put on a case team or named as a session's counselor."""
    return db.query(
        "SELECT id, name, display_name, role FROM users WHERE disabled = 0"
        " ORDER BY display_name COLLATE NOCASE"
    )
