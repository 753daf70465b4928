"""Encrypted backups made while the vault is in use, and restores that check before replacing."""

from __future__ import annotations

import json
import os
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.helpers.sealed_row import add_sealed_row, sealed_row_opens
from tests.helpers.vaults import DEFAULT_PASSWORD, MadeVault, make_vault
from tests.tjdesk.vault.snapshots import snapshot
from tjdesk import audit
from tjdesk.actors import Role
from tjdesk.backup import (
    BackupFailedCheck,
    BackupUnreadable,
    BackupWrongKey,
    backup_overdue,
    last_backup_at,
    replace_vault,
    restore_backup,
    write_backup,
)
from tjdesk.errors import InvalidInput
from tjdesk.vault import vault
from tjdesk.vault.database import Database


@pytest.fixture
def made(tmp_path: Path) -> Iterator[MadeVault]:
    made = make_vault(tmp_path / "vault", users=[("ann", Role.COUNSELOR)])
    db = made.admin.open_database()
    try:
        with db.transaction():
            for i in range(60):
                db.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?)", (f"k{i}", "ข้อมูล" * 20)
                )
                audit.record(db, "admin", "case.view_section", target_type="case", target_id=i)
            add_sealed_row(db)
    finally:
        db.close()
    yield made
    made.close()


def _dump(db: Database) -> dict[str, list[tuple[object, ...]]]:
    tables = [
        str(row["name"])
        for row in db.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
    ]
    return {
        name: sorted((tuple(row) for row in db.execute(f'SELECT * FROM "{name}"')), key=repr)
        for name in tables
    }


def _backup(made: MadeVault, out: Path) -> dict[str, list[tuple[object, ...]]]:
    """Back up through the app's own worker, as the admin area's button does."""
    worker = made.worker("admin")
    before = worker.call(_dump)
    worker.call(lambda db: write_backup(db, made.admin, out))
    return before


def test_backup_and_restore_yield_identical_rows(made: MadeVault, tmp_path: Path) -> None:
    out = tmp_path / "usb" / "tjdesk.backup"
    out.parent.mkdir()
    before = _backup(made, out)
    assert sorted(os.listdir(out.parent)) == ["tjdesk.backup"]  # no staging file left
    assert out.stat().st_mode & 0o077 == 0
    # The backup holds no plaintext: neither the Thai text nor the key.
    data = out.read_bytes()
    assert "ข้อมูล".encode() not in data and made.admin.key not in data

    restored = restore_backup(out, tmp_path / "restored", user="ann", password=DEFAULT_PASSWORD)
    handle = vault.unlock(restored.folder, "ann", DEFAULT_PASSWORD)
    db = handle.open_database()
    try:
        after = _dump(db)
        assert audit.verify(db).intact
        # Sealed sections came across too, and still open with the recovery identity.
        assert sealed_row_opens(db, made.recovery_identity)
    finally:
        db.close()
    restore_entries = [row for row in after["audit_log"] if row[3] == "backup.restore"]
    assert len(restore_entries) == 1
    after["audit_log"] = [
        row for row in after["audit_log"] if row[3] not in ("backup.restore", "signin.ok")
    ]
    before["audit_log"] = [row for row in before["audit_log"] if row[3] != "signin.ok"]
    # The back-off tally belongs to the folder's own record, which a backup does not carry:
    # a restore clears it, and the first sign-in to the restored vault starts it afresh.
    for rows in (before, after):
        rows["settings"] = [row for row in rows["settings"] if row[0] != "signin_backoff_tally"]
    assert after == before
    assert not [row for row in after["audit_log"] if row[3] == "signin.backoff_record_changed"]


def test_the_live_vault_records_the_backup_and_the_reminder_clears(
    made: MadeVault, tmp_path: Path
) -> None:
    worker = made.worker("admin")
    assert worker.call(backup_overdue)
    _backup(made, tmp_path / "b1")
    assert not worker.call(backup_overdue)
    last = worker.call(last_backup_at)
    assert last is not None
    assert worker.call(lambda db: backup_overdue(db, last + timedelta(days=8)))
    entry = worker.call(
        lambda db: db.query_one("SELECT actor, action FROM audit_log ORDER BY seq DESC LIMIT 1")
    )
    assert entry == {"actor": "admin", "action": "backup.create"}
    assert abs(datetime.now(UTC) - last) < timedelta(minutes=5)


