"""After the alarm service restarts, the room sees exactly what it saw before (issue 20).

The mutation run left most of ``AlarmEngine._restore`` (rebuilding the state from the journal)
untested. Each test runs a scenario on one engine, starts a second engine from the first one's
journal (as the service does after a crash or a reboot), and compares what both report.
"""

from __future__ import annotations

from typing import Any

from hardware.base import Source
from tjdesk.alarm.engine import AlarmEngine, AlarmState, EngineSettings

from .fakes import FakeClock, FakeDriver, ListJournal, Trace

SETTINGS = EngineSettings(room="Counseling 1")


class Station:
    """One engine with a button, a latching box and a journal, on a clock moved by hand."""

    def __init__(self, clock: FakeClock, history: list[dict[str, Any]] | None = None) -> None:
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
            settings=SETTINGS,
            clock=clock,
            history=list(history or []),
        )
        for driver in (self.button, self.box):
            driver.start(self.engine.on_device_event)

    def restarted(self, clock: FakeClock) -> Station:
        return Station(clock, self.journal.entries)


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
