"""The vault on disk: create it, say what state it is in, unlock it, manage its key slots.

A vault folder holds the encrypted database (``tjdesk.db``), the key-slot file
(``tjdesk.keys``) and the sign-in back-off record. The database key is 32 random bytes that
nobody types: each user's slot yields it to that user's password (keyslots.py), and the
recovery key printed at set-up *is* that key, in hex, so any SQLCipher 4 tool can open the
database with ``PRAGMA key = "x'...'"``.

Every refusal (wrong password, missing or damaged key file, a file that is not a vault, a
vault from a newer version) leaves the files byte-for-byte as they were; a wrong password
changes only the back-off record.
"""

from __future__ import annotations

import contextlib
import enum
import os
import re
import sqlite3
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import sqlcipher3

from tjdesk import audit
from tjdesk.actors import Actor, Role
from tjdesk.clock import iso_utc
from tjdesk.errors import InvalidInput, TJDeskError
from tjdesk.i18n import QT_TRANSLATE_NOOP
from tjdesk.paths import backoff_path, database_path, keyslot_path
from tjdesk.vault import backoff_tally, keyslots, roster, schema_guard, signing
from tjdesk.vault.age_keys import recipient_string
from tjdesk.vault.backoff import UNKNOWN_USER, FailedAttempt, SignInBackoff
from tjdesk.vault.connection import VaultMissing, WrongKeyOrNotAVault, open_connection
from tjdesk.vault.database import Database
from tjdesk.vault.errors import (
    RECOVERY_KEY_CHARACTERS,
    DatabaseDamaged,
    KeyFileDamaged,
    KeyFileMissing,
    MalformedRecoveryKey,
    NewerVersion,
    NotAVault,
    NoVault,
    RotationCutShort,
    UserDisabled,
    VaultExists,
    WrongPassword,
    WrongRecoveryKey,
)
from tjdesk.vault.kdf import KdfParams, tune
from tjdesk.vault.keyslots import KeySlotFile, OpenedSlot, SlotPasswordMismatch
from tjdesk.vault.migrations import VaultTooNew, migrate
from tjdesk.vault.passwords import (  # re-exported: the vault's password rules
    MIN_PASSWORD_LENGTH as MIN_PASSWORD_LENGTH,
)
from tjdesk.vault.passwords import PASSWORD_ADVICE as PASSWORD_ADVICE
from tjdesk.vault.passwords import RECOMMENDED_PASSWORD_LENGTH as RECOMMENDED_PASSWORD_LENGTH
from tjdesk.vault.passwords import check_new_password as check_new_password
from tjdesk.vault.passwords import password_hint as password_hint
from tjdesk.vault.passwords import with_password_lengths as with_password_lengths
from tjdesk.vault.private_files import private_umask
from tjdesk.vault.signed_in import SignedInUser
from tjdesk.vault.worker import VaultWorker

_SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"

# Settings rows the vault itself keeps (table ``settings``, 001_core.sql).
SETTING_VAULT_ID = "vault_id"
SETTING_SHELTER_NAME = "shelter_name"
SETTING_LANGUAGE = "language"
SETTING_CREATED_AT = "created_at"

WallClock = Callable[[], float]

# What a sign-in is for (``unlock``'s ``purpose``) and the audit entry it writes; any other
# purpose is a programming error (KeyError), never a sign-in recorded under the wrong name.
_SIGN_IN_ACTIONS = {"signin": "signin.ok", "unlock": "session.unlock"}


class VaultState(enum.Enum):
    NO_VAULT = "no vault"
    READY = "ready"
    KEY_FILE_MISSING = "key file missing"
    KEY_FILE_DAMAGED = "key file damaged"
    NOT_A_VAULT = "not a vault"
    NEWER_VERSION = "newer version"


_STATE_ERRORS: dict[VaultState, Callable[[], TJDeskError]] = {
    VaultState.NO_VAULT: NoVault,
    VaultState.KEY_FILE_MISSING: KeyFileMissing,
    VaultState.KEY_FILE_DAMAGED: KeyFileDamaged,
    VaultState.NOT_A_VAULT: NotAVault,
    VaultState.NEWER_VERSION: NewerVersion,
}


