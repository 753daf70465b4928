"""Whether the vault's current recovery key has been seen and stored by an administrator.

A new recovery key exists only on the screen that shows it after a key change (rotate.py): it
is kept nowhere. If that screen never appears (the screen locked, or the power failed and a
later sign-in finished the change, vault.py ``_settle_interrupted_rotation``), the shelter is
left with no working recovery key and nobody knows. So a key change marks the new key "not yet
stored" in the vault itself (surviving a crash or a restart), and only an administrator's tick
on "I have stored the new recovery key" clears the mark. Until then every administrator is told
at sign-in to change the key again.
"""

from __future__ import annotations

from tjdesk import audit
from tjdesk.acting import acts_for_signed_in
from tjdesk.actors import Actor, Role
from tjdesk.errors import AccessDenied
from tjdesk.i18n import QT_TRANSLATE_NOOP
from tjdesk.vault.database import Database

SETTING_RECOVERY_KEY_UNSTORED = "recovery_key_not_stored"
ONLY_ADMINISTRATORS = QT_TRANSLATE_NOOP(
    "errors", "Only an administrator can confirm that the new recovery key is stored."
)


def mark_not_stored(db: Database) -> None:
    """Call inside the transaction that records the key change."""
    db.put_setting(SETTING_RECOVERY_KEY_UNSTORED, "1")


def recovery_key_not_stored(db: Database) -> bool:
    """True from a key change until an administrator confirms the new key is stored."""
    return db.setting(SETTING_RECOVERY_KEY_UNSTORED) is not None


@acts_for_signed_in
def confirm_stored(db: Database, actor: Actor) -> None:
    """The administrator ticked "I have stored the new recovery key": audited, mark cleared."""
    if actor.role is not Role.ADMINISTRATOR:
        raise AccessDenied(ONLY_ADMINISTRATORS)
    with db.transaction():
        if not recovery_key_not_stored(db):
            return
        db.delete_setting(SETTING_RECOVERY_KEY_UNSTORED)
        audit.record(db, actor.name, "vault.recovery_key_stored")
