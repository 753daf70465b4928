"""A stand-in for the alarm service and its client, with the API of tjdesk.alarm.client.

The fake service keeps the same state machine the contract describes (ready, alarm,
acknowledged, test) and answers every command with the contract's events. Each client hears
its events on its own receiver thread, as the real client does, so the controller's queued
forwarding to the GUI thread is exercised for real.
"""

from __future__ import annotations

import queue
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from tjdesk.errors import TJDeskError


def now_iso(offset_s: float = 0) -> str:
    moment = datetime.now(UTC) + timedelta(seconds=offset_s)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


class FakeAlarmService:
    def __init__(self, room: str = "Counseling room 1", devices: tuple[str, ...] = ("sim:",)):
        self.lock = threading.RLock()
        self.running = False
        self.starts = 0
        self.room = room
        self.silent = True
        self.state = "ready"
        self.alarm: dict[str, Any] | None = None
        self.drill_until: str | None = None
        self.last_drill_at: str | None = now_iso(-86400)
        self.devices = {
            spec: {
                "spec": spec,
                "driver": spec.split(":")[0],
                "connected": True,
                "faults": [],
                "last_heartbeat_age_s": 0.4,
                "light": "OFF",
                "confirmed": True,
                "port": None,
                "usb_id": None,
                "hint": "",
            }
            for spec in devices
        }
        self.clients: list[FakeAlarmClient] = []
        self.commands: list[tuple[str, tuple[Any, ...]]] = []
        self.next_id = 1
        self.refuse_start = False

    # the launcher
    def ensure_running(self, alarm_dir: Path) -> None:
        with self.lock:
            if self.refuse_start:
                raise TJDeskError("The alarm service could not be started.")
            if not self.running:
                self.running = True
                self.starts += 1

    # things that happen in the room
    def press(self, source: str = "BTN") -> str:
        with self.lock:
            alarm_id = f"H.{self.next_id}"
            self.next_id += 1
            test = self.state == "test"
            if test:
                self.broadcast(
                    {"event": "test_press", "device": "sim:", "source": source, "at": now_iso()}
                )
                self.alarm = {
                    "id": alarm_id,
                    "source": source,
                    "device": "sim:",
                    "at": now_iso(),
                    "acknowledged_by": None,
                    "acknowledged_at": None,
                    "escalation": 0,
                    "test": True,
                }
                return alarm_id
            if self.state in ("alarm", "acknowledged"):
                return str(self.alarm["id"]) if self.alarm else alarm_id
            self.state = "alarm"
            self.alarm = {
                "id": alarm_id,
                "source": source,
                "device": "sim:",
                "at": now_iso(),
                "acknowledged_by": None,
                "acknowledged_at": None,
                "escalation": 0,
                "test": False,
            }
            self.broadcast(
                {
                    "event": "alarm",
                    "id": alarm_id,
                    "source": source,
                    "device": "sim:",
                    "room": self.room,
                    "at": now_iso(),
                    "test": False,
                }
            )
            return alarm_id

    def escalate(self, level: int) -> None:
        with self.lock:
            assert self.alarm is not None
            self.alarm["escalation"] = level
            self.broadcast(
                {"event": "escalated", "id": self.alarm["id"], "level": level, "at": now_iso()}
            )

    def set_fault(self, code: str, spec: str = "sim:") -> None:
        with self.lock:
            self.devices[spec]["faults"].append(code)
            if code == "DEVICE_LOST":
                self.devices[spec]["connected"] = False
            self.broadcast({"event": "fault", "device": spec, "code": code, "at": now_iso()})

    def clear_fault(self, code: str, spec: str = "sim:") -> None:
        with self.lock:
            self.devices[spec]["faults"].remove(code)
            self.devices[spec]["connected"] = True
            self.broadcast(
                {"event": "fault_cleared", "device": spec, "code": code, "at": now_iso()}
            )

    def crash(self) -> None:
        with self.lock:
            self.running = False
            clients, self.clients = self.clients, []
        for client in clients:
            client.drop()

    # what a client asks
    def command(self, client: FakeAlarmClient, name: str, *args: Any) -> None:
        with self.lock:
            self.commands.append((name, args))
            getattr(self, "_do_" + name)(client, *args)

    def _do_raise_alarm(self, client: FakeAlarmClient, source: str) -> None:
        self.press(source)

    def _do_acknowledge(self, client: FakeAlarmClient, user: str) -> None:
        if self.state != "alarm" or self.alarm is None:
            client.deliver(
                {
                    "event": "error",
                    "message": "There is no alarm to acknowledge.",
                    "request": "acknowledge",
                }
            )
            return
        self.state = "acknowledged"
        self.alarm["acknowledged_by"] = user
        self.alarm["acknowledged_at"] = now_iso()
        self.broadcast(
            {"event": "acknowledged", "id": self.alarm["id"], "by": user, "at": now_iso()}
        )

    def _do_reset(self, client: FakeAlarmClient, user: str, reason: str, checked: bool) -> None:
        if self.alarm is None or not checked:
            client.deliver(
                {"event": "error", "message": "There is no alarm to reset.", "request": "reset"}
            )
            return
        alarm_id = self.alarm["id"]
        self.state, self.alarm = "ready", None
        self.broadcast(
            {"event": "reset", "id": alarm_id, "by": user, "reason": reason, "at": now_iso()}
        )

    def _do_start_drill(self, client: FakeAlarmClient, user: str, seconds: int) -> None:
        self.state = "test"
        self.drill_until = now_iso(seconds)
        self.last_drill_at = now_iso()
        self.broadcast(
            {"event": "test_started", "until": self.drill_until, "by": user, "at": now_iso()}
        )

    def _do_stop_drill(self, client: FakeAlarmClient, user: str) -> None:
        self.state, self.drill_until, self.alarm = "ready", None, None
        self.broadcast({"event": "test_ended", "at": now_iso()})

    def _do_request_status(self, client: FakeAlarmClient) -> None:
        client.deliver(self.status())

    def _do_reload_config(self, client: FakeAlarmClient) -> None:
        client.deliver(self.status())

    def _do_stop_service(self, client: FakeAlarmClient, user: str) -> None:
        self.running = False
        clients, self.clients = self.clients, []
        for other in clients:
            other.drop()

    def status(self) -> dict[str, Any]:
        with self.lock:
            faults = any(d["faults"] or not d["connected"] for d in self.devices.values())
            return {
                "event": "status",
                "state": self.state,
                "protected": bool(self.devices) and not faults,
                "room": self.room,
                "silent": self.silent,
                "alarm": dict(self.alarm) if self.alarm else None,
                "devices": [dict(d, faults=list(d["faults"])) for d in self.devices.values()],
                "drill_until": self.drill_until,
                "last_drill_at": self.last_drill_at,
                "service_pid": 4242,
            }

    def broadcast(self, event: dict[str, Any]) -> None:
        for client in list(self.clients):
            client.deliver(event)