@dataclass(frozen=True)
class UnlockedVault:
    """What a successful unlock hands over: where the vault is, its key, and who signed in.

    ``actor`` and ``signed_in`` are None after a recovery-key unlock (nobody signed in).
    ``signed_in`` (the person and their keys) is made only by a password unlock; every
    Database this handle opens carries it. Hand ``key`` only to ``open_connection`` /
    ``VaultWorker``; never log or display it.
    """

    folder: Path
    vault_id: str
    key: bytes
    actor: Actor | None
    must_change_password: bool = False
    signed_in: SignedInUser | None = None
    # Set only by unlock(allow_changed_structure=True) when the structure differs: such a
    # handle opens the database to be checked (audit verify), never to work on.
    structure_problems: tuple[str, ...] = ()

    @property
    def database_path(self) -> Path:
        return database_path(self.folder)

    def open_worker(self) -> VaultWorker:
        """The vault worker the app hands its operations to (it opens its own connection)."""
        return VaultWorker(self.database_path, self.key, signed_in=self.signed_in)

    def open_database(self) -> Database:
        """A Database on the calling thread (command line, tests; the GUI uses a worker)."""
        db = _open_checked(
            self.database_path,
            self.key,
            self.vault_id,
            check_structure=not self.structure_problems,
        )
        db.bind_signed_in(self.signed_in)
        return db

    def __repr__(self) -> str:  # never show the key
        return f"UnlockedVault(folder={str(self.folder)!r}, actor={self.actor!r})"


# --- state --------------------------------------------------------------------------------


def inspect(folder: Path) -> VaultState:
    """What is in ``folder``, judged without any key and without writing anything."""
    folder = Path(folder)
    db_file, key_file = database_path(folder), keyslot_path(folder)
    if not db_file.exists() and not key_file.exists():
        return VaultState.NO_VAULT
    if db_file.exists() and not _looks_encrypted(db_file):
        return VaultState.NOT_A_VAULT
    try:
        keyslots.read_key_file(key_file)
    except KeyFileMissing:
        return VaultState.KEY_FILE_MISSING
    except NewerVersion:
        return VaultState.NEWER_VERSION
    except KeyFileDamaged:
        return VaultState.KEY_FILE_DAMAGED
    if not db_file.exists():
        # Slots without their database: nothing here can be opened.
        return VaultState.NOT_A_VAULT
    return VaultState.READY


def state_error(state: VaultState) -> TJDeskError | None:
    """The error to show for a state the app cannot sign in to (None when READY)."""
    cls = _STATE_ERRORS.get(state)
    return None if cls is None else cls()


def _looks_encrypted(db_file: Path) -> bool:
    # An SQLCipher file starts with a random salt and is whole pages; a plain SQLite file,
    # an empty file or a text file is not ours.
    try:
        size = db_file.stat().st_size
        with open(db_file, "rb") as handle:
            head = handle.read(len(_SQLITE_PLAIN_HEADER))
    except (IsADirectoryError, PermissionError):
        return False
    if size == 0 and Path(f"{db_file}-wal").is_file():
        return True  # a crash before the first checkpoint: the pages are still in the WAL
    return size >= 1024 and size % 512 == 0 and head != _SQLITE_PLAIN_HEADER


def pending_database_path(folder: Path) -> Path:
    """Where a key rotation builds the re-encrypted database (rotate.py)."""
    return database_path(folder).with_name(database_path(folder).name + ".new")


def pending_keyslot_path(folder: Path) -> Path:
    """Where a key rotation writes the resealed slots before the swap (rotate.py)."""
    return keyslot_path(folder).with_name(keyslot_path(folder).name + ".new")


def _require_ready(folder: Path) -> KeySlotFile:
    state = inspect(folder)
    if state is VaultState.KEY_FILE_DAMAGED:
        keyslots.read_key_file(keyslot_path(folder))  # raises the precise error (tampered?)
    error = state_error(state)
    if error is not None:
        raise error
    return keyslots.read_key_file(keyslot_path(folder))


# --- passwords and recovery keys ----------------------------------------------------------


def format_recovery_key(key: bytes) -> str:
    """64 hex digits in 16 groups of 4, in 4 lines: easy to copy by hand and read aloud."""
    digits = key.hex()
    groups = [digits[i : i + 4] for i in range(0, len(digits), 4)]
    lines = [" ".join(groups[i : i + 4]) for i in range(0, len(groups), 4)]
    return "\n".join(lines)


