"""`tjdesk init` and `tjdesk user ...` as an administrator would run them."""

from __future__ import annotations

import io
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.vaults import DEFAULT_PASSWORD, MadeVault, make_vault
from tjdesk.actors import Role
from tjdesk.paths import BACKOFF_FILE
from tjdesk.vault import vault
from tjdesk.vault.kdf import FLOOR
from tjdesk.vault.keyslots import read_key_file
from tjdesk.vault.vault import VaultState
from ui.cli import main

REPO = Path(__file__).resolve().parents[3]


def _run(argv: list[str], stdin: str, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(argv)


@pytest.fixture
def made(tmp_path: Path) -> Iterator[MadeVault]:
    made = make_vault(tmp_path / "vault", users=[("ann", Role.COUNSELOR)])
    yield made
    made.close()


def test_init_makes_a_vault_and_a_private_recovery_key_file(tmp_path: Path) -> None:
    # A real process, as an installer script would run it, with production parameters.
    folder, key_out = tmp_path / "vault", tmp_path / "recovery.txt"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ui.cli",
            "init",
            "--vault",
            str(folder),
            "--admin",
            "Nok",
            "--password-stdin",
            "--recovery-key-out",
            str(key_out),
        ],
        input="a good long password\n",
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert vault.inspect(folder) is VaultState.READY
    assert stat.S_IMODE(key_out.stat().st_mode) == 0o600
    digits = "".join(key_out.read_text().split())
    assert len(digits) == 64 and digits not in result.stdout
    assert vault.unlock_with_recovery_key(folder, key_out.read_text()).vault_id
    # Beside it, the recovery identity that opens every sealed section (issue 13).
    identity_out = tmp_path / "recovery-identity.txt"
    assert stat.S_IMODE(identity_out.stat().st_mode) == 0o600
    assert identity_out.read_text().startswith("AGE-SECRET-KEY-1")
    assert identity_out.read_text().strip() not in result.stdout
    params = read_key_file(folder / "tjdesk.keys").slots["nok"].kdf
    assert params.memory_kib >= FLOOR.memory_kib and params.time_cost >= FLOOR.time_cost
    assert params.parallelism >= FLOOR.parallelism


def test_init_refuses_an_existing_vault(
    made: MadeVault, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code = _run(
        ["init", "--vault", str(made.folder), "--admin", "x", "--password-stdin"],
        "whatever password\n",
        monkeypatch,
    )
    assert code == 1
    assert "already holds a vault" in capsys.readouterr().err


def test_user_add_then_list(
    made: MadeVault, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code = _run(
        [
            "user",
            "add",
            "dao",
            "--role",
            "nurse",
            "--display-name",
            "Dao K.",
            "--vault",
            str(made.folder),
            "--user",
            "admin",
            "--password-stdin",
        ],
        f"{DEFAULT_PASSWORD}\ndao's first password\n",
        monkeypatch,
    )
    assert code == 0
    assert "Added dao (Nurse)" in capsys.readouterr().out
    assert vault.unlock(made.folder, "dao", "dao's first password").must_change_password
    code = _run(
        ["--vault", str(made.folder), "user", "list", "--user", "ann", "--password-stdin"],
        f"{DEFAULT_PASSWORD}\n",
        monkeypatch,
    )
    out = capsys.readouterr().out
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["NAME", "ROLE", "STATUS"]
    assert any(line.startswith("dao ") and "must change password" in line for line in lines)


def test_a_wrong_password_is_one_clear_line_and_changes_only_the_backoff(
    made: MadeVault, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.tjdesk.vault.snapshots import snapshot

    before = snapshot(made.folder, ignore=(BACKOFF_FILE,))
    code = _run(
        [
            "user",
            "disable",
            "ann",
            "--vault",
            str(made.folder),
            "--user",
            "admin",
            "--password-stdin",
        ],
        "not it\n",
        monkeypatch,
    )
    err = capsys.readouterr().err
    assert code == 1
    assert err.strip() == "tjdesk: Wrong user name or password."
    assert snapshot(made.folder, ignore=(BACKOFF_FILE,)) == before


def test_the_password_is_never_an_argument(made: MadeVault) -> None:
    with pytest.raises(SystemExit):
        main(["user", "list", "--vault", str(made.folder), "--user", "admin", "--password", "x"])


def test_reset_prints_a_one_time_password_that_works(
    made: MadeVault, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code = _run(
        [
            "user",
            "reset",
            "ann",
            "--vault",
            str(made.folder),
            "--user",
            "admin",
            "--password-stdin",
        ],
        f"{DEFAULT_PASSWORD}\n",
        monkeypatch,
    )
    one_time = capsys.readouterr().out.strip().splitlines()[-1]
    assert code == 0
    assert vault.unlock(made.folder, "ann", one_time).must_change_password
    # Until ann chooses her own password, other commands send her to `user passwd`.
    code = _run(
        ["user", "list", "--vault", str(made.folder), "--user", "ann", "--password-stdin"],
        f"{one_time}\n",
        monkeypatch,
    )
    assert code == 1 and "user passwd" in capsys.readouterr().err
    code = _run(
        ["user", "passwd", "--vault", str(made.folder), "--user", "ann", "--password-stdin"],
        f"{one_time}\nann's own password\n",
        monkeypatch,
    )
    assert code == 0
    unlocked = vault.unlock(made.folder, "ann", "ann's own password")
    assert not unlocked.must_change_password


def test_disable_removes_the_users_slot(
    made: MadeVault, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code = _run(
        [
            "user",
            "disable",
            "ann",
            "--vault",
            str(made.folder),
            "--user",
            "admin",
            "--password-stdin",
        ],
        f"{DEFAULT_PASSWORD}\n",
        monkeypatch,
    )
    assert code == 0
    assert "ann" not in read_key_file(made.folder / "tjdesk.keys").slots


def test_a_non_administrator_cannot_add_users(
    made: MadeVault, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code = _run(
        [
            "user",
            "add",
            "eve",
            "--role",
            "administrator",
            "--vault",
            str(made.folder),
            "--user",
            "ann",
            "--password-stdin",
        ],
        f"{DEFAULT_PASSWORD}\neve's password!\n",
        monkeypatch,
    )
    assert code == 1
    assert "Only an administrator" in capsys.readouterr().err


def test_repeated_wrong_passwords_make_the_next_command_wait(
    made: MadeVault, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tjdesk.paths import backoff_path
    from tjdesk.vault.backoff import SignInBackoff

    argv = ["user", "list", "--vault", str(made.folder), "--user", "ann", "--password-stdin"]
    for _ in range(2):  # separate runs of the command, as a script would make them
        assert _run(argv, "a guess\n", monkeypatch) == 1
    # More failures from elsewhere (another run, another day of the same file): 7 in all
    # ask for a 16 s wait, far longer than this test takes, so no clock needs faking.
    for _ in range(5):
        SignInBackoff(backoff_path(made.folder)).record_failure("ann")
    capsys.readouterr()
    assert _run(argv, f"{DEFAULT_PASSWORD}\n", monkeypatch) == 1  # even the right one waits
    err = capsys.readouterr().err
    assert err.startswith("tjdesk: Too many wrong passwords. Wait ") and err.count("\n") == 1
