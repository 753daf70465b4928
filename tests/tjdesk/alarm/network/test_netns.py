"""A desk whose network cable is cut (a veth pair into a network namespace, not a killed
process): it says so on its own screens, the room sees one desk fewer (Last Will), and once
the cable is back the desk shows the alarm raised meanwhile."""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hardware.sim.pty_sims import PanicBoxSimulator
from tests.helpers.needs import missing

from .netkit import MOSQUITTO, Site, Station, wait_until

REPO = Path(__file__).resolve().parents[4]


def _ip(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["ip", *args], capture_output=True, text=True, check=False)


class Namespace:
    def __init__(self) -> None:
        tag = os.getpid() % 200 + 20
        self.name = f"tjnet{os.getpid()}"
        self.host_if, self.ns_if = f"tjh{os.getpid()}"[:15], f"tjn{os.getpid()}"[:15]
        self.host_ip, self.ns_ip = f"10.213.{tag}.1", f"10.213.{tag}.2"

    def create(self) -> None:
        steps = [
            ("netns", "add", self.name),
            ("link", "add", self.host_if, "type", "veth", "peer", "name", self.ns_if),
            ("link", "set", self.ns_if, "netns", self.name),
            ("addr", "add", f"{self.host_ip}/30", "dev", self.host_if),
            ("link", "set", self.host_if, "up"),
            ("-n", self.name, "addr", "add", f"{self.ns_ip}/30", "dev", self.ns_if),
            ("-n", self.name, "link", "set", self.ns_if, "up"),
            ("-n", self.name, "link", "set", "lo", "up"),
        ]
        for step in steps:
            done = _ip(*step)
            if done.returncode != 0:
                self.delete()
                missing(f"ip netns is not possible here: ip {' '.join(step)}: {done.stderr}")

    def cable(self, plugged: bool) -> None:
        assert _ip("link", "set", self.host_if, "up" if plugged else "down").returncode == 0

    def delete(self) -> None:
        _ip("link", "del", self.host_if)
        _ip("netns", "del", self.name)


@pytest.fixture
def namespace() -> Iterator[Namespace]:
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("ip") is None:
        missing("network namespaces need root and iproute2 (ip netns)")
    ns = Namespace()
    ns.create()
    try:
        yield ns
    finally:
        ns.delete()


class DeskProcess:
    """``tjdesk alarm serve --network`` inside the namespace; its JSON lines in a queue."""

    def __init__(self, ns: Namespace, alarm_dir: Path, station_dir: Path) -> None:
        self.lines: queue.Queue[dict[str, Any]] = queue.Queue()
        self.history: list[dict[str, Any]] = []
        command = [sys.executable, "-m", "ui.cli", "alarm", "serve"]
        command += ["--alarm-dir", str(alarm_dir), "--network", str(station_dir)]
        self.process = subprocess.Popen(
            ["ip", "netns", "exec", ns.name, *command],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            entry = json.loads(line)
            self.history.append(entry)
            self.lines.put(entry)

    def wait_for(self, timeout: float = 30.0, **match: Any) -> dict[str, Any]:
        while True:
            entry = self.lines.get(timeout=timeout)
            if all(entry.get(k) == v for k, v in match.items()):
                return entry

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(15)


@pytest.mark.skipif(MOSQUITTO is None, reason="needs mosquitto (apt-get install mosquitto)")
def test_a_desk_whose_cable_is_cut_says_so_and_catches_up_when_it_is_back(
    namespace: Namespace,
) -> None:
    site = Site(bind=None, hosts=(namespace.host_ip,))
    try:
        room_dir = site.add("room-pc-1", "room", ["room-1"])
        desk_dir = site.add("desk-c", "desk")
        description = json.loads((desk_dir / "station.json").read_text())
        description["broker_host"] = namespace.host_ip  # the broker as seen from the desk
        (desk_dir / "station.json").write_text(json.dumps(description))
        site.broker.start()
        with PanicBoxSimulator() as box:
            room = Station(site.root, "room", room_dir, [f"panicbox:{box.port}"], room="Room 1")
            room.start()
            desk = DeskProcess(namespace, site.root / "alarm-desk-c", desk_dir)
            try:
                desk.wait_for(event="network", connected=True)
                wait_until(lambda: room.net["desks_listening"] == 1, timeout=30)

                namespace.cable(False)
                lost = desk.wait_for(event="network", connected=False)
                assert lost["error"] == "The alarm network (broker %1) cannot be reached."
                wait_until(lambda: room.net["desks_listening"] == 0, timeout=30)  # Last Will

                box.press()
                assert box.wait_for(lambda: box.light_on)
                box.release()
                alarm = room.out.wait_for("alarm")

                namespace.cable(True)
                desk.wait_for(event="network", connected=True)
                desk.wait_for(event="room_event", room_event="alarm", alarm_id=alarm["id"])
                wait_until(lambda: room.net["desks_listening"] == 1, timeout=30)

                # The room's state may reach the desk just after its event (two topics): what
                # the desk ends up showing is the alarm, never an older "ready".
                def shown() -> tuple[str, str] | None:
                    states = [e for e in desk.history if e.get("event") == "room_state"]
                    return (states[-1]["room_id"], states[-1]["state"]) if states else None

                wait_until(lambda: shown() == ("room-1", "alarm"), timeout=30)
            finally:
                desk.stop()
                room.stop()
    finally:
        site.close()