def parse_recovery_key(text: str) -> bytes:
    digits = re.sub(r"[\s\-]", "", text).lower()
    if not re.fullmatch(f"[0-9a-f]{{{RECOVERY_KEY_CHARACTERS}}}", digits):
        raise MalformedRecoveryKey()
    return bytes.fromhex(digits)


# --- create -------------------------------------------------------------------------------


def create(
    folder: Path,
    shelter_name: str,
    admin_name: str,
    admin_password: str,
    language: str,
    kdf: KdfParams | None = None,
    *,
    admin_display_name: str | None = None,
) -> str:
    """Make a new vault with its first administrator; returns the recovery key (show it once).

    ``kdf`` is for tests; a real vault always uses parameters tuned on this machine. A vault
    made this way has no recovery identity yet (``create_with_recovery_identity`` makes both).
    """
    return _create(
        folder,
        shelter_name,
        admin_name,
        admin_password,
        language,
        kdf,
        admin_display_name=admin_display_name,
    )[0]


def create_with_recovery_identity(
    folder: Path,
    shelter_name: str,
    admin_name: str,
    admin_password: str,
    language: str,
    kdf: KdfParams | None = None,
    *,
    admin_display_name: str | None = None,
) -> tuple[str, str]:
    """Make a new vault as ``create`` does, and its recovery identity in the same signed
    set-up (the first administrator signs its entry); returns (recovery key, recovery
    identity ``AGE-SECRET-KEY-1...``): both are shown once and never stored."""
    recovery_key, identity = _create(
        folder,
        shelter_name,
        admin_name,
        admin_password,
        language,
        kdf,
        admin_display_name=admin_display_name,
        with_recovery_identity=True,
    )
    assert identity is not None
    return recovery_key, identity


def _create(
    folder: Path,
    shelter_name: str,
    admin_name: str,
    admin_password: str,
    language: str,
    kdf: KdfParams | None = None,
    *,
    admin_display_name: str | None = None,
    with_recovery_identity: bool = False,
) -> tuple[str, str | None]:
    folder = Path(folder)
    name = keyslots.canonical_user_name(admin_name)
    check_new_password(admin_password)
    shelter = shelter_name.strip()
    if not shelter:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Please give the shelter or room a name."))
    if inspect(folder) is not VaultState.NO_VAULT:
        raise VaultExists()
    if folder.exists() and not folder.is_dir():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The vault location is a file, not a folder.")
        )
    params = kdf or tune()
    with private_umask():  # the vault folder (and any parent made for it) is its owner's alone
        folder.mkdir(parents=True, exist_ok=True)
    key = keyslots.new_database_key()
    vault_id = uuid.uuid4().hex
    slot, own_keys = keyslots.create_slot_with_keys(name, admin_password, key, vault_id, params)
    key_file = keyslots.new_key_file(vault_id, key, params).with_slot(slot)
    db_file = database_path(folder)
    made: list[Path] = []
    try:
        made.append(db_file)
        db = Database(open_connection(db_file, key, create=True))
        try:
            migrate(db)
            now = iso_utc()
            with db.transaction():
                for setting, value in (
                    (SETTING_VAULT_ID, vault_id),
                    (SETTING_SHELTER_NAME, shelter),
                    (SETTING_LANGUAGE, language),
                    (SETTING_CREATED_AT, now),
                ):
                    db.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (setting, value))
                cursor = db.execute(
                    "INSERT INTO users (name, display_name, role, disabled, created_at,"
                    " updated_at) VALUES (?, ?, ?, 0, ?, ?)",
                    (
                        name,
                        (admin_display_name or name).strip() or name,
                        Role.ADMINISTRATOR.value,
                        now,
                        now,
                    ),
                )
                admin = Actor(int(cursor.lastrowid), name, Role.ADMINISTRATOR)
                db.bind_signed_in(_signed_in_user(admin, own_keys))
                # The first administrator's key is the root every certificate starts from;
                # its fingerprint goes on the recovery sheet (root_fingerprint()).
                signing.start_signing(db, roster.HOW_SET_UP, key_file)
                audit.record(db, name, "vault.create")
                audit.record(
                    db,
                    name,
                    "user.add",
                    target_type="user",
                    target_id=admin.id,
                    detail=Role.ADMINISTRATOR.value,
                )
                identity = _install_recovery_identity(db, name) if with_recovery_identity else None
                made.append(keyslot_path(folder))
                keyslots.write_key_file(keyslot_path(folder), key_file, key)
        finally:
            db.close()
    except BaseException:
        for path in made:
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                with contextlib.suppress(OSError):
                    leftover.unlink()
        raise
    return format_recovery_key(key), identity


