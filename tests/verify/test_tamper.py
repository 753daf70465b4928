"""Random byte flips in the vault file are all detected: a clear error, never a wrong read."""

from __future__ import annotations

import os
import random
import shutil
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from tests.helpers.db import new_database
from tjdesk import audit
from tjdesk.errors import VaultError
from tjdesk.vault.check import DAMAGED, VaultDamaged, check_vault_file, integrity_problems
from tjdesk.vault.connection import open_connection
from tjdesk.vault.database import Database


def make_vault(folder: Path) -> tuple[Path, bytes]:
    key = os.urandom(32)
    db = new_database(folder, key)
    with db.transaction():
        for i in range(300):
            db.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (f"k{i}", "v" * 150))
            audit.record(db, "ann", "record.create", target_type="record", target_id=i)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return folder / "vault.db", key


def flip_and_check(original: Path, key: bytes, work: Path, rounds: int) -> None:
    rng = random.Random(2551)
    data = original.read_bytes()
    target = work / "vault.db"
    undetected = []
    for _ in range(rounds):
        offset = rng.randrange(len(data))
        bit = 1 << rng.randrange(8)
        damaged = bytearray(data)
        damaged[offset] ^= bit
        for stale in work.glob("vault.db*"):
            stale.unlink()
        target.write_bytes(bytes(damaged))
        try:
            check_vault_file(target, key)
        except VaultError as err:
            assert "Nothing was changed" in str(err)
            assert target.read_bytes() == bytes(damaged)  # the damaged file is left as it was
        else:
            undetected.append(offset)
    assert undetected == [], f"flips at these offsets went unnoticed: {undetected[:10]}"


def test_the_undamaged_vault_passes(tmp_path: Path) -> None:
    path, key = make_vault(tmp_path)
    check_vault_file(path, key)


def test_random_byte_flips_are_detected(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    path, key = make_vault(tmp_path / "a")
    flip_and_check(path, key, tmp_path / "b", rounds=200)


@pytest.mark.slow
def test_a_thousand_byte_flips_are_detected(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    path, key = make_vault(tmp_path / "a")
    flip_and_check(path, key, tmp_path / "b", rounds=1000)
    shutil.rmtree(tmp_path / "b")


def test_the_check_names_the_page_that_fails(tmp_path: Path) -> None:
    path, key = make_vault(tmp_path)
    data = bytearray(path.read_bytes())
    last = len(data) // 4096
    data[(last - 1) * 4096 + 1000] ^= 0x04  # a bit flipped in the body of the last page
    path.write_bytes(bytes(data))
    db = Database(open_connection(path, key))
    try:
        problems = integrity_problems(db)
    finally:
        db.close()
    assert problems == [
        f"HMAC verification failed for page {last}",
        "integrity_check: database disk image is malformed",  # the page cannot be read
    ]
    with pytest.raises(VaultDamaged, match="Nothing was changed"):
        check_vault_file(path, key)


def test_the_check_names_a_damaged_structure_whose_pages_are_intact(tmp_path: Path) -> None:
    # Someone with the key (or a bug) left an index that does not match its table: every
    # page's HMAC holds, only SQLite's own check can tell.
    key = os.urandom(32)
    db = new_database(tmp_path, key)
    db.execute("CREATE TABLE t (a, b)")
    db.execute("CREATE INDEX t_a ON t (a)")
    db.execute("INSERT INTO t VALUES (1, 9), (2, 8)")
    db.execute("PRAGMA writable_schema = ON")
    db.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX t_a ON t (b)' WHERE name = 't_a'")
    db.close()
    db = Database(open_connection(tmp_path / "vault.db", key))
    try:
        problems = integrity_problems(db)
    finally:
        db.close()
    assert problems == ["row 1 missing from index t_a", "row 2 missing from index t_a"]
    with pytest.raises(VaultDamaged, match="Nothing was changed"):
        check_vault_file(tmp_path / "vault.db", key)


def test_a_database_error_while_opening_is_the_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, key = make_vault(tmp_path)
    real_connect = sqlcipher3.connect

    class ReadOnlyMedium:  # the switch to WAL must write the file's header
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            self._conn = real_connect(*args, **kwargs)

        def execute(self, sql: str, *args: Any) -> Any:
            if sql == "PRAGMA journal_mode = WAL":
                raise sqlcipher3.OperationalError("attempt to write a readonly database")
            return self._conn.execute(sql, *args)

        def close(self) -> None:
            self._conn.close()

    monkeypatch.setattr(sqlcipher3, "connect", ReadOnlyMedium)
    with pytest.raises(VaultDamaged) as refused:
        check_vault_file(path, key)
    assert str(refused.value) == DAMAGED
