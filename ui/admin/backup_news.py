"""Announces a backup just made, so the main window's reminder can go away.

A module of its own so that the reminder, built with the main window before anyone signs in,
does not import the backup panel and the vault with it (start-up time, issue 18).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class _BackupNews(QObject):
    written = Signal()


backup_news = _BackupNews()
