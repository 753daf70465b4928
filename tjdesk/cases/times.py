"""How case records store moments and days: UTC ISO 8601 to the second, and ISO dates."""

from __future__ import annotations

from datetime import UTC, date, datetime

from tjdesk.errors import InvalidInput
from tjdesk.i18n import QT_TRANSLATE_NOOP

NO_TIME_ZONE = QT_TRANSLATE_NOOP("errors", "A time was given without its time zone.")


def store_time(moment: datetime) -> str:
    """'2026-11-28T13:05:00+00:00': fixed length, so text order is time order."""
    if moment.tzinfo is None:
        raise InvalidInput(NO_TIME_ZONE)
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


def load_time(stored: str) -> datetime:
    return datetime.fromisoformat(stored).astimezone(UTC)


def store_date(day: date) -> str:
    return day.isoformat()


def load_date(stored: str | None) -> date | None:
    return None if not stored else date.fromisoformat(stored)


def local_today(now: datetime) -> date:
    """The day it is where the desk is: follow-ups are agreed in local days."""
    return now.astimezone().date()
