"""One site: a real Mosquitto from ``tjdesk network init``'s files on a free loopback port,
a room station with a PBL/1 box (simulated on a pty) and two desks."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from hardware.sim.pty_sims import PanicBoxSimulator
from tests.helpers.needs import IN_CI, missing

from .netkit import MOSQUITTO, Site, Station

# Mosquitto is a Debian package, not a pip one: `make test` on a machine without it skips
# these tests and says why; CI (.ci/run installs it) never skips them: there a missing broker
# is a failure.
pytestmark = pytest.mark.skipif(
    (MOSQUITTO is None and not IN_CI) or not hasattr(os, "openpty"),
    reason="needs mosquitto (apt-get install mosquitto) and ptys",
)


@dataclass
class Building:
    site: Site
    box: PanicBoxSimulator
    room: Station
    desk_a: Station
    desk_b: Station

    @property
    def stations(self) -> tuple[Station, ...]:
        return (self.room, self.desk_a, self.desk_b)

    def press(self) -> None:
        """Hold the hidden button until the box has latched its light (PBL/1 hold time)."""
        self.box.press()
        assert self.box.wait_for(lambda: self.box.light_on)
        self.box.release()

    def reset(self, user: str = "Ploy") -> None:
        """Reset at the room's own computer and wait until the box's light is off."""
        assert self.room.service is not None
        self.room.service.engine.reset(user, "real", room_checked=True)
        assert self.box.wait_for(lambda: not self.box.light_on)


@pytest.fixture
def site() -> Iterator[Site]:
    if MOSQUITTO is None:
        missing("needs mosquitto (apt-get install mosquitto)")
    site = Site()
    try:
        yield site
    finally:
        site.close()


@pytest.fixture
def building(site: Site) -> Iterator[Building]:
    room_dir = site.add("room-pc-1", "room", ["room-1"])
    desk_a_dir = site.add("desk-a", "desk")
    desk_b_dir = site.add("desk-b", "desk")
    site.broker.start()
    with PanicBoxSimulator() as box:
        spec = f"panicbox:{box.port}"
        room = Station(site.root, "room", room_dir, [spec], room="Counseling room 1")
        desk_a = Station(site.root, "desk-a", desk_a_dir)
        desk_b = Station(site.root, "desk-b", desk_b_dir)
        b = Building(site, box, room, desk_a, desk_b)
        try:
            for s in b.stations:
                s.start()
            room.out.wait_connected({spec})
            for s in b.stations:
                s.wait_connected()
            desk_a.wait_room("room-1", state="ready")
            desk_b.wait_room("room-1", state="ready")
            yield b
        finally:
            for s in b.stations:
                s.stop()
