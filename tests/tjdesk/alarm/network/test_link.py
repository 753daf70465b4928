"""A station's MQTT connection (``StationLink``) against a real Mosquitto, without an alarm
service: how the broker sees it connect (its log), what it publishes, its Last Will, its kept
session, what it is told when the broker is away or refuses it."""

from __future__ import annotations

import json
import queue
import socket
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import paho.mqtt.client as mqtt
import pytest
from paho.mqtt.enums import CallbackAPIVersion, MQTTProtocolVersion

from tests.helpers.frozen_station import FrozenStation, PresenceWatcher
from tjdesk.alarm.network.identity import load_identity
from tjdesk.alarm.network.link import StationLink
from tjdesk.alarm.network.names import presence_topic

from .netkit import Site, nameless_certificate, wait_until

ROOT = "tjdesk/v1/shelter-a"


@dataclass
class Heard:
    """What a link's callbacks were told, in order."""

    connected: threading.Event = field(default_factory=threading.Event)
    disconnected: queue.Queue[str] = field(default_factory=queue.Queue)
    messages: queue.Queue[tuple[str, bytes]] = field(default_factory=queue.Queue)
    published: list[int] = field(default_factory=list)


def _link(folder: Path, heard: Heard, will: bytes = b"gone") -> StationLink:
    identity = load_identity(folder)
    return StationLink(
        identity,
        will=will,
        will_topic=presence_topic(identity.site, identity.station),
        on_connected=heard.connected.set,
        on_disconnected=heard.disconnected.put,
        on_message=lambda topic, raw: heard.messages.put((topic, raw)),
        on_published=heard.published.append,
    )


class Spy:
    """A bare paho client with another station's certificate that keeps whole messages."""

    def __init__(self, site: Site, folder: Path, client_id: str) -> None:
        self.messages: queue.Queue[mqtt.MQTTMessage] = queue.Queue()
        subscribed, connected = threading.Event(), threading.Event()
        client = mqtt.Client(
            CallbackAPIVersion.VERSION2, client_id=client_id, protocol=MQTTProtocolVersion.MQTTv5
        )
        client.tls_set(
            ca_certs=str(folder / "ca.crt"),
            certfile=str(folder / "station.crt"),
            keyfile=str(folder / "station.key"),
            tls_version=ssl.PROTOCOL_TLS_CLIENT,
        )
        client.on_connect = lambda c, u, f, rc, p: connected.set()
        client.on_subscribe = lambda c, u, mid, rcs, p: subscribed.set()
        client.on_message = lambda c, u, m: self.messages.put(m)
        client.connect("127.0.0.1", site.port)
        client.loop_start()
        assert connected.wait(10)
        client.subscribe(f"{ROOT}/#", qos=2)  # so that each message keeps its own QoS
        assert subscribed.wait(10)
        self.client = client

    def next(self, topic: str, timeout: float = 10.0) -> mqtt.MQTTMessage:
        while True:
            message = self.messages.get(timeout=timeout)
            if message.topic == topic:
                return message

    def publish(self, topic: str, payload: bytes) -> None:
        self.client.publish(topic, payload, qos=1).wait_for_publish(10)

    def close(self) -> None:
        self.client.disconnect()
        self.client.loop_stop()


@pytest.fixture
def folders(site: Site) -> Iterator[tuple[Path, Path]]:
    """A room station's folder and a desk's (for the spy)."""
    yield site.add("room-pc-1", "room", ["room-1"]), site.add("desk-a", "desk")


def test_the_broker_sees_the_station_connect_as_itself_with_a_kept_session(
    site: Site, folders: tuple[Path, Path]
) -> None:
    room, _ = folders
    site.broker.start()
    heard = Heard()
    link = _link(room, heard)
    assert not link.connected
    link.start()
    try:
        assert heard.connected.wait(10)
        assert link.connected
        # Mosquitto's log: MQTT 5 (p5), no clean start (c0), keepalive 4 s, user = certificate
        wait_until(lambda: any(" as room-pc-1 (" in line for line in site.broker.lines))
        said = next(line for line in site.broker.lines if " as room-pc-1 (" in line)
        assert said.endswith(" as room-pc-1 (p5, c0, k4, u'room-pc-1').")
    finally:
        link.stop()


def test_what_a_station_publishes_arrives_once_at_qos_1_retained_as_asked(
    site: Site, folders: tuple[Path, Path]
) -> None:
    room, desk = folders
    site.broker.start()
    heard = Heard()
    link = _link(room, heard)
    link.start()
    spy = Spy(site, desk, "desk-a-spy")
    try:
        assert heard.connected.wait(10)
        state = f"{ROOT}/room/room-1/state"
        info = link.publish(state, b'{"state": "ready"}', retain=True)
        got = spy.next(state)
        assert (got.payload, got.qos) == (b'{"state": "ready"}', 1)
        wait_until(lambda: info.mid in heard.published)  # the broker acknowledged it
        event = f"{ROOT}/room/room-1/event"
        link.publish(event, b"{}", retain=False)
        assert spy.next(event).qos == 1
        late = Spy(site, desk, "desk-a-late")
        try:
            kept = late.next(state)
            assert kept.retain and kept.payload == b'{"state": "ready"}'
            with pytest.raises(queue.Empty):  # the event was not kept
                late.next(event, timeout=0.3)
        finally:
            late.close()
    finally:
        spy.close()
        link.stop()


