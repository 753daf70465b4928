"""The main window's backup reminder: for administrators, when the last backup is more than
7 days old (or there has never been one). It says nothing about clients; it goes away when a
backup is made, and when the session ends.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from tjdesk.actors import Role
from tjdesk.clock import utc_now
from ui.admin.backup_news import backup_news
from ui.admin.reminder_bar import ReminderBar

if TYPE_CHECKING:
    from tjdesk.vault.database import Database

RECHECK_MS = 60 * 60 * 1000  # an app left open for days still reminds


class BackupReminder(ReminderBar):
    checked = Signal(bool)  # overdue (tests wait on this)

    def __init__(
        self,
        ctx: Any,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        super().__init__("backup_reminder", ("#FFF8E1", "#FFB300", "#5D4037"), parent)
        self._ctx = ctx
        self.clock = clock
        self.button.setText(self.tr("Back up now…"))
        self._timer = QTimer(self, interval=RECHECK_MS)
        self._timer.timeout.connect(self.check)
        ctx.signed_in.connect(self.check)
        ctx.locked.connect(self._session_ended)
        backup_news.written.connect(self.hide)

    def check(self) -> None:
        worker, user = self._ctx.worker, self._ctx.user
        if worker is None or user is None or user.role is not Role.ADMINISTRATOR:
            self.hide()
            self._timer.stop()
            return
        self._timer.start()
        now = self.clock()

        def work(db: Database) -> tuple[bool, datetime | None]:
            from tjdesk.backup import backup_overdue, last_backup_at  # on the vault's thread

            return backup_overdue(db, now), last_backup_at(db)

        # Imported at the first sign-in, not with the window: the sign-in screen shows sooner.
        from ui.ops import run_in_vault

        run_in_vault(self, worker, work, self._show)

    def _show(self, result: tuple[bool, datetime | None]) -> None:
        overdue, last = result
        if self._ctx.user is None:
            return  # locked meanwhile
        if last is None:
            self.text.setText(
                self.tr("No backup of the vault has been made yet. Make one now, to a USB stick.")
            )
        else:
            days = max(0, (self.clock() - last).days)
            self.text.setText(
                self.tr("The last backup is %1 days old. Make a new one, to a USB stick.").replace(
                    "%1", str(days)
                )
            )
        self.setVisible(overdue)
        self.checked.emit(overdue)

    def _session_ended(self) -> None:
        self._timer.stop()
        self.hide()
