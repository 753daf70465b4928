"""Numato, LCUS and Modbus drivers against their simulators on a pty (real pyserial path).

Each test checks what a user would notice: a press becomes an event, a light command puts the
exact protocol bytes on the wire, an unplugged board becomes a fault and comes back, and
noise on the line is never a press.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from hardware.base import DeviceEvent, EventKind, Fault, Light, Sounder
from hardware.lcus.driver import LcusDriver, frame
from hardware.modbus.driver import ModbusDriver
from hardware.numato.driver import NumatoDriver, command_for
from hardware.polled import PolledSerialDriver
from hardware.registry import create_driver
from hardware.sim.pty_sims import (
    LcusSimulator,
    ModbusSimulator,
    NumatoSimulator,
    PtySimulator,
    modbus_crc,
)
from tests.hardware.conftest import Events

FAST: dict[str, Any] = {"retry_interval": 0.1}
MODBUS_COIL0_ON = bytes.fromhex("01050000FF008C3A")
MODBUS_COIL0_OFF = bytes.fromhex("010500000000CDCA")


class Rig:
    def __init__(self, sim: PtySimulator, spec: str, events: Events, **kw: Any) -> None:
        self.sim = sim
        self.events = events
        self.driver: PolledSerialDriver = create_driver(spec, **{**FAST, **kw})  # type: ignore[assignment]
        self.driver.start(events)
        events.next(EventKind.CONNECTED)

    def close(self) -> None:
        self.driver.stop()
        self.sim.close()


@pytest.fixture
def numato(events: Events) -> Iterator[Rig]:
    sim = NumatoSimulator()
    rig = Rig(sim, f"numato:{sim.port}?button=gpio0&light=relay0&sounder=relay1", events)
    yield rig
    rig.close()


@pytest.fixture
def lcus(events: Events) -> Iterator[Rig]:
    sim = LcusSimulator()
    rig = Rig(sim, f"lcus:{sim.port}?channel=1", events, resend_interval=0.1)
    yield rig
    rig.close()


@pytest.fixture
def modbus(events: Events) -> Iterator[Rig]:
    sim = ModbusSimulator()
    rig = Rig(sim, f"modbus:{sim.port}?address=1&light=0&button=0", events)
    yield rig
    rig.close()


# -- Numato ----------------------------------------------------------------------------------


def test_numato_press_and_release(numato: Rig, events: Events) -> None:
    numato.sim.press()
    events.next(EventKind.BUTTON_PRESSED)
    numato.sim.release()
    events.next(EventKind.BUTTON_RELEASED)
    assert events.threads == {f"numato {numato.sim.port}"}


def test_numato_light_is_the_exact_relay_command(numato: Rig) -> None:
    sim: NumatoSimulator = numato.sim  # type: ignore[assignment]
    numato.driver.set_light(Light.ON)
    assert sim.wait_received(b"relay on 0\r")
    assert sim.wait_for(lambda: sim.relays.get(0) is True)
    assert sim.wait_for(lambda: numato.driver.status().light is Light.ON)
    numato.driver.set_sounder(Sounder.PULSE)
    assert sim.wait_received(b"relay on 1\r")
    numato.driver.set_light(Light.OFF)
    assert sim.wait_received(b"relay off 0\r")


def test_numato_hot_path_lights_from_inside_the_press_event() -> None:
    events = Events()
    with NumatoSimulator(active_low=True) as sim:
        driver = NumatoDriver(f"numato:{sim.port}?active=low", **FAST)

        def on_event(event: DeviceEvent) -> None:
            events(event)
            if event.kind is EventKind.BUTTON_PRESSED:
                driver.set_light(Light.ON)  # what the alarm engine does, on this thread

        driver.start(on_event)
        try:
            events.next(EventKind.CONNECTED)
            assert events.of(EventKind.BUTTON_PRESSED) == []  # released reads 1 when active low
            sim.press()
            events.next(EventKind.BUTTON_PRESSED)
            assert sim.wait_for(lambda: sim.relays.get(0) is True)
        finally:
            driver.stop()


def test_numato_unplug_fault_and_replug_restores_the_light(numato: Rig, events: Events) -> None:
    sim: NumatoSimulator = numato.sim  # type: ignore[assignment]
    numato.driver.set_light(Light.ON)
    assert sim.wait_for(lambda: sim.relays.get(0) is True)
    sim.unplug()
    events.next(EventKind.FAULT_SET, Fault.DEVICE_LOST)
    sim.replug()  # the module comes back with its relay off
    events.next(EventKind.FAULT_CLEARED, Fault.DEVICE_LOST)
    assert sim.wait_for(lambda: sim.relays.get(0) is True)  # the driver switched it on again


def test_numato_silent_module_is_a_poll_fault(numato: Rig, events: Events) -> None:
    numato.sim.hang()
    events.next(EventKind.FAULT_SET, Fault.POLL_FAILED)
    numato.sim.resume()
    events.next(EventKind.FAULT_CLEARED, Fault.POLL_FAILED)


def test_numato_noise_is_never_a_press(numato: Rig, events: Events) -> None:
    sim: NumatoSimulator = numato.sim  # type: ignore[assignment]
    for _ in range(5):
        sim.inject(b"\x00\xff1\n\r>1>\r\n1\n\r>junk gpio 1>")
    polls = len(sim.commands)
    assert sim.wait_for(lambda: len(sim.commands) >= polls + 15)
    assert events.of(EventKind.BUTTON_PRESSED) == []
    sim.press()
    events.next(EventKind.BUTTON_PRESSED)


def test_numato_command_names() -> None:
    assert command_for("relay0", True) == "relay on 0"
    assert command_for("relay11", False) == "relay off B"
    assert command_for("gpio2", True) == "gpio set 2"


# -- LCUS ------------------------------------------------------------------------------------


def test_lcus_light_is_the_exact_4_bytes_and_is_resent(lcus: Rig) -> None:
    sim: LcusSimulator = lcus.sim  # type: ignore[assignment]
    lcus.driver.set_light(Light.ON)
    assert sim.wait_received(bytes.fromhex("A00101A2"))
    assert sim.wait_for(lambda: sim.frames.count(bytes.fromhex("A00101A2")) >= 3)  # resent
    lcus.driver.set_light(Light.OFF)
    assert sim.wait_received(bytes.fromhex("A00100A1"))
    assert sim.wait_for(lambda: sim.relays[1] is False)
    status = lcus.driver.status()
    assert status.confirmed is False and status.light is Light.OFF  # as commanded


def test_lcus_frames() -> None:
    assert frame(1, True) == bytes.fromhex("A00101A2")
    assert frame(1, False) == bytes.fromhex("A00100A1")
    assert frame(2, True) == bytes.fromhex("A00201A3")


def test_lcus_unplug_fault_and_replug_resends_the_state(lcus: Rig, events: Events) -> None:
    sim: LcusSimulator = lcus.sim  # type: ignore[assignment]
    lcus.driver.set_light(Light.ON)
    assert sim.wait_for(lambda: sim.relays.get(1) is True)
    sim.unplug()
    events.next(EventKind.FAULT_SET, Fault.DEVICE_LOST)
    sim.replug()
    events.next(EventKind.FAULT_CLEARED, Fault.DEVICE_LOST)
    assert sim.wait_for(lambda: sim.relays.get(1) is True)


def test_lcus_noise_from_the_board_changes_nothing(lcus: Rig, events: Events) -> None:
    sim: LcusSimulator = lcus.sim  # type: ignore[assignment]
    sim.inject(bytes(range(256)) * 4)
    lcus.driver.set_light(Light.ON)
    assert sim.wait_for(lambda: len(sim.frames) >= 3)
    kinds = {e.kind for e in events.all}
    assert kinds <= {EventKind.CONNECTED, EventKind.HEARTBEAT}
    assert isinstance(lcus.driver, LcusDriver)


# -- Modbus ----------------------------------------------------------------------------------


def test_modbus_press_and_release(modbus: Rig, events: Events) -> None:
    modbus.sim.press()
    events.next(EventKind.BUTTON_PRESSED)
    modbus.sim.release()
    events.next(EventKind.BUTTON_RELEASED)


def test_modbus_light_is_the_exact_fc05_frame(modbus: Rig) -> None:
    sim: ModbusSimulator = modbus.sim  # type: ignore[assignment]
    assert modbus_crc(MODBUS_COIL0_ON[:6]) == MODBUS_COIL0_ON[6:]
    modbus.driver.set_light(Light.ON)
    assert sim.wait_received(MODBUS_COIL0_ON)
    assert sim.wait_for(lambda: modbus.driver.status().light is Light.ON)
    assert sim.coils[0] is True
    modbus.driver.set_light(Light.OFF)
    assert sim.wait_received(MODBUS_COIL0_OFF)


def test_modbus_unplug_fault_and_replug(modbus: Rig, events: Events) -> None:
    sim: ModbusSimulator = modbus.sim  # type: ignore[assignment]
    modbus.driver.set_light(Light.ON)
    assert sim.wait_for(lambda: sim.coils.get(0) is True)
    sim.unplug()
    events.next(EventKind.FAULT_SET, Fault.DEVICE_LOST)
    sim.replug()
    events.next(EventKind.FAULT_CLEARED, Fault.DEVICE_LOST)
    assert sim.wait_for(lambda: sim.coils.get(0) is True)


def test_modbus_wrong_address_is_a_poll_fault(events: Events) -> None:
    with ModbusSimulator(address=2) as sim:
        driver = ModbusDriver(f"modbus:{sim.port}?address=1", **FAST)
        driver.start(events)
        try:
            fault = events.next(EventKind.FAULT_SET, Fault.POLL_FAILED)
            assert "no answer" in fault.detail["reason"].lower()
            assert not driver.status().connected
        finally:
            driver.stop()


def test_modbus_noise_is_never_a_press(modbus: Rig, events: Events) -> None:
    sim: ModbusSimulator = modbus.sim  # type: ignore[assignment]
    for _ in range(5):
        sim.inject(b"\x01\x02\x01\x01\xff\xff" + bytes(range(40)))
    polls = len(sim.requests)
    assert sim.wait_for(lambda: len(sim.requests) >= polls + 10)
    assert events.of(EventKind.BUTTON_PRESSED) == []
    sim.press()
    events.next(EventKind.BUTTON_PRESSED)
