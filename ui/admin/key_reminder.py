"""The main window's "no working recovery key" warning, for administrators.

Shown when the vault says its current recovery key was never confirmed stored
(tjdesk.vault.recovery_key_notice): a key change whose new key was never shown, because the
screen locked or the computer stopped before it could be. Until an administrator changes the
key again and ticks that the new one is stored, the shelter has no recovery key that works.
It says nothing about clients; it goes away when the key is stored, and when the session ends.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from tjdesk.actors import Role
from ui.admin.reminder_bar import ReminderBar

if TYPE_CHECKING:
    from tjdesk.vault.database import Database


class _KeyNews(QObject):
    stored = Signal()  # an administrator ticked that the new recovery key is stored


key_news = _KeyNews()


class KeyReminder(ReminderBar):
    checked = Signal(bool)  # the key is not stored (tests wait on this)

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__("key_reminder", ("#FDECEA", "#B3261E", "#5F1412"), parent)
        self._ctx = ctx
        self.retranslate()
        ctx.signed_in.connect(self.check)
        ctx.locked.connect(self.hide)
        key_news.stored.connect(self.hide)

    def retranslate(self) -> None:
        self.text.setText(
            self.tr(
                "The vault's key was changed, but the new recovery key was never shown, so "
                "there is no recovery key that works. Change the key again and store the new "
                "one."
            )
        )
        self.button.setText(self.tr("Change the vault key…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def check(self) -> None:
        worker, user = self._ctx.worker, self._ctx.user
        if worker is None or user is None or user.role is not Role.ADMINISTRATOR:
            self.hide()
            self.checked.emit(False)
            return

        def work(db: Database) -> bool:
            from tjdesk.vault.recovery_key_notice import recovery_key_not_stored

            return recovery_key_not_stored(db)

        from ui.ops import run_in_vault  # at the first sign-in, not with the window

        run_in_vault(self, worker, work, self._show)

    def _show(self, not_stored: bool) -> None:
        if self._ctx.user is None:
            return  # locked meanwhile
        self.setVisible(not_stored)
        self.checked.emit(not_stored)
