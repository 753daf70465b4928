"""A key change cut short after its commit point, met with the recovery key from before it.

The power fails between rotate.py's two renames: the database already has the new key, the
new key file waits beside the old one, and the new recovery key was never shown. The old
recovery key used to be told "the database is damaged, restore a backup", which is wrong and
would send an administrator to an old backup: any staff password finishes the change.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.vaults import DEFAULT_PASSWORD, MadeVault
from tjdesk.vault import rotate, vault
from tjdesk.vault.errors import RotationCutShort
from tjdesk.vault.rotate import rotate_key


def test_the_old_recovery_key_after_a_cut_short_change_says_what_to_do(
    made_vault: MadeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = made_vault

    def power_cut(folder: Path) -> None:
        raise KeyboardInterrupt  # the process dies between the two renames

    monkeypatch.setattr(rotate, "commit_key_file", power_cut)
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
