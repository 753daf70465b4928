"""The alarm status the app shows, field by field (issue 20: engine survivors).

Every screen's alarm strip and the alarm area are drawn from ``AlarmEngine.status()``. The
mutation run found that most of its fields could be wrong unnoticed. Here one known situation
(a box that pressed and was acknowledged, a light board that is lost, a board whose status
call fails) is checked against the whole status, written out by hand.
"""

from __future__ import annotations

import time

from hardware.base import DeviceStatus, EventKind, Fault
from tjdesk.alarm.engine import AlarmEngine, AlarmState, EngineSettings, iso

from .fakes import FakeClock, FakeDriver, ListJournal, Trace


class PortDriver(FakeDriver):
    """A fake that reports a port, a USB identity and a heartbeat, or fails to report."""

    def __init__(self, spec: str, trace: Trace, *, fail: bool = False) -> None:
        super().__init__(spec, trace)
        self.fail = fail
        self.heartbeat_at: float | None = None

    def status(self) -> DeviceStatus:
        if self.fail:
            raise RuntimeError("the port went away mid-call")
        return DeviceStatus(
            self.spec,
            True,
            frozenset(),
            self.heartbeat_at,
            self.light,
            False,
            "/dev/ttyACM0",
            "2E8A:000A E661",
        )


def test_the_whole_status_in_a_known_situation() -> None:
    trace, clock = Trace(), FakeClock()
    box = PortDriver("panicbox:/dev/ttyACM0", trace)
    lamp = PortDriver("lcus:/dev/ttyUSB0", trace, fail=True)
    journal = ListJournal(trace)
    engine = AlarmEngine(
        [box, lamp],
        journal=journal.write,
        announce=journal.announce,
        settings=EngineSettings(room="Counseling 1"),
        clock=clock,
    )
    box.start(engine.on_device_event)
    lamp.start(engine.on_device_event)
    box.emit(EventKind.CONNECTED)
    lamp.emit(EventKind.CONNECTED)
    lamp.emit(EventKind.FAULT_SET, Fault.LAMP_OPEN)
    lamp.emit(EventKind.DISCONNECTED)  # as a real driver reports a lost device
    lamp.emit(EventKind.FAULT_SET, Fault.DEVICE_LOST)
    box.heartbeat_at = time.monotonic() - 0.5
    pressed_at = clock.now()
    box.press()
    clock.advance(12)
    engine.acknowledge("somchai")
    clock.advance(20)

    status = engine.status()
    box_status = status["devices"][0]
    assert 0.5 <= box_status.pop("last_heartbeat_age_s") < 60
    assert status == {
        "event": "status",
        "state": AlarmState.ACKNOWLEDGED.value,
        "protected": False,  # a device is lost: the room must not read "protected"
        "room": "Counseling 1",
        "silent": True,
        "alarm": {
            "id": next(e for e in journal.entries if e["event"] == "alarm")["id"],
            "source": "BTN",
            "device": "panicbox:/dev/ttyACM0",
            "at": iso(pressed_at),
            "acknowledged_by": "somchai",
            "acknowledged_at": iso(pressed_at + 12),
            "escalation": 0,
            "test": False,
        },
        "devices": [
            {
                "spec": "panicbox:/dev/ttyACM0",
                "driver": "panicbox",
                "connected": True,
                "faults": [],
                "light": "FL1",
                "confirmed": False,
                "port": "/dev/ttyACM0",
                "usb_id": "2E8A:000A E661",
                "hint": None,
            },
            {
                "spec": "lcus:/dev/ttyUSB0",
                "driver": "lcus",
                "connected": False,
                "faults": ["DEVICE_LOST", "LAMP_OPEN"],
                "last_heartbeat_age_s": None,
                "light": None,
                "confirmed": False,
                "port": None,
                "usb_id": None,
                "hint": "Check the USB cable, and that no other program is using the port.",
            },
        ],
        "drill_until": None,
        "last_drill_at": None,
        "drill_due": True,
    }


def test_the_room_reads_protected_only_when_every_device_is_there_without_faults() -> None:
    trace, clock = Trace(), FakeClock()
    box, lamp = FakeDriver("sim:a", trace), FakeDriver("sim:b", trace)
    journal = ListJournal(trace)
    engine = AlarmEngine([box, lamp], journal=journal.write, announce=journal.announce, clock=clock)
    box.start(engine.on_device_event)
    lamp.start(engine.on_device_event)
    box.emit(EventKind.CONNECTED)
    assert not engine.status()["protected"]  # one device has not been heard from
    lamp.emit(EventKind.CONNECTED)
    assert engine.status()["protected"]
    lamp.emit(EventKind.FAULT_SET, Fault.LAMP_OPEN)
    assert not engine.status()["protected"]
    lamp.emit(EventKind.FAULT_CLEARED, Fault.LAMP_OPEN)
    assert engine.status()["protected"]
    empty = AlarmEngine([], journal=journal.write, announce=journal.announce, clock=clock)
    assert not empty.status()["protected"]  # no device at all is never "protected"
