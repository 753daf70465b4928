"""After the alarm service restarts, the room sees exactly what it saw before (issue 20).

The mutation run left most of ``AlarmEngine._restore`` (rebuilding the state from the journal)
untested. Each test runs a scenario on one engine, starts a second engine from the first one's
journal (as the service does after a crash or a reboot), and compares what both report.
"""

from __future__ import annotations

from typing import Any

import pytest

from hardware.base import EventKind, Indicator, Light, Sounder, Source
from tjdesk.alarm.engine import AlarmEngine, AlarmState, EngineSettings, iso

from .fakes import FakeClock, FakeDriver, ListJournal, Trace

SETTINGS = EngineSettings(room="Counseling 1")
FLASH = ("set_light", Light.FLASH)


class Station:
    """One engine with a button, a latching box and a journal, on a clock moved by hand."""

    def __init__(
        self,
        clock: FakeClock,
        history: list[dict[str, Any]] | None = None,
        settings: EngineSettings = SETTINGS,
    ) -> None:
        self.trace = Trace()
        self.button = FakeDriver("sim:button", self.trace)
        self.box = FakeDriver("pbl1:/dev/ttyACM0", self.trace, latches=True)
        self.journal = ListJournal(self.trace)
        if history:
            self.journal.entries.extend(history)
        self.engine = AlarmEngine(
            [self.button, self.box],
            journal=self.journal.write,
            announce=self.journal.announce,
            settings=settings,
            clock=clock,
            history=list(history or []),
        )
        for driver in (self.button, self.box):
            driver.start(self.engine.on_device_event)

    def restarted(self, clock: FakeClock, settings: EngineSettings = SETTINGS) -> Station:
        return Station(clock, self.journal.entries, settings)


def _seen(engine: AlarmEngine) -> dict[str, Any]:
    status = engine.status()
    return {k: v for k, v in status.items() if k not in ("devices", "protected")}


def test_an_acknowledged_escalated_alarm_survives_a_restart_unchanged() -> None:
    clock = FakeClock()
    before = Station(clock)
    before.button.press()
    clock.advance(31)
    before.engine.tick()  # escalation 1
    clock.advance(5)
    before.engine.acknowledge("somchai")
    clock.advance(60)
    after = before.restarted(clock)
    assert after.engine.state is AlarmState.ACKNOWLEDGED
    assert _seen(after.engine) == _seen(before.engine)
    alarm = _seen(after.engine)["alarm"]
    assert (alarm["source"], alarm["device"], alarm["escalation"]) == ("BTN", "sim:button", 1)
    assert alarm["acknowledged_by"] == "somchai"


def test_an_acknowledgement_without_a_name_is_shown_as_unknown() -> None:
    clock = FakeClock()
    before = Station(clock)
    before.button.press()
    history = [dict(e) for e in before.journal.entries]
    history.append({"event": "acknowledged", "at": history[-1]["at"], "id": history[-1]["id"]})
    after = Station(clock, history)
    assert _seen(after.engine)["alarm"]["acknowledged_by"] == "?"


def test_a_reset_alarm_stays_reset_and_new_ids_never_repeat_old_ones() -> None:
    clock = FakeClock()
    before = Station(clock)
    first = before.engine.raise_alarm(Source.ON_SCREEN)
    clock.advance(40)
    before.engine.reset("nok", "real", room_checked=True)
    after = before.restarted(clock)
    assert after.engine.state is AlarmState.READY
    assert _seen(after.engine) == _seen(before.engine)
    assert _seen(after.engine)["alarm"] is None
    second = after.engine.raise_alarm(Source.ON_SCREEN)
    assert second != first and second.startswith("H.")
    assert int(second[2:]) > int(first[2:])


def test_an_on_screen_alarm_is_still_reset_on_the_latching_box_after_a_restart() -> None:
    clock = FakeClock()
    before = Station(clock)
    alarm_id = before.engine.raise_alarm(Source.ON_SCREEN)
    after = before.restarted(clock)
    assert after.engine.state is AlarmState.ALARM and after.engine.active_alarm_id == alarm_id
    after.engine.reset("nok", "real", room_checked=True)
    assert ("reset", alarm_id) in after.box.commands  # the box latched it under our id


def test_a_box_alarm_is_reset_with_the_boxs_own_id_after_a_restart() -> None:
    clock = FakeClock()
    before = Station(clock)
    before.box.press()
    box_id = before.engine.active_alarm_id
    assert box_id is not None and not box_id.startswith("H.")
    after = before.restarted(clock)
    assert _seen(after.engine) == _seen(before.engine)
    after.engine.reset("nok", "real", room_checked=True)
    assert ("reset", box_id) in after.box.commands


