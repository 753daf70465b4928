"""The alarm's tray icon: its shape and colour follow the banner's look; the tooltip says the
state in words (room, times and staff names only, never client data).

Where the desktop has no system tray (offscreen tests, some Linux desktops) nothing is shown
and nothing fails: the banner is the primary display. On a discreet screen the tray shows the
same discreet look as the banner.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QSystemTrayIcon

from ui.alarm.controller import AlarmController
from ui.alarm.looks import look_icon
from ui.alarm.state import Look


class AlarmTray(QObject):
    def __init__(self, controller: AlarmController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.look: Look | None = None
        self.tooltip = ""
        self.icon: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon = QSystemTrayIcon(self)
        controller.status_changed.connect(self.refresh)
        controller.service_lost.connect(self.refresh)
        controller.service_restored.connect(self.refresh)
        self.refresh()
        if self.icon is not None:
            self.icon.show()

    @property
    def available(self) -> bool:
        return self.icon is not None

    @Slot()
    def refresh(self, *_args: object) -> None:
        view = self._controller.view()
        self.look = view.look
        title = self.tr("TJ Desk alarm")
        self.tooltip = "\n".join(part for part in (title, view.headline, view.detail) if part)
        if self.icon is not None:
            self.icon.setIcon(look_icon(view.look))
            self.icon.setToolTip(self.tooltip)

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()
