"""A colleague tries to silence the administrators' "no recovery key works" warning.

After a key change whose new recovery key nobody saw, every administrator is told at sign-in
to change the key again (tjdesk/vault/recovery_key_notice.py). A counsellor who wants the
shelter to go on believing it has a working recovery key signs in with her own password and,
with the database key it gives her, writes "the new recovery key is stored" into the audit
trail: once as herself, properly signed, and once in the administrator's name, signed with her
own key. Neither silences the warning: only an entry signed by an active certified
administrator does.
"""

from __future__ import annotations

import base64

from tests.helpers.vaults import DEFAULT_PASSWORD, MadeVault
from tests.helpers.vaults import made_vault as made_vault  # the fixture
from tjdesk import audit
from tjdesk.clock import iso_utc
from tjdesk.vault import vault
from tjdesk.vault.recovery_key_notice import STORED, recovery_key_not_stored
from tjdesk.vault.rotate import rotate_key


def _in_the_administrators_name(handle: vault.UnlockedVault) -> None:
    """A row that says the administrator confirmed it, hashed right, signed with her key."""
    assert handle.signed_in is not None
    db = handle.open_database()
    try:
        with db.transaction():
            head = audit.head(db)
            seq, at = head.seq + 1, iso_utc()
            digest = audit.entry_hash(head.hash, seq, at, "admin", STORED, None, None, None)
            signature = handle.signed_in.sign(audit.signed_message(seq, digest, "admin"))
            db.execute(
                "INSERT INTO audit_log (seq, at, actor, action, target_type, target_id, detail,"
                " prev_hash, hash, signer, signature) VALUES (?, ?, 'admin', ?, NULL, NULL,"
                " NULL, ?, ?, 'admin', ?)",
                (seq, at, STORED, head.hash, digest, base64.b64encode(signature).decode()),
            )
    finally:
        db.close()


def _warned(made: MadeVault) -> bool:
    db = vault.unlock(made.folder, "admin", DEFAULT_PASSWORD).open_database()
    try:
        return recovery_key_not_stored(db)
    finally:
        db.close()


def test_a_colleague_cannot_silence_the_warning_that_no_recovery_key_works(
    made_vault: MadeVault,
) -> None:
    made = made_vault
    rotate_key(made.admin)  # its new key, say, never shown
    assert _warned(made)

    counselor = vault.unlock(made.folder, "counselor", DEFAULT_PASSWORD)
    db = counselor.open_database()
    try:
        audit.record(db, "counselor", STORED)  # as herself: a true entry, but not an admin's
    finally:
        db.close()
    assert _warned(made)

    _in_the_administrators_name(counselor)
    assert _warned(made)  # the administrator's name without the administrator's key

    # What does silence it: the administrator's own confirmation.
    admin = vault.unlock(made.folder, "admin", DEFAULT_PASSWORD)
    db = admin.open_database()
    try:
        audit.record(db, "admin", STORED)
    finally:
        db.close()
    assert not _warned(made)
