"""Team changes re-seal; disabling re-seals; a handover reaches a new worker (issue 13)."""

from __future__ import annotations

from collections.abc import Callable

import pyrage
import pytest

from tests.helpers.sealed import StaffKeys, bind
from tests.tjdesk.cases.conftest import fixed_clock
from tjdesk.actors import Actor
from tjdesk.cases import case_service, drafts, handover, session_service
from tjdesk.cases.records import TeamMember
from tjdesk.errors import AccessDenied, InvalidInput
from tjdesk.policy import Section
from tjdesk.vault import sealing
from tjdesk.vault.age_keys import identity as age_identity
from tjdesk.vault.database import Database


def _opens_newest_notes_key(db: Database, keys: StaffKeys, actor: Actor, case_id: int) -> bool:
    blob = db.scalar(
        "SELECT sealed_identity FROM section_keys WHERE case_id = ? AND section = 'notes'"
        " ORDER BY generation DESC LIMIT 1",
        (case_id,),
    )
    try:
        pyrage.decrypt(bytes(blob), [age_identity(keys.of(actor).age_identity)])
    except pyrage.DecryptError:
        return False
    return True


def test_a_removed_member_cannot_open_what_is_written_afterwards(
    db: Database,
    staff: dict[str, Actor],
    staff_keys: StaffKeys,
    new_case: Callable[..., int],
    new_session: Callable[..., int],
) -> None:
    worker, other = staff["social_worker"], staff["counselor"]
    case_id = new_case(worker)
    session_id = new_session(worker, case_id)
    case_service.set_team(db, worker, case_id, [TeamMember(worker.id, True), TeamMember(other.id)])
    session_service.save_note(db, worker, session_id, Section.NOTES, "before", 0, clock=fixed_clock)
    assert session_service.read_note(db, other, session_id, Section.NOTES).body == "before"
    drafts.save_draft(db, other, f"session:{session_id}", {"notes": "draft"})
    assert _opens_newest_notes_key(db, staff_keys, other, case_id)

    case_service.set_team(db, worker, case_id, [TeamMember(worker.id, True)])
    session_service.save_note(db, worker, session_id, Section.NOTES, "after", 1, clock=fixed_clock)
    assert not _opens_newest_notes_key(db, staff_keys, other, case_id)
    assert _opens_newest_notes_key(db, staff_keys, worker, case_id)
    # The leaver's draft of that case is gone.
    assert db.scalar("SELECT count(*) FROM case_drafts WHERE user_id = ?", (other.id,)) == 0
    assert session_service.read_note(db, worker, session_id, Section.NOTES).body == "after"


def test_reception_and_disabled_users_cannot_join_a_team(
    db: Database, staff: dict[str, Actor], new_case: Callable[..., int]
) -> None:
    worker = staff["social_worker"]
    case_id = new_case(worker)
    with pytest.raises(InvalidInput):
        case_service.set_team(
            db, worker, case_id, [TeamMember(worker.id, True), TeamMember(staff["reception"].id)]
        )
    with db.transaction():
        db.execute("UPDATE users SET disabled = 1 WHERE id = ?", (staff["nurse"].id,))
    with pytest.raises(InvalidInput):
        case_service.set_team(
            db, worker, case_id, [TeamMember(worker.id, True), TeamMember(staff["nurse"].id)]
        )


def test_an_administrator_cannot_grant_himself_a_case(
    db: Database, staff: dict[str, Actor], new_case: Callable[..., int]
) -> None:
    worker, admin = staff["social_worker"], staff["administrator"]
    case_id = new_case(worker)
    with pytest.raises(AccessDenied):
        case_service.set_team(
            db, admin, case_id, [TeamMember(worker.id, True), TeamMember(admin.id, True)]
        )


def test_disabling_reseals_without_that_person(
    db: Database,
    staff: dict[str, Actor],
    staff_keys: StaffKeys,
    new_case: Callable[..., int],
    new_session: Callable[..., int],
) -> None:
    worker, other = staff["social_worker"], staff["counselor"]
    case_id = new_case(worker)
    session_id = new_session(worker, case_id)
    case_service.set_team(db, worker, case_id, [TeamMember(worker.id, True), TeamMember(other.id)])
    session_service.save_note(db, worker, session_id, Section.NOTES, "x", 0, clock=fixed_clock)
    with db.transaction():
        db.execute("UPDATE users SET disabled = 1 WHERE id = ?", (other.id,))
    # As in the app (tjdesk/users.py), the administrator disabling him is signed in: the new
    # key generation is a record signed by her (an administrator off the team may make one).
    bind(db, staff_keys.of(staff["administrator"]))
    assert sealing.reseal_for_user_removed(db, other.name) >= 1
    bind(db, None)
    assert not _opens_newest_notes_key(db, staff_keys, other, case_id)
    assert _opens_newest_notes_key(db, staff_keys, worker, case_id)


