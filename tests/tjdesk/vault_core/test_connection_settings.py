"""Every safety setting of the vault connection, read back after a real sign-in (issue 20).

The settings are set in tjdesk.vault.connection, and some are checked there; this test reads
every one back from the connection the app actually works with (the vault worker opened by a
signed-in user), so a setting that silently stops being applied fails here. Before this test
nothing read ``cipher_memory_security`` back: removing it passed the suite.

``cipher_memory_security`` is process-wide in SQLCipher and cannot be switched off once on, so
it is also read in a fresh process where nothing else could have set it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3

from tests.helpers.vaults import MadeVault, make_vault
from tjdesk.actors import Role
from tjdesk.vault import connection
from tjdesk.vault.database import Database

# DESIGN.md "The vault" and tjdesk/vault/connection.py: the promise, written out independently.
EXPECTED = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL: every commit is synced, also in WAL mode
    "foreign_keys": 1,
    "temp_store": 2,  # MEMORY: temporary tables and sorts never reach the disk
    "cipher_memory_security": 1,
    "secure_delete": 1,
    "cache_size": -64000,  # 64 MB: DESIGN.md's measured 5x -> 1.0x
    "busy_timeout": 5000,
    # SQLCipher 4's page format: per-page HMAC on, nothing of the header left in clear.
    "cipher_use_hmac": 1,
    "cipher_hmac_algorithm": "HMAC_SHA512",
    "cipher_page_size": 4096,
    "cipher_plaintext_header_size": 0,
}


@pytest.fixture
def made(tmp_path: Path) -> Iterator[MadeVault]:
    made = make_vault(tmp_path / "vault", users=[("ann", Role.COUNSELOR)])
    yield made
    made.close()


def _settings(db: Database) -> dict[str, object]:
    found: dict[str, object] = {}
    for pragma in EXPECTED:
        value = db.scalar(f"PRAGMA {pragma}")
        found[pragma] = int(value) if str(value).lstrip("-").isdigit() else value
    return found


def test_the_signed_in_users_connection_has_every_safety_setting(made: MadeVault) -> None:
    worker = made.worker("ann")
    assert worker.call(_settings) == EXPECTED


def test_a_directly_opened_database_has_every_safety_setting(made: MadeVault) -> None:
    db = made.handles["ann"].open_database()
    try:
        assert _settings(db) == EXPECTED
    finally:
        db.close()


CHILD = """
import sys
from pathlib import Path
from tjdesk.vault.connection import open_connection
conn = open_connection(Path(sys.argv[1]), bytes.fromhex(sys.argv[2]))
print(conn.execute("PRAGMA cipher_memory_security").fetchone()[0])
conn.close()
"""


def test_memory_security_is_on_in_a_fresh_process(made: MadeVault) -> None:
    handle = made.handles["ann"]
    made.close()
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(handle.database_path), handle.key.hex()],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[3],
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1"


# --- a SQLCipher build that does not keep a setting is refused --------------------------


class _Build:
    """A connection from a SQLCipher build that answers one statement its own way."""

    def __init__(self, conn: sqlcipher3.Connection, statement: str, instead: str) -> None:
        self._conn, self._statement, self._instead = conn, statement, instead

    def execute(self, sql: str, *args: object) -> sqlcipher3.Cursor:
        return self._conn.execute(self._instead if sql == self._statement else sql, *args)

    def close(self) -> None:
        self._conn.close()


@pytest.mark.parametrize(
    ("statement", "instead", "message"),
    [
        (
            "PRAGMA cipher_version",
            "SELECT '3.4.2'",
            "This SQLCipher version is not supported: 3.4.2",
        ),
        ("PRAGMA cipher_version", "SELECT 1 WHERE 0", "This SQLCipher version is not supported: "),
        (
            "PRAGMA temp_store = MEMORY",
            "PRAGMA temp_store = FILE",
            "Temporary data would be written to disk; refusing.",
        ),
        (
            "PRAGMA journal_mode = WAL",
            "PRAGMA journal_mode",
            "The vault could not switch to its safe journal mode.",
        ),
        (
            "PRAGMA synchronous = FULL",
            "PRAGMA synchronous = NORMAL",
            "A vault safety setting did not hold: synchronous",
        ),
        (
            "PRAGMA foreign_keys = ON",
            "PRAGMA foreign_keys = OFF",
            "A vault safety setting did not hold: foreign_keys",
        ),
        (
            "PRAGMA secure_delete = ON",
            "PRAGMA secure_delete = OFF",
            "A vault safety setting did not hold: secure_delete",
        ),
        (
            "PRAGMA busy_timeout = 5000",
            "PRAGMA busy_timeout = 100",
            "A vault safety setting did not hold: busy_timeout",
        ),
        (
            "PRAGMA cache_size = -64000",
            "PRAGMA cache_size = -2000",
            "A vault safety setting did not hold: cache_size",
        ),
        (
            "PRAGMA cipher_memory_security",
            "SELECT '0'",
            "A vault safety setting did not hold: cipher_memory_security",
        ),
    ],
)
def test_a_build_that_does_not_keep_a_safety_setting_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, statement: str, instead: str, message: str
) -> None:
    real_connect = sqlcipher3.connect
    opened: list[_Build] = []

    def connect(*args: object, **kwargs: object) -> _Build:
        opened.append(_Build(real_connect(*args, **kwargs), statement, instead))
        return opened[-1]

    monkeypatch.setattr(connection.sqlcipher3, "connect", connect)
    with pytest.raises(connection.VaultUnsafe) as refused:
        connection.open_connection(tmp_path / "vault.db", os.urandom(32), create=True)
    assert str(refused.value) == message
    with pytest.raises(sqlcipher3.ProgrammingError):  # closed, not left open
        opened[0].execute("SELECT 1")