class FakeAlarmClient:
    """Same constructor and methods as tjdesk.alarm.client.AlarmClient."""

    def __init__(
        self, service: FakeAlarmService, alarm_dir: Path, on_event: Any, on_disconnected: Any
    ) -> None:
        self.service = service
        self.alarm_dir = alarm_dir
        self.on_event = on_event
        self.on_disconnected = on_disconnected
        self.inbox: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self.closed = False
        self.thread = threading.Thread(target=self._receive, name="fake-alarm-rx", daemon=True)

    def connect(self, timeout_s: float = 2.0) -> None:
        with self.service.lock:
            if not self.service.running:
                raise TJDeskError("The alarm is not running.")
            self.service.clients.append(self)
        self.thread.start()

    def close(self) -> None:
        self.closed = True
        with self.service.lock:
            if self in self.service.clients:
                self.service.clients.remove(self)
        self.inbox.put(None)

    def deliver(self, event: dict[str, Any]) -> None:
        self.inbox.put(dict(event))

    def drop(self) -> None:
        self.inbox.put({"__dropped__": True})

    def _receive(self) -> None:  # the client's receiver thread
        while True:
            event = self.inbox.get()
            if event is None or self.closed:
                return
            if event.get("__dropped__"):
                self.on_disconnected()
                return
            self.on_event(event)

    def _send(self, name: str, *args: Any) -> None:
        if not self.closed:
            self.service.command(self, name, *args)

    def raise_alarm(self, source: str = "UI") -> None:
        self._send("raise_alarm", source)

    def acknowledge(self, user: str) -> None:
        self._send("acknowledge", user)

    def reset(self, user: str, reason: str, room_checked: bool) -> None:
        self._send("reset", user, reason, room_checked)

    def start_drill(self, user: str, seconds: int) -> None:
        self._send("start_drill", user, seconds)

    def stop_drill(self, user: str) -> None:
        self._send("stop_drill", user)

    def request_status(self) -> None:
        self._send("request_status")

    def reload_config(self) -> None:
        self._send("reload_config")

    def stop_service(self, user: str) -> None:
        self._send("stop_service", user)
