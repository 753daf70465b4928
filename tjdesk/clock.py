"""Time, injectable: services take a clock so tests never patch time or wait for it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso_utc(moment: datetime | None = None) -> str:
    """ISO 8601 UTC with seconds and microseconds, e.g. 2026-11-28T13:05:00.123456+00:00."""
    return (moment or utc_now()).astimezone(UTC).isoformat(timespec="microseconds")
