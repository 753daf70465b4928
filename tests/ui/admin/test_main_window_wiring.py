"""The main window's wiring of the admin and alarm parts: the backup reminder, the admin tabs,
the panic shortcut from any screen, the tray, acknowledging from the lock screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from tests.helpers.vaults import MadeVault
from tests.ui.admin.conftest import shot
from tests.ui.alarm.alarm_fakes import FakeAlarmService
from tests.ui.alarm.conftest import make_controller
from tjdesk.policy import Area
from ui import main_window
from ui.admin.area import AdminArea
from ui.alarm.area import AlarmArea
from ui.alarm.controller import AlarmController
from ui.context import AppContext
from ui.main_window import MainWindow

ONLY_ADMIN = ((Area.ADMIN, "ui.admin.area", "AdminArea", "Administration"),)


@pytest.fixture(autouse=True)
def only_the_admin_area(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(main_window, "AREAS", ONLY_ADMIN)


@pytest.fixture(autouse=True)
def private_settings(qapp: object, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )


def _window(qtbot: QtBot, folder: Path, alarm: object = None) -> MainWindow:
    window = MainWindow(AppContext(folder, alarm=alarm, language="en"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _sign_in(qtbot: QtBot, window: MainWindow, name: str, password: str) -> None:
    form = window.sign_in.form
    form.name_edit.setText(name)
    form.password_edit.setText(password)
    with qtbot.waitSignal(window.ctx.signed_in, timeout=20_000):
        form.submit_button.click()


def test_an_administrator_sees_the_reminder_and_it_opens_the_backups_tab(
    qtbot: QtBot, made: MadeVault
) -> None:
    window = _window(qtbot, made.folder)
    reminder = window.backup_reminder
    assert reminder is not None
    with qtbot.waitSignal(reminder.checked, timeout=20_000):  # type: ignore[attr-defined]
        _sign_in(qtbot, window, "admin", made.password)
    assert reminder.isVisible()  # never backed up
    admin = window.areas[Area.ADMIN]
    assert isinstance(admin, AdminArea)
    titles = [admin.tabs.tabText(i) for i in range(admin.tabs.count())]
    assert titles[:4] == ["Users", "Settings", "Audit trail", "Backups"]
    reminder.button.click()  # type: ignore[attr-defined]
    assert admin.tabs.tabText(admin.tabs.currentIndex()) == "Backups"
    shot(window, "main_window_reminder")
    window.lock()
    assert not reminder.isVisible()  # nothing of the session stays up on the lock screen
    window.close()


def test_a_key_change_nobody_saw_is_told_to_administrators_until_a_new_key_is_stored(
    qtbot: QtBot, made: MadeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The power failed in the middle of a key change; the next sign-in (anyone's) finished
    it. No recovery key works now, and every administrator is told, but nobody else."""
    from tjdesk.vault import rotate

    def power_cut(folder: Path) -> None:
        raise KeyboardInterrupt

    with monkeypatch.context() as cut:
        cut.setattr(rotate, "commit_key_file", power_cut)
        with pytest.raises(KeyboardInterrupt):
            rotate.rotate_key(made.handles["admin"])

    window = _window(qtbot, made.folder)
    reminder = window.key_reminder
    assert reminder is not None
    with qtbot.waitSignal(reminder.checked, timeout=20_000) as told:  # type: ignore[attr-defined]
        _sign_in(qtbot, window, "ann", made.password)  # finishes the change
    assert told.args == [False] and not reminder.isVisible()  # not a counsellor's business
    window.sign_out()

    with qtbot.waitSignal(reminder.checked, timeout=20_000) as told:  # type: ignore[attr-defined]
        _sign_in(qtbot, window, "admin", made.password)
    assert told.args == [True] and reminder.isVisible()
    assert "no recovery key that works" in reminder.text.text()  # type: ignore[attr-defined]
    shot(window, "main_window_key_reminder")
    reminder.button.click()  # type: ignore[attr-defined]
    admin = window.areas[Area.ADMIN]
    assert isinstance(admin, AdminArea)
    assert admin.tabs.tabText(admin.tabs.currentIndex()) == "Vault key"
    window.lock()
    assert not reminder.isVisible()
    window.close()


