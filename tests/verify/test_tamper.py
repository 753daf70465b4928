"""Random byte flips in the vault file are all detected: a clear error, never a wrong read."""

from __future__ import annotations

import os
import random
import shutil
from pathlib import Path

import pytest

from tests.helpers.db import new_database
from tjdesk import audit
from tjdesk.errors import VaultError
from tjdesk.vault.check import check_vault_file


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
