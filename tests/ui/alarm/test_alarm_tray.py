"""The tray icon follows the alarm and never fails where there is no tray."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QSystemTrayIcon

from ui.alarm.looks import look_icon
from ui.alarm.state import Look
from ui.alarm.tray import AlarmTray

SHOTS = Path(os.environ.get("TJDESK_SHOTS", "/tmp/tjdesk-shots"))


def test_tray_without_a_system_tray_still_tracks_the_state(qtbot, controller, fake_service):
    tray = AlarmTray(controller)
    assert tray.available == QSystemTrayIcon.isSystemTrayAvailable()
    assert tray.look is Look.READY and "Room protected" in tray.tooltip
    fake_service.set_fault("DEVICE_LOST")
    qtbot.waitUntil(lambda: tray.look is Look.FAULT, timeout=5000)
    assert "Room not protected" in tray.tooltip
    assert "sim:" in tray.tooltip


def test_tray_tooltip_is_discreet_on_a_room_screen(qtbot, controller, fake_service):
    tray = AlarmTray(controller)
    controller.set_discreet_screen(True)
    fake_service.press("BTN")
    qtbot.waitUntil(lambda: tray.look is Look.DISCREET_SENT, timeout=5000)
    assert "ALARM" not in tray.tooltip


def test_each_look_has_its_own_icon(qapp):
    SHOTS.mkdir(parents=True, exist_ok=True)
    images = {}
    for look in Look:
        pixmap = look_icon(look).pixmap(64, 64)
        assert not pixmap.isNull()
        pixmap.save(str(SHOTS / f"tray-{look.value}.png"))
        images[look] = pixmap.toImage()
    assert images[Look.READY] != images[Look.FAULT] != images[Look.ALARM] != images[Look.DRILL]
