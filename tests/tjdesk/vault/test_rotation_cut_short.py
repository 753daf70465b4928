"""A key change cut short after its commit point, met with the recovery key from before it.

The power fails between rotate.py's two renames: the database already has the new key, the
new key file waits beside the old one, and the new recovery key was never shown. The old
recovery key used to be told "the database is damaged, restore a backup", which is wrong and
would send an administrator to an old backup: any staff password finishes the change.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.helpers.vaults import DEFAULT_PASSWORD, MadeVault
from tjdesk.errors import AccessDenied
from tjdesk.vault import rotate, vault
from tjdesk.vault.errors import RotationCutShort
from tjdesk.vault.recovery_key_notice import STORED, confirm_stored, recovery_key_not_stored
from tjdesk.vault.rotate import rotate_key


def test_the_old_recovery_key_after_a_cut_short_change_says_what_to_do(
    made_vault: MadeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = made_vault

    monkeypatch.setattr(rotate, "commit_key_file", _power_cut)
    with pytest.raises(KeyboardInterrupt):
        rotate_key(made.admin)
    monkeypatch.undo()
    before = {p.name: p.read_bytes() for p in made.folder.iterdir() if p.is_file()}

    with pytest.raises(RotationCutShort) as refused:
        vault.unlock_with_recovery_key(made.folder, made.recovery_key)
    assert str(refused.value) == (
        "A change of the vault's key was cut short, and this recovery key is from before it. "
        "Sign in with any staff password to finish the change, then change the vault's key "
        "again to get a new recovery key. Nothing was changed."
    )
    after = {p.name: p.read_bytes() for p in made.folder.iterdir() if p.is_file()}
    assert after == before  # nothing was changed, as it says

    # As it says: a password finishes the change, and the old recovery key is retired.
    signed_in = vault.unlock(made.folder, "admin", DEFAULT_PASSWORD)
    assert signed_in.key != made.admin.key
    with pytest.raises(Exception) as retired:
        vault.unlock_with_recovery_key(made.folder, made.recovery_key)
    assert "does not open this vault" in str(retired.value)


def test_a_vault_whose_key_never_changed_asks_for_no_new_recovery_key(
    made_vault: MadeVault,
) -> None:
    """The recovery key shown at set-up is the one on the sheet: no administrator is told to
    change the key, and confirming anyway writes nothing."""
    db = made_vault.admin.open_database()
    try:
        assert not recovery_key_not_stored(db)
        confirm_stored(db, made_vault.admin.actor)
        stored = db.scalar("SELECT count(*) FROM audit_log WHERE action = ?", (STORED,))
    finally:
        db.close()
    assert stored == 0


def test_a_sign_in_that_finishes_a_cut_short_change_leaves_word_for_the_administrators(
    made_vault: MadeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The new recovery key of a cut-short change was never shown: the audit trail says so
    until an administrator changes the key again and ticks that the new one is stored."""
    made = made_vault
    monkeypatch.setattr(rotate, "commit_key_file", _power_cut)
    with pytest.raises(KeyboardInterrupt):
        rotate_key(made.admin)
    monkeypatch.undo()

    finished = vault.unlock(made.folder, "counselor", DEFAULT_PASSWORD)  # any staff password
    db = finished.open_database()
    try:
        assert recovery_key_not_stored(db)
        entries = db.query(
            "SELECT actor FROM audit_log WHERE action = 'vault.key_rotation_finished'"
        )
        assert entries == [{"actor": "counselor"}]
    finally:
        db.close()

    # A later sign-in finishes nothing and writes nothing more about it.
    admin = vault.unlock(made.folder, "admin", DEFAULT_PASSWORD)
    db = admin.open_database()
    try:
        assert recovery_key_not_stored(db)
        assert (
            db.scalar("SELECT count(*) FROM audit_log WHERE action = 'vault.key_rotation_finished'")
            == 1
        )
    finally:
        db.close()

    # The administrator changes the key again; the warning stays until the new key is stored.
    rotated, _new_key = rotate_key(admin)
    db = rotated.open_database()
    try:
        assert recovery_key_not_stored(db)
        assert rotated.actor is not None
        confirm_stored(db, rotated.actor)
        assert not recovery_key_not_stored(db)
        assert (
            db.scalar("SELECT count(*) FROM audit_log WHERE action = 'vault.recovery_key_stored'")
            == 1
        )
    finally:
        db.close()


def test_only_an_administrator_can_say_the_recovery_key_is_stored(
    made_vault: MadeVault,
) -> None:
    made = made_vault
    rotate_key(made.admin)
    ann = vault.unlock(made.folder, "counselor", DEFAULT_PASSWORD)
    db = ann.open_database()
    try:
        assert ann.actor is not None
        with pytest.raises(AccessDenied) as refused:
            confirm_stored(db, ann.actor)
        assert str(refused.value) == (
            "Only an administrator can confirm that the new recovery key is stored."
        )
        assert not db.scalar(
            "SELECT count(*) FROM audit_log WHERE action = 'vault.recovery_key_stored'"
        )
        assert recovery_key_not_stored(db)
    finally:
        db.close()


def _power_cut(folder: Path) -> None:
    raise KeyboardInterrupt  # the process dies between rotate.py's two renames


def test_a_sign_in_racing_a_live_change_leaves_the_key_to_the_change_that_shows_it(
    made_vault: MadeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The database is swapped and the new key file waits, but the rotation is alive and puts
    the key file in place itself just before the sign-in would: it shows its key, so the
    sign-in finished nothing and records nothing about it."""
    made = made_vault
    monkeypatch.setattr(rotate, "commit_key_file", _power_cut)
    with pytest.raises(KeyboardInterrupt):
        rotate_key(made.admin)
    monkeypatch.undo()

    real_replace = os.replace

    pending = vault.pending_keyslot_path(made.folder)

    def the_rotation_got_there_first(source: Path, target: Path) -> None:
        real_replace(source, target)  # for the key file: the rotation's own rename, earlier
        if Path(source) == pending:
            raise FileNotFoundError(source)

    monkeypatch.setattr(os, "replace", the_rotation_got_there_first)
    signed_in = vault.unlock(made.folder, "counselor", DEFAULT_PASSWORD)
    monkeypatch.undo()
    db = signed_in.open_database()
    try:
        assert (
            db.scalar("SELECT count(*) FROM audit_log WHERE action = 'vault.key_rotation_finished'")
            == 0
        )
    finally:
        db.close()
    assert signed_in.key != made.admin.key  # it did open with the new key
