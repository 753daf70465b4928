"""Every vault that cannot be opened gets its own clear error, and its files stay as they were."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlcipher3

from tests.helpers.vaults import DEFAULT_PASSWORD, MadeVault, make_vault
from tests.tjdesk.vault.snapshots import snapshot
from tjdesk.actors import Role
from tjdesk.errors import VaultError
from tjdesk.paths import BACKOFF_FILE, database_path, keyslot_path
from tjdesk.vault import keyslots, vault
from tjdesk.vault.errors import (
    DatabaseDamaged,
    KeyFileDamaged,
    KeyFileMissing,
    NewerVersion,
    NotAVault,
    NoVault,
    WrongRecoveryKey,
)
from tjdesk.vault.vault import VaultState


@pytest.fixture
def made(tmp_path: Path) -> Iterator[MadeVault]:
    made = make_vault(tmp_path / "vault", users=[("ann", Role.COUNSELOR)])
    yield made
    made.close()


def _remove_key_file(made: MadeVault, tmp_path: Path) -> None:
    keyslot_path(made.folder).unlink()


def _truncate_key_file(made: MadeVault, tmp_path: Path) -> None:
    path = keyslot_path(made.folder)
    path.write_bytes(path.read_bytes()[:100])


def _random_key_file(made: MadeVault, tmp_path: Path) -> None:
    keyslot_path(made.folder).write_bytes(os.urandom(700))


def _plain_sqlite_database(made: MadeVault, tmp_path: Path) -> None:
    path = database_path(made.folder)
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()


def _text_file_as_database(made: MadeVault, tmp_path: Path) -> None:
    database_path(made.folder).write_text("meeting notes\n")


def _random_pages_as_database(made: MadeVault, tmp_path: Path) -> None:
    database_path(made.folder).write_bytes(os.urandom(8192))


def _database_of_another_vault(made: MadeVault, tmp_path: Path) -> None:
    other = make_vault(tmp_path / "other")
    shutil.copyfile(database_path(other.folder), database_path(made.folder))


def _database_removed(made: MadeVault, tmp_path: Path) -> None:
    database_path(made.folder).unlink()


def _newer_schema(made: MadeVault, tmp_path: Path) -> None:
    conn = sqlcipher3.connect(str(database_path(made.folder)))
    conn.execute(f"PRAGMA key = \"x'{made.admin.key.hex()}'\"")
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()


def _newer_key_file(made: MadeVault, tmp_path: Path) -> None:
    path = keyslot_path(made.folder)
    document = json.loads(path.read_bytes())
    document["version"] = keyslots.FORMAT_VERSION + 1
    path.write_text(json.dumps(document))


CASES: list[tuple[Callable[[MadeVault, Path], None], VaultState, type[VaultError]]] = [
    (_remove_key_file, VaultState.KEY_FILE_MISSING, KeyFileMissing),
    (_truncate_key_file, VaultState.KEY_FILE_DAMAGED, KeyFileDamaged),
    (_random_key_file, VaultState.KEY_FILE_DAMAGED, KeyFileDamaged),
    (_plain_sqlite_database, VaultState.NOT_A_VAULT, NotAVault),
    (_text_file_as_database, VaultState.NOT_A_VAULT, NotAVault),
    (_database_removed, VaultState.NOT_A_VAULT, NotAVault),
    # Encrypted-looking bytes cannot be judged without the key: the unlock finds out.
    (_random_pages_as_database, VaultState.READY, DatabaseDamaged),
    (_database_of_another_vault, VaultState.READY, DatabaseDamaged),
    (_newer_schema, VaultState.READY, NewerVersion),
    (_newer_key_file, VaultState.NEWER_VERSION, NewerVersion),
]


@pytest.mark.parametrize(
    ("spoil", "state", "error"), CASES, ids=lambda c: getattr(c, "__name__", "")
)
def test_a_bad_vault_is_named_and_left_byte_for_byte(
    made: MadeVault,
    tmp_path: Path,
    spoil: Callable[[MadeVault, Path], None],
    state: VaultState,
    error: type[VaultError],
) -> None:
    spoil(made, tmp_path)
    assert vault.inspect(made.folder) is state
    # The back-off record counts every try, a right password too (issue 16: so that a removed
    # or edited record is noticed); the vault's own files stay byte for byte.
    before = snapshot(made.folder, ignore=("signin-backoff.json",))
    with pytest.raises(error) as caught:
        vault.unlock(made.folder, "ann", DEFAULT_PASSWORD)
    assert str(caught.value)  # a sentence for the user
    assert snapshot(made.folder, ignore=("signin-backoff.json",)) == before


@pytest.mark.parametrize(
    "spoil", [_newer_schema, _plain_sqlite_database, _random_pages_as_database]
)
def test_the_recovery_key_does_not_get_around_a_bad_database(
    made: MadeVault, tmp_path: Path, spoil: Callable[[MadeVault, Path], None]
) -> None:
    spoil(made, tmp_path)
    before = snapshot(made.folder)
    with pytest.raises((NewerVersion, NotAVault, DatabaseDamaged)):
        vault.unlock_with_recovery_key(made.folder, made.recovery_key)
    assert snapshot(made.folder) == before


def test_an_empty_or_missing_folder_has_no_vault(tmp_path: Path) -> None:
    assert vault.inspect(tmp_path / "nowhere") is VaultState.NO_VAULT
    with pytest.raises(NoVault):
        vault.unlock(tmp_path / "nowhere", "ann", DEFAULT_PASSWORD)
    assert not (tmp_path / "nowhere").exists()


def test_every_state_but_ready_has_a_message() -> None:
    for state in VaultState:
        error = vault.state_error(state)
        assert (error is None) == (state is VaultState.READY)
        assert error is None or str(error)


def test_the_backoff_file_is_not_needed_to_sign_in(made: MadeVault) -> None:
    (made.folder / BACKOFF_FILE).unlink(missing_ok=True)
    assert vault.unlock(made.folder, "ann", DEFAULT_PASSWORD).actor is not None


@pytest.mark.parametrize(
    ("size", "state"),
    [
        (1023, VaultState.NOT_A_VAULT),  # smaller than any page
        (1024, VaultState.READY),  # whole pages: only the key can tell
        (1536, VaultState.READY),
        (1100, VaultState.NOT_A_VAULT),  # not whole pages
        (0, VaultState.NOT_A_VAULT),
    ],
)
def test_a_database_file_is_judged_by_its_size_before_any_key(
    made: MadeVault, size: int, state: VaultState
) -> None:
    database_path(made.folder).write_bytes(b"\x8f" * size)
    assert vault.inspect(made.folder) is state


def test_an_empty_database_whose_pages_are_still_in_the_wal_is_not_called_foreign(
    made: MadeVault,
) -> None:
    # A crash before the first checkpoint: the file is empty, its pages sit in the WAL.
    database_path(made.folder).write_bytes(b"")
    Path(f"{database_path(made.folder)}-wal").write_bytes(os.urandom(4096))
    assert vault.inspect(made.folder) is VaultState.READY


def test_a_folder_where_the_database_should_be_is_not_a_vault(made: MadeVault) -> None:
    database_path(made.folder).unlink()
    database_path(made.folder).mkdir()
    assert vault.inspect(made.folder) is VaultState.NOT_A_VAULT
    with pytest.raises(NotAVault) as refused:
        vault.unlock(made.folder, "ann", DEFAULT_PASSWORD)
    assert str(refused.value) == "The database file in this folder is not a TJ Desk vault."


def test_the_recovery_key_without_a_database_says_there_is_no_vault(made: MadeVault) -> None:
    database_path(made.folder).unlink()
    with pytest.raises(NoVault) as refused:
        vault.unlock_with_recovery_key(made.folder, made.recovery_key)
    assert str(refused.value) == "There is no vault in this folder yet."


def test_without_its_key_file_a_wrong_recovery_key_is_called_wrong(made: MadeVault) -> None:
    keyslot_path(made.folder).unlink()
    before = snapshot(made.folder)
    with pytest.raises(WrongRecoveryKey) as refused:
        vault.unlock_with_recovery_key(made.folder, "ab" * 32)
    assert str(refused.value) == "This recovery key does not open this vault."
    assert snapshot(made.folder) == before
    # The right one opens it with no key file at all (or one from a newer version).
    assert vault.unlock_with_recovery_key(made.folder, made.recovery_key).key == made.admin.key
    _newer_key_file_written(made)
    assert vault.unlock_with_recovery_key(made.folder, made.recovery_key).key == made.admin.key


def _newer_key_file_written(made: MadeVault) -> None:
    document = {"format": "tjdesk-keyslots", "version": keyslots.FORMAT_VERSION + 1}
    keyslot_path(made.folder).write_text(json.dumps(document))
    assert vault.inspect(made.folder) is VaultState.NEWER_VERSION


def test_the_recovery_key_of_this_vault_on_another_vaults_database_is_damage(
    made: MadeVault, tmp_path: Path
) -> None:
    _database_of_another_vault(made, tmp_path)
    with pytest.raises(DatabaseDamaged) as refused:
        vault.unlock_with_recovery_key(made.folder, made.recovery_key)
    assert str(refused.value) == (
        "The vault's database is damaged or does not belong to its key file. "
        "Restore it from a backup."
    )


@pytest.mark.parametrize(
    "spoil",
    [
        "DELETE FROM settings WHERE key = 'vault_id'",
        "UPDATE settings SET value = '' WHERE key = 'vault_id'",
    ],
)
def test_a_database_without_its_vault_id_is_not_a_vault_to_the_recovery_key(
    made: MadeVault, spoil: str
) -> None:
    conn = sqlcipher3.connect(str(database_path(made.folder)), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{made.admin.key.hex()}'\"")
    conn.execute(spoil)
    conn.close()
    with pytest.raises(NotAVault):
        vault.unlock_with_recovery_key(made.folder, made.recovery_key)
    with pytest.raises(DatabaseDamaged):  # a password's slot names a vault id it lacks
        vault.unlock(made.folder, "ann", DEFAULT_PASSWORD)


def test_a_recovery_key_sign_in_is_audited_without_a_name(made: MadeVault) -> None:
    opened = vault.unlock_with_recovery_key(made.folder, made.recovery_key)
    db = opened.open_database()
    try:
        last = db.query_one("SELECT actor, action FROM audit_log ORDER BY seq DESC LIMIT 1")
    finally:
        db.close()
    assert last == {"actor": None, "action": "signin.recovery_key"}


def _insider_sql(made: MadeVault, sql: str) -> None:
    conn = sqlcipher3.connect(str(database_path(made.folder)), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{made.admin.key.hex()}'\"")
    conn.execute(sql)
    conn.close()


def test_a_signed_in_handle_refuses_a_database_from_under_another_vault_id(
    made: MadeVault,
) -> None:
    _insider_sql(made, "UPDATE settings SET value = 'another vault' WHERE key = 'vault_id'")
    with pytest.raises(DatabaseDamaged):
        made.admin.open_database()


def test_a_signed_in_handle_refuses_a_changed_structure(made: MadeVault) -> None:
    from tjdesk.vault.schema_guard import StructureChanged

    _insider_sql(made, "CREATE VIEW everyone AS SELECT * FROM users")
    with pytest.raises(StructureChanged) as refused:
        made.admin.open_database()
    assert "The vault's structure was changed outside TJ Desk" in str(refused.value)


def test_a_signed_in_handle_whose_database_went_says_there_is_no_vault(made: MadeVault) -> None:
    database_path(made.folder).unlink()
    with pytest.raises(NoVault):
        made.admin.open_database()
