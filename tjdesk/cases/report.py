"""The preliminary report ("rough outline") of a case: its data, and the audit of printing it.

For supervisors, commanders or a referral: the outline section only (case code, dates, type,
status, referrals, next step), generated from the data. It never carries the nickname, the
identity section, any note, health or legal text, or the shelter's address.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from tjdesk import audit
from tjdesk.acting import acts_for_signed_in
from tjdesk.actors import Actor
from tjdesk.cases.access import records_denials, require
from tjdesk.cases.case_service import load_outline
from tjdesk.cases.codes import CaseStatus, CaseType, ContactType, Referral
from tjdesk.cases.times import load_date, load_time
from tjdesk.clock import Clock, utc_now
from tjdesk.errors import InvalidInput
from tjdesk.i18n import QT_TRANSLATE_NOOP
from tjdesk.policy import Op, Section
from tjdesk.vault.database import Database

PRINT_METHODS = ("printer", "pdf")
BAD_METHOD = QT_TRANSLATE_NOOP("errors", "Unknown way of printing.")


@dataclass(frozen=True)
class PreliminaryReport:
    case_id: int
    case_code: str
    case_type: CaseType
    status: CaseStatus
    opened_on: date
    closed_on: date | None
    session_count: int
    first_session_at: datetime | None
    last_session_at: datetime | None
    contact_types: list[ContactType]
    referrals: list[Referral]
    next_follow_up_on: date | None
    next_step: str
    prepared_at: datetime
    prepared_by: str  # the staff member's display name (staff names are not client data)


@acts_for_signed_in
@records_denials
def preliminary_report(
    db: Database, actor: Actor, case_id: int, *, clock: Clock = utc_now
) -> PreliminaryReport:
    """The report's data; logged as a view of the outline for a report."""
    with db.transaction():
        require(db, actor, case_id, Section.OUTLINE, Op.READ)
        outline = load_outline(db, case_id)
        stats = db.query_one(
            "SELECT count(*) AS n, min(starts_at) AS first, max(starts_at) AS last"
            " FROM sessions WHERE case_id = ?",
            (case_id,),
        )
        assert stats is not None
        contact_codes = [
            str(r["contact_type"])
            for r in db.query(
                "SELECT DISTINCT contact_type FROM sessions WHERE case_id = ?"
                " ORDER BY contact_type",
                (case_id,),
            )
        ]
        follow_up = db.scalar(
            "SELECT follow_up_on FROM sessions WHERE case_id = ? ORDER BY starts_at DESC LIMIT 1",
            (case_id,),
        )
        display = db.scalar("SELECT display_name FROM users WHERE id = ?", (actor.id,))
        audit.record(
            db,
            actor.name,
            "case.report_prepare",
            target_type="case",
            target_id=case_id,
            detail=Section.OUTLINE.value,
        )
    return PreliminaryReport(
        case_id=case_id,
        case_code=outline.code,
        case_type=outline.case_type,
        status=outline.status,
        opened_on=outline.opened_on,
        closed_on=outline.closed_on,
        session_count=int(stats["n"]),
        first_session_at=load_time(stats["first"]) if stats["first"] else None,
        last_session_at=load_time(stats["last"]) if stats["last"] else None,
        contact_types=[ContactType(c) for c in contact_codes],
        referrals=outline.referrals,
        next_follow_up_on=load_date(follow_up),
        next_step=outline.next_step,
        prepared_at=clock(),
        prepared_by=str(display or actor.name),
    )


@acts_for_signed_in
@records_denials
def record_report_printed(db: Database, actor: Actor, case_id: int, method: str) -> None:
    """One audit entry for a preliminary report sent to a printer or written as a PDF."""
    if method not in PRINT_METHODS:
        raise InvalidInput(BAD_METHOD)
    with db.transaction():
        require(db, actor, case_id, Section.OUTLINE, Op.READ)
        audit.record(
            db,
            actor.name,
            "case.print_report",
            target_type="case",
            target_id=case_id,
            detail=method,
        )
