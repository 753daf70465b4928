"""The panic box's 3-second supervision, with the timings the app ships (issue 20, gap 5).

Every other driver test passes its own timeouts, so a shipped default of 6 s passed the suite.
Here the driver is built exactly as the alarm service builds it (spec string only) and the box
hangs with its port still open (frozen firmware): the room must see "panic box lost" about 3 s
after the last sign of life, not later. DESIGN.md: "a device that misses its heartbeat ... is a
fault within 3 seconds". The unplug case (the port vanishes) is in test_panicbox_driver.py.
"""

from __future__ import annotations

import time

from hardware.base import EventKind, Fault
from hardware.panicbox import driver as panicbox
from hardware.panicbox.driver import PanicBoxDriver
from hardware.registry import create_driver
from hardware.sim.pty_sims import PanicBoxSimulator
from tests.hardware.conftest import Events

PROMISED_S = 3.0
# The driver reads in 50 ms slices and this machine is shared: a late thread is not a late
# default. The slack is generous on purpose; the message below pins the exact figure, and a
# check that waits twice as long (6 s) is far outside it.
SCHEDULING_SLACK_S = 0.75


def test_the_shipped_defaults_are_3_s_silence_and_a_1_s_host_heartbeat() -> None:
    assert panicbox.SUPERVISION_TIMEOUT_S == PROMISED_S
    assert panicbox.HOST_HEARTBEAT_S == 1.0
    drv = create_driver("panicbox:/dev/null-not-opened")  # as tjdesk/alarm/service.py does
    assert isinstance(drv, PanicBoxDriver)
    assert drv.supervision_timeout == PROMISED_S
    assert drv.heartbeat_interval == 1.0


def test_a_hung_box_is_a_fault_3_s_after_its_last_heartbeat_at_default_timings(
    events: Events,
) -> None:
    with PanicBoxSimulator(cfg={"hold": 0}) as box:
        drv = create_driver(f"panicbox:{box.port}")  # as the alarm service builds it
        drv.start(events)
        try:
            events.next(EventKind.CONNECTED)
            last_heartbeat = events.next(EventKind.HEARTBEAT)
            box.hang()
            hung_at = time.monotonic()  # the box's last frame came at or before this
            lost = events.next(EventKind.FAULT_SET, Fault.DEVICE_LOST, timeout=6.0)
            assert lost.detail["code"] == "silent"
            assert lost.detail["reason"] == "no valid frame from the box for 3 s"
            assert lost.at - hung_at <= PROMISED_S + SCHEDULING_SLACK_S, lost.at - hung_at
            # ... and not before 3 s of silence (a passing glitch is no fault)
            assert lost.at - last_heartbeat.at >= PROMISED_S - 0.1
            assert not drv.status().connected
            box.resume()
            events.next(EventKind.FAULT_CLEARED, Fault.DEVICE_LOST)
        finally:
            drv.stop()
