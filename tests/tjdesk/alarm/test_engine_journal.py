"""What the alarm journal records, entry by entry (issue 20: engine survivors).

The journal is the evidence of what happened in the room, and the audit trail shows it in
words (room, source, device, who, reason, level). The mutation run found that the names of
most fields could be garbled, or a field dropped, without a test noticing; and that an entry's
time could differ from the time the screen shows. Here each kind of entry is written out whole.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from hardware.base import DeviceEvent, EventKind, Fault, Light, Source
from tjdesk.alarm.engine import AlarmEngine, AlarmState, EngineSettings, iso

from .fakes import FakeClock, FakeDriver, ListJournal, TickingClock, Trace

BOX = "pbl1:/dev/ttyACM0"
BUTTON = "sim:button"


class Room:
    def __init__(self, clock: FakeClock | None = None, *, boxes: int = 1) -> None:
        self.trace = Trace()
        self.clock = clock or FakeClock()
        self.button = FakeDriver(BUTTON, self.trace)
        self.boxes = [
            FakeDriver(BOX if n == 0 else f"pbl1:/dev/ttyACM{n}", self.trace, latches=True)
            for n in range(boxes)
        ]
        self.box = self.boxes[0] if self.boxes else None
        self.journal = ListJournal(self.trace)
        self.engine = AlarmEngine(
            [self.button, *self.boxes],
            journal=self.journal.write,
            announce=self.journal.announce,
            settings=EngineSettings(room="Counseling 1"),
            clock=self.clock,
        )
        for driver in (self.button, *self.boxes):
            driver.start(self.engine.on_device_event)

    def entries(self) -> list[dict[str, Any]]:
        """The entries without their sequence number and time."""
        return [
            {k: v for k, v in e.items() if k not in ("seq", "at")} for e in self.journal.entries
        ]


def test_a_box_pressed_during_a_button_alarm_is_on_record_with_the_boxs_own_id() -> None:
    room = Room()
    room.button.press()
    assert room.box is not None
    room.box.press()  # the box latches 37.1 by itself
    room.button.press()  # pressed again: evidence, but the same alarm
    alarm_id = room.engine.active_alarm_id
    assert alarm_id == "H.1"  # a fresh journal numbers the host's alarms from 1
    assert room.entries() == [
        {
            "event": "alarm",
            "id": "H.1",
            "source": "BTN",
            "device": BUTTON,
            "room": "Counseling 1",
            "test": False,
        },
        {
            "event": "activation",
            "id": "H.1",
            "source": "BTN",
            "device": BOX,
            "device_alarm_id": "37.1",
        },
        {"event": "activation", "id": "H.1", "source": "BTN", "device": BUTTON},
    ]
    room.engine.reset("nok", "real", room_checked=True)
    # the box's RESET names the id it latched; the button board has nothing to reset
    assert ("reset", "37.1") in room.box.commands and room.box.latched_id is None
    assert not [c for c in room.button.commands if c[0] == "reset"]


def test_a_second_panic_on_screen_is_on_record_and_its_id_is_reset_too() -> None:
    room = Room()
    assert room.box is not None
    first = room.engine.raise_alarm(Source.ON_SCREEN)
    again = room.engine.raise_alarm(Source.HOTKEY)
    assert first == again == "H.1"  # still the one alarm
    assert [c for c in room.box.commands if c[0] == "raise_alarm"] == [
        ("raise_alarm", "H.1", Source.ON_SCREEN),
        ("raise_alarm", "H.2", Source.HOTKEY),
    ]
    assert room.entries()[1:] == [
        {
            "event": "activation",
            "id": "H.1",
            "source": "HOTKEY",
            "device": "",
            "device_alarm_id": "H.2",
        }
    ]
    alarm = room.engine.status()["alarm"]
    assert (alarm["source"], alarm["device"]) == ("UI", "")
    room.box.commands.clear()
    room.engine.reset("nok", "real", room_checked=True)
    assert [c for c in room.box.commands if c[0] == "reset"] == [
        ("reset", "H.1"),
        ("reset", "H.2"),
    ]


def test_two_boxes_that_count_the_same_ids_are_two_boxes() -> None:
    """Each box counts its ids <boot>.<n> on its own; boxes powered up together count their
    boots alike. The second box's 37.1 is its own press, never a repeat of the first's."""
    room = Room(boxes=2)
    first, second = room.boxes
    first.press()
    second.press()  # its own 37.1, during the first box's alarm 37.1
    second.emit(EventKind.ALARM, alarm_id="37.1", source=Source.BUTTON)  # repeated until ACKed
    assert room.entries()[1:] == [
        {
            "event": "activation",
            "id": "37.1",
            "source": "BTN",
            "device": second.spec,
            "device_alarm_id": "37.1",
        }
    ]
    room.engine.reset("nok", "real", room_checked=True)
    assert ("reset", "37.1") in first.commands and ("reset", "37.1") in second.commands


def test_a_press_on_a_second_box_with_an_id_the_first_used_is_an_alarm() -> None:
    room = Room(boxes=2)
    first, second = room.boxes
    first.press()
    room.engine.reset("nok", "real", room_checked=True)
    second.press()  # 37.1 too: the first box's alarm 37.1 is closed, this one is new
    assert room.engine.state is AlarmState.ALARM
    assert room.entries()[-1] == {
        "event": "alarm",
        "id": "37.1",
        "source": "BTN",
        "device": second.spec,
        "room": "Counseling 1",
        "test": False,
    }
    assert first.light is Light.FLASH and room.button.light is Light.FLASH
    second.commands.clear()
    second.emit(EventKind.HEARTBEAT, detail={"st": "ALARM", "alarm": "37.1", "light": "FL1"})
    assert second.commands == []  # not taken for the first box's closed alarm: not reset
    room.engine.reset("nok", "real", room_checked=True)
    assert second.commands[0] == ("reset", "37.1") and second.latched_id is None


def test_a_drill_and_its_presses_on_record() -> None:
    clock = FakeClock()
    room = Room(clock)
    assert room.box is not None
    started = clock.now()
    room.engine.start_drill("  nok ", 60)
    room.button.press()
    room.box.press()
    room.engine.stop_drill(None)
    room.engine.start_drill("", 30)
    room.engine.stop_drill("   ")
    room.engine.start_drill(None, 5)  # type: ignore[arg-type]
    clock.advance(5)
    room.engine.tick()  # the window ends by itself: nobody stopped it
    assert room.entries() == [
        {"event": "test_started", "until": iso(started + 60), "by": "nok"},
        {"event": "test_press", "device": BUTTON, "source": "BTN", "test": True},
        {
            "event": "test_press",
            "device": BOX,
            "source": "BTN",
            "test": True,
            "device_alarm_id": "37.1",
        },
        {"event": "test_ended", "presses": 2, "by": "?"},
        {"event": "test_started", "until": iso(started + 30), "by": "?"},
        {"event": "test_ended", "presses": 0, "by": "?"},
        {"event": "test_started", "until": iso(started + 5), "by": "?"},
        {"event": "test_ended", "presses": 0},
    ]


def test_escalation_and_acknowledgement_on_record() -> None:
    clock = FakeClock()
    room = Room(clock)
    room.button.press()
    clock.advance(200)
    room.engine.tick()
    room.engine.acknowledge("  somchai ")
    assert room.entries()[1:] == [
        {"event": "escalated", "id": "H.1", "level": 1},
        {"event": "escalated", "id": "H.1", "level": 2},
        {"event": "acknowledged", "id": "H.1", "by": "somchai"},
    ]


def test_an_acknowledgement_without_a_name_is_recorded_as_unknown() -> None:
    for user in (None, "", "  "):
        room = Room()
        room.button.press()
        room.engine.acknowledge(user)
        assert room.entries()[-1] == {"event": "acknowledged", "id": "H.1", "by": "?"}
        assert room.engine.status()["alarm"]["acknowledged_by"] == "?"


def test_devices_coming_and_going_and_their_faults_on_record() -> None:
    room = Room(boxes=0)
    room.button.emit(EventKind.CONNECTED)
    room.button.emit(EventKind.FAULT_SET, Fault.LOOP_OPEN)
    room.button.emit(EventKind.FAULT_CLEARED, Fault.LOOP_OPEN)
    room.button.emit(EventKind.FAULT_SET)  # a fault event that names no fault changes nothing
    room.button.emit(EventKind.DISCONNECTED)
    room.button.emit(EventKind.BUTTON_RELEASED, detail={"alarm": "0", "light": "OFF"})
    assert room.entries() == [
        {"event": "connected", "device": BUTTON},
        {"event": "fault", "device": BUTTON, "code": "LOOP_OPEN"},
        {"event": "fault_cleared", "device": BUTTON, "code": "LOOP_OPEN"},
        {"event": "disconnected", "device": BUTTON},
        {"event": "fault", "device": BUTTON, "code": "DEVICE_LOST"},
    ]
    assert room.button.commands == []


def test_a_fault_under_a_name_the_engine_was_not_given_still_shows() -> None:
    room = Room(boxes=0)
    room.button.emit(EventKind.CONNECTED)
    assert room.engine.protected
    room.engine.on_device_event(DeviceEvent(EventKind.FAULT_SET, "sim:other", fault=Fault.RELAY))
    assert not room.engine.protected
    assert room.entries()[-1] == {"event": "fault", "device": "sim:other", "code": "RELAY"}


def test_a_box_alarm_keeps_the_source_the_box_names() -> None:
    room = Room()
    assert room.box is not None
    room.box.emit(EventKind.ALARM, alarm_id="37.4", source=Source.LOOP_SHORT)
    assert room.entries()[0]["source"] == "LOOP_SHORT"
    room.engine.reset("nok", "real", room_checked=True)
    room.box.emit(EventKind.ALARM, alarm_id="37.5")  # a box that names no source: its button
    assert room.entries()[-1]["source"] == "BTN"


def test_each_entry_bears_the_time_the_screen_shows() -> None:
    """A real clock moves between two readings: an entry's time is the moment it records."""
    clock = TickingClock()
    room = Room(clock)
    room.button.press()
    status = room.engine.status()["alarm"]
    assert room.journal.entries[-1]["at"] == status["at"]
    room.engine.reset("nok", "real", room_checked=True)
    room.engine.raise_alarm(Source.ON_SCREEN)
    assert room.journal.entries[-1]["at"] == room.engine.status()["alarm"]["at"]
    room.engine.acknowledge("nok")
    assert room.journal.entries[-1]["at"] == room.engine.status()["alarm"]["acknowledged_at"]
    room.engine.reset("nok", "real", room_checked=True)
    room.engine.start_drill("nok", 60)
    started = room.journal.entries[-1]
    assert started["until"] == iso(datetime.fromisoformat(started["at"]).timestamp() + 60)
    room.button.press()
    assert room.journal.entries[-1]["at"] == room.engine.status()["last_drill_at"]
    assert room.engine.state is AlarmState.TEST


