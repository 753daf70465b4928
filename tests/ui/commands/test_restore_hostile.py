"""`tjdesk restore` given crafted files: one clear line, exit 1, nothing written, never a hang.

And `--replace` only by an administrator of the vault being replaced, with a backup of that
same vault (or an explicit `--other-vault`).
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.vaults import DEFAULT_PASSWORD, MadeVault, make_vault
from tests.tjdesk.vault.snapshots import snapshot
from tjdesk import backup as backup_module
from tjdesk.actors import Role
from tjdesk.backup import write_backup
from tjdesk.vault import vault
from ui.cli import main

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def made(tmp_path: Path) -> Iterator[MadeVault]:
    made = make_vault(tmp_path / "vault", users=[("ann", Role.COUNSELOR)])
    yield made
    made.close()


@pytest.fixture
def good_backup(made: MadeVault, tmp_path: Path) -> Path:
    out = tmp_path / "good.tjbackup"
    db = made.admin.open_database()
    try:
        write_backup(db, made.admin, out)
    finally:
        db.close()
    return out


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _write_zip(
    path: Path, members: dict[str, bytes], compression: int = zipfile.ZIP_STORED
) -> Path:
    with zipfile.ZipFile(path, "w", compression=compression) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return path


def _restore(argv: list[str], stdin: str, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(["restore", *argv, "--password-stdin"])


def _one_line(err: str) -> str:
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


# --- not a file ---------------------------------------------------------------------------


def _restore_in_child(source: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "ui.cli",
            "restore",
            source,
            "--into",
            str(tmp_path / "r"),
            "--user",
            "admin",
            "--password-stdin",
        ],
        input=f"{DEFAULT_PASSWORD}\n",
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,  # the old code never returned from a pipe or /dev/zero
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


@pytest.mark.skipif(sys.platform == "win32", reason="no /dev/zero or named pipes as files")
@pytest.mark.parametrize("kind", ["dev-zero", "pipe"])
def test_a_device_or_pipe_gets_a_clear_no_at_once(tmp_path: Path, kind: str) -> None:
    if kind == "pipe":
        source = tmp_path / "backup.fifo"
        os.mkfifo(source)
    else:
        source = Path("/dev/zero")
    done = _restore_in_child(str(source), tmp_path)
    assert done.returncode == 1
    err = _one_line(done.stderr)
    assert "Only a backup file can be restored" in err and str(source) in err
    assert not (tmp_path / "r").exists()


# --- crafted zips -------------------------------------------------------------------------


def test_a_compressed_bomb_is_refused_before_anything_is_written(
    good_backup: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    members = _members(good_backup)
    members["tjdesk.db"] = bytes(32 * 1024 * 1024)  # 32 MB of zeros deflate to ~32 KB
    bomb = _write_zip(tmp_path / "small.tjbackup", members, zipfile.ZIP_DEFLATED)
    assert bomb.stat().st_size < 200_000
    copies: list[object] = []
    real_copy = backup_module.shutil.copyfileobj
    monkeypatch.setattr(
        backup_module.shutil,
        "copyfileobj",
        lambda *a, **k: copies.append(a) or real_copy(*a, **k),
    )
    code = _restore(
        [str(bomb), "--into", str(tmp_path / "r"), "--user", "admin"],
        f"{DEFAULT_PASSWORD}\n",
        monkeypatch,
    )
    assert code == 1
    assert "not a TJ Desk backup" in _one_line(capsys.readouterr().err)
    assert copies == []  # refused on the zip's own figures, before a byte was unpacked
    assert not (tmp_path / "r").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".r.restoring")]


def _manifest_variants() -> dict[str, object]:
    return {
        "row-count-is-text": {"row_counts": {"audit_log": "many"}},
        "row-count-is-a-list": {"row_counts": {"audit_log": [1]}},
        "row-count-is-negative": {"row_counts": {"audit_log": -1}},
        "version-is-true": {"version": True},
        "vault-id-is-a-number": {"vault_id": 7},
        "created-at-is-a-list": {"created_at": ["2026"]},
        "schema-is-text": {"schema_version": "1"},
    }


@pytest.mark.parametrize("change", list(_manifest_variants()), ids=list(_manifest_variants()))
def test_a_manifest_field_of_the_wrong_type_is_one_clear_line(
    good_backup: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    change: str,
) -> None:
    members = _members(good_backup)
    manifest = json.loads(members["manifest.json"])
    manifest.update(_manifest_variants()[change])  # type: ignore[arg-type]
    members["manifest.json"] = json.dumps(manifest).encode()
    crafted = _write_zip(tmp_path / "crafted.tjbackup", members)
    code = _restore(
        [str(crafted), "--into", str(tmp_path / "r"), "--user", "admin"],
        f"{DEFAULT_PASSWORD}\n",
        monkeypatch,
    )
    assert code == 1
    assert "not a TJ Desk backup" in _one_line(capsys.readouterr().err)
    assert not (tmp_path / "r").exists()


def test_a_deeply_nested_manifest_is_one_clear_line(
    good_backup: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    members = _members(good_backup)
    members["manifest.json"] = b"[" * 200_000 + b"]" * 200_000
    crafted = _write_zip(tmp_path / "deep.tjbackup", members)
    code = _restore(
        [str(crafted), "--into", str(tmp_path / "r"), "--user", "admin"],
        f"{DEFAULT_PASSWORD}\n",
        monkeypatch,
    )
    assert code == 1
    assert "not a TJ Desk backup" in _one_line(capsys.readouterr().err)


# --- who may replace ----------------------------------------------------------------------


def test_a_counselor_cannot_replace_the_vault(
    made: MadeVault,
    good_backup: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    made.close()
    before = snapshot(made.folder, ignore=("signin-backoff.json",))
    code = _restore(
        [
            str(good_backup),
            "--into",
            str(tmp_path / "r"),
            "--user",
            "ann",
            "--replace",
            "--vault",
            str(made.folder),
        ],
        f"{DEFAULT_PASSWORD}\n{DEFAULT_PASSWORD}\n",
        monkeypatch,
    )
    assert code == 1
    assert "Only an administrator of this vault" in _one_line(capsys.readouterr().err)
    assert not (tmp_path / "r").exists()
    assert not list(tmp_path.glob("vault.before-restore-*"))
    # Ann's sign-in to check her role leaves its own audit entry; the data is as it was.
    assert vault.unlock(made.folder, "ann", DEFAULT_PASSWORD).vault_id == made.admin.vault_id
    assert set(snapshot(made.folder, ignore=("signin-backoff.json",))) == set(before)


@pytest.fixture
def other_backup(tmp_path: Path) -> Path:
    other = make_vault(tmp_path / "other", users=[])
    out = tmp_path / "other.tjbackup"
    db = other.admin.open_database()
    try:
        write_backup(db, other.admin, out)
    finally:
        db.close()
        other.close()
    return out


def test_a_backup_of_another_vault_needs_other_vault(
    made: MadeVault,
    other_backup: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    made.close()
    argv = [
        str(other_backup),
        "--into",
        str(tmp_path / "r"),
        "--user",
        "admin",
        "--replace",
        "--vault",
        str(made.folder),
    ]
    code = _restore(argv, f"{DEFAULT_PASSWORD}\n{DEFAULT_PASSWORD}\n", monkeypatch)
    assert code == 1
    err = _one_line(capsys.readouterr().err)
    assert "This backup is of another vault" in err and "--other-vault" in err
    assert not (tmp_path / "r").exists()
    assert vault.unlock(made.folder, "ann", DEFAULT_PASSWORD).actor is not None  # still ours

    code = _restore(
        [*argv, "--other-vault"], f"{DEFAULT_PASSWORD}\n{DEFAULT_PASSWORD}\n", monkeypatch
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "a different vault takes this one's place" in out
    assert "this vault is kept beside it" in out
    kept = list(tmp_path.glob("vault.before-restore-*"))
    assert len(kept) == 1
    # Ann belonged to the old vault only; the old vault's trail names who swapped it out.
    assert vault.inspect(made.folder) is vault.VaultState.READY
    db = vault.unlock(kept[0], "admin", DEFAULT_PASSWORD).open_database()
    try:
        detail = db.scalar("SELECT detail FROM audit_log WHERE action = 'vault.replaced'")
    finally:
        db.close()
    assert detail == "other vault"
