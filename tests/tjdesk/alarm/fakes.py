"""Small stand-ins for the engine's neighbours: a driver that records what it was told, a
clock that moves only when the test says so, and a journal kept in a list."""

from __future__ import annotations

import threading
from typing import Any

from hardware.base import (
    Capability,
    DeviceEvent,
    DeviceStatus,
    Driver,
    EventCallback,
    EventKind,
    Fault,
    Light,
    Source,
)


class Trace:
    """One ordered record of everything the engine did, shared by drivers and journal."""

    def __init__(self) -> None:
        self.items: list[tuple[str, ...]] = []
        self._lock = threading.Lock()

    def add(self, *item: Any) -> None:
        with self._lock:
            self.items.append(tuple(item))

    def index(self, predicate: Any) -> int:
        for number, item in enumerate(self.items):
            if predicate(item):
                return number
        raise AssertionError("not in the trace")


class FakeClock:
    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self._wall = start
        self._mono = 1000.0

    def monotonic(self) -> float:
        return self._mono

    def now(self) -> float:
        return self._wall

    def advance(self, seconds: float) -> None:
        self._wall += seconds
        self._mono += seconds


class FakeDriver(Driver):
    def __init__(self, spec: str, trace: Trace, *, latches: bool = False) -> None:
        super().__init__(spec)
        caps = {Capability.BUTTON, Capability.LIGHT, Capability.SOUNDER}
        if latches:
            caps |= {Capability.LATCHES, Capability.TEST_WINDOW}
        self.capabilities = frozenset(caps)
        self.latches = latches
        self.trace = trace
        self.on_event: EventCallback | None = None
        self.light = Light.OFF
        self.latched_id: str | None = None
        self.test_window_open = False
        self.commands: list[tuple[Any, ...]] = []
        self._box_seq = 0
        self.returned_after: list[int] = []

    # driver interface
    def start(self, on_event: EventCallback) -> None:
        self.on_event = on_event

    def stop(self) -> None:
        self.on_event = None

    def status(self) -> DeviceStatus:
        return DeviceStatus(self.spec, True, frozenset(), None, self.light, True, None, None)

    def _cmd(self, *cmd: Any) -> None:
        self.commands.append(cmd)
        self.trace.add("cmd", self.spec, *cmd)

    def set_light(self, state: Light) -> None:
        self._cmd("set_light", state)
        if self.latched_id is not None and state is Light.OFF:
            return  # a PBL/1 box refuses light=OFF while latched
        self.light = state

    def set_sounder(self, state: Any, duration_s: int | None = None) -> None:
        self._cmd("set_sounder", state)

    def set_indicator(self, state: Any) -> None:
        self._cmd("set_indicator", state)

    def raise_alarm(self, alarm_id: str, source: Source) -> None:
        self._cmd("raise_alarm", alarm_id, source)
        if self.latches and not self.test_window_open and self.latched_id is None:
            self.latched_id = alarm_id
            self.light = Light.FLASH

    def acknowledge(self, alarm_id: str) -> None:
        self._cmd("acknowledge", alarm_id)

    def reset(self, alarm_id: str) -> None:
        self._cmd("reset", alarm_id)
        if alarm_id == self.latched_id:
            self.latched_id = None
            self.light = Light.OFF

    def test_window(self, seconds: int | None) -> None:
        self._cmd("test_window", seconds)
        self.test_window_open = seconds is not None

    # what the device does by itself (these run "on the reader thread": the caller's)
    def press(self) -> None:
        assert self.on_event is not None
        if self.latches:
            self._box_seq += 1
            box_id = f"37.{self._box_seq}"
            test = self.test_window_open
            if not test and self.latched_id is None:
                self.latched_id = box_id
                self.light = Light.FLASH
            elif test:
                self.light = Light.FLASH_TEST
            self.on_event(
                DeviceEvent(
                    EventKind.ALARM, self.spec, alarm_id=box_id, source=Source.BUTTON, test=test
                )
            )
            # a real driver ACKs the box now: note how many journal entries existed by then
            self.returned_after.append(sum(1 for i in self.trace.items if i[0] == "journal"))
        else:
            self.on_event(DeviceEvent(EventKind.BUTTON_PRESSED, self.spec, source=Source.BUTTON))

    def emit(self, kind: EventKind, fault: Fault | None = None, **kw: Any) -> None:
        assert self.on_event is not None
        self.on_event(DeviceEvent(kind, self.spec, fault=fault, **kw))


class ListJournal:
    def __init__(self, trace: Trace) -> None:
        self.entries: list[dict[str, Any]] = []
        self.announced: list[dict[str, Any]] = []
        self.trace = trace

    def write(self, entry: dict[str, Any]) -> dict[str, Any]:
        written = {"seq": len(self.entries) + 1, **entry}
        self.entries.append(written)
        self.trace.add("journal", written["event"], written["seq"])
        return written

    def announce(self, entry: dict[str, Any]) -> None:
        self.announced.append(entry)
        self.trace.add("announce", entry["event"], entry["seq"])

    def events(self) -> list[str]:
        return [e["event"] for e in self.entries]


class TickingClock(FakeClock):
    """A wall clock that moves on by a millisecond every time it is read, as a real one
    does between two readings: a time read twice is never the same time."""

    def now(self) -> float:
        self._wall += 0.001
        return self._wall
