"""LCUS-1/2/4 CH340 USB relays: ``lcus:PORT?channel=1``. Light only, no reply at all.

Frames are 4 bytes, ``A0 ch op sum`` with sum = (0xA0 + ch + op) & 0xFF: channel 1 on is
``A0 01 01 A2``. The board never answers, so we cannot know the light changed: the driver sends
the state it wants again every second (a board that was power-cycled or missed a frame comes
right), and its status says ``confirmed=False``. Unplugging is still seen: the port fails.
"""

from __future__ import annotations

from typing import Any

import serial

from hardware.base import Capability
from hardware.polled import LIGHT, SOUNDER, PolledSerialDriver
from hardware.spec import DeviceSpec

RESEND_S = 1.0


def frame(channel: int, on: bool) -> bytes:
    op = 1 if on else 0
    return bytes((0xA0, channel, op, (0xA0 + channel + op) & 0xFF))


class LcusDriver(PolledSerialDriver):
    confirms_light = False
    default_poll_interval = 0.05  # only to notice an unplug; there is no button
    default_baudrate = 9600

    def __init__(self, spec: DeviceSpec | str, **kwargs: Any) -> None:
        kwargs.setdefault("resend_interval", RESEND_S)
        kwargs.setdefault("read_timeout", 0)
        super().__init__(spec, **kwargs)
        caps = {Capability.LIGHT}
        if "sounder" in self.options:
            caps.add(Capability.SOUNDER)
        self.capabilities = frozenset(caps)
        self._channels = {LIGHT: int(self.options["channel"])}
        if "sounder" in self.options:
            self._channels[SOUNDER] = int(self.options["sounder"])

    def outputs(self) -> set[str]:
        return set(self._channels)

    def _begin(self, ser: serial.Serial) -> None:
        self._note_detail(confirmed="no: this board never answers")

    def _poll(self) -> bool | None:
        self._link.read()  # nothing is expected; a failing read means it was unplugged
        return None

    def _write_output(self, output: str, on: bool) -> None:
        self._link.write(frame(self._channels[output], on))