def _tab_titles(window: MainWindow) -> list[str]:
    return [window.workspace.tabText(i) for i in range(window.workspace.count())]


def test_a_director_gets_the_audit_trail_but_no_admin_tabs(qtbot: QtBot, made: MadeVault) -> None:
    from ui.admin.audit_panel import AuditPanel

    window = _window(qtbot, made.folder)
    _sign_in(qtbot, window, "dora", made.password)
    assert Area.ADMIN not in window.areas
    assert _tab_titles(window) == ["Audit trail"]
    panel = window.workspace.widget(0)
    assert isinstance(panel, AuditPanel)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=10_000)
    assert window.backup_reminder is not None and not window.backup_reminder.isVisible()
    window.close()


@pytest.mark.parametrize("name", ["ann", "rita"])
def test_staff_see_neither_the_audit_trail_nor_the_admin_tabs(
    qtbot: QtBot, made: MadeVault, name: str
) -> None:
    window = _window(qtbot, made.folder)
    _sign_in(qtbot, window, name, made.password)
    assert _tab_titles(window) == []  # (only the admin area is in this test's AREAS)
    assert window.backup_reminder is not None and not window.backup_reminder.isVisible()
    window.close()


# ---------------------------------------------------------------------------- the alarm


@pytest.fixture
def service() -> FakeAlarmService:
    return FakeAlarmService()


@pytest.fixture
def alarm(qtbot: QtBot, service: FakeAlarmService, tmp_path: Path) -> Iterator[AlarmController]:
    controller = make_controller(service, tmp_path / "alarm")
    with qtbot.waitSignal(controller.status_changed, timeout=5000):
        controller.start()
    qtbot.waitUntil(lambda: controller.available, timeout=5000)
    yield controller
    controller.close()


def _commands(service: FakeAlarmService, name: str) -> list[tuple[object, ...]]:
    return [args for command, args in service.commands if command == name]


def test_the_panic_shortcut_raises_from_the_lock_screen(
    qtbot: QtBot, made: MadeVault, alarm: AlarmController, service: FakeAlarmService
) -> None:
    window = _window(qtbot, made.folder, alarm)
    _sign_in(qtbot, window, "ann", made.password)
    window.lock()
    assert window.current_screen is window.lock_screen
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    qtbot.keyClick(
        window.lock_screen.form.password_edit,
        Qt.Key.Key_F12,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: _commands(service, "raise_alarm") == [("HOTKEY",)], timeout=5000)
    window.close()


class FakeController(QObject):
    """Just enough of AlarmController for the shortcut and the tray."""

    status_changed = Signal()
    service_lost = Signal()
    service_restored = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.raised: list[str] = []

    def raise_alarm(self, source: str) -> bool:
        self.raised.append(source)
        return True

    def view(self, *, full: bool = False):  # type: ignore[no-untyped-def]
        from ui.alarm.state import describe

        return describe(available=False, status=None)


def test_the_shortcut_goes_to_the_controller_and_the_tray_follows_it(
    qtbot: QtBot, made: MadeVault
) -> None:
    fake = FakeController()
    window = _window(qtbot, made.folder, fake)
    assert window.panic_shortcut is not None
    assert window.panic_shortcut.key().toString() == "Ctrl+Shift+F12"  # type: ignore[attr-defined]
    window.panic_shortcut.activated.emit()  # type: ignore[attr-defined]
    assert fake.raised == ["HOTKEY"]
    assert window.alarm_tray is not None
    assert window.alarm_tray.tooltip.startswith("TJ Desk alarm")  # type: ignore[attr-defined]
    window.close()