def test_a_box_still_showing_an_old_alarm_joins_the_new_one_and_is_reset_with_it() -> None:
    """Its RESET and the ACK of its ALM were lost (unplugged): when it comes back during a
    new alarm, its light stays on with the new alarm and its RESET comes with the new reset."""
    room = Room()
    box = room.box
    assert box is not None
    box.press()
    room.engine.reset("nok", "real", room_checked=True)
    box.latched_id = "37.1"  # the RESET never reached it
    room.button.press()  # a new alarm
    box.commands.clear()
    box.emit(EventKind.ALARM, alarm_id="37.1", source=Source.BUTTON)  # it repeats its ALM
    box.emit(EventKind.HEARTBEAT, detail={"st": "ALARM", "alarm": "37.1", "light": "FL1"})
    assert box.commands == []  # part of the alarm that is on: not reset under it
    assert room.entries()[-1] == {
        "event": "latched",
        "id": "H.1",
        "device": BOX,
        "device_alarm_id": "37.1",
    }
    room.engine.reset("nok", "real", room_checked=True)
    assert ("reset", "37.1") in box.commands and box.latched_id is None


def test_a_drill_window_lasts_exactly_its_length() -> None:
    clock = FakeClock()
    room = Room(clock)
    room.engine.start_drill("nok", 60)
    clock.advance(59.9)
    room.engine.tick()
    assert room.engine.state is AlarmState.TEST
    clock.advance(0.1)
    room.engine.tick()
    assert room.engine.state is AlarmState.READY


def test_a_box_still_in_its_own_drill_window_logs_a_test_press_never_an_alarm() -> None:
    """The box's window can outlast the engine's (a restart in between): its word counts."""
    room = Room()
    assert room.box is not None
    room.box.emit(EventKind.ALARM, alarm_id="37.2", source=Source.BUTTON, test=True)
    assert room.engine.state is AlarmState.READY
    assert room.entries() == [
        {
            "event": "test_press",
            "device": BOX,
            "source": "BTN",
            "test": True,
            "device_alarm_id": "37.2",
        }
    ]
    assert room.engine.status()["drill_due"] is False