def test_a_drill_and_its_presses_survive_a_restart() -> None:
    clock = FakeClock()
    before = Station(clock)
    before.engine.start_drill("nok", 600)
    clock.advance(30)
    before.button.press()  # a drill press, never a real alarm
    clock.advance(30)
    after = before.restarted(clock)
    assert after.engine.state is AlarmState.TEST
    seen = _seen(after.engine)
    assert seen == _seen(before.engine)
    assert seen["drill_until"] is not None and seen["last_drill_at"] is not None
    assert seen["drill_due"] is False and seen["alarm"] is None
    clock.advance(600)
    after.engine.tick()  # the window ends on time, counted from before the restart
    assert after.engine.state is AlarmState.READY


def test_a_drill_that_was_stopped_stays_stopped() -> None:
    clock = FakeClock()
    before = Station(clock)
    before.engine.start_drill("nok", 600)
    before.engine.stop_drill("nok")
    after = before.restarted(clock)
    assert after.engine.state is AlarmState.READY
    assert _seen(after.engine) == _seen(before.engine)


def _resets(driver: FakeDriver) -> list[tuple[Any, ...]]:
    return [c for c in driver.commands if c[0] == "reset"]


def test_a_button_alarm_pressed_again_on_the_box_is_reset_on_the_box_only() -> None:
    clock = FakeClock()
    before = Station(clock)
    before.button.press()  # a board that cannot latch: the host's id
    before.box.press()  # the box latches its own 37.1
    before.button.press()  # and the button again
    after = before.restarted(clock)
    entries = len(after.journal.entries)
    after.box._box_seq = 0
    after.box.press()  # the box repeats 37.1 until its ACK lands: nothing new
    assert len(after.journal.entries) == entries
    after.engine.reset("nok", "real", room_checked=True)
    assert _resets(after.box) == [("reset", "37.1")]
    assert _resets(after.button) == []  # the button board never latched anything


def test_a_box_that_joined_an_alarm_with_an_old_id_is_still_reset_after_a_restart() -> None:
    clock = FakeClock()
    before = Station(clock)
    before.box.press()
    before.engine.reset("nok", "real", room_checked=True)
    before.box.latched_id = "37.1"  # its RESET was lost, and so was the ACK of its ALM
    before.button.press()  # a new alarm
    before.box.emit(EventKind.ALARM, alarm_id="37.1", source=Source.BUTTON)  # it repeats
    assert before.journal.events()[-1] == "latched"
    after = before.restarted(clock)
    after.engine.reset("nok", "real", room_checked=True)
    assert _resets(after.box) == [("reset", "37.1")]


def test_after_a_restart_a_second_box_using_an_id_the_first_used_raises_an_alarm() -> None:
    clock = FakeClock()
    trace = Trace()
    journal = ListJournal(trace)

    def station(history: list[dict[str, Any]]) -> tuple[AlarmEngine, list[FakeDriver]]:
        boxes = [FakeDriver(f"pbl1:/dev/ttyACM{n}", trace, latches=True) for n in (0, 1)]
        engine = AlarmEngine(
            boxes, journal=journal.write, announce=journal.announce, clock=clock, history=history
        )
        for box in boxes:
            box.start(engine.on_device_event)
        return engine, boxes

    engine, boxes = station([])
    boxes[0].press()
    engine.reset("nok", "real", room_checked=True)
    engine, boxes = station(list(journal.entries))
    boxes[1].press()  # its own 37.1
    assert engine.state is AlarmState.ALARM
    boxes[1].emit(EventKind.HEARTBEAT, detail={"st": "ALARM", "alarm": "37.1", "light": "FL1"})
    assert _resets(boxes[1]) == []
    # the first box still showing its closed 37.1 is reset again, as ever
    boxes[0].emit(EventKind.HEARTBEAT, detail={"st": "ALARM", "alarm": "37.1", "light": "FL1"})
    assert _resets(boxes[0]) == [("reset", "37.1")]


def test_a_box_that_missed_its_reset_before_a_restart_is_reset_again() -> None:
    clock = FakeClock()
    before = Station(clock)
    before.box.press()
    before.engine.reset("nok", "real", room_checked=True)
    after = before.restarted(clock)
    after.box.latched_id = "37.1"  # the RESET never reached it
    after.box.emit(EventKind.HEARTBEAT, detail={"st": "ALARM", "alarm": "37.1", "light": "FL1"})
    assert after.box.commands == [("reset", "37.1")]
    # also while a new alarm is on elsewhere: the box's old alarm is not the new one
    after.button.press()
    after.box.commands.clear()
    after.box.emit(EventKind.HEARTBEAT, detail={"st": "ALARM", "alarm": "37.1", "light": "FL1"})
    assert after.box.commands == [("reset", "37.1")]
    # an alarm the engine never closed is left alone: the box's ALM for it is on its way
    after.box.commands.clear()
    after.box.emit(EventKind.HEARTBEAT, detail={"st": "ALARM", "alarm": "38.1", "light": "FL1"})
    assert after.box.commands == []


