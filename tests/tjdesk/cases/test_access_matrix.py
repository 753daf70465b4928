"""The need-to-know matrix, walked in full against the SERVICE layer (not the ui).

Every role x (not on the team, on the team, assigned case worker) x section x read/write is
tried through the real service call. The expected answer is written out here from DESIGN.md
"Access: need-to-know" and issue 5 - independently of tjdesk.policy - so a wrong entry in the
policy table fails this test. Every allowed call must write exactly one audit entry, and every
refused one exactly one ``access.denied`` entry, changing nothing else.
"""

from __future__ import annotations

import itertools

import pytest

from tests.tjdesk.cases.conftest import add_user, fixed_clock, session_form
from tjdesk.actors import Actor, Role
from tjdesk.cases import case_service, session_service
from tjdesk.cases.codes import CaseType
from tjdesk.cases.records import CaseForm, IdentityForm, TeamMember
from tjdesk.errors import AccessDenied, InvalidInput
from tjdesk.policy import Op, Relation, Section, may
from tjdesk.vault.database import Database

R = Role
CARE = {R.SOCIAL_WORKER, R.COUNSELOR, R.PSYCHOLOGIST, R.NURSE, R.LEGAL_OFFICER}
CASEWORK = {R.SOCIAL_WORKER, R.COUNSELOR, R.PSYCHOLOGIST}
ON_TEAM = {Relation.TEAM, Relation.ASSIGNED}


def expected(role: Role, relation: Relation, section: Section, op: Op) -> bool:
    """DESIGN.md's table in words, with writes as the issues describe them."""
    if section is Section.OUTLINE:
        if op is Op.READ:
            return relation in ON_TEAM or role in {R.SUPERVISOR, R.DIRECTOR}
        return relation in ON_TEAM and role in CARE
    if section is Section.NOTES:
        return relation in ON_TEAM and role in CASEWORK
    if section is Section.HEALTH:
        return relation in ON_TEAM and role in {R.NURSE, R.PSYCHOLOGIST}
    if section is Section.LEGAL:
        return relation in ON_TEAM and role is R.LEGAL_OFFICER
    if section is Section.IDENTITY:
        return relation is Relation.ASSIGNED and role in CARE
    raise AssertionError(section)


def test_policy_table_matches_the_design_for_every_cell() -> None:
    wrong = [
        (role.value, relation.value, section.value, op.value)
        for role, relation, section, op in itertools.product(Role, Relation, Section, Op)
        if may(role, relation, section, op) != expected(role, relation, section, op)
    ]
    assert wrong == []


def test_administrators_supervisors_and_directors_never_read_notes_or_identity() -> None:
    for role, relation in itertools.product(
        (R.ADMINISTRATOR, R.SUPERVISOR, R.DIRECTOR, R.RECEPTION), Relation
    ):
        for section in (Section.NOTES, Section.HEALTH, Section.LEGAL, Section.IDENTITY):
            assert not may(role, relation, section, Op.READ), (role, relation, section)


def _audit_count(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM audit_log"))


def _attempt(
    db: Database, actor: Actor, case_id: int, session_id: int, section: Section, op: Op
) -> None:
    if section is Section.OUTLINE and op is Op.READ:
        case_service.get_outline(db, actor, case_id)
    elif section is Section.OUTLINE:
        version = int(db.scalar("SELECT version FROM cases WHERE id = ?", (case_id,)))
        form = CaseForm(case_type=CaseType.OTHER, next_step="matrix check")
        case_service.update_outline(db, actor, case_id, form, version, clock=fixed_clock)
    elif section is Section.IDENTITY and op is Op.READ:
        case_service.show_identity(db, actor, case_id)
    elif section is Section.IDENTITY:
        version = int(db.scalar("SELECT version FROM case_identity WHERE case_id = ?", (case_id,)))
        case_service.save_identity(
            db,
            actor,
            case_id,
            IdentityForm(real_name="MATRIX NAME"),
            version,
            clock=fixed_clock,
        )
    elif op is Op.READ:
        session_service.read_note(db, actor, session_id, section)
    else:
        version = db.scalar(
            "SELECT version FROM session_notes WHERE session_id = ? AND section = ?",
            (session_id, section.value),
        )
        session_service.save_note(
            db,
            actor,
            session_id,
            section,
            f"{section.value} by {actor.name}",
            int(version or 0),
            clock=fixed_clock,
        )


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_every_relation_section_and_operation_through_the_services(
    db: Database, role: Role
) -> None:
    owner = add_user(db, "owner", R.SOCIAL_WORKER)
    outcomes: dict[tuple[str, str, str], bool] = {}
    for relation in Relation:
        actor = add_user(db, f"{role.value}-{relation.value}", role)
        case_id = case_service.create_case(
            db, owner, CaseForm(case_type=CaseType.TRAFFICKING), clock=fixed_clock
        )
        session_id = session_service.create_session(
            db, owner, session_form(case_id), clock=fixed_clock
        )
        members = [TeamMember(owner.id, assigned=True)]
        if relation is not Relation.NONE:
            members.append(TeamMember(actor.id, assigned=relation is Relation.ASSIGNED))
        if role is Role.RECEPTION and relation is not Relation.NONE:
            # Reception never joins a case team (issue 13): the relation cannot arise.
            with pytest.raises(InvalidInput):
                case_service.set_team(db, owner, case_id, members)
            continue
        case_service.set_team(db, owner, case_id, members)
        for section, op in itertools.product(Section, Op):
            before = _audit_count(db)
            try:
                _attempt(db, actor, case_id, session_id, section, op)
                allowed = True
            except AccessDenied:
                allowed = False
            entries = db.query(
                "SELECT actor, action, detail FROM audit_log WHERE seq > ? ORDER BY seq",
                (before,),
            )
            assert len(entries) == 1, (relation, section, op, entries)
            assert entries[0]["actor"] == actor.name
            if not allowed:
                assert entries[0]["action"] == "access.denied"
                assert entries[0]["detail"] == f"{section.value}:{op.value}"
            else:
                assert entries[0]["action"] != "access.denied"
            outcomes[(relation.value, section.value, op.value)] = allowed
    reachable = [Relation.NONE] if role is Role.RECEPTION else list(Relation)
    want = {
        (rel.value, sec.value, op.value): expected(role, rel, sec, op)
        for rel, sec, op in itertools.product(reachable, Section, Op)
    }
    assert outcomes == want


def test_a_refused_write_changes_nothing(db: Database) -> None:
    owner = add_user(db, "owner", R.COUNSELOR)
    nurse = add_user(db, "nurse", R.NURSE)
    case_id = case_service.create_case(
        db, owner, CaseForm(case_type=CaseType.OTHER), clock=fixed_clock
    )
    session_id = session_service.create_session(db, owner, session_form(case_id), clock=fixed_clock)
    case_service.set_team(
        db, owner, case_id, [TeamMember(owner.id, True), TeamMember(nurse.id, False)]
    )
    session_service.save_note(
        db, owner, session_id, Section.NOTES, "original", 0, clock=fixed_clock
    )
    with pytest.raises(AccessDenied):
        session_service.save_note(
            db, nurse, session_id, Section.NOTES, "nurse text", 1, clock=fixed_clock
        )
    # The note is sealed: what is stored is read back through the service, as its owner.
    assert session_service.read_note(db, owner, session_id, Section.NOTES).body == "original"
