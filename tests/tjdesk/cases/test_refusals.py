"""What a refused or impossible request tells the user, and what it leaves in the audit trail.

Survivors of the mutation run on tjdesk/cases/access.py (issue 20): a refusal whose message
lost the section's name, whose audit entry lost the case, and a missing case whose message
was empty all passed the suite.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tjdesk.actors import Actor
from tjdesk.cases import case_service
from tjdesk.errors import AccessDenied, InvalidInput
from tjdesk.vault.database import Database


def test_a_refusal_names_the_section_and_is_audited_against_the_case(
    db: Database, staff: dict[str, Actor], new_case: Callable[..., int]
) -> None:
    case_id = new_case(staff["counselor"])
    nurse = staff["nurse"]  # not on the team
    with pytest.raises(AccessDenied) as refused:
        case_service.show_identity(db, nurse, case_id)
    assert refused.value.message_args == ("identity",)
    assert str(refused.value) == (
        "You may not see or change this part of the case (identity). Ask the case worker."
    )
    entry = db.query_one(
        "SELECT actor, action, target_type, target_id, detail FROM audit_log"
        " ORDER BY seq DESC LIMIT 1"
    )
    assert entry == {
        "actor": nurse.name,
        "action": "access.denied",
        "target_type": "case",
        "target_id": str(case_id),
        "detail": "identity:read",
    }


def test_a_case_that_does_not_exist_is_said_so_and_nothing_is_audited(
    db: Database, staff: dict[str, Actor]
) -> None:
    before = db.scalar("SELECT count(*) FROM audit_log")
    with pytest.raises(InvalidInput) as caught:
        case_service.show_identity(db, staff["counselor"], 999)
    assert str(caught.value) == "There is no such case."
    assert db.scalar("SELECT count(*) FROM audit_log") == before
