"""Numato Lab USB relay/GPIO modules: ``numato:PORT?button=gpio0&light=relay0``.

ASCII commands ending in CR (``relay on 0``, ``gpio read 3``); the module echoes the command,
then the value, then a ``>`` prompt. We read the button by polling the GPIO every 20 ms and
accept a value only after the echo of our own command, so noise on the line is never read as
a press. ``active=low`` is for a button wired to ground with a pull-up.
"""

from __future__ import annotations

import re
import time
from typing import Any

import serial

from hardware.base import Capability
from hardware.polled import LIGHT, SOUNDER, PolledSerialDriver, PollFailed
from hardware.spec import DeviceSpec

REPLY_TIMEOUT_S = 0.25
_LINES = re.compile(rb"[\r\n]+")


def index_char(n: int) -> str:
    """Numato numbers pins 0-9 then A-Z (relay 10 is "A")."""
    return str(n) if n < 10 else chr(ord("A") + n - 10) if n < 36 else str(n)


def command_for(pin: str, on: bool) -> str:
    kind, number = re.fullmatch(r"([a-z]+)(\d+)", pin).groups()  # type: ignore[union-attr]
    if kind == "relay":
        return f"relay {'on' if on else 'off'} {index_char(int(number))}"
    return f"gpio {'set' if on else 'clear'} {index_char(int(number))}"


class NumatoDriver(PolledSerialDriver):
    default_poll_interval = 0.02
    default_baudrate = 19200  # ignored by the CDC-ACM module; the usual value

    def __init__(
        self, spec: DeviceSpec | str, *, reply_timeout: float = REPLY_TIMEOUT_S, **kwargs: Any
    ) -> None:
        kwargs.setdefault("read_timeout", 0.01)
        self.reply_timeout = reply_timeout
        super().__init__(spec, **kwargs)
        caps = {Capability.BUTTON, Capability.LIGHT, Capability.CONFIRMS, Capability.SUPERVISED}
        if "sounder" in self.options:
            caps.add(Capability.SOUNDER)
        self.capabilities = frozenset(caps)
        button = int(self.options["button"][4:])
        self._read_command = f"gpio read {index_char(button)}"
        self._active_low = self.options["active"] == "low"
        self._version = ""

    def outputs(self) -> set[str]:
        return {LIGHT, SOUNDER} if "sounder" in self.options else {LIGHT}

    def _begin(self, ser: serial.Serial) -> None:
        # a half-typed line from before (another program, a reset) would spoil our first
        # command: end it with CR and throw away what comes back
        self._link.write(b"\r")
        self._read_until_prompt(time.monotonic() + self.reply_timeout, strict=False)
        self._version = ""

    def _connect_detail(self) -> dict[str, str]:
        try:
            self._version = self.transact("ver")
        except PollFailed:
            self._version = ""
        self._note_detail(version=self._version)
        return {"version": self._version}

    def _poll(self) -> bool | None:
        value = self.transact(self._read_command)
        if value not in ("0", "1"):
            raise PollFailed(f"unexpected GPIO value {value[:20]!r}")
        return (value == "0") if self._active_low else (value == "1")

    def _write_output(self, output: str, on: bool) -> None:
        self.transact(command_for(self.options[output], on))

    def transact(self, command: str) -> str:
        """Send one command; return the value line after its echo ("" if none)."""
        self._link.write(command.encode("ascii") + b"\r")
        reply = self._read_until_prompt(time.monotonic() + self.reply_timeout, strict=True)
        lines = [line.strip() for line in _LINES.split(reply)]
        lines = [line for line in lines if line]
        echo = command.encode("ascii")
        if echo not in lines:
            raise PollFailed(f"no echo of {command!r}")
        after = lines[lines.index(echo) + 1 :]
        return after[0].decode("ascii", "replace") if after else ""

    def _read_until_prompt(self, deadline: float, *, strict: bool) -> bytes:
        buf = bytearray()
        while b">" not in buf:
            if time.monotonic() >= deadline:
                if strict:
                    raise PollFailed("no answer")
                return bytes(buf)
            buf += self._link.read()
        return bytes(buf[: buf.rindex(b">")])
