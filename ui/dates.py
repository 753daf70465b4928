"""Dates and times as a user reads them: Buddhist Era with Thai month names in Thai, Common Era
in English; stored ISO dates and UTC times turned into this computer's local time.

The formatting itself is tjdesk.thai.dates (the visitors' printouts use it too); this module
adds what screens need: the app's current language, ISO strings and UTC times from the vault,
short forms for table cells, and a month heading for charts.

    date_text("2026-11-28")            # "28 พฤศจิกายน 2569" (Thai) / "28 November 2026"
    short_date_text(day)               # "28 พ.ย. 2569"            / "28 Nov 2026"
    datetime_text("2026-11-28T02:30:00Z")  # "28 พ.ย. 2569 09:30 น." / "28 Nov 2026 09:30"
                                        #   (in Bangkok, UTC+7)
    date_text(day, thai_digits=True)   # "๒๘ พฤศจิกายน ๒๕๖๙" (an option for printouts)
"""

from __future__ import annotations

import datetime as dt

from tjdesk.thai.dates import (
    ENGLISH_MONTHS,
    buddhist_year,
    format_english_date,
    format_thai_date,
    parse_year,
    thai_month_abbreviations,
    thai_month_names,
    to_thai_digits,
)

THAI_TIME_SUFFIX = "น."  # "nalika": the 24-hour clock as Thai writes it

Day = dt.date | str | None
Moment = dt.datetime | str | None


def _language(language: str | None) -> str:
    if language is not None:
        return language
    from ui.i18n import current_language

    return current_language()


def to_date(value: Day) -> dt.date | None:
    """A date from a date, a datetime (its local date) or an ISO string; None if empty/bad."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        local = to_local(value) if value.tzinfo else None
        return local.date() if local is not None else value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def to_local(value: Moment) -> dt.datetime | None:
    """An aware datetime in this computer's time zone. Stored times are UTC: a naive value or
    an ISO string without an offset is read as UTC ("Z" is accepted)."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone()


def date_text(day: Day, language: str | None = None, *, thai_digits: bool = False) -> str:
    """The long form: "28 พฤศจิกายน 2569" in Thai, "28 November 2026" otherwise; "" if none."""
    value = to_date(day)
    if value is None:
        return ""
    if _language(language) == "th":
        return format_thai_date(value, thai_digits=thai_digits)
    return format_english_date(value)


def short_date_text(day: Day, language: str | None = None, *, thai_digits: bool = False) -> str:
    """For table cells: "28 พ.ย. 2569" in Thai, "28 Nov 2026" otherwise; "" if none."""
    value = to_date(day)
    if value is None:
        return ""
    if _language(language) == "th":
        return format_thai_date(value, thai_digits=thai_digits, abbreviated=True)
    return f"{value.day} {ENGLISH_MONTHS[value.month - 1][:3]} {value.year}"


def time_text(
    moment: Moment,
    language: str | None = None,
    *,
    seconds: bool = False,
    thai_digits: bool = False,
) -> str:
    """Local 24-hour time: "09:30 น." in Thai, "09:30" otherwise; "" if none."""
    local = to_local(moment)
    if local is None:
        return ""
    text = local.strftime("%H:%M:%S" if seconds else "%H:%M")
    if _language(language) == "th":
        text = f"{text} {THAI_TIME_SUFFIX}"
        return to_thai_digits(text) if thai_digits else text
    return text


def datetime_text(
    moment: Moment,
    language: str | None = None,
    *,
    seconds: bool = False,
    long: bool = False,
    thai_digits: bool = False,
) -> str:
    """Local date and time: "28 พ.ย. 2569 09:30 น." / "28 Nov 2026 09:30"; "" if none."""
    local = to_local(moment)
    if local is None:
        return ""
    language = _language(language)
    day = (date_text if long else short_date_text)(local.date(), language, thai_digits=thai_digits)
    clock = time_text(local, language, seconds=seconds, thai_digits=thai_digits)
    return f"{day} {clock}"


def month_text(year: int, month: int, language: str | None = None) -> str:
    """A month heading: "พฤศจิกายน 2569" in Thai, "November 2026" otherwise."""
    if _language(language) == "th":
        return f"{thai_month_names()[month - 1]} {buddhist_year(dt.date(year, month, 1))}"
    return f"{ENGLISH_MONTHS[month - 1]} {year}"


def short_month_text(year: int, month: int, language: str | None = None) -> str:
    """ "พ.ย. 69" in Thai (the usual short form), "Nov 2026" otherwise."""
    if _language(language) == "th":
        be = buddhist_year(dt.date(year, month, 1))
        return f"{thai_month_abbreviations()[month - 1]} {be % 100:02d}"
    return f"{ENGLISH_MONTHS[month - 1][:3]} {year}"


def era_year(day: Day, language: str | None = None) -> str:
    """The year as the reader counts it: "2569" in Thai (BE), "2026" otherwise."""
    value = to_date(day)
    if value is None:
        return ""
    return str(buddhist_year(value) if _language(language) == "th" else value.year)


def _month_number(word: str) -> int | None:
    """1-12 for a Thai or English month name or abbreviation ("ธ.ค.", "ธันวาคม", "Dec")."""
    key = word.strip().lower().rstrip(",")
    for names in (thai_month_abbreviations(), thai_month_names()):
        for number, name in enumerate(names, start=1):
            if key == name.lower():
                return number
    for number, name in enumerate(ENGLISH_MONTHS, start=1):
        if key in (name.lower(), name[:3].lower()):
            return number
    return None


def parse_date(text: str) -> dt.date | None:
    """A date typed by a user: ISO "2026-11-28", day/month/year "28/11/2569" or "28/11/2026"
    (a year of 2400 or more is Buddhist Era), or as shown: "28 พ.ย. 2569", "28 Nov 2026".
    Thai digits are accepted. None if not a date."""
    from tjdesk.thai.dates import to_arabic_digits

    cleaned = to_arabic_digits(text.strip())
    words = cleaned.split()
    if len(words) == 3 and _month_number(words[1]) is not None:
        try:
            month = _month_number(words[1]) or 0
            return dt.date(parse_year(int(words[2])), month, int(words[0]))
        except ValueError:
            return None
    try:
        if "-" in cleaned and cleaned.index("-") == 4:
            year, month, day = (int(part) for part in cleaned.split("-"))
        else:
            parts = cleaned.replace(".", "/").replace("-", "/").split("/")
            if len(parts) != 3:
                return None
            day, month, year = (int(part) for part in parts)
        return dt.date(parse_year(year), month, day)
    except ValueError:
        return None
