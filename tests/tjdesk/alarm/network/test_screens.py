"""The screens of a room station and two desks, each on its own alarm service, joined by a
real Mosquitto: the red banner names the room, "I'm on my way" from a desk shows everywhere,
the room's own (discreet) screen stays discreet, and a broker that is gone is a fault on
every screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from ui.alarm.banner import AlarmBanner
from ui.alarm.controller import AlarmController
from ui.alarm.state import Look

from .conftest import Building

WAIT_MS = 20_000


@pytest.fixture
def screens(qtbot, building: Building) -> Iterator[dict[str, AlarmBanner]]:
    banners: dict[str, AlarmBanner] = {}
    controllers: list[AlarmController] = []
    for name, station, discreet, user in (
        ("room", building.room, True, "Ploy"),
        ("desk_a", building.desk_a, False, "Nok"),
        ("desk_b", building.desk_b, False, "Dao"),
    ):
        controller = AlarmController(
            station.alarm_dir,
            ensure_running=lambda _folder: None,  # the services run in this test
            discreet_screen=discreet,
            retry_ms=200,
        )
        controller.start()
        qtbot.waitUntil(lambda c=controller: c.available, timeout=WAIT_MS)
        banner = AlarmBanner(controller, user_name=lambda u=user: u, beep=lambda: None)
        qtbot.addWidget(banner)
        banners[name] = banner
        controllers.append(controller)
    yield banners
    for controller in controllers:
        controller.close()


def test_the_banner_on_every_desk_names_the_room_and_an_answer_shows_everywhere(
    qtbot, building: Building, screens: dict[str, AlarmBanner]
) -> None:
    room, desk_a, desk_b = screens["room"], screens["desk_a"], screens["desk_b"]
    qtbot.waitUntil(lambda: "2 desk(s) listening." in room.detail_text(), timeout=WAIT_MS)
    for desk in (desk_a, desk_b):
        assert desk.look is Look.READY

    building.press()
    for desk in (desk_a, desk_b):
        qtbot.waitUntil(lambda d=desk: d.look is Look.ALARM, timeout=WAIT_MS)
        assert desk.headline_text() == "ALARM in Counseling room 1"
        assert desk.ack_button.isVisible() or not desk.isVisible()
    qtbot.waitUntil(lambda: room.look is Look.DISCREET_SENT, timeout=WAIT_MS)
    assert "ALARM" not in room.headline_text() + room.detail_text()

    qtbot.mouseClick(desk_a.ack_button, Qt.MouseButton.LeftButton)
    assert building.room.out.wait_for("acknowledged")["by"] == "Nok"
    qtbot.waitUntil(lambda: desk_b.look is Look.ACKNOWLEDGED, timeout=WAIT_MS)
    assert "Nok is on the way" in desk_b.detail_text()
    qtbot.waitUntil(lambda: desk_a.look is Look.ACKNOWLEDGED, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: room.look is Look.DISCREET_ACKNOWLEDGED, timeout=WAIT_MS)
    assert building.box.light_on


def test_with_the_broker_gone_every_screen_says_what_it_misses(
    qtbot, building: Building, screens: dict[str, AlarmBanner]
) -> None:
    building.site.broker.stop()
    room, desk_a, desk_b = screens["room"], screens["desk_a"], screens["desk_b"]
    for desk in (desk_a, desk_b):
        qtbot.waitUntil(lambda d=desk: d.look is Look.FAULT, timeout=WAIT_MS)
        assert "This desk will not receive alarms from other rooms." in desk.detail_text()
    qtbot.waitUntil(lambda: room.look is Look.FAULT, timeout=WAIT_MS)
    assert room.headline_text() == "Alarm network fault"
    assert "Other desks will not see an alarm from this room." in room.detail_text()

    building.press()  # the light never depends on the network
    assert building.room.out.wait_for("alarm")
    qtbot.waitUntil(lambda: room.look is Look.DISCREET_SENT, timeout=WAIT_MS)
    assert "Other desks will not see an alarm from this room." in room.detail_text()
