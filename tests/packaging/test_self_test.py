"""`tjdesk --self-test`: one line per check, exit 0 only when every check passed."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ui.self_test import Check, CheckFailed, CheckSkipped, run_checks

ROOT = Path(__file__).resolve().parents[2]


def test_a_failing_check_fails_the_whole_self_test_and_says_which() -> None:
    lines: list[str] = []

    def broken(_work: Path) -> str:
        raise CheckFailed("the light stayed off")

    code = run_checks((Check("Alarm", broken), Check("Vault", lambda _w: "fine")), lines.append)

    assert code == 1
    assert (
        lines[0].startswith("FAIL") and "Alarm" in lines[0] and "the light stayed off" in lines[0]
    )
    assert lines[1].startswith("ok") and "Vault" in lines[1]
    assert "1 of 2" in lines[-1]


def test_a_skipped_check_says_why_and_does_not_fail_the_self_test() -> None:
    lines: list[str] = []

    def not_here(_work: Path) -> str:
        raise CheckSkipped("not on this system")

    assert run_checks((Check("Service", not_here),), lines.append) == 0
    assert lines[0].startswith("skip") and "not on this system" in lines[0]


def test_each_check_gets_a_throwaway_folder_that_is_gone_afterwards() -> None:
    seen: list[Path] = []

    def writes_a_file(work: Path) -> str:
        (work / "scratch.bin").write_bytes(b"x")
        seen.append(work)
        return "wrote"

    assert run_checks((Check("A", writes_a_file), Check("B", writes_a_file)), lambda _l: None) == 0
    assert len(set(seen)) == 2
    assert not any(path.exists() for path in seen)


@pytest.mark.skipif(
    importlib.util.find_spec("hardware.sim") is None, reason="the sim: driver has not landed yet"
)
def test_self_test_from_the_venv_passes_and_leaves_no_vault_behind(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path))
    # A real user's data folder must stay untouched: point it at an empty place and check.
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    result = subprocess.run(
        [sys.executable, "-m", "ui.cli", "--self-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    assert [line.split()[0] for line in lines[:-1]] == ["ok"] * (len(lines) - 1)
    for check in ("Vault", "Rule sheet", "Alarm (sim: device)", "Alarm service"):
        assert check in result.stdout
    assert lines[-1].startswith("Self-test passed")
    # The throwaway vault and the PDF went with their temporary folder; no real vault made.
    assert not list(tmp_path.glob("tjdesk-self-test-*"))
    assert not any(tmp_path.rglob("tjdesk.db"))
    assert not (tmp_path / "data").exists()
