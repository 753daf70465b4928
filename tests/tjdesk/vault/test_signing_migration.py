"""A vault from 0.1 starts signing: keys at each sign-in, the root at the first administrator's.

Entries from before are sealed by the root administrator's first signed entry and reported as
"made before signing"; later ones are fully checked.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers.legacy import make_legacy_vault
from tests.helpers.vaults import DEFAULT_PASSWORD
from tjdesk import audit, audit_report
from tjdesk.actors import Role
from tjdesk.errors import AccessDenied
from tjdesk.paths import database_path, keyslot_path
from tjdesk.users import UserService
from tjdesk.vault import roster, vault
from tjdesk.vault.connection import open_connection
from tjdesk.vault.database import Database
from tjdesk.vault.errors import KeyFileTampered


def _verdict(folder: Path, name: str = "admin") -> audit.Verdict:
    db = vault.unlock(folder, name, DEFAULT_PASSWORD).open_database()
    try:
        return audit.verify(db)
    finally:
        db.close()


def _report(verdict: audit.Verdict) -> str:
    return "\n".join(line.filled() for line in audit_report.describe(verdict))


def test_a_vault_from_before_signing_is_sealed_at_the_first_administrator_sign_in(
    tmp_path: Path,
) -> None:
    made = make_legacy_vault(tmp_path / "v", users=[("ann", Role.COUNSELOR)])
    # ann signs in first: allowed (nothing is certified yet), she gets her signing key.
    ann = vault.unlock(made.folder, "ann", DEFAULT_PASSWORD)
    assert ann.actor is not None and ann.actor.role is Role.COUNSELOR
    db = ann.open_database()
    try:
        assert not roster.load(db).pinned
        before = audit.verify(db)
    finally:
        db.close()
    assert before.intact and before.signed_from is None
    assert "Signing has not begun in this vault" in _report(before)

    admin = vault.unlock(made.folder, "admin", DEFAULT_PASSWORD)

    db = admin.open_database()
    try:
        current = roster.load(db)
        verdict = audit.verify(db)
        pinned_on = str(db.scalar("SELECT pinned_at FROM signing_roots"))[:10]
    finally:
        db.close()
    assert [root.how for root in current.roots] == ["migration"]
    assert current.records["admin"].role is Role.ADMINISTRATOR
    assert current.records["ann"].signing_key == ann.signed_in.signing_public_key  # type: ignore[union-attr]
    assert verdict.intact, _report(verdict)
    assert verdict.signed_from is not None and verdict.signed_from > 1
    text = _report(verdict)
    assert f"Entries 1 to {verdict.signed_from - 1} were made before signing" in text
    # The whole line the administrator compares with the recovery sheet, with its date.
    assert (
        f"Root key {current.roots[0].fingerprint}, pinned by admin when signing began in this "
        f"vault ({pinned_on}): compare with your recovery sheet."
    ) in text


def test_a_user_who_signs_in_after_the_migration_is_certified_by_the_next_administrator(
    tmp_path: Path,
) -> None:
    made = make_legacy_vault(tmp_path / "v", users=[("bo", Role.NURSE)])
    vault.unlock(made.folder, "admin", DEFAULT_PASSWORD)  # signing begins; bo has no key yet
    bo = vault.unlock(made.folder, "bo", DEFAULT_PASSWORD)  # he gets one now
    assert bo.actor is not None and bo.actor.role is Role.NURSE

    pending = _verdict(made.folder, "bo")
    assert not pending.intact and pending.reason == "signer not certified yet"
    assert "an administrator's next sign-in certifies it" in _report(pending)

    verdict = _verdict(made.folder, "admin")  # the administrator's sign-in certifies bo's key
    assert verdict.intact, _report(verdict)


def test_a_second_administrator_from_before_signing_signs_in_and_waits_like_everyone(
    tmp_path: Path,
) -> None:
    """bea was an administrator before signing began and signs in after admin started it.
    Her own key is not certified yet, so she cannot vouch for anyone (herself included):
    her sign-in used to be refused with "Only a certified administrator can certify a
    user's record." She is now signed in, her entries wait, and admin's next sign-in
    certifies her key; from then on she certifies others."""
    made = make_legacy_vault(
        tmp_path / "v", users=[("bea", Role.ADMINISTRATOR), ("bo", Role.NURSE)]
    )
    vault.unlock(made.folder, "admin", DEFAULT_PASSWORD)  # signing begins
    vault.unlock(made.folder, "bo", DEFAULT_PASSWORD)  # his key waits too
    bea = vault.unlock(made.folder, "bea", DEFAULT_PASSWORD)
    assert bea.actor is not None and bea.actor.role is Role.ADMINISTRATOR

    pending = _verdict(made.folder, "bea")
    assert not pending.intact and pending.reason == "signer not certified yet"
    db = bea.open_database()
    try:
        waiting = roster.load(db)
    finally:
        db.close()
    assert waiting.records["bea"].signing_key is None
    assert waiting.records["bo"].signing_key is None

    # While she waits she cannot vouch for anyone: each change is refused before anything
    # is written (the key file is outside the database's transaction; a reset password
    # written there would lock bo out with a password nobody was shown).
    keys_before = keyslot_path(made.folder).read_bytes()
    db = bea.open_database()
    try:
        service = UserService(db, bea)
        attempts = [
            lambda: service.add_user("dao", "Dao", Role.NURSE, "a long enough password 1"),
            lambda: service.reset_password("bo"),
            lambda: service.set_role("bo", Role.COUNSELOR),
            lambda: service.disable_user("bo"),
        ]
        for attempt in attempts:
            with pytest.raises(AccessDenied) as refused:
                attempt()
            assert str(refused.value) == (
                "Your account's new signing key is waiting for another administrator to sign "
                "in and certify it. Until then you cannot add or change users. Nothing was "
                "changed."
            )
        assert [r["name"] for r in db.query("SELECT name FROM users ORDER BY id")] == [
            "admin",
            "bea",
            "bo",
        ]
    finally:
        db.close()
    assert keyslot_path(made.folder).read_bytes() == keys_before
    assert vault.unlock(made.folder, "bo", DEFAULT_PASSWORD).actor is not None

    vault.unlock(made.folder, "admin", DEFAULT_PASSWORD)  # certifies bea's key and bo's
    certified = _verdict(made.folder, "bea")
    assert certified.intact, _report(certified)
    # From then on she certifies others.
    bea = vault.unlock(made.folder, "bea", DEFAULT_PASSWORD)
    db = bea.open_database()
    try:
        UserService(db, bea).set_role("bo", Role.COUNSELOR)
        assert roster.load(db).records["bo"].role is Role.COUNSELOR
    finally:
        db.close()


def test_entries_before_signing_are_still_chained(tmp_path: Path) -> None:
    made = make_legacy_vault(tmp_path / "v")
    vault.unlock(made.folder, "admin", DEFAULT_PASSWORD)
    db = vault.unlock(made.folder, "admin", DEFAULT_PASSWORD).open_database()
    try:
        db.execute("DROP TRIGGER audit_log_no_update")
        db.execute("UPDATE audit_log SET actor = 'someone' WHERE seq = 1")
        verdict = audit.verify(db)
    finally:
        db.close()
    assert (verdict.intact, verdict.first_bad_seq, verdict.reason) == (False, 1, "edited")


def test_a_user_disabled_before_signing_is_certified_as_disabled_with_no_keys(
    tmp_path: Path,
) -> None:
    """cy was disabled in 0.1 (her slot gone, her account kept); bea's slot is missing from the
    key file too (lost), her account active. The first administrator sign-in certifies cy's
    record as disabled, vouching for no key of hers, skips bea (no keys to vouch for: the
    audit report names her as not certified) and certifies the others after her; ann signs in,
    and cy still cannot, even with her old slot copied back into the key file."""
    made = make_legacy_vault(
        tmp_path / "v",
        users=[("bea", Role.NURSE), ("ann", Role.COUNSELOR), ("cy", Role.NURSE)],
    )
    path = keyslot_path(made.folder)
    document = json.loads(path.read_bytes())
    old_slot = document["slots"].pop("cy")
    del document["slots"]["bea"]
    path.write_text(json.dumps(document))
    key = vault.unlock(made.folder, "ann", DEFAULT_PASSWORD).key
    db = Database(open_connection(database_path(made.folder), key))
    try:
        db.execute("UPDATE users SET disabled = 1 WHERE name = 'cy'")
    finally:
        db.close()

    verdict = _verdict(made.folder, "admin")  # signing begins
    assert verdict.first_bad_seq is None and verdict.signed_from is not None
    assert [(p.code, p.user) for p in verdict.roster_problems] == [("not certified", "bea")]
    assert "User bea (nurse): no administrator certified this user" in _report(verdict)
    db = vault.unlock(made.folder, "admin", DEFAULT_PASSWORD).open_database()
    try:
        current = roster.load(db)
        entries = db.query(
            "SELECT actor, action, detail FROM audit_log WHERE action IN (?, ?) ORDER BY seq",
            (audit.ROOT_PINNED, "roster.certified_existing"),
        )
    finally:
        db.close()
    record = current.records["cy"]
    assert (record.disabled, record.signing_key, record.age_key) == (True, None, bytes(32))
    assert "bea" not in current.records
    assert vault.unlock(made.folder, "ann", DEFAULT_PASSWORD).actor is not None
    # What the trail says happened, as an auditor reads it beside the recovery sheet.
    assert entries == [
        {
            "actor": "admin",
            "action": audit.ROOT_PINNED,
            "detail": f"migration: {current.roots[0].fingerprint}",
        },
        {"actor": "admin", "action": "roster.certified_existing", "detail": None},
    ]
    document = json.loads(path.read_bytes())
    document["slots"]["cy"] = old_slot
    path.write_text(json.dumps(document))
    with pytest.raises((AccessDenied, KeyFileTampered)):
        vault.unlock(made.folder, "cy", DEFAULT_PASSWORD)
