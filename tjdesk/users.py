"""Staff users: add, list, disable, enable, reset a password, change one's own password.

Every change writes its audit entry in the same transaction as the change, and the key slot is
written inside that transaction too: if the slot cannot be written, the row change rolls back.
Administrators manage users; they never choose another user's lasting password: a reset (or a
new account) gets a one-time password that must be changed at the first sign-in (ASVS 5 6.4.6).

Runs on the vault worker's thread (it is handed the worker's Database).
"""

from __future__ import annotations

import dataclasses
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tjdesk import audit
from tjdesk.acting import ActorMismatch, acts_for_signed_in, check_actor
from tjdesk.actors import Actor, Role
from tjdesk.clock import iso_utc
from tjdesk.errors import AccessDenied, InvalidInput
from tjdesk.i18n import QT_TRANSLATE_NOOP
from tjdesk.paths import backoff_path, keyslot_path
from tjdesk.vault import certified_keys, keyslots, sealing, signing
from tjdesk.vault import roster as roster_module
from tjdesk.vault import vault as vault_files
from tjdesk.vault.backoff import SignInBackoff
from tjdesk.vault.database import Database
from tjdesk.vault.errors import WrongPassword
from tjdesk.vault.vault import UnlockedVault, check_new_password

# No 0/o, 1/l/i: read off a screen and typed by someone else.
_ONE_TIME_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
_MAX_DISPLAY_NAME = 100
ACCOUNT_WAS_USED = QT_TRANSLATE_NOOP(
    "errors",
    "This account has been used, so it cannot be removed (the audit trail names it). "
    "Disable it instead.",
)
# An administrator from before signing, at her first sign-in since: her new key is certified
# at the next sign-in of an administrator whose key already is (tjdesk/vault/signing.py).
WAITING_FOR_CERTIFICATION = QT_TRANSLATE_NOOP(
    "errors",
    "Your account's new signing key is waiting for another administrator to sign in and "
    "certify it. Until then you cannot add or change users. Nothing was changed.",
)


@dataclass(frozen=True)
class UserInfo:
    id: int
    name: str
    display_name: str
    role: Role
    disabled: bool
    can_sign_in: bool  # has a key slot
    must_change_password: bool


def generate_one_time_password() -> str:
    """16 random characters in groups of 4 (about 79 bits): handed over once, then changed."""
    chars = "".join(secrets.choice(_ONE_TIME_ALPHABET) for _ in range(16))
    return "-".join(chars[i : i + 4] for i in range(0, 16, 4))


@acts_for_signed_in
def record_lock(db: Database, actor: Actor) -> None:
    """The screen was locked (Ctrl+L, idle, quick-hide); unlocking is audited by vault.unlock."""
    audit.record(db, actor.name, "session.lock", target_type="user", target_id=actor.id)


@acts_for_signed_in
def record_sign_out(db: Database, actor: Actor) -> None:
    audit.record(db, actor.name, "signout", target_type="user", target_id=actor.id)


