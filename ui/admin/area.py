"""The administration area: users and workstation settings; other parts add their own tabs
(audit view, backups) through ``add_tab``."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from tjdesk.i18n import QT_TRANSLATE_NOOP
from ui.admin.settings_panel import SettingsPanel
from ui.admin.users_panel import UsersPanel
from ui.context import AppContext
from ui.scrolled import scrolled

# Other parts register extra tabs here: (module path, class name, English title marked with
# QT_TRANSLATE_NOOP("AdminArea", ...)). Each class is built as Class(ctx); a missing or
# broken one is skipped, so a part still in progress never breaks administration.
EXTRA_TABS: list[tuple[str, str, str]] = [
    ("ui.admin.audit_panel", "AuditPanel", QT_TRANSLATE_NOOP("AdminArea", "Audit trail")),
    ("ui.admin.backup_panel", "BackupPanel", QT_TRANSLATE_NOOP("AdminArea", "Backups")),
    ("ui.admin.key_panel", "KeyPanel", QT_TRANSLATE_NOOP("AdminArea", "Vault key")),
    ("ui.admin.sealing_panel", "SealingPanel", QT_TRANSLATE_NOOP("AdminArea", "Sealed sections")),
    ("ui.alarm.settings", "AlarmSettings", QT_TRANSLATE_NOOP("AdminArea", "Alarm settings")),
    ("ui.alarm.network_page", "NetworkPage", QT_TRANSLATE_NOOP("AdminArea", "Alarm network")),
]


class AdminArea(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("admin_area")
        self.ctx = ctx
        self.tabs = QTabWidget(objectName="admin_tabs")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.users = UsersPanel(ctx)
        self.settings = SettingsPanel(ctx)
        self.add_tab(self.users, self.tr("Users"))
        self.add_tab(self.settings, self.tr("Settings"))
        self._add_registered_tabs()

    def add_tab(self, widget: QWidget, title: str) -> int:
        """Add a page (already translated title); returns its index."""
        return self.tabs.addTab(widget, title)

    def _add_registered_tabs(self) -> None:
        import importlib
        import logging

        from PySide6.QtCore import QCoreApplication

        for module_name, class_name, title in EXTRA_TABS:
            if module_name.startswith("ui.alarm.") and getattr(self.ctx, "alarm", None) is None:
                continue  # no alarm link in this window: the alarm strip already says so
            try:
                widget = getattr(importlib.import_module(module_name), class_name)(self.ctx)
            except Exception as err:  # noqa: BLE001 - one broken tab must not stop the rest
                logging.getLogger(__name__).error(
                    "admin tab %s unavailable: %s", module_name, type(err).__name__
                )
                continue
            # Scrolled, so a tall page (the alarm settings) never makes the window taller
            # than a small screen.
            scroller = scrolled(widget, f"scroll_{class_name}")
            self.add_tab(scroller, QCoreApplication.translate("AdminArea", title))
