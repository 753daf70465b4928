"""A case from before team records (or made while its creator's signing key was not certified
yet) is signed by its case worker's first sign-in once her key is certified, as its team
stands; from then on a team row put in outside TJ Desk is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.legacy import make_legacy_vault
from tests.helpers.vaults import DEFAULT_PASSWORD
from tjdesk.actors import Role
from tjdesk.cases import case_service, session_service
from tjdesk.cases.codes import CaseType
from tjdesk.cases.records import CaseForm
from tjdesk.policy import Section
from tjdesk.vault import recovery, team_records, vault
from tjdesk.vault.database import Database
from tjdesk.vault.team_records import TeamChanged


def _records(db: Database, case_id: int) -> list[str]:
    return [
        str(r["body"])
        for r in db.query(
            "SELECT body FROM case_team_records WHERE case_id = ? ORDER BY seq", (case_id,)
        )
    ]


def test_a_case_made_before_her_key_was_certified_is_signed_at_her_next_sign_in(
    tmp_path: Path,
) -> None:
    made = make_legacy_vault(tmp_path / "v", users=[("ann", Role.SOCIAL_WORKER)])
    made.handles["admin"] = vault.unlock(made.folder, "admin", DEFAULT_PASSWORD)
    # Signing begins; the administrator makes the recovery identity (as for an older vault).
    made.worker("admin").call(recovery.install_recovery_identity)
    made.close()
    made.handles["ann"] = vault.unlock(made.folder, "ann", DEFAULT_PASSWORD)  # her key: new
    ann = made.handles["ann"].actor
    assert ann is not None

    def create(db: Database) -> int:
        return case_service.create_case(db, ann, CaseForm(case_type=CaseType.OTHER))

    case_id = made.worker("ann").call(create)  # not refused: left to be signed later
    assert made.worker("ann").call(lambda db: _records(db, case_id)) == []
    made.close()

    made.handles["admin"] = vault.unlock(made.folder, "admin", DEFAULT_PASSWORD)
    made.worker("admin")  # certifies ann's signing key
    made.close()
    made.handles["ann"] = vault.unlock(made.folder, "ann", DEFAULT_PASSWORD)
    worker = made.worker("ann")  # her sign-in signs the team as it stands
    records = worker.call(lambda db: _records(db, case_id))
    assert len(records) == 1 and f'"how":"{team_records.HOW_ADOPTED}"' in records[0]
    signed = worker.call(
        lambda db: db.scalar(
            "SELECT count(*) FROM audit_log WHERE action = ? AND target_id = ?",
            (team_records.AUDIT_TEAM_SIGNED, str(case_id)),
        )
    )
    assert signed == 1

    def note_then_outsider(db: Database) -> str:
        session_id = session_service.create_session(db, ann, _form(case_id))
        session_service.save_note(db, ann, session_id, Section.NOTES, "fine", 0)
        with db.transaction():  # as a plain SQLCipher tool would
            db.execute(
                "INSERT INTO case_team (case_id, user_id, assigned)"
                " SELECT ?, id, 0 FROM users WHERE name = 'admin'",
                (case_id,),
            )
        with pytest.raises(TeamChanged) as refused:
            session_service.save_note(db, ann, session_id, Section.NOTES, "again", 1)
        return str(refused.value)

    assert worker.call(note_then_outsider).startswith(
        "Nothing was saved: the case team was changed outside TJ Desk"
    )
    made.close()


def _form(case_id: int):  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime, timedelta

    from tjdesk.cases.codes import ContactType
    from tjdesk.cases.records import SessionForm

    now = datetime.now(UTC).replace(microsecond=0)
    return SessionForm(
        case_id=case_id,
        starts_at=now - timedelta(hours=2),
        ends_at=now - timedelta(hours=1),
        contact_type=ContactType.IN_PERSON,
        room="Room 1",
    )
