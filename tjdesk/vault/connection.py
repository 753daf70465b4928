"""Opening the encrypted database: the one connection recipe every thread uses.

The key is the raw 32-byte database key (never a password), so SQLCipher's own PBKDF2 is
skipped and the ``PRAGMA key`` string holds only hex. Order matters: the key first, then a
real read to prove it (SQLCipher accepts any key at ``PRAGMA key`` and fails on first read),
and only then the settings that could write to the file (WAL), so a wrong key or a foreign
file is never modified.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlcipher3

from tjdesk.errors import VaultError
from tjdesk.i18n import QT_TRANSLATE_NOOP
from tjdesk.vault.private_files import make_files_private, make_folder_private, private_umask

KEY_BYTES = 32
# DESIGN.md: with SQLite's default 2 MB page cache, search over 100,000 sessions ran ~5x slower
# than plain SQLite (every cache miss decrypts a page); 64 MB brings it to 1.0-1.2x.
CACHE_SIZE_KIB = 64000
BUSY_TIMEOUT_MS = 5000


class WrongKeyOrNotAVault(VaultError):
    """SQLCipher cannot tell a wrong key from a damaged or foreign file (KeePassXC's wording)."""


class VaultMissing(VaultError):
    pass


class VaultUnsafe(VaultError):
    """The SQLCipher build or settings would let plaintext reach the disk."""


# The messages (each names what is wrong; %1 is filled in where there is one).
NO_DATABASE = QT_TRANSLATE_NOOP("errors", "There is no vault database in this folder: %1")
ALREADY_THERE = QT_TRANSLATE_NOOP("errors", "A vault already exists in this folder: %1")
CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "errors",
    "The vault could not be opened: the key is wrong, or the file is damaged "
    "or is not a TJ Desk vault. Nothing was changed.",
)
UNSUPPORTED_VERSION = QT_TRANSLATE_NOOP("errors", "This SQLCipher version is not supported: %1")
TEMP_ON_DISK = QT_TRANSLATE_NOOP("errors", "Temporary data would be written to disk; refusing.")
NO_WAL = QT_TRANSLATE_NOOP("errors", "The vault could not switch to its safe journal mode.")
SETTING_DID_NOT_HOLD = QT_TRANSLATE_NOOP("errors", "A vault safety setting did not hold: %1")


def _pragma_value(conn: sqlcipher3.Connection, pragma: str) -> object:
    row = conn.execute(f"PRAGMA {pragma}").fetchone()
    return None if row is None else row[0]


def open_connection(db_path: Path, key: bytes, *, create: bool = False) -> sqlcipher3.Connection:
    """Open (or with ``create`` make) the vault database with the raw key, per the recipe.

    Raises VaultMissing, WrongKeyOrNotAVault or VaultUnsafe; leaves a foreign or damaged file
    byte-for-byte as it was.
    """
    if len(key) != KEY_BYTES:
        raise ValueError("the database key must be 32 bytes")
    db_path = Path(db_path)
    if not create and not db_path.is_file():
        raise VaultMissing(NO_DATABASE, str(db_path.parent))
    if create and db_path.exists():
        raise VaultError(ALREADY_THERE, str(db_path.parent))
    # Other local users must not copy the files. The database is made under a 077 umask and
    # an older vault's database is set to 0600 first: SQLite gives -wal and -shm its mode.
    make_files_private(Path(f"{db_path}{suffix}") for suffix in ("", "-wal", "-shm"))
    with private_umask():
        # isolation_level=None: we issue BEGIN IMMEDIATE / COMMIT ourselves (transaction()).
        conn = sqlcipher3.connect(str(db_path), isolation_level=None)  # bound to this thread
        try:
            _configure(conn, key)
        except BaseException:
            conn.close()
            raise
    # Only once the key has proved this a vault: its folder 0700, everything in it 0600
    # (a mistaken --vault pointing at a documents folder is never touched).
    make_folder_private(db_path.parent)
    return conn


# Before the key is proved (nothing here writes): SQLCipher 4's page format, and key material
# kept in locked memory that is wiped when freed, from the first page read on.
_BEFORE_PROOF = ("cipher_compatibility = 4", "cipher_memory_security = ON")
# Once the key has proved the file a vault, each setting is made and read back, in this order:
# (pragma, value set, value read back, the refusal when it does not hold). In WAL mode NORMAL
# can lose the last commits on power loss; FULL syncs every commit.
_SAFETY: tuple[tuple[str, object, str, str], ...] = (
    ("temp_store", "MEMORY", "2", TEMP_ON_DISK),
    ("journal_mode", "WAL", "wal", NO_WAL),
    ("synchronous", "FULL", "2", SETTING_DID_NOT_HOLD),
    ("foreign_keys", "ON", "1", SETTING_DID_NOT_HOLD),
    ("busy_timeout", BUSY_TIMEOUT_MS, str(BUSY_TIMEOUT_MS), SETTING_DID_NOT_HOLD),
    ("cache_size", -CACHE_SIZE_KIB, str(-CACHE_SIZE_KIB), SETTING_DID_NOT_HOLD),
    ("secure_delete", "ON", "1", SETTING_DID_NOT_HOLD),
    ("cipher_memory_security", "ON", "1", SETTING_DID_NOT_HOLD),  # made sure of: read back
)


def _configure(conn: sqlcipher3.Connection, key: bytes) -> None:
    """Key, prove, then set up a fresh connection (the order matters: see the module text)."""
    # SQLCipher's default logging writes to stderr (e.g. "hmac check failed"); errors are
    # mapped to our exceptions instead.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    for setting in _BEFORE_PROOF:
        conn.execute(f"PRAGMA {setting}")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except (sqlcipher3.DatabaseError, sqlite3.DatabaseError) as err:
        raise WrongKeyOrNotAVault(CANNOT_OPEN) from err
    version = str(_pragma_value(conn, "cipher_version") or "")
    if not version.startswith("4."):
        raise VaultUnsafe(UNSUPPORTED_VERSION, version)
    for pragma, value, wanted, refusal in _SAFETY:
        conn.execute(f"PRAGMA {pragma} = {value}")
        if str(_pragma_value(conn, pragma)) != wanted:  # as text: SQLCipher's are text
            raise VaultUnsafe(refusal, pragma)
