"""The preliminary report's page: outline fields only, dates in the Buddhist Era in Thai."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from tjdesk.cases.codes import CaseStatus, CaseType, ContactType, Referral
from tjdesk.cases.report import PreliminaryReport
from ui.cases.report_print import report_html


def _report(next_step: str = "Meet the embassy") -> PreliminaryReport:
    return PreliminaryReport(
        case_id=1,
        case_code="C-2026-0042",
        case_type=CaseType.TRAFFICKING,
        status=CaseStatus.REFERRED,
        opened_on=date(2026, 11, 2),
        closed_on=None,
        session_count=3,
        first_session_at=datetime(2026, 11, 2, 3, 0, tzinfo=UTC),
        last_session_at=datetime(2026, 11, 27, 3, 0, tzinfo=UTC),
        contact_types=[ContactType.HOTLINE_CALL],
        referrals=[Referral.DSI],
        next_follow_up_on=date(2026, 12, 1),
        next_step=next_step,
        prepared_at=datetime(2026, 11, 28, 3, 0, tzinfo=UTC),
        prepared_by="Dao",
    )


def test_thai_reports_give_dates_in_the_buddhist_era(qapp) -> None:  # type: ignore[no-untyped-def]
    thai = report_html(_report(), buddhist_era=True)
    assert "2 พฤศจิกายน 2569" in thai
    assert "1 ธันวาคม 2569" in thai
    assert "2026-11-02" not in thai
    english = report_html(_report())
    assert "2026-11-02" in english and "2569" not in english


def test_the_confidential_warning_is_italic_in_english_and_upright_bold_in_thai(qapp) -> None:  # type: ignore[no-untyped-def]
    from ui import i18n

    english = report_html(_report())
    assert "<i>Outline only. Confidential: do not copy or pass on.</i>" in english
    try:
        assert i18n.install_language("th")
        thai = report_html(_report(), buddhist_era=True)
    finally:
        i18n.install_language("en")
    assert "<i>" not in thai
    warning = re.search("<b>([^<]*)</b>", thai)
    assert warning and "ลับ" in warning.group(1)


def test_text_typed_into_the_outline_cannot_inject_markup(qapp) -> None:  # type: ignore[no-untyped-def]
    page = report_html(_report(next_step="<img src=x> & <b>bold</b>"))
    assert "<img" not in page and "&lt;img src=x&gt; &amp; &lt;b&gt;" in page
