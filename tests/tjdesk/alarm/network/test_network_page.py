"""Administration > Alarm network, against a real Mosquitto started from the files
``tjdesk network init`` wrote (on a free loopback port): an administrator joins this
computer's alarm service with the station folder ``tjdesk network add-station`` made, and the
page shows this station, the broker, the stations online and the last message; a folder that
is not a station folder is one sentence and changes nothing; leaving says so."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from tests.helpers.needs import missing
from tjdesk.actors import Actor, Role
from tjdesk.alarm.config import load_config
from tjdesk.alarm.service import AlarmService
from ui.alarm.controller import AlarmController
from ui.alarm.network_page import NetworkPage
from ui.cli import main

from ..servicekit import LineSink
from .netkit import MOSQUITTO, Broker, Station, free_port, reachable_folder

WAIT_MS = 20_000


@pytest.fixture
def shelter() -> Iterator[SimpleNamespace]:
    if MOSQUITTO is None:
        missing("needs mosquitto (apt-get install mosquitto)")
    root = reachable_folder("tjdesk-netpage-")
    port = free_port()
    broker_dir = root / "broker"
    init = ["network", "init", "--dir", str(broker_dir), "--site", "shelter-a"]
    init += ["--broker-host", "127.0.0.1", "--port", str(port), "--bind", "127.0.0.1"]
    assert main(init) == 0
    add = ["network", "add-station", "--dir", str(broker_dir)]
    desk_dir, room_dir = root / "front-desk", root / "room-pc-1"
    desk = [*add, "front-desk", "--kind", "desk", "--name", "Front desk"]
    assert main([*desk, "--out", str(desk_dir)]) == 0
    assert (
        main(
            [*add, "room-pc-1", "--kind", "room", "--rooms", "room-1", "--name", "Room 1 PC"]
            + ["--out", str(room_dir)]
        )
        == 0
    )
    broker = Broker(broker_dir)
    broker.start()
    room = Station(root, "room", room_dir, ["sim:"], room="Counseling room 1")
    try:
        room.start()
        room.wait_connected()
        yield SimpleNamespace(root=root, port=port, desk_dir=desk_dir, room=room)
    finally:
        room.stop()
        broker.stop()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def page(qtbot, shelter: SimpleNamespace) -> Iterator[NetworkPage]:
    alarm_dir = shelter.root / "alarm-front-desk"
    service = AlarmService(alarm_dir, devices=[], out=LineSink())  # not on the network yet
    service.start()
    controller = AlarmController(alarm_dir, ensure_running=lambda _folder: None, retry_ms=200)
    try:
        controller.start()
        qtbot.waitUntil(lambda: controller.available, timeout=WAIT_MS)
        ctx = SimpleNamespace(
            alarm=controller, user=Actor(1, "Admin", Role.ADMINISTRATOR), worker=None
        )
        network_page = NetworkPage(ctx)
        qtbot.addWidget(network_page)
        network_page.show()
        yield network_page
    finally:
        controller.close()
        service.stop()


def test_joining_shows_the_broker_the_stations_online_and_the_last_message(
    qtbot, shelter: SimpleNamespace, page: NetworkPage
) -> None:
    alarm_dir = shelter.root / "alarm-front-desk"
    assert page.connection.text() == "This computer has not joined the alarm network."
    assert page.broker.text() == "-" and page.last_message.text() == "-"
    assert "shown offline within 13 seconds" in page.offline_note.text()

    # A folder that is not a station folder: one sentence, alarm.json unchanged.
    page.folder.setText(str(shelter.root / "broker"))
    qtbot.mouseClick(page.join_button, Qt.MouseButton.LeftButton)
    assert "station.json is missing" in page.message.text()
    assert load_config(alarm_dir).network == ""

    page.folder.setText(str(shelter.desk_dir))
    qtbot.mouseClick(page.join_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == (
        f"Joining as Front desk (front-desk). The broker is 127.0.0.1:{shelter.port}."
    )
    assert load_config(alarm_dir).network == str(shelter.desk_dir)

    qtbot.waitUntil(
        lambda: page.broker.text() == f"127.0.0.1:{shelter.port}: connected", timeout=WAIT_MS
    )
    qtbot.waitUntil(lambda: page.stations.text() == "Room 1 PC (room)", timeout=WAIT_MS)
    assert page.station.text() == "Front desk (front-desk, desk), site shelter-a"
    assert page.connection.text() == "On the alarm network: 1 room(s)."
    qtbot.waitUntil(lambda: page.last_message.text() not in ("-", "none"), timeout=WAIT_MS)
    assert page.last_message.text().count(":") == 2  # a local time, HH:MM:SS
    assert page.invalid.text() == "0"
    qtbot.waitUntil(lambda: shelter.room.net["desks_listening"] == 1, timeout=WAIT_MS)

    qtbot.mouseClick(page.leave_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "This computer has left the alarm network."
    assert load_config(alarm_dir).network == ""
    qtbot.waitUntil(
        lambda: page.connection.text() == "This computer has not joined the alarm network.",
        timeout=WAIT_MS,
    )
    qtbot.waitUntil(lambda: shelter.room.net["desks_listening"] == 0, timeout=WAIT_MS)