# --- unlock -------------------------------------------------------------------------------


def unlock(
    folder: Path,
    user: str,
    password: str,
    *,
    purpose: str = "signin",
    clock: WallClock = time.time,
    allow_changed_structure: bool = False,
) -> UnlockedVault:
    """Check ``user``'s password and open the vault for them.

    ``purpose`` is "signin" or "unlock" (from the lock screen); it names the audit entry.
    A vault whose structure was changed outside TJ Desk is refused (StructureChanged) unless
    ``allow_changed_structure`` (``audit verify`` only): then nothing is written and the
    handle carries the differences.
    Raises WrongPassword (with the wait before the next try), Throttled, UserDisabled, or the
    error for a vault that cannot be opened at all.
    """
    folder = Path(folder)
    key_file = _require_ready(folder)
    backoff = SignInBackoff(backoff_path(folder), clock=clock)
    try:
        name = keyslots.canonical_user_name(user)
    except InvalidInput:
        name = ""
    slot = key_file.slots.get(name)
    attempt = backoff.begin_attempt(name if slot is not None else UNKNOWN_USER)  # or Throttled
    if slot is None:
        # A disabled account is named only to whoever knows its password: to anyone else it
        # is a wrong password like an unknown name (issue 17, item 6). Only a disabled user
        # has a check (keyslots.parse keeps no other).
        check = key_file.disabled_checks.get(name)
        if check is not None:
            if keyslots.password_opens(check, password, key_file.vault_id):
                backoff.attempt_failed(attempt)  # still a refused sign-in, and throttled
                raise UserDisabled()
        else:
            # Same work as a real try, so the time taken does not tell which names exist.
            keyslots.create_slot("x", password, bytes(32), key_file.vault_id, key_file.kdf)
        raise WrongPassword(backoff.attempt_failed(attempt))
    try:
        opened = keyslots.open_slot_keys(slot, password, key_file.vault_id)
    except SlotPasswordMismatch:
        raise WrongPassword(backoff.attempt_failed(attempt)) from None
    except KeyFileDamaged:
        backoff.attempt_succeeded(attempt)  # the password was right; the slot is at fault
        raise
    backoff.attempt_succeeded(attempt)
    if not pending_keyslot_path(folder).exists():  # mid-rotation the header has the new key
        keyslots.check_header(key_file, opened.database_key)  # or KeyFileTampered

    db, key, finished_rotation = _settle_interrupted_rotation(
        folder, opened.database_key, name, password, key_file.vault_id
    )
    try:
        problems = tuple(schema_guard.differences(db))
    except BaseException:
        db.close()
        raise
    if problems and not allow_changed_structure:
        db.close()
        raise schema_guard.StructureChanged(list(problems))
    try:
        row = db.query_one("SELECT id, name, role, disabled FROM users WHERE name = ?", (name,))
        if row is None or row["disabled"]:
            raise UserDisabled()
        if opened.signing_key is None:
            slot, opened = _give_signing_key(folder, slot, opened, key_file.vault_id)
        assert slot.signing_public_key is not None
        # Who this is and in which role comes from the certified record, never the row alone.
        actor, current_roster = signing.sign_in_record(db, row, slot, slot.signing_public_key)
        signed_in = _signed_in_user(actor, opened)
        db.bind_signed_in(signed_in)
        unlocked = UnlockedVault(
            folder,
            key_file.vault_id,
            key,
            actor,
            slot.must_change_password,
            signed_in=signed_in,
        )
        if problems:
            # Written entries could be swallowed by a foreign trigger: write nothing.
            return replace(unlocked, structure_problems=problems)
        attempts, dropped, tally = backoff.take_pending_with_tally()
        action = _SIGN_IN_ACTIONS[purpose]
        with db.transaction():
            backoff_tally.check_and_keep(
                db, tally, len(attempts) + dropped, latest=backoff.take_pending_with_tally()[2]
            )
            _audit_failed_attempts(db, attempts, dropped, set(key_file.slots))
            signing.after_sign_in(
                db, current_roster, keyslots.read_key_file(keyslot_path(folder), key)
            )
            audit.record(db, actor.name, action, target_type="user", target_id=actor.id)
            if finished_rotation:
                # Nobody saw the new recovery key: the administrators are told until one
                # changes the key again (recovery_key_notice.py).
                audit.record(db, actor.name, "vault.key_rotation_finished")
        backoff.clear_pending(attempts)
    finally:
        db.close()
    if _weaker(slot.kdf, key_file.kdf):
        # The vault's parameters were raised since this slot was written: the password is at
        # hand only now, so re-derive (the check_needs_rehash pattern), keeping the key pairs.
        # A failure here costs nothing: the old slot still works.
        with contextlib.suppress(OSError, TJDeskError):
            write_slot(
                unlocked,
                name,
                password,
                must_change_password=slot.must_change_password,
                keep=opened,
            )
    return unlocked


