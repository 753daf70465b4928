"""Rotating the database key: the old recovery key stops working, every user still signs in."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.sealed_row import add_sealed_row, sealed_row_opens
from tests.helpers.vaults import DEFAULT_PASSWORD, MadeVault, make_vault
from tjdesk import audit
from tjdesk.actors import Role
from tjdesk.errors import AccessDenied
from tjdesk.paths import keyslot_path
from tjdesk.users import UserService
from tjdesk.vault import rotate, vault
from tjdesk.vault.errors import KeyFileTampered, UserDisabled, WrongRecoveryKey
from tjdesk.vault.rotate import RotationFailedCheck, VaultInUse, rotate_key
from tjdesk.vault.schema_guard import StructureChanged


@pytest.fixture
def made(tmp_path: Path) -> Iterator[MadeVault]:
    made = make_vault(tmp_path / "vault", users=[("ann", Role.COUNSELOR), ("bo", Role.NURSE)])
    db = made.admin.open_database()
    try:
        with db.transaction():
            for i in range(50):
                db.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (f"k{i}", str(i)))
            add_sealed_row(db)
    finally:
        db.close()
    yield made
    made.close()


def _settings(handle: vault.UnlockedVault) -> list[dict[str, object]]:
    db = handle.open_database()
    try:
        # Not the back-off tally: every sign-in updates it (backoff_tally.py).
        return db.query(
            "SELECT key, value FROM settings WHERE key != 'signin_backoff_tally' ORDER BY key"
        )
    finally:
        db.close()


def test_rotation_retires_the_old_recovery_key_and_keeps_everyone_in(made: MadeVault) -> None:
    before = _settings(made.admin)
    rotated, new_recovery = rotate_key(made.admin)
    assert rotated.key != made.admin.key
    with pytest.raises(WrongRecoveryKey):
        vault.unlock_with_recovery_key(made.folder, made.recovery_key)
    assert vault.unlock_with_recovery_key(made.folder, new_recovery).key == rotated.key
    for name in ("admin", "ann", "bo"):
        assert vault.unlock(made.folder, name, DEFAULT_PASSWORD).key == rotated.key
    assert _settings(rotated) == before
    db = rotated.open_database()
    try:
        assert audit.verify(db).intact
        # The audit trail names who rotated, and that administrator is still signed in.
        assert db.query("SELECT actor FROM audit_log WHERE action = 'vault.key_rotated'") == [
            {"actor": "admin"}
        ]
        assert sealed_row_opens(db, made.recovery_identity)
    finally:
        db.close()
    # No copy under the old key is left behind.
    names = {p.name for p in made.folder.iterdir()} - {"signin-backoff.json"}
    assert names == {"tjdesk.db", "tjdesk.keys"}
    assert rotated.actor == made.admin.actor
    assert rotated.vault_id == made.admin.vault_id


def test_the_old_key_no_longer_opens_the_database(made: MadeVault) -> None:
    import sqlcipher3

    rotate_key(made.admin)
    conn = sqlcipher3.connect(str(made.folder / "tjdesk.db"))
    conn.execute(f"PRAGMA key = \"x'{made.admin.key.hex()}'\"")
    with pytest.raises(sqlcipher3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()


def test_only_an_administrator_rotates(made: MadeVault) -> None:
    key_file = keyslot_path(made.folder).read_bytes()
    with pytest.raises(AccessDenied) as refused:
        rotate_key(made.handles["ann"])
    assert str(refused.value) == "Only an administrator can change the vault's key."
    assert keyslot_path(made.folder).read_bytes() == key_file


def test_rotation_refuses_while_the_vault_is_open_elsewhere(made: MadeVault) -> None:
    worker = made.worker("ann")  # the app is signed in somewhere
    key_file = keyslot_path(made.folder).read_bytes()
    with pytest.raises(VaultInUse) as refused:
        rotate_key(made.admin)
    worker.close()
    assert str(refused.value) == (
        "The vault is open elsewhere (another TJ Desk window or command). Close it there,"
        " then try again. Nothing was changed."
    )
    assert keyslot_path(made.folder).read_bytes() == key_file
    assert vault.unlock_with_recovery_key(made.folder, made.recovery_key)
    assert not list(made.folder.glob("*.new*"))


def test_a_rotation_cut_short_after_the_swap_is_finished_at_the_next_sign_in(
    made: MadeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    def power_cut(folder: Path) -> None:
        raise KeyboardInterrupt  # the process dies between the two renames

    monkeypatch.setattr(rotate, "commit_key_file", power_cut)
    with pytest.raises(KeyboardInterrupt):
        rotate_key(made.admin)
    monkeypatch.undo()
    # The database already has the new key; the key file still seals the old one, and the
    # resealed slots wait beside it under the name rotate.py's text gives.
    assert {p.name for p in made.folder.iterdir()} - {"signin-backoff.json"} == {
        "tjdesk.db",
        "tjdesk.keys",
        "tjdesk.keys.new",
    }
    unlocked = vault.unlock(made.folder, "bo", DEFAULT_PASSWORD)
    assert unlocked.key != made.admin.key
    assert not list(made.folder.glob("*.new"))
    assert vault.unlock(made.folder, "ann", DEFAULT_PASSWORD).key == unlocked.key


def test_a_sign_in_during_a_rotation_leaves_its_files_alone(made: MadeVault) -> None:
    import shutil

    from tjdesk.vault.vault import pending_keyslot_path

    # A rotation is exporting right now: its new key file already sits beside the old one.
    shutil.copyfile(keyslot_path(made.folder), pending_keyslot_path(made.folder))
    assert vault.unlock(made.folder, "ann", DEFAULT_PASSWORD).key == made.admin.key
    assert pending_keyslot_path(made.folder).exists()
    # A later rotation clears such leftovers itself.
    rotated, _ = rotate_key(made.admin)
    assert not pending_keyslot_path(made.folder).exists()
    assert vault.unlock(made.folder, "ann", DEFAULT_PASSWORD).key == rotated.key


def test_a_rotation_whose_last_step_a_sign_in_finished_still_succeeds(
    made: MadeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_commit = rotate.commit_key_file

    def sign_in_got_there_first(folder: Path) -> None:
        real_commit(folder)  # (what the sign-in's settling does)
        real_commit(folder)  # the rotation's own rename now finds nothing to move

    monkeypatch.setattr(rotate, "commit_key_file", sign_in_got_there_first)
    with pytest.raises(FileNotFoundError):
        real_commit(made.folder)  # sanity: nothing pending yet
    rotated, recovery = rotate_key(made.admin)
    assert vault.unlock_with_recovery_key(made.folder, recovery).key == rotated.key


def _nothing_changed(made: MadeVault, key_file: bytes) -> None:
    """The vault keeps its old key: the old recovery key and every password still open it."""
    assert keyslot_path(made.folder).read_bytes() == key_file
    assert vault.unlock_with_recovery_key(made.folder, made.recovery_key).key == made.admin.key
    for name in ("admin", "ann"):
        assert vault.unlock(made.folder, name, DEFAULT_PASSWORD).key == made.admin.key
    assert not list(made.folder.glob("*.new*"))


def _damaged_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rotate, "integrity_problems", lambda db: ["page 7: btree damaged"])


def _copy_missing_a_row(monkeypatch: pytest.MonkeyPatch) -> None:
    real = rotate.row_counts
    seen: list[dict[str, int]] = []

    def counts(db: object) -> dict[str, int]:
        found = real(db)  # type: ignore[arg-type]
        seen.append(found)
        if len(seen) == 2:  # the copy's count, after the original's
            found = {**found, "settings": found["settings"] - 1}
        return found

    monkeypatch.setattr(rotate, "row_counts", counts)


@pytest.mark.parametrize("flaw", [_damaged_copy, _copy_missing_a_row])
def test_a_copy_that_fails_its_checks_is_thrown_away_and_the_old_key_stays(
    made: MadeVault, monkeypatch: pytest.MonkeyPatch, flaw: object
) -> None:
    key_file = keyslot_path(made.folder).read_bytes()
    flaw(monkeypatch)  # type: ignore[operator]
    with pytest.raises(RotationFailedCheck) as refused:
        rotate_key(made.admin)
    monkeypatch.undo()
    assert str(refused.value) == (
        "The re-encrypted copy did not pass its checks; the vault keeps its old key."
        " Nothing was changed."
    )
    _nothing_changed(made, key_file)


def test_a_disabled_user_stays_disabled_after_a_rotation(made: MadeVault) -> None:
    db = made.admin.open_database()
    try:
        UserService(db, made.admin).disable_user("bo")
    finally:
        db.close()
    rotated, _ = rotate_key(made.admin)
    with pytest.raises(UserDisabled):  # told so, not "wrong password"
        vault.unlock(made.folder, "bo", DEFAULT_PASSWORD)
    assert vault.unlock(made.folder, "ann", DEFAULT_PASSWORD).key == rotated.key


def test_a_key_file_edited_outside_tj_desk_is_not_sealed_under_the_new_key(
    made: MadeVault,
) -> None:
    db = made.admin.open_database()
    try:
        UserService(db, made.admin).disable_user("bo")
    finally:
        db.close()
    path = keyslot_path(made.folder)
    document = json.loads(path.read_bytes())
    document["disabled_users"] = []  # someone takes bo off the list
    path.write_text(json.dumps(document))
    edited = path.read_bytes()
    with pytest.raises(KeyFileTampered):
        rotate_key(made.admin)  # signed in before the edit
    assert path.read_bytes() == edited  # still caught at the next sign-in
    assert vault.unlock_with_recovery_key(made.folder, made.recovery_key).key == made.admin.key
    assert not list(made.folder.glob("*.new*"))


def test_a_vault_whose_structure_was_changed_is_not_rotated(made: MadeVault) -> None:
    import sqlcipher3

    conn = sqlcipher3.connect(str(made.admin.database_path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{made.admin.key.hex()}'\"")
    conn.execute("CREATE VIEW everything AS SELECT * FROM settings")  # an insider's addition
    conn.close()
    key_file = keyslot_path(made.folder).read_bytes()
    looking = vault.unlock(made.folder, "admin", DEFAULT_PASSWORD, allow_changed_structure=True)
    assert looking.structure_problems
    with pytest.raises(StructureChanged) as refused:
        rotate_key(looking)
    assert "The vault's structure was changed outside TJ Desk" in str(refused.value)
    assert keyslot_path(made.folder).read_bytes() == key_file
    assert vault.unlock_with_recovery_key(made.folder, made.recovery_key).key == made.admin.key


def test_a_damaged_database_beside_a_pending_key_file_without_this_user_is_damage(
    made: MadeVault,
) -> None:
    import shutil

    from tjdesk.vault.errors import DatabaseDamaged
    from tjdesk.vault.vault import pending_keyslot_path

    db = made.admin.open_database()
    try:
        UserService(db, made.admin).disable_user("bo")  # bo has no slot in the pending file
    finally:
        db.close()
    shutil.copyfile(keyslot_path(made.folder), pending_keyslot_path(made.folder))
    db = made.admin.open_database()
    try:
        bo_password = UserService(db, made.admin).enable_user("bo")
    finally:
        db.close()
    (made.folder / "tjdesk.db").write_bytes(b"\x8f" * 8192)  # the swapped-in file is damaged
    for name, password in (("bo", bo_password), ("ann", DEFAULT_PASSWORD)):
        with pytest.raises(DatabaseDamaged) as refused:
            vault.unlock(made.folder, name, password)
        assert "damaged" in str(refused.value)
    assert pending_keyslot_path(made.folder).exists()  # kept for whoever looks into it


def test_a_copy_left_by_a_rotation_that_died_is_cleared_by_the_next(made: MadeVault) -> None:
    (made.folder / "tjdesk.db.new").write_bytes(b"half an export" * 300)  # the power failed
    rotated, _ = rotate_key(made.admin)
    names = {p.name for p in made.folder.iterdir()} - {"signin-backoff.json"}
    assert names == {"tjdesk.db", "tjdesk.keys"}
    assert vault.unlock(made.folder, "ann", DEFAULT_PASSWORD).key == rotated.key


def _cut_after_the_swap(made: MadeVault, monkeypatch: pytest.MonkeyPatch) -> bytes:
    """A rotation the power cut between the two renames; returns the key the database has."""
    from tjdesk.vault import keyslots
    from tjdesk.vault.vault import pending_keyslot_path

    def power_cut(folder: Path) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(rotate, "commit_key_file", power_cut)
    with pytest.raises(KeyboardInterrupt):
        rotate_key(made.admin)
    monkeypatch.undo()
    pending = keyslots.read_key_file(pending_keyslot_path(made.folder))
    return keyslots.open_slot(pending.slots["bo"], DEFAULT_PASSWORD, made.admin.vault_id)


def _as_insider(made: MadeVault, key: bytes, sql: str) -> None:
    import sqlcipher3

    conn = sqlcipher3.connect(str(made.admin.database_path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute(sql)
    conn.close()


def test_a_cut_short_rotation_is_not_finished_onto_another_vaults_database(
    made: MadeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tjdesk.vault.errors import DatabaseDamaged

    new_key = _cut_after_the_swap(made, monkeypatch)
    _as_insider(made, new_key, "UPDATE settings SET value = 'other' WHERE key = 'vault_id'")
    with pytest.raises(DatabaseDamaged):
        vault.unlock(made.folder, "bo", DEFAULT_PASSWORD)
    assert (made.folder / "tjdesk.keys.new").exists()  # nothing was settled


def test_audit_verify_still_looks_at_a_changed_vault_whose_rotation_was_cut_short(
    made: MadeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    new_key = _cut_after_the_swap(made, monkeypatch)
    _as_insider(made, new_key, "CREATE VIEW everyone AS SELECT * FROM users")
    looking = vault.unlock(made.folder, "bo", DEFAULT_PASSWORD, allow_changed_structure=True)
    assert looking.key == new_key
    assert looking.structure_problems
    with pytest.raises(StructureChanged):
        vault.unlock(made.folder, "ann", DEFAULT_PASSWORD)


def test_a_sign_in_whose_last_rename_the_rotation_made_first_still_signs_in(
    made: MadeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from tjdesk.vault.vault import pending_keyslot_path

    new_key = _cut_after_the_swap(made, monkeypatch)
    real_replace = os.replace

    def rotation_got_there_first(source: object, target: object) -> None:
        if Path(str(source)) == pending_keyslot_path(made.folder):
            real_replace(source, target)  # (the rotation's own rename, a moment earlier)
        real_replace(source, target)  # the sign-in's: nothing left to move

    monkeypatch.setattr(os, "replace", rotation_got_there_first)
    assert vault.unlock(made.folder, "bo", DEFAULT_PASSWORD).key == new_key
    monkeypatch.undo()
    assert vault.unlock(made.folder, "ann", DEFAULT_PASSWORD).key == new_key


def test_a_cut_short_rotations_key_file_edited_by_hand_is_refused_when_it_is_finished(
    made: MadeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sign-in that moves tjdesk.keys.new into place checks its header under the new key."""
    from tjdesk.vault.vault import pending_keyslot_path

    _cut_after_the_swap(made, monkeypatch)
    pending = pending_keyslot_path(made.folder)
    document = json.loads(pending.read_text())
    document["slots"]["ann"]["must_change_password"] = True  # covered by the header's MAC
    pending.write_text(json.dumps(document))
    with pytest.raises(KeyFileTampered):
        vault.unlock(made.folder, "bo", DEFAULT_PASSWORD)