def test_a_station_hears_the_others_but_not_itself(site: Site, folders: tuple[Path, Path]) -> None:
    room, desk = folders
    site.broker.start()
    heard = Heard()
    link = _link(room, heard)
    link.start()
    spy = Spy(site, desk, "desk-a-spy")
    try:
        assert heard.connected.wait(10)
        link.subscribe([f"{ROOT}/room/+/command", f"{ROOT}/station/+/presence"])
        mine = presence_topic("shelter-a", "room-pc-1")
        link.publish(mine, b"me", retain=False)
        spy.next(mine)  # it went out
        command = f"{ROOT}/room/room-1/command"
        spy.publish(command, b"answer")
        assert heard.messages.get(timeout=10) == (command, b"answer")
        assert heard.messages.empty()  # its own presence never came back to it
    finally:
        spy.close()
        link.stop()


def test_a_station_that_was_off_gets_what_was_sent_for_it_meanwhile(
    site: Site, folders: tuple[Path, Path]
) -> None:
    room, desk = folders
    site.broker.start()
    heard = Heard()
    link = _link(room, heard)
    link.start()
    command = f"{ROOT}/room/room-1/command"
    try:
        assert heard.connected.wait(10)
        link.subscribe([command])
        # acknowledged after the subscription (one connection, in order)
        info = link.publish(presence_topic("shelter-a", "room-pc-1"), b"on", retain=False)
        wait_until(lambda: info.mid in heard.published)
    finally:
        link.stop()
    spy = Spy(site, desk, "desk-a-spy")
    try:
        spy.publish(command, b"while you were off")
    finally:
        spy.close()
    site.broker.restart()  # the session outlives a restart of the broker too
    again = Heard()
    link = _link(room, again)
    link.start()
    try:
        assert again.messages.get(timeout=10) == (command, b"while you were off")
    finally:
        link.stop()


def test_what_a_station_sends_while_the_broker_is_away_goes_out_when_it_is_back(
    site: Site, folders: tuple[Path, Path]
) -> None:
    room, desk = folders
    site.broker.start()
    heard = Heard()
    link = _link(room, heard)
    link.start()
    try:
        assert heard.connected.wait(10)
        site.broker.stop()
        assert heard.disconnected.get(timeout=10) == "Unspecified error"  # paho's word for it
        wait_until(lambda: not link.connected)
        heard.connected.clear()
        event = f"{ROOT}/room/room-1/event"
        link.publish(event, b"pressed while away", retain=False)
        site.broker.start()
        spy = Spy(site, desk, "desk-a-spy")
        try:
            assert heard.connected.wait(15)  # within RECONNECT_MAX_S of the broker's return
            assert spy.next(event).payload == b"pressed while away"
        finally:
            spy.close()
    finally:
        link.stop()


def test_no_broker_at_all_is_told_as_a_failed_connection_then_it_joins_when_it_starts(
    site: Site, folders: tuple[Path, Path]
) -> None:
    room, _ = folders
    heard = Heard()
    link = _link(room, heard)
    link.start()
    try:
        assert heard.disconnected.get(timeout=10) == "connection failed"
        assert not link.connected
        site.broker.start()
        assert heard.connected.wait(15)
    finally:
        link.stop()


def test_a_station_the_broker_refuses_is_told_why(site: Site, folders: tuple[Path, Path]) -> None:
    room, _ = folders
    nameless_certificate(site, room)
    site.broker.start()
    heard = Heard()
    link = _link(room, heard)
    link.start()
    try:
        assert heard.disconnected.get(timeout=10) == "Bad user name or password"
        assert not heard.connected.is_set()
    finally:
        link.stop()


def test_a_station_that_vanishes_is_said_offline_by_its_last_will_kept_for_late_comers(
    site: Site, folders: tuple[Path, Path]
) -> None:
    room, desk = folders
    site.broker.start()
    watcher = PresenceWatcher(desk)
    crashed = FrozenStation(room)  # our StationLink in a child process
    try:
        watcher.wait("room-pc-1", True)
        crashed.close()  # killed: no goodbye, the socket closes
        watcher.wait("room-pc-1", False, timeout=10)
    finally:
        crashed.close()
        watcher.close()
    late = Spy(site, desk, "desk-a-late")
    try:
        kept = late.next(presence_topic("shelter-a", "room-pc-1"))
        assert kept.retain and kept.qos == 1 and json.loads(kept.payload)["online"] is False
    finally:
        late.close()


def test_a_station_whose_connection_breaks_is_said_offline_in_its_own_words(
    site: Site, folders: tuple[Path, Path]
) -> None:
    # In this process (so that the mutation run sees which code it runs): the cable is
    # pulled under paho, as a crash would; the broker sends the Last Will at once.
    room, desk = folders
    site.broker.start()
    spy = Spy(site, desk, "desk-a-spy")
    heard = Heard()
    link = _link(room, heard, will=b'{"online": false}')
    link.start()
    try:
        assert heard.connected.wait(10)
        link._client.socket().shutdown(socket.SHUT_RDWR)  # type: ignore[union-attr]
        will = spy.next(presence_topic("shelter-a", "room-pc-1"))
        assert (will.payload, will.qos) == (b'{"online": false}', 1)
    finally:
        link.stop()
        spy.close()
    late = Spy(site, desk, "desk-a-late")
    try:
        kept = late.next(presence_topic("shelter-a", "room-pc-1"))
        assert kept.retain and kept.payload == b'{"online": false}'
    finally:
        late.close()