def _install_recovery_identity(db: Database, admin_name: str) -> str:
    from tjdesk.vault import recovery  # it builds on sealing, which needs us

    return recovery.install_recovery_identity(db, admin_name)


def _signed_in_user(actor: Actor, opened: OpenedSlot) -> SignedInUser:
    if opened.signing_key is None:
        raise KeyFileDamaged()
    return SignedInUser(
        actor=actor,
        age_identity=opened.x25519_private_key,
        age_recipient=recipient_string(opened.x25519_public_key),
        signing_key=opened.signing_key,
    )


def _give_signing_key(
    folder: Path, slot: keyslots.KeySlot, opened: OpenedSlot, vault_id: str
) -> tuple[keyslots.KeySlot, OpenedSlot]:
    """A format-1 slot gets its Ed25519 key pair now, at its owner's sign-in (issue 14).

    Written before the session starts: a signing key that is not on disk would sign entries
    nobody could check later. Only this slot changes, and only if nobody rewrote it meanwhile.
    """
    upgraded, opened = keyslots.with_signing_key(slot, opened, vault_id)
    path = keyslot_path(folder)
    current = keyslots.read_key_file(path, opened.database_key)
    if current.slots.get(slot.user) != slot:
        raise KeyFileDamaged()  # changed under us (a reset or rotation): sign in again
    keyslots.write_key_file(path, current.with_slot(upgraded), opened.database_key)
    return upgraded, opened


def _weaker(slot_params: KdfParams, vault_params: KdfParams) -> bool:
    pairs = (
        (slot_params.memory_kib, vault_params.memory_kib),
        (slot_params.time_cost, vault_params.time_cost),
        (slot_params.parallelism, vault_params.parallelism),
    )
    return all(mine <= wanted for mine, wanted in pairs) and slot_params != vault_params


def _settle_interrupted_rotation(
    folder: Path, key: bytes, name: str, password: str, vault_id: str
) -> tuple[Database, bytes, bool]:
    """Open the database; finish (or clear away) a key rotation a crash interrupted.

    Returns the database, the key that opened it, and whether this call finished a rotation.

    Runs only after a right password. If the database was swapped but the key file was not,
    the database opens only with the key in ``tjdesk.keys.new``: rename that into place.
    Pending files beside a database that still opens with the current key are left alone: a
    rotation may be running right now (rotate.py clears stale ones when it starts).
    """
    pending = pending_keyslot_path(folder)
    try:
        db = _open_checked(database_path(folder), key, vault_id, check_structure=False)
    except DatabaseDamaged:
        if not pending.exists():
            raise
        try:
            new_file = keyslots.read_key_file(pending)
            slot = new_file.slots[name]
            new_key = keyslots.open_slot(slot, password, vault_id)
        except (TJDeskError, KeyError, SlotPasswordMismatch):
            raise DatabaseDamaged() from None
        db = _open_checked(database_path(folder), new_key, vault_id, check_structure=False)
        try:
            os.replace(pending, keyslot_path(folder))
        except FileNotFoundError:  # the rotation itself got there first, and shows its key
            return db, new_key, False
        return db, new_key, True
    return db, key, False


