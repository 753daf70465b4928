"""What arrives from the wire, without a broker: valid payloads to spoil, a board to feed, and a
room station's bridge on a fake link (the bridge's own worker thread, no paho, no Mosquitto)."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tjdesk.alarm.network.bridge import NetworkBridge
from tjdesk.alarm.network.identity import StationIdentity

from .netkit import wait_until

SITE = "shelter-a"
STATE_TOPIC = f"tjdesk/v1/{SITE}/room/room-1/state"
EVENT_TOPIC = f"tjdesk/v1/{SITE}/room/room-1/event"
COMMAND_TOPIC = f"tjdesk/v1/{SITE}/room/room-1/command"


def presence_topic(station: str) -> str:
    return f"tjdesk/v1/{SITE}/station/{station}/presence"


def state(**changes: Any) -> dict[str, Any]:
    """A room station's valid state, as PROTOCOL-ALARMNET.md shows it."""
    return {
        "state": "alarm",
        "room_name": "Counseling room 1",
        "alarm_id": "37.1",
        "since": "2026-12-03T07:00:00Z",
        "acknowledged_by": None,
        "faults": [],
        "seq": 412,
        "station": "room-pc-1",
        "journal": "j-1",
        **changes,
    }


def event(**changes: Any) -> dict[str, Any]:
    return {
        "id": "0b5c1a9e-1f0e-4a57-9b7e-3c4d5e6f7a8b",
        "event": "alarm",
        "room_name": "Counseling room 1",
        "alarm_id": "37.1",
        "at": "2026-12-03T07:00:00Z",
        "by": None,
        "seq": 412,
        "station": "room-pc-1",
        "journal": "j-1",
        **changes,
    }


def presence(**changes: Any) -> dict[str, Any]:
    return {
        "online": True,
        "kind": "desk",
        "name": "Front desk",
        "rooms": [],
        "version": "0.2.0",
        "at": "2026-12-03T07:00:00Z",
        **changes,
    }


def command(**changes: Any) -> dict[str, Any]:
    return {
        "id": "c-1",
        "cmd": "acknowledge",
        "alarm_id": "37.1",
        "by": "Nok",
        "station": "desk-a",
        "at": "2026-12-03T07:00:01Z",
        **changes,
    }


def raw(payload: dict[str, Any] | bytes) -> bytes:
    return payload if isinstance(payload, bytes) else json.dumps(payload).encode()


def station_folder(
    folder: Path, station: str = "room-pc-1", kind: str = "room", rooms: tuple[str, ...] = ()
) -> Path:
    """A station folder as ``load_identity`` checks it (the certificates are never opened:
    the link is fake)."""
    folder.mkdir(parents=True, exist_ok=True)
    rooms = rooms or (("room-1",) if kind == "room" else ())
    data = {
        "site": SITE,
        "station": station,
        "kind": kind,
        "rooms": list(rooms),
        "name": "Counseling room 1" if kind == "room" else "Front desk",
        "broker_host": "broker.shelter",
        "broker_port": 8883,
    }
    (folder / "station.json").write_text(json.dumps(data), encoding="utf-8")
    for name in ("ca.crt", "station.crt", "station.key"):
        (folder / name).write_text("not used\n", encoding="ascii")
    os.chmod(folder / "station.key", 0o600)
    return folder


class Published:
    def __init__(self, mid: int) -> None:
        self.mid = mid

    def wait_for_publish(self, timeout: float | None = None) -> None:
        return None


class FakeLink:
    """Stands for StationLink: records what the bridge publishes and hands it messages."""

    def __init__(self, identity: StationIdentity, **hooks: Any) -> None:
        self.identity = identity
        self.hooks = hooks
        self.connected = False
        self.published: list[tuple[str, dict[str, Any] | bytes, bool]] = []
        self.subscribed: list[str] = []
        self._mid = 0

    def start(self) -> None:
        self.connected = True
        self.hooks["on_connected"]()

    def stop(self) -> None:
        self.connected = False

    def subscribe(self, topics: list[str]) -> None:
        self.subscribed.extend(topics)

    def publish(self, topic: str, data: bytes, *, retain: bool) -> Published:
        try:
            payload: dict[str, Any] | bytes = json.loads(data)
        except ValueError:
            payload = data
        self.published.append((topic, payload, retain))
        self._mid += 1
        return Published(self._mid)

    def deliver(self, topic: str, payload: dict[str, Any] | bytes) -> None:
        self.hooks["on_message"](topic, raw(payload))

    def drop(self, why: str = "broker gone") -> None:
        self.connected = False
        self.hooks["on_disconnected"](why)

    def back(self) -> None:
        self.connected = True
        self.hooks["on_connected"]()


class RoomService:
    """The alarm service's side, as a room station's: one alarm, "37.1", until answered."""

    def __init__(self) -> None:
        self.status: dict[str, Any] = {
            "state": "alarm",
            "room": "Counseling room 1",
            "alarm": {"id": "37.1", "at": "2026-12-03T07:00:00+00:00", "acknowledged_by": None},
            "devices": [{"connected": True, "faults": []}],
        }
        self.journal_id = "j-1"
        self.last_seq = 412
        self.answers: list[tuple[str, str]] = []
        self.announced: list[dict[str, Any]] = []
        self._lock = threading.Lock()

    def network_room(self) -> tuple[dict[str, Any], str, int]:
        return self.status, self.journal_id, self.last_seq

    def network_acknowledge(self, alarm_id: str, by: str) -> bool:
        alarm = self.status.get("alarm")
        if not alarm or alarm["id"] != alarm_id or self.status["state"] != "alarm":
            return False
        self.answers.append((alarm_id, by))
        self.status["state"] = "acknowledged"
        alarm["acknowledged_by"] = by
        return True

    def announce(self, entry: dict[str, Any]) -> None:
        with self._lock:
            self.announced.append(entry)

    def shown(self, kind: str) -> list[dict[str, Any]]:
        with self._lock:
            return [e for e in self.announced if e.get("event") == kind]


class Joined:
    """A station joined through a fake link; ``link`` is what it published and receives."""

    def __init__(self, folder: Path, state_dir: Path | None = None) -> None:
        self.service = RoomService()
        self.links: list[FakeLink] = []
        self.bridge = NetworkBridge(
            folder, self.service, state_dir=state_dir, link_factory=self._factory
        )

    def _factory(self, identity: StationIdentity, **hooks: Any) -> FakeLink:
        link = FakeLink(identity, **hooks)
        self.links.append(link)
        return link

    @property
    def link(self) -> FakeLink:
        return self.links[-1]

    def start(self) -> Joined:
        self.bridge.start()
        wait_until(lambda: self.bridge.status()["connected"] is True)
        return self

    def stop(self) -> None:
        self.bridge.stop()

    @property
    def net(self) -> dict[str, Any]:
        return self.bridge.status()

    def wait(self, predicate: Callable[[], bool]) -> None:
        wait_until(predicate, timeout=5.0)
