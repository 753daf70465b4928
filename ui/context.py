"""What every screen of the running app shares: the vault folder, the alarm link, the session.

A session is a signed-in user plus the open vault worker. Locking ends it: the worker is
closed (the database connection with it) and the user forgotten; only the user's *name* is
kept, so the lock screen can say who may unlock. The alarm link lives for the whole run and
is never touched by signing in, locking or hiding.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from tjdesk.actors import Actor

if TYPE_CHECKING:
    from tjdesk.vault.database import Database
    from tjdesk.vault.vault import UnlockedVault
    from tjdesk.vault.worker import VaultWorker

DEFAULT_IDLE_LOCK_MINUTES = 5
MAX_IDLE_LOCK_MINUTES = 15
MIN_IDLE_LOCK_MINUTES = 1
IDLE_LOCK_SETTING = "idle_lock_minutes"


def clamp_idle_minutes(value: object) -> int:
    """A stored idle time, read defensively: anything odd gives the default."""
    try:
        minutes = int(str(value))
    except (TypeError, ValueError):
        return DEFAULT_IDLE_LOCK_MINUTES
    return max(MIN_IDLE_LOCK_MINUTES, min(MAX_IDLE_LOCK_MINUTES, minutes))


class AppContext(QObject):
    """Signals are emitted on the GUI thread."""

    signed_in = Signal()
    locked = Signal()
    idle_lock_changed = Signal(int)  # milliseconds

    def __init__(
        self,
        vault_dir: Path | str,
        *,
        alarm: Any = None,
        language: str = "th",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault_dir = Path(vault_dir)
        self.alarm = alarm  # ui.alarm.controller.AlarmController, or None (tests, no service)
        self.language = language
        self.worker: VaultWorker | None = None
        self.user: Actor | None = None
        # The unlocked vault (its key and folder) for services that rewrite key slots.
        self.vault: UnlockedVault | None = None
        self.last_user_name: str | None = None  # who may unlock; a staff name, not client data
        self.idle_lock_ms = DEFAULT_IDLE_LOCK_MINUTES * 60_000

    @property
    def is_signed_in(self) -> bool:
        return self.worker is not None and self.user is not None

    def begin_session(
        self,
        worker: VaultWorker,
        user: Actor,
        idle_lock_minutes: int,
        vault: UnlockedVault | None = None,
    ) -> None:
        if self.worker is not None and self.worker is not worker:
            self.worker.close(timeout=0)
        self.worker = worker
        self.user = user
        self.vault = vault
        self.last_user_name = user.name
        self.set_idle_lock_ms(clamp_idle_minutes(idle_lock_minutes) * 60_000)
        self._hand_alarm_the_session(worker, vault)
        self.signed_in.emit()

    def _hand_alarm_the_session(self, worker: VaultWorker, vault: UnlockedVault | None) -> None:
        """The alarm's person-commands are signed by who is signed in, and the service checks
        them against the staff roster the vault exports to the alarm folder (issue 14)."""
        set_signer = getattr(self.alarm, "set_signer", None)
        if set_signer is None:
            return
        set_signer(vault.signed_in if vault is not None else None)
        folder = getattr(self.alarm, "alarm_dir", None)
        if folder is not None:
            from tjdesk.alarm.staff_roster import export_roster

            worker.submit(lambda db: export_roster(db, folder))  # on the vault's own thread
        self._keep_audit_head(worker, vault)

    def _keep_audit_head(self, worker: VaultWorker, vault: UnlockedVault | None) -> None:
        """Send the audit trail's head to the alarm journal (at sign-in and at lock), where a
        trail cut short later is still caught by 'audit verify'."""
        record = getattr(self.alarm, "record_audit_head", None)
        if record is None or vault is None or vault.signed_in is None:
            return
        signer, vault_id = vault.signed_in, vault.vault_id

        def send(db: Database) -> None:
            from tjdesk import audit

            head = audit.head(db)
            record(vault_id, head.seq, head.hash, signer)

        worker.submit(send)

    def set_idle_lock_ms(self, milliseconds: int) -> None:
        """Minutes in production; tests set a short time directly."""
        self.idle_lock_ms = int(milliseconds)
        self.idle_lock_changed.emit(self.idle_lock_ms)

    def end_session(self) -> None:
        """Close the vault without waiting on it: the connection closes after any running job."""
        worker, self.worker = self.worker, None
        if worker is not None:
            self._keep_audit_head(worker, self.vault)  # queued before the worker closes
        self.user = None
        self.vault = None
        set_signer = getattr(self.alarm, "set_signer", None)
        if set_signer is not None:
            set_signer(None)
        if worker is not None:
            worker.close(timeout=0)
        self.locked.emit()
