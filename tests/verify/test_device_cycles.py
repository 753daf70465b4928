"""Devices: unplug/replug cycles of every simulated serial device through its real driver.

Each cycle, on a pty simulator (hardware/sim/pty_sims.py, the real pyserial path):
- the cable is pulled: the driver reports DEVICE_LOST (the read fails at once; the 3 s
  promise of security.md section 8 row 15, for a box that stops talking without an error, is
  pinned on a fake clock in tests/hardware/test_panicbox_session.py and
  tests/test_pinned_numbers.py, not timed here on a machine whose load would move it);
- the cable is put back: the driver finds the device again by itself;
- a press made right after the replug reaches the host: the panic box's button is pressed
  and let go before the driver has even reconnected (the box latches its alarm and the host
  asks for it after a reconnect); a polled button (Numato, Modbus) is held from the replug
  until the driver reads it. The LCUS relay board has no button: its light, on before the
  pull, is switched on again after the replug.

Fast form (make test): 3 cycles per device. Long form (make verify): 50 per device. The
driver's reconnect interval is shortened to 0.2 s so the cycles are quick; the deadline for
noticing a pull does not depend on it (it is the read failing), and the panic box's default
timings are checked on their own in tests/hardware/test_panicbox_driver.py.
"""

from __future__ import annotations

import os
from typing import Any

import pytest

from hardware.base import EventKind, Fault, Light
from hardware.registry import create_driver
from hardware.sim.pty_sims import (
    LcusSimulator,
    ModbusSimulator,
    NumatoSimulator,
    PanicBoxSimulator,
    PtySimulator,
)
from tests.hardware.conftest import Events

pytestmark = pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs ptys")

LOST_WAIT_S = 5.0  # how long to wait for the report before calling the pull unreported
FOUND_AGAIN_S = 10.0
RETRY_S = 0.2


def make_sim(kind: str) -> tuple[PtySimulator, str, dict[str, Any]]:
    if kind == "panicbox":
        box = PanicBoxSimulator(cfg={"hold": 0})
        return box, f"panicbox:{box.port}", {}
    if kind == "numato":
        numato = NumatoSimulator()
        return numato, f"numato:{numato.port}?button=gpio0&light=relay0", {}
    if kind == "lcus":
        lcus = LcusSimulator()
        return lcus, f"lcus:{lcus.port}?channel=1", {"resend_interval": 0.2}
    modbus = ModbusSimulator()
    return modbus, f"modbus:{modbus.port}?address=1&light=0&button=0", {}


def pull_the_cable(sim: PtySimulator, events: Events) -> None:
    """Unplug; the driver reports the device lost."""
    lost_before = count(events, EventKind.FAULT_SET, Fault.DEVICE_LOST)
    sim.unplug()
    assert sim.wait_for(
        lambda: count(events, EventKind.FAULT_SET, Fault.DEVICE_LOST) > lost_before, LOST_WAIT_S
    ), "the pull was never reported"


def count(events: Events, kind: EventKind, fault: Fault | None = None) -> int:
    return sum(
        1 for e in list(events.all) if e.kind is kind and (fault is None or e.fault is fault)
    )


def press_after_replug(kind: str, sim: Any, driver: Any, events: Events) -> None:
    """Replug, press at once, and check the press (or the light, for LCUS) arrived.

    Events may come in either order (the press can be read before the fault is cleared), so
    the waits look at everything received, on the simulator's condition (no sleeping).
    """
    found = count(events, EventKind.FAULT_CLEARED, Fault.DEVICE_LOST) + 1
    if kind == "panicbox":
        alarms = count(events, EventKind.ALARM) + 1
        sim.replug()
        sim.press()  # held only until the box has latched it: before the driver reconnects
        assert sim.wait_for(lambda: sim.state == "ALARM", FOUND_AGAIN_S)
        sim.release()
        assert sim.wait_for(lambda: count(events, EventKind.ALARM) == alarms, FOUND_AGAIN_S)
        alarm = events.of(EventKind.ALARM)[-1]
        assert alarm.alarm_id == sim.alarm_id and not alarm.test
        driver.reset(alarm.alarm_id)  # staff reset it, ready for the next cycle
        assert sim.wait_for(lambda: sim.state == "IDLE", FOUND_AGAIN_S)
    elif kind in ("numato", "modbus"):
        presses = count(events, EventKind.BUTTON_PRESSED) + 1
        sim.replug()
        sim.press()  # held from the moment the board is back, until the driver reads it
        assert sim.wait_for(
            lambda: count(events, EventKind.BUTTON_PRESSED) == presses, FOUND_AGAIN_S
        )
        sim.release()
        assert sim.wait_for(
            lambda: count(events, EventKind.BUTTON_RELEASED) == presses, FOUND_AGAIN_S
        )
    else:  # lcus: a relay board comes back with its relays off
        sim.replug()
        assert sim.wait_for(lambda: sim.relays.get(1) is True, FOUND_AGAIN_S)
    assert sim.wait_for(
        lambda: count(events, EventKind.FAULT_CLEARED, Fault.DEVICE_LOST) == found, FOUND_AGAIN_S
    )


def cycle(kind: str, cycles: int) -> None:
    sim, spec, extra = make_sim(kind)
    events = Events()
    driver: Any = create_driver(spec, retry_interval=RETRY_S, **extra)
    driver.start(events)
    try:
        events.next(EventKind.CONNECTED, timeout=FOUND_AGAIN_S)
        if kind == "lcus":
            driver.set_light(Light.ON)
            assert sim.wait_for(lambda: sim.relays.get(1) is True)  # type: ignore[attr-defined]
        for _ in range(cycles):
            pull_the_cable(sim, events)
            assert not driver.status().connected
            press_after_replug(kind, sim, driver, events)
            assert driver.status().connected
    finally:
        driver.stop()
        sim.close()
    # Every press during the cycles came through once, and nothing else raised an alarm.
    presses = EventKind.ALARM if kind == "panicbox" else EventKind.BUTTON_PRESSED
    assert len(events.of(presses)) == (0 if kind == "lcus" else cycles)


DEVICES = ["panicbox", "numato", "lcus", "modbus"]


@pytest.mark.parametrize("kind", DEVICES)
def test_unplug_replug_three_times(kind: str) -> None:
    cycle(kind, 3)


@pytest.mark.slow
@pytest.mark.parametrize("kind", DEVICES)
def test_unplug_replug_fifty_times(kind: str) -> None:
    cycle(kind, 50)
