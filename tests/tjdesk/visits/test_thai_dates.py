"""Buddhist Era dates with Thai month names, and Common Era dates for English sheets."""

import datetime

import pytest

from tjdesk.thai import dates


def test_2026_is_2569_in_the_buddhist_era() -> None:
    assert dates.buddhist_year(datetime.date(2026, 11, 28)) == 2569
    assert dates.format_thai_date(datetime.date(2026, 11, 28)) == "28 พฤศจิกายน 2569"


def test_the_year_has_no_group_separator_and_thai_digits_are_optional() -> None:
    day = datetime.date(2026, 1, 5)
    assert dates.format_thai_date(day) == "5 มกราคม 2569"
    assert dates.format_thai_date(day, thai_digits=True) == "๕ มกราคม ๒๕๖๙"
    assert dates.format_thai_date(day, abbreviated=True) == "5 ม.ค. 2569"


def test_all_twelve_thai_month_names_in_order() -> None:
    assert dates.thai_month_names() == (
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    )  # fmt: skip
    got = [dates.format_thai_date(datetime.date(2026, m, 1)).split()[1] for m in range(1, 13)]
    assert got == list(dates.thai_month_names())


def test_english_dates_stay_in_the_common_era() -> None:
    assert dates.format_english_date(datetime.date(2026, 11, 28)) == "28 November 2026"


def test_thai_time_has_the_nalika_suffix() -> None:
    moment = datetime.datetime(2026, 11, 28, 9, 30)
    assert dates.format_thai_datetime(moment) == "28 พฤศจิกายน 2569 09:30 น."


@pytest.mark.parametrize(
    ("day", "year"),
    [
        (datetime.date(1941, 1, 1), 2484),  # the first 1 January new year
        (datetime.date(1940, 4, 1), 2483),
        (datetime.date(1940, 3, 31), 2482),  # still the old year until 1 April
        (datetime.date(2000, 2, 29), 2543),
    ],
)
def test_before_1941_the_thai_year_began_on_1_april(day: datetime.date, year: int) -> None:
    assert dates.buddhist_year(day) == year


def test_typed_years_are_read_in_either_era() -> None:
    assert dates.parse_year(2569) == 2026
    assert dates.parse_year(2026) == 2026


def test_digit_conversion_round_trips() -> None:
    assert dates.to_arabic_digits(dates.to_thai_digits("0123456789")) == "0123456789"
