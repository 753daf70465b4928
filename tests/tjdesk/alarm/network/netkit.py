"""A real Mosquitto, started from the files ``tjdesk network init`` wrote, on a free port;
stations (alarm services in this process) and a raw paho client for the tests."""

from __future__ import annotations

import contextlib
import os
import queue
import shutil
import socket
import ssl
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import paho.mqtt.client as mqtt
import pytest
from paho.mqtt.enums import CallbackAPIVersion, MQTTProtocolVersion

from tjdesk.alarm.network import site as site_files
from tjdesk.alarm.network.names import presence_topic
from tjdesk.alarm.service import AlarmService

from ..servicekit import LineSink

MOSQUITTO = shutil.which("mosquitto")
SITE = "shelter-a"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_until(predicate: Callable[[], bool], timeout: float = 10.0) -> None:
    """Like qtbot.waitUntil, for threads: re-check whenever a short wait ends."""
    deadline = time.monotonic() + timeout
    tick = threading.Event()
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        tick.wait(0.02)


class Broker:
    """Mosquitto as a child process; ``start`` returns once it says it is running."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.conf = site_files.SiteFiles(folder).conf
        self.process: subprocess.Popen[str] | None = None
        self.lines: list[str] = []
        self._running = threading.Event()

    def start(self) -> None:
        assert MOSQUITTO is not None
        self._running.clear()
        self.process = subprocess.Popen(
            [MOSQUITTO, "-c", str(self.conf)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        threading.Thread(target=self._read, args=(self.process,), daemon=True).start()
        if not self._running.wait(10):
            self.stop()
            raise AssertionError("mosquitto did not start:\n" + "\n".join(self.lines[-20:]))

    def _read(self, process: subprocess.Popen[str]) -> None:
        assert process.stderr is not None
        for line in process.stderr:
            self.lines.append(line.rstrip())
            if " running" in line:
                self._running.set()

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.terminate()  # SIGTERM: it saves its persistence file and exits
            process.wait(10)

    def restart(self) -> None:
        self.stop()
        self.start()


def reachable_folder(prefix: str = "tjdesk-net-") -> Path:
    """A new folder under /tmp that the broker's own user can reach (pytest's are root-only
    0700, and Mosquitto reads its files after dropping to the mosquitto user)."""
    folder = Path(tempfile.mkdtemp(prefix=prefix, dir="/tmp"))
    os.chmod(folder, 0o711)
    return folder


@pytest.fixture(name="tmp_path")
def reachable_tmp_path() -> Iterator[Path]:
    """Imported by a test module, this is its ``tmp_path``: a folder the broker can reach."""
    folder = reachable_folder()
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


class Site:
    """A site's broker folder under /tmp (the broker's own user must reach it: see
    reference/network.md), with its stations' folders beside it."""

    def __init__(self, bind: str | None = "127.0.0.1", hosts: tuple[str, ...] = ()) -> None:
        self.root = reachable_folder()
        self.port = free_port()
        self.folder = self.root / "broker"
        site_files.init_site(
            self.folder, SITE, ["127.0.0.1", "localhost", *hosts], self.port, bind=bind
        )
        self.broker = Broker(self.folder)

    def add(self, station: str, kind: str, rooms: list[str] | None = None) -> Path:
        out = self.root / station
        site_files.add_station(self.folder, station, kind, rooms or [], out, station)
        return out

    def close(self) -> None:
        self.broker.stop()
        shutil.rmtree(self.root, ignore_errors=True)


def nameless_certificate(site: Site, folder: Path) -> None:
    """Put into ``folder`` a certificate of the site's CA with no common name (made by hand,
    e.g. with openssl): TLS takes it, but the broker has no user name for it."""
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    from tjdesk.alarm.network import pki

    ca = pki.load_ca(site.folder / "ca.crt", site.folder / "ca.key")
    key = pki.new_key()
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "by hand")]))
        .issuer_name(ca.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False)
        .sign(ca.key, hashes.SHA256())
    )
    (folder / "station.crt").write_bytes(pki.cert_pem(cert))
    pki.write_private(folder / "station.key", pki.key_pem(key))


