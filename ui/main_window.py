"""The one window of TJ Desk: sign-in, the work areas, lock and the neutral (quick-hide) screen.

Above every screen sits the alarm strip (status banner and panic control): the alarm is
visible and reachable whether someone is signed in, locked out or hidden. Locking and hiding
never touch it.

What a lock does, in order, so nothing of a client stays on screen or in memory: close any open
dialogs, switch to the lock (or neutral) screen and paint it at once, then destroy the area
widgets and close the vault worker (which closes the database connection). The areas are built
again, from the vault, after the next sign-in.

The window title is "TJ Desk" and nothing else, ever: a title is shown in task bars, window
switchers and screen-sharing pickers, where anyone in the room can read it.
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from tjdesk.i18n import QT_TRANSLATE_NOOP
from tjdesk.policy import Area, visible_areas
from ui.context import AppContext
from ui.lock.idle import InactivityTimer
from ui.lock.quick_hide import ShiftTapDetector
from ui.signin.screen import SignInScreen
from ui.signin.session import Session, open_session

if TYPE_CHECKING:
    from ui.lock.neutral import NeutralScreen
    from ui.lock.screen import LockScreen

log = logging.getLogger(__name__)

WINDOW_TITLE = "TJ Desk"
# A top-level widget with this property set to True is left alone by lock and quick-hide
# (for the alarm's own windows: hiding must never cancel or hide an alarm).
KEEP_ON_HIDE = "tjdesk_keep_on_hide"
# A window with this method keeps what was typed in it (as a draft in the vault) before lock
# and quick-hide close it: nothing typed is lost, and it is offered back at the next sign-in.
KEEP_DRAFT_METHOD = "keep_draft_at_lock"

# The areas, in the order of their tabs, imported by module path when someone signs in, so a
# part that is missing or broken shows a placeholder instead of stopping the app.
AREAS: tuple[tuple[Area, str, str, str], ...] = (
    (
        Area.SESSIONS,
        "ui.cases.area",
        "CasesArea",
        QT_TRANSLATE_NOOP("MainWindow", "Counselling sessions"),
    ),
    (
        Area.VISITORS,
        "ui.visitors.area",
        "VisitorsArea",
        QT_TRANSLATE_NOOP("MainWindow", "Visitor briefings"),
    ),
    (Area.ALARM, "ui.alarm.area", "AlarmArea", QT_TRANSLATE_NOOP("MainWindow", "Alarm")),
    (Area.ADMIN, "ui.admin.area", "AdminArea", QT_TRANSLATE_NOOP("MainWindow", "Administration")),
)

AUDIT_TAB = "audit"
AUDIT_TITLE = QT_TRANSLATE_NOOP("AdminArea", "Audit trail")  # the admin area's tab title

OpenSession = Callable[[str, str, str], Session]  # name, password, purpose


class AlarmStrip(QFrame):
    """The alarm banner and the panic control, or a plain fault when they cannot be shown."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alarm_strip")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.banner: QWidget | None = None
        self.panic: QWidget | None = None
        if ctx.alarm is not None:
            try:
                from ui.alarm.banner import AlarmBanner
                from ui.alarm.panic_button import PanicButton

                self.banner = AlarmBanner(
                    ctx.alarm, user_name=lambda: ctx.user.name if ctx.user else None
                )
                self.panic = PanicButton(ctx.alarm)
            except Exception as err:  # noqa: BLE001 - the window must open regardless
                log.error("alarm banner unavailable: %s", type(err).__name__)
                self.banner = self.panic = None
        if self.banner is None:
            fault = QLabel(objectName="alarm_unavailable")
            fault.setProperty("role", "fault")
            fault.setText(self.tr("Alarm status is not available in this window."))
            self.banner = fault
        layout.addWidget(self.banner, 1)
        if self.panic is not None:
            layout.addWidget(self.panic, 0)