def _audit_failed_attempts(
    db: Database, attempts: list[FailedAttempt], dropped: int, known: set[str]
) -> None:
    from datetime import UTC, datetime

    if dropped:
        audit.record(db, None, "signin.failed_dropped", detail=str(dropped))
    for attempt in attempts:
        actor = attempt.user if attempt.user in known else None
        audit.record(
            db,
            actor,
            "signin.failed",
            detail=None if actor else "unknown user name",
            at=datetime.fromtimestamp(attempt.time, UTC),
        )


def _open_checked(
    db_file: Path, key: bytes, vault_id: str | None, *, check_structure: bool
) -> Database:
    """Open, refuse a newer schema, migrate an older one, check the vault id and structure."""
    try:
        db = Database(open_connection(db_file, key))
    except VaultMissing:
        raise NoVault() from None
    except WrongKeyOrNotAVault:
        # The key came out of a slot that checked out, so the database is at fault.
        raise DatabaseDamaged() from None
    try:
        migrate(db)
        if vault_id is not None:
            stored = db.scalar("SELECT value FROM settings WHERE key = ?", (SETTING_VAULT_ID,))
            if stored != vault_id:
                raise DatabaseDamaged()
        if check_structure:
            schema_guard.check(db)  # a foreign trigger or view, a dropped guard: refused
    except VaultTooNew:
        db.close()
        raise NewerVersion() from None
    except (sqlcipher3.DatabaseError, sqlite3.DatabaseError):
        db.close()
        raise DatabaseDamaged() from None
    except BaseException:
        db.close()
        raise
    return db


# --- recovery key ---------------------------------------------------------------------------


def unlock_with_recovery_key(folder: Path, recovery_key: str) -> UnlockedVault:
    """Open the vault with its recovery key (no user is signed in); works without the key file."""
    folder = Path(folder)
    key = parse_recovery_key(recovery_key)
    db_file = database_path(folder)
    if not db_file.exists():
        raise NoVault()
    if not _looks_encrypted(db_file):
        raise NotAVault()
    key_file = _read_key_file_if_sound(folder)
    if key_file is not None and not keyslots.key_matches(key_file, key):
        raise WrongRecoveryKey()
    try:
        db = Database(open_connection(db_file, key))
    except WrongKeyOrNotAVault:
        if key_file is not None and pending_keyslot_path(folder).exists():
            # The database already has the key of the new file beside this one (rotate.py's
            # commit point passed), and the new recovery key was never shown: not damage.
            raise RotationCutShort() from None
        # With a key file to check against, a key that matched it points at the database.
        raise (DatabaseDamaged() if key_file is not None else WrongRecoveryKey()) from None
    except VaultMissing:
        raise NoVault() from None
    try:
        try:
            migrate(db)
        except VaultTooNew:
            raise NewerVersion() from None
        vault_id = db.scalar("SELECT value FROM settings WHERE key = ?", (SETTING_VAULT_ID,))
        if not isinstance(vault_id, str) or not vault_id:
            raise NotAVault()
        with db.transaction():
            audit.record(db, None, "signin.recovery_key")
    finally:
        db.close()
    return UnlockedVault(folder, vault_id, key, None)


def _read_key_file_if_sound(folder: Path) -> KeySlotFile | None:
    try:
        return keyslots.read_key_file(keyslot_path(folder))
    except (KeyFileMissing, KeyFileDamaged, NewerVersion):
        return None


