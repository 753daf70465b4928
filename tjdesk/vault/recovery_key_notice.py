"""Whether the vault's current recovery key has been seen and stored by an administrator.

A new recovery key exists only on the screen that shows it after a key change (rotate.py): it
is kept nowhere. If that screen never appears (the screen locked, or the power failed and a
later sign-in finished the change, vault.py ``_settle_interrupted_rotation``), the shelter is
left with no working recovery key and nobody knows. Until an administrator says the new key is
stored, every administrator is told at sign-in to change the key again.

The answer is read from the signed audit trail, not from a flag an insider could clear: the
last key change (``vault.key_rotated``, or ``vault.key_rotation_finished`` by the sign-in that
finished one) against the ``vault.recovery_key_stored`` entries after it, counting only those
whose own hash and signature hold and whose signer is an active certified administrator.
A colleague with the database key can write such a row, but not sign it as an administrator;
deleting the key change breaks the chain that ``tjdesk audit verify`` checks.
"""

from __future__ import annotations

from tjdesk import audit
from tjdesk.acting import acts_for_signed_in
from tjdesk.actors import Actor, Role
from tjdesk.errors import AccessDenied
from tjdesk.i18n import QT_TRANSLATE_NOOP
from tjdesk.vault import roster as roster_module
from tjdesk.vault.database import Database

KEY_CHANGES = ("vault.key_rotated", "vault.key_rotation_finished")
STORED = "vault.recovery_key_stored"
_LAST_KEY_CHANGE = "SELECT max(seq) FROM audit_log WHERE action IN (?, ?)"
ONLY_ADMINISTRATORS = QT_TRANSLATE_NOOP(
    "errors", "Only an administrator can confirm that the new recovery key is stored."
)


def recovery_key_not_stored(db: Database) -> bool:
    """True from a key change until an administrator confirms the new key is stored."""
    changed = db.scalar(_LAST_KEY_CHANGE, KEY_CHANGES)
    if changed is None:
        return False
    roster = roster_module.load(db)
    return not any(
        _active_administrator(roster, signer)
        for signer in audit.signed_entries(db, STORED, int(changed), roster)
    )


def _active_administrator(roster: roster_module.Roster, name: str) -> bool:
    record = roster.records.get(name)
    return record is not None and record.role is Role.ADMINISTRATOR and not record.disabled


@acts_for_signed_in
def confirm_stored(db: Database, actor: Actor) -> None:
    """The administrator ticked "I have stored the new recovery key": audited, mark cleared."""
    if actor.role is not Role.ADMINISTRATOR:
        raise AccessDenied(ONLY_ADMINISTRATORS)
    with db.transaction():
        if recovery_key_not_stored(db):
            audit.record(db, actor.name, STORED)
