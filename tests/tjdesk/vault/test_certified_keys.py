"""The recovery recipient's signed record keeps counting when the administrator who signed it
is disabled or gets a new key pair: the administrator making that change signs it again, so
the case workers can go on saving (docs/SECURITY.md, "Sealing follows the roster")."""

from __future__ import annotations

import base64
import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from tests.helpers.vaults import DEFAULT_PASSWORD, TEST_KDF, MadeVault, make_vault
from tjdesk.actors import Role
from tjdesk.cases import drafts
from tjdesk.users import UserService
from tjdesk.vault import certified_keys, recovery, vault
from tjdesk.vault import roster as roster_module
from tjdesk.vault.database import Database
from tjdesk.vault.roster import RosterProblem
from tjdesk.vault.sealing import CannotSeal


@pytest.mark.parametrize("change", ["disable", "reset password", "role"])
def test_the_recovery_record_outlives_its_signer(tmp_path: Path, change: str) -> None:
    made = make_vault(
        tmp_path / "vault", users=[("ad2", Role.ADMINISTRATOR), ("ann", Role.SOCIAL_WORKER)]
    )
    # ad2, not the root, signs the record (as for a vault whose recovery identity an
    # administrator made or confirmed after set-up).
    db = made.handles["ad2"].open_database()
    try:
        recovery.confirm_from_sheet(db, made.recovery_identity)
    finally:
        db.close()
    db = made.admin.open_database()
    try:
        service = UserService(db, made.admin)
        if change == "disable":
            service.disable_user("ad2")
        elif change == "reset password":
            service.reset_password("ad2")
        else:
            service.set_role("ad2", Role.SUPERVISOR)
        assert certified_keys.recovery_problems(db, roster_module.load(db)) == []
    finally:
        db.close()

    ann = made.handles["ann"].actor
    assert ann is not None

    def save(db: Database) -> None:
        drafts.save_draft(db, ann, "case:new", {"notes": "still saves"})

    made.worker("ann").call(save)  # no "recovery identity was changed" refusal
    made.close()


def _draft_refusal(made: MadeVault, name: str) -> str:
    """What ``name`` is told on saving a draft (sealed to her and the recovery identity)."""
    actor = made.handles[name].actor
    assert actor is not None

    def save(db: Database) -> str:
        try:
            drafts.save_draft(db, actor, "case:new", {"notes": "DRAFTSENTINEL"})
        except CannotSeal as refused:
            return str(refused)
        return "saved"

    try:
        return made.worker(name).call(save)
    finally:
        made.close()


def _sign_recovery_record(made: MadeVault, **changes: str) -> None:
    """The administrator's own key signs a record like the recovery certificate, with
    ``changes`` to its body, and it takes the certificate's place."""
    admin = made.admin.signed_in
    assert admin is not None
    db = made.admin.open_database()
    try:
        body = {
            "format": certified_keys.RECOVERY_CERTIFICATE_FORMAT,
            "vault": roster_module.vault_id(db),
            "recipient": admin.age_recipient,
            **changes,
        }
        text = json.dumps(body)
        record = {
            "body": text,
            "issuer_key": roster_module.b64(admin.signing_public_key),
            "signature": roster_module.b64(admin.sign(text.encode("utf-8"))),
        }
        with db.transaction():
            db.execute(
                "UPDATE settings SET value = ? WHERE key = ?",
                (json.dumps(record), certified_keys.SETTING_RECOVERY_CERTIFICATE),
            )
            db.execute(
                "UPDATE settings SET value = ? WHERE key = ?",
                (admin.age_recipient, certified_keys.SETTING_RECOVERY_RECIPIENT),
            )
    finally:
        db.close()


NOT_CERTIFIED = "Nothing was saved: the vault's recovery identity was changed outside TJ Desk"


@pytest.mark.parametrize(
    "changes",
    [
        {"vault": "another vault"},  # the same administrator's record for another vault
        {"format": "tjdesk-user-certificate-1"},  # a record signed for another purpose
    ],
    ids=["another vault", "another format"],
)
def test_a_record_the_administrator_signed_for_something_else_certifies_no_recovery_identity(
    tmp_path: Path, changes: dict[str, str]
) -> None:
    made = make_vault(tmp_path / "vault", users=[("ann", Role.SOCIAL_WORKER)])
    _sign_recovery_record(made, **changes)
    assert _draft_refusal(made, "ann").startswith(NOT_CERTIFIED)
    db = made.admin.open_database()
    try:  # what ``audit verify`` reports
        assert certified_keys.recovery_problems(db, roster_module.load(db)) == [
            RosterProblem(certified_keys.RECOVERY_NOT_CERTIFIED, "-")
        ]
    finally:
        db.close()


