"""`tjdesk recovery-identity`: a vault from before sealed sections gets its recovery identity."""

from __future__ import annotations

import io
import stat
import sys
from pathlib import Path

import pyrage
import pytest

from tests.helpers.vaults import DEFAULT_PASSWORD, make_vault
from tjdesk.actors import Role
from tjdesk.vault.sealing import SETTING_RECOVERY_RECIPIENT, recovery_recipient
from ui.cli import main


def _run(folder: Path, user: str, *extra: str) -> int:
    args = ["recovery-identity", "--vault", str(folder), "--user", user, "--password-stdin"]
    return main([*args, *extra])


def test_an_administrator_makes_it_once_and_only_its_recipient_is_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    made = make_vault(tmp_path / "vault", users=[("ann", Role.COUNSELOR)])
    db = made.admin.open_database()
    with db.transaction():  # as a vault made before sealed sections
        db.execute("DELETE FROM settings WHERE key = ?", (SETTING_RECOVERY_RECIPIENT,))
    db.close()
    out = tmp_path / "identity.txt"
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{DEFAULT_PASSWORD}\n"))
    assert _run(made.folder, "admin", "--out", str(out)) == 0, capsys.readouterr().err
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    secret = out.read_text().strip()
    db = made.admin.open_database()
    try:
        recipient = recovery_recipient(db)
        assert recipient == str(pyrage.x25519.Identity.from_str(secret).to_public())
        stored = " ".join(str(r["value"]) for r in db.query("SELECT value FROM settings"))
        assert secret not in stored
    finally:
        db.close()
    # A second time is refused, with a message, and changes nothing.
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{DEFAULT_PASSWORD}\n"))
    assert _run(made.folder, "admin") == 1
    assert "already has a recovery identity" in capsys.readouterr().err


def test_a_counselor_cannot_make_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    made = make_vault(tmp_path / "vault", users=[("ann", Role.COUNSELOR)])
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{DEFAULT_PASSWORD}\n"))
    assert _run(made.folder, "ann") == 1
    assert "Only an administrator" in capsys.readouterr().err
