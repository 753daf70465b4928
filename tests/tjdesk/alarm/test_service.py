"""The alarm service in this process with fake drivers: clients, stdout lines, the lock,
stopping without turning anything off, settings."""

from __future__ import annotations

import json
import os
import threading
from multiprocessing import AuthenticationError
from multiprocessing.connection import Client
from pathlib import Path

import pytest

from hardware.base import EventKind, Light
from tjdesk.alarm import paths
from tjdesk.alarm.client import AlarmClient, AlarmServiceUnavailable
from tjdesk.alarm.service import AlarmService
from tjdesk.alarm.single_instance import AlarmServiceRunning
from tjdesk.errors import TJDeskError

from .servicekit import ClientInbox, DriverShop, LineSink

SPEC = "sim:room1"
BOX = "panicbox:/dev/ttyFAKE0"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "alarm"


@pytest.fixture
def shop() -> DriverShop:
    return DriverShop(latches={BOX})


@pytest.fixture
def service(folder, shop):
    out = LineSink()
    svc = AlarmService(folder, devices=[SPEC, BOX], room="Room 1", driver_factory=shop, out=out)
    svc.out = out  # type: ignore[attr-defined]
    svc.start()
    yield svc
    svc.stop()


def connect(folder: Path) -> tuple[AlarmClient, ClientInbox]:
    inbox = ClientInbox()
    client = AlarmClient(folder, on_event=inbox.on_event, on_disconnected=inbox.on_disconnected)
    client.connect(timeout_s=5.0)
    # the service greets each client with its status once it is registered for events
    inbox.first_status = inbox.wait_for("status")
    return client, inbox


def test_press_reaches_stdout_and_every_client(service, folder, shop):
    first, inbox1 = connect(folder)
    second, inbox2 = connect(folder)
    try:
        shop.made[SPEC].press()
        line = service.out.wait_for("alarm")
        assert line["source"] == "BTN" and line["device"] == SPEC and line["room"] == "Room 1"
        assert inbox1.wait_for("alarm")["id"] == line["id"]
        assert inbox2.wait_for("alarm")["id"] == line["id"]
        assert shop.made[BOX].light is Light.FLASH  # the other device's light, commanded
        first.acknowledge("nok")
        assert inbox2.wait_for("acknowledged")["by"] == "nok"
        status = inbox2.wait_for("status", state="acknowledged")
        assert status["alarm"]["acknowledged_by"] == "nok"
        assert status["service_pid"] == os.getpid()
    finally:
        first.close()
        second.close()


def test_on_screen_raise_from_a_client(service, folder, shop):
    client, inbox = connect(folder)
    try:
        client.raise_alarm(source="HOTKEY")
        alarm = inbox.wait_for("alarm")
        assert alarm["source"] == "HOTKEY"
        assert shop.made[BOX].latched_id == alarm["id"]  # the box latched on RAISE
        assert shop.made[SPEC].light is Light.FLASH
    finally:
        client.close()


def test_refused_commands_come_back_as_errors_and_change_nothing(service, folder, shop):
    client, inbox = connect(folder)
    try:
        shop.made[SPEC].press()
        inbox.wait_for("alarm")
        client.reset("", "real", True)
        error = inbox.wait_for("error")
        assert error["request"] == "reset" and "signed-in" in error["message"]
        client.reset("nok", "accidental", False)
        assert "check on the room" in inbox.wait_for("error")["message"]
        client.start_drill("nok", "ten")
        assert inbox.wait_for("error")["request"] == "start_drill"
        client.request_status()
        assert inbox.wait_for("status")["state"] == "alarm"
        assert shop.made[SPEC].light is Light.FLASH
        client.reset("nok", "accidental", True)
        assert inbox.wait_for("reset")["reason"] == "accidental"
    finally:
        client.close()


def test_drill_through_the_service(service, folder, shop):
    client, inbox = connect(folder)
    try:
        client.start_drill("nok", 60)
        inbox.wait_for("test_started")
        shop.made[SPEC].press()
        press = inbox.wait_for("test_press")
        assert press["device"] == SPEC
        assert shop.made[SPEC].light is Light.FLASH_TEST
        client.stop_drill("nok")
        inbox.wait_for("test_ended")
        status = inbox.wait_for("status", state="ready")
        assert status["last_drill_at"] == press["at"]
    finally:
        client.close()