def test_the_host_numbers_its_alarms_on_from_the_journal() -> None:
    clock = FakeClock()
    before = Station(clock)
    assert before.engine.raise_alarm(Source.ON_SCREEN) == "H.1"
    before.engine.raise_alarm(Source.HOTKEY)  # the same alarm; the box was sent H.2
    before.engine.reset("nok", "real", room_checked=True)
    after = before.restarted(clock)
    entries = len(after.journal.entries)
    after.box.emit(EventKind.ALARM, alarm_id="H.2", source=Source.HOTKEY)  # a late echo
    assert len(after.journal.entries) == entries and after.engine.state is AlarmState.READY
    assert after.engine.raise_alarm(Source.ON_SCREEN) == "H.3"


def test_escalation_after_a_restart_counts_from_the_press() -> None:
    clock = FakeClock()
    before = Station(clock)
    before.button.press()
    after = before.restarted(clock)  # at once, before any time passed
    clock.advance(29.5)
    after.engine.tick()
    assert after.engine.status()["alarm"]["escalation"] == 0
    clock.advance(0.5)
    after.engine.tick()
    assert after.engine.status()["alarm"]["escalation"] == 1


def test_a_drill_ends_after_a_restart_exactly_when_it_would_have() -> None:
    clock = FakeClock()
    before = Station(clock)
    before.engine.start_drill("nok", 600)
    clock.advance(30)
    after = before.restarted(clock)
    clock.advance(569)
    after.engine.tick()
    assert after.engine.state is AlarmState.TEST
    clock.advance(1)
    after.engine.tick()
    assert after.engine.state is AlarmState.READY


def test_a_drill_that_ran_out_while_the_service_was_down_ends_at_once() -> None:
    clock = FakeClock()
    before = Station(clock)
    before.engine.start_drill("nok", 60)
    clock.advance(100)
    after = before.restarted(clock)
    after.engine.tick()
    assert after.engine.state is AlarmState.READY
    assert after.journal.entries[-1]["event"] == "test_ended"


def test_drill_presses_before_and_after_a_restart_are_all_counted() -> None:
    clock = FakeClock()
    before = Station(clock)
    before.engine.start_drill("nok", 600)
    before.button.press()
    before.button.press()
    after = before.restarted(clock)
    after.button.press()
    after.engine.stop_drill("nok")
    assert after.journal.entries[-1]["presses"] == 3


@pytest.mark.parametrize(
    ("silent", "seconds", "acknowledged", "expected"),
    [
        (True, 0, False, [FLASH]),
        (True, 31, False, [FLASH, ("set_sounder", Sounder.PULSE)]),
        (True, 121, False, [FLASH, ("set_sounder", Sounder.ON)]),
        (False, 0, False, [FLASH, ("set_sounder", Sounder.ON)]),
        (True, 31, True, [FLASH, ("set_indicator", Indicator.BLINK)]),
        (False, 0, True, [FLASH, ("set_indicator", Indicator.BLINK)]),
    ],
)
def test_after_a_restart_the_outputs_are_what_they_were(
    silent: bool, seconds: float, acknowledged: bool, expected: list[tuple[Any, ...]]
) -> None:
    """Silent: pulses at the first step, steady at the second; audible: steady from the
    start; once acknowledged, no sound, the indicator blinks; the light is always on."""
    clock = FakeClock()
    settings = EngineSettings(room="Counseling 1", silent=silent)
    before = Station(clock, settings=settings)
    before.button.press()
    clock.advance(seconds)
    before.engine.tick()
    if acknowledged:
        before.engine.acknowledge("nok")
    after = before.restarted(clock, settings)
    after.engine.resume_outputs()
    assert after.button.commands == expected
    assert after.box.commands == expected


def test_nothing_is_put_back_after_a_restart_when_no_alarm_is_on() -> None:
    clock = FakeClock()
    before = Station(clock)
    before.button.press()
    before.engine.reset("nok", "real", room_checked=True)
    after = before.restarted(clock)
    after.engine.resume_outputs()
    after.box.emit(EventKind.CONNECTED)
    assert after.button.commands == [] and after.box.commands == []