def add_admin_with_recovery_key(
    folder: Path,
    recovery_key: str,
    admin_name: str,
    admin_password: str,
    *,
    kdf: KdfParams | None = None,
) -> UnlockedVault:
    """When every password is lost: the recovery key adds (or restores) an administrator's slot.

    A missing or damaged key file is replaced by a new one holding just this slot; the
    damaged one is kept beside it (``tjdesk.keys.damaged``) for the record.
    """
    folder = Path(folder)
    name = keyslots.canonical_user_name(admin_name)
    check_new_password(admin_password)
    opened = unlock_with_recovery_key(folder, recovery_key)
    key_file = _read_key_file_if_sound(folder)
    if key_file is None:
        key_file = keyslots.new_key_file(opened.vault_id, opened.key, kdf or tune())
        damaged = keyslot_path(folder)
        if damaged.exists():
            os.replace(damaged, damaged.with_name(damaged.name + ".damaged"))
    params = kdf or key_file.kdf
    db = opened.open_database()
    try:
        now = iso_utc()
        row = db.query_one("SELECT id, role FROM users WHERE name = ?", (name,))
        if row is not None and row["role"] != Role.ADMINISTRATOR.value:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "That name belongs to a user who is not an administrator."
                )
            )
        slot, own_keys = keyslots.create_slot_with_keys(
            name, admin_password, opened.key, opened.vault_id, params
        )
        with db.transaction():
            if row is None:
                cursor = db.execute(
                    "INSERT INTO users (name, display_name, role, disabled, created_at,"
                    " updated_at) VALUES (?, ?, ?, 0, ?, ?)",
                    (name, name, Role.ADMINISTRATOR.value, now, now),
                )
                user_id = int(cursor.lastrowid)
            else:
                user_id = int(row["id"])
                db.execute(
                    "UPDATE users SET disabled = 0, updated_at = ? WHERE id = ?", (now, user_id)
                )
            actor = Actor(user_id, name, Role.ADMINISTRATOR)
            signed_in = _signed_in_user(actor, own_keys)
            db.bind_signed_in(signed_in)
            # The recovery key outranks every password: the administrator it restores becomes a
            # new root (shown by 'audit verify' beside the earlier ones, with how it came).
            new_file = key_file.with_slot(slot)
            signing.start_signing(db, roster.HOW_RECOVERY, new_file)
            audit.record(
                db,
                name,
                "user.recovery_admin",
                target_type="user",
                target_id=user_id,
                detail=Role.ADMINISTRATOR.value,
            )
            keyslots.write_key_file(keyslot_path(folder), new_file, opened.key)
    finally:
        db.close()
    return UnlockedVault(folder, opened.vault_id, opened.key, actor, signed_in=signed_in)


def set_up_root_fingerprint(folder: Path, admin_name: str) -> str | None:
    """Right after ``create``: the root key's fingerprint, for the recovery sheet.

    The root is the first administrator's signing key, which their slot holds in clear.
    """
    try:
        slot = keyslots.read_key_file(keyslot_path(folder)).slots.get(
            keyslots.canonical_user_name(admin_name)
        )
    except TJDeskError:
        return None
    if slot is None or slot.signing_public_key is None:
        return None
    return roster.fingerprint(slot.signing_public_key)


def root_fingerprints(db: Database) -> list[str]:
    """The pinned roots' fingerprints, oldest first (the first is on the recovery sheet)."""
    return [root.fingerprint for root in roster.load(db).roots]


# --- slots (used by the user service) -------------------------------------------------------


def write_slot(
    vault: UnlockedVault,
    user: str,
    password: str,
    *,
    must_change_password: bool = False,
    keep: OpenedSlot | None = None,
) -> keyslots.KeySlot:
    """Add or replace one user's slot; every other slot stays exactly as it was.

    New key pairs unless ``keep`` (what the user's current password opened) is given.
    """
    key_file = keyslots.read_key_file(keyslot_path(vault.folder), vault.key)
    slot = keyslots.create_slot(
        user,
        password,
        vault.key,
        vault.vault_id,
        key_file.kdf,
        must_change_password=must_change_password,
        keep=keep,
    )
    keyslots.write_key_file(keyslot_path(vault.folder), key_file.with_slot(slot), vault.key)
    return slot


def remove_slot(vault: UnlockedVault, user: str) -> None:
    """Delete a user's slot and mark them disabled: that password no longer opens anything."""
    path = keyslot_path(vault.folder)
    current = keyslots.read_key_file(path, vault.key)
    keyslots.write_key_file(path, current.without_slot(user), vault.key)


def open_own_slot(vault: UnlockedVault, user: str, password: str) -> OpenedSlot | None:
    """What ``password`` opens in ``user``'s slot, or None (for changing one's own password)."""
    key_file = keyslots.read_key_file(keyslot_path(vault.folder))
    slot = key_file.slots.get(user)
    if slot is None:
        return None
    try:
        return keyslots.open_slot_keys(slot, password, vault.vault_id)
    except SlotPasswordMismatch:
        return None
