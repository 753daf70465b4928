"""What the light, the sounder and the in-room indicator are told, and when (issue 20).

The mutation run found that the commands of an acknowledgement and a reset (sounder off,
indicator off), the outputs put back after a restart, and the re-lighting of a press that
raced a reset could all be lost without a test failing. Each test here follows one device's
commands, in order, as the person outside the room would see them.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

import pytest

from hardware.base import DeviceStatus, Indicator, Light, Sounder, Source
from tjdesk.alarm.engine import AlarmEngine, AlarmState, EngineSettings

from .fakes import FakeClock, FakeDriver, ListJournal, Trace

FLASH = ("set_light", Light.FLASH)
OFF = ("set_light", Light.OFF)


class InterruptingLamp(FakeDriver):
    """A light board whose light command takes a moment: ``meanwhile`` runs in that moment,
    as another thread's command would (the hot path holds no lock while lighting)."""

    meanwhile: Callable[[], None] | None = None

    def set_light(self, state: Light) -> None:
        super().set_light(state)
        action, self.meanwhile = self.meanwhile, None
        if action is not None:
            action()


class BrokenLamp(FakeDriver):
    def set_light(self, state: Light) -> None:
        raise OSError("write failed")

    def status(self) -> DeviceStatus:
        raise OSError("the port went away mid-call")


def _engine(drivers: list[FakeDriver], clock: FakeClock | None = None, **settings: Any):
    journal = ListJournal(drivers[0].trace)
    engine = AlarmEngine(
        drivers,
        journal=journal.write,
        announce=journal.announce,
        settings=EngineSettings(room="Counseling 1", **settings),
        clock=clock or FakeClock(),
    )
    for driver in drivers:
        driver.start(engine.on_device_event)
    return engine, journal


def test_a_reset_turns_light_sounder_and_indicator_off_on_every_device() -> None:
    trace = Trace()
    button, lamp = FakeDriver("sim:button", trace), FakeDriver("lcus:/dev/ttyUSB0", trace)
    engine, _ = _engine([button, lamp], silent=False)
    button.press()
    engine.acknowledge("nok")
    for driver in (button, lamp):
        driver.commands.clear()
    engine.reset("nok", "real", room_checked=True)
    for driver in (button, lamp):
        assert driver.commands == [
            OFF,
            ("set_sounder", Sounder.OFF),
            ("set_indicator", Indicator.OFF),
        ]


@pytest.mark.parametrize(
    ("silent", "after_ack"),
    [
        # silent and not escalated: nothing sounds, so nothing to silence
        (True, [("set_indicator", Indicator.BLINK)]),
        (False, [("set_indicator", Indicator.BLINK), ("set_sounder", Sounder.OFF)]),
    ],
)
def test_an_acknowledgement_blinks_the_indicator_and_silences_what_sounds(
    silent: bool, after_ack: list[tuple[Any, ...]]
) -> None:
    button = FakeDriver("sim:button", Trace())
    engine, _ = _engine([button], silent=silent)
    button.press()
    button.commands.clear()
    engine.acknowledge("nok")
    assert button.commands == after_ack
    assert button.light is Light.FLASH


def test_a_press_while_a_reset_lands_keeps_its_light_on() -> None:
    """A reset that turns the lights off between a press's lights and its journal entry
    must not leave the new alarm dark."""
    trace = Trace()
    button, lamp = FakeDriver("sim:button", trace), InterruptingLamp("lcus:/dev/ttyUSB0", trace)
    engine, journal = _engine([button, lamp])
    button.press()
    engine.reset("nok", "real", room_checked=True)  # an earlier alarm, long closed
    button.press()
    lamp.meanwhile = lambda: engine.reset("somchai", "real", room_checked=True)
    button.press()
    assert journal.events() == ["alarm", "reset", "alarm", "reset", "alarm"]
    assert engine.state is AlarmState.ALARM
    assert button.light is Light.FLASH and lamp.light is Light.FLASH
    # lit by the press, put out by the reset, lit again for the new alarm
    assert [c for c in lamp.commands if c[0] == "set_light"][-3:] == [FLASH, OFF, FLASH]


def test_a_press_while_a_drill_is_stopped_keeps_its_light_on() -> None:
    trace = Trace()
    button, lamp = FakeDriver("sim:button", trace), InterruptingLamp("lcus:/dev/ttyUSB0", trace)
    engine, journal = _engine([button, lamp])
    button.press()
    engine.reset("nok", "real", room_checked=True)

    def drill_started_and_stopped() -> None:
        engine.start_drill("nok", 60)
        engine.stop_drill("nok")

    lamp.meanwhile = drill_started_and_stopped
    button.press()
    assert engine.state is AlarmState.ALARM
    assert button.light is Light.FLASH and lamp.light is Light.FLASH


