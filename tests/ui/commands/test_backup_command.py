"""`tjdesk backup` and `tjdesk restore` end to end."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.vaults import DEFAULT_PASSWORD, MadeVault, make_vault
from tests.tjdesk.vault.snapshots import snapshot
from tjdesk.actors import Role
from tjdesk.vault import vault
from ui.cli import main


@pytest.fixture
def made(tmp_path: Path) -> Iterator[MadeVault]:
    made = make_vault(tmp_path / "vault", users=[("ann", Role.COUNSELOR)])
    yield made
    made.close()


def _run(argv: list[str], stdin: str, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(argv)


def test_backup_then_restore_with_replace(
    made: MadeVault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "b.tjbackup"
    assert (
        _run(
            [
                "backup",
                "--out",
                str(out),
                "--vault",
                str(made.folder),
                "--user",
                "admin",
                "--password-stdin",
            ],
            f"{DEFAULT_PASSWORD}\n",
            monkeypatch,
        )
        == 0
    )
    assert "Backup written" in capsys.readouterr().out
    code = _run(
        [
            "restore",
            str(out),
            "--into",
            str(tmp_path / "r"),
            "--recovery-key",
            "--password-stdin",
            "--replace",
            "--admin",
            "admin",
            "--vault",
            str(made.folder),
        ],
        # Replacing needs the current vault's administrator first, then the backup's key.
        f"{DEFAULT_PASSWORD}\n" + made.recovery_key.replace("\n", " ") + "\n",
        monkeypatch,
    )
    assert code == 0
    assert "Restored and checked" in capsys.readouterr().out
    assert vault.unlock(made.folder, "ann", DEFAULT_PASSWORD).actor is not None
    kept = list(tmp_path.glob("vault.before-restore-*"))
    assert kept
    # The outgoing vault's trail says who replaced it.
    db = vault.unlock(kept[0], "admin", DEFAULT_PASSWORD).open_database()
    try:
        row = db.query_one("SELECT actor, detail FROM audit_log WHERE action = 'vault.replaced'")
    finally:
        db.close()
    assert row is not None and (row["actor"], row["detail"]) == ("admin", "same vault")


def test_a_counselor_cannot_make_a_backup(
    made: MadeVault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = _run(
        [
            "backup",
            "--out",
            str(tmp_path / "b"),
            "--vault",
            str(made.folder),
            "--user",
            "ann",
            "--password-stdin",
        ],
        f"{DEFAULT_PASSWORD}\n",
        monkeypatch,
    )
    assert code == 1 and not (tmp_path / "b").exists()
    assert "Only an administrator" in capsys.readouterr().err


def test_restoring_a_foreign_file_is_one_clear_line(
    made: MadeVault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bogus = tmp_path / "holiday.jpg"
    bogus.write_bytes(b"\xff\xd8\xff" + b"x" * 3000)
    before = snapshot(made.folder)
    code = _run(
        [
            "restore",
            str(bogus),
            "--into",
            str(tmp_path / "r"),
            "--user",
            "ann",
            "--password-stdin",
            "--replace",
            "--vault",
            str(made.folder),
        ],
        f"{DEFAULT_PASSWORD}\n",
        monkeypatch,
    )
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "not a TJ Desk backup" in err
    assert snapshot(made.folder) == before and not (tmp_path / "r").exists()
