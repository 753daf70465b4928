"""A scripted run of every vault-side action writes exactly one audit entry per action."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.helpers.vaults import DEFAULT_PASSWORD, make_vault
from tjdesk import audit
from tjdesk.actors import Role
from tjdesk.backup import restore_backup, write_backup
from tjdesk.users import UserService, record_lock
from tjdesk.vault import vault
from tjdesk.vault.errors import WrongPassword
from tjdesk.vault.rotate import rotate_key


def test_each_action_is_one_entry_and_holds_no_secret(tmp_path: Path) -> None:
    made = make_vault(tmp_path / "vault", users=[("ann", Role.COUNSELOR)])
    folder = made.folder
    db = made.admin.open_database()
    start = int(db.scalar("SELECT max(seq) FROM audit_log"))
    db.close()

    with pytest.raises(WrongPassword):
        vault.unlock(folder, "ann", "secret guess 1")  # signin.failed (audited at next sign-in)
    admin = vault.unlock(folder, "admin", DEFAULT_PASSWORD)  # signin.ok
    db = admin.open_database()
    try:
        assert admin.actor is not None
        service = UserService(db, admin)
        service.add_user("bo", "Bo", Role.NURSE, "bo's first password")  # user.add
        service.reset_password("bo")  # user.password_reset
        service.set_role("bo", Role.PSYCHOLOGIST)  # user.set_role
        service.disable_user("bo")  # user.disable
        service.enable_user("bo")  # user.enable
        service.change_own_password(DEFAULT_PASSWORD, "admin's new password")  # .password_change
        record_lock(db, admin.actor)  # session.lock
        write_backup(db, admin, tmp_path / "backup")  # backup.create
    finally:
        db.close()
    vault.unlock(folder, "admin", "admin's new password", purpose="unlock")  # session.unlock
    rotated, _ = rotate_key(vault.unlock(folder, "admin", "admin's new password"))  # +signin.ok

    db = rotated.open_database()
    try:
        rows = db.query(
            "SELECT actor, action, target_type, target_id, detail FROM audit_log WHERE seq > ?",
            (start,),
        )
        assert audit.verify(db).intact
    finally:
        db.close()
    counts = Counter(row["action"] for row in rows)
    assert counts == {
        "signin.failed": 1,
        "signin.ok": 2,
        "user.add": 1,
        "user.password_reset": 1,
        "user.set_role": 1,
        "user.disable": 1,
        "user.enable": 1,
        "user.password_change": 1,
        "session.lock": 1,
        "backup.create": 1,
        "session.unlock": 1,
        "vault.key_rotated": 1,
    }
    failed = next(row for row in rows if row["action"] == "signin.failed")
    assert failed["actor"] == "ann"
    text = repr(rows)
    for secret in ("secret guess", "first password", "new password", DEFAULT_PASSWORD):
        assert secret not in text

    restored = restore_backup(
        tmp_path / "backup", tmp_path / "r", user="ann", password=DEFAULT_PASSWORD
    )
    db = vault.unlock(restored.folder, "ann", DEFAULT_PASSWORD).open_database()
    try:
        restore_rows = db.query("SELECT actor FROM audit_log WHERE action = 'backup.restore'")
    finally:
        db.close()
    assert restore_rows == [{"actor": "ann"}]