def test_a_second_service_refuses_and_names_the_first(service, folder):
    second = AlarmService(folder, devices=[SPEC], driver_factory=DriverShop(), out=LineSink())
    with pytest.raises(AlarmServiceRunning) as refused:
        second.start()
    assert str(os.getpid()) in str(refused.value)
    # the first still serves
    client, inbox = connect(folder)
    client.close()


def test_a_client_without_the_key_is_refused(service, folder):
    with pytest.raises(AuthenticationError):
        Client(paths.listener_address(folder), family=paths.listener_family(), authkey=b"x" * 64)
    client, inbox = connect(folder)
    assert inbox.first_status["room"] == "Room 1"
    client.close()


def test_authkey_is_private(service, folder):
    assert (paths.authkey_path(folder).stat().st_mode & 0o777) == 0o600


def test_stop_turns_nothing_off_and_a_restart_restores_the_alarm(folder, shop):
    out = LineSink()
    svc = AlarmService(folder, devices=[SPEC, BOX], driver_factory=shop, out=out)
    svc.start()
    client, inbox = connect(folder)
    shop.made[BOX].press()
    alarm = out.wait_for("alarm")
    svc.stop()
    assert inbox.wait_for("service_stopped")
    inbox.wait_disconnected()
    assert client.connected is False
    client.close()
    # nothing was turned off: no OFF after the alarm, box still latched
    assert shop.made[BOX].latched_id == alarm["id"]
    assert shop.made[SPEC].light is Light.FLASH
    assert ("set_light", Light.OFF) not in shop.made[SPEC].commands

    shop2 = DriverShop(latches={BOX})
    out2 = LineSink()
    again = AlarmService(folder, devices=[SPEC, BOX], driver_factory=shop2, out=out2)
    again.start()
    try:
        assert again.engine.active_alarm_id == alarm["id"]
        assert shop2.made[SPEC].light is Light.FLASH  # put back on after the restart
        again.engine.reset("nok", "real", True)
        assert ("reset", alarm["id"]) in shop2.made[BOX].commands
    finally:
        again.stop()


def test_stop_service_from_a_client(folder, shop):
    svc = AlarmService(folder, devices=[SPEC], driver_factory=shop, out=LineSink())
    svc.start()
    client, inbox = connect(folder)
    client.stop_service("nok")
    # run_until_stopped is not running here: the request is what the main loop waits on
    assert svc._stop.wait(5)
    svc.stop(svc._stop_by)
    assert inbox.wait_for("service_stopped")["by"] == "nok"
    client.close()
    with pytest.raises(AlarmServiceUnavailable):
        connect(folder)


def test_stop_is_refused_while_an_alarm_is_open(folder, shop):
    """Issue 17, item 2: stopping during a live alarm took it off every screen."""
    svc = AlarmService(folder, devices=[SPEC], driver_factory=shop, out=LineSink(), room="Room 3")
    svc.start()
    client, inbox = connect(folder)
    try:
        shop.made[SPEC].press()
        alarm = inbox.wait_for("alarm")
        client.stop_service("nok")
        error = inbox.wait_for("error")
        assert error["request"] == "stop_service"
        assert "cannot be stopped" in error["text"] and "Room 3" in error["text"]
        assert not svc._stop.is_set()
        client.acknowledge("nok")
        inbox.wait_for("acknowledged")
        client.stop_service("nok")
        assert inbox.wait_for("error")["request"] == "stop_service"  # acknowledged: still open
        client.reset("nok", "accidental", True)
        assert inbox.wait_for("reset")["id"] == alarm["id"]
        client.stop_service("nok")
        assert svc._stop.wait(5)  # reset: now it may stop
    finally:
        client.close()
        svc.stop(svc._stop_by)


def test_faults_reach_clients(service, folder, shop):
    client, inbox = connect(folder)
    try:
        shop.made[SPEC].emit(EventKind.CONNECTED)
        shop.made[BOX].emit(EventKind.CONNECTED)
        assert inbox.wait_for("status", protected=True)
        shop.made[BOX].emit(EventKind.DISCONNECTED)
        fault = inbox.wait_for("fault")
        assert fault == fault | {"device": BOX, "code": "DEVICE_LOST"}
        assert inbox.wait_for("status", protected=False)
    finally:
        client.close()


