"""Device specs: ``DRIVER:PORT?options`` parsed and checked before any port is touched.

A bad spec raises :class:`hardware.base.SpecError` with one English sentence that names the
problem and the valid forms; ``problem`` (a stable code) and ``value`` (the offending piece)
let the app say the same thing in Thai.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from hardware.base import SpecError

# The valid form of each driver, shown in every error message.
FORMS: dict[str, str] = {
    "panicbox": "panicbox:PORT[?uid=E6614C311B5F2A21]",
    "numato": "numato:PORT?button=gpio0&light=relay0[&sounder=relay1][&active=low]",
    "lcus": "lcus:PORT?channel=1[&sounder=2]",
    "modbus": "modbus:PORT?address=1&light=0&button=0[&sounder=1][&baud=9600]",
    "sim": "sim:[NAME][?mode=button|box]",
}
ALL_FORMS = ", ".join(FORMS.values())
SERIAL_DRIVERS = frozenset({"panicbox", "numato", "lcus", "modbus"})


@dataclass(frozen=True)
class DeviceSpec:
    driver: str
    port: str
    options: dict[str, str] = field(default_factory=dict)
    text: str = ""

    def __str__(self) -> str:
        return self.text


def _pin(prefixes: tuple[str, ...], limit: int) -> Callable[[str], str | None]:
    def check(value: str) -> str | None:
        match = re.fullmatch(r"([a-z]+)(\d{1,3})", value)
        if match and match.group(1) in prefixes and int(match.group(2)) < limit:
            return None
        names = " or ".join(f"{p}N" for p in prefixes)
        return f"{names} with N from 0 to {limit - 1}"

    return check


def _int_range(low: int, high: int) -> Callable[[str], str | None]:
    def check(value: str) -> str | None:
        if value.isdigit() and low <= int(value) <= high:
            return None
        return f"a whole number from {low} to {high}"

    return check


def _choice(*choices: str) -> Callable[[str], str | None]:
    def check(value: str) -> str | None:
        return None if value in choices else " or ".join(choices)

    return check


def _hex_id(value: str) -> str | None:
    if re.fullmatch(r"[0-9a-f]{8,32}", value):
        return None
    return "the box's unique id: 8 to 32 hexadecimal digits"


_BAUDS = ("1200", "2400", "4800", "9600", "19200", "38400", "57600", "115200")

# option -> (checker, default or None when optional without default)
_OPTIONS: dict[str, dict[str, tuple[Callable[[str], str | None], str | None]]] = {
    "panicbox": {"uid": (_hex_id, None)},
    "numato": {
        "button": (_pin(("gpio",), 128), "gpio0"),
        "light": (_pin(("relay", "gpio"), 128), "relay0"),
        "sounder": (_pin(("relay", "gpio"), 128), None),
        "active": (_choice("high", "low"), "high"),
    },
    "lcus": {
        "channel": (_int_range(1, 8), "1"),
        "sounder": (_int_range(1, 8), None),
    },
    "modbus": {
        "address": (_int_range(1, 255), "1"),
        "light": (_int_range(0, 65535), "0"),
        "button": (_int_range(0, 65535), "0"),
        "sounder": (_int_range(0, 65535), None),
        "baud": (_choice(*_BAUDS), "9600"),
    },
    "sim": {"mode": (_choice("button", "box"), "button")},
}


def parse_spec(text: str) -> DeviceSpec:
    raw = text.strip()
    if not raw:
        raise SpecError(f"The device spec is empty; valid forms: {ALL_FORMS}.", "empty", "")
    driver, colon, rest = raw.partition(":")
    driver = driver.strip().lower()
    if not colon or driver not in FORMS:
        shown = driver if colon else raw
        raise SpecError(
            f'"{shown}" is not a known device driver; valid forms: {ALL_FORMS}.',
            "unknown_driver",
            shown,
        )
    port, question, query = rest.partition("?")
    port = port.strip()
    form = FORMS[driver]
    if driver in SERIAL_DRIVERS and not port:
        raise SpecError(
            f'The device spec "{raw}" names no port; valid form: {form}, '
            "with PORT like COM3 or /dev/ttyACM0.",
            "missing_port",
            raw,
        )
    options = _parse_options(raw, driver, query if question else "")
    return DeviceSpec(driver, port, options, raw)


def _parse_options(raw: str, driver: str, query: str) -> dict[str, str]:
    allowed = _OPTIONS[driver]
    form = FORMS[driver]
    given: dict[str, str] = {}
    for part in filter(None, query.split("&")):
        key, equals, value = part.partition("=")
        key, value = key.strip().lower(), value.strip()
        if not equals or not key or not value:
            raise SpecError(
                f'"{part}" in the device spec is not an option of the form name=value; '
                f"valid form: {form}.",
                "bad_option",
                part,
            )
        if key not in allowed:
            names = ", ".join(allowed) or "none"
            raise SpecError(
                f'"{key}" is not an option of the {driver} driver (its options: {names}); '
                f"valid form: {form}.",
                "unknown_option",
                key,
            )
        if key in given:
            raise SpecError(
                f'The option "{key}" is given twice in the device spec; valid form: {form}.',
                "duplicate_option",
                key,
            )
        wanted = allowed[key][0](value.lower())
        if wanted is not None:
            raise SpecError(
                f'"{value}" is not a valid value for "{key}" (it must be {wanted}); '
                f"valid form: {form}.",
                "bad_value",
                f"{key}={value}",
            )
        given[key] = value.lower()
    options = {key: default for key, (_, default) in allowed.items() if default is not None}
    options.update(given)
    _check_conflicts(driver, options, form)
    return options


def _check_conflicts(driver: str, options: dict[str, str], form: str) -> None:
    if driver == "lcus" and options.get("sounder") == options["channel"]:
        clash = "channel"
    elif driver == "numato" and options.get("sounder") == options["light"]:
        clash = "light"
    elif driver == "numato" and options["button"] == options["light"]:
        raise SpecError(
            f'The button and the light use the same pin "{options["button"]}"; '
            f"give them different pins; valid form: {form}.",
            "conflict",
            options["button"],
        )
    elif driver == "modbus" and options.get("sounder") == options["light"]:
        clash = "light"
    else:
        return
    raise SpecError(
        f'The sounder and the {clash} use the same output "{options["sounder"]}"; '
        f"give them different outputs; valid form: {form}.",
        "conflict",
        options["sounder"],
    )
