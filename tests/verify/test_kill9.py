"""Kill -9 at random points: every acknowledged commit survives and the vault stays whole.

Fast form (make test): 10 kills. Long form (make verify): 100.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tjdesk import audit
from tjdesk.vault.connection import open_connection
from tjdesk.vault.database import Database

CHILD = Path(__file__).with_name("crash_child.py")
ROOT = Path(__file__).resolve().parents[2]


def crash_once(db_path: Path, key: bytes, start: int, kill_after: int) -> list[int]:
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(db_path), key.hex(), str(start)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    acked: list[int] = []
    assert child.stdout is not None
    try:
        for line in child.stdout:
            if line.startswith("ack "):
                acked.append(int(line.split()[1]))
                if len(acked) >= kill_after:
                    break
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(30)
    assert child.returncode == -signal.SIGKILL
    return acked


def check_vault(db_path: Path, key: bytes, acked: set[int]) -> None:
    db = Database(open_connection(db_path, key))
    try:
        assert db.scalar("PRAGMA integrity_check") == "ok"
        assert db.query("PRAGMA cipher_integrity_check") == []  # no page failed its HMAC
        present = {int(r["key"][1:]) for r in db.query("SELECT key FROM settings")}
        assert acked <= present, f"lost acknowledged commits: {sorted(acked - present)[:5]}"
        verdict = audit.verify(db)
        assert verdict.intact, verdict
        assert verdict.entries == len(present)
    finally:
        db.close()


def run_kills(tmp_path: Path, rounds: int) -> None:
    rng = random.Random(1300)
    key = os.urandom(32)
    db_path = tmp_path / "vault.db"
    acked: set[int] = set()
    start = 0
    for _ in range(rounds):
        got = crash_once(db_path, key, start, kill_after=rng.randint(1, 40))
        acked.update(got)
        check_vault(db_path, key, acked)
        start = max(acked) + 1000  # fresh keys: a record the kill cut off may still be there
    assert len(acked) >= rounds


def test_kill9_fast(tmp_path: Path) -> None:
    run_kills(tmp_path, 10)


@pytest.mark.slow
def test_kill9_long(tmp_path: Path) -> None:
    run_kills(tmp_path, 100)
