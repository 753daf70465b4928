"""The alarm engine with fake drivers, a list journal and a clock that moves on command."""

from __future__ import annotations

from pathlib import Path

import pytest

from hardware.base import EventKind, Fault, Indicator, Light, Sounder, Source
from tjdesk.alarm.engine import AlarmEngine, AlarmRefused, AlarmState, EngineSettings
from tjdesk.alarm.journal import AlarmJournal

from .fakes import FakeClock, FakeDriver, ListJournal, Trace


@pytest.fixture
def trace() -> Trace:
    return Trace()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def make_engine(trace, clock, drivers, journal=None, **settings):
    journal = journal or ListJournal(trace)
    engine = AlarmEngine(
        drivers,
        journal=journal.write,
        announce=journal.announce,
        settings=EngineSettings(room="Counseling 1", **settings),
        clock=clock,
    )
    for d in drivers:
        d.start(engine.on_device_event)
    return engine, journal


def test_press_lights_every_light_before_the_journal_hears_of_it(trace, clock):
    button = FakeDriver("numato:/dev/ttyACM0", trace)
    lamp = FakeDriver("lcus:/dev/ttyUSB0", trace)
    engine, journal = make_engine(trace, clock, [button, lamp])

    button.press()

    assert engine.state is AlarmState.ALARM
    assert button.light is Light.FLASH and lamp.light is Light.FLASH
    first_journal = trace.index(lambda i: i[0] == "journal")
    assert (
        trace.index(lambda i: i[:3] == ("cmd", "numato:/dev/ttyACM0", "set_light")) < first_journal
    )
    assert trace.index(lambda i: i[:3] == ("cmd", "lcus:/dev/ttyUSB0", "set_light")) < first_journal
    assert trace.index(lambda i: i[0] == "announce") > first_journal
    alarm = journal.entries[0]
    assert alarm["event"] == "alarm" and alarm["source"] == "BTN"
    assert alarm["device"] == "numato:/dev/ttyACM0" and alarm["room"] == "Counseling 1"
    assert alarm["test"] is False and alarm["id"].startswith("H.")


def test_a_latched_box_hears_back_after_the_journal_and_others_are_lit(trace, clock):
    box = FakeDriver("pbl1:/dev/ttyACM0", trace, latches=True)
    desk = FakeDriver("lcus:/dev/ttyUSB0", trace)
    engine, journal = make_engine(trace, clock, [box, desk])

    box.press()

    assert desk.light is Light.FLASH
    # the box latched by itself; the engine does not echo a light command back to it
    assert ("set_light", Light.FLASH) not in box.commands
    assert journal.entries[0]["id"] == "37.1"
    # on_event returned (the driver ACKs the box then) only after the journal had it
    assert box.returned_after[-1] == 1
    # the box repeats its ALM until the ACK lands: one alarm, not two
    box.on_event_repeat = None
    box._box_seq -= 1
    box.press()
    assert journal.events() == ["alarm"]
    assert engine.state is AlarmState.ALARM


def test_on_screen_raise_latches_boxes_and_lights_the_rest(trace, clock):
    box = FakeDriver("pbl1:/dev/ttyACM0", trace, latches=True)
    lamp = FakeDriver("lcus:/dev/ttyUSB0", trace)
    engine, journal = make_engine(trace, clock, [box, lamp])

    alarm_id = engine.raise_alarm(Source.HOTKEY)

    assert box.latched_id == alarm_id and lamp.light is Light.FLASH
    assert journal.entries[0]["source"] == "HOTKEY"
    # the same path as a button: outputs first, then the journal
    first_journal = trace.index(lambda i: i[0] == "journal")
    assert trace.index(lambda i: i[:3] == ("cmd", box.spec, "raise_alarm")) < first_journal
    assert trace.index(lambda i: i[:3] == ("cmd", lamp.spec, "set_light")) < first_journal
    engine.reset("somchai", "real", room_checked=False)
    assert ("reset", alarm_id) in box.commands
    assert box.light is Light.OFF and lamp.light is Light.OFF