class UserService:
    def __init__(
        self,
        db: Database,
        vault: UnlockedVault,
        actor: Actor | None = None,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._db = db
        self._vault = vault
        # The person and role come from the session (its certified record), not from a caller.
        signed_in = db.signed_in or vault.signed_in
        acting = signed_in.actor if signed_in is not None else (actor or vault.actor)
        if acting is None:
            raise AccessDenied(QT_TRANSLATE_NOOP("errors", "Please sign in first."))
        if actor is not None and actor != acting:
            # The person and role come from the session, never from a caller: refused (and
            # audited in the signed-in person's name when there is one).
            check_actor(db, actor)
            raise ActorMismatch()
        self._actor = acting
        self._clock = clock

    # --- reading ------------------------------------------------------------------------

    def list_users(self) -> list[UserInfo]:
        """Every staff account (names and roles are staff data, shown to any signed-in user)."""
        key_file = keyslots.read_key_file(keyslot_path(self._vault.folder))
        rows = self._db.query(
            "SELECT id, name, display_name, role, disabled FROM users ORDER BY name"
        )
        return [self._info(row, key_file) for row in rows]

    def get(self, name: str) -> UserInfo:
        key_file = keyslots.read_key_file(keyslot_path(self._vault.folder))
        return self._info(self._row(keyslots.canonical_user_name(name)), key_file)

    # --- administering ------------------------------------------------------------------

    def add_user(
        self,
        name: str,
        display_name: str,
        role: Role,
        password: str,
        *,
        must_change_password: bool = True,
    ) -> UserInfo:
        self._require_admin()
        self._require_certifier()
        canonical = keyslots.canonical_user_name(name)
        shown = _clean_display_name(display_name, canonical)
        check_new_password(password)
        if self._db.query_one("SELECT id FROM users WHERE name = ?", (canonical,)):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "There is already a user with this name.")
            )
        now = iso_utc()
        with self._db.transaction():
            cursor = self._db.execute(
                "INSERT INTO users (name, display_name, role, disabled, created_at, updated_at)"
                " VALUES (?, ?, ?, 0, ?, ?)",
                (canonical, shown, role.value, now, now),
            )
            user_id = int(cursor.lastrowid)
            audit.record(
                self._db,
                self._actor.name,
                "user.add",
                target_type="user",
                target_id=user_id,
                detail=role.value,
            )
            slot = vault_files.write_slot(
                self._vault, canonical, password, must_change_password=must_change_password
            )
            self._certify(user_id, canonical, role, slot)
        return self.get(canonical)

    def disable_user(self, name: str) -> None:
        """The account stays (for the audit trail); its key slot is deleted."""
        self._require_admin()
        self._require_certifier()
        row = self._row(keyslots.canonical_user_name(name))
        if row["name"] == self._actor.name:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "You cannot disable yourself."))
        if row["role"] == Role.ADMINISTRATOR.value and self._active_admins() <= 1:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "The last administrator cannot be disabled.")
            )
        with self._db.transaction():
            self._db.execute(
                "UPDATE users SET disabled = 1, updated_at = ? WHERE id = ?",
                (iso_utc(), row["id"]),
            )
            audit.record(
                self._db,
                self._actor.name,
                "user.disable",
                target_type="user",
                target_id=row["id"],
            )
            # A certified record saying "disabled": an old copy of the key file still opens the
            # slot, but the roster refuses the sign-in. (Rotating the database key is what
            # makes that copy useless: the ui and the CLI advise it right after.)
            recovery_before = certified_keys.load(self._db)
            roster = roster_module.load(self._db)
            signing.certify_record(
                self._db,
                roster,
                row,
                None,
                disabled=True,
                keep_keys=roster.records.get(str(row["name"])),
            )
            certified_keys.keep_recovery_certified(self._db, recovery_before)
            # Sealed sections: nothing written from now on opens with their key (issue 13).
            sealing.reseal_for_user_removed(self._db, str(row["name"]))
            vault_files.remove_slot(self._vault, str(row["name"]))

    def enable_user(self, name: str) -> str:
        """Re-enable a disabled account; returns its one-time password."""
        self._require_admin()
        self._require_certifier()
        row = self._row(keyslots.canonical_user_name(name))
        one_time = generate_one_time_password()
        with self._db.transaction():
            self._db.execute(
                "UPDATE users SET disabled = 0, updated_at = ? WHERE id = ?",
                (iso_utc(), row["id"]),
            )
            audit.record(
                self._db,
                self._actor.name,
                "user.enable",
                target_type="user",
                target_id=row["id"],
            )
            slot = vault_files.write_slot(
                self._vault, str(row["name"]), one_time, must_change_password=True
            )
            self._certify(int(row["id"]), str(row["name"]), Role(row["role"]), slot)
        return one_time

    def reset_password(self, name: str) -> str:
        """A new one-time password for a user who forgot theirs; only their slot is rewritten."""
        self._require_admin()
        self._require_certifier()
        row = self._row(keyslots.canonical_user_name(name))
        if row["disabled"]:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "This user is disabled: enable the account instead.")
            )
        one_time = generate_one_time_password()
        with self._db.transaction():
            audit.record(
                self._db,
                self._actor.name,
                "user.password_reset",
                target_type="user",
                target_id=row["id"],
            )
            # New key pairs (nobody but the user knew the old password): certified anew.
            recovery_before = certified_keys.load(self._db)
            slot = vault_files.write_slot(
                self._vault, str(row["name"]), one_time, must_change_password=True
            )
            self._certify(int(row["id"]), str(row["name"]), Role(row["role"]), slot)
            certified_keys.keep_recovery_certified(self._db, recovery_before)
        return one_time

    def set_role(self, name: str, role: Role) -> None:
        self._require_admin()
        self._require_certifier()
        row = self._row(keyslots.canonical_user_name(name))
        if (
            row["role"] == Role.ADMINISTRATOR.value
            and role is not Role.ADMINISTRATOR
            and self._active_admins() <= 1
        ):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "The last administrator must stay an administrator.")
            )
        with self._db.transaction():
            self._db.execute(
                "UPDATE users SET role = ?, updated_at = ? WHERE id = ?",
                (role.value, iso_utc(), row["id"]),
            )
            audit.record(
                self._db,
                self._actor.name,
                "user.set_role",
                target_type="user",
                target_id=row["id"],
                detail=role.value,
            )
            recovery_before = certified_keys.load(self._db)
            roster = roster_module.load(self._db)
            record = roster.records.get(str(row["name"]))
            # The keys of the record already certified, not the key-slot file's: anyone signed
            # in can rewrite a public key there (a record from before signing has none yet).
            key_file = keyslots.read_key_file(keyslot_path(self._vault.folder))
            signing.certify_record(
                self._db,
                roster,
                row,
                None if record is not None else key_file.slots.get(str(row["name"])),
                disabled=bool(row["disabled"]),
                role=role,
                keep_keys=record,
            )
            certified_keys.keep_recovery_certified(self._db, recovery_before)
            # A new role may read less: re-seal that person's sections to today's entitled.
            sealing.reseal_for_user_removed(self._db, str(row["name"]))

    def set_display_name(self, name: str, display_name: str) -> None:
        """Correct how a user's name is shown (the sign-in name stays: it is in the trail)."""
        self._require_admin()
        row = self._row(keyslots.canonical_user_name(name))
        shown = _clean_display_name(display_name, str(row["name"]))
        if shown == row["display_name"]:
            return
        with self._db.transaction():
            self._db.execute(
                "UPDATE users SET display_name = ?, updated_at = ? WHERE id = ?",
                (shown, iso_utc(), row["id"]),
            )
            audit.record(
                self._db,
                self._actor.name,
                "user.set_display_name",
                target_type="user",
                target_id=row["id"],
            )

    def remove_unused_user(self, name: str) -> None:
        """Remove an account that was never used (a typo, a person who never started): it
        never signed in and nothing in the vault or the trail names it. Any other account is
        disabled instead, so the audit trail keeps who did what."""
        self._require_admin()
        row = self._row(keyslots.canonical_user_name(name))
        if row["name"] == self._actor.name:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "You cannot remove yourself."))
        used = self._db.scalar("SELECT 1 FROM audit_log WHERE actor = ? LIMIT 1", (row["name"],))
        if used is not None:
            raise InvalidInput(ACCOUNT_WAS_USED)
        path = keyslot_path(self._vault.folder)
        key_file = keyslots.read_key_file(path)
        try:
            with self._db.transaction():
                self._db.execute("DELETE FROM users WHERE id = ?", (row["id"],))
                audit.record(
                    self._db,
                    self._actor.name,
                    "user.remove",
                    target_type="user",
                    target_id=row["id"],
                )
                remaining = key_file.without_slot(str(row["name"]))
                keyslots.write_key_file(
                    path,
                    dataclasses.replace(
                        remaining,
                        disabled_users=remaining.disabled_users - {row["name"]},
                        disabled_checks={
                            n: c for n, c in remaining.disabled_checks.items() if n != row["name"]
                        },
                    ),
                    self._vault.key,
                )
        except sqlite_integrity_errors() as err:
            # Named by a case team, a session or a note: the account was used after all.
            raise InvalidInput(ACCOUNT_WAS_USED) from err

    # --- one's own password -------------------------------------------------------------

    def change_own_password(self, current: str, new: str) -> None:
        """Needs the current password (counted by the sign-in back-off when wrong)."""
        check_new_password(new)
        if new == current:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "The new password must differ from the old one.")
            )
        backoff = SignInBackoff(backoff_path(self._vault.folder), clock=self._clock)
        attempt = backoff.begin_attempt(self._actor.name)  # or Throttled
        own_keys = vault_files.open_own_slot(self._vault, self._actor.name, current)
        if own_keys is None:
            raise WrongPassword(backoff.attempt_failed(attempt))
        backoff.attempt_succeeded(attempt)
        with self._db.transaction():
            audit.record(
                self._db,
                self._actor.name,
                "user.password_change",
                target_type="user",
                target_id=self._actor.id,
            )
            # Same key pairs, re-wrapped: what was sealed to this user or signed by them stays
            # theirs.
            vault_files.write_slot(self._vault, self._actor.name, new, keep=own_keys)

    # --- helpers ------------------------------------------------------------------------

    def _certify(self, user_id: int, name: str, role: Role, slot: keyslots.KeySlot) -> None:
        """Vouch for the record just written, unless signing has not begun (a vault from 0.1:
        the administrator's sign-in certifies everyone then)."""
        roster = roster_module.load(self._db)
        if not roster.pinned:
            return
        row = {"id": user_id, "name": name, "role": role.value}
        signing.certify_record(self._db, roster, row, slot, disabled=False)

    def _require_certifier(self) -> None:
        """Checked before anything is written: the key file is not part of the database's
        transaction, so a certificate refused at the end would leave a new slot behind (a
        password reset nobody was shown, a slot with no user)."""
        roster = roster_module.load(self._db)
        if not roster.pinned:
            return  # signing has not begun: the administrator's sign-in certifies everyone
        signer = self._db.signed_in
        if signer is not None and not roster_module.is_certifier_key(
            roster, signer.signing_public_key
        ):
            raise AccessDenied(WAITING_FOR_CERTIFICATION)
        roster_module.require_certifier(self._db, roster)

    def _require_admin(self) -> None:
        if self._actor.role is not Role.ADMINISTRATOR:
            raise AccessDenied(
                QT_TRANSLATE_NOOP("errors", "Only an administrator can manage users.")
            )

    def _row(self, name: str) -> dict[str, Any]:
        row = self._db.query_one(
            "SELECT id, name, display_name, role, disabled FROM users WHERE name = ?", (name,)
        )
        if row is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "There is no user with this name."))
        return row

    def _active_admins(self) -> int:
        return int(
            self._db.scalar(
                "SELECT count(*) FROM users WHERE role = ? AND disabled = 0",
                (Role.ADMINISTRATOR.value,),
            )
        )

    @staticmethod
    def _info(row: dict[str, Any], key_file: keyslots.KeySlotFile) -> UserInfo:
        name = str(row["name"])
        slot = key_file.slots.get(name)
        return UserInfo(
            id=int(str(row["id"])),
            name=name,
            display_name=str(row["display_name"]),
            role=Role(row["role"]),
            disabled=bool(row["disabled"]),
            can_sign_in=slot is not None and not row["disabled"],
            must_change_password=bool(slot and slot.must_change_password),
        )


def _clean_display_name(display_name: str, fallback: str) -> str:
    shown = " ".join(display_name.split()) or fallback
    if len(shown) > _MAX_DISPLAY_NAME or not shown.isprintable():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "A display name is at most 100 printable characters.")
        )
    return shown


def sqlite_integrity_errors() -> tuple[type[BaseException], ...]:
    """The driver's "a row still refers to this one" error (foreign keys are on)."""
    import sqlite3

    import sqlcipher3

    return (sqlcipher3.dbapi2.IntegrityError, sqlite3.IntegrityError)