def test_bad_settings_file_refuses_to_start(folder):
    folder.mkdir(parents=True)
    paths.config_path(folder).write_text(json.dumps({"devices": ["nonsense:x"]}))
    svc = AlarmService(folder, driver_factory=DriverShop(), out=LineSink())
    with pytest.raises(TJDeskError) as refused:
        svc.start()
    assert "nonsense" in str(refused.value)
    assert not paths.journal_path(folder).exists()


def test_reload_config_applies_settings_and_refuses_bad_ones(folder, shop):
    folder.mkdir(parents=True)
    paths.config_path(folder).write_text(json.dumps({"devices": [SPEC], "room": "A"}))
    svc = AlarmService(folder, driver_factory=shop, out=LineSink())
    svc.start()
    client, inbox = connect(folder)
    try:
        assert inbox.first_status["room"] == "A"
        paths.config_path(folder).write_text(
            json.dumps({"devices": [SPEC, BOX], "room": "B", "silent": False})
        )
        client.reload_config()
        inbox.wait_for("config_reloaded")
        status = inbox.wait_for("status", room="B")
        assert [d["spec"] for d in status["devices"]] == [SPEC, BOX] and status["silent"] is False
        paths.config_path(folder).write_text(json.dumps({"escalate_after_s": -3}))
        client.reload_config()
        assert "escalate_after_s" in inbox.wait_for("error", request="reload_config")["text"]
        client.request_status()
        assert inbox.wait_for("status")["room"] == "B"
    finally:
        client.close()
        svc.stop()


class BlockedStdout:
    """A stdout whose reader went away without closing it: every write hangs."""

    def __init__(self) -> None:
        self.release = threading.Event()

    def write(self, text: str) -> int:
        self.release.wait(30)
        return len(text)

    def flush(self) -> None:
        pass


def test_a_stuck_stdout_never_holds_up_the_clients(folder, shop):
    out = BlockedStdout()
    svc = AlarmService(folder, devices=[SPEC], driver_factory=shop, out=out)
    svc.start()
    client, inbox = connect(folder)
    try:
        shop.made[SPEC].press()
        assert inbox.wait_for("alarm")["device"] == SPEC
    finally:
        client.close()
        out.release.set()
        svc.stop()


def test_a_failing_disk_still_announces_the_alarm(service, folder, shop, monkeypatch):
    client, inbox = connect(folder)
    try:

        def disk_full(entry):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(service._journal, "append", disk_full)
        shop.made[SPEC].press()
        alarm = inbox.wait_for("alarm")
        assert alarm["journal_failed"] is True
        assert inbox.wait_for("status", state="alarm")["journal_ok"] is False
        assert shop.made[SPEC].light is Light.FLASH
    finally:
        client.close()


def test_the_same_client_reconnects_after_a_service_restart(folder, shop):
    svc = AlarmService(folder, devices=[SPEC], driver_factory=shop, out=LineSink())
    svc.start()
    client, inbox = connect(folder)
    svc.stop()
    inbox.wait_disconnected()
    again = AlarmService(folder, devices=[SPEC], driver_factory=DriverShop(), out=LineSink())
    again.start()
    try:
        client.connect(timeout_s=5)
        assert client.connected
        client.request_status()
        assert inbox.wait_for("status")["service_pid"] == os.getpid()
    finally:
        client.close()
        again.stop()


def test_a_device_whose_driver_fails_is_a_fault_and_the_others_still_work(folder):
    shop = DriverShop()

    def factory(spec):
        if spec == BOX:
            raise RuntimeError("driver library missing")
        return shop(spec)

    svc = AlarmService(folder, devices=[SPEC, BOX], driver_factory=factory, out=LineSink())
    svc.start()
    client, inbox = connect(folder)
    try:
        box = next(d for d in inbox.first_status["devices"] if d["spec"] == BOX)
        assert box["connected"] is False and box["faults"] == ["DEVICE_LOST"]
        assert inbox.first_status["protected"] is False
        shop.made[SPEC].press()
        assert inbox.wait_for("alarm")["device"] == SPEC
    finally:
        client.close()
        svc.stop()
