"""Consent to share is changed only by the assigned case worker; the team may edit the rest."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tjdesk.cases.conftest import fixed_clock
from tjdesk.cases import case_service
from tjdesk.cases.codes import Agency, CaseType
from tjdesk.cases.records import CaseForm, Consent, TeamMember
from tjdesk.errors import AccessDenied


def test_a_team_nurse_cannot_change_consent_but_can_update_the_outline(db, staff, new_case):
    worker, nurse = staff["counselor"], staff["nurse"]
    case_id = new_case(worker)
    case_service.set_team(
        db, worker, case_id, [TeamMember(worker.id, assigned=True), TeamMember(nurse.id)]
    )

    def version() -> int:
        return int(db.scalar("SELECT version FROM cases WHERE id = ?", (case_id,)))

    keep = CaseForm(case_type=CaseType.TRAFFICKING, next_step="hospital check-up")
    case_service.update_outline(db, nurse, case_id, keep, version(), clock=fixed_clock)

    share = CaseForm(
        case_type=CaseType.TRAFFICKING,
        next_step="hospital check-up",
        consents=[Consent(Agency.POLICE_ATD, date(2027, 6, 30))],
    )
    with pytest.raises(AccessDenied):
        case_service.update_outline(db, nurse, case_id, share, version(), clock=fixed_clock)
    assert db.scalar("SELECT count(*) FROM case_consents WHERE case_id = ?", (case_id,)) == 0

    case_service.update_outline(db, worker, case_id, share, version(), clock=fixed_clock)
    assert db.scalar("SELECT count(*) FROM case_consents WHERE case_id = ?", (case_id,)) == 1
