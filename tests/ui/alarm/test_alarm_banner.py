"""The banner on every screen: calm when protected, unmissable in an alarm, red when not
protected, blue in a drill, discreet on a screen the person in the room can see."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ui.alarm.banner import AlarmBanner
from ui.alarm.looks import PALETTES, contrast_ratio
from ui.alarm.state import Look

SHOTS = Path(os.environ.get("TJDESK_SHOTS", "/tmp/tjdesk-shots"))


def shoot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.resize(900, widget.sizeHint().height())
    assert widget.grab().save(str(SHOTS / f"banner-{name}.png"))


@pytest.fixture
def banner(qtbot, controller):
    beeps: list[int] = []
    widget = AlarmBanner(controller, user_name=lambda: "Somchai", beep=lambda: beeps.append(1))
    widget.beeps = beeps
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_ready_shows_room_protected_and_no_button(banner):
    assert banner.look is Look.READY
    assert banner.headline_text() == "Room protected"
    assert "Counseling room 1" in banner.detail_text()
    assert not banner.ack_button.isVisibleTo(banner)
    shoot(banner, "ready")


def test_a_press_shows_the_alarm_with_room_and_time(qtbot, banner, fake_service):
    fake_service.press("BTN")
    qtbot.waitUntil(lambda: banner.look is Look.ALARM, timeout=5000)
    assert banner.headline_text() == "ALARM in Counseling room 1"
    assert "hidden button" in banner.detail_text()
    assert "Nobody has answered yet" in banner.detail_text()
    assert banner.ack_button.isVisibleTo(banner)
    shoot(banner, "alarm")


def test_im_on_my_way_shows_who_acknowledged(qtbot, banner, fake_service):
    fake_service.press("BTN")
    qtbot.waitUntil(lambda: banner.ack_button.isVisibleTo(banner), timeout=5000)
    qtbot.mouseClick(banner.ack_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: banner.look is Look.ACKNOWLEDGED, timeout=5000)
    assert "Somchai is on the way (answered at" in banner.detail_text()
    assert banner.headline_text() == "ALARM in Counseling room 1"
    assert not banner.ack_button.isVisibleTo(banner)
    shoot(banner, "acknowledged")


def test_acknowledge_from_the_lock_screen_names_the_lock_screen(qtbot, controller, fake_service):
    widget = AlarmBanner(controller, user_name=lambda: None)
    qtbot.addWidget(widget)
    fake_service.press("BTN")
    qtbot.waitUntil(lambda: widget.look is Look.ALARM, timeout=5000)
    widget.ack_button.click()
    qtbot.waitUntil(lambda: widget.look is Look.ACKNOWLEDGED, timeout=5000)
    assert "(lock screen) is on the way" in widget.detail_text()


def test_a_device_fault_shows_room_not_protected_until_cleared(qtbot, banner, fake_service):
    fake_service.set_fault("LOOP_OPEN")
    qtbot.waitUntil(lambda: banner.look is Look.FAULT, timeout=5000)
    assert banner.headline_text() == "Room not protected"
    assert "The wire to the panic button sim: is cut." in banner.detail_text()
    shoot(banner, "fault")
    fake_service.clear_fault("LOOP_OPEN")
    qtbot.waitUntil(lambda: banner.look is Look.READY, timeout=5000)


def test_a_lost_service_shows_room_not_protected(qtbot, banner, controller, fake_service):
    controller._retry_timer.setInterval(60_000)  # keep it down long enough to look at
    with qtbot.waitSignal(controller.service_lost, timeout=5000):
        fake_service.crash()
    assert banner.look is Look.FAULT
    assert banner.headline_text() == "Room not protected"
    assert "The alarm is not running" in banner.detail_text()
    shoot(banner, "no-service")


def test_drill_is_blue_and_says_presses_are_tests(qtbot, banner, controller, fake_service):
    controller.start_drill("Somchai", 120)
    qtbot.waitUntil(lambda: banner.look is Look.DRILL, timeout=5000)
    assert banner.headline_text() == "Alarm drill"
    assert "tests, not real alarms" in banner.detail_text()
    fake_service.press("BTN")  # a drill press: feedback, never a real alarm
    qtbot.waitUntil(lambda: "1 test press(es) received" in banner.detail_text(), timeout=5000)
    assert banner.look is Look.DRILL
    assert "hidden button" in banner.detail_text()
    shoot(banner, "drill")


def test_escalation_beeps_only_when_audible_is_configured(qtbot, banner, fake_service):
    fake_service.press("BTN")
    qtbot.waitUntil(lambda: banner.look is Look.ALARM, timeout=5000)
    fake_service.escalate(1)
    qtbot.waitUntil(lambda: "Escalated" in banner.detail_text(), timeout=5000)
    assert banner.beeps == [] and not banner.audible  # silent by default

    fake_service.silent = False
    fake_service.escalate(2)
    qtbot.waitUntil(lambda: banner.audible, timeout=5000)
    assert banner.beeps


def test_discreet_screen_shows_only_received_and_never_beeps(
    qtbot, banner, controller, fake_service
):
    controller.set_discreet_screen(True)
    fake_service.silent = False
    fake_service.press("BTN")
    qtbot.waitUntil(lambda: banner.look is Look.DISCREET_SENT, timeout=5000)
    fake_service.escalate(1)
    qtbot.waitUntil(lambda: controller.status["alarm"]["escalation"] == 1, timeout=5000)
    assert "ALARM" not in banner.headline_text() and "ALARM" not in banner.detail_text()
    assert not banner.ack_button.isVisibleTo(banner)
    assert banner.beeps == []
    shoot(banner, "discreet")


@pytest.mark.parametrize("look", list(Look))
def test_every_look_meets_wcag_aa_contrast(look):
    palette = PALETTES[look]
    assert contrast_ratio(palette.text, palette.background) >= 4.5


def test_from_the_lock_screen_one_tap_on_a_roster_name_says_who_is_going(
    qtbot, controller, fake_service, tmp_path
):
    from tests.helpers.vaults import make_vault
    from tjdesk.actors import Role
    from tjdesk.alarm.staff_roster import export_roster

    made = make_vault(tmp_path / "vault", users=[("ann", Role.COUNSELOR)])
    db = made.admin.open_database()
    try:
        export_roster(db, controller.alarm_dir)  # what every sign-in does
    finally:
        db.close()
    widget = AlarmBanner(controller, user_name=lambda: None)
    qtbot.addWidget(widget)
    fake_service.press("BTN")
    qtbot.waitUntil(lambda: widget.look is Look.ALARM, timeout=5000)
    widget.ack_button.click()
    names = [a.text() for a in widget.ack_menu.actions() if a.isEnabled()]
    assert names == ["admin", "ann"]
    next(a for a in widget.ack_menu.actions() if a.text() == "ann").trigger()
    qtbot.waitUntil(lambda: widget.look is Look.ACKNOWLEDGED, timeout=5000)
    assert "ann is on the way" in widget.detail_text()
    assert "(lock screen)" not in widget.detail_text()
    widget.ack_menu.close()
