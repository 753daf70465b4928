"""A disabled user stays out even with an old key file copied back (issue 20, gap 6).

Disabling deletes the user's key slot and sets ``disabled`` in the database. Only the missing
slot was ever tested; but anyone who kept a copy of yesterday's ``tjdesk.keys`` (a backup, a
USB stick) can put the slot back. The database's flag must still refuse her: the message
says she is disabled, no session opens, no sign-in is recorded, and nothing is written.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.vaults import DEFAULT_PASSWORD, MadeVault, make_vault
from tests.tjdesk.vault.snapshots import snapshot
from tjdesk.actors import Role
from tjdesk.paths import BACKOFF_FILE, keyslot_path
from tjdesk.users import UserService
from tjdesk.vault import vault
from tjdesk.vault.errors import UserDisabled


@pytest.fixture
def made(tmp_path: Path) -> Iterator[MadeVault]:
    made = make_vault(tmp_path / "vault", users=[("ann", Role.COUNSELOR)])
    yield made
    made.close()


def _sign_ins(made: MadeVault, name: str) -> int:
    db = made.admin.open_database()
    try:
        return int(
            db.scalar(
                "SELECT count(*) FROM audit_log WHERE actor = ?"
                " AND action IN ('signin.ok', 'session.unlock')",
                (name,),
            )
        )
    finally:
        db.close()


@pytest.mark.parametrize("purpose", ["signin", "unlock"])
def test_an_old_key_file_copied_back_does_not_let_a_disabled_user_in(
    made: MadeVault, purpose: str
) -> None:
    old_key_file = keyslot_path(made.folder).read_bytes()  # a copy kept from before
    db = made.admin.open_database()
    try:
        UserService(db, made.admin).disable_user("ann")
    finally:
        db.close()
    sign_ins = _sign_ins(made, "ann")
    keyslot_path(made.folder).write_bytes(old_key_file)  # her slot is back
    before = snapshot(made.folder, ignore=(BACKOFF_FILE,))

    with pytest.raises(UserDisabled) as refused:
        vault.unlock(made.folder, "ann", DEFAULT_PASSWORD, purpose=purpose)

    assert "This user has been disabled" in str(refused.value)
    assert snapshot(made.folder, ignore=(BACKOFF_FILE,)) == before
    assert _sign_ins(made, "ann") == sign_ins


@pytest.mark.parametrize("change", ["disable_user", "reset_password"])
def test_a_slot_change_on_a_key_file_edited_outside_tj_desk_is_refused_and_seals_nothing(
    made: MadeVault, change: str
) -> None:
    import json

    from tjdesk.vault.errors import KeyFileTampered

    path = keyslot_path(made.folder)
    document = json.loads(path.read_bytes())
    document["kdf"] = {"memory_kib": 16, "time_cost": 2, "parallelism": 1}  # someone's edit
    path.write_text(json.dumps(document))
    edited = path.read_bytes()
    db = made.admin.open_database()  # signed in before the edit
    try:
        with pytest.raises(KeyFileTampered):
            getattr(UserService(db, made.admin), change)("ann")
        assert db.scalar("SELECT disabled FROM users WHERE name = 'ann'") == 0
    finally:
        db.close()
    assert path.read_bytes() == edited  # not re-authenticated under the vault's key
