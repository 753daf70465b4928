"""The recovery recipient's signed record keeps counting when the administrator who signed it
is disabled or gets a new key pair: the administrator making that change signs it again, so
the case workers can go on saving (docs/SECURITY.md, "Sealing follows the roster")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.vaults import make_vault
from tjdesk.actors import Role
from tjdesk.cases import drafts
from tjdesk.users import UserService
from tjdesk.vault import certified_keys, recovery
from tjdesk.vault import roster as roster_module
from tjdesk.vault.database import Database


@pytest.mark.parametrize("change", ["disable", "reset password", "role"])
def test_the_recovery_record_outlives_its_signer(tmp_path: Path, change: str) -> None:
    made = make_vault(
        tmp_path / "vault", users=[("ad2", Role.ADMINISTRATOR), ("ann", Role.SOCIAL_WORKER)]
    )
    # ad2, not the root, signs the record (as for a vault whose recovery identity an
    # administrator made or confirmed after set-up).
    db = made.handles["ad2"].open_database()
    try:
        recovery.confirm_from_sheet(db, made.recovery_identity)
    finally:
        db.close()
    db = made.admin.open_database()
    try:
        service = UserService(db, made.admin)
        if change == "disable":
            service.disable_user("ad2")
        elif change == "reset password":
            service.reset_password("ad2")
        else:
            service.set_role("ad2", Role.SUPERVISOR)
        assert certified_keys.recovery_problems(db, roster_module.load(db)) == []
    finally:
        db.close()

    ann = made.handles["ann"].actor
    assert ann is not None

    def save(db: Database) -> None:
        drafts.save_draft(db, ann, "case:new", {"notes": "still saves"})

    made.worker("ann").call(save)  # no "recovery identity was changed" refusal
    made.close()
