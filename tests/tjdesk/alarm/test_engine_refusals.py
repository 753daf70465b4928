"""Every command the alarm engine refuses, in the words the operator reads (issue 20).

The app shows ``str(refusal)`` (translated) in the alarm area and ``tjdesk alarm`` prints it.
The mutation run found that any of these sentences could be blanked or garbled unnoticed: the
tests only checked that *a* refusal came. Each refusal also leaves everything as it was:
no journal entry, no command to a device.
"""

from __future__ import annotations

from typing import Any

import pytest

from tjdesk.alarm.engine import AlarmEngine, AlarmRefused, AlarmState, EngineSettings

from .fakes import FakeClock, FakeDriver, ListJournal, Trace


class Room:
    def __init__(self) -> None:
        self.trace = Trace()
        self.button = FakeDriver("sim:button", self.trace)
        self.journal = ListJournal(self.trace)
        self.engine = AlarmEngine(
            [self.button],
            journal=self.journal.write,
            announce=self.journal.announce,
            settings=EngineSettings(room="Counseling 1"),
            clock=FakeClock(),
        )
        self.button.start(self.engine.on_device_event)

    def refusal(self, command: Any, *args: Any, **kwargs: Any) -> str:
        """The refusal's words; fails if the command went through or changed anything."""
        state = self.engine.state
        entries = list(self.journal.entries)
        self.button.commands.clear()
        with pytest.raises(AlarmRefused) as refused:
            command(*args, **kwargs)
        assert self.engine.state is state
        assert self.journal.entries == entries
        assert self.button.commands == []
        return str(refused.value)


def test_nothing_to_acknowledge_reset_or_stop_when_all_is_quiet() -> None:
    room = Room()
    assert room.refusal(room.engine.acknowledge, "nok") == "There is no alarm to acknowledge."
    assert room.refusal(room.engine.reset, "nok", "real", True) == "There is no alarm to reset."
    assert room.refusal(room.engine.stop_drill, "nok") == "No drill is running."


def test_an_alarm_is_acknowledged_once() -> None:
    room = Room()
    room.button.press()
    room.engine.acknowledge("nok")
    assert room.refusal(room.engine.acknowledge, "somchai") == "The alarm is already acknowledged."


@pytest.mark.parametrize(
    ("user", "reason", "checked", "words"),
    [
        ("", "real", True, "Only a signed-in staff member can reset the alarm."),
        ("   ", "real", True, "Only a signed-in staff member can reset the alarm."),
        ("nok", "oops", True, "Choose why the alarm is reset: real, accidental or drill."),
        ("nok", "", True, "Choose why the alarm is reset: real, accidental or drill."),
        (
            "nok",
            "drill",
            True,
            "This alarm was not pressed during a drill: choose another reason.",
        ),
        (
            "nok",
            "accidental",
            False,
            "Someone must check on the room before this alarm is closed.",
        ),
    ],
)
def test_a_reset_is_refused_in_words(user: str, reason: str, checked: bool, words: str) -> None:
    room = Room()
    room.button.press()
    assert room.refusal(room.engine.reset, user, reason, room_checked=checked) == words
    assert room.engine.state is AlarmState.ALARM


def test_no_drill_during_an_alarm_or_during_another_drill() -> None:
    room = Room()
    room.button.press()
    assert room.refusal(room.engine.start_drill, "nok", 60) == (
        "A drill cannot start while an alarm is on."
    )
    room.engine.reset("nok", "real", room_checked=False)
    room.engine.start_drill("nok", 60)
    assert room.refusal(room.engine.start_drill, "nok", 60) == "A drill is already running."


@pytest.mark.parametrize("seconds", [4, 0, -5, 15 * 60 + 1, 60.0, 30.5, True, "60", None])
def test_a_drill_length_out_of_range_or_not_whole_seconds_is_refused(seconds: Any) -> None:
    room = Room()
    assert room.refusal(room.engine.start_drill, "nok", seconds) == (
        "A drill lasts from 5 seconds to 15 minutes."
    )
    assert room.engine.state is AlarmState.READY


@pytest.mark.parametrize("seconds", [5, 15 * 60])
def test_the_shortest_and_the_longest_drill_are_allowed(seconds: int) -> None:
    room = Room()
    room.engine.start_drill("nok", seconds)
    assert room.engine.state is AlarmState.TEST
