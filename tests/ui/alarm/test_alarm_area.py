"""The alarm area: devices, current alarm with who answered, reset rules, drills, the log."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from tjdesk.actors import Actor, Role
from ui.alarm.area import AlarmArea
from ui.alarm.state import Look

SHOTS = Path(os.environ.get("TJDESK_SHOTS", "/tmp/tjdesk-shots"))


def make_area(qtbot, controller, *, user_name="Somchai", worker=None):
    user = Actor(1, user_name, Role.COUNSELOR) if user_name else None
    ctx = SimpleNamespace(alarm=controller, user=user, worker=worker)
    area = AlarmArea(ctx)
    qtbot.addWidget(area)
    area.resize(1000, 700)
    area.show()
    return area


def shoot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SHOTS / f"area-{name}.png"))


def test_devices_show_state_and_heartbeat(qtbot, controller, fake_service):
    area = make_area(qtbot, controller)
    model = area.devices_model
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "sim:"
    assert model.index(0, 1).data() == "Working"
    assert model.index(0, 2).data() == "0.4 s ago"
    fake_service.set_fault("DEVICE_LOST")
    qtbot.waitUntil(lambda: "not connected" in (model.index(0, 1).data() or ""), timeout=5000)
    assert model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) is not None  # shown in red


def test_acknowledge_shows_who_and_when(qtbot, controller, fake_service):
    area = make_area(qtbot, controller)
    assert area.current_headline.text() == "No alarm"
    assert not area.ack_button.isVisibleTo(area)
    fake_service.press("BTN")
    qtbot.waitUntil(lambda: area.ack_button.isVisibleTo(area), timeout=5000)
    assert area.current_headline.text() == "ALARM in Counseling room 1"
    shoot(area, "alarm")
    qtbot.mouseClick(area.ack_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Somchai is on the way" in area.current_detail.text(), timeout=5000)
    assert "answered at" in area.current_detail.text()
    assert not area.ack_button.isEnabled()


def test_reset_needs_a_reason_and_the_room_check(qtbot, controller, fake_service):
    area = make_area(qtbot, controller)
    fake_service.press("BTN")
    qtbot.waitUntil(lambda: area.reset_button.isVisibleTo(area), timeout=5000)
    qtbot.mouseClick(area.reset_button, Qt.MouseButton.LeftButton)
    dialog = area.reset_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.ok_button.isEnabled()  # nothing chosen
    dialog.reason_buttons["accidental"].click()
    assert not dialog.ok_button.isEnabled()  # nobody has checked on the room yet
    dialog.room_checked.click()
    assert dialog.ok_button.isEnabled()
    dialog.room_checked.click()
    assert not dialog.ok_button.isEnabled()
    dialog.room_checked.click()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.view().look is Look.READY, timeout=5000)
    assert ("reset", ("Somchai", "accidental", True)) in fake_service.commands
    assert area.current_headline.text() == "No alarm"


def test_cancelling_the_reset_dialog_keeps_the_alarm(qtbot, controller, fake_service):
    area = make_area(qtbot, controller)
    fake_service.press("BTN")
    qtbot.waitUntil(lambda: area.reset_button.isVisibleTo(area), timeout=5000)
    area.open_reset_dialog()
    area.reset_dialog.reason_buttons["real"].click()
    area.reset_dialog.reject()
    assert not [c for c in fake_service.commands if c[0] == "reset"]
    assert fake_service.state == "alarm"


def test_reset_needs_someone_signed_in(qtbot, controller, fake_service):
    area = make_area(qtbot, controller, user_name=None)
    fake_service.press("BTN")
    qtbot.waitUntil(lambda: area.reset_button.isVisibleTo(area), timeout=5000)
    assert not area.reset_button.isEnabled()
    area.open_reset_dialog()
    assert area.reset_dialog is None
    assert "Sign in" in area.message_label.text()


def test_drill_start_and_prompt_when_the_last_drill_is_old(qtbot, controller, fake_service):
    fake_service.last_drill_at = (datetime.now(UTC) - timedelta(days=9)).strftime(
        "%Y-%m-%dT%H:%M:%SZ"
    )
    controller.request_status()
    area = make_area(qtbot, controller)
    qtbot.waitUntil(lambda: area.drill_prompt.isVisible(), timeout=5000)
    assert "9 days ago" in area.drill_prompt.text()
    shoot(area, "ready-drill-prompt")
    area.drill_minutes.setValue(3)
    qtbot.mouseClick(area.start_drill_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.view().look is Look.DRILL, timeout=5000)
    assert ("start_drill", ("Somchai", 180)) in fake_service.commands
    qtbot.waitUntil(lambda: area.stop_drill_button.isVisible(), timeout=5000)
    assert not area.drill_prompt.isVisible()
    shoot(area, "drill")
    qtbot.mouseClick(area.stop_drill_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.view().look is Look.READY, timeout=5000)


def test_a_drill_in_a_room_with_a_fault_says_it_is_running(qtbot, controller, fake_service):
    """The fault leads the screens, but the drill that was started is not left unsaid: the
    current-alarm box names it, until when, and that presses are tests."""
    area = make_area(qtbot, controller)
    fake_service.set_fault("DEVICE_LOST")
    qtbot.waitUntil(lambda: controller.view().look is Look.FAULT, timeout=5000)
    qtbot.mouseClick(area.start_drill_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.stop_drill_button.isVisible(), timeout=5000)
    assert controller.view().look is Look.FAULT  # the dead button still leads
    assert area.current_headline.text() == "Alarm drill"
    assert "Presses now are tests, not real alarms." in area.current_detail.text()
    qtbot.mouseClick(area.stop_drill_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.start_drill_button.isVisible(), timeout=5000)
    assert area.current_headline.text() == "No alarm" and area.current_detail.text() == ""


def test_a_recent_drill_shows_no_prompt(qtbot, controller, fake_service):
    fake_service.last_drill_at = (datetime.now(UTC) - timedelta(days=2)).strftime(
        "%Y-%m-%dT%H:%M:%SZ"
    )
    controller.request_status()
    area = make_area(qtbot, controller)
    qtbot.waitUntil(
        lambda: controller.status["last_drill_at"] == fake_service.last_drill_at, timeout=5000
    )
    area.refresh()
    assert not area.drill_prompt.isVisible()


def test_service_lost_shows_in_the_area(qtbot, controller, fake_service):
    area = make_area(qtbot, controller)
    controller._retry_timer.setInterval(60_000)
    with qtbot.waitSignal(controller.service_lost, timeout=5000):
        fake_service.crash()
    assert area.current_headline.text() == "Room not protected"
    assert "not running" in area.service_label.text()
    assert not area.start_drill_button.isEnabled()
    shoot(area, "no-service")


def test_discreet_screen_area_shows_no_loud_details(qtbot, controller, fake_service):
    controller.set_discreet_screen(True)
    area = make_area(qtbot, controller)
    fake_service.press("BTN")
    qtbot.waitUntil(lambda: controller.view().look is Look.DISCREET_SENT, timeout=5000)
    area.refresh()
    assert "ALARM" not in area.current_headline.text()
    assert not area.ack_button.isVisibleTo(area)
    assert not area.reset_button.isVisibleTo(area)
    # Staff can open it on purpose, e.g. to reset on the only computer there is.
    qtbot.mouseClick(area.reveal_button, Qt.MouseButton.LeftButton)
    assert area.current_headline.text() == "ALARM in Counseling room 1"
    assert area.reset_button.isVisibleTo(area)
    area.open_reset_dialog()
    area.reset_dialog.reason_buttons["accidental"].click()
    area.reset_dialog.room_checked.click()
    area.reset_dialog.accept()
    qtbot.waitUntil(lambda: fake_service.state == "ready", timeout=5000)
    fake_service.press("BTN")  # the next alarm is discreet again
    qtbot.waitUntil(lambda: controller.view().look is Look.DISCREET_SENT, timeout=5000)
    qtbot.waitUntil(lambda: area.reveal_button.isVisibleTo(area), timeout=5000)
    assert "ALARM" not in area.current_headline.text()


def test_without_a_vault_the_log_asks_to_sign_in(qtbot, controller):
    area = make_area(qtbot, controller)
    assert "Sign in" in area.log_status.text()
    assert area.log_model.rowCount() == 0


@pytest.mark.parametrize("unused", [None])
def test_a_failed_command_is_explained(qtbot, controller, unused):
    area = make_area(qtbot, controller)
    area.acknowledge()  # nothing to acknowledge: the service answers with an error
    qtbot.waitUntil(lambda: "no alarm to acknowledge" in area.message_label.text(), timeout=5000)


def test_a_real_alarm_cannot_be_reset_as_a_drill(qtbot, controller, fake_service):
    """Issue 17, item 7: the reasons offered fit the press; a drill only during a drill."""
    area = make_area(qtbot, controller)
    fake_service.press("BTN")
    qtbot.waitUntil(lambda: area.reset_button.isVisibleTo(area), timeout=5000)
    qtbot.mouseClick(area.reset_button, Qt.MouseButton.LeftButton)
    offered = [b.text() for b in area.reset_dialog.reason_buttons.values() if b.isVisible()]
    assert offered == ["A real incident", "An accidental press"]
    area.reset_dialog.reject()


def test_a_press_in_a_drill_window_is_reset_as_a_drill(qtbot, controller, fake_service):
    area = make_area(qtbot, controller)
    fake_service.state = "test"  # a drill window is open (a box that latched it as a test)
    fake_service.press("BTN")
    with fake_service.lock:
        fake_service.state = "alarm"
    fake_service.broadcast(fake_service.status())
    qtbot.waitUntil(lambda: (controller.status or {}).get("alarm") is not None, timeout=5000)
    area.open_reset_dialog()
    offered = [b.text() for b in area.reset_dialog.reason_buttons.values() if b.isVisible()]
    assert offered == ["A drill"]
    area.reset_dialog.reject()
