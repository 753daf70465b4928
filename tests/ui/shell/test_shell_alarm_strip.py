"""The alarm status and the panic control are on every screen, and locking or hiding never
touches an alarm."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.helpers.vaults import MadeVault
from tests.ui.alarm.alarm_fakes import FakeAlarmService
from tests.ui.alarm.conftest import make_controller
from tests.ui.shell.conftest import sign_in
from ui.alarm.banner import AlarmBanner
from ui.alarm.controller import AlarmController
from ui.alarm.panic_button import PanicButton
from ui.context import AppContext
from ui.main_window import MainWindow


@pytest.fixture
def service() -> FakeAlarmService:
    return FakeAlarmService()


@pytest.fixture
def alarm(qtbot: QtBot, service: FakeAlarmService, tmp_path: Path) -> Iterator[AlarmController]:
    controller = make_controller(service, tmp_path / "alarm")
    with qtbot.waitSignal(controller.status_changed, timeout=5000):
        controller.start()
    yield controller
    controller.close()


@pytest.fixture
def alarm_window(qtbot: QtBot, made: MadeVault, alarm: AlarmController) -> Iterator[MainWindow]:
    window = MainWindow(AppContext(made.folder, alarm=alarm, language="en"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def _strip_visible(window: MainWindow) -> bool:
    strip = window.alarm_strip
    return (
        isinstance(strip.banner, AlarmBanner)
        and isinstance(strip.panic, PanicButton)
        and strip.banner.isVisible()
        and strip.panic.isVisible()
    )


def test_alarm_banner_and_panic_control_on_every_screen(
    qtbot: QtBot, alarm_window: MainWindow, made: MadeVault
) -> None:
    assert _strip_visible(alarm_window)  # sign-in
    sign_in(qtbot, alarm_window, "ann", made.password)
    assert _strip_visible(alarm_window)  # work areas
    alarm_window.lock()
    assert _strip_visible(alarm_window)  # lock screen
    alarm_window.quick_hide()
    assert _strip_visible(alarm_window)  # neutral screen: help can still be called


def test_lock_and_quick_hide_never_touch_a_running_alarm(
    qtbot: QtBot,
    alarm_window: MainWindow,
    made: MadeVault,
    service: FakeAlarmService,
    alarm: AlarmController,
) -> None:
    sign_in(qtbot, alarm_window, "ann", made.password)
    with qtbot.waitSignal(alarm.event_received, timeout=5000):
        service.press("BTN")
    before = list(service.commands)
    alarm_window.quick_hide()
    alarm_window.neutral.dismissed.emit()
    alarm_window.lock_screen.switch_button.click()
    assert service.state == "alarm"
    assert service.commands == before  # no acknowledge, reset or stop was sent
    assert alarm.available
