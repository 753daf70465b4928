"""What the alarm engine refuses and why, for the engine, the GUI and the command line.

Kept apart from tjdesk.alarm.engine so that the GUI's alarm link imports only this before the
sign-in window is painted (issue 18); the engine re-exports it.
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


class AlarmRefused(TJDeskError):
    """A command the engine cannot carry out now. Nothing changed."""

    context = "alarm"
