"""The on-screen panic control in silent and audible mode (issue 20: engine survivors).

The mutation run found that inverting the silent check in ``raise_alarm`` passed the suite: an
on-screen alarm in silent mode (the default, as in the Hotline 1300 room) would sound the
sounder inside the room, where the person the counselor fears can hear it.
"""

from __future__ import annotations

import pytest

from hardware.base import Light, Source
from tjdesk.alarm.engine import AlarmEngine, AlarmRefused, AlarmState, EngineSettings

from .fakes import FakeClock, FakeDriver, ListJournal, Trace


def _engine(**settings: object) -> tuple[AlarmEngine, list[FakeDriver], ListJournal]:
    trace, clock = Trace(), FakeClock()
    drivers = [FakeDriver("sim:a", trace), FakeDriver("lcus:/dev/ttyUSB0", trace)]
    journal = ListJournal(trace)
    engine = AlarmEngine(
        drivers,
        journal=journal.write,
        announce=journal.announce,
        settings=EngineSettings(room="Counseling 1", **settings),  # type: ignore[arg-type]
        clock=clock,
    )
    for driver in drivers:
        driver.start(engine.on_device_event)
    return engine, drivers, journal


@pytest.mark.parametrize("source", [Source.ON_SCREEN, Source.HOTKEY])
def test_an_on_screen_alarm_in_silent_mode_lights_outside_and_makes_no_sound(
    source: Source,
) -> None:
    engine, drivers, journal = _engine()
    alarm_id = engine.raise_alarm(source)
    assert engine.state is AlarmState.ALARM
    for driver in drivers:
        assert driver.light is Light.FLASH
        assert not [c for c in driver.commands if c[0] == "set_sounder"]
    entry = journal.entries[0]
    assert {k: entry[k] for k in ("event", "id", "source", "device", "room", "test")} == {
        "event": "alarm",
        "id": alarm_id,
        "source": source.value,
        "device": "",
        "room": "Counseling 1",
        "test": False,
    }
    assert engine.status()["alarm"]["id"] == alarm_id


def test_an_on_screen_alarm_in_audible_mode_sounds_at_once() -> None:
    engine, drivers, _ = _engine(silent=False)
    engine.raise_alarm(Source.ON_SCREEN)
    for driver in drivers:
        assert [c for c in driver.commands if c[0] == "set_sounder"][0][1].value == "ON"


def test_only_the_screen_or_the_hotkey_can_raise_from_the_app() -> None:
    engine, drivers, journal = _engine()
    with pytest.raises(AlarmRefused) as refused:
        engine.raise_alarm(Source.BUTTON)
    assert str(refused.value) == "An alarm can be raised on screen only."
    assert engine.state is AlarmState.READY
    assert journal.entries == [] and all(d.commands == [] for d in drivers)
