"""Encrypted backups, and restoring them into a new folder that is checked before it is used.

A backup file is a zip (stored, not compressed: encrypted pages do not compress) with

* ``tjdesk.db``: an SQLCipher copy made with ``sqlcipher_export`` into an ATTACHed file under
  the same key, while the app keeps running (never a copy of the live file, which can be torn);
* ``tjdesk.keys``: the key slots as they were, so each user's password of that day opens it,
  and the recovery key too;
* ``manifest.json``: vault id, schema version, time, row count per table (no client data).

Nothing is ever written in plaintext: the staging copies are encrypted databases. A restore
unpacks into a hidden folder beside the target, opens it with a password or the recovery key,
runs both integrity checks and compares row counts; only then is the folder renamed into
place. A wrong key, a truncated or foreign file: a clear error, nothing replaced.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import sqlite3
import stat
import struct
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any

import sqlcipher3

from tjdesk import audit, safe_json
from tjdesk.actors import Actor
from tjdesk.clock import iso_utc, utc_now
from tjdesk.errors import InvalidInput, VaultError
from tjdesk.i18n import QT_TRANSLATE_NOOP
from tjdesk.paths import DATABASE_FILE, KEYSLOT_FILE, database_path, keyslot_path
from tjdesk.vault import keyslots
from tjdesk.vault.atomic_file import fsync_folder
from tjdesk.vault.backoff_tally import SETTING_BACKOFF_TALLY
from tjdesk.vault.check import integrity_problems
from tjdesk.vault.connection import WrongKeyOrNotAVault, open_connection
from tjdesk.vault.database import Database
from tjdesk.vault.errors import KeyFileDamaged, NewerVersion
from tjdesk.vault.keyslots import SlotPasswordMismatch
from tjdesk.vault.migrations import VaultTooNew, check_not_too_new, current_version
from tjdesk.vault.vault import SETTING_VAULT_ID, UnlockedVault, parse_recovery_key

BACKUP_FORMAT = "tjdesk-backup"
BACKUP_VERSION = 1
MANIFEST = "manifest.json"
SETTING_LAST_BACKUP = "last_backup_at"
REMINDER_AFTER = timedelta(days=7)
_MAX_MANIFEST = 1024 * 1024
_MAX_KEY_FILE = 4 * 1024 * 1024  # as keyslots reads it
_MAX_DATABASE = 64 * 1024**3
# Exactly the members write_backup makes, each at most this size. Stored, never compressed: a
# member's size on disk is then its size in the zip, so a backup can never unpack into more
# bytes than the file itself holds (a 300 KB "zip bomb" cannot write 300 MB).
_MEMBER_LIMITS = {
    MANIFEST: _MAX_MANIFEST,
    KEYSLOT_FILE: _MAX_KEY_FILE,
    DATABASE_FILE: _MAX_DATABASE,
}
_MANIFEST_DEPTH = 2  # {"row_counts": {...}}
_MAX_TABLES = 10_000
_VAULT_ID = re.compile(r"[0-9A-Za-z_-]{1,64}")
# What a damaged or crafted zip can raise from the standard library besides BadZipFile.
_ZIP_ERRORS = (
    OSError,
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    KeyError,
    ValueError,
    EOFError,
    NotImplementedError,
    RuntimeError,
    struct.error,
    OverflowError,
)


class BackupUnreadable(VaultError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This file is not a TJ Desk backup, or it is damaged or incomplete. "
                "Nothing was replaced.",
            )
        )


class BackupNotAFile(VaultError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Only a backup file can be restored; %1 is a folder, a device or a pipe. "
                "Nothing was replaced.",
            ),
            str(path),
        )


class BackupWrongKey(VaultError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This password or recovery key does not open the backup (a backup opens with "
                "the passwords of the day it was made). Nothing was replaced.",
            )
        )


class BackupFailedCheck(VaultError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The backup did not pass its checks (damaged pages or missing rows). "
                "Nothing was replaced.",
            )
        )


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    vault_id: str
    created_at: str
    schema_version: int
    row_counts: dict[str, int]


# --- writing ------------------------------------------------------------------------------


def row_counts(db: Database, schema: str = "main") -> dict[str, int]:
    """Rows per table: the figure a restore must reproduce (FTS shadow tables included)."""
    names = [
        str(row["name"])
        for row in db.query(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table'"
            " AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    counts: dict[str, int] = {}
    for name in names:
        quoted = '"' + name.replace('"', '""') + '"'
        try:
            counts[name] = int(db.scalar(f"SELECT count(*) FROM {schema}.{quoted}"))
        except (sqlcipher3.OperationalError, sqlite3.OperationalError):
            continue  # virtual tables whose module needs the main connection's state
    return counts


def write_backup(db: Database, vault: UnlockedVault, out: Path) -> BackupInfo:
    """Write an encrypted backup of the open vault to ``out`` (a new file); runs on the worker.

    The export runs inside one read transaction, so it is a consistent snapshot even while
    others keep writing through their own connections.
    """
    out = Path(out)
    if out.exists():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The backup file already exists."))
    if not out.parent.is_dir():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The backup folder does not exist."))
    key_file_bytes = keyslot_path(vault.folder).read_bytes()
    keyslots.parse(key_file_bytes)  # never back up a damaged key file as if it were sound
    staging = Path(tempfile.mkdtemp(prefix=".tjdesk-backup-", dir=out.parent))
    try:
        staged_db = staging / DATABASE_FILE
        db.execute("ATTACH DATABASE ? AS backup KEY ?", (str(staged_db), f"x'{vault.key.hex()}'"))
        try:
            db.execute("BEGIN")
            try:
                db.execute("SELECT sqlcipher_export('backup')")
                version = current_version(db)
                counts = row_counts(db)
                head = audit.head(db)  # kept outside the vault: catches a cut-off tail
            finally:
                db.execute("COMMIT")
            db.execute(f"PRAGMA backup.user_version = {int(version)}")
        finally:
            db.execute("DETACH DATABASE backup")
        _check_copy(staged_db, vault.key, counts)
        created = iso_utc()
        manifest = {
            "format": BACKUP_FORMAT,
            "version": BACKUP_VERSION,
            "vault_id": vault.vault_id,
            "created_at": created,
            "schema_version": version,
            "row_counts": counts,
            "audit_head": {"seq": head.seq, "hash": head.hash},
        }
        staged_zip = staging / "backup.zip"
        with zipfile.ZipFile(staged_zip, "w", compression=zipfile.ZIP_STORED) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest, indent=1))
            archive.writestr(KEYSLOT_FILE, key_file_bytes)
            archive.write(staged_db, DATABASE_FILE)
        os.chmod(staged_zip, 0o600)
        with open(staged_zip, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(staged_zip, out)
        fsync_folder(out.parent)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    with db.transaction():
        _set_setting(db, SETTING_LAST_BACKUP, created)
        audit.record(
            db, _actor_name(vault.actor), "backup.create", detail=str(sum(counts.values()))
        )
    return BackupInfo(out, vault.vault_id, created, int(version), counts)


def _check_copy(path: Path, key: bytes, counts: dict[str, int]) -> None:
    copy = Database(open_connection(path, key))
    try:
        if integrity_problems(copy) or row_counts(copy) != counts:
            raise BackupFailedCheck()
        copy.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        copy.close()


# --- reminders ----------------------------------------------------------------------------


def last_backup_at(db: Database) -> datetime | None:
    value = db.scalar("SELECT value FROM settings WHERE key = ?", (SETTING_LAST_BACKUP,))
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value)).astimezone(UTC)
    except ValueError:
        return None


def backup_overdue(db: Database, now: datetime | None = None) -> bool:
    """True when there has never been a backup, or the last is older than 7 days."""
    last = last_backup_at(db)
    return last is None or (now or utc_now()) - last > REMINDER_AFTER


# --- restoring ----------------------------------------------------------------------------


@dataclass(frozen=True)
class RestoredVault:
    folder: Path
    vault_id: str
    created_at: str
    row_counts: dict[str, int]


def read_manifest(path: Path) -> dict[str, Any]:
    """The manifest of a backup file, every field checked (BackupUnreadable if it is not one)."""
    with _open_backup_file(path) as handle:
        try:
            with zipfile.ZipFile(handle) as archive:
                return _manifest_of(archive, os.fstat(handle.fileno()).st_size)
        except _ZIP_ERRORS:
            raise BackupUnreadable() from None


def _open_backup_file(path: Path) -> IO[bytes]:
    """Open ``path`` only if it is a regular file (a device or a pipe would never end).

    Non-blocking, so opening a pipe cannot hang; checked again on the open handle, so a file
    swapped after the first look is still caught.
    """
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise BackupNotAFile(path)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        raise BackupUnreadable() from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise BackupNotAFile(path)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _check_members(archive: zipfile.ZipFile, archive_size: int) -> None:
    """Our three members, once each, stored, each within its limit: before anything is read."""
    infos = archive.infolist()
    if sorted(info.filename for info in infos) != sorted(_MEMBER_LIMITS):
        raise BackupUnreadable()
    for info in infos:
        if (
            info.compress_type != zipfile.ZIP_STORED
            or info.flag_bits & 0x1  # encrypted
            or info.file_size != info.compress_size
            or info.file_size > _MEMBER_LIMITS[info.filename]
        ):
            raise BackupUnreadable()
    if sum(info.file_size for info in infos) > archive_size:
        raise BackupUnreadable()


def _manifest_of(archive: zipfile.ZipFile, archive_size: int) -> dict[str, Any]:
    _check_members(archive, archive_size)
    return parse_manifest(archive.read(MANIFEST))


def parse_manifest(data: bytes) -> dict[str, Any]:
    """A backup manifest with every field of the right type and range, or BackupUnreadable."""
    try:
        document = safe_json.loads_object(data, max_bytes=_MAX_MANIFEST, max_depth=_MANIFEST_DEPTH)
        if safe_json.field(document, "format", str) != BACKUP_FORMAT:
            raise BackupUnreadable()
        version = safe_json.field(document, "version", int)
        if version > BACKUP_VERSION:
            raise NewerVersion()
        vault_id = safe_json.field(document, "vault_id", str)
        created_at = safe_json.field(document, "created_at", str)
        schema_version = safe_json.field(document, "schema_version", int)
        counts = safe_json.field(document, "row_counts", dict)
        if (
            version < 1
            or not _VAULT_ID.fullmatch(vault_id)
            or len(created_at) > 64
            or not 0 <= schema_version < 2**31
            or len(counts) > _MAX_TABLES
            or not all(
                len(name) <= 256 and safe_json.is_a(rows, int) and 0 <= rows < 2**63
                for name, rows in counts.items()
            )
        ):
            raise BackupUnreadable()
        datetime.fromisoformat(created_at)
    except ValueError:  # JsonRejected included
        raise BackupUnreadable() from None
    return document


def restore_backup(
    backup: Path,
    into: Path,
    *,
    user: str | None = None,
    password: str | None = None,
    recovery_key: str | None = None,
) -> RestoredVault:
    """Unpack ``backup`` into the new folder ``into`` once it has proved sound.

    Opens with ``user`` + ``password`` (as of the backup's day) or with the recovery key.
    """
    into = Path(into)
    with _open_backup_file(backup):
        pass  # a device, a pipe or a folder: refused before any folder is made
    if into.exists() and (not into.is_dir() or any(into.iterdir())):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Restore into a new, empty folder. Nothing was replaced.")
        )
    into.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{into.name}.restoring-", dir=into.parent))
    try:
        with _open_backup_file(backup) as handle:
            try:
                with zipfile.ZipFile(handle) as archive:
                    manifest = _manifest_of(archive, os.fstat(handle.fileno()).st_size)
                    for member in (DATABASE_FILE, KEYSLOT_FILE):
                        # Read by their fixed names (a crafted path cannot escape), at most
                        # the size checked above (zipfile stops there and checks the CRC).
                        with (
                            archive.open(member) as source,
                            open(staging / member, "xb") as target,
                        ):
                            os.chmod(staging / member, 0o600)
                            shutil.copyfileobj(source, target)
            except _ZIP_ERRORS:
                raise BackupUnreadable() from None
        try:
            key_file = keyslots.read_key_file(staging / KEYSLOT_FILE)
        except KeyFileDamaged:
            raise BackupUnreadable() from None
        if key_file.vault_id != manifest["vault_id"]:
            raise BackupUnreadable()
        key = _backup_key(key_file, user, password, recovery_key)
        _verify_restored(staging, key, manifest, user)
        os.chmod(staging, 0o700)
        if into.exists():
            into.rmdir()  # empty (checked above); a rename cannot land on a folder on Windows
        os.replace(staging, into)
        fsync_folder(into.parent)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return RestoredVault(
        into,
        str(manifest["vault_id"]),
        str(manifest.get("created_at", "")),
        {str(k): int(v) for k, v in manifest["row_counts"].items()},
    )


def _backup_key(
    key_file: keyslots.KeySlotFile,
    user: str | None,
    password: str | None,
    recovery_key: str | None,
) -> bytes:
    if recovery_key is not None:
        key = parse_recovery_key(recovery_key)
        if not keyslots.key_matches(key_file, key):
            raise BackupWrongKey()
        return key
    if user is None or password is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Give a user and password, or the recovery key.")
        )
    try:
        name = keyslots.canonical_user_name(user)
    except InvalidInput:
        raise BackupWrongKey() from None
    slot = key_file.slots.get(name)
    if slot is None:
        raise BackupWrongKey()
    try:
        return keyslots.open_slot(slot, password, key_file.vault_id)
    except SlotPasswordMismatch:
        raise BackupWrongKey() from None


def _verify_restored(staging: Path, key: bytes, manifest: dict[str, Any], user: str | None) -> None:
    try:
        db = Database(open_connection(staging / DATABASE_FILE, key))
    except WrongKeyOrNotAVault:
        raise BackupFailedCheck() from None
    try:
        try:
            check_not_too_new(db)
        except VaultTooNew:
            raise NewerVersion() from None
        stored_id = db.scalar("SELECT value FROM settings WHERE key = ?", (SETTING_VAULT_ID,))
        expected = {str(k): int(v) for k, v in manifest["row_counts"].items()}
        if (
            stored_id != manifest["vault_id"]
            or integrity_problems(db)
            or row_counts(db) != expected
            or db.scalar("PRAGMA foreign_key_check") is not None
        ):
            raise BackupFailedCheck()
        name = None if user is None else keyslots.canonical_user_name(user)
        with db.transaction():
            # The back-off record stays with the old folder: the restored vault starts a new
            # one, which its first sign-in must not report as removed.
            db.execute("DELETE FROM settings WHERE key = ?", (SETTING_BACKOFF_TALLY,))
            audit.record(
                db, name, "backup.restore", detail=str(manifest.get("created_at", ""))[:40]
            )
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except (sqlcipher3.DatabaseError, sqlite3.DatabaseError):
        raise BackupFailedCheck() from None
    finally:
        db.close()


def replace_vault(restored: Path, current: Path) -> Path:
    """Put a restored vault in the current one's place; the old folder is kept beside it.

    Returns where the old vault went. Call only with a folder ``restore_backup`` produced and
    with the app's vault closed.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    kept = current.with_name(f"{current.name}.before-restore-{stamp}")
    if not database_path(restored).is_file() or not keyslot_path(restored).is_file():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "That folder holds no restored vault."))
    if current.exists():
        os.replace(current, kept)
    try:
        os.replace(restored, current)
    except OSError:
        with contextlib.suppress(OSError):
            os.replace(kept, current)
        raise
    fsync_folder(current.parent)
    return kept


def _set_setting(db: Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def _actor_name(actor: Actor | None) -> str | None:
    return None if actor is None else actor.name
