"""Dates as users read them: Buddhist Era and Thai months in Thai, Common Era in English,
stored UTC times shown in local time."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator

import pytest

from ui import dates, i18n


@pytest.fixture
def in_bangkok(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer's clock on Thai time (UTC+7, POSIX spelling: no tz database needed)."""
    monkeypatch.setenv("TZ", "ICT-7")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_thai_dates_are_in_the_buddhist_era_with_thai_month_names() -> None:
    assert dates.date_text("2026-11-28", "th") == "28 พฤศจิกายน 2569"
    assert dates.short_date_text(dt.date(2026, 1, 5), "th") == "5 ม.ค. 2569"
    assert dates.era_year("2026-11-28", "th") == "2569"
    assert dates.month_text(2026, 11, "th") == "พฤศจิกายน 2569"


def test_english_dates_are_in_the_common_era() -> None:
    assert dates.date_text("2026-11-28", "en") == "28 November 2026"
    assert dates.short_date_text(dt.date(2026, 1, 5), "en") == "5 Jan 2026"
    assert dates.era_year("2026-11-28", "en") == "2026"
    assert dates.month_text(2026, 11, "en") == "November 2026"


def test_the_app_language_chooses_the_era(qapp: object) -> None:
    try:
        i18n.install_language("th")
        assert dates.date_text("2026-11-28") == "28 พฤศจิกายน 2569"
        i18n.install_language("en")
        assert dates.date_text("2026-11-28") == "28 November 2026"
    finally:
        i18n.install_language("en")


def test_before_1941_the_thai_year_began_in_april() -> None:
    # Naive +543 would give 2483 for 1 March 1940: that day was still in 2482.
    assert dates.era_year("1940-03-01", "th") == "2482"
    assert dates.era_year("1940-04-01", "th") == "2483"


def test_stored_utc_times_are_shown_in_local_time(in_bangkok: None) -> None:
    # 23:30 UTC on the 27th is already 06:30 on the 28th in Bangkok.
    assert dates.datetime_text("2026-11-27T23:30:00Z", "th") == "28 พ.ย. 2569 06:30 น."
    assert dates.datetime_text("2026-11-27T23:30:00+00:00", "en") == "28 Nov 2026 06:30"
    naive_utc = dt.datetime(2026, 11, 27, 23, 30)
    assert dates.time_text(naive_utc, "en") == "06:30"
    assert dates.to_date(dt.datetime(2026, 11, 27, 23, 30, tzinfo=dt.UTC)) == dt.date(2026, 11, 28)


def test_thai_digits_are_an_option_for_printouts() -> None:
    assert dates.date_text("2026-11-28", "th", thai_digits=True) == "๒๘ พฤศจิกายน ๒๕๖๙"
    assert dates.date_text("2026-11-28", "th") == "28 พฤศจิกายน 2569"


def test_empty_or_bad_values_show_nothing_rather_than_fail() -> None:
    for value in (None, "", "not a date"):
        assert dates.date_text(value, "th") == ""
        assert dates.datetime_text(value, "en") == ""


def test_a_typed_date_may_use_either_era_or_thai_digits() -> None:
    expected = dt.date(2026, 11, 28)
    assert dates.parse_date("28/11/2569") == expected
    assert dates.parse_date("28/11/2026") == expected
    assert dates.parse_date("๒๘/๑๑/๒๕๖๙") == expected
    assert dates.parse_date("2026-11-28") == expected
    assert dates.parse_date("31/02/2569") is None
    assert dates.parse_date("tomorrow") is None


def test_the_case_and_alarm_lists_show_buddhist_era_dates_in_thai(
    qapp: object, in_bangkok: None
) -> None:
    from ui.alarm.log_model import local
    from ui.cases.labels import date_text, local_time_text

    moment = dt.datetime(2026, 11, 27, 23, 30, tzinfo=dt.UTC)
    try:
        i18n.install_language("th")
        assert date_text("2026-11-28") == "28 พ.ย. 2569"
        assert local_time_text(moment) == "28 พ.ย. 2569 06:30 น."
        assert local(moment) == "28 พ.ย. 2569 06:30:00 น."
        i18n.install_language("en")
        assert date_text("2026-11-28") == "2026-11-28"
        assert local(moment) == "2026-11-28 06:30:00"
    finally:
        i18n.install_language("en")