def test_box_echo_of_raise_is_latched_and_reset_with_its_id(trace, clock):
    box = FakeDriver("pbl1:/dev/ttyACM0", trace, latches=True)
    engine, journal = make_engine(trace, clock, [box])
    alarm_id = engine.raise_alarm(Source.ON_SCREEN)
    box.emit(EventKind.ALARM, alarm_id=alarm_id, source=Source.ON_SCREEN)
    assert journal.events() == ["alarm"]
    engine.reset("somchai", "real", room_checked=True)
    assert box.latched_id is None


def test_silent_alarm_escalates_at_30_s_then_2_min(trace, clock):
    button = FakeDriver("sim:", trace)
    engine, journal = make_engine(trace, clock, [button])
    button.press()
    assert not [c for c in button.commands if c[0] == "set_sounder"]  # silent by default

    clock.advance(29.9)
    engine.tick()
    assert journal.events() == ["alarm"]
    clock.advance(0.2)
    engine.tick()
    assert journal.entries[-1]["event"] == "escalated" and journal.entries[-1]["level"] == 1
    assert ("set_sounder", Sounder.PULSE) in button.commands
    clock.advance(90)
    engine.tick()
    engine.tick()
    assert [e.get("level") for e in journal.entries if e["event"] == "escalated"] == [1, 2]
    assert engine.status()["alarm"]["escalation"] == 2


def test_acknowledged_alarm_does_not_escalate_and_silences_the_sounder(trace, clock):
    button = FakeDriver("sim:", trace)
    engine, journal = make_engine(trace, clock, [button], escalate_after_s=10)
    button.press()
    clock.advance(11)
    engine.tick()
    engine.acknowledge("nok")
    assert engine.state is AlarmState.ACKNOWLEDGED
    assert (
        button.commands[-1] == ("set_sounder", Sounder.OFF)
        or ("set_sounder", Sounder.OFF) in button.commands
    )
    assert ("set_indicator", Indicator.BLINK) in button.commands
    assert button.light is Light.FLASH  # acknowledging never turns the light off
    clock.advance(500)
    engine.tick()
    assert journal.events() == ["alarm", "escalated", "acknowledged"]


def test_audible_mode_sounds_at_once_and_escalation_never_turns_it_down(trace, clock):
    button = FakeDriver("sim:", trace)
    engine, journal = make_engine(trace, clock, [button], silent=False)
    button.press()
    assert ("set_sounder", Sounder.ON) in button.commands
    clock.advance(31)
    engine.tick()
    assert journal.entries[-1]["event"] == "escalated"
    sounds = [c[1] for c in button.commands if c[0] == "set_sounder"]
    assert Sounder.PULSE not in sounds and sounds[-1] is Sounder.ON


@pytest.mark.parametrize(
    ("user", "reason", "checked"),
    [("", "real", True), ("  ", "real", True), ("nok", "oops", True), ("nok", "accidental", False)],
)
def test_reset_refused_without_user_reason_or_room_check(trace, clock, user, reason, checked):
    button = FakeDriver("sim:", trace)
    engine, journal = make_engine(trace, clock, [button])
    button.press()
    with pytest.raises(AlarmRefused):
        engine.reset(user, reason, room_checked=checked)
    assert engine.state is AlarmState.ALARM and button.light is Light.FLASH
    assert journal.events() == ["alarm"]


def test_accidental_alarm_closes_once_the_room_is_checked(trace, clock):
    button = FakeDriver("sim:", trace)
    engine, journal = make_engine(trace, clock, [button])
    button.press()
    engine.reset("nok", "accidental", room_checked=True)
    assert engine.state is AlarmState.READY and button.light is Light.OFF
    assert journal.entries[-1] | {"at": None} == {
        "seq": 2,
        "event": "reset",
        "id": journal.entries[0]["id"],
        "by": "nok",
        "reason": "accidental",
        "room_checked": True,
        "at": None,
    }


