"""Managing staff accounts: each change audited, and only the affected key slot touched."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.vaults import DEFAULT_PASSWORD, MadeVault, make_vault
from tjdesk.actors import Role
from tjdesk.errors import AccessDenied, InvalidInput
from tjdesk.paths import keyslot_path
from tjdesk.users import UserService, record_lock
from tjdesk.vault import vault
from tjdesk.vault.database import Database
from tjdesk.vault.errors import UserDisabled, WrongPassword


@pytest.fixture
def made(tmp_path: Path) -> Iterator[MadeVault]:
    made = make_vault(tmp_path / "vault", users=[("ann", Role.COUNSELOR), ("bo", Role.NURSE)])
    yield made
    made.close()


@pytest.fixture
def admin_db(made: MadeVault) -> Iterator[Database]:
    db = made.admin.open_database()
    yield db
    db.close()


def _slots(made: MadeVault) -> dict[str, object]:
    return dict(json.loads(keyslot_path(made.folder).read_text())["slots"])


def _last_audit(db: Database) -> dict[str, object] | None:
    return db.query_one(
        "SELECT actor, action, target_type, target_id, detail FROM audit_log"
        " ORDER BY seq DESC LIMIT 1"
    )


def test_an_added_user_signs_in_with_their_role(made: MadeVault, admin_db: Database) -> None:
    info = UserService(admin_db, made.admin).add_user(
        "Chai", "Chai W.", Role.LEGAL_OFFICER, "first password"
    )
    assert (info.name, info.role, info.can_sign_in) == ("chai", Role.LEGAL_OFFICER, True)
    assert info.must_change_password  # the administrator chose it: the user must replace it
    assert _last_audit(admin_db) == {
        "actor": "admin",
        "action": "user.add",
        "target_type": "user",
        "target_id": str(info.id),
        "detail": "legal_officer",
    }
    unlocked = vault.unlock(made.folder, "chai", "first password")
    assert unlocked.actor is not None and unlocked.actor.role is Role.LEGAL_OFFICER
    assert unlocked.must_change_password


def test_the_same_name_twice_is_refused(made: MadeVault, admin_db: Database) -> None:
    with pytest.raises(InvalidInput):
        UserService(admin_db, made.admin).add_user("ANN", "Ann", Role.NURSE, "some password")


def test_only_an_administrator_manages_users(made: MadeVault) -> None:
    db = made.handles["ann"].open_database()
    try:
        service = UserService(db, made.handles["ann"])
        with pytest.raises(AccessDenied):
            service.add_user("eve", "Eve", Role.ADMINISTRATOR, "eve's password")
        with pytest.raises(AccessDenied):
            service.reset_password("bo")
        with pytest.raises(AccessDenied):
            service.disable_user("bo")
        assert [u.name for u in service.list_users()] == ["admin", "ann", "bo"]
    finally:
        db.close()


def test_reset_rewrites_only_that_users_slot(made: MadeVault, admin_db: Database) -> None:
    before = _slots(made)
    one_time = UserService(admin_db, made.admin).reset_password("ann")
    after = _slots(made)
    assert after["bo"] == before["bo"] and after["admin"] == before["admin"]
    assert after["ann"] != before["ann"]
    with pytest.raises(WrongPassword):
        vault.unlock(made.folder, "ann", DEFAULT_PASSWORD)
    unlocked = vault.unlock(made.folder, "ann", one_time)
    assert unlocked.must_change_password
    assert _last_audit(admin_db) is not None


def test_disable_removes_the_slot_and_keeps_the_account(
    made: MadeVault, admin_db: Database
) -> None:
    service = UserService(admin_db, made.admin)
    service.disable_user("bo")
    assert "bo" not in _slots(made)
    info = service.get("bo")
    assert info.disabled and not info.can_sign_in
    with pytest.raises(UserDisabled):
        vault.unlock(made.folder, "bo", DEFAULT_PASSWORD)
    assert admin_db.query_one(
        "SELECT action FROM audit_log WHERE action = 'user.disable' AND target_id = ?",
        (str(info.id),),
    )
    one_time = service.enable_user("bo")
    assert vault.unlock(made.folder, "bo", one_time).actor is not None


def test_the_last_administrator_and_oneself_cannot_be_disabled(
    made: MadeVault, admin_db: Database
) -> None:
    service = UserService(admin_db, made.admin)
    with pytest.raises(InvalidInput):
        service.disable_user("admin")
    with pytest.raises(InvalidInput):
        service.set_role("admin", Role.NURSE)
    assert "admin" in _slots(made)


def test_changing_ones_own_password(made: MadeVault) -> None:
    ann = made.handles["ann"]
    db = ann.open_database()
    try:
        service = UserService(db, ann)
        with pytest.raises(WrongPassword):
            service.change_own_password("not my password", "my new password")
        service.change_own_password(DEFAULT_PASSWORD, "my new password")
        assert _last_audit(db) == {
            "actor": "ann",
            "action": "user.password_change",
            "target_type": "user",
            "target_id": str(ann.actor.id if ann.actor else 0),
            "detail": None,
        }
    finally:
        db.close()
    assert vault.unlock(made.folder, "ann", "my new password").actor is not None
    with pytest.raises(WrongPassword):
        vault.unlock(made.folder, "ann", DEFAULT_PASSWORD)


def test_a_failed_slot_write_rolls_the_change_back(
    made: MadeVault, admin_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tjdesk.vault import keyslots

    def refuse(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(keyslots, "write_key_file", refuse)
    with pytest.raises(OSError):
        UserService(admin_db, made.admin).add_user("dee", "Dee", Role.NURSE, "dee's password")
    assert admin_db.query_one("SELECT id FROM users WHERE name = 'dee'") is None


def test_lock_is_audited(made: MadeVault, admin_db: Database) -> None:
    assert made.admin.actor is not None
    record_lock(admin_db, made.admin.actor)
    last = _last_audit(admin_db)
    assert last is not None and last["action"] == "session.lock"
