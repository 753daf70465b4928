"""Starting and keeping up the certified roster: what happens at set-up, sign-in and user changes.

* ``start_signing``: the signed-in administrator's key becomes a root (set-up, the first
  administrator sign-in of a vault made before signing, or a recovery-key administrator); the
  signed ``signing.root_pinned`` audit entry seals every entry before it; the administrator
  certifies their own record and, on migration, every other user's.
* ``certify_from_slot``: a new certified record for one user, with the keys of their slot.
* ``complete_pending``: users certified before they had a signing key (a vault from 0.1) get
  it certified at the next administrator sign-in, once their own sign-in has made it.
* ``sign_in_record``: who is signing in, as the certified roster says (unlock calls it).
"""

from __future__ import annotations

from typing import Any

from tjdesk import audit
from tjdesk.actors import Actor, Role
from tjdesk.errors import AccessDenied
from tjdesk.i18n import QT_TRANSLATE_NOOP
from tjdesk.vault import roster as roster_module
from tjdesk.vault.database import Database
from tjdesk.vault.keyslots import KeySlot, KeySlotFile
from tjdesk.vault.roster import NotCertified, Roster, UserRecord


class SigningRootsRemoved(AccessDenied):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The vault's signing roots were removed outside TJ Desk: nobody can sign in "
                "until an administrator restores a backup. Nothing was changed.",
            )
        )


def _signing_started(db: Database) -> bool:
    found = db.scalar("SELECT 1 FROM audit_log WHERE action = ? LIMIT 1", (audit.ROOT_PINNED,))
    return found is not None


def sign_in_record(
    db: Database, row: dict[str, Any], slot: KeySlot, signing_key: bytes
) -> tuple[Actor, Roster]:
    """The actor for a sign-in: from the certified record once signing has begun.

    Before that (a vault from 0.1 no administrator has opened since the update) the row says
    who it is; if the log shows signing began but no root is left, nobody signs in.
    """
    roster = roster_module.load(db)
    if roster.pinned:
        record = roster_module.check_sign_in(db, roster, row, slot.public_key, signing_key)
        return record.actor, roster
    if _signing_started(db):
        raise SigningRootsRemoved()
    return Actor(int(row["id"]), str(row["name"]), Role(row["role"])), roster


def after_sign_in(db: Database, roster: Roster, key_file: KeySlotFile) -> None:
    """An administrator just signed in: start signing (old vault) or certify pending keys."""
    signer = db.signed_in
    if signer is None or signer.actor.role is not Role.ADMINISTRATOR:
        return
    if not roster.pinned:
        start_signing(db, roster_module.HOW_MIGRATION, key_file)
    else:
        complete_pending(db, roster, key_file, signer.actor.name)


def start_signing(db: Database, how: str, key_file: KeySlotFile) -> None:
    """Pin the signed-in administrator's key as a root and certify the roster from it."""
    signer = db.signed_in
    if signer is None:
        raise NotCertified()
    with db.transaction():
        root = roster_module.pin_root(db, how)
        audit.record(db, signer.actor.name, audit.ROOT_PINNED, detail=f"{how}: {root.fingerprint}")
        roster_module.certify(
            db,
            user_id=signer.actor.id,
            name=signer.actor.name,
            role=signer.actor.role,
            disabled=False,
            # The key of the identity that signed in (its slot says the same, if sound).
            age_key=_public_of(signer.age_identity),
            signing_key=signer.signing_public_key,
        )
        if how == roster_module.HOW_SET_UP:
            return
        roster = roster_module.load(db)  # the signer's own record is in it now
        for row in db.query("SELECT id, name, role, disabled FROM users ORDER BY id"):
            name = str(row["name"])
            slot = key_file.slots.get(name)
            if name in roster.records or (slot is None and not row["disabled"]):
                continue  # certified already; or no slot, no keys: such a user cannot sign in
            certify_record(db, roster, row, slot, disabled=bool(row["disabled"]))
        audit.record(db, signer.actor.name, "roster.certified_existing")


def _public_of(private_key: bytes) -> bytes:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    return X25519PrivateKey.from_private_bytes(private_key).public_key().public_bytes_raw()


def certify_record(
    db: Database,
    roster: Roster | None,
    row: dict[str, Any],
    slot: KeySlot | None,
    *,
    disabled: bool,
    role: Role | None = None,
    keep_keys: UserRecord | None = None,
) -> None:
    """Certify one user: the row's id and name, ``role`` (or the row's), the slot's keys.

    With no slot (a disabled user) the keys of their last record are kept, so the record still
    says which keys were theirs.
    """
    if slot is not None:
        age_key, signing_key = slot.public_key, slot.signing_public_key
    elif keep_keys is not None:
        age_key, signing_key = keep_keys.age_key, keep_keys.signing_key
    else:
        age_key, signing_key = bytes(32), None
    roster_module.certify(
        db,
        user_id=int(row["id"]),
        name=str(row["name"]),
        role=role or Role(row["role"]),
        disabled=disabled,
        age_key=age_key,
        signing_key=signing_key,
        roster=roster,
    )


def complete_pending(db: Database, roster: Roster, key_file: KeySlotFile, by: str) -> None:
    """Certify the signing keys that users from before signing made at their first sign-in
    (``by``: the signed-in administrator's name, for the audit trail).

    An administrator whose own key is still waiting (one from before signing, at her first
    sign-in since) cannot vouch for anyone, herself included: the next certified
    administrator's sign-in does it, as for everyone else. Trying would refuse her sign-in.
    """
    signer = db.signed_in
    if signer is None or not roster_module.is_certifier_key(roster, signer.signing_public_key):
        return
    for name, record in list(roster.records.items()):
        slot = key_file.slots.get(name)
        if (
            record.signing_key is not None
            or record.disabled
            or slot is None
            or slot.signing_public_key is None
            or slot.public_key != record.age_key  # not the slot the administrator vouched for
        ):
            continue
        with db.transaction():
            roster_module.certify(
                db,
                user_id=record.user_id,
                name=record.name,
                role=record.role,
                disabled=False,
                age_key=record.age_key,
                signing_key=slot.signing_public_key,
                roster=roster,
            )
            audit.record(
                db,
                by,
                "roster.key_certified",
                target_type="user",
                target_id=record.user_id,
            )
