"""Handover: a case's sealed sections re-sealed to today's team when their readers have left.

When the last person who can read a section leaves, the new worker cannot open what was
written before (it is sealed to the leavers and the recovery recipient only). A handover
re-seals every key generation of the case to today's entitled readers, either with the
recovery identity from the recovery sheet or by a remaining reader signed in. It names who
asked and who approved in the audit trail, and the new reader sees "handed over on ... by ...".
Nothing is ever sealed to nobody: with no entitled reader left, a section stays sealed to the
recovery recipient (and its former readers) until a handover.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pyrage

from tjdesk import audit
from tjdesk.acting import acts_for_signed_in
from tjdesk.actors import Actor, Role
from tjdesk.cases.access import NO_SUCH_CASE, case_exists
from tjdesk.cases.times import load_time, store_time
from tjdesk.clock import Clock, utc_now
from tjdesk.errors import InvalidInput
from tjdesk.i18n import QT_TRANSLATE_NOOP
from tjdesk.policy import Relation, Section, may_read
from tjdesk.vault import age_format, sealing, team_records
from tjdesk.vault.database import Database
from tjdesk.vault.recovery import parse_recovery_identity

NAMES_NEEDED = QT_TRANSLATE_NOOP(
    "errors", "A handover names who asked for it and who approved it (two staff members)."
)


NOT_A_CASE_WORKER = QT_TRANSLATE_NOOP(
    "errors",
    "A case is handed over to a social worker, counsellor, psychologist, nurse or legal officer "
    "whose account is active, and never to the person doing the handover.",
)


@dataclass(frozen=True)
class HandedOver:
    section: Section
    at: datetime
    asked_by: str
    approved_by: str


@acts_for_signed_in
def hand_over(
    db: Database,
    actor: Actor,
    case_id: int,
    *,
    asked_by: str,
    approved_by: str,
    recovery_identity: str | None = None,
    new_worker: int | None = None,
    clock: Clock = utc_now,
) -> list[Section]:
    """Re-seal the case's sections to today's entitled readers; returns the sections that
    gained a reader. With ``recovery_identity`` (the sheet's AGE-SECRET-KEY-1...) every key
    opens; without it, those the signed-in reader can open. ``new_worker`` joins the team as
    its assigned case worker first (when every case worker has left); never the person
    doing the handover: nobody grants himself a case."""
    if not case_exists(db, case_id):
        raise InvalidInput(NO_SUCH_CASE)
    names = {str(r["name"]) for r in db.query("SELECT name FROM users WHERE disabled = 0")}
    if asked_by == approved_by or asked_by not in names or approved_by not in names:
        raise InvalidInput(NAMES_NEEDED)
    recovery = None if recovery_identity is None else parse_recovery_identity(db, recovery_identity)
    stamp = store_time(clock())
    gained: list[Section] = []
    with db.transaction():
        if new_worker is not None:
            sealing.signed_team(db, case_id)  # the team before must be the signed one
            _add_case_worker(db, actor, case_id, new_worker)
            if team_records.verify(db, case_id).signed:
                team_records.sign_team(db, case_id, team_records.HOW_HANDOVER)
        for section in sealing.SEALED_SECTIONS:
            entitled = sealing.entitled_readers(db, case_id, section)
            added: set[int] = set()
            for row in db.query(
                "SELECT generation, sealed_identity FROM section_keys WHERE case_id = ?"
                " AND section = ?",
                (case_id, section.value),
            ):
                generation = int(row["generation"])
                before = sealing.readers_of(db, case_id, section, generation)
                if recovery is not None:
                    try:
                        text = age_format.unseal(bytes(row["sealed_identity"]), recovery)
                    except pyrage.DecryptError:
                        continue
                    identity = pyrage.x25519.Identity.from_str(text.decode("ascii"))
                    sealing.rewrap_with(db, case_id, section, generation, identity)
                else:
                    try:
                        identity = sealing.open_section_identity(db, case_id, section, generation)
                    except sealing.NotSealedToYou:
                        continue
                    sealing.rewrap_with(db, case_id, section, generation, identity)
                added |= set(entitled) - set(before)
            for user_id in sorted(added):
                db.execute(
                    "INSERT INTO case_handovers (case_id, section, to_user, asked_by,"
                    " approved_by, method, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        case_id,
                        section.value,
                        user_id,
                        asked_by,
                        approved_by,
                        "recovery" if recovery is not None else "reader",
                        stamp,
                    ),
                )
            if added:
                gained.append(section)
        audit.record(
            db,
            actor.name,
            "case.handover",
            target_type="case",
            target_id=case_id,
            detail=f"asked={asked_by};approved={approved_by};"
            f"method={'recovery' if recovery is not None else 'reader'};"
            f"sections={','.join(s.value for s in gained)}",
        )
    return gained


def _add_case_worker(db: Database, actor: Actor, case_id: int, user_id: int) -> None:
    user = db.query_one("SELECT role, disabled FROM users WHERE id = ?", (user_id,))
    if user is None or user_id == actor.id:
        raise InvalidInput(NOT_A_CASE_WORKER)
    if user["disabled"] or not may_read(Role(user["role"]), Relation.ASSIGNED, Section.IDENTITY):
        raise InvalidInput(NOT_A_CASE_WORKER)
    db.execute(
        "INSERT INTO case_team (case_id, user_id, assigned) VALUES (?, ?, 1)"
        " ON CONFLICT (case_id, user_id) DO UPDATE SET assigned = 1",
        (case_id, user_id),
    )


def handed_over_to(db: Database, user_id: int, case_id: int) -> list[HandedOver]:
    """What was handed over to this user on this case, for "handed over on ... by ..."."""
    return [
        HandedOver(
            Section(r["section"]), load_time(r["at"]), str(r["asked_by"]), str(r["approved_by"])
        )
        for r in db.query(
            "SELECT section, at, asked_by, approved_by FROM case_handovers"
            " WHERE case_id = ? AND to_user = ? ORDER BY id",
            (case_id, user_id),
        )
    ]


def case_id_for_code(db: Database, code: str) -> int:
    """The case a handover names by its code (as printed on the report), e.g. C-2026-0042."""
    value = db.scalar("SELECT id FROM cases WHERE code = ?", (" ".join(code.split()).upper(),))
    if value is None:
        raise InvalidInput(NO_SUCH_CASE)
    return int(value)


def handover_candidates(db: Database) -> list[dict[str, object]]:
    """Active staff a case can be handed over to (they may be its assigned case worker)."""
    return [
        row
        for row in db.query(
            "SELECT id, name, display_name, role FROM users WHERE disabled = 0"
            " ORDER BY display_name COLLATE NOCASE"
        )
        if may_read(Role(row["role"]), Relation.ASSIGNED, Section.IDENTITY)
    ]
