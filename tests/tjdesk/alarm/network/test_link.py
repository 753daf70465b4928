"""A station's MQTT connection (``StationLink``) against a real Mosquitto, without an alarm
service: how the broker sees it connect (its log), what it publishes, its Last Will, its kept
session, what it is told when the broker is away or refuses it."""

from __future__ import annotations

import contextlib
import json
import queue
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.helpers.frozen_station import FrozenStation, PresenceWatcher
from tjdesk.alarm.network.identity import load_identity
from tjdesk.alarm.network.link import StationLink
from tjdesk.alarm.network.names import presence_topic

from .netkit import RawClient, Site, nameless_certificate, wait_until

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


@contextlib.contextmanager
def _spy(site: Site, folder: Path, client_id: str) -> Iterator[RawClient]:
    """Another station's bare client on the whole site, keeping whole messages."""
    spy = RawClient(site, folder, client_id)
    try:
        spy.subscribe(f"{ROOT}/#", qos=2)  # so that each message keeps its own QoS
        yield spy
    finally:
        spy.close()


@contextlib.contextmanager
def _connected(folder: Path, will: bytes = b"gone") -> Iterator[tuple[StationLink, Heard]]:
    """A started link, once the broker has taken it; stopped afterwards."""
    heard = Heard()
    link = _link(folder, heard, will)
    link.start()
    try:
        assert heard.connected.wait(10)
        yield link, heard
    finally:
        link.stop()


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
    with _connected(room) as (link, heard), _spy(site, desk, "desk-a-spy") as spy:
        state = f"{ROOT}/room/room-1/state"
        info = link.publish(state, b'{"state": "ready"}', retain=True)
        got = spy.next_message(state)
        assert (got.payload, got.qos) == (b'{"state": "ready"}', 1)
        wait_until(lambda: info.mid in heard.published)  # the broker acknowledged it
        event = f"{ROOT}/room/room-1/event"
        link.publish(event, b"{}", retain=False)
        assert spy.next_message(event).qos == 1
        with _spy(site, desk, "desk-a-late") as late:
            kept = late.next_message(state)
            assert kept.retain and kept.payload == b'{"state": "ready"}'
            with pytest.raises(queue.Empty):  # the event was not kept
                late.next_message(event, timeout=0.3)


def test_a_station_hears_the_others_but_not_itself(site: Site, folders: tuple[Path, Path]) -> None:
    room, desk = folders
    site.broker.start()
    with _connected(room) as (link, heard), _spy(site, desk, "desk-a-spy") as spy:
        link.subscribe([f"{ROOT}/room/+/command", f"{ROOT}/station/+/presence"])
        mine = presence_topic("shelter-a", "room-pc-1")
        link.publish(mine, b"me", retain=False)
        spy.next_message(mine)  # it went out
        command = f"{ROOT}/room/room-1/command"
        spy.publish(command, b"answer")
        assert heard.messages.get(timeout=10) == (command, b"answer")
        assert heard.messages.empty()  # its own presence never came back to it


def test_a_station_that_was_off_gets_what_was_sent_for_it_meanwhile(
    site: Site, folders: tuple[Path, Path]
) -> None:
    room, desk = folders
    site.broker.start()
    command = f"{ROOT}/room/room-1/command"
    with _connected(room) as (link, heard):
        link.subscribe([command])
        # acknowledged after the subscription (one connection, in order)
        info = link.publish(presence_topic("shelter-a", "room-pc-1"), b"on", retain=False)
        wait_until(lambda: info.mid in heard.published)
    with _spy(site, desk, "desk-a-spy") as spy:
        spy.publish(command, b"while you were off")
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
    with _connected(room) as (link, heard):
        site.broker.stop()
        assert heard.disconnected.get(timeout=10) == "Unspecified error"  # paho's word for it
        wait_until(lambda: not link.connected)
        heard.connected.clear()
        event = f"{ROOT}/room/room-1/event"
        link.publish(event, b"pressed while away", retain=False)
        site.broker.start()
        with _spy(site, desk, "desk-a-spy") as spy:
            assert heard.connected.wait(15)  # within RECONNECT_MAX_S of the broker's return
            assert spy.next_message(event).payload == b"pressed while away"


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
    with _spy(site, desk, "desk-a-late") as late:
        kept = late.next_message(presence_topic("shelter-a", "room-pc-1"))
        assert kept.retain and kept.qos == 1 and json.loads(kept.payload)["online"] is False


def test_a_station_whose_connection_breaks_is_said_offline_in_its_own_words(
    site: Site, folders: tuple[Path, Path]
) -> None:
    # In this process (so that the mutation run sees which code it runs): the cable is
    # pulled under paho, as a crash would; the broker sends the Last Will at once.
    room, desk = folders
    site.broker.start()
    with (
        _spy(site, desk, "desk-a-spy") as spy,
        _connected(room, will=b'{"online": false}') as (link, _),
    ):
        link._client.socket().shutdown(socket.SHUT_RDWR)  # type: ignore[union-attr]
        will = spy.next_message(presence_topic("shelter-a", "room-pc-1"))
        assert (will.payload, will.qos) == (b'{"online": false}', 1)
    with _spy(site, desk, "desk-a-late") as late:
        kept = late.next_message(presence_topic("shelter-a", "room-pc-1"))
        assert kept.retain and kept.payload == b'{"online": false}'
