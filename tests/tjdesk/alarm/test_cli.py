"""`tjdesk alarm test|status|stop` against a service running in this process."""

from __future__ import annotations

import getpass
import threading
from pathlib import Path

import pytest

from tjdesk.alarm.service import AlarmService
from ui.cli import main

from .servicekit import DriverShop, LineSink

SPEC = "sim:desk"


@pytest.fixture
def running(tmp_path: Path):
    shop = DriverShop()
    out = LineSink()
    service = AlarmService(
        tmp_path / "alarm", devices=[SPEC], room="Room 3", driver_factory=shop, out=out
    )
    service.start()
    yield service, shop, out
    service.stop()


def run_cli(argv: list[str]) -> tuple[threading.Thread, list[int]]:
    code: list[int] = []
    thread = threading.Thread(target=lambda: code.append(main(argv)), daemon=True)
    thread.start()
    return thread, code


def test_alarm_test_runs_a_drill_through_the_running_service(running, tmp_path, capsys):
    service, shop, out = running
    from hardware.base import EventKind

    shop.made[SPEC].emit(EventKind.CONNECTED)
    thread, code = run_cli(
        [
            "alarm",
            "test",
            "--device",
            SPEC,
            "--seconds",
            "30",
            "--alarm-dir",
            str(tmp_path / "alarm"),
        ]
    )
    out.wait_for("test_started")
    shop.made[SPEC].press()
    thread.join(30)
    assert code == [0]
    printed = capsys.readouterr().out
    assert "logged as a test" in printed and "Connected: yes" in printed
    out.wait_for("test_ended")
    assert service.engine.state.value == "ready"


def test_alarm_test_refuses_a_device_the_service_does_not_serve(running, tmp_path, capsys):
    code = main(["alarm", "test", "--device", "sim:other", "--alarm-dir", str(tmp_path / "alarm")])
    assert code == 1
    assert "does not serve sim:other" in capsys.readouterr().err


def test_status_says_unprotected_and_stop_stops(running, tmp_path, capsys):
    service, shop, out = running
    folder = str(tmp_path / "alarm")
    assert main(["alarm", "status", "--alarm-dir", folder]) == 2  # the device never connected
    printed = capsys.readouterr().out
    assert "Protected: NO" in printed and "Room: Room 3" in printed
    # A station whose vault never exported a staff roster takes an unsigned stop (with a
    # roster, `--user` must sign in: tests/verify/test_alarm_commands.py).
    thread, code = run_cli(["alarm", "stop", "--alarm-dir", folder])
    assert service._stop.wait(10)  # what run_until_stopped waits on
    service.stop(service._stop_by)
    thread.join(15)
    assert code == [0]
    assert "NOT protected" in capsys.readouterr().out
    assert out.wait_for("service_stopped")["by"] == getpass.getuser()


def test_status_when_nothing_runs(tmp_path, capsys):
    assert main(["alarm", "status", "--alarm-dir", str(tmp_path / "none")]) == 1
    assert "not running" in capsys.readouterr().err