def test_a_damaged_journal_still_restores_what_it_can() -> None:
    """Entries written by hand or by an older version: a time that cannot be read, a
    missing field. The service must start, and show the alarm as best it can."""
    clock = FakeClock()
    now = iso(clock.now())
    history: list[dict[str, Any]] = [
        {"seq": 2, "event": "activation", "device": "sim:button", "device_alarm_id": 7},
        {"seq": 3, "event": "alarm", "id": "H.5"},  # no time, no source, no device
        {"seq": 4, "event": "escalated", "id": "H.5", "at": "yesterday"},  # no level
    ]
    after = Station(clock, history)
    alarm = after.engine.status()["alarm"]
    assert (alarm["id"], alarm["at"], alarm["source"], alarm["device"]) == ("H.5", now, "", "")
    assert alarm["escalation"] == 0
    assert after.engine.raise_alarm(Source.ON_SCREEN) == "H.5"  # the same alarm
    assert after.journal.entries[-1]["device_alarm_id"] == "H.6"


def test_an_alarm_whose_time_cannot_be_read_is_dated_the_restart() -> None:
    clock = FakeClock()
    history = [{"seq": 1, "event": "alarm", "id": "37.9", "device": "pbl1:/dev/ttyACM0", "at": "?"}]
    after = Station(clock, history)
    assert after.engine.status()["alarm"]["at"] == iso(clock.now())
    after.engine.reset("nok", "real", room_checked=True)
    assert _resets(after.box) == [("reset", "37.9")]


def test_a_drill_whose_end_cannot_be_read_ends_at_the_first_tick() -> None:
    clock = FakeClock()
    history = [{"seq": 1, "event": "test_started", "at": iso(clock.now()), "by": "nok"}]
    after = Station(clock, history)
    after.engine.tick()
    assert after.journal.entries[-1]["event"] == "test_ended"
    assert after.engine.state is AlarmState.READY


def test_the_last_4096_alarm_ids_are_remembered_across_a_restart() -> None:
    """A box that missed a RESET is reset again, and a box's late ALM is no new alarm, for
    any of the last 4096 alarms; an id older than that is taken as new (better twice than
    never)."""
    clock = FakeClock()
    now = iso(clock.now())
    history: list[dict[str, Any]] = []
    for n in range(1, 4098):
        history.append({"event": "alarm", "id": f"H.{n}", "source": "UI", "device": "", "at": now})
        history.append({"event": "reset", "id": f"H.{n}", "at": now})
    after = Station(clock, [{"seq": n, **e} for n, e in enumerate(history, start=1)])
    box = after.box
    box.emit(EventKind.HEARTBEAT, detail={"alarm": "H.1", "light": "FL1"})
    assert box.commands == []
    box.emit(EventKind.HEARTBEAT, detail={"alarm": "H.2", "light": "FL1"})
    assert box.commands == [("reset", "H.2")]
    box.emit(EventKind.ALARM, alarm_id="H.2", source=Source.ON_SCREEN)
    assert after.engine.state is AlarmState.READY
    box.emit(EventKind.ALARM, alarm_id="H.1", source=Source.ON_SCREEN)
    assert after.engine.state is AlarmState.ALARM


def test_after_a_restart_each_box_is_reset_with_its_own_ids_only() -> None:
    clock = FakeClock()
    trace = Trace()
    journal = ListJournal(trace)

    def station(history: list[dict[str, Any]]) -> tuple[AlarmEngine, FakeDriver, list[FakeDriver]]:
        button = FakeDriver("sim:button", trace)
        boxes = [FakeDriver(f"pbl1:/dev/ttyACM{n}", trace, latches=True) for n in (0, 1)]
        engine = AlarmEngine(
            [button, *boxes],
            journal=journal.write,
            announce=journal.announce,
            clock=clock,
            history=history,
        )
        for driver in (button, *boxes):
            driver.start(engine.on_device_event)
        return engine, button, boxes

    engine, button, boxes = station([])
    button.press()
    boxes[0].press()  # 37.1, on the first box only
    engine, button, boxes = station(list(journal.entries))
    engine.reset("nok", "real", room_checked=True)
    assert _resets(boxes[0]) == [("reset", "37.1")] and _resets(boxes[1]) == []

    # a panic raised twice on screen: every box latched both of the host's ids
    engine.raise_alarm(Source.ON_SCREEN)
    engine.raise_alarm(Source.HOTKEY)
    engine, button, boxes = station(list(journal.entries))
    engine.reset("nok", "real", room_checked=True)
    for box in boxes:
        assert _resets(box) == [("reset", "H.2"), ("reset", "H.3")]


def test_an_alarm_of_a_drill_on_record_is_no_alarm_after_a_restart() -> None:
    clock = FakeClock()
    history = [{"seq": 1, "event": "alarm", "id": "37.3", "test": True, "at": iso(clock.now())}]
    after = Station(clock, history)
    assert after.engine.state is AlarmState.READY and after.engine.status()["alarm"] is None