def test_the_recovery_record_as_the_administrator_signed_it_counts(tmp_path: Path) -> None:
    """The control for the test above: the same record unchanged is a certificate."""
    made = make_vault(tmp_path / "vault", users=[("ann", Role.SOCIAL_WORKER)])
    _sign_recovery_record(made)
    assert _draft_refusal(made, "ann") == "saved"


def test_a_vault_without_a_recovery_identity_yet_is_not_called_tampered(tmp_path: Path) -> None:
    """Set up without one (an older vault): ``audit verify`` finds nothing wrong with the
    recovery identity, and a case worker's draft is kept (sealed to her alone), not refused as
    if the recovery identity had been changed."""
    folder = tmp_path / "vault"
    vault.create(folder, "Test shelter", "admin", DEFAULT_PASSWORD, "en", kdf=TEST_KDF)
    admin = vault.unlock(folder, "admin", DEFAULT_PASSWORD)
    db = admin.open_database()
    try:
        UserService(db, admin).add_user(
            "ann", "Ann", Role.SOCIAL_WORKER, DEFAULT_PASSWORD, must_change_password=False
        )
    finally:
        db.close()
    ann = vault.unlock(folder, "ann", DEFAULT_PASSWORD)
    assert ann.actor is not None
    db = ann.open_database()
    try:
        assert certified_keys.recovery_problems(db, roster_module.load(db)) == []
        drafts.save_draft(db, ann.actor, "case:new", {"notes": "DRAFTSENTINEL"})
        assert drafts.load_draft(db, ann.actor, "case:new") == {"notes": "DRAFTSENTINEL"}
    finally:
        db.close()


def test_the_roster_is_checked_once_until_it_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One signature check of the roster per change, not one per sealed section; a change made
    on the connection (a role) is seen at once."""
    made = make_vault(tmp_path / "vault", users=[("cat", Role.COUNSELOR)])
    cat = made.handles["cat"].actor
    assert cat is not None
    checked: list[object] = []
    load = roster_module.load

    def counting_load(db: Database) -> roster_module.Roster:
        checked.append(db)
        return load(db)

    monkeypatch.setattr(roster_module, "load", counting_load)
    db = made.admin.open_database()
    try:
        for _ in range(3):
            assert certified_keys.load(db).readers[cat.id].role is Role.COUNSELOR
        assert len(checked) == 1
        UserService(db, made.admin).set_role("cat", Role.PSYCHOLOGIST)
        assert certified_keys.load(db).readers[cat.id].role is Role.PSYCHOLOGIST
    finally:
        db.close()


def test_a_users_certificate_is_as_docs_security_describes(tmp_path: Path) -> None:
    """An auditor checking a certificate with docs/SECURITY.md ("The certified roster") and no
    TJ Desk code: canonical JSON (sorted keys, no spaces, text as UTF-8, a Thai name not
    escaped), its fields, and the issuer's Ed25519 signature over exactly those bytes."""
    made = make_vault(tmp_path / "v", users=[("สมศรี", Role.NURSE)])
    admin = made.admin.signed_in
    nurse = made.handles["สมศรี"].signed_in
    assert admin is not None and nurse is not None
    db = made.admin.open_database()
    try:
        rows = db.query("SELECT seq, body, issuer_key, signature FROM user_certificates")
        vault_id = db.setting("vault_id")
    finally:
        db.close()
    row = [r for r in rows if json.loads(str(r["body"]))["name"] == "สมศรี"][-1]
    text = str(row["body"])
    body = json.loads(text)
    assert text == json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    assert '"name":"สมศรี"' in text
    assert sorted(body) == [
        "age_key",
        "disabled",
        "format",
        "issued_at",
        "issuer",
        "name",
        "role",
        "signing_key",
        "user_id",
        "vault",
    ]
    assert (body["format"], body["vault"], body["role"], body["disabled"], body["issuer"]) == (
        "tjdesk-user-record-1",
        vault_id,
        "nurse",
        False,
        "admin",
    )
    assert base64.b64decode(body["signing_key"]) == nurse.signing_public_key
    assert datetime.fromisoformat(body["issued_at"]).utcoffset() == timedelta(0)
    issuer_key = base64.b64decode(str(row["issuer_key"]))
    assert issuer_key == admin.signing_public_key
    Ed25519PublicKey.from_public_bytes(issuer_key).verify(
        base64.b64decode(str(row["signature"])), text.encode("utf-8")
    )
