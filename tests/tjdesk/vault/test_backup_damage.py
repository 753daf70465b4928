"""A backup with one bit flipped in any one of its pages is refused (issue 20, gap 3).

A mutation run showed that a restore without the page integrity check still passed the suite:
the old test flipped only the middle page, which the row counts happen to read anyway, while
such a build restored 25 of 72 backups damaged elsewhere (index pages, the free list, overflow
pages) without a word. Here every page is damaged in turn, in the encrypted body and in the
page's own IV/HMAC tail. The user must get one clear message, and nothing may be restored.

The fast form damages every page's body; the long form (slow) also every page's tail.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.vaults import DEFAULT_PASSWORD, MadeVault, make_vault
from tjdesk import audit
from tjdesk.actors import Role
from tjdesk.backup import BackupFailedCheck, restore_backup, write_backup
from tjdesk.vault import vault

PAGE_SIZE = 4096  # SQLCipher 4's default page size
RESERVE = 80  # SQLCipher 4's per-page tail: 16-byte IV + 64-byte HMAC-SHA512


@pytest.fixture(scope="module")
def backup_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, MadeVault]]:
    """One real backup with tables, indexes, overflow pages and a free list (the vault keeps
    no full-text index on disk since sections are sealed)."""
    root = tmp_path_factory.mktemp("backup-damage")
    made = make_vault(root / "vault", users=[("ann", Role.COUNSELOR)])
    db = made.handles["ann"].open_database()  # ann's entries are signed by ann's session
    try:
        with db.transaction():
            for i in range(60):
                db.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?)", (f"k{i}", "ข้อมูล" * 20)
                )
                audit.record(db, "ann", "case.view_section", target_type="case", target_id=i)
            db.execute("INSERT INTO settings (key, value) VALUES ('big', ?)", ("x" * 9000,))
        with db.transaction():  # leaves free pages behind
            db.execute("DELETE FROM settings WHERE key LIKE 'k1%'")
    finally:
        db.close()
    out = root / "tjdesk.backup"
    worker = made.worker("admin")
    worker.call(lambda d: write_backup(d, made.admin, out))
    made.close()
    yield out, made


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _pages(path: Path) -> int:
    size = len(_members(path)["tjdesk.db"])
    assert size % PAGE_SIZE == 0
    return size // PAGE_SIZE


def _with_bit_flipped(source: Path, target: Path, offset: int) -> None:
    members = _members(source)
    data = bytearray(members["tjdesk.db"])
    data[offset] ^= 0x10
    members["tjdesk.db"] = bytes(data)
    with zipfile.ZipFile(target, "w") as archive:  # a fresh zip: its own checksums are right
        for name, content in members.items():
            archive.writestr(name, content)


def _assert_every_flip_refused(backup: Path, work: Path, offsets: list[tuple[int, int]]) -> None:
    restored_anyway: list[int] = []
    for page, offset in offsets:
        damaged = work / f"page-{page}.backup"
        _with_bit_flipped(backup, damaged, offset)
        target = work / f"restored-{page}"
        try:
            restore_backup(damaged, target, user="ann", password=DEFAULT_PASSWORD)
        except BackupFailedCheck as refusal:
            assert "Nothing was replaced" in str(refusal)
            assert not target.exists()
        else:
            restored_anyway.append(page)
        damaged.unlink()
    assert restored_anyway == []
    assert not [p.name for p in work.iterdir() if p.name.startswith(".")]  # no staging left


def test_the_undamaged_backup_restores(backup_file: tuple[Path, MadeVault], tmp_path: Path) -> None:
    backup, _ = backup_file
    assert _pages(backup) >= 10
    restored = restore_backup(backup, tmp_path / "r", user="ann", password=DEFAULT_PASSWORD)
    assert vault.unlock(restored.folder, "ann", DEFAULT_PASSWORD).actor is not None


def test_a_bit_flipped_in_the_body_of_any_page_is_refused(
    backup_file: tuple[Path, MadeVault], tmp_path: Path
) -> None:
    backup, _ = backup_file
    body = (PAGE_SIZE - RESERVE) // 2
    offsets = [(page, page * PAGE_SIZE + body) for page in range(_pages(backup))]
    _assert_every_flip_refused(backup, tmp_path, offsets)


@pytest.mark.slow
def test_a_bit_flipped_in_the_iv_or_hmac_of_any_page_is_refused(
    backup_file: tuple[Path, MadeVault], tmp_path: Path
) -> None:
    backup, _ = backup_file
    offsets = []
    for page in range(_pages(backup)):
        offsets.append((page, (page + 1) * PAGE_SIZE - RESERVE + 3))  # in the IV
        offsets.append((page, (page + 1) * PAGE_SIZE - 5))  # in the HMAC
    _assert_every_flip_refused(backup, tmp_path, offsets)
