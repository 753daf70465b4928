"""A case from before team records (or made while its creator's signing key was not certified
yet) is signed by its case worker's first sign-in once her key is certified, as its team
stands; from then on a team row put in outside TJ Desk is refused."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from tests.helpers.forms import session_form
from tests.helpers.legacy import make_legacy_vault
from tests.helpers.vaults import DEFAULT_PASSWORD, make_vault
from tjdesk.actors import Role
from tjdesk.cases import case_service, session_service
from tjdesk.cases.codes import CaseType
from tjdesk.cases.records import CaseForm, TeamMember
from tjdesk.policy import Section
from tjdesk.users import UserService
from tjdesk.vault import recovery, team_records, vault
from tjdesk.vault import roster as roster_module
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

    def note_before(db: Database) -> int:
        session_id = session_service.create_session(db, ann, session_form(case_id))
        session_service.save_note(db, ann, session_id, Section.NOTES, "BEFORESENTINEL", 0)
        return session_id

    before_id = made.worker("ann").call(note_before)  # its notes key: adopted with the team
    made.close()

    made.handles["admin"] = vault.unlock(made.folder, "admin", DEFAULT_PASSWORD)
    made.worker("admin")  # certifies ann's signing key
    made.close()
    made.handles["ann"] = vault.unlock(made.folder, "ann", DEFAULT_PASSWORD)
    worker = made.worker("ann")  # her sign-in signs the team as it stands
    records = worker.call(lambda db: _records(db, case_id))
    assert len(records) == 1 and f'"how":"{team_records.HOW_ADOPTED}"' in records[0]
    signed = worker.call(
        lambda db: db.query(
            "SELECT actor, target_type FROM audit_log WHERE action = ? AND target_id = ?",
            (team_records.AUDIT_TEAM_SIGNED, str(case_id)),
        )
    )
    assert signed == [{"actor": "ann", "target_type": "case"}]
    # The key generations as they stood, each section's ``age1...``, are in the record.
    keys = worker.call(
        lambda db: db.query(
            "SELECT section, generation, recipient FROM section_keys WHERE case_id = ?"
            " ORDER BY section, generation",
            (case_id,),
        )
    )
    assert ["notes", 1] in [[k["section"], k["generation"]] for k in keys]
    assert json.loads(records[0])["generations"] == [
        [k["section"], k["generation"], k["recipient"]] for k in keys
    ]

    def note_then_outsider(db: Database) -> str:
        session_id = session_service.create_session(db, ann, session_form(case_id))
        session_service.save_note(db, ann, session_id, Section.NOTES, "fine", 0)
        # Both notes read back: the one sealed before the team was signed, the one after.
        read = session_service.read_note
        assert read(db, ann, before_id, Section.NOTES).body == "BEFORESENTINEL"
        assert read(db, ann, session_id, Section.NOTES).body == "fine"
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


def test_the_team_records_are_as_docs_security_describes(tmp_path: Path) -> None:
    """An auditor checking the chain with docs/SECURITY.md ("The case team is signed") and no
    TJ Desk code: canonical JSON (sorted keys), ``seq`` from 1, ``prev`` the SHA-256 of the
    record before (body, ``|``, base64 signature), each signed by the person who made the
    change, with the whole team after it."""
    made = make_vault(tmp_path / "v", users=[("ann", Role.SOCIAL_WORKER), ("cat", Role.COUNSELOR)])
    ann, cat = made.handles["ann"].actor, made.handles["cat"].actor
    assert ann is not None and cat is not None

    def write(db: Database) -> tuple[int, str]:
        case_id = case_service.create_case(db, ann, CaseForm(case_type=CaseType.OTHER))
        case_service.set_team(db, ann, case_id, [TeamMember(ann.id, True), TeamMember(cat.id)])
        return case_id, roster_module.vault_id(db)

    case_id, vault_id = made.worker("ann").call(write)
    made.close()
    db = made.handles["ann"].open_database()
    try:
        rows = db.query(
            "SELECT seq, body, signer_key, signature FROM case_team_records WHERE case_id = ?"
            " ORDER BY seq",
            (case_id,),
        )
        anns_key = roster_module.load(db).records["ann"].signing_key
    finally:
        db.close()
    assert anns_key is not None
    prev = ""
    bodies = []
    for seq, row in enumerate(rows, 1):
        body_text = str(row["body"])
        body = json.loads(body_text)
        assert body_text == json.dumps(
            body, sort_keys=True, ensure_ascii=False, separators=(",", ":")
        )
        assert (row["seq"], body["seq"], body["prev"]) == (seq, seq, prev)
        assert datetime.fromisoformat(body["issued_at"]).utcoffset() == timedelta(0)
        assert (body["format"], body["vault"], body["case"]) == (
            "tjdesk-case-team-1",
            vault_id,
            case_id,
        )
        assert (body["signer"], roster_module.unb64(str(row["signer_key"]))) == (ann.id, anns_key)
        Ed25519PublicKey.from_public_bytes(anns_key).verify(
            roster_module.unb64(str(row["signature"])), body_text.encode("utf-8")
        )
        prev = hashlib.sha256(
            body_text.encode("utf-8") + b"|" + str(row["signature"]).encode("ascii")
        ).hexdigest()
        bodies.append(body)
    teams = [(b["kind"], b.get("how"), b.get("members")) for b in bodies if b["kind"] == "team"]
    assert teams == [
        ("team", "created", [[ann.id, True]]),
        ("team", "changed", [[ann.id, True], [cat.id, False]]),
    ]


def test_a_case_team_is_checked_once_until_its_records_or_the_roster_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One signature check per record per change, not one per sealed text: using the verified
    team again checks nothing; a new record, or a change to the certified roster, checks the
    chain again (and the new team is what is used)."""
    made = make_vault(tmp_path / "v", users=[("ann", Role.SOCIAL_WORKER), ("cat", Role.COUNSELOR)])
    ann, cat = made.handles["ann"].actor, made.handles["cat"].actor
    assert ann is not None and cat is not None
    checks: list[bytes] = []

    class CountingKey:
        @staticmethod
        def from_public_bytes(data: bytes) -> Ed25519PublicKey:
            real = Ed25519PublicKey.from_public_bytes(data)

            class Counted:
                def verify(self, signature: bytes, message: bytes) -> None:
                    checks.append(message)
                    real.verify(signature, message)

            return Counted()  # type: ignore[return-value]

    db = made.handles["ann"].open_database()
    try:
        monkeypatch.setattr(team_records, "Ed25519PublicKey", CountingKey)
        case_id = case_service.create_case(db, ann, CaseForm(case_type=CaseType.OTHER))
        checks.clear()
        for _ in range(3):
            assert team_records.verify(db, case_id).team == {ann.id: True}
        assert len(checks) == 0  # checked when it was written (each new record is verified)
        case_service.set_team(db, ann, case_id, [TeamMember(ann.id, True), TeamMember(cat.id)])
        assert len(checks) > 0  # the new chain, checked when its record was written
        checks.clear()
        for _ in range(3):
            assert team_records.verify(db, case_id).team == {ann.id: True, cat.id: False}
        assert len(checks) == 0
        admin_db = made.admin.open_database()
        try:
            UserService(admin_db, made.admin).set_role("cat", Role.PSYCHOLOGIST)
        finally:
            admin_db.close()
        for _ in range(3):
            assert team_records.verify(db, case_id).team == {ann.id: True, cat.id: False}
        # The roster changed: every record of the chain once more, and only once.
        assert len(checks) == len(_records(db, case_id)) > 1
    finally:
        db.close()
