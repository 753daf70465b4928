"""alarm.json checks, the socket path, and starting the service detached from the app."""

from __future__ import annotations

import json
import os
import signal
import threading
from pathlib import Path

import pytest

from tjdesk.alarm import paths
from tjdesk.alarm.client import AlarmClient
from tjdesk.alarm.config import AlarmConfig, config_from_dict, load_config, save_config
from tjdesk.alarm.launcher import ensure_service_running, is_service_running
from tjdesk.alarm.single_instance import read_pid
from tjdesk.errors import DeviceSpecError, InvalidInput

from .servicekit import ClientInbox


def test_defaults_when_there_is_no_file(tmp_path: Path) -> None:
    config = load_config(tmp_path)
    assert config.devices == () and config.silent is True
    assert (config.escalate_after_s, config.escalate_second_s, config.pbl1_hold_ms) == (
        30,
        120,
        500,
    )


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    config = AlarmConfig(
        devices=("sim:a", "lcus:/dev/ttyUSB0?channel=2"),
        room="Room 2",
        escalate_after_s=20,
        escalate_second_s=90,
        silent=False,
        pbl1_hold_ms=0,
    )
    save_config(tmp_path, config)
    assert load_config(tmp_path) == config
    assert json.loads(paths.config_path(tmp_path).read_text())["version"] == 1


@pytest.mark.parametrize(
    ("data", "error", "says"),
    [
        ({"devices": ["warp:1"]}, DeviceSpecError, "warp"),
        ({"devices": "sim:"}, InvalidInput, "list"),
        ({"devices": ["sim:", "sim:"]}, InvalidInput, "twice"),
        ({"escalate_after_s": 2}, InvalidInput, "from 5 to 600"),
        ({"escalate_after_s": True}, InvalidInput, "escalate_after_s"),
        ({"escalate_after_s": 60, "escalate_second_s": 60}, InvalidInput, "after the first"),
        ({"pbl1_hold_ms": 5000}, InvalidInput, "pbl1_hold_ms"),
        ({"silent": "yes"}, InvalidInput, "true or false"),
        ({"room": "x" * 61}, InvalidInput, "60"),
        ([], InvalidInput, "object"),
    ],
)
def test_bad_settings_are_refused_with_a_clear_message(data, error, says) -> None:
    with pytest.raises(error) as refused:
        config_from_dict(data)
    assert says in str(refused.value)


def test_bad_json_names_the_line(tmp_path: Path) -> None:
    paths.config_path(tmp_path).write_text('{\n "room": "A",\n}')
    with pytest.raises(InvalidInput, match="line 3"):
        load_config(tmp_path)


def test_a_deep_folder_still_gets_a_usable_socket(tmp_path: Path) -> None:
    deep = tmp_path / ("d" * 90) / "alarm"
    address = paths.listener_address(deep)
    assert len(address.encode()) <= 100
    assert address == paths.listener_address(deep)  # stable: clients find it again


def test_launcher_starts_a_detached_service_once(tmp_path: Path) -> None:
    folder = tmp_path / "alarm"
    assert not is_service_running(folder)
    try:
        ensure_service_running(folder, timeout_s=30)
        assert is_service_running(folder)
        first = read_pid(paths.lock_path(folder))
        ensure_service_running(folder)  # already running: nothing new starts
        assert read_pid(paths.lock_path(folder)) == first

        inbox = ClientInbox()
        client = AlarmClient(folder, on_event=inbox.on_event, on_disconnected=inbox.on_disconnected)
        client.connect()
        status = inbox.wait_for("status")
        assert status["service_pid"] == first and status["protected"] is False  # no devices
        client.stop_service("nok")
        assert inbox.wait_for("service_stopped", timeout=10)["by"] == "nok"
        inbox.wait_disconnected(10)
        client.close()
        gone = threading.Event()
        for _ in range(100):
            if not is_service_running(folder, timeout_s=0.2):
                break
            gone.wait(0.05)
        assert not is_service_running(folder)
    finally:
        pid = read_pid(paths.lock_path(folder))
        if pid:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