def test_drill_press_lights_test_pattern_and_is_never_a_real_alarm(trace, clock):
    button = FakeDriver("sim:", trace)
    box = FakeDriver("pbl1:/dev/ttyACM0", trace, latches=True)
    engine, journal = make_engine(trace, clock, [button, box])
    engine.start_drill("nok", 120)
    assert engine.state is AlarmState.TEST and box.test_window_open

    button.press()
    box.press()

    assert engine.state is AlarmState.TEST
    assert button.light is Light.FLASH_TEST
    assert not [e for e in journal.entries if e["event"] == "alarm"]
    assert [e["event"] for e in journal.entries].count("test_press") == 2
    assert engine.last_drill_at == clock.now()
    assert engine.status()["drill_due"] is False
    clock.advance(120)
    engine.tick()
    assert engine.state is AlarmState.READY and button.light is Light.OFF
    assert not box.test_window_open
    assert journal.entries[-1]["event"] == "test_ended" and journal.entries[-1]["presses"] == 2


def test_no_drill_during_an_alarm(trace, clock):
    button = FakeDriver("sim:", trace)
    engine, _ = make_engine(trace, clock, [button])
    button.press()
    with pytest.raises(AlarmRefused):
        engine.start_drill("nok", 60)
    assert engine.state is AlarmState.ALARM


def test_faults_make_the_room_unprotected_until_cleared(trace, clock):
    button = FakeDriver("sim:", trace)
    engine, journal = make_engine(trace, clock, [button])
    assert not engine.protected  # nothing has connected yet
    button.emit(EventKind.CONNECTED)
    assert engine.protected
    button.emit(EventKind.FAULT_SET, Fault.LOOP_OPEN)
    button.emit(EventKind.FAULT_SET, Fault.LOOP_OPEN)  # the same fault again is no new event
    assert not engine.protected
    status = engine.status()
    assert status["devices"][0]["faults"] == ["LOOP_OPEN"] and status["devices"][0]["hint"]
    button.emit(EventKind.FAULT_CLEARED, Fault.LOOP_OPEN)
    assert engine.protected
    button.emit(EventKind.DISCONNECTED)
    assert not engine.protected
    assert journal.events() == ["connected", "fault", "fault_cleared", "disconnected", "fault"]


def test_reconnected_device_gets_the_alarm_light_back(trace, clock):
    button = FakeDriver("sim:", trace)
    lamp = FakeDriver("lcus:/dev/ttyUSB0", trace)
    engine, _ = make_engine(trace, clock, [button, lamp])
    button.press()
    lamp.emit(EventKind.DISCONNECTED)
    lamp.light = Light.OFF  # the board lost power
    lamp.emit(EventKind.CONNECTED)
    assert lamp.light is Light.FLASH


def test_restart_restores_a_latched_alarm(tmp_path: Path, trace, clock):
    path = tmp_path / "journal.jsonl"
    journal = AlarmJournal(path)
    box = FakeDriver("pbl1:/dev/ttyACM0", trace, latches=True)
    lamp = FakeDriver("lcus:/dev/ttyUSB0", trace)
    engine = AlarmEngine([box, lamp], journal=journal.append, announce=lambda e: None, clock=clock)
    box.start(engine.on_device_event)
    box.press()
    clock.advance(20)
    journal.close()

    # the service restarts: new engine, new drivers, same journal
    journal = AlarmJournal(path)
    box2 = FakeDriver("pbl1:/dev/ttyACM0", trace, latches=True)
    lamp2 = FakeDriver("lcus:/dev/ttyUSB0", trace)
    announced = []
    engine = AlarmEngine(
        [box2, lamp2],
        journal=journal.append,
        announce=announced.append,
        clock=clock,
        history=journal.history(),
    )
    box2.start(engine.on_device_event)
    engine.resume_outputs()
    assert engine.state is AlarmState.ALARM and engine.active_alarm_id == "37.1"
    assert lamp2.light is Light.FLASH
    # the box repeats its unacknowledged ALM after the restart: still the same alarm
    box2._box_seq = 0
    box2.press()
    assert not [e for e in announced if e["event"] == "alarm"]
    # escalation counts from the press, not from the restart
    clock.advance(10)
    engine.tick()
    assert announced[-1]["event"] == "escalated"
    engine.reset("nok", "real", room_checked=True)
    assert ("reset", "37.1") in box2.commands
    journal.close()
    assert [e["seq"] for e in AlarmJournal(path).history()] == [
        0,
        1,
        2,
        3,
    ]  # created, alarm, escalated, reset


