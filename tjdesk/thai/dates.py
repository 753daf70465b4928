"""Dates for Thai readers (Buddhist Era, Thai month names) and English readers (Common Era).

The store keeps ISO-8601 Common Era dates; the Buddhist Era is a display matter only.
BE = CE + 543 holds for every date since 1 January 1941 (2484 BE); before that the Thai year
began on 1 April, so dates from January to March of those years are one BE year lower.
"""

from __future__ import annotations

import datetime
import json
from functools import cache
from importlib import resources
from typing import Any

BE_OFFSET = 543
# Since 1941 the Thai year has begun on 1 January; before, on 1 April.
_JANUARY_NEW_YEAR_SINCE = 1941

ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

_THAI_DIGITS = str.maketrans(
    "0123456789", "\u0e50\u0e51\u0e52\u0e53\u0e54\u0e55\u0e56\u0e57\u0e58\u0e59"
)
_ARABIC_DIGITS = str.maketrans(
    "\u0e50\u0e51\u0e52\u0e53\u0e54\u0e55\u0e56\u0e57\u0e58\u0e59", "0123456789"
)


@cache
def _calendar_data() -> dict[str, Any]:
    text = resources.files("tjdesk.thai.data").joinpath("calendar_th.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def thai_month_names() -> tuple[str, ...]:
    """The twelve Thai month names, January first."""
    return tuple(_calendar_data()["months"])


def thai_month_abbreviations() -> tuple[str, ...]:
    return tuple(_calendar_data()["months_abbreviated"])


def buddhist_year(day: datetime.date) -> int:
    """The Buddhist Era year in which ``day`` falls (2026-11-28 -> 2569)."""
    year = day.year + BE_OFFSET
    if day.year < _JANUARY_NEW_YEAR_SINCE and day.month < 4:
        year -= 1  # still the previous Thai year until 1 April
    return year


def to_thai_digits(text: str) -> str:
    """Arabic digits 0-9 replaced by Thai digits (government documents often use them)."""
    return text.translate(_THAI_DIGITS)


def to_arabic_digits(text: str) -> str:
    return text.translate(_ARABIC_DIGITS)


def format_thai_date(
    day: datetime.date, *, thai_digits: bool = False, abbreviated: bool = False
) -> str:
    """'28 พฤศจิกายน 2569': day, Thai month name, Buddhist Era year (no group separator)."""
    months = thai_month_abbreviations() if abbreviated else thai_month_names()
    text = f"{day.day} {months[day.month - 1]} {buddhist_year(day)}"
    return to_thai_digits(text) if thai_digits else text


def format_thai_datetime(moment: datetime.datetime, *, thai_digits: bool = False) -> str:
    """'28 พฤศจิกายน 2569 09:30 น.' - the 24-hour clock with the Thai 'nalika' suffix."""
    suffix = _calendar_data()["time_suffix"]
    text = f"{format_thai_date(moment.date())} {moment:%H:%M} {suffix}"
    return to_thai_digits(text) if thai_digits else text


def format_english_date(day: datetime.date) -> str:
    """'28 November 2026': Common Era, day first (British usage, unambiguous on paper)."""
    return f"{day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year}"


def parse_year(year: int) -> int:
    """A year typed by a Thai user: 2400 and above is read as Buddhist Era, else Common Era."""
    return year - BE_OFFSET if year >= 2400 else year
