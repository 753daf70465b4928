"""Kill -9 at random points: every acknowledged commit survives and the vault stays whole.

Fast form (make test): 10 kills. Long form (make verify): 100. Two kinds of record: a
settings row with its audit entry, and a counseling session with its note recorded through
the cases service (tjdesk.cases), the way the app records one.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from tests.helpers.vaults import DEFAULT_PASSWORD, make_vault
from tjdesk import audit
from tjdesk.actors import Role
from tjdesk.cases import case_service, session_service
from tjdesk.cases.codes import CaseType
from tjdesk.cases.records import CaseForm
from tjdesk.policy import Section
from tjdesk.vault.connection import open_connection
from tjdesk.vault.database import Database
from tjdesk.vault.signed_in import SignedInUser

CHILD = Path(__file__).with_name("crash_child.py")
ROOT = Path(__file__).resolve().parents[2]


def crash_once(
    db_path: Path,
    key: bytes,
    start: int,
    kill_after: int,
    extra: Sequence[str] = (),
    env: Mapping[str, str] | None = None,
) -> list[int]:
    """Run the child until it acknowledged ``kill_after`` commits, then SIGKILL it.

    ``extra`` selects the child's mode (e.g. sessions through the cases service); ``env``
    replaces the child's environment (the leak test gives it a private temp folder).
    """
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(db_path), key.hex(), str(start), *extra],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={
            **(os.environ if env is None else env),
            "PYTHONPATH": str(ROOT),
            "CRASH_CHILD_PASSWORD": DEFAULT_PASSWORD,  # sessions mode signs in as the user
        },
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


# -- sessions through the cases service ---------------------------------------------------


def make_case_vault(folder: Path) -> tuple[Path, bytes, list[str], SignedInUser]:
    """A real vault with counselor ann and one of her cases; the child's arguments for it,
    and ann's signed-in keys (her notes are sealed: only her key reads them back)."""
    made = make_vault(folder, users=[("ann", Role.COUNSELOR)])
    ann = made.handles["ann"]
    assert ann.actor is not None
    worker = made.worker("ann")
    try:
        case_id = worker.call(
            lambda db: case_service.create_case(
                db, ann.actor, CaseForm(case_type=CaseType.TRAFFICKING)
            )
        )
    finally:
        made.close()
    args = ["sessions", str(case_id), str(ann.actor.id), "ann"]
    assert ann.signed_in is not None
    return ann.database_path, ann.key, args, ann.signed_in


def check_sessions(
    db_path: Path, key: bytes, acked: set[int], kills: int, ann: SignedInUser
) -> None:
    db = Database(open_connection(db_path, key))
    db.bind_signed_in(ann)
    try:
        assert db.scalar("PRAGMA integrity_check") == "ok"
        assert db.query("PRAGMA cipher_integrity_check") == []
        rows = db.query("SELECT id, room FROM sessions")
        present = {
            int(r["room"][1:]): session_service.read_note(
                db, ann.actor, int(r["id"]), Section.NOTES
            ).body
            for r in rows
        }
        assert acked <= present.keys(), f"lost sessions: {sorted(acked - present.keys())[:5]}"
        assert len(present.keys() - acked) <= kills  # at most the one cut off at each kill
        # the session and its note were one commit: never one without the other
        assert all(body == f"kill -9 note {n}" for n, body in present.items())
        verdict = audit.verify(db)
        assert verdict.intact, verdict
        actions = db.query(
            "SELECT action, count(*) AS n FROM audit_log"
            " WHERE action IN ('session.create', 'session.update_section') GROUP BY action"
        )
        assert {r["action"]: r["n"] for r in actions} == {
            "session.create": len(present),
            "session.update_section": len(present),
        }
    finally:
        db.close()


def run_session_kills(tmp_path: Path, rounds: int) -> None:
    rng = random.Random(1301)
    db_path, key, args, ann = make_case_vault(tmp_path / "vault")
    acked: set[int] = set()
    start = 0
    for kill in range(1, rounds + 1):
        acked.update(crash_once(db_path, key, start, rng.randint(1, 25), extra=args))
        check_sessions(db_path, key, acked, kill, ann)
        start = max(acked) + 1000
    assert len(acked) >= rounds


def test_kill9_sessions_fast(tmp_path: Path) -> None:
    run_session_kills(tmp_path, 10)


@pytest.mark.slow
def test_kill9_sessions_long(tmp_path: Path) -> None:
    run_session_kills(tmp_path, 100)
