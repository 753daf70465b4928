"""The alarm service as its own process (`tjdesk alarm serve`), with the sim: driver and with
the PBL/1 box simulator on a pty: what an installer and the app rely on."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from hardware.sim.pty_sims import PanicBoxSimulator
from tjdesk.alarm.client import AlarmClient
from tjdesk.alarm.launcher import is_service_running

from .servicekit import ClientInbox, wait_in

ROOT = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="signals and ptys: Unix")


class ServiceProcess:
    def __init__(self, folder: Path, *devices: str, room: str = "Room 7") -> None:
        args = [sys.executable, "-m", "ui.cli", "alarm", "serve", "--alarm-dir", str(folder)]
        for device in devices:
            args += ["--device", device]
        args += ["--room", room]
        self.proc = subprocess.Popen(
            args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        self.lines: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self.stderr = ""
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(json.loads(line))
        self.lines.put(None)

    def wait_for(self, event: str, timeout: float = 15.0, **match: Any) -> dict[str, Any]:
        return wait_in(self.lines, event, timeout, **match)

    def terminate(self) -> int:
        self.proc.send_signal(signal.SIGTERM)
        code = self.proc.wait(timeout=15)
        assert self.proc.stderr is not None
        self.stderr = self.proc.stderr.read()
        return code

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=15)


def connect(folder: Path) -> tuple[AlarmClient, ClientInbox]:
    # The service opens its listener just after it logs service_started: ask until it answers.
    pause = threading.Event()
    for _ in range(200):
        if is_service_running(folder, timeout_s=1.0):
            break
        pause.wait(0.05)
    inbox = ClientInbox()
    client = AlarmClient(folder, on_event=inbox.on_event, on_disconnected=inbox.on_disconnected)
    client.connect(timeout_s=10.0)
    return client, inbox


def test_sim_service_end_to_end(tmp_path: Path) -> None:
    folder = tmp_path / "alarm"
    service = ServiceProcess(folder, "sim:desk")
    try:
        started = service.wait_for("service_started")
        assert started["devices"] == ["sim:desk"] and started["room"] == "Room 7"
        service.wait_for("connected", device="sim:desk")
        client, inbox = connect(folder)
        assert inbox.wait_for("status")["protected"] is True

        client.raise_alarm(source="UI")
        line = service.wait_for("alarm")
        assert line["source"] == "UI" and line["room"] == "Room 7" and line["test"] is False
        assert inbox.wait_for("alarm")["id"] == line["id"]

        # a second service on the same folder refuses and names the first
        second = subprocess.run(
            [
                sys.executable,
                "-m",
                "ui.cli",
                "alarm",
                "serve",
                "--alarm-dir",
                str(folder),
                "--device",
                "sim:other",
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert second.returncode == 1
        assert f"already running (process {service.proc.pid})" in second.stderr

        # `tjdesk alarm status` from a terminal sees the alarm
        status = subprocess.run(
            [sys.executable, "-m", "ui.cli", "alarm", "status", "--alarm-dir", str(folder)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert "State: alarm" in status.stdout and line["id"] in status.stdout

        assert service.terminate() == 0
        inbox.wait_disconnected(10)
        client.close()
    finally:
        service.kill()

    # after a restart the alarm is still on: nobody has reset it
    again = ServiceProcess(folder, "sim:desk")
    try:
        again.wait_for("service_started")
        client, inbox = connect(folder)
        status = inbox.wait_for("status")
        assert status["state"] == "alarm" and status["alarm"]["id"] == line["id"]
        client.reset("nok", "accidental", True)
        assert again.wait_for("reset")["reason"] == "accidental"
        client.close()
    finally:
        again.terminate()
        again.kill()


def test_panic_box_press_through_the_service_and_sigterm_leaves_it_latched(tmp_path: Path) -> None:
    folder = tmp_path / "alarm"
    with PanicBoxSimulator() as box:
        spec = f"panicbox:{box.port}"
        service = ServiceProcess(folder, spec)
        try:
            service.wait_for("connected", device=spec)
            client, inbox = connect(folder)
            inbox.wait_for("status")

            box.press()  # held until the box reports it: longer than its hold time
            line = service.wait_for("alarm")
            box.release()
            assert line["source"] == "BTN" and line["device"] == spec and line["test"] is False
            assert inbox.wait_for("alarm")["id"] == line["id"] == box.alarm_id
            # the service ACKed the box after logging the alarm
            assert box.wait_for(lambda: bool(box.host_sent("ACK")), timeout=10)
            # and gave it the site's hold time when it connected
            assert any(f[2].get("hold") == "500" for f in box.host_sent("CFG"))

            assert service.terminate() == 0
            client.close()
            # nothing turned off: the box is still latched and its light is on
            assert box.state == "ALARM" and box.alarm_id == line["id"]
            assert box.light_on or box.wait_for(lambda: box.light_on, timeout=5)
            assert not box.host_sent("RESET")
            assert not [f for f in box.host_sent("OUT") if f[2].get("light") == "OFF"]
        finally:
            service.kill()


def test_drill_from_the_command_line_with_sim(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ui.cli",
            "alarm",
            "test",
            "--device",
            "sim:drill",
            "--seconds",
            "20",
            "--alarm-dir",
            str(tmp_path / "alarm"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "logged as a test" in result.stdout
    journal = [
        json.loads(x) for x in (tmp_path / "alarm" / "journal.jsonl").read_text().splitlines()
    ]
    events = [e["event"] for e in journal]
    assert "test_press" in events and "alarm" not in events
    assert os.stat(tmp_path / "alarm" / "authkey").st_mode & 0o777 == 0o600
