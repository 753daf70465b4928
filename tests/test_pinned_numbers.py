"""Every promise that is a number, pinned at the default users rely on (issue 20).

Other tests shorten these timings to run fast, so a changed default would pass them. Here each
default is checked as shipped, against the number written out in DESIGN.md or the issue that
promised it, and where it is cheap, by its behaviour too:

- the panic box is a fault after 3 s of silence (tests/hardware/test_panicbox_defaults.py
  checks the behaviour with a hung box);
- a silent alarm escalates after 30 s (sounder pulses) and 2 min (sounder on);
- the screen locks after 5 minutes idle;
- Argon2id never below 64 MiB, 3 passes, 4 lanes (RFC 9106's second recommendation);
- failed sign-ins: two free, then 1, 2, 4 ... seconds, capped at 5 minutes.
"""

from __future__ import annotations

from hardware.base import Sounder
from hardware.panicbox import driver as panicbox
from tests.tjdesk.alarm.fakes import FakeClock, FakeDriver, ListJournal, Trace
from tjdesk.alarm.config import AlarmConfig, config_from_dict
from tjdesk.alarm.engine import AlarmEngine, EngineSettings
from tjdesk.vault import backoff, kdf
from tjdesk.vault.database import Database
from ui import context
from ui.signin.session import read_idle_lock_minutes

SECOND = 1.0
MINUTE = 60 * SECOND


def test_panic_box_supervision_is_3_s() -> None:
    assert panicbox.SUPERVISION_TIMEOUT_S == 3 * SECOND
    assert panicbox.HOST_HEARTBEAT_S == 1 * SECOND


def test_escalation_defaults_are_30_s_and_2_min_everywhere_they_are_set() -> None:
    settings = EngineSettings()
    assert (settings.silent, settings.escalate_after_s, settings.escalate_second_s) == (
        True,
        30 * SECOND,
        2 * MINUTE,
    )
    for config in (AlarmConfig(), config_from_dict({})):  # no alarm.json, and one without them
        assert (config.silent, config.escalate_after_s, config.escalate_second_s) == (
            True,
            30,
            120,
        )


def test_a_silent_alarm_escalates_at_exactly_30_s_and_2_min_by_default() -> None:
    trace, clock = Trace(), FakeClock()
    button = FakeDriver("sim:", trace)
    journal = ListJournal(trace)
    engine = AlarmEngine(
        [button],
        journal=journal.write,
        announce=journal.announce,
        settings=EngineSettings(),
        clock=clock,
    )
    button.start(engine.on_device_event)
    button.press()

    def level_after(seconds_since_press: float) -> int:
        clock.advance(seconds_since_press - level_after.elapsed)  # type: ignore[attr-defined]
        level_after.elapsed = seconds_since_press  # type: ignore[attr-defined]
        engine.tick()
        return int(engine.status()["alarm"]["escalation"])

    level_after.elapsed = 0.0  # type: ignore[attr-defined]
    assert level_after(29.9) == 0
    assert not [c for c in button.commands if c[0] == "set_sounder"]  # silent until then
    assert level_after(30.1) == 1
    assert button.commands[-1] == ("set_sounder", Sounder.PULSE)
    assert level_after(119.9) == 1
    assert level_after(120.1) == 2
    assert button.commands[-1] == ("set_sounder", Sounder.ON)


def test_idle_lock_is_5_minutes_unless_set(db: Database) -> None:
    assert context.DEFAULT_IDLE_LOCK_MINUTES == 5
    assert read_idle_lock_minutes(db) == 5  # a vault where nobody chose another time
    assert context.clamp_idle_minutes("not a number") == 5
    assert (context.MIN_IDLE_LOCK_MINUTES, context.MAX_IDLE_LOCK_MINUTES) == (1, 15)
    assert context.clamp_idle_minutes(60) == 15  # never longer than a quarter of an hour


def test_the_argon2_floor_is_64_mib_3_passes_4_lanes() -> None:
    assert kdf.FLOOR == kdf.KdfParams(memory_kib=65536, time_cost=3, parallelism=4)
    assert kdf.TARGET_SECONDS == 0.5
    # A slow machine (the floor takes 30 s) still gets the floor, never less.
    ticks = iter([0.0, 30.0])
    assert kdf.tune(clock=lambda: next(ticks)) == kdf.FLOOR
    # A fast one keeps the floor's memory and lanes and raises the passes (to at most 40).
    ticks = iter([0.0, 1e-9])
    assert kdf.tune(clock=lambda: next(ticks)) == kdf.KdfParams(65536, 40, 4)


def test_the_sign_in_back_off_schedule() -> None:
    schedule = [backoff.delay_after(failures) for failures in range(0, 16)]
    assert schedule == [0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300, 300]
    assert backoff.delay_after(10_000) == 5 * MINUTE
    assert backoff.FREE_FAILURES == 2 and backoff.MAX_DELAY_SECONDS == 5 * MINUTE
