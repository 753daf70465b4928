"""Modbus RTU relay boards with opto-inputs: ``modbus:PORT?address=1&light=0&button=0``.

Through minimalmodbus (no hand-made CRCs): FC02 reads the button's discrete input every poll,
FC05 writes the light's coil (``01 05 00 00 FF 00 8C 3A`` is coil 0 on at address 1). The
port is opened by our serial link (exclusive, re-found after unplugging) and handed to
minimalmodbus, which never opens a port of its own here.
"""

from __future__ import annotations

from typing import Any

import minimalmodbus
import serial

from hardware.base import Capability
from hardware.polled import LIGHT, SOUNDER, PolledSerialDriver, PollFailed
from hardware.spec import DeviceSpec


class ModbusDriver(PolledSerialDriver):
    default_poll_interval = 0.05  # a request and its answer take ~15 ms at 9600 baud

    def __init__(self, spec: DeviceSpec | str, **kwargs: Any) -> None:
        kwargs.setdefault("read_timeout", 0.1)
        super().__init__(spec, **kwargs)
        kwargs_baud = int(self.options["baud"])
        self._link.baudrate = kwargs_baud
        caps = {Capability.BUTTON, Capability.LIGHT, Capability.CONFIRMS, Capability.SUPERVISED}
        if "sounder" in self.options:
            caps.add(Capability.SOUNDER)
        self.capabilities = frozenset(caps)
        self._address = int(self.options["address"])
        self._button = int(self.options["button"])
        self._coils = {LIGHT: int(self.options["light"])}
        if "sounder" in self.options:
            self._coils[SOUNDER] = int(self.options["sounder"])
        self._instrument: minimalmodbus.Instrument | None = None

    def outputs(self) -> set[str]:
        return set(self._coils)

    def _begin(self, ser: serial.Serial) -> None:
        instrument = minimalmodbus.Instrument(ser, self._address)
        instrument.close_port_after_each_call = False
        self._instrument = instrument

    def _poll(self) -> bool | None:
        return bool(self._call(lambda i: i.read_bit(self._button, functioncode=2)))

    def _write_output(self, output: str, on: bool) -> None:
        coil = self._coils[output]
        self._call(lambda i: i.write_bit(coil, 1 if on else 0, functioncode=5))

    def _call(self, fn: Any) -> Any:
        instrument = self._instrument
        if instrument is None:
            raise PollFailed("not open")
        try:
            return fn(instrument)
        except minimalmodbus.ModbusException as err:  # before OSError: it is one
            raise PollFailed(str(err)[:200]) from err
        except ValueError as err:
            raise PollFailed(str(err)[:200]) from err