def test_a_box_that_latched_for_real_in_a_drill_never_sees_the_lights_go_out() -> None:
    """The box's own drill window closed before the engine's: its word (real) counts."""
    trace = Trace()
    button = FakeDriver("sim:button", trace)
    box = FakeDriver("pbl1:/dev/ttyACM0", trace, latches=True)
    engine, journal = _engine([button, box])
    engine.start_drill("nok", 60)
    box.test_window_open = False
    box.press()
    assert engine.state is AlarmState.ALARM
    assert [{k: e[k] for k in e if k not in ("seq", "at")} for e in journal.entries[1:]] == [
        {"event": "test_ended", "presses": 0},
        {
            "event": "alarm",
            "id": "37.1",
            "source": "BTN",
            "device": box.spec,
            "room": "Counseling 1",
            "test": False,
        },
    ]
    assert button.light is Light.FLASH and OFF not in button.commands
    # the box lit itself: it is not told anything about its light
    assert [c for c in box.commands if c[0] == "set_light"] == []


def test_a_panic_on_screen_during_a_drill_never_turns_a_light_off() -> None:
    trace = Trace()
    button = FakeDriver("sim:button", trace)
    box = FakeDriver("pbl1:/dev/ttyACM0", trace, latches=True)
    engine, journal = _engine([button, box])
    engine.start_drill("nok", 60)
    button.press()  # a drill press: the test pattern
    engine.raise_alarm(Source.ON_SCREEN)
    assert OFF not in button.commands and OFF not in box.commands
    assert button.light is Light.FLASH
    ended = journal.entries[2]
    assert (ended["event"], ended["by"], ended["presses"]) == (
        "test_ended",
        "(panic raised on screen)",
        1,
    )


def test_a_failing_device_is_named_in_the_log_and_the_others_still_light(
    caplog: pytest.LogCaptureFixture,
) -> None:
    trace = Trace()
    button, broken = FakeDriver("sim:button", trace), BrokenLamp("lcus:/dev/ttyUSB0", trace)
    engine, _ = _engine([broken, button])
    with caplog.at_level(logging.ERROR, logger="tjdesk.alarm.engine"):
        button.press()
        status = engine.status()
    assert button.light is Light.FLASH and engine.state is AlarmState.ALARM
    messages = [r.getMessage() for r in caplog.records]
    assert "device lcus:/dev/ttyUSB0: set_light failed" in messages
    assert "device lcus:/dev/ttyUSB0: status failed" in messages
    assert status["devices"][0]["light"] is None  # unknown, not a guess


def test_changed_settings_apply_to_the_next_alarm() -> None:
    button = FakeDriver("sim:button", Trace())
    engine, journal = _engine([button])
    engine.update_settings(EngineSettings(room="Counseling 2", silent=False))
    assert engine.settings.room == "Counseling 2"
    button.press()
    assert ("set_sounder", Sounder.ON) in button.commands
    assert journal.entries[0]["room"] == "Counseling 2"
    assert engine.status()["room"] == "Counseling 2" and engine.status()["silent"] is False


class HeartbeatDriver(FakeDriver):
    heartbeat_at: float | None = None
    reported_light: Light | None = None

    def status(self) -> DeviceStatus:
        return DeviceStatus(
            self.spec, True, frozenset(), self.heartbeat_at, self.reported_light, True, None, None
        )


def test_the_heartbeat_age_is_shown_to_the_millisecond_and_never_negative(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    board = HeartbeatDriver("numato:/dev/ttyACM0", Trace())
    engine, _ = _engine([board])
    board.heartbeat_at = 5000.0
    with monkeypatch.context() as patch:
        patch.setattr(time, "monotonic", lambda: 5000.12345)
        device = engine.status()["devices"][0]
    assert device["last_heartbeat_age_s"] == 0.123
    assert device["light"] is None  # a board that cannot tell its light
    with monkeypatch.context() as patch:
        patch.setattr(time, "monotonic", lambda: 4999.5)  # stamped a moment "ahead"
        assert engine.status()["devices"][0]["last_heartbeat_age_s"] == 0.0


def test_a_drill_is_due_only_after_more_than_seven_days() -> None:
    clock = FakeClock()
    button = FakeDriver("sim:button", Trace())
    engine, _ = _engine([button], clock)
    engine.start_drill("nok", 60)
    button.press()
    engine.stop_drill("nok")
    clock.advance(7 * 24 * 3600)
    assert engine.status()["drill_due"] is False
    clock.advance(0.5)
    assert engine.status()["drill_due"] is True


def test_a_device_named_by_its_usb_path_shows_its_driver() -> None:
    # Linux's stable port names (by-path) hold colons of their own.
    spec = "pbl1:/dev/serial/by-path/pci-0000:00:14.0-usb-0:2:1.0"
    engine, _ = _engine([FakeDriver(spec, Trace())])
    device = engine.status()["devices"][0]
    assert (device["spec"], device["driver"]) == (spec, "pbl1")
