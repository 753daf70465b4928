"""The screens against the real alarm service (a separate process, started the way the app
starts it) with an in-process ``sim:`` device and the PBL/1 box simulator on a pty."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QPoint, Qt

from tjdesk.actors import Actor, Role
from tjdesk.alarm.config import AlarmConfig, save_config
from ui.alarm.area import AlarmArea
from ui.alarm.banner import AlarmBanner
from ui.alarm.controller import AlarmController
from ui.alarm.panic_button import PanicButton
from ui.alarm.state import Look

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the PBL/1 simulator uses ptys")

SHOTS = Path(os.environ.get("TJDESK_SHOTS", "/tmp/tjdesk-shots"))
WAIT_MS = 20_000  # a service process starting on a busy two-core machine


@pytest.fixture
def box() -> Iterator[object]:
    from hardware.sim.pty_sims import PanicBoxSimulator

    simulator = PanicBoxSimulator(cfg={"hold": 0})
    yield simulator
    simulator.close()


@pytest.fixture
def service_dir(tmp_path_factory, box) -> Path:
    # A short folder: the service's Unix socket path must stay under ~100 bytes.
    folder = Path(tmp_path_factory.mktemp("al"))
    save_config(folder, AlarmConfig(devices=("sim:", f"panicbox:{box.port}"), room="Room A"))
    return folder


@pytest.fixture
def real_controller(qtbot, service_dir) -> Iterator[AlarmController]:
    controller = AlarmController(service_dir, discreet_screen=False, retry_ms=200)
    controller.start()
    qtbot.waitUntil(lambda: controller.available, timeout=WAIT_MS)
    pids: set[int] = set()

    def remember_pid(status: dict) -> None:
        if status.get("service_pid"):
            pids.add(int(status["service_pid"]))

    controller.status_changed.connect(remember_pid)
    remember_pid(controller.status or {})
    yield controller
    controller.close()
    for pid in pids:  # only the services this test started
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass


def devices_ready(controller: AlarmController) -> bool:
    devices = (controller.status or {}).get("devices") or []
    return len(devices) == 2 and all(d["connected"] and not d["faults"] for d in devices)


def wait_protected(qtbot, controller: AlarmController) -> None:
    def ready() -> bool:
        controller.request_status()
        return devices_ready(controller) and controller.view().look is Look.READY

    qtbot.waitUntil(ready, timeout=WAIT_MS)


def test_box_press_acknowledge_and_reset_through_the_real_service(qtbot, real_controller, box):
    banner = AlarmBanner(real_controller, user_name=lambda: "Somchai")
    qtbot.addWidget(banner)
    ctx = SimpleNamespace(
        alarm=real_controller, user=Actor(1, "Malee", Role.SUPERVISOR), worker=None
    )
    area = AlarmArea(ctx)
    qtbot.addWidget(area)
    banner.show()
    area.show()
    wait_protected(qtbot, real_controller)
    assert banner.headline_text() == "Room protected"

    box.press()
    qtbot.waitUntil(lambda: banner.look is Look.ALARM, timeout=WAIT_MS)
    box.release()
    assert banner.headline_text() == "ALARM in Room A"
    assert "hidden button" in banner.detail_text()
    assert box.light_on or box.state != "IDLE"
    banner.resize(900, banner.sizeHint().height())
    SHOTS.mkdir(parents=True, exist_ok=True)
    banner.grab().save(str(SHOTS / "real-banner-alarm.png"))

    qtbot.mouseClick(banner.ack_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: banner.look is Look.ACKNOWLEDGED, timeout=WAIT_MS)
    assert "Somchai is on the way" in banner.detail_text()

    area.open_reset_dialog()
    dialog = area.reset_dialog
    assert not dialog.ok_button.isEnabled()
    # A real press is never offered as "a drill" (issue 17, item 7).
    assert "drill" not in dialog.reason_buttons
    dialog.reason_buttons["accidental"].click()
    dialog.room_checked.click()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: banner.look is Look.READY, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: box.alarm_id is None, timeout=WAIT_MS)  # the box let go


def test_a_cut_wire_on_the_box_shows_room_not_protected(qtbot, real_controller, box):
    banner = AlarmBanner(real_controller)
    qtbot.addWidget(banner)
    wait_protected(qtbot, real_controller)
    box.cut_loop()
    qtbot.waitUntil(lambda: banner.look is Look.FAULT, timeout=WAIT_MS)
    assert banner.headline_text() == "Room not protected"
    assert "is cut" in banner.detail_text()
    box.release()  # the wire mended
    wait_protected(qtbot, real_controller)


def test_holding_the_panic_control_latches_the_box_outside(qtbot, real_controller, box):
    now = [0.0]
    button = PanicButton(real_controller, clock=lambda: now[0])
    banner = AlarmBanner(real_controller)
    qtbot.addWidget(button)
    qtbot.addWidget(banner)
    button.show()
    wait_protected(qtbot, real_controller)
    qtbot.mousePress(button, Qt.MouseButton.LeftButton, pos=QPoint(16, 16))
    now[0] = 1000.0
    qtbot.waitUntil(lambda: box.alarm_id is not None, timeout=WAIT_MS)
    qtbot.mouseRelease(button, Qt.MouseButton.LeftButton, pos=QPoint(16, 16))
    assert box.light_on or box.state != "IDLE"
    qtbot.waitUntil(lambda: banner.look is Look.DISCREET_SENT, timeout=WAIT_MS)
    assert real_controller.status["alarm"]["source"] == "UI"


def test_a_killed_service_is_a_fault_and_is_started_again(qtbot, real_controller):
    banner = AlarmBanner(real_controller)
    qtbot.addWidget(banner)
    wait_protected(qtbot, real_controller)
    pid = int(real_controller.status["service_pid"])
    with qtbot.waitSignal(real_controller.service_lost, timeout=WAIT_MS):
        os.kill(pid, signal.SIGKILL)  # the service this test's controller started
    assert banner.look is Look.FAULT
    assert banner.headline_text() == "Room not protected"
    qtbot.waitUntil(lambda: real_controller.available, timeout=WAIT_MS)
    assert int(real_controller.status["service_pid"]) != pid
    assert real_controller.restart_count == 1
    wait_protected(qtbot, real_controller)
