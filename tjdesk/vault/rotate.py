"""Rotating the database key: a new key, the database re-encrypted, every slot rewritten.

For when the recovery key (or a copy of the key) may have been seen by the wrong person.
``PRAGMA rekey`` in WAL mode is not proven safe, so the database is exported with
``sqlcipher_export`` into a new file under the new key, checked (both integrity checks and
row counts), and renamed over the old one. Every user's slot is resealed to the new key with
their public key (keyslots.py), so nobody needs anyone else's password; the old recovery key
stops working; a new one is shown.

Crash safety: the new key file is written beside the old one (``tjdesk.keys.new``) before the
database is swapped (the commit point), then renamed into place. If the power fails between
the two renames, the next sign-in finds the database opens only with the new key and finishes
the job (vault.py ``_settle_interrupted_rotation``).

Run with the vault closed everywhere else: another open connection would keep the old file.
Backups made before the rotation still open with the old recovery key: make a new backup and
destroy the old ones if that key is the reason for rotating.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
from pathlib import Path

from tjdesk import audit
from tjdesk.actors import Role
from tjdesk.backup import row_counts
from tjdesk.errors import AccessDenied, VaultError
from tjdesk.i18n import QT_TRANSLATE_NOOP
from tjdesk.paths import database_path, keyslot_path
from tjdesk.vault import keyslots, schema_guard
from tjdesk.vault.atomic_file import fsync_folder
from tjdesk.vault.check import integrity_problems
from tjdesk.vault.connection import open_connection
from tjdesk.vault.database import Database
from tjdesk.vault.vault import (
    UnlockedVault,
    format_recovery_key,
    pending_database_path,
    pending_keyslot_path,
)

# The messages, at module level: written once, asserted word for word by the tests.
ONLY_ADMINISTRATORS = QT_TRANSLATE_NOOP(
    "errors", "Only an administrator can change the vault's key."
)
OPEN_ELSEWHERE = QT_TRANSLATE_NOOP(
    "errors",
    "The vault is open elsewhere (another TJ Desk window or command). Close it there, then try "
    "again. Nothing was changed.",
)
COPY_FAILED_CHECK = QT_TRANSLATE_NOOP(
    "errors",
    "The re-encrypted copy did not pass its checks; the vault keeps its old key. Nothing was "
    "changed.",
)


class VaultInUse(VaultError):
    def __init__(self) -> None:
        super().__init__(OPEN_ELSEWHERE)


class RotationFailedCheck(VaultError):
    def __init__(self) -> None:
        super().__init__(COPY_FAILED_CHECK)


def rotate_key(vault: UnlockedVault) -> tuple[UnlockedVault, str]:
    """Rotate the key of an unlocked vault; returns the new handle and the new recovery key."""
    if vault.actor is None or vault.actor.role is not Role.ADMINISTRATOR:
        raise AccessDenied(ONLY_ADMINISTRATORS)
    if vault.structure_problems:  # a handle made only for looking (audit verify)
        raise schema_guard.StructureChanged(list(vault.structure_problems))
    folder = vault.folder
    db_file = database_path(folder)
    staged_db = pending_database_path(folder)
    staged_keys = pending_keyslot_path(folder)
    key_file = keyslots.read_key_file(keyslot_path(folder), vault.key)
    new_key = keyslots.new_database_key()
    for stale in (staged_db, staged_keys):
        stale.unlink(missing_ok=True)  # only a finished rotation is ever settled from these

    try:
        old = vault.open_database()
        try:  # closing the connection detaches the copy too
            old.execute(
                "ATTACH DATABASE ? AS rotated KEY ?", (str(staged_db), f"x'{new_key.hex()}'")
            )
            old.execute("BEGIN")  # the copy, its version and the counts from one snapshot
            try:
                old.execute("SELECT sqlcipher_export('rotated')")
                version = int(old.scalar("PRAGMA user_version"))
                counts = row_counts(old)
            finally:
                old.execute("COMMIT")
            old.execute(f"PRAGMA rotated.user_version = {version}")  # export leaves it at 0
        finally:
            old.close()
        if Path(f"{db_file}-wal").exists():
            raise VaultInUse()  # the last connection to close removes the WAL: someone is left
        _check(staged_db, new_key, counts)
        rotated = keyslots.KeySlotFile(
            vault_id=key_file.vault_id,
            kdf=key_file.kdf,
            key_check=keyslots.compute_key_check(new_key, key_file.vault_id),
            slots={
                name: keyslots.reseal_slot(slot, new_key, key_file.vault_id)
                for name, slot in key_file.slots.items()
            },
            disabled_users=key_file.disabled_users,
            disabled_checks=key_file.disabled_checks,
        )
        keyslots.write_key_file(staged_keys, rotated, new_key)
    except BaseException:
        for leftover in _staged_files(folder):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise

    os.replace(staged_db, db_file)  # the commit point: from here on the new key opens it
    fsync_folder(folder)
    try:
        commit_key_file(folder)
    except FileNotFoundError:
        # A sign-in in between found the swapped database and finished this step for us.
        if not keyslots.key_matches(keyslots.read_key_file(keyslot_path(folder)), new_key):
            raise

    new_vault = dataclasses.replace(vault, key=new_key)  # the same person, signed in as before
    db = new_vault.open_database()
    try:
        with db.transaction():
            # Also what tells the administrators, until one confirms the new key is stored
            # (recovery_key_notice.py).
            audit.record(db, vault.actor.name, "vault.key_rotated")
    finally:
        db.close()
    return new_vault, format_recovery_key(new_key)


def commit_key_file(folder: Path) -> None:
    os.replace(pending_keyslot_path(folder), keyslot_path(folder))
    fsync_folder(folder)


def _check(path: Path, key: bytes, counts: dict[str, int]) -> None:
    copy = Database(open_connection(path, key))
    try:
        if integrity_problems(copy) or row_counts(copy) != counts:
            raise RotationFailedCheck()
    finally:  # (only read: closing leaves no WAL beside the copy)
        copy.close()


def _staged_files(folder: Path) -> list[Path]:
    staged = pending_database_path(folder)
    return [
        staged,
        Path(f"{staged}-wal"),
        Path(f"{staged}-shm"),
        Path(f"{staged}-journal"),
        pending_keyslot_path(folder),
    ]
