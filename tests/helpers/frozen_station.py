"""Stations that hang: each a real ``StationLink`` (our keepalive, our Last Will) in a child
process, frozen with SIGSTOP, so its socket stays open as with a hung computer; a watcher with
another station's certificate notes when each one's Last Will ("offline") arrives.

Used by ``tests/tjdesk/alarm/network/test_last_will.py`` and by ``make bench``
(``benchmarks/bench_network.py``), which freezes several stations at staggered moments: with
Mosquitto 2.0 the delay depends on where the freeze falls in the broker's 6 s keepalive sweep
(see ``tjdesk/alarm/network/link.py``), so one sample says little.
"""

from __future__ import annotations

import json
import os
import signal
import ssl
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import paho.mqtt.client as mqtt
from paho.mqtt.enums import CallbackAPIVersion, MQTTProtocolVersion

from tjdesk.alarm.network.identity import load_identity
from tjdesk.alarm.network.names import site_root

REPO = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent(
    """
    import sys, threading
    from tjdesk.alarm.network import payloads
    from tjdesk.alarm.network.identity import load_identity
    from tjdesk.alarm.network.link import StationLink
    from tjdesk.alarm.network.names import presence_topic

    identity = load_identity(sys.argv[1])
    topic = presence_topic(identity.site, identity.station)

    def presence(online):
        return payloads.encode(payloads.presence(
            online=online, kind=identity.kind, name=identity.name, rooms=[], version="test"))

    def connected():
        link.publish(topic, presence(True), retain=True)

    link = StationLink(identity, will=presence(False), will_topic=topic,
                       on_connected=connected, on_disconnected=lambda why: None,
                       on_message=lambda topic, raw: None, on_published=lambda mid: None)
    link.start()
    threading.Event().wait()
    """
)


class PresenceWatcher:
    """A bare paho client (a reader's or desk's certificate) that notes, per station id, the
    monotonic time of each presence it receives: ``(time, online)``."""

    def __init__(self, station_dir: Path, client_id: str = "frozen-watcher") -> None:
        identity = load_identity(station_dir)
        self.history: list[tuple[str, float, bool]] = []
        self._changed = threading.Condition()
        subscribed = threading.Event()
        client = mqtt.Client(
            CallbackAPIVersion.VERSION2, client_id=client_id, protocol=MQTTProtocolVersion.MQTTv5
        )
        client.tls_set(
            ca_certs=str(identity.ca_cert),
            certfile=str(identity.cert),
            keyfile=str(identity.key),
            tls_version=ssl.PROTOCOL_TLS_CLIENT,
        )
        client.on_message = self._message
        client.on_subscribe = lambda c, u, mid, codes, p: subscribed.set()
        client.connect(identity.broker_host, identity.broker_port, keepalive=30)
        client.loop_start()
        client.subscribe(f"{site_root(identity.site)}/station/+/presence", qos=1)
        if not subscribed.wait(10):
            raise RuntimeError("the watcher could not subscribe")
        self.client = client

    def _message(self, client: object, userdata: object, message: mqtt.MQTTMessage) -> None:
        at = time.monotonic()
        station = message.topic.split("/")[-2]
        try:
            online = bool(json.loads(message.payload)["online"])
        except (ValueError, KeyError, TypeError):
            return
        with self._changed:
            self.history.append((station, at, online))
            self._changed.notify_all()

    def wait(self, station: str, online: bool, after: float = 0.0, timeout: float = 30.0) -> float:
        """When the first presence of ``station`` saying ``online`` arrived after ``after``."""

        def found() -> float | None:
            return next(
                (t for s, t, o in self.history if s == station and o is online and t > after),
                None,
            )

        with self._changed:
            if not self._changed.wait_for(lambda: found() is not None, timeout):
                raise TimeoutError(f"no presence online={online} from {station}")
            at = found()
        assert at is not None
        return at

    def close(self) -> None:
        self.client.disconnect()
        self.client.loop_stop()


class FrozenStation:
    """A station's ``StationLink`` in a child process; ``freeze`` stops the process (SIGSTOP)
    and returns the moment it did."""

    def __init__(self, station_dir: Path) -> None:
        self.station = load_identity(station_dir).station
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        self.process = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(station_dir)],
            cwd=REPO,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def freeze(self) -> float:
        os.kill(self.process.pid, signal.SIGSTOP)
        return time.monotonic()

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()  # SIGKILL ends a stopped process too
        self.process.wait(10)


def last_will_delays(
    station_dirs: list[Path], watcher_dir: Path, spread_s: float = 6.0
) -> list[float]:
    """Start a frozen-to-be station per folder, wait until each is online, freeze them one
    after another across ``spread_s`` (the broker's sweep is 6 s), and return, per station,
    the seconds from its freeze to its Last Will."""
    watcher = PresenceWatcher(watcher_dir)
    stations = [FrozenStation(d) for d in station_dirs]
    try:
        for s in stations:
            watcher.wait(s.station, True)
        frozen_at: dict[str, float] = {}
        step = spread_s / max(1, len(stations))
        tick = threading.Event()
        for s in stations:
            frozen_at[s.station] = s.freeze()
            tick.wait(step)  # staggered on purpose: a measurement, not a wait for an event
        return [
            watcher.wait(s.station, False, after=frozen_at[s.station], timeout=60)
            - frozen_at[s.station]
            for s in stations
        ]
    finally:
        for s in stations:
            s.close()
        watcher.close()