def test_a_handover_with_the_recovery_identity_reaches_the_new_worker(
    db: Database,
    staff: dict[str, Actor],
    staff_keys: StaffKeys,
    new_case: Callable[..., int],
    new_session: Callable[..., int],
) -> None:
    leaver, newcomer = staff["social_worker"], staff["counselor2"]
    director, admin = staff["director"], staff["administrator"]
    case_id = new_case(leaver)
    session_id = new_session(leaver, case_id)
    session_service.save_note(
        db, leaver, session_id, Section.NOTES, "history", 0, clock=fixed_clock
    )
    # The only case worker leaves (disabled): nobody left can open the notes.
    with db.transaction():
        db.execute("UPDATE users SET disabled = 1 WHERE id = ?", (leaver.id,))
    bind(db, staff_keys.of(admin))  # the administrator disabling him, as in the app
    sealing.reseal_for_user_removed(db, leaver.name)
    bind(db, None)
    with pytest.raises(InvalidInput):  # nobody grants himself a case
        handover.hand_over(
            db,
            admin,
            case_id,
            asked_by=director.name,
            approved_by=admin.name,
            recovery_identity=staff_keys.recovery_secret,
            new_worker=admin.id,
        )
    with pytest.raises(InvalidInput):  # not this vault's identity: nothing changes
        handover.hand_over(
            db,
            admin,
            case_id,
            asked_by=director.name,
            approved_by=admin.name,
            recovery_identity=str(pyrage.x25519.Identity.generate()),
            new_worker=newcomer.id,
        )
    with pytest.raises(AccessDenied):  # nothing changed: still not sealed to the newcomer
        session_service.read_note(db, newcomer, session_id, Section.NOTES)
    gained = handover.hand_over(
        db,
        admin,
        case_id,
        asked_by=director.name,
        approved_by=admin.name,
        recovery_identity=staff_keys.recovery_secret,
        new_worker=newcomer.id,
    )
    assert Section.NOTES in gained
    assert session_service.read_note(db, newcomer, session_id, Section.NOTES).body == "history"
    shown = handover.handed_over_to(db, newcomer.id, case_id)
    assert {(h.section, h.asked_by, h.approved_by) for h in shown} >= {
        (Section.NOTES, director.name, admin.name)
    }
    entry = db.query_one("SELECT actor, detail FROM audit_log WHERE action = 'case.handover'")
    assert entry is not None and entry["actor"] == admin.name
    assert f"asked={director.name}" in entry["detail"]
    assert f"approved={admin.name}" in entry["detail"]


def test_identity_in_a_draft_is_kept_only_for_the_assigned_case_worker(
    db: Database, staff: dict[str, Actor], new_case: Callable[..., int]
) -> None:
    worker, colleague = staff["social_worker"], staff["counselor"]
    typed = {"nickname": "Bird", drafts.IDENTITY_PART: {"real_name": "Somsri", "version": 1}}
    # A new case's creator is its assigned case worker: the identity is kept.
    drafts.save_draft(db, worker, "case:new", typed)
    assert drafts.load_draft(db, worker, "case:new") == typed

    case_id = new_case(worker)
    case_service.set_team(
        db, worker, case_id, [TeamMember(worker.id, True), TeamMember(colleague.id)]
    )
    # A team member who is not the assigned worker keeps the outline, never an identity.
    drafts.save_draft(db, colleague, f"case:{case_id}", typed)
    assert drafts.load_draft(db, colleague, f"case:{case_id}") == {"nickname": "Bird"}

    # The worker's identity draft is given back only while they are still assigned.
    drafts.save_draft(db, worker, f"case:{case_id}", typed)
    assert drafts.load_draft(db, worker, f"case:{case_id}") == typed
    case_service.set_team(
        db, worker, case_id, [TeamMember(worker.id), TeamMember(colleague.id, True)]
    )
    assert drafts.load_draft(db, worker, f"case:{case_id}") == {"nickname": "Bird"}