def test_a_drill_is_due_after_seven_days(trace, clock):
    button = FakeDriver("sim:", trace)
    engine, _ = make_engine(trace, clock, [button])
    assert engine.status()["drill_due"] is True  # never drilled
    engine.start_drill("nok", 60)
    button.press()
    engine.stop_drill("nok")
    clock.advance(7 * 24 * 3600 - 1)
    assert engine.status()["drill_due"] is False
    clock.advance(2)
    assert engine.status()["drill_due"] is True


def test_a_box_that_missed_its_reset_is_reset_again(trace, clock):
    box = FakeDriver("panicbox:/dev/ttyACM0", trace, latches=True)
    engine, journal = make_engine(trace, clock, [box])
    box.press()
    box.commands.clear()
    engine.reset("nok", "real", room_checked=True)
    assert ("reset", "37.1") in box.commands
    box.latched_id = "37.1"  # the RESET never reached it (unplugged at that moment)
    box.commands.clear()
    box.emit(EventKind.HEARTBEAT, detail={"st": "ALARM", "alarm": "37.1", "light": "FL1"})
    assert box.commands == [("reset", "37.1")]
    assert box.latched_id is None
    assert journal.events() == ["alarm", "reset"]  # nothing new on record
    box.commands.clear()
    box.emit(EventKind.HEARTBEAT, detail={"st": "IDLE", "alarm": "0", "light": "OFF"})
    assert box.commands == []


def test_a_light_that_went_out_during_an_alarm_is_lit_again(trace, clock):
    box = FakeDriver("panicbox:/dev/ttyACM0", trace, latches=True)
    button = FakeDriver("sim:", trace)
    engine, _ = make_engine(trace, clock, [box, button])
    button.press()
    box.light = Light.OFF  # the box lost power and came back without the light
    box.emit(EventKind.HEARTBEAT, detail={"st": "IDLE", "alarm": "0", "light": "OFF"})
    assert box.light is Light.FLASH
    assert engine.state is AlarmState.ALARM


def test_an_on_screen_panic_during_a_drill_is_a_real_alarm(trace, clock):
    """A drill tests the hidden button; reaching for the on-screen control means it."""
    button = FakeDriver("sim:", trace)
    box = FakeDriver("pbl1:/dev/ttyACM0", trace, latches=True)
    engine, journal = make_engine(trace, clock, [button, box])
    engine.start_drill("nok", 120)
    alarm_id = engine.raise_alarm(Source.ON_SCREEN)

    assert engine.state is AlarmState.ALARM
    assert not box.test_window_open  # the box leaves its drill window before it latches
    assert button.light is Light.FLASH
    real = [e for e in journal.entries if e["event"] == "alarm"]
    assert len(real) == 1 and real[0]["id"] == alarm_id and real[0]["test"] is False
    assert journal.events().index("test_ended") < journal.events().index("alarm")


def test_a_drill_cannot_run_longer_than_fifteen_minutes(trace, clock):
    engine, _journal = make_engine(trace, clock, [FakeDriver("sim:", trace)])
    with pytest.raises(AlarmRefused):
        engine.start_drill("nok", 15 * 60 + 1)
    engine.start_drill("nok", 15 * 60)
    assert engine.state is AlarmState.TEST
