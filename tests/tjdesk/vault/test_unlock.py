"""Creating a vault, signing in, and the recovery key."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3

from tests.helpers.vaults import DEFAULT_PASSWORD, TEST_KDF, MadeVault, make_vault
from tests.tjdesk.vault.snapshots import snapshot
from tjdesk.actors import Role
from tjdesk.errors import InvalidInput
from tjdesk.paths import BACKOFF_FILE, database_path, keyslot_path
from tjdesk.vault import vault
from tjdesk.vault.errors import (
    KeyFileDamaged,
    KeyFileTampered,
    MalformedRecoveryKey,
    UserDisabled,
    VaultExists,
    WrongPassword,
    WrongRecoveryKey,
)
from tjdesk.vault.vault import VaultState


def test_a_new_vault_signs_its_administrator_in(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    assert vault.inspect(folder) is VaultState.NO_VAULT
    recovery = vault.create(folder, "Room 2", "Somchai", "a long password", "th", kdf=TEST_KDF)
    assert vault.inspect(folder) is VaultState.READY
    unlocked = vault.unlock(folder, "somchai", "a long password")
    assert unlocked.actor is not None
    assert unlocked.actor.name == "somchai" and unlocked.actor.role is Role.ADMINISTRATOR
    assert len(recovery.replace(" ", "").replace("\n", "")) == 64
    # The database key never sits on disk in clear: not in the key file, not in the database.
    for path in folder.iterdir():
        assert unlocked.key not in path.read_bytes()
        assert unlocked.key.hex().encode() not in path.read_bytes()
    assert stat.S_IMODE(keyslot_path(folder).stat().st_mode) == 0o600


def test_the_recovery_key_opens_the_database_with_plain_sqlcipher(made: MadeVault) -> None:
    digits = made.recovery_key.replace(" ", "").replace("\n", "")
    conn = sqlcipher3.connect(str(database_path(made.folder)))
    try:
        conn.execute(f"PRAGMA key = \"x'{digits}'\"")
        names = {row[0] for row in conn.execute("SELECT name FROM users")}
    finally:
        conn.close()
    assert names == {"admin", "ann"}


def test_creating_over_an_existing_vault_changes_nothing(made: MadeVault) -> None:
    before = snapshot(made.folder)
    with pytest.raises(VaultExists):
        vault.create(made.folder, "Again", "eve", "another password", "en", kdf=TEST_KDF)
    assert snapshot(made.folder) == before


def test_a_short_password_is_refused_at_creation(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput):
        vault.create(tmp_path / "v", "Room", "admin", "short", "en", kdf=TEST_KDF)
    assert not (tmp_path / "v").exists() or not any((tmp_path / "v").iterdir())


def test_user_names_are_matched_without_regard_to_case_or_spaces(made: MadeVault) -> None:
    unlocked = vault.unlock(made.folder, "  ANN ", DEFAULT_PASSWORD)
    assert unlocked.actor is not None and unlocked.actor.name == "ann"


def test_a_successful_sign_in_is_audited_with_earlier_failures(made: MadeVault) -> None:
    with pytest.raises(WrongPassword):
        vault.unlock(made.folder, "ann", "not the password")
    with pytest.raises(WrongPassword):
        vault.unlock(made.folder, "nobody", "not the password")
    vault.unlock(made.folder, "ann", DEFAULT_PASSWORD)
    db = made.admin.open_database()
    try:
        rows = db.query("SELECT actor, action, detail FROM audit_log ORDER BY seq DESC LIMIT 3")
    finally:
        db.close()
    assert rows[::-1] == [
        {"actor": "ann", "action": "signin.failed", "detail": None},
        {"actor": None, "action": "signin.failed", "detail": "unknown user name"},
        {"actor": "ann", "action": "signin.ok", "detail": None},
    ]
    # Nothing typed into the user or password field was kept anywhere.
    for path in made.folder.iterdir():
        assert b"nobody" not in path.read_bytes()
        assert b"not the password" not in path.read_bytes()


def test_unlocking_from_the_lock_screen_is_its_own_audit_entry(made: MadeVault) -> None:
    vault.unlock(made.folder, "ann", DEFAULT_PASSWORD, purpose="unlock")
    db = made.admin.open_database()
    try:
        last = db.query_one("SELECT actor, action FROM audit_log ORDER BY seq DESC LIMIT 1")
    finally:
        db.close()
    assert last == {"actor": "ann", "action": "session.unlock"}


def test_recovery_key_unlocks_without_a_user(made: MadeVault) -> None:
    opened = vault.unlock_with_recovery_key(made.folder, made.recovery_key.upper())
    assert opened.actor is None and opened.key == made.admin.key


def test_a_wrong_or_malformed_recovery_key_changes_nothing(made: MadeVault) -> None:
    before = snapshot(made.folder)
    with pytest.raises(WrongRecoveryKey):
        vault.unlock_with_recovery_key(made.folder, "ab" * 32)
    with pytest.raises(MalformedRecoveryKey):
        vault.unlock_with_recovery_key(made.folder, "not a key")
    assert snapshot(made.folder) == before


def test_recovery_key_adds_an_admin_when_every_password_is_lost(made: MadeVault) -> None:
    keyslot_path(made.folder).unlink()  # every slot gone
    assert vault.inspect(made.folder) is VaultState.KEY_FILE_MISSING
    admin = vault.add_admin_with_recovery_key(
        made.folder, made.recovery_key, "rescue", "a new password", kdf=TEST_KDF
    )
    assert admin.actor is not None and admin.actor.role is Role.ADMINISTRATOR
    assert vault.inspect(made.folder) is VaultState.READY
    again = vault.unlock(made.folder, "rescue", "a new password")
    assert again.actor == admin.actor
    with pytest.raises(WrongPassword):  # the old slots are gone with the lost file
        vault.unlock(made.folder, "ann", DEFAULT_PASSWORD)


def test_recovery_key_replaces_a_damaged_key_file_and_keeps_it_aside(made: MadeVault) -> None:
    keyslot_path(made.folder).write_bytes(b"garbage")
    vault.add_admin_with_recovery_key(
        made.folder, made.recovery_key, "admin", "a new password", kdf=TEST_KDF
    )
    assert (made.folder / "tjdesk.keys.damaged").read_bytes() == b"garbage"
    assert vault.unlock(made.folder, "admin", "a new password").actor is not None


def test_a_disabled_user_is_told_so_and_nothing_changes(made: MadeVault) -> None:
    from tjdesk.users import UserService

    db = made.admin.open_database()
    try:
        UserService(db, made.admin).disable_user("ann")
    finally:
        db.close()
    before = snapshot(made.folder)
    with pytest.raises(UserDisabled):
        vault.unlock(made.folder, "ann", DEFAULT_PASSWORD)
    # The try is counted by the sign-in back-off (guesses at a disabled account's password
    # are throttled like any, issue 17 item 6); nothing else changes.
    after = snapshot(made.folder)
    before.pop("signin-backoff.json", None)
    after.pop("signin-backoff.json", None)
    assert after == before


@pytest.fixture
def made(tmp_path: Path) -> Iterator[MadeVault]:
    made = make_vault(tmp_path / "vault", users=[("ann", Role.COUNSELOR)])
    yield made
    made.close()


def test_wrong_password_changes_nothing_but_the_backoff_record(made: MadeVault) -> None:
    before = snapshot(made.folder, ignore=(BACKOFF_FILE,))
    with pytest.raises(WrongPassword) as caught:
        vault.unlock(made.folder, "ann", "wrong password")
    assert "Wrong user name or password" in str(caught.value)
    assert snapshot(made.folder, ignore=(BACKOFF_FILE,)) == before
    assert (made.folder / BACKOFF_FILE).exists()


def test_a_slot_with_weaker_parameters_is_strengthened_at_sign_in(made: MadeVault) -> None:
    from dataclasses import replace

    from tjdesk.vault import keyslots
    from tjdesk.vault.kdf import KdfParams

    path = keyslot_path(made.folder)
    stronger = KdfParams(memory_kib=16, time_cost=2, parallelism=1)
    keyslots.write_key_file(
        path, replace(keyslots.read_key_file(path), kdf=stronger), made.admin.key
    )
    vault.unlock(made.folder, "ann", DEFAULT_PASSWORD)
    slots = keyslots.read_key_file(path).slots
    assert slots["ann"].kdf == stronger  # re-derived with the vault's current parameters
    assert slots["admin"].kdf == TEST_KDF  # others wait for their own next sign-in
    assert vault.unlock(made.folder, "ann", DEFAULT_PASSWORD).actor is not None


def test_a_disabled_account_is_named_only_after_its_right_password(made: MadeVault) -> None:
    """Issue 17, item 6: 'This user has been disabled' told a stranger which names exist."""
    from tjdesk.users import UserService

    db = made.admin.open_database()
    try:
        UserService(db, made.admin).disable_user("ann")
    finally:
        db.close()
    with pytest.raises(WrongPassword) as wrong:
        vault.unlock(made.folder, "ann", "not her password")
    with pytest.raises(WrongPassword) as unknown:
        vault.unlock(made.folder, "nobody-here", "not her password", clock=lambda: 10**10)
    assert str(wrong.value).split(".")[0] == str(unknown.value).split(".")[0]
    with pytest.raises(UserDisabled):
        vault.unlock(made.folder, "ann", DEFAULT_PASSWORD, clock=lambda: 2 * 10**10)


def _recovery_entries(made: MadeVault) -> list[dict[str, object]]:
    db = made.admin.open_database()
    try:
        return db.query(
            "SELECT actor, action, target_type, target_id, detail FROM audit_log"
            " WHERE action = 'user.recovery_admin' ORDER BY seq"
        )
    finally:
        db.close()


def test_the_recovery_key_adds_an_admin_beside_everyone_elses_slot(made: MadeVault) -> None:
    from tjdesk.vault import keyslots

    rescue = vault.add_admin_with_recovery_key(
        made.folder, made.recovery_key, "Rescue", "a new password"
    )
    assert rescue.actor is not None and rescue.actor.name == "rescue"
    assert rescue.actor.role is Role.ADMINISTRATOR
    # The others keep their slots; the new one is made with the vault's own parameters.
    assert vault.unlock(made.folder, "ann", DEFAULT_PASSWORD).actor is not None
    assert vault.unlock(made.folder, "rescue", "a new password").actor == rescue.actor
    key_file = keyslots.read_key_file(keyslot_path(made.folder))
    assert set(key_file.slots) == {"admin", "ann", "rescue"}
    assert key_file.slots["rescue"].kdf == TEST_KDF
    assert _recovery_entries(made) == [
        {
            "actor": "rescue",
            "action": "user.recovery_admin",
            "target_type": "user",
            "target_id": str(rescue.actor.id),
            "detail": "administrator",
        }
    ]


def test_a_new_key_file_from_the_recovery_key_uses_the_parameters_given(
    made: MadeVault,
) -> None:
    from tjdesk.vault import keyslots

    keyslot_path(made.folder).unlink()
    vault.add_admin_with_recovery_key(
        made.folder, made.recovery_key, "rescue", "a new password", kdf=TEST_KDF
    )
    key_file = keyslots.read_key_file(keyslot_path(made.folder))
    assert key_file.kdf == TEST_KDF and key_file.slots["rescue"].kdf == TEST_KDF


def test_the_recovery_key_does_not_make_a_counselor_an_administrator(made: MadeVault) -> None:
    before = snapshot(made.folder)
    with pytest.raises(InvalidInput) as refused:
        vault.add_admin_with_recovery_key(made.folder, made.recovery_key, "ann", "a new password")
    assert str(refused.value) == "That name belongs to a user who is not an administrator."
    before.pop("tjdesk.db", None)  # (the recovery-key sign-in itself is audited)
    after = snapshot(made.folder)
    after.pop("tjdesk.db", None)
    assert after == before
    assert _recovery_entries(made) == []


def test_the_recovery_key_brings_back_a_disabled_administrator(made: MadeVault) -> None:
    from tjdesk.users import UserService

    db = made.admin.open_database()
    try:
        service = UserService(db, made.admin)
        service.add_user("second", "Second", Role.ADMINISTRATOR, "second password")
        service.disable_user("second")
    finally:
        db.close()
    back = vault.add_admin_with_recovery_key(
        made.folder, made.recovery_key, "second", "a new password"
    )
    again = vault.unlock(made.folder, "second", "a new password")
    assert again.actor == back.actor
    db = made.admin.open_database()
    try:
        assert db.query("SELECT disabled FROM users WHERE name = 'second'") == [{"disabled": 0}]
    finally:
        db.close()


def test_failures_beyond_what_the_record_keeps_are_audited_as_a_count(
    made: MadeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tjdesk.vault import backoff

    monkeypatch.setattr(backoff, "_MAX_PENDING", 2)
    now = [1.9e9]

    def clock() -> float:
        now[0] += 3600.0  # long after every wait
        return now[0]

    db = made.admin.open_database()
    try:
        start = db.scalar("SELECT max(seq) FROM audit_log")
    finally:
        db.close()
    for _ in range(3):
        with pytest.raises(WrongPassword):
            vault.unlock(made.folder, "ann", "not the password", clock=clock)
    vault.unlock(made.folder, "ann", DEFAULT_PASSWORD, clock=clock)
    db = made.admin.open_database()
    try:
        rows = db.query(
            "SELECT actor, action, detail, at FROM audit_log WHERE seq > ? ORDER BY seq",
            (start,),
        )
    finally:
        db.close()
    # Every one of the three failures is accounted for: the oldest as a count, the rest
    # one entry each, before the sign-in itself.
    for row in rows:
        at = row.pop("at")
        if row["action"] == "signin.failed":
            assert at > "2030"  # when it was tried (the clock above), not when audited
    dropped, *failed, last = rows
    assert dropped["action"] == "signin.failed_dropped" and dropped["actor"] is None
    assert failed == [{"actor": "ann", "action": "signin.failed", "detail": None}] * len(failed)
    assert int(dropped["detail"]) + len(failed) == 3 and failed
    assert last == {"actor": "ann", "action": "signin.ok", "detail": None}


def test_a_name_that_cannot_be_a_user_name_is_a_wrong_password_like_any(
    made: MadeVault,
) -> None:
    before = snapshot(made.folder, ignore=(BACKOFF_FILE,))
    with pytest.raises(WrongPassword) as refused:
        vault.unlock(made.folder, "   ", DEFAULT_PASSWORD)
    assert str(refused.value).startswith("Wrong user name or password.")
    assert snapshot(made.folder, ignore=(BACKOFF_FILE,)) == before


def test_the_administrator_the_recovery_key_restores_can_work_at_once(made: MadeVault) -> None:
    from tjdesk.users import UserService

    keyslot_path(made.folder).unlink()
    rescue = vault.add_admin_with_recovery_key(
        made.folder, made.recovery_key, "rescue", "a new password", kdf=TEST_KDF
    )
    assert rescue.key == made.admin.key and rescue.vault_id == made.admin.vault_id
    db = rescue.open_database()
    try:
        UserService(db, rescue).add_user("cat", "Cat", Role.COUNSELOR, "cat's password")
        last = db.query_one("SELECT actor, action FROM audit_log ORDER BY seq DESC LIMIT 1")
    finally:
        db.close()
    assert last == {"actor": "rescue", "action": "user.add"}
    assert vault.unlock(made.folder, "cat", "cat's password").actor is not None


def _audit_since(made: MadeVault, seq: int) -> list[dict[str, object]]:
    db = made.admin.open_database()
    try:
        return db.query(
            "SELECT actor, action, target_type, target_id FROM audit_log WHERE seq > ?"
            " ORDER BY seq",
            (seq,),
        )
    finally:
        db.close()


def _last_seq(made: MadeVault) -> int:
    db = made.admin.open_database()
    try:
        return int(db.scalar("SELECT max(seq) FROM audit_log"))
    finally:
        db.close()


def test_a_sign_in_hands_over_this_vault_this_person_and_names_them_in_the_audit(
    made: MadeVault,
) -> None:
    from tjdesk.vault import keyslots

    start = _last_seq(made)
    ann = vault.unlock(made.folder, "ann", DEFAULT_PASSWORD)
    assert ann.vault_id == keyslots.read_key_file(keyslot_path(made.folder)).vault_id
    assert ann.key == made.admin.key and ann.folder == made.folder
    assert ann.actor is not None and ann.actor.role is Role.COUNSELOR
    assert ann.signed_in is not None and ann.signed_in.actor == ann.actor
    assert not ann.must_change_password
    assert _audit_since(made, start) == [
        {
            "actor": "ann",
            "action": "signin.ok",
            "target_type": "user",
            "target_id": str(ann.actor.id),
        }
    ]


def test_a_failure_is_audited_once_however_many_sign_ins_follow(made: MadeVault) -> None:
    start = _last_seq(made)
    with pytest.raises(WrongPassword):
        vault.unlock(made.folder, "ann", "not the password")
    vault.unlock(made.folder, "ann", DEFAULT_PASSWORD, clock=lambda: 4e9)
    vault.unlock(made.folder, "ann", DEFAULT_PASSWORD, clock=lambda: 4e9 + 1)
    actions = [row["action"] for row in _audit_since(made, start)]
    assert actions == ["signin.failed", "signin.ok", "signin.ok"]


def _raise_the_vaults_parameters(made: MadeVault) -> None:
    from dataclasses import replace

    from tjdesk.vault import keyslots
    from tjdesk.vault.kdf import KdfParams

    path = keyslot_path(made.folder)
    stronger = KdfParams(memory_kib=16, time_cost=2, parallelism=1)
    keyslots.write_key_file(
        path, replace(keyslots.read_key_file(path), kdf=stronger), made.admin.key
    )


def test_strengthening_a_slot_keeps_its_keys_and_the_must_change_mark(made: MadeVault) -> None:
    from tjdesk.users import UserService
    from tjdesk.vault import keyslots

    db = made.admin.open_database()
    try:
        one_time = UserService(db, made.admin).reset_password("ann")
    finally:
        db.close()
    before = keyslots.read_key_file(keyslot_path(made.folder)).slots["ann"]
    _raise_the_vaults_parameters(made)
    ann = vault.unlock(made.folder, "ann", one_time)
    assert ann.must_change_password
    after = keyslots.read_key_file(keyslot_path(made.folder)).slots["ann"]
    assert after.kdf != before.kdf  # re-derived ...
    assert after.must_change_password  # ... still to be changed at the next step ...
    assert after.public_key == before.public_key  # ... and the same keys: her sealed
    assert after.signing_public_key == before.signing_public_key  # sections still open
    assert vault.unlock(made.folder, "ann", one_time).must_change_password


@pytest.mark.parametrize(
    "failure",
    [OSError(30, "Read-only file system"), KeyFileTampered()],
    ids=["read-only disk", "key file refused"],
)
def test_a_slot_that_cannot_be_strengthened_now_still_signs_in(
    made: MadeVault, monkeypatch: pytest.MonkeyPatch, failure: Exception
) -> None:
    from tjdesk.vault import keyslots

    _raise_the_vaults_parameters(made)
    before = keyslot_path(made.folder).read_bytes()

    def cannot_write(*args: object, **kwargs: object) -> None:
        raise failure

    monkeypatch.setattr(keyslots, "write_key_file", cannot_write)
    assert vault.unlock(made.folder, "ann", DEFAULT_PASSWORD).actor is not None
    assert keyslot_path(made.folder).read_bytes() == before  # next time, then


def test_the_right_password_on_a_slot_edited_by_hand_is_told_the_key_file_is_damaged(
    made: MadeVault,
) -> None:
    """Not 'wrong password': the password was right, the slot is at fault; no failure counts."""
    import json

    path = keyslot_path(made.folder)
    original = path.read_bytes()
    document = json.loads(original)
    document["slots"]["ann"]["public_key"] = document["slots"]["admin"]["public_key"]
    path.write_text(json.dumps(document))
    start = _last_seq(made)
    for _ in range(4):  # more than the free failures: a counted failure would start a wait
        with pytest.raises(KeyFileDamaged):
            vault.unlock(made.folder, "ann", DEFAULT_PASSWORD)
    path.write_bytes(original)
    assert vault.unlock(made.folder, "ann", DEFAULT_PASSWORD).actor is not None  # no wait
    assert [row["action"] for row in _audit_since(made, start)] == ["signin.ok"]