def test_the_recovery_key_opens_a_backup(made: MadeVault, tmp_path: Path) -> None:
    _backup(made, tmp_path / "b")
    restored = restore_backup(tmp_path / "b", tmp_path / "r", recovery_key=made.recovery_key)
    assert vault.unlock(restored.folder, "admin", DEFAULT_PASSWORD).actor is not None


def _assert_nothing_made(
    tmp_path: Path, target: Path, made: MadeVault, before: dict[str, str]
) -> None:
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no staging left
    assert snapshot(made.folder) == before


def test_a_wrong_password_restores_nothing(made: MadeVault, tmp_path: Path) -> None:
    _backup(made, tmp_path / "b")
    made.close()
    before = snapshot(made.folder)
    with pytest.raises(BackupWrongKey):
        restore_backup(tmp_path / "b", tmp_path / "r", user="ann", password="not it at all")
    with pytest.raises(BackupWrongKey):
        restore_backup(tmp_path / "b", tmp_path / "r", recovery_key="00" * 32)
    _assert_nothing_made(tmp_path, tmp_path / "r", made, before)


def _truncated(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _foreign(path: Path) -> None:
    path.write_bytes(os.urandom(5000))


def _other_zip(path: Path) -> None:
    path.unlink()
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "hello")


def _damaged_page(path: Path) -> None:
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    db = bytearray(members["tjdesk.db"])
    db[len(db) // 2] ^= 0x40  # one bit inside an encrypted page
    members["tjdesk.db"] = bytes(db)
    path.unlink()
    with zipfile.ZipFile(path, "w") as archive:  # a fresh zip: its own checksums are right
        for name, content in members.items():
            archive.writestr(name, content)


def _rows_missing(path: Path) -> None:
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(members["manifest.json"])
    manifest["row_counts"]["audit_log"] += 1
    members["manifest.json"] = json.dumps(manifest).encode()
    path.unlink()
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)


@pytest.mark.parametrize(
    ("spoil", "error"),
    [
        (_truncated, BackupUnreadable),
        (_foreign, BackupUnreadable),
        (_other_zip, BackupUnreadable),
        (_damaged_page, BackupFailedCheck),
        (_rows_missing, BackupFailedCheck),
    ],
    ids=["truncated", "foreign", "other-zip", "damaged-page", "rows-missing"],
)
def test_a_damaged_backup_restores_nothing_and_leaves_the_vault_untouched(
    made: MadeVault, tmp_path: Path, spoil: object, error: type[Exception]
) -> None:
    _backup(made, tmp_path / "b")
    made.close()
    spoil(tmp_path / "b")  # type: ignore[operator]
    before = snapshot(made.folder)
    with pytest.raises(error) as caught:
        restore_backup(tmp_path / "b", tmp_path / "r", user="ann", password=DEFAULT_PASSWORD)
    assert "Nothing was replaced" in str(caught.value)
    _assert_nothing_made(tmp_path, tmp_path / "r", made, before)


def test_restore_never_writes_into_a_folder_in_use(made: MadeVault, tmp_path: Path) -> None:
    _backup(made, tmp_path / "b")
    made.close()
    before = snapshot(made.folder)
    with pytest.raises(InvalidInput):
        restore_backup(tmp_path / "b", made.folder, user="ann", password=DEFAULT_PASSWORD)
    assert snapshot(made.folder) == before


def test_a_restored_vault_can_take_the_current_ones_place(made: MadeVault, tmp_path: Path) -> None:
    _backup(made, tmp_path / "b")
    made.close()
    restored = restore_backup(tmp_path / "b", tmp_path / "r", user="ann", password=DEFAULT_PASSWORD)
    kept = replace_vault(restored.folder, made.folder)
    assert (kept / "tjdesk.db").is_file() and not restored.folder.exists()
    assert vault.unlock(made.folder, "ann", DEFAULT_PASSWORD).actor is not None


def test_a_backup_never_overwrites_a_file(made: MadeVault, tmp_path: Path) -> None:
    (tmp_path / "b").write_text("precious")
    with pytest.raises(InvalidInput):
        _backup(made, tmp_path / "b")
    assert (tmp_path / "b").read_text() == "precious"
