"""The audit trail's signatures, entry by entry: what ``audit.signed_entries`` counts (the
recovery-key warning rests on it) and what ``audit verify`` says of a signature that is not
one (issue 20: these were the mutation run's survivors in tjdesk/audit.py)."""

from __future__ import annotations

import base64

import pytest
from nacl.signing import SigningKey

from tests.helpers.vaults import MadeVault
from tests.helpers.vaults import made_vault as made_vault  # the fixture
from tjdesk import audit
from tjdesk.vault import roster as roster_module


def test_an_entry_counts_as_signed_by_its_signer_with_every_field_in_its_hash(
    made_vault: MadeVault,
) -> None:
    db = made_vault.admin.open_database()
    try:
        start = audit.head(db).seq
        audit.record(
            db, "admin", "settings.idle_lock", target_type="user", target_id=7, detail="10"
        )
        audit.record(db, "admin", "settings.idle_lock", detail="5")
        roster = roster_module.load(db)
        assert audit.signed_entries(db, "settings.idle_lock", start, roster) == ["admin", "admin"]
        assert audit.signed_entries(db, "settings.idle_lock", start + 1, roster) == ["admin"]
        # The same entry with a field changed afterwards is no longer the one that was signed.
        db.execute("DROP TRIGGER audit_log_no_update")
        db.execute("UPDATE audit_log SET detail = '60' WHERE seq = ?", (start + 2,))
        assert audit.signed_entries(db, "settings.idle_lock", start, roster) == ["admin"]
    finally:
        db.close()


def _spoilt(signature: str) -> list[str]:
    raw = base64.b64decode(signature)
    return [
        "not a signature at all",  # not base64
        base64.b64encode(raw[:63]).decode(),  # one byte short
        signature[:10] + "*" + signature[10:],  # a stray character a lenient decoder skips
    ]


@pytest.mark.parametrize("kind", ["not base64", "63 bytes", "stray character"])
def test_a_signature_that_is_not_one_is_reported_and_not_counted(
    made_vault: MadeVault, kind: str
) -> None:
    db = made_vault.admin.open_database()
    try:
        seq = audit.record(db, "admin", "settings.idle_lock", detail="10")
        audit.record(db, "admin", "settings.idle_lock", detail="15")  # a later good entry
        signature = str(db.scalar("SELECT signature FROM audit_log WHERE seq = ?", (seq,)))
        bad = _spoilt(signature)[["not base64", "63 bytes", "stray character"].index(kind)]
        db.execute("DROP TRIGGER audit_log_no_update")
        db.execute("UPDATE audit_log SET signature = ? WHERE seq = ?", (bad, seq))
        verdict = audit.verify(db)
        assert (verdict.first_bad_seq, verdict.reason) == (seq, "bad signature")
        roster = roster_module.load(db)
        assert audit.signed_entries(db, "settings.idle_lock", seq - 1, roster) == ["admin"]
    finally:
        db.close()


def test_a_signature_made_with_any_of_the_signers_keys_holds() -> None:
    """A reset password gives a person a new key pair; her older entries stay checkable, so
    every key the roster ever certified for her is tried, whichever comes first."""
    old, new = SigningKey.generate(), SigningKey.generate()
    message = audit.signed_message(3, "ab" * 32, "ann")
    signature = base64.b64encode(new.sign(message).signature).decode()
    keys = [old.verify_key, new.verify_key]
    assert audit._Signatures._matches(keys, signature, message)
    assert not audit._Signatures._matches([old.verify_key], signature, message)
