"""Alarm settings: administrators only, clear sentences for bad input, alarm.json written and
reloaded, stopping the service asks first and says the room will be unprotected."""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from tjdesk.actors import Actor, Role
from ui.alarm.settings import AlarmSettings
from ui.alarm.state import Look

SHOTS = Path(os.environ.get("TJDESK_SHOTS", "/tmp/tjdesk-shots"))


@pytest.fixture
def station(tmp_path):
    return QSettings(str(tmp_path / "station.ini"), QSettings.Format.IniFormat)


def make_settings(qtbot, controller, station, role=Role.ADMINISTRATOR, ports=None):
    ctx = SimpleNamespace(alarm=controller, user=Actor(1, "Admin", role), worker=None)
    widget = AlarmSettings(ctx, list_ports=lambda: list(ports or []), station=station)
    qtbot.addWidget(widget)
    widget.resize(820, 760)
    widget.show()
    return widget


def test_only_administrators_can_change_settings(qtbot, controller, station):
    widget = make_settings(qtbot, controller, station, role=Role.COUNSELOR)
    assert widget.admin_note.isVisible()
    assert not widget.form.isEnabled()
    widget.save()
    assert not (controller.alarm_dir / "alarm.json").exists()


def test_a_bad_spec_gets_a_clear_sentence_and_is_not_added(qtbot, controller, station):
    # The sentence now shows under the device field (issue 17, item 13), not at the bottom.
    widget = make_settings(qtbot, controller, station)
    widget.spec_edit.setText("buzzer:COM3")
    widget.add_spec()
    assert widget.spec_message.text().startswith('"buzzer" is not a known kind of device.')
    widget.spec_edit.setText("panicbox:")
    widget.add_spec()
    assert "names no port" in widget.spec_message.text()
    widget.spec_edit.setText("lcus:/dev/ttyUSB0?channel=9")
    widget.add_spec()
    assert '"channel=9" is not a valid value.' in widget.spec_message.text()
    assert widget.device_specs() == []


def test_save_writes_alarm_json_and_reloads_the_service(qtbot, controller, fake_service, station):
    widget = make_settings(qtbot, controller, station)
    widget.room.setText("Counseling room 2")
    widget.spec_edit.setText("sim:")
    widget.add_spec()
    widget.spec_edit.setText("panicbox:/dev/ttyACM0")
    widget.add_spec()
    widget.escalate_first.setValue(20)
    widget.escalate_second.setValue(90)
    widget.audible.setChecked(True)
    widget.hold_ms.setValue(800)
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / "settings.png"))
    widget.save()
    written = json.loads((controller.alarm_dir / "alarm.json").read_text(encoding="utf-8"))
    assert written["devices"] == ["sim:", "panicbox:/dev/ttyACM0"]
    assert written["room"] == "Counseling room 2"
    assert (written["escalate_after_s"], written["escalate_second_s"]) == (20, 90)
    assert written["silent"] is False and written["pbl1_hold_ms"] == 800
    assert ("reload_config", ()) in fake_service.commands
    assert widget.message.text().startswith("Saved.")


def test_escalation_steps_out_of_order_are_refused_and_nothing_is_written(
    qtbot, controller, station
):
    widget = make_settings(qtbot, controller, station)
    widget.escalate_first.setValue(120)
    widget.escalate_second.setValue(60)
    widget.save()
    assert "second escalation step must come after the first (120 s)" in widget.message.text()
    assert not (controller.alarm_dir / "alarm.json").exists()


def test_detected_ports_can_be_added(qtbot, controller, station):
    ports = [
        {
            "port": "/dev/ttyACM0",
            "description": "TJ panic box",
            "usb_id": "2e8a:000a 1234",
            "spec": "panicbox:/dev/ttyACM0",
        },
        {
            "port": "/dev/ttyUSB0",
            "description": "USB Serial",
            "usb_id": "1a86:7523",
            "spec": "",
            "troubles": "brltty may grab this port.",
        },
    ]
    widget = make_settings(qtbot, controller, station, ports=ports)
    widget.refresh_ports()
    qtbot.waitUntil(lambda: widget.ports_scanned == 1, timeout=5000)
    assert widget.ports.count() == 2
    widget.ports.setCurrentIndex(0)
    widget.add_detected()
    assert widget.device_specs() == ["panicbox:/dev/ttyACM0"]
    widget.ports.setCurrentIndex(1)  # an unknown board: the admin must name its kind
    widget.add_detected()
    assert widget.device_specs() == ["panicbox:/dev/ttyACM0"]
    assert widget.spec_edit.text() == ":/dev/ttyUSB0"
    assert "Type the kind of device" in widget.message.text()


def test_no_detected_ports_is_said_plainly(qtbot, controller, station):
    widget = make_settings(qtbot, controller, station, ports=[])
    widget.refresh_ports()
    qtbot.waitUntil(lambda: widget.ports_scanned == 1, timeout=5000)
    assert "No serial devices were found" in widget.message.text()


def test_marking_the_screen_discreet_applies_at_once(qtbot, controller, fake_service, station):
    widget = make_settings(qtbot, controller, station)
    widget.discreet.setChecked(True)
    widget.spec_edit.setText("sim:")
    widget.add_spec()
    widget.save()
    assert controller.discreet_screen is True
    assert QSettings(station.fileName(), QSettings.Format.IniFormat).value(
        "alarm/discreet_screen", False, type=bool
    )
    fake_service.press("BTN")
    qtbot.waitUntil(lambda: controller.view().look is Look.DISCREET_SENT, timeout=5000)


def test_stopping_the_service_asks_and_warns(qtbot, controller, fake_service, station, monkeypatch):
    widget = make_settings(qtbot, controller, station)
    asked: list[str] = []

    def refuse(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", refuse)
    widget.ask_stop_service()
    assert "NOT protected" in asked[0]
    assert fake_service.running

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(controller.service_lost, timeout=5000):
        widget.ask_stop_service()
    assert not fake_service.running
    assert "not protected" in widget.message.text()
    assert widget.start_button.isVisible()
    with qtbot.waitSignal(controller.service_restored, timeout=5000):
        widget.start_button.click()
    assert fake_service.running
