"""One bit flipped in each page of a vault in turn: `check` finds every one (issue 20).

test_tamper.py flips random bytes; random offsets can miss a whole kind of page (the free list,
an index, an overflow page, the schema page). Here every page of a vault that has all of those
is damaged in turn: in the encrypted body (fast form), and in its IV and its HMAC (slow form).
Each must be a clear VaultError ("Nothing was changed"), and the file must be left as it was.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.helpers.db import new_database
from tjdesk import audit
from tjdesk.errors import VaultError
from tjdesk.vault.check import check_vault_file

PAGE_SIZE = 4096  # SQLCipher 4
RESERVE = 80  # per-page IV (16 bytes) + HMAC-SHA512 (64 bytes), at the end of each page


def _vault_with_every_kind_of_page(folder: Path) -> tuple[Path, bytes]:
    key = os.urandom(32)
    db = new_database(folder, key)
    with db.transaction():
        for i in range(120):
            db.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (f"k{i}", "v" * 150))
            audit.record(db, "ann", "record.create", target_type="record", target_id=i)
        db.execute("INSERT INTO settings (key, value) VALUES ('big', ?)", ("x" * 10000,))
    with db.transaction():
        db.execute("DELETE FROM settings WHERE key LIKE 'k1%'")  # free-list pages
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert int(db.scalar("PRAGMA freelist_count")) > 0
    db.close()
    return folder / "vault.db", key


def _check_each(original: Path, key: bytes, work: Path, offsets: list[int]) -> None:
    data = original.read_bytes()
    target = work / "vault.db"
    unnoticed = []
    for offset in offsets:
        damaged = bytearray(data)
        damaged[offset] ^= 0x04
        for stale in work.glob("vault.db*"):
            stale.unlink()
        target.write_bytes(bytes(damaged))
        try:
            check_vault_file(target, key)
        except VaultError as err:
            assert "Nothing was changed" in str(err)
            assert target.read_bytes() == bytes(damaged)
        else:
            unnoticed.append(offset // PAGE_SIZE + 1)
    assert unnoticed == [], f"damage in these pages went unnoticed: {unnoticed}"


@pytest.fixture
def vault_file(tmp_path: Path) -> tuple[Path, bytes, Path]:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    path, key = _vault_with_every_kind_of_page(tmp_path / "a")
    assert path.stat().st_size % PAGE_SIZE == 0
    return path, key, tmp_path / "b"


def test_a_bit_flipped_in_the_body_of_any_page_is_found(
    vault_file: tuple[Path, bytes, Path],
) -> None:
    path, key, work = vault_file
    check_vault_file(path, key)  # undamaged: passes
    pages = path.stat().st_size // PAGE_SIZE
    assert pages >= 10
    _check_each(path, key, work, [p * PAGE_SIZE + 1000 for p in range(pages)])


@pytest.mark.slow
def test_a_bit_flipped_in_the_iv_or_hmac_of_any_page_is_found(
    vault_file: tuple[Path, bytes, Path],
) -> None:
    path, key, work = vault_file
    pages = path.stat().st_size // PAGE_SIZE
    offsets = []
    for page in range(pages):
        end = (page + 1) * PAGE_SIZE
        offsets += [end - RESERVE + 5, end - 9]
    _check_each(path, key, work, offsets)
