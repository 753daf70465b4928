"""Opening a session: password -> database key (Argon2, slow) -> vault worker -> signed-in user.

Runs on a background thread (never the GUI thread): the key derivation takes about half a
second by design, and the worker opens the database on its own thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tjdesk.actors import Actor
from ui.context import DEFAULT_IDLE_LOCK_MINUTES, IDLE_LOCK_SETTING, clamp_idle_minutes

if TYPE_CHECKING:  # the vault's crypto imports load on first sign-in, not at start-up
    from tjdesk.vault.database import Database
    from tjdesk.vault.vault import UnlockedVault
    from tjdesk.vault.worker import VaultWorker

OPEN_TIMEOUT_S = 60.0


@dataclass(frozen=True)
class Session:
    worker: VaultWorker
    user: Actor
    vault: UnlockedVault
    idle_lock_minutes: int

    @property
    def must_change_password(self) -> bool:
        return self.vault.must_change_password


def open_session(vault_dir: Path, name: str, password: str, *, purpose: str = "signin") -> Session:
    """Unlock with a user's password; raises the vault's errors (WrongPassword, Throttled...)."""
    from tjdesk.vault import vault
    from tjdesk.vault.errors import NoVault

    unlocked = vault.unlock(Path(vault_dir), name, password, purpose=purpose)
    if unlocked.actor is None:  # cannot happen for a password unlock; be explicit anyway
        raise NoVault()
    worker = unlocked.open_worker()
    try:
        worker.opened.result(OPEN_TIMEOUT_S)
        minutes = worker.call(read_idle_lock_minutes, OPEN_TIMEOUT_S)
    except BaseException:
        worker.close()
        raise
    return Session(worker, unlocked.actor, unlocked, minutes)


def read_idle_lock_minutes(db: Database) -> int:
    row = db.query_one("SELECT value FROM settings WHERE key = ?", (IDLE_LOCK_SETTING,))
    return clamp_idle_minutes(row["value"]) if row else DEFAULT_IDLE_LOCK_MINUTES


def write_idle_lock_minutes(db: Database, minutes: int, actor: Actor) -> int:
    from tjdesk import audit

    value = clamp_idle_minutes(minutes)
    with db.transaction():
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (IDLE_LOCK_SETTING, str(value)),
        )
        audit.record(db, actor.name, "settings.idle_lock", detail=str(value))
    return value
