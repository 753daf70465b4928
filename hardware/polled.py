"""Off-the-shelf serial boards the PC drives: Numato, LCUS, Modbus relay boards.

They have no latch of their own, so the reader thread does everything on the port, in turn:
it polls the button (a failed poll is a fault), and between polls it sends the queued output
commands, so a command never lands in the middle of a poll's answer. A command given on the
reader thread itself (the alarm engine's hot path, inside the press event) goes out the moment
the event returns, before the next poll. After a reconnect the wanted outputs are sent again:
the board may have lost power and forgotten them.
"""

from __future__ import annotations

import queue
import time

import serial

from hardware.base import EventCallback, EventKind, Fault, Light, Sounder, Source
from hardware.serialport import RETRY_INTERVAL_S, SerialLink, UsbIdentity
from hardware.spec import DeviceSpec, parse_spec
from hardware.stateful import StatefulDriver

LIGHT = "light"
SOUNDER = "sounder"
HEARTBEAT_S = 1.0
_STOP = object()


class PollFailed(Exception):
    """The board did not answer a poll properly (no answer, garbage, an error reply)."""


class PolledSerialDriver(StatefulDriver):
    """Subclasses implement :meth:`_poll` and :meth:`_write_output` (reader thread only)."""

    default_poll_interval = 0.02
    default_baudrate = 9600

    def __init__(
        self,
        spec: DeviceSpec | str,
        *,
        retry_interval: float = RETRY_INTERVAL_S,
        poll_interval: float | None = None,
        poll_fail_limit: int = 3,
        resend_interval: float | None = None,
        read_timeout: float = 0.02,
        baudrate: int | None = None,
    ) -> None:
        parsed = spec if isinstance(spec, DeviceSpec) else parse_spec(spec)
        super().__init__(parsed.text)
        self.options = parsed.options
        self.poll_interval = poll_interval or self.default_poll_interval
        self.poll_fail_limit = poll_fail_limit
        self.resend_interval = resend_interval
        self._link = SerialLink(
            parsed.port,
            baudrate=baudrate or self.default_baudrate,
            on_lost=self._note_lost,
            on_open=self._on_link_open,
            retry_interval=retry_interval,
            read_timeout=read_timeout,
            name=f"{parsed.driver} {parsed.port}",
        )
        self._commands: queue.Queue[object] = queue.Queue()
        self._wanted: dict[str, bool] = {}
        self._wanted_light: Light | None = None
        self._pressed = False
        self._failures = 0
        self._polls = 0
        self.serial: serial.Serial | None = None

    # -- Driver ----------------------------------------------------------------------------
    def start(self, on_event: EventCallback) -> None:
        self._on_event = on_event
        while not self._commands.empty():  # a stop sentinel left from an earlier run
            self._commands.get_nowait()
        self._link.start(self._session)

    def stop(self) -> None:
        self._commands.put(_STOP)
        self._link.stop()

    def set_light(self, state: Light) -> None:
        self._wanted_light = state
        if not self.confirms_light and LIGHT in self.outputs():
            self._note_light(state)  # a board that never answers: status shows what we want
        self._want(LIGHT, state is not Light.OFF)  # a beacon flashes by itself when powered

    def set_sounder(self, state: Sounder, duration_s: int | None = None) -> None:
        self._want(SOUNDER, state is not Sounder.OFF)

    def _want(self, output: str, on: bool) -> None:
        if output not in self.outputs():
            return  # a device that lacks the output ignores the command
        with self._write_lock:
            self._wanted[output] = on
        self._commands.put(output)

    def outputs(self) -> set[str]:
        """The outputs this board has, from its spec."""
        return {LIGHT}

    # -- the reader thread -------------------------------------------------------------------
    def _on_link_open(self, path: str, identity: UsbIdentity | None) -> None:
        with self._state_lock:
            self._port = path
            self._usb_id = str(identity) if identity else None

    def _session(self, ser: serial.Serial) -> None:
        self.serial = ser
        self._failures = 0
        self._begin(ser)
        for output in list(self._wanted):
            self._commands.put(output)  # the board may have forgotten them
        next_poll = time.monotonic()
        next_resend = next_poll + (self.resend_interval or 0)
        next_heartbeat = next_poll
        while not self._link.stopping.is_set():
            wait = next_poll - time.monotonic()
            try:
                item = self._commands.get(timeout=max(wait, 0.0))
            except queue.Empty:
                item = None
            if item is _STOP:
                return
            if isinstance(item, str):
                self._send_output(item)
                continue
            now = time.monotonic()
            if now < next_poll:
                continue
            # On a fixed beat, not "interval after this poll began": a late wake-up (a busy
            # machine) must not stretch every following period, or a press waits longer than
            # the poll interval for its poll. A poll that is a whole period late starts afresh.
            next_poll += self.poll_interval
            if next_poll <= now:
                next_poll = now + self.poll_interval
            self._run_poll()
            if self.resend_interval and now >= next_resend:
                next_resend = now + self.resend_interval
                for output in list(self._wanted):
                    self._send_output(output)
            if now >= next_heartbeat and self._connected:
                next_heartbeat = now + HEARTBEAT_S
                self._note_heartbeat({"polls": str(self._polls)})

    def _send_output(self, output: str) -> None:
        with self._write_lock:
            on = self._wanted.get(output)
        if on is None:
            return
        try:
            self._write_output(output, on)
        except PollFailed as err:
            self._poll_failed(str(err))
            self._commands.put(output)  # try again after the next poll
            return
        if output == LIGHT and self._wanted_light is not None:
            self._note_light(self._wanted_light if on else Light.OFF)

    def _run_poll(self) -> None:
        try:
            pressed = self._poll()
        except PollFailed as err:
            self._poll_failed(str(err))
            return
        self._polls += 1
        self._failures = 0
        if not self._connected:
            self._note_connected(self._connect_detail())
        self._clear_fault(Fault.POLL_FAILED)
        if pressed is None or pressed == self._pressed:
            return
        self._pressed = pressed
        kind = EventKind.BUTTON_PRESSED if pressed else EventKind.BUTTON_RELEASED
        self._emit(kind, source=Source.BUTTON)

    def _poll_failed(self, reason: str) -> None:
        self._failures += 1
        if self._failures >= self.poll_fail_limit:
            self._set_fault(Fault.POLL_FAILED, {"reason": reason})

    # -- for subclasses ------------------------------------------------------------------------
    def _begin(self, ser: serial.Serial) -> None:
        """Just after the port opened (reader thread)."""

    def _connect_detail(self) -> dict[str, str]:
        return {}

    def _poll(self) -> bool | None:
        """One poll: the button's state (True = pressed), or None for a board with no button.
        Raise PollFailed for a bad or missing answer; let serial errors through (device gone)."""
        raise NotImplementedError

    def _write_output(self, output: str, on: bool) -> None:
        raise NotImplementedError
