"""From a device spec to a driver. Drivers are imported only when used."""

from __future__ import annotations

import importlib
import inspect
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
    benchmarks shorten them; the app keeps the defaults); a driver is given only those it
    has, so one set of timings can go to every device. Raises SpecError for a bad spec."""
    parsed = spec if isinstance(spec, DeviceSpec) else parse_spec(spec)
    module_name, _, class_name = _DRIVERS[parsed.driver].partition(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    accepted = accepted_keywords(cls)
    driver: Driver = cls(parsed, **{k: v for k, v in timing.items() if k in accepted})
    return driver


def accepted_keywords(cls: type) -> set[str]:
    """Keyword arguments a driver class takes, following ``**kwargs`` up to its bases."""
    names: set[str] = set()
    for klass in cls.__mro__:
        init = klass.__dict__.get("__init__")
        if init is None:
            continue
        params = inspect.signature(init).parameters.values()
        names |= {p.name for p in params if p.kind is p.KEYWORD_ONLY}
        if not any(p.kind is p.VAR_KEYWORD for p in params):
            break
    return names
