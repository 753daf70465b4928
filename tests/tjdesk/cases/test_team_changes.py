"""Who may change a case's team: only its assigned case worker (issue 20, gap 1).

A team member who is not the assigned worker could otherwise write herself in as "assigned"
and then read the survivor's identity. The refusal is checked from what she would notice: the
call is refused, the team is as it was, the identity stays closed to her, and the attempt is in
the audit trail.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.tjdesk.cases.conftest import fixed_clock
from tjdesk.actors import Actor
from tjdesk.cases import case_service
from tjdesk.cases.records import IdentityForm, TeamMember
from tjdesk.errors import AccessDenied
from tjdesk.vault.database import Database


def _team(db: Database, case_id: int) -> list[tuple[int, int]]:
    return [
        (int(row["user_id"]), int(row["assigned"]))
        for row in db.query(
            "SELECT user_id, assigned FROM case_team WHERE case_id = ? ORDER BY user_id",
            (case_id,),
        )
    ]


@pytest.mark.parametrize("member_role", ["counselor2", "psychologist", "nurse", "legal_officer"])
def test_a_team_member_who_is_not_the_case_worker_cannot_rewrite_the_team(
    db: Database,
    staff: dict[str, Actor],
    new_case: Callable[..., int],
    member_role: str,
) -> None:
    worker = staff["counselor"]
    member = staff[member_role]
    case_id = new_case(worker)
    case_service.set_team(
        db, worker, case_id, [TeamMember(worker.id, True), TeamMember(member.id, False)]
    )
    version = int(db.scalar("SELECT version FROM case_identity WHERE case_id = ?", (case_id,)))
    case_service.save_identity(
        db, worker, case_id, IdentityForm(real_name="SURVIVOR NAME"), version, clock=fixed_clock
    )
    team_before = _team(db, case_id)
    last_seq = int(db.scalar("SELECT max(seq) FROM audit_log"))

    # She makes herself the assigned worker (and, for good measure, drops the real one).
    with pytest.raises(AccessDenied):
        case_service.set_team(db, member, case_id, [TeamMember(member.id, True)])

    assert _team(db, case_id) == team_before
    with pytest.raises(AccessDenied):
        case_service.show_identity(db, member, case_id)
    entries = db.query(
        "SELECT actor, action, detail FROM audit_log WHERE seq > ? ORDER BY seq", (last_seq,)
    )
    assert entries[0] == {
        "actor": member.name,
        "action": "access.denied",
        "detail": "outline:write",
    }
    assert not [e for e in entries if e["action"] == "case.update_team"]
    # The real case worker still can: the refusal is about her, not the case.
    case_service.set_team(db, worker, case_id, [TeamMember(worker.id, True)])
    assert _team(db, case_id) == [(worker.id, 1)]
