"""Every safety setting of the vault connection, read back after a real sign-in (issue 20).

The settings are set in tjdesk.vault.connection, and some are checked there; this test reads
every one back from the connection the app actually works with (the vault worker opened by a
signed-in user), so a setting that silently stops being applied fails here. Before this test
nothing read ``cipher_memory_security`` back: removing it passed the suite.

``cipher_memory_security`` is process-wide in SQLCipher and cannot be switched off once on, so
it is also read in a fresh process where nothing else could have set it.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.vaults import MadeVault, make_vault
from tjdesk.actors import Role
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
