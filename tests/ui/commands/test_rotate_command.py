"""`tjdesk rotate-key` end to end."""

from __future__ import annotations

import io
import stat
import sys
from pathlib import Path

import pytest

from tests.helpers.vaults import DEFAULT_PASSWORD, make_vault
from tjdesk.actors import Role
from tjdesk.vault import vault
from tjdesk.vault.errors import WrongRecoveryKey
from tjdesk.vault.recovery_key_notice import recovery_key_not_stored
from ui.cli import main


def test_rotate_key_writes_a_new_recovery_key_and_retires_the_old(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    made = make_vault(tmp_path / "vault", users=[("ann", Role.COUNSELOR)])
    out = tmp_path / "new-recovery.txt"
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{DEFAULT_PASSWORD}\n"))
    code = main(
        [
            "rotate-key",
            "--vault",
            str(made.folder),
            "--user",
            "admin",
            "--password-stdin",
            "--recovery-key-out",
            str(out),
        ]
    )
    assert code == 0, capsys.readouterr().err
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert vault.unlock_with_recovery_key(made.folder, out.read_text()).actor is None
    with pytest.raises(WrongRecoveryKey):
        vault.unlock_with_recovery_key(made.folder, made.recovery_key)
    assert vault.unlock(made.folder, "ann", DEFAULT_PASSWORD).actor is not None
    # The key was handed over, so no administrator is warned that it never was.
    db = vault.unlock(made.folder, "admin", DEFAULT_PASSWORD).open_database()
    try:
        assert not recovery_key_not_stored(db)
        stored = db.query("SELECT actor FROM audit_log WHERE action = 'vault.recovery_key_stored'")
        assert stored == [{"actor": "admin"}]
    finally:
        db.close()


def test_a_counselor_cannot_rotate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    made = make_vault(tmp_path / "vault", users=[("ann", Role.COUNSELOR)])
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{DEFAULT_PASSWORD}\n"))
    code = main(["rotate-key", "--vault", str(made.folder), "--user", "ann", "--password-stdin"])
    assert code == 1 and "Only an administrator" in capsys.readouterr().err
    assert vault.unlock_with_recovery_key(made.folder, made.recovery_key)
