"""Device specs: good ones parse, bad ones get one clear sentence with the valid forms."""

from __future__ import annotations

import pytest

from hardware.base import SpecError
from hardware.registry import create_driver
from hardware.spec import parse_spec


def test_full_numato_spec() -> None:
    spec = parse_spec("numato:/dev/ttyACM0?button=gpio3&light=relay1&sounder=relay2&active=low")
    assert (spec.driver, spec.port) == ("numato", "/dev/ttyACM0")
    assert spec.options == {
        "button": "gpio3",
        "light": "relay1",
        "sounder": "relay2",
        "active": "low",
    }


def test_defaults_fill_in() -> None:
    assert parse_spec("lcus:COM3").options == {"channel": "1"}
    assert parse_spec("modbus:/dev/ttyUSB0").options == {
        "address": "1",
        "light": "0",
        "button": "0",
        "baud": "9600",
    }
    assert parse_spec("sim:").options == {"mode": "button"}


def test_windows_and_by_path_ports_keep_their_colons() -> None:
    path = "/dev/serial/by-path/pci-0000:00:14.0-usb-0:1:1.0"
    assert parse_spec(f"panicbox:{path}").port == path


@pytest.mark.parametrize(
    "text, problem, value, words",
    [
        ("", "empty", "", "empty"),
        ("relay:COM3", "unknown_driver", "relay", "not a known device driver"),
        ("COM3", "unknown_driver", "COM3", "not a known device driver"),
        ("panicbox:", "missing_port", "panicbox:", "names no port"),
        ("lcus:COM3?colour=red", "unknown_option", "colour", "not an option of the lcus"),
        ("lcus:COM3?channel=9", "bad_value", "channel=9", "from 1 to 8"),
        ("lcus:COM3?channel", "bad_option", "channel", "name=value"),
        ("lcus:COM3?channel=1&channel=2", "duplicate_option", "channel", "twice"),
        ("numato:COM3?light=relay0&sounder=relay0", "conflict", "relay0", "same output"),
        ("numato:COM3?button=relay0", "bad_value", "button=relay0", "gpioN"),
        ("modbus:COM3?baud=1234", "bad_value", "baud=1234", "9600"),
        ("panicbox:COM3?uid=room7", "bad_value", "uid=room7", "hexadecimal"),
    ],
)
def test_bad_specs_say_what_is_wrong(text: str, problem: str, value: str, words: str) -> None:
    with pytest.raises(SpecError) as caught:
        parse_spec(text)
    message = str(caught.value)
    assert (caught.value.problem, caught.value.value) == (problem, value)
    assert words in message
    assert "valid form" in message  # the user sees how to write it right
    assert message.count(". ") == 0 and message.endswith(".")  # one sentence


def test_create_driver_builds_the_named_driver() -> None:
    driver = create_driver("sim:?mode=box")
    assert type(driver).__name__ == "SimDriver"
    assert driver.spec == "sim:?mode=box"
    with pytest.raises(SpecError):
        create_driver("nonsense")


def test_one_set_of_timings_fits_every_driver() -> None:
    timing = {"retry_interval": 0.1, "supervision_timeout": 1.0, "heartbeat_interval": 0.5}
    sim = create_driver("sim:", **timing)
    box = create_driver("panicbox:/dev/null", **timing)
    relay = create_driver("lcus:/dev/null", **timing)
    assert sim.heartbeat_interval == 0.5  # type: ignore[attr-defined]
    assert box.supervision_timeout == 1.0  # type: ignore[attr-defined]
    assert relay._link.retry_interval == 0.1  # type: ignore[attr-defined]
