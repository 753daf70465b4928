"""From a device spec to a driver. Drivers are imported only when used."""

from __future__ import annotations

import importlib
from typing import Any

from hardware.base import Driver
from hardware.spec import FORMS, DeviceSpec, parse_spec

# driver name -> "module:Class"
_DRIVERS: dict[str, str] = {
    "panicbox": "hardware.panicbox.driver:PanicBoxDriver",
    "numato": "hardware.numato.driver:NumatoDriver",
    "lcus": "hardware.lcus.driver:LcusDriver",
    "modbus": "hardware.modbus.driver:ModbusDriver",
    "sim": "hardware.sim.driver:SimDriver",
}
assert set(_DRIVERS) == set(FORMS)


def driver_names() -> list[str]:
    return list(_DRIVERS)


def create_driver(spec: str | DeviceSpec, **timing: Any) -> Driver:
    """A driver for ``spec`` (not started). ``timing`` passes keyword arguments such as
    ``retry_interval`` or ``supervision_timeout`` to the driver's constructor (tests and
    benchmarks shorten them; the app keeps the defaults). Raises SpecError for a bad spec."""
    parsed = spec if isinstance(spec, DeviceSpec) else parse_spec(spec)
    module_name, _, class_name = _DRIVERS[parsed.driver].partition(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    driver: Driver = cls(parsed, **timing)
    return driver
