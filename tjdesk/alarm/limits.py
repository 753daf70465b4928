"""What the alarm engine refuses and why, for the engine, the GUI and the command line.

Kept apart from tjdesk.alarm.engine and tjdesk.alarm.service so that the GUI imports only
this (the alarm link before the sign-in window is painted, the settings screen after; issue
18); the engine and the service re-export what is theirs.
"""

from __future__ import annotations

from tjdesk.errors import TJDeskError
from tjdesk.i18n import QT_TRANSLATE_NOOP

# A drill window swallows button presses as tests: keep it short (QA: 1 h was too long).
# How long a drill may last: the engine, the GUI and `tjdesk alarm test` all check and say this.
MIN_DRILL_SECONDS = 5
MAX_DRILL_SECONDS = 15 * 60
# Said wherever a drill length is refused; %1 = MIN_DRILL_SECONDS, %2 = MAX_DRILL_SECONDS // 60.
DRILL_LENGTH_MESSAGE = QT_TRANSLATE_NOOP("alarm", "A drill lasts from %1 seconds to %2 minutes.")
# The service refuses to stop with an alarm open; the settings screen says so too (%1 = room).
ALARM_OPEN_NO_STOP = QT_TRANSLATE_NOOP(
    "alarm",
    "An alarm is open in %1. The alarm service cannot be stopped until someone has checked "
    "on the room and the alarm is reset.",
)


class AlarmRefused(TJDeskError):
    """A command the engine cannot carry out now. Nothing changed."""

    context = "alarm"
