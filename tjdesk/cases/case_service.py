"""Cases: open one, read and change its outline, manage its team, show and change identity.

Every function takes the Database (on the vault worker's thread) and the acting user, checks
the policy table through tjdesk.cases.access, and writes exactly one audit entry in the same
transaction as what it reads or changes. Audit details are codes and ids, never client text.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from tjdesk import audit
from tjdesk.acting import acts_for_signed_in
from tjdesk.actors import Actor, Role
from tjdesk.cases import access, sealed_identity
from tjdesk.cases.access import SectionDenied, records_denials, require
from tjdesk.cases.case_code import next_case_code
from tjdesk.cases.codes import (
    Agency,
    CaseStatus,
    CaseType,
    Language,
    Nationality,
    Referral,
    join_codes,
    split_codes,
)
from tjdesk.cases.records import (
    CaseForm,
    CaseOutline,
    Consent,
    Identity,
    IdentityForm,
    TeamMember,
)
from tjdesk.cases.sealed_identity import SealedIdentity
from tjdesk.cases.times import load_date, load_time, local_today, store_date, store_time
from tjdesk.cases.validation import check_case_form, check_identity_form
from tjdesk.clock import Clock, utc_now
from tjdesk.errors import InvalidInput
from tjdesk.i18n import QT_TRANSLATE_NOOP
from tjdesk.policy import Op, Relation, Section, may_create_case, may_read, may_write
from tjdesk.vault import sealing, team_records
from tjdesk.vault.database import Database

CHANGED_MEANWHILE = QT_TRANSLATE_NOOP(
    "errors",
    "Someone else changed this case while you were editing it. Your changes were not saved; "
    "please open it again.",
)
NO_SUCH_USER = QT_TRANSLATE_NOOP("errors", "There is no such staff member.")
CANNOT_JOIN_TEAM = QT_TRANSLATE_NOOP(
    "errors", "Reception staff and disabled users cannot join a case team."
)
TEAM_NEEDS_CASE_WORKER = QT_TRANSLATE_NOOP(
    "errors", "A case needs at least one assigned case worker."
)


@acts_for_signed_in
@records_denials
def create_case(db: Database, actor: Actor, form: CaseForm, *, clock: Clock = utc_now) -> int:
    """Open a case with a new code; the creator joins its team as an assigned case worker."""
    now = clock()
    today = local_today(now)
    check_case_form(form, today)
    if not may_create_case(actor.role):
        raise SectionDenied(actor, None, Section.OUTLINE, Op.WRITE)
    opened_on = form.opened_on or today
    stamp = store_time(now)
    with db.transaction():
        code = next_case_code(db, opened_on.year)
        cursor = db.execute(
            "INSERT INTO cases (code, nickname, case_type, nationality, languages,"
            " interpreter_needed, status, opened_on, closed_on, next_step, created_by,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                code,
                "",  # the nickname is identity: sealed below, never in the outline
                form.case_type.code,
                form.nationality.code,
                join_codes(form.languages),
                int(form.interpreter_needed),
                form.status.code,
                store_date(opened_on),
                store_date(today) if form.status is CaseStatus.CLOSED else None,
                form.next_step.strip(),
                actor.id,
                stamp,
                stamp,
            ),
        )
        case_id = int(cursor.lastrowid)
        db.execute(
            "INSERT INTO case_team (case_id, user_id, assigned) VALUES (?, ?, 1)",
            (case_id, actor.id),
        )
        # The team as a record signed by its creator: sealing trusts no other. (A creator
        # whose signing key is not certified yet, in a vault from 0.1, leaves it to be signed
        # by the case worker's first save or sign-in once it is.)
        team_signed = sealing.can_sign_team(db)
        if team_signed:
            team_records.sign_team(db, case_id, team_records.HOW_CREATED)
        sealed_identity.write(
            db, case_id, SealedIdentity(nickname=form.nickname.strip()), actor.id, stamp
        )
        _write_consents(db, case_id, form.consents)
        audit.record(
            db,
            actor.name,
            "case.create",
            target_type="case",
            target_id=case_id,
            detail=team_records.CREATE_DETAIL if team_signed else None,
        )
    return case_id


@acts_for_signed_in
@records_denials
def get_outline(db: Database, actor: Actor, case_id: int) -> CaseOutline:
    """The outline section (logged as a view of it)."""
    with db.transaction():
        relation = require(db, actor, case_id, Section.OUTLINE, Op.READ)
        outline = load_outline(db, case_id)
        if may_read(actor.role, relation, Section.IDENTITY):
            nickname = sealed_identity.read(db, case_id).nickname
            outline = dataclasses.replace(outline, nickname=nickname)
        audit.record(
            db,
            actor.name,
            "case.view_section",
            target_type="case",
            target_id=case_id,
            detail=Section.OUTLINE.value,
        )
    return outline


def load_outline(db: Database, case_id: int) -> CaseOutline:
    """Read the outline with no check and no audit: callers have done both.

    Its nickname is empty: the nickname is identity (sealed); ``get_outline`` fills it in for
    the assigned case worker."""
    row = db.query_one("SELECT * FROM cases WHERE id = ?", (case_id,))
    if row is None:
        raise InvalidInput(access.NO_SUCH_CASE)
    consents = [
        Consent(Agency(r["agency"]), load_date(r["until_on"]))  # type: ignore[arg-type]
        for r in db.query(
            "SELECT agency, until_on FROM case_consents WHERE case_id = ? ORDER BY agency",
            (case_id,),
        )
    ]
    team = [
        TeamMember(int(r["user_id"]), bool(r["assigned"]))
        for r in db.query(
            "SELECT user_id, assigned FROM case_team WHERE case_id = ? ORDER BY user_id",
            (case_id,),
        )
    ]
    referral_codes: set[str] = set()
    for r in db.query(
        "SELECT DISTINCT referrals FROM sessions WHERE case_id = ? AND referrals != ''",
        (case_id,),
    ):
        referral_codes.update(str(r["referrals"]).split())
    last = db.scalar("SELECT max(starts_at) FROM sessions WHERE case_id = ?", (case_id,))
    return CaseOutline(
        id=int(row["id"]),
        code=str(row["code"]),
        nickname="",
        case_type=CaseType(row["case_type"]),
        nationality=Nationality(row["nationality"]),
        languages=split_codes(Language, row["languages"]),
        interpreter_needed=bool(row["interpreter_needed"]),
        status=CaseStatus(row["status"]),
        opened_on=load_date(row["opened_on"]),  # type: ignore[arg-type]
        closed_on=load_date(row["closed_on"]),
        next_step=str(row["next_step"]),
        consents=consents,
        team=team,
        referrals=sorted((Referral(c) for c in referral_codes), key=lambda r: r.code),
        last_session_at=load_time(last) if last else None,
        version=int(row["version"]),
    )


@acts_for_signed_in
@records_denials
def update_outline(
    db: Database,
    actor: Actor,
    case_id: int,
    form: CaseForm,
    based_on_version: int,
    *,
    clock: Clock = utc_now,
) -> int:
    """Change the outline; refused if someone saved it since ``based_on_version``."""
    now = clock()
    check_case_form(form, local_today(now))
    with db.transaction():
        relation = require(db, actor, case_id, Section.OUTLINE, Op.WRITE)
        # Consent to share is the survivor's decision, recorded by their case worker: other
        # team members may update the outline but not what may be passed to whom.
        if relation is not Relation.ASSIGNED and _consent_rows(form.consents) != _stored_consents(
            db, case_id
        ):
            raise SectionDenied(actor, case_id, Section.OUTLINE, Op.WRITE)
        current = db.query_one(
            "SELECT version, status, closed_on FROM cases WHERE id = ?", (case_id,)
        )
        assert current is not None
        if int(current["version"]) != based_on_version:
            raise InvalidInput(CHANGED_MEANWHILE)
        closed_on = current["closed_on"]
        if form.status is CaseStatus.CLOSED and current["status"] != CaseStatus.CLOSED.code:
            closed_on = store_date(local_today(now))
        elif form.status is not CaseStatus.CLOSED:
            closed_on = None
        if relation is Relation.ASSIGNED and may_write(actor.role, relation, Section.IDENTITY):
            current_identity = sealed_identity.read(db, case_id)
            if current_identity.nickname != form.nickname.strip():
                sealed_identity.write(
                    db,
                    case_id,
                    dataclasses.replace(current_identity, nickname=form.nickname.strip()),
                    actor.id,
                    store_time(now),
                )
        values: dict[str, Any] = {
            "case_type": form.case_type.code,
            "nationality": form.nationality.code,
            "languages": join_codes(form.languages),
            "interpreter_needed": int(form.interpreter_needed),
            "status": form.status.code,
            "closed_on": closed_on,
            "next_step": form.next_step.strip(),
            "updated_at": store_time(now),
            "id": case_id,
        }
        if form.opened_on is not None:
            values["opened_on"] = store_date(form.opened_on)
            opened_sql = ", opened_on = :opened_on"
        else:
            opened_sql = ""
        db.execute(
            "UPDATE cases SET case_type = :case_type,"
            " nationality = :nationality, languages = :languages,"
            " interpreter_needed = :interpreter_needed, status = :status,"
            " closed_on = :closed_on, next_step = :next_step, updated_at = :updated_at,"
            f" version = version + 1{opened_sql} WHERE id = :id",
            values,
        )
        db.execute("DELETE FROM case_consents WHERE case_id = ?", (case_id,))
        _write_consents(db, case_id, form.consents)
        audit.record(
            db,
            actor.name,
            "case.update_section",
            target_type="case",
            target_id=case_id,
            detail=Section.OUTLINE.value,
        )
    return based_on_version + 1


@acts_for_signed_in
@records_denials
def set_team(db: Database, actor: Actor, case_id: int, members: list[TeamMember]) -> None:
    """Replace the case team. Only an assigned case worker may change who is on it."""
    with db.transaction():
        relation = require(db, actor, case_id, Section.OUTLINE, Op.WRITE)
        if relation is not Relation.ASSIGNED:  # only the case worker changes the team
            raise SectionDenied(actor, case_id, Section.OUTLINE, Op.WRITE)
        if not any(m.assigned for m in members):
            raise InvalidInput(TEAM_NEEDS_CASE_WORKER)
        for member in members:
            user = db.query_one("SELECT role, disabled FROM users WHERE id = ?", (member.user_id,))
            if user is None:
                raise InvalidInput(NO_SUCH_USER)
            if user["disabled"] or Role(user["role"]) is Role.RECEPTION:
                raise InvalidInput(CANNOT_JOIN_TEAM)
        # The team before the change must be the signed one (a case from before team records
        # is signed first, as it stands); TeamChanged otherwise, and nothing changes.
        before = set(sealing.signed_team(db, case_id))
        db.execute("DELETE FROM case_team WHERE case_id = ?", (case_id,))
        db.executemany(
            "INSERT INTO case_team (case_id, user_id, assigned) VALUES (?, ?, ?)",
            [(case_id, m.user_id, int(m.assigned)) for m in members],
        )
        signed = team_records.verify(db, case_id).signed
        if signed:
            sealing.require_team_signer(db)
            team_records.sign_team(db, case_id, team_records.HOW_CHANGED)
        # Re-seal: whoever left (or lost "assigned") gets no key to what is written from now
        # on; whoever joined gets every key this case worker can open.
        sealing.sync_case(db, case_id)
        left = before - {m.user_id for m in members}
        _drop_drafts(db, case_id, left)
        audit.record(
            db,
            actor.name,
            "case.update_team",
            target_type="case",
            target_id=case_id,
            # "signed" anchors the change in the signed audit chain: a team record removed
            # later (a removal rolled back) no longer matches the count of these entries.
            detail=f"members={len(members)}{team_records.SIGNED_CHANGE_MARK if signed else ''}",
        )


def _drop_drafts(db: Database, case_id: int, user_ids: set[int]) -> None:
    """A draft is dropped when its writer leaves the team: it may hold sealed text."""
    db.executemany(
        "DELETE FROM case_drafts WHERE case_id = ? AND user_id = ?",
        [(case_id, uid) for uid in sorted(user_ids)],
    )


@acts_for_signed_in
@records_denials
def show_identity(db: Database, actor: Actor, case_id: int) -> Identity:
    """The identity section, for the assigned case worker who clicked "show" (its own event)."""
    with db.transaction():
        require(db, actor, case_id, Section.IDENTITY, Op.READ)
        identity = sealed_identity.read(db, case_id)
        version = sealed_identity.version(db, case_id)
        audit.record(
            db,
            actor.name,
            "case.show_identity",
            target_type="case",
            target_id=case_id,
            detail=Section.IDENTITY.value,
        )
    return Identity(
        case_id,
        identity.real_name,
        identity.contacts,
        identity.current_location,
        version or 0,
    )


@acts_for_signed_in
@records_denials
def save_identity(
    db: Database,
    actor: Actor,
    case_id: int,
    form: IdentityForm,
    based_on_version: int,
    *,
    clock: Clock = utc_now,
) -> int:
    check_identity_form(form)
    with db.transaction():
        require(db, actor, case_id, Section.IDENTITY, Op.WRITE)
        current = db.scalar("SELECT version FROM case_identity WHERE case_id = ?", (case_id,))
        if current is not None and int(current) != based_on_version:
            raise InvalidInput(CHANGED_MEANWHILE)
        current_identity = sealed_identity.read(db, case_id)
        new_version = sealed_identity.write(
            db,
            case_id,
            dataclasses.replace(
                current_identity,
                real_name=form.real_name.strip(),
                contacts=form.contacts.strip(),
                current_location=form.current_location.strip(),
            ),
            actor.id,
            store_time(clock()),
        )
        audit.record(
            db,
            actor.name,
            "case.update_section",
            target_type="case",
            target_id=case_id,
            detail=Section.IDENTITY.value,
        )
        return new_version


@acts_for_signed_in
def may_change_outline(db: Database, actor: Actor, case_id: int) -> bool:
    return may_write(actor.role, access.relation_to_case(db, actor, case_id), Section.OUTLINE)


def _consent_rows(consents: list[Consent]) -> set[tuple[str, str]]:
    latest = {c.agency: c for c in consents}
    return {(c.agency.code, store_date(c.until)) for c in latest.values()}


def _stored_consents(db: Database, case_id: int) -> set[tuple[str, str]]:
    rows = db.query("SELECT agency, until_on FROM case_consents WHERE case_id = ?", (case_id,))
    return {(str(r["agency"]), str(r["until_on"])) for r in rows}


def _write_consents(db: Database, case_id: int, consents: list[Consent]) -> None:
    latest: dict[Agency, Consent] = {}
    for consent in consents:
        latest[consent.agency] = consent
    db.executemany(
        "INSERT INTO case_consents (case_id, agency, until_on) VALUES (?, ?, ?)",
        [(case_id, c.agency.code, store_date(c.until)) for c in latest.values()],
    )
