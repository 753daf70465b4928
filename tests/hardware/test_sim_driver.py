"""The in-process ``sim:`` device behaves like real hardware, events on its own thread."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hardware.base import EventKind, Fault, Light, Source
from hardware.sim.driver import SimDriver
from tests.hardware.conftest import Events


@pytest.fixture
def button_sim(events: Events) -> Iterator[SimDriver]:
    driver = SimDriver("sim:room1")
    driver.start(events)
    events.next(EventKind.CONNECTED)
    yield driver
    driver.stop()


def test_press_and_release_arrive_on_the_device_thread(
    button_sim: SimDriver, events: Events
) -> None:
    button_sim.press()
    assert events.next(EventKind.BUTTON_PRESSED).source is Source.BUTTON
    button_sim.release()
    events.next(EventKind.BUTTON_RELEASED)
    assert events.threads == {"sim sim:room1"}


def test_unplug_is_a_fault_and_replug_clears_it(button_sim: SimDriver, events: Events) -> None:
    button_sim.unplug()
    assert events.next(EventKind.FAULT_SET).fault is Fault.DEVICE_LOST
    button_sim.press()  # nothing comes from an unplugged device
    button_sim.replug()
    assert events.next(EventKind.FAULT_CLEARED).fault is Fault.DEVICE_LOST
    assert button_sim.status().connected


def test_box_mode_latches_until_reset_with_its_id(events: Events) -> None:
    driver = SimDriver("sim:?mode=box")
    driver.start(events)
    try:
        driver.press()
        alarm = events.next(EventKind.ALARM)
        assert alarm.alarm_id == "S.1" and not alarm.test
        driver.set_light(Light.OFF)  # refused while latched, like the box
        driver.reset("S.999")
        driver.press()
        driver.release()
        driver.reset("S.1")
        driver.unplug()
        events.next(EventKind.FAULT_SET)
        assert driver.status().light is Light.OFF
        assert driver.latched_alarm is None
    finally:
        driver.stop()


def test_heartbeats_keep_coming(events: Events) -> None:
    driver = SimDriver("sim:", heartbeat_interval=0.05)
    driver.start(events)
    try:
        events.next(EventKind.HEARTBEAT)
        events.next(EventKind.HEARTBEAT)
        assert driver.status().last_heartbeat is not None
    finally:
        driver.stop()
