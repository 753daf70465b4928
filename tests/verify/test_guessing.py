"""Guessing: 100 wrong passwords through the real vault.unlock, with an injected clock.

tests/tjdesk/vault/test_backoff.py already proves the pieces one by one (the waits, 100 tries
>= 10 min, a restart mid-wait, another user not slowed). This is the issue's figure as one
scenario: the attacker goes as fast as the back-off lets them, the wait they face is read
again by a fresh Python process (nothing kept in memory counts), another account signs in
untouched in the middle of it, and after the next good sign-in all 100 failures are in the
audit log, whose chain still verifies.

By design there is no hard lockout after 100 (a lockout lets an abuser keep staff out in a
crisis, ASVS 5 6.1.1): the wait stays at its 5-minute cap instead.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.helpers.vaults import DEFAULT_PASSWORD, make_vault
from tjdesk import audit
from tjdesk.actors import Role
from tjdesk.vault import vault
from tjdesk.vault.errors import WrongPassword

ROOT = Path(__file__).resolve().parents[2]
TRIES = 100

# A fresh interpreter tries the right password at a given moment: what does the file say?
FRESH_TRY = """
import json, sys
from tjdesk.vault import vault
from tjdesk.vault.errors import Throttled
folder, password, now = sys.argv[1], sys.argv[2], float(sys.argv[3])
try:
    vault.unlock(folder, "ann", password, clock=lambda: now)
    print(json.dumps({"opened": True}))
except Throttled as err:
    print(json.dumps({"opened": False, "retry_after": err.retry_after}))
"""


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def fresh_process_try(folder: Path, now: float) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", FRESH_TRY, str(folder), DEFAULT_PASSWORD, str(now)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_a_hundred_guesses_cost_ten_minutes_survive_a_restart_and_are_all_audited(
    tmp_path: Path,
) -> None:
    made = make_vault(tmp_path / "vault", users=[("ann", Role.COUNSELOR), ("bo", Role.NURSE)])
    made.close()
    clock = Clock()
    waited = 0.0
    for attempt in range(TRIES):
        try:
            vault.unlock(made.folder, "ann", f"guess {attempt}", clock=clock)
        except WrongPassword as wrong:
            waited += wrong.retry_after
            clock.now += wrong.retry_after  # the fastest the back-off lets an attacker go on
        if attempt == TRIES // 2:
            # Someone else signs in in the middle of the attack, without waiting at all.
            assert vault.unlock(made.folder, "bo", DEFAULT_PASSWORD, clock=clock).actor

    assert waited >= 600  # at least ten minutes of enforced delay
    # A new process, one second after the last failure, with the right password: refused,
    # with the wait counted from the last failure (state read from disk, not memory).
    last_failure = clock.now - 300.0  # the clock was moved on by the last wait (the 5 min cap)
    answer = fresh_process_try(made.folder, last_failure + 1.0)
    assert answer == {"opened": False, "retry_after": 299.0}
    # The other account is still not slowed.
    assert vault.unlock(made.folder, "bo", DEFAULT_PASSWORD, clock=clock).actor

    good = vault.unlock(made.folder, "ann", DEFAULT_PASSWORD, clock=clock)
    db = good.open_database()
    try:
        failed = db.query(
            "SELECT actor, count(*) AS n FROM audit_log WHERE action = 'signin.failed'"
            " GROUP BY actor"
        )
        assert {r["actor"]: r["n"] for r in failed} == {"ann": TRIES}
        assert audit.verify(db).intact
    finally:
        db.close()