def test_im_on_my_way_works_from_the_lock_screen(
    qtbot: QtBot, made: MadeVault, alarm: AlarmController, service: FakeAlarmService
) -> None:
    window = _window(qtbot, made.folder, alarm)
    _sign_in(qtbot, window, "ann", made.password)
    from tjdesk.alarm.staff_roster import roster_path

    # The sign-in exports the roster on the vault worker.
    qtbot.waitUntil(lambda: roster_path(alarm.alarm_dir).exists(), timeout=5000)
    window.lock()
    with qtbot.waitSignal(alarm.event_received, timeout=5000):
        service.press("BTN")
    banner = window.alarm_strip.banner
    qtbot.waitUntil(lambda: banner.ack_button.isVisible(), timeout=5000)  # type: ignore[union-attr]
    banner.ack_button.click()  # type: ignore[union-attr]
    # Signing in exported the certified staff roster: the lock screen asks who is going (one
    # tap on a name) instead of logging "(lock screen)" (issue 14).
    menu = banner.ack_menu  # type: ignore[union-attr]
    next(a for a in menu.actions() if a.text() == "ann").trigger()
    qtbot.waitUntil(lambda: _commands(service, "acknowledge") == [("ann",)], timeout=5000)
    menu.close()
    window.close()


def test_the_alarm_area_without_an_alarm_link_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    area = AlarmArea(AppContext(tmp_path, language="en"))
    qtbot.addWidget(area)
    assert area.findChild(QLabel).text() == "The alarm service is not connected to this window."


def test_after_a_key_change_the_admin_works_on_and_unlocks_again(
    qtbot: QtBot, made: MadeVault
) -> None:
    from ui.admin.key_panel import KeyPanel

    window = _window(qtbot, made.folder)
    _sign_in(qtbot, window, "admin", made.password)
    admin = window.areas[Area.ADMIN]
    panel = admin.findChild(KeyPanel)
    assert panel is not None
    panel.confirm = lambda: True  # type: ignore[method-assign]
    with qtbot.waitSignal(panel.rotated, timeout=60_000):
        panel.rotate_button.click()
    dialog = panel.key_dialog
    assert dialog is not None
    dialog.stored.setChecked(True)
    dialog.close_button.click()
    # The areas are built again on the new worker; the admin area stays in front.
    qtbot.waitUntil(lambda: window.areas.get(Area.ADMIN) is not admin, timeout=5000)
    rebuilt = window.areas[Area.ADMIN]
    assert window.workspace.currentWidget() is rebuilt
    users = rebuilt.users  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: users.model.rowCount() == 4, timeout=10_000)
    window.lock()
    lock_form = window.lock_screen.form
    lock_form.password_edit.setText(made.password)
    with qtbot.waitSignal(window.ctx.signed_in, timeout=20_000):
        lock_form.submit_button.click()
    assert window.current_screen is window.workspace
    window.close()


def test_alarm_settings_tab_only_with_an_alarm_link(
    qtbot: QtBot, made: MadeVault, alarm: AlarmController
) -> None:
    window = _window(qtbot, made.folder, alarm)
    _sign_in(qtbot, window, "admin", made.password)
    admin = window.areas[Area.ADMIN]
    titles = [admin.tabs.tabText(i) for i in range(admin.tabs.count())]  # type: ignore[attr-defined]
    assert titles == [
        "Users",
        "Settings",
        "Audit trail",
        "Backups",
        "Vault key",
        "Sealed sections",
        "Alarm settings",
        "Alarm network",
    ]
    admin.tabs.setCurrentIndex(titles.index("Alarm settings"))  # type: ignore[attr-defined]
    shot(window, "alarm_settings_tab")
    window.close()
    plain = _window(qtbot, made.folder)
    _sign_in(qtbot, plain, "admin", made.password)
    admin = plain.areas[Area.ADMIN]
    titles = [admin.tabs.tabText(i) for i in range(admin.tabs.count())]  # type: ignore[attr-defined]
    assert "Alarm settings" not in titles
    assert "Alarm network" not in titles
    plain.close()
