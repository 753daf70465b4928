"""``sim:``: an in-process simulated device for demos and for running with no hardware.

Two modes. ``sim:`` (mode=button) behaves like a polled board: presses become
BUTTON_PRESSED/RELEASED and the engine lights the light. ``sim:?mode=box`` behaves like a
PBL/1 box: a press latches the light by itself and reports an ALARM with an id ("S.<n>"), a
RESET with that id clears it, and a drill window marks presses as tests.

The demo controls (:meth:`press`, :meth:`release`, :meth:`unplug`, :meth:`replug`,
:meth:`fault`, :meth:`blow_lamp`) may be called from any thread; like a real driver, every
event is delivered on the driver's own thread, which also sends a heartbeat every second.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable

from hardware.base import (
    Capability,
    EventCallback,
    EventKind,
    Fault,
    Indicator,
    Light,
    Sounder,
    Source,
)
from hardware.spec import DeviceSpec, parse_spec
from hardware.stateful import StatefulDriver

_Action = Callable[[], None]


class SimDriver(StatefulDriver):
    def __init__(self, spec: DeviceSpec | str = "sim:", *, heartbeat_interval: float = 1.0) -> None:
        parsed = spec if isinstance(spec, DeviceSpec) else parse_spec(spec)
        super().__init__(parsed.text)
        self.mode = parsed.options.get("mode", "button")
        self.heartbeat_interval = heartbeat_interval
        caps = {
            Capability.BUTTON,
            Capability.LIGHT,
            Capability.SOUNDER,
            Capability.INDICATOR,
            Capability.CONFIRMS,
            Capability.SUPERVISED,
        }
        if self.mode == "box":
            caps |= {Capability.LATCHES, Capability.TEST_WINDOW}
        self.capabilities = frozenset(caps)
        self._actions: queue.Queue[_Action | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._plugged = True
        self._pressed = False
        self._latched: str | None = None
        self._alarm_n = 0
        self._test_until = 0.0
        self.sounder: Sounder = Sounder.OFF
        self.indicator: Indicator = Indicator.OFF
        self._port = parsed.port or "sim"
        self._light = Light.OFF

    # -- lifecycle ----------------------------------------------------------------------
    def start(self, on_event: EventCallback) -> None:
        self._on_event = on_event
        self._thread = threading.Thread(target=self._run, name=f"sim {self.spec}", daemon=True)
        self._thread.start()
        self._do(self._connect)

    def stop(self) -> None:
        thread = self._thread
        if thread is None:
            return
        self._actions.put(None)
        if thread is not threading.current_thread():
            thread.join(2.0)
        self._thread = None

    def _run(self) -> None:
        next_hb = time.monotonic()
        while True:
            try:
                action = self._actions.get(timeout=max(0.0, next_hb - time.monotonic()))
            except queue.Empty:
                action = self._heartbeat
                next_hb = time.monotonic() + self.heartbeat_interval
            if action is None:
                return
            action()

    def _do(self, action: _Action) -> None:
        self._actions.put(action)

    # -- demo controls (any thread) ----------------------------------------------------------
    def press(self) -> None:
        self._do(self._press)

    def release(self) -> None:
        self._do(self._release)

    def unplug(self) -> None:
        self._do(self._unplug)

    def replug(self) -> None:
        self._do(self._connect)

    def fault(self, fault: Fault, active: bool = True) -> None:
        def apply() -> None:
            if active:
                self._set_fault(fault, {"simulated": "1"})
            else:
                self._clear_fault(fault, {"simulated": "1"})

        self._do(apply)

    def blow_lamp(self) -> None:
        self.fault(Fault.LAMP_OPEN)

    def cut_loop(self) -> None:
        self.fault(Fault.LOOP_OPEN)

    def restore_loop(self) -> None:
        self.fault(Fault.LOOP_OPEN, False)

    @property
    def latched_alarm(self) -> str | None:
        return self._latched

    # -- Driver commands ---------------------------------------------------------------------
    def set_light(self, state: Light) -> None:
        if self.mode == "box" and self._latched and state is Light.OFF:
            return  # like the box: a latched light is cleared only by RESET
        self._note_light(state)

    def set_sounder(self, state: Sounder, duration_s: int | None = None) -> None:
        self.sounder = state

    def set_indicator(self, state: Indicator) -> None:
        self.indicator = state

    def raise_alarm(self, alarm_id: str, source: Source) -> None:
        if self.mode == "box":
            self._do(lambda: self._activate(source, alarm_id))

    def reset(self, alarm_id: str) -> None:
        def apply() -> None:
            if self._latched == alarm_id:
                self._latched = None
                self._note_light(Light.OFF)
                self.sounder = Sounder.OFF

        self._do(apply)

    def test_window(self, seconds: int | None) -> None:
        def apply() -> None:
            self._test_until = time.monotonic() + seconds if seconds else 0.0

        self._do(apply)

    # -- on the sim thread ---------------------------------------------------------------------
    def _connect(self) -> None:
        self._plugged = True
        self._note_connected({"uid": "SIM"})

    def _unplug(self) -> None:
        self._plugged = False
        self._note_lost("simulated unplug")

    def _heartbeat(self) -> None:
        if self._plugged:
            light = self._light.value if self._light else "OFF"
            self._note_heartbeat({"st": "ALARM" if self._latched else "IDLE", "light": light})

    def _press(self) -> None:
        if not self._plugged or self._pressed:
            return
        self._pressed = True
        if self.mode == "box":
            self._activate(Source.BUTTON, None)
        else:
            self._emit(EventKind.BUTTON_PRESSED, source=Source.BUTTON)

    def _release(self) -> None:
        if not self._plugged or not self._pressed:
            return
        self._pressed = False
        if self.mode != "box":
            self._emit(EventKind.BUTTON_RELEASED, source=Source.BUTTON)

    def _activate(self, source: Source, alarm_id: str | None) -> None:
        test = time.monotonic() < self._test_until
        if self._latched and not test:
            return
        if alarm_id is None:
            self._alarm_n += 1
            alarm_id = f"S.{self._alarm_n}"
        if not test:
            self._latched = alarm_id
            self._note_light(Light.FLASH)
        self._emit(EventKind.ALARM, alarm_id=alarm_id, source=source, test=test)
