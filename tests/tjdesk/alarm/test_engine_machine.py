"""A Hypothesis state machine over the engine: presses, acknowledgements, resets (good and
bad), faults, lock and quick-hide, drill windows and time passing, against the promises a
user relies on."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from hardware.base import EventKind, Fault, Light, Source
from tjdesk.alarm.engine import AlarmEngine, AlarmRefused, AlarmState, EngineSettings

from .fakes import FakeClock, FakeDriver, ListJournal, Trace

STATE_ENTRY = {
    (AlarmState.READY, AlarmState.ALARM): "alarm",
    (AlarmState.TEST, AlarmState.ALARM): "alarm",
    (AlarmState.ALARM, AlarmState.ACKNOWLEDGED): "acknowledged",
    (AlarmState.ALARM, AlarmState.READY): "reset",
    (AlarmState.ACKNOWLEDGED, AlarmState.READY): "reset",
    (AlarmState.READY, AlarmState.TEST): "test_started",
    (AlarmState.TEST, AlarmState.READY): "test_ended",
}


class AlarmMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.trace = Trace()
        self.clock = FakeClock()
        self.journal = ListJournal(self.trace)
        self.drivers = [
            FakeDriver("sim:", self.trace),
            FakeDriver("pbl1:/dev/ttyACM0", self.trace, latches=True),
            FakeDriver("lcus:/dev/ttyUSB0", self.trace),
        ]
        self.engine = AlarmEngine(
            self.drivers,
            journal=self.journal.write,
            announce=self.journal.announce,
            settings=EngineSettings(room="R1", escalate_after_s=30, escalate_second_s=120),
            clock=self.clock,
        )
        for d in self.drivers:
            d.start(self.engine.on_device_event)
        self.real_alarm = False  # the model: a real alarm is on until an authorised reset
        self.faults: set[tuple[str, str]] = set()
        self.connected = {d.spec: False for d in self.drivers}
        self.before = self._snapshot()

    def _snapshot(self):
        status = self.engine.status()
        return (
            self.engine.state,
            len(self.journal.entries),
            status["alarm"]["escalation"] if status["alarm"] else 0,
            frozenset(self.faults),
        )

    def _new_entries(self):
        return self.journal.entries[self.before[1] :]

    # ------------------------------------------------------------------ rules

    @rule(device=st.integers(0, 2))
    def press(self, device: int) -> None:
        driver = self.drivers[device]
        drill = self.engine.state is AlarmState.TEST
        driver.press()
        if drill:
            # a press in a drill window is a test, never a real alarm
            assert self.engine.state is AlarmState.TEST
            assert [e["event"] for e in self._new_entries()] == ["test_press"]
            assert driver.light is Light.FLASH_TEST or driver.latches
        else:
            self.real_alarm = True

    @rule(source=st.sampled_from([Source.ON_SCREEN, Source.HOTKEY]))
    def raise_on_screen(self, source: Source) -> None:
        # On screen is always meant: in a drill window too, it ends the drill and is real.
        self.engine.raise_alarm(source)
        assert self.engine.state in (AlarmState.ALARM, AlarmState.ACKNOWLEDGED)
        self.real_alarm = True

    @rule(user=st.sampled_from(["", "nok", "somchai"]))
    def acknowledge(self, user: str) -> None:
        was = self.engine.state
        try:
            self.engine.acknowledge(user)
        except AlarmRefused:
            assert was is not AlarmState.ALARM
        else:
            assert was is AlarmState.ALARM

    @rule(
        user=st.sampled_from(["", " ", "nok"]),
        reason=st.sampled_from(["real", "accidental", "drill", "bored", ""]),
        room_checked=st.booleans(),
    )
    def reset(self, user: str, reason: str, room_checked: bool) -> None:
        authorised = (
            bool(user.strip())
            # An open alarm is never a drill press (issue 17, item 7): "drill" is refused.
            and reason in ("real", "accidental")
            and (reason == "real" or room_checked)
        )
        try:
            self.engine.reset(user, reason, room_checked)
        except AlarmRefused:
            assert not (authorised and self.real_alarm)
        else:
            assert authorised and self.real_alarm
            self.real_alarm = False
            for d in self.drivers:
                assert d.light is Light.OFF and d.latched_id is None

    @rule(
        device=st.integers(0, 2),
        fault=st.sampled_from([Fault.LOOP_OPEN, Fault.LAMP_OPEN]),
        present=st.booleans(),
    )
    def fault(self, device: int, fault: Fault, present: bool) -> None:
        d = self.drivers[device]
        d.emit(EventKind.FAULT_SET if present else EventKind.FAULT_CLEARED, fault)
        key = (d.spec, fault.value)
        if present:
            self.faults.add(key)
        else:
            self.faults.discard(key)

    @rule(device=st.integers(0, 2), connected=st.booleans())
    def connection(self, device: int, connected: bool) -> None:
        d = self.drivers[device]
        d.emit(EventKind.CONNECTED if connected else EventKind.DISCONNECTED)
        key = (d.spec, Fault.DEVICE_LOST.value)
        if connected:
            self.faults.discard(key)
        elif self.connected[d.spec]:
            self.faults.add(key)  # a device that was there and went away is a fault
        self.connected[d.spec] = connected

    @rule()
    def lock_screen(self) -> None:
        # The app's lock and quick-hide call nothing on the engine: nothing may change.
        pass

    @rule()
    def quick_hide(self) -> None:
        pass

    @rule(seconds=st.sampled_from([5, 60, 120]))
    def start_drill(self, seconds: int) -> None:
        was = self.engine.state
        try:
            self.engine.start_drill("nok", seconds)
        except AlarmRefused:
            assert was is not AlarmState.READY
        else:
            assert was is AlarmState.READY

    @precondition(lambda self: self.engine.state is AlarmState.TEST)
    @rule()
    def stop_drill(self) -> None:
        self.engine.stop_drill("nok")

    @rule()
    def service_restarts(self) -> None:
        # The service process stops (nothing is turned off) and starts again from its journal;
        # the devices keep their own state (a box stays latched).
        for d in self.drivers:
            d.stop()
        self.engine = AlarmEngine(
            self.drivers,
            journal=self.journal.write,
            announce=self.journal.announce,
            settings=EngineSettings(room="R1", escalate_after_s=30, escalate_second_s=120),
            clock=self.clock,
            history=list(self.journal.entries),
        )
        for d in self.drivers:
            d.start(self.engine.on_device_event)
        self.engine.resume_outputs()
        # a fresh process knows no device yet: each must connect (and report faults) again
        self.faults = set()
        self.connected = {d.spec: False for d in self.drivers}
        self.before = (self.before[0], self.before[1], self.before[2], frozenset())

    @rule(seconds=st.sampled_from([0.5, 4.0, 29.0, 31.0, 100.0]))
    def time_passes(self, seconds: float) -> None:
        self.clock.advance(seconds)
        self.engine.tick()

    # ------------------------------------------------------------------ invariants

    @invariant()
    def every_transition_logged_exactly_once(self) -> None:
        new = self._snapshot()
        old_state, _, old_level, old_faults = self.before
        entries = [e["event"] for e in self._new_entries()]
        expected: list[str] = []
        if (old_state, new[0]) in STATE_ENTRY:
            expected.append(STATE_ENTRY[(old_state, new[0])])
        if old_state is AlarmState.TEST and new[0] is AlarmState.ALARM:
            expected.append("test_ended")  # a real alarm closes the drill window
        if new[0] in (AlarmState.ALARM, AlarmState.ACKNOWLEDGED):
            expected += ["escalated"] * max(
                0, new[2] - (old_level if old_state is not AlarmState.READY else 0)
            )
        expected += ["fault"] * len(new[3] - old_faults)
        expected += ["fault_cleared"] * len(old_faults - new[3])
        # presses, activations, connection changes are logged but are not state transitions
        noise = {"test_press", "activation", "latched", "connected", "disconnected"}
        assert sorted(e for e in entries if e not in noise) == sorted(expected)
        assert self.journal.announced == self.journal.entries
        seqs = [e["seq"] for e in self.journal.entries]
        assert seqs == sorted(set(seqs))
        self.before = new

    @invariant()
    def a_real_alarm_stays_on_until_an_authorised_reset(self) -> None:
        if self.real_alarm:
            assert self.engine.state in (AlarmState.ALARM, AlarmState.ACKNOWLEDGED)
            for d in self.drivers:
                assert d.light is Light.FLASH or d.latched_id is not None
        else:
            assert self.engine.state in (AlarmState.READY, AlarmState.TEST)
            assert not [e for e in self._new_entries() if e["event"] == "alarm"]

    @invariant()
    def faults_are_never_silent(self) -> None:
        assert self.engine.protected == (not self.faults and all(self.connected.values()))


AlarmMachine.TestCase.settings = settings(
    max_examples=100,
    stateful_step_count=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestAlarmMachine = AlarmMachine.TestCase


@pytest.mark.slow
def test_alarm_machine_long_form() -> None:
    run_state_machine_as_test(
        AlarmMachine,
        settings=settings(
            max_examples=500,
            stateful_step_count=60,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        ),
    )