class MainWindow(QMainWindow):
    restore_finished = Signal(str)  # where the vault before the restore was kept

    def __init__(
        self,
        ctx: AppContext,
        *,
        open_session_fn: OpenSession | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.ctx = ctx
        self._open = open_session_fn or (
            lambda name, password, purpose: open_session(
                ctx.vault_dir, name, password, purpose=purpose
            )
        )
        self.setWindowTitle(WINDOW_TITLE)
        self.resize(1100, 720)
        self.areas: dict[Area, QWidget] = {}

        self._build_toolbar()
        self.alarm_strip = AlarmStrip(ctx)
        self.sign_in = SignInScreen(ctx, self._open)
        self.stack = QStackedWidget(objectName="screens")
        self.stack.addWidget(self.sign_in)
        # The lock screen, the neutral screen, the work area's tabs and the backup reminder
        # are not on the first screen: built once it is painted, or when first asked for
        # (start-up time, issue 18). See _build_later.
        self._lock_screen: LockScreen | None = None
        self._neutral: NeutralScreen | None = None
        self._workspace: QTabWidget | None = None
        self._backup_reminder: QWidget | None = None
        self._key_reminder: QWidget | None = None

        central = QWidget()
        self._column = column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.alarm_strip)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.panic_shortcut, self.alarm_tray = self._install_alarm_reach()

        self.sign_in.session_opened.connect(partial(self._on_session_opened, self.sign_in))

        self.idle_timer = InactivityTimer(ctx.idle_lock_ms, self)
        self.idle_timer.idle.connect(lambda: self.lock(reason="idle"))
        ctx.idle_lock_changed.connect(self.idle_timer.set_interval)
        self.shift_taps = ShiftTapDetector(parent=self)
        self.shift_taps.triggered.connect(self.quick_hide)
        self.shift_taps.lock_requested.connect(self._lock_from_keyboard)
        # Each counted Shift shows on the Hide button for a moment (GOV.UK's indicator), so a
        # user knows the presses register; it says nothing to anyone else.
        self.shift_taps.tapped.connect(self._show_taps)
        self._taps_timer = QTimer(self, singleShot=True, interval=2000)
        self._taps_timer.timeout.connect(self._clear_taps)
        # Quick-hide and Ctrl+L see every event of the app: listening starts once the sign-in
        # screen is painted (no key reaches a window before that). An app-wide Python filter
        # that saw the first show, layout and paint events would make PySide6 build the
        # Python classes of every Qt object they go to (about 130 enum types; issue 18).
        self._closed = False
        from ui.first_paint import after_first_paint

        after_first_paint(self, self._after_first_paint)

        self.retranslate()
        self.show_sign_in()

    # ------------------------------------------------------------- built after first paint

    def _build_later(self) -> None:
        """What the sign-in screen does not show; once, after its first paint or on first use."""
        if self._workspace is not None:
            return
        from ui.lock.neutral import NeutralScreen
        from ui.lock.screen import LockScreen

        lock_screen = LockScreen(self.ctx, self._open)
        neutral = NeutralScreen()
        workspace = QTabWidget(objectName="workspace")
        workspace.setDocumentMode(True)
        self._lock_screen, self._neutral, self._workspace = lock_screen, neutral, workspace
        for page in (lock_screen, workspace, neutral):
            self.stack.addWidget(page)
        lock_screen.session_opened.connect(partial(self._on_session_opened, lock_screen))
        lock_screen.switch_user_requested.connect(lambda: self.show_sign_in())
        neutral.dismissed.connect(self._leave_neutral)
        self._backup_reminder = self._make_reminder(
            "ui.admin.backup_reminder", "BackupReminder", self.show_backups
        )
        if self._backup_reminder is not None:
            self._column.insertWidget(1, self._backup_reminder)  # under the alarm strip
        self._key_reminder = self._make_reminder(
            "ui.admin.key_reminder", "KeyReminder", self.show_key_change
        )
        if self._key_reminder is not None:
            self._column.insertWidget(1, self._key_reminder)  # above the backup reminder
        # The language can be switched while signed in, too (the areas are built again in it;
        # anything being typed is kept as a draft and offered back).
        box = QComboBox(objectName="toolbar_language")
        box.addItem(QLocale("th_TH").nativeLanguageName(), "th")
        box.addItem("English", "en")
        box.currentIndexChanged.connect(self._language_chosen)
        self._language_box = box
        self._language_action = self.toolbar.insertWidget(self.lock_action, box)
        signed_in = self.stack.currentWidget() is workspace
        self._language_action.setEnabled(signed_in)
        self._language_action.setVisible(signed_in)
        self._show_language()
        self.retranslate()

    @property
    def lock_screen(self) -> LockScreen:
        self._build_later()
        assert self._lock_screen is not None
        return self._lock_screen

    @property
    def neutral(self) -> NeutralScreen:
        self._build_later()
        assert self._neutral is not None
        return self._neutral

    @property
    def workspace(self) -> QTabWidget:
        self._build_later()
        assert self._workspace is not None
        return self._workspace

    @property
    def language_box(self) -> QComboBox:
        self._build_later()
        assert self._language_box is not None
        return self._language_box

    @property
    def language_action(self) -> QAction:
        self._build_later()
        assert self._language_action is not None
        return self._language_action

    @property
    def key_reminder(self) -> QWidget | None:
        self._build_later()
        return self._key_reminder

    @property
    def backup_reminder(self) -> QWidget | None:
        self._build_later()
        return self._backup_reminder

    # ----------------------------------------------------------------------------- chrome

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(objectName="main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setFloatable(False)
        self.toolbar.toggleViewAction().setEnabled(False)  # no context menu to remove it
        self.toolbar.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.lock_action = QAction(self, objectName="lock_action")
        # Ctrl+L is caught by the app-wide key filter (ShiftTapDetector.lock_requested), which
        # also works while a modal dialog is open; a QAction shortcut would not.
        self.lock_action.triggered.connect(lambda: self.lock(reason="manual"))
        self.hide_action = QAction(self, objectName="hide_action")
        self.hide_action.triggered.connect(self.quick_hide)
        self.sign_out_action = QAction(self, objectName="sign_out_action")
        self.sign_out_action.triggered.connect(self.sign_out)
        self.quit_action = QAction(self, objectName="quit_action")
        self.quit_action.triggered.connect(self.close)  # closeEvent signs out first
        self.user_label = QLabel(objectName="user_label")
        # The language box (for signed-in users; the sign-in screen has its own) comes with
        # _build_later.
        self._language_box: QComboBox | None = None
        self._language_action: QAction | None = None
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(self.user_label)
        self.toolbar.addWidget(spacer)
        self.toolbar.addAction(self.lock_action)
        self.toolbar.addAction(self.hide_action)
        self.toolbar.addAction(self.sign_out_action)
        self.toolbar.addAction(self.quit_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def retranslate(self) -> None:
        self.lock_action.setText(self.tr("Lock (Ctrl+L)"))
        self.lock_action.setToolTip(self.tr("Lock the screen; your password opens it again."))
        self._hide_text = self.tr("Hide screen (Shift ×3)")
        self.hide_action.setText(self._hide_text)
        self.hide_action.setToolTip(
            self.tr("Blank the screen at once and lock. Pressing Shift three times does the same.")
        )
        self.sign_out_action.setText(self.tr("Sign out"))
        self.sign_out_action.setToolTip(
            self.tr("End your session; the next person signs in with their own name.")
        )
        self.quit_action.setText(self.tr("Quit"))
        self.quit_action.setToolTip(
            self.tr("Sign out and close TJ Desk. The alarm keeps running without it.")
        )
        if self._language_box is not None:
            self._language_box.setToolTip(self.tr("Language"))
            self._language_box.setAccessibleName(self.tr("Language"))
        workspace = self._workspace  # None before it is built: no tabs to name yet
        for index in range(workspace.count() if workspace is not None else 0):
            assert workspace is not None
            page = workspace.widget(index)
            area = page.property("tjdesk_area") if page is not None else None
            for kind, _module, _cls, title in AREAS:
                if kind.value == area:
                    workspace.setTabText(index, QCoreApplication.translate("MainWindow", title))
            if area == AUDIT_TAB:
                workspace.setTabText(index, QCoreApplication.translate("AdminArea", AUDIT_TITLE))
        self._show_user()

    def _show_taps(self, taps: int) -> None:
        self.hide_action.setText(f"{self._hide_text}  {'●' * taps}{'○' * (3 - taps)}")
        self._taps_timer.start()

    def _clear_taps(self) -> None:
        self.hide_action.setText(self._hide_text)

    def _show_user(self) -> None:
        user = self.ctx.user
        if user is None:
            self.user_label.clear()
            return
        role = QCoreApplication.translate("Role", user.role.label)
        self.user_label.setText(
            self.tr("Signed in: %1 (%2)").replace("%1", user.name).replace("%2", role)
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.WindowTitleChange and self.windowTitle() != WINDOW_TITLE:
            # Whatever a screen tries, the title stays neutral.
            self.setWindowTitle(WINDOW_TITLE)
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        _exclude_from_capture(self)

    def _install_alarm_reach(self) -> tuple[QObject | None, QObject | None]:
        """The panic shortcut (from any screen of the app) and the tray icon, when there is an
        alarm link. Either failing never stops the window: the strip is the primary display."""
        if self.ctx.alarm is None:
            return None, None
        shortcut = tray = None
        try:
            from ui.alarm.panic_button import install_panic_shortcut

            shortcut = install_panic_shortcut(self, self.ctx.alarm)
        except Exception as err:  # noqa: BLE001
            log.error("panic shortcut unavailable: %s", type(err).__name__)
        try:
            from ui.alarm.tray import AlarmTray

            tray = AlarmTray(self.ctx.alarm, self)  # shows an icon only where a tray exists
        except Exception as err:  # noqa: BLE001
            log.error("alarm tray unavailable: %s", type(err).__name__)
        return shortcut, tray

    def _make_reminder(self, module: str, name: str, opens: Callable[[], None]) -> QWidget | None:
        """One of the administrators' reminder bars (ui/admin/reminder_bar.py); its button
        opens the tab that deals with it."""
        try:
            reminder = getattr(importlib.import_module(module), name)(self.ctx)
        except Exception as err:  # noqa: BLE001 - a missing part must not stop the window
            log.error("%s unavailable: %s", name, type(err).__name__)
            return None
        reminder.open_requested.connect(opens)
        return reminder

    def show_backups(self) -> None:
        """Open the administration area on its Backups tab (from the backup reminder)."""
        self._show_admin_page("backup_panel")

    def show_key_change(self) -> None:
        """Open the administration area where the vault key is changed (from the key reminder)."""
        self._show_admin_page("key_panel")

    def _show_admin_page(self, panel_name: str) -> None:
        admin = self.areas.get(Area.ADMIN)
        if admin is None:
            return
        self.workspace.setCurrentWidget(admin)
        panel = admin.findChild(QWidget, panel_name)
        tabs = getattr(admin, "tabs", None)
        if panel is not None and isinstance(tabs, QTabWidget):
            for index in range(tabs.count()):
                page = tabs.widget(index)
                if page is panel or page.isAncestorOf(panel):
                    tabs.setCurrentIndex(index)

    # ---------------------------------------------------------------------------- screens

    @property
    def current_screen(self) -> QWidget | None:
        return self.stack.currentWidget()

    def show_sign_in(self, user_name: str | None = None) -> None:
        self._set_screen(self.sign_in)
        self.sign_in.prepare(user_name)

    def _set_screen(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        signed_in = page is self._workspace
        self.toolbar.setVisible(page is not self._neutral)
        for action in (self.lock_action, self.sign_out_action, self._language_action):
            if action is not None:
                action.setEnabled(signed_in)
                action.setVisible(signed_in)  # the sign-in screen has its own language choice
        self._show_language()
        if signed_in:
            self.idle_timer.set_interval(self.ctx.idle_lock_ms)
            self.idle_timer.activate()
        else:
            self.idle_timer.deactivate()
        self._show_user()

    def _on_session_opened(self, source: QWidget, session: Session) -> None:
        self._build_later()  # the work area and the backup reminder, before signed_in
        if self.stack.currentWidget() is not source:
            # The screen was locked or hidden while the password was checked: stay closed.
            session.worker.close(timeout=0)
            return
        self.ctx.begin_session(
            session.worker, session.user, session.idle_lock_minutes, session.vault
        )
        self._build_areas()
        self._set_screen(self.workspace)

    def _leave_neutral(self) -> None:
        if self.ctx.last_user_name:
            self._set_screen(self.lock_screen)
            self.lock_screen.prepare()
        else:
            self.show_sign_in()

    # ------------------------------------------------------------------------------ areas

    def _build_areas(self) -> None:
        self._destroy_areas()
        user = self.ctx.user
        if user is None:
            return
        allowed = visible_areas(user.role)
        for kind, module_name, class_name, title in AREAS:
            if kind not in allowed:
                continue
            widget = self._make_area(module_name, class_name)
            widget.setProperty("tjdesk_area", kind.value)
            self.areas[kind] = widget
            backups = widget.findChild(QWidget, "backup_panel")
            if backups is not None and hasattr(backups, "restore_chosen"):
                backups.restore_chosen.connect(self.use_restored_vault)
            self.workspace.addTab(widget, QCoreApplication.translate("MainWindow", title))
        self._add_audit_tab_for_directors(allowed)

    def _add_audit_tab_for_directors(self, allowed: frozenset[Area]) -> None:
        """Directors read the audit trail but have no administration area: the trail gets a
        tab of its own for them (the service refuses everyone else anyway)."""
        from tjdesk.audit_view import AUDIT_READERS

        user = self.ctx.user
        if user is None or Area.ADMIN in allowed or user.role not in AUDIT_READERS:
            return
        widget = self._make_area("ui.admin.audit_panel", "AuditPanel")
        widget.setProperty("tjdesk_area", AUDIT_TAB)
        self.workspace.addTab(widget, QCoreApplication.translate("AdminArea", AUDIT_TITLE))

    def rebuild_areas(self) -> None:
        """Build the areas again for the same session (after the vault key was changed, the
        areas must use the session's new worker); the administration area stays in front."""
        if not self.ctx.is_signed_in or self.stack.currentWidget() is not self.workspace:
            return
        self._build_areas()
        admin = self.areas.get(Area.ADMIN)
        if admin is not None:
            self.workspace.setCurrentWidget(admin)

    def _make_area(self, module_name: str, class_name: str) -> QWidget:
        try:
            module = importlib.import_module(module_name)
            widget = getattr(module, class_name)(self.ctx)
            if not isinstance(widget, QWidget):
                raise TypeError(class_name)
            return widget
        except Exception as err:  # noqa: BLE001 - one broken part must not stop the others
            log.error("area %s unavailable: %s", module_name, type(err).__name__)
            placeholder = QLabel(objectName="area_unavailable")
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            placeholder.setWordWrap(True)
            placeholder.setText(self.tr("This part of TJ Desk is not available yet."))
            return placeholder

    def _destroy_areas(self) -> None:
        # Hidden at once, deleted when control returns to the event loop (an area may be on
        # the call stack, e.g. in a dialog's exec()). Not reparented first: moving a big
        # widget out of the window costs a native window and a storm of events (~200 ms).
        workspace = self._workspace
        if workspace is None:  # not built yet, so no areas either
            self.areas.clear()
            return
        pages = [workspace.widget(i) for i in range(workspace.count())]
        workspace.clear()
        for widget in pages:
            if widget is None:
                continue
            widget.hide()
            widget.deleteLater()
        self.areas.clear()

    # ------------------------------------------------------------------------- lock, hide

    def lock(self, *, reason: str = "manual") -> None:
        """Close the vault and show the lock screen (or the sign-in screen if nobody was in)."""
        if self._neutral is not None and self.stack.currentWidget() is self._neutral:
            return  # already hidden and locked; the neutral screen stays until dismissed
        signed_in = self.ctx.is_signed_in
        _close_other_windows(self)
        if signed_in:
            self._set_screen(self.lock_screen)
            self.lock_screen.prepare()
        self.repaint()
        if signed_in:
            log.info("locked (%s)", reason)
            self._end_session()

    def sign_out(self) -> None:
        """End the session (audited as a sign-out) and show the sign-in screen, empty: the next
        person signs in as themselves. Open forms are kept as drafts, as at a lock."""
        if not self.ctx.is_signed_in:
            return
        _close_other_windows(self)
        self.show_sign_in()
        self.sign_in.form.name_edit.clear()  # the next person types their own name
        self.repaint()
        self._end_session(audit_as="signout")
        self.ctx.last_user_name = None  # nobody to unlock as: sign in afresh
        log.info("signed out")

    def use_restored_vault(self, restored: object) -> None:
        """Put a restored, checked vault in the current one's place: everyone is signed out
        first (the vault must be closed), the current vault is kept beside it."""
        from tjdesk.backup import replace_vault
        from ui.signin.background import run_in_background
        from ui.signin.form import describe_error

        folder = getattr(restored, "folder", None)
        if folder is None:
            return
        worker = self.ctx.worker
        current = self.ctx.vault_dir
        self.sign_out()
        form = self.sign_in.form
        form.show_message(lambda: self.tr("Putting the restored vault in place…"))

        def swap() -> object:
            if worker is not None:
                worker.close(timeout=30)  # the last write done and the file closed
            return replace_vault(folder, current)

        def done(kept: object) -> None:
            created = str(getattr(restored, "created_at", "") or "")
            form.show_message(
                lambda: (
                    self.tr("The backup of %1 is now the vault. The vault before it is kept in %2.")
                    .replace("%1", created)
                    .replace("%2", str(kept))
                )
            )
            self.restore_finished.emit(str(kept))

        def failed(err: BaseException) -> None:
            form.show_message(lambda: describe_error(err))

        run_in_background(self, swap, done, failed)

    def _show_language(self) -> None:
        box = self._language_box
        if box is not None:
            box.blockSignals(True)
            box.setCurrentIndex(max(0, box.findData(self.ctx.language)))
            box.blockSignals(False)

    def _language_chosen(self) -> None:
        language = str(self.language_box.currentData())
        if language == self.ctx.language:
            return
        from ui.i18n import install_language, save_language

        # Forms being filled are kept as drafts (offered back at once) before the areas are
        # built again in the new language.
        _close_other_windows(self)
        install_language(language)
        save_language(language)
        self.ctx.language = language
        self.sign_in.language.blockSignals(True)
        self.sign_in.language.setCurrentIndex(max(0, self.sign_in.language.findData(language)))
        self.sign_in.language.blockSignals(False)
        if self.ctx.is_signed_in and self.stack.currentWidget() is self.workspace:
            current = self.workspace.currentIndex()
            self._build_areas()
            self.workspace.setCurrentIndex(max(0, current))

    def _lock_from_keyboard(self) -> None:
        if self.ctx.is_signed_in and self.stack.currentWidget() is self.workspace:
            self.lock(reason="manual")

    def quick_hide(self) -> None:
        """Blank the window to a neutral screen at once, then lock. Never touches the alarm."""
        self._clear_taps()
        _close_other_windows(self)
        self._set_screen(self.neutral)
        self.repaint()  # paint the neutral screen now, before any other work
        self._end_session()
        log.info("quick-hide")

    def _end_session(self, *, audit_as: str = "lock") -> None:
        # Whatever was copied from a record must not outlive the session on the clipboard.
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None and clipboard.ownsClipboard():
            clipboard.clear()
        self._destroy_areas()
        worker, user = self.ctx.worker, self.ctx.user
        if worker is not None and user is not None:
            from tjdesk.users import record_lock, record_sign_out

            record = record_sign_out if audit_as == "signout" else record_lock
            # Queued before the worker closes, so the lock is in the audit trail.
            worker.submit(lambda db: record(db, user))
        self.ctx.end_session()
        self._show_user()

    def _after_first_paint(self) -> None:
        from ui.wheel_guard import install_wheel_guard

        if not self._closed:
            self.shift_taps.install()
        install_wheel_guard()  # idempotent; nothing can be scrolled before the first paint
        self._build_later()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self._closed = True
        self.shift_taps.uninstall()
        hide_tray = getattr(self.alarm_tray, "hide", None)
        if callable(hide_tray):
            hide_tray()  # no icon left behind in the tray after the window closes
        self.idle_timer.deactivate()
        _close_other_windows(self)
        self._destroy_areas()
        worker, user = self.ctx.worker, self.ctx.user
        if worker is not None:
            if user is not None:
                from tjdesk.users import record_sign_out

                worker.submit(lambda db: record_sign_out(db, user))
            self.ctx.end_session()
            worker.close()  # on exit, let the last write finish before the process ends
        super().closeEvent(event)


def _close_other_windows(main: QWidget) -> None:
    """Dismiss every dialog, menu and other window of the app (they may show client data)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    popup = QApplication.activePopupWidget()
    while popup is not None:
        popup.close()
        next_popup = QApplication.activePopupWidget()
        if next_popup is popup:
            break
        popup = next_popup
    for widget in QApplication.topLevelWidgets():
        if widget is main or not widget.isVisible() or widget.property(KEEP_ON_HIDE):
            continue
        keep_draft = getattr(widget, KEEP_DRAFT_METHOD, None)
        if callable(keep_draft):
            try:
                keep_draft()  # queued on the vault worker before the session closes it
            except Exception as err:  # noqa: BLE001 - the lock itself must never fail
                log.error("draft not kept at lock: %s", type(err).__name__)
        if isinstance(widget, QDialog):
            widget.reject()  # ends a dialog's exec() loop as "cancelled"
        if isinstance(widget, QMenu | QDialog) or widget.isWindow():
            widget.hide()


def _exclude_from_capture(window: QWidget) -> None:
    """Windows 10 2004+: keep the window out of screenshots, recordings and Recall."""
    if sys.platform != "win32":
        return
    try:
        import ctypes

        wda_exclude_from_capture = 0x11
        ok = ctypes.windll.user32.SetWindowDisplayAffinity(  # type: ignore[attr-defined,unused-ignore]
            int(window.winId()), wda_exclude_from_capture
        )
        if not ok:
            log.warning("screen-capture protection could not be set")
    except Exception as err:  # noqa: BLE001 - protection is best effort
        log.warning("screen-capture protection unavailable: %s", type(err).__name__)