class Station:
    """An alarm service joined to the network, in this process; ``restart`` keeps its
    folders (journal, station identity)."""

    def __init__(
        self,
        root: Path,
        name: str,
        network: Path,
        devices: list[str] | None = None,
        room: str = "",
    ) -> None:
        self.alarm_dir = root / f"alarm-{name}"
        self.network = network
        self.devices = devices or []
        self.room = room
        self.out = LineSink()
        self.service: AlarmService | None = None
        self.history: list[dict[str, Any]] = []  # every line this station ever printed

    def start(self) -> None:
        self.out = _RecordingSink(self.history)
        self.service = AlarmService(
            self.alarm_dir,
            devices=self.devices,
            room=self.room or None,
            out=self.out,
            network=self.network,
        )
        self.service.start()

    def stop(self) -> None:
        service, self.service = self.service, None
        if service is not None:
            service.stop()

    def restart(self) -> None:
        self.stop()
        self.start()

    @property
    def status(self) -> dict[str, Any]:
        assert self.service is not None
        return self.service.status()

    @property
    def net(self) -> dict[str, Any]:
        return dict(self.status["network"])

    def room_state(self, room_id: str) -> dict[str, Any] | None:
        return next((r for r in self.net["rooms"] if r["room_id"] == room_id), None)

    def wait_connected(self, connected: bool = True, timeout: float = 15.0) -> None:
        wait_until(lambda: self.net["connected"] is connected, timeout)

    def wait_room(self, room_id: str, timeout: float = 15.0, **match: Any) -> dict[str, Any]:
        found: dict[str, Any] = {}

        def matches() -> bool:
            state = self.room_state(room_id)
            if state is not None and all(state.get(k) == v for k, v in match.items()):
                found.update(state)
                return True
            return False

        wait_until(matches, timeout)
        return found

    def acknowledge_room(self, room_id: str, alarm_id: str, user: str) -> None:
        from tjdesk.alarm.service import _COMMANDS

        assert self.service is not None
        _COMMANDS["acknowledge_room"](
            self.service, {"room_id": room_id, "alarm_id": alarm_id, "user": user}
        )

    def room_events(self, kind: str) -> list[dict[str, Any]]:
        return [
            e for e in self.history if e.get("event") == "room_event" and e["room_event"] == kind
        ]


class _RecordingSink(LineSink):
    def __init__(self, history: list[dict[str, Any]]) -> None:
        super().__init__()
        self.history = history

    def write(self, text: str) -> int:
        import json

        for line in text.splitlines():
            entry = json.loads(line)
            self.history.append(entry)
            self.lines.put(entry)
        return len(text)


class RawClient:
    """A bare paho client with a station's certificate: to forge, spy and break things."""

    def __init__(self, site: Site, station_dir: Path, client_id: str) -> None:
        self.messages: queue.Queue[tuple[str, bytes]] = queue.Queue()
        self.whole: queue.Queue[mqtt.MQTTMessage] = queue.Queue()  # with QoS and retain flag
        self.subscribed = threading.Event()
        self.connected = threading.Event()
        client = mqtt.Client(
            CallbackAPIVersion.VERSION2, client_id=client_id, protocol=MQTTProtocolVersion.MQTTv5
        )
        client.tls_set(
            ca_certs=str(station_dir / "ca.crt"),
            certfile=str(station_dir / "station.crt"),
            keyfile=str(station_dir / "station.key"),
            tls_version=ssl.PROTOCOL_TLS_CLIENT,
        )
        client.on_connect = lambda c, u, f, rc, p: self.connected.set()
        client.on_subscribe = lambda c, u, mid, rcs, p: self.subscribed.set()
        self.log: list[tuple[str, bytes]] = []  # everything received, in order
        client.on_message = lambda c, u, m: self._received(m)
        self.client = client
        client.connect("127.0.0.1", site.port, keepalive=4)
        client.loop_start()
        assert self.connected.wait(10)

    def _received(self, message: mqtt.MQTTMessage) -> None:
        topic, payload = message.topic, bytes(message.payload)
        self.log.append((topic, payload))
        self.messages.put((topic, payload))
        self.whole.put(message)

    def subscribe(self, topic: str, qos: int = 1) -> None:
        """At ``qos=2`` each message arrives at the QoS it was sent with."""
        self.subscribed.clear()
        self.client.subscribe(topic, qos=qos)
        assert self.subscribed.wait(10)

    def next_message(self, topic: str, timeout: float = 10.0) -> mqtt.MQTTMessage:
        """The next whole message on ``topic`` (its QoS and retain flag too)."""
        while True:
            message = self.whole.get(timeout=timeout)
            if message.topic == topic:
                return message

    def publish(self, topic: str, payload: bytes, retain: bool = False) -> None:
        info = self.client.publish(topic, payload, qos=1, retain=retain)
        info.wait_for_publish(10)

    def wait_message(
        self, topic: str, payload: bytes | None = None, timeout: float = 10.0
    ) -> bytes:
        """The next message on ``topic`` (with ``payload``, if given)."""
        deadline = time.monotonic() + timeout
        while True:
            got, data = self.messages.get(timeout=max(0.01, deadline - time.monotonic()))
            if got == topic and (payload is None or data == payload):
                return data

    def seen(self) -> list[tuple[str, bytes]]:
        items = []
        with contextlib.suppress(queue.Empty):
            while True:
                items.append(self.messages.get_nowait())
        return items

    def close(self) -> None:
        self.client.disconnect()
        self.client.loop_stop()


def retain_presence(site: Site, station_dir: Path) -> None:
    """What a connected station leaves on the broker: its retained presence (something a
    reader can read)."""
    client = RawClient(site, station_dir, "presence-of-" + station_dir.name)
    try:
        client.publish(presence_topic(SITE, station_dir.name), b'{"online": true}', retain=True)
    finally:
        client.close()


@contextlib.contextmanager
def running(*stations: Station) -> Iterator[None]:
    try:
        for s in stations:
            s.start()
        yield
    finally:
        for s in stations:
            s.stop()
