"""The preliminary report as a printed page or PDF: outline fields only, built from the data.

The HTML is made here from tjdesk.cases.report.PreliminaryReport, which holds no nickname,
identity, note, health or legal text and no shelter address, so the page cannot carry them.
Output goes through ui.printing (Qt's print dialog, preview, QPdfWriter). No temporary file
is written; the PDF goes only where the user chose.
"""

from __future__ import annotations

import html
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from tjdesk.cases.codes import CaseStatus, CaseType
from tjdesk.cases.report import PreliminaryReport
from tjdesk.thai.dates import format_thai_date, format_thai_datetime
from tjdesk.thai.wordbreak import contains_thai
from ui.cases.labels import choice_text, date_text, local_time_text

# No client data in the spooler's job name or the PDF title.
JOB_NAME = "TJ Desk preliminary report"


def _emphasised(text: str) -> str:
    # Thai is never set in italic, and our Thai face has none (Qt would slant the upright
    # letters): Thai emphasis is bold. Latin text has a true italic face.
    tag = "b" if contains_thai(text) else "i"
    return f"<{tag}>{html.escape(text)}</{tag}>"


def report_html(data: PreliminaryReport, *, buddhist_era: bool = False) -> str:
    """The page; with ``buddhist_era`` (a Thai interface) dates read '28 พฤศจิกายน 2569'."""

    def day(value: date | None) -> str:
        if value is None:
            return ""
        return format_thai_date(value) if buddhist_era else date_text(value)

    def moment(value: datetime | None) -> str:
        if value is None:
            return ""
        if buddhist_era:
            return format_thai_datetime(value.astimezone().replace(tzinfo=None))
        return local_time_text(value)

    def row(label: str, value: str) -> str:
        return (
            f"<tr><td style='padding:3px 12px 3px 0'><b>{html.escape(label)}</b></td>"
            f"<td style='padding:3px 0'>{html.escape(value) or '&ndash;'}</td></tr>"
        )

    case_type: CaseType = data.case_type
    status: CaseStatus = data.status
    rows = [
        row(QCoreApplication.translate("CasesArea", "Case code"), data.case_code),
        row(QCoreApplication.translate("CasesArea", "Type of case"), choice_text(case_type)),
        row(QCoreApplication.translate("CasesArea", "Status"), choice_text(status)),
        row(QCoreApplication.translate("CasesArea", "Opened on"), day(data.opened_on)),
        row(QCoreApplication.translate("CasesArea", "Closed on"), day(data.closed_on)),
        row(QCoreApplication.translate("CasesArea", "Sessions"), str(data.session_count)),
        row(
            QCoreApplication.translate("CasesArea", "First session"), moment(data.first_session_at)
        ),
        row(
            QCoreApplication.translate("CasesArea", "Latest session"), moment(data.last_session_at)
        ),
        row(
            QCoreApplication.translate("CasesArea", "Kinds of contact"),
            ", ".join(choice_text(c) for c in data.contact_types),
        ),
        row(
            QCoreApplication.translate("CasesArea", "Referrals made"),
            ", ".join(choice_text(r) for r in data.referrals),
        ),
        row(QCoreApplication.translate("CasesArea", "Next follow-up"), day(data.next_follow_up_on)),
        row(QCoreApplication.translate("CasesArea", "Next step"), data.next_step),
    ]
    prepared = (
        QCoreApplication.translate("CasesArea", "Prepared by %1 on %2")
        .replace("%1", html.escape(data.prepared_by))
        .replace("%2", html.escape(moment(data.prepared_at)))
    )
    title = QCoreApplication.translate("CasesArea", "Preliminary report")
    warning = QCoreApplication.translate(
        "CasesArea", "Outline only. Confidential: do not copy or pass on."
    )
    return (
        "<html><body>"
        f"<h2>{html.escape(title)}</h2>"
        f"<p>{_emphasised(warning)}</p>"
        f"<table cellspacing='0'>{''.join(rows)}</table>"
        f"<p style='margin-top:18px'>{prepared}</p>"
        "<p style='font-size:small'>"
        + html.escape(
            QCoreApplication.translate(
                "CasesArea",
                "This report holds no name, contact details, location, session notes, "
                "health or legal information.",
            )
        )
        + "</p></body></html>"
    )


def write_report_pdf(
    data: PreliminaryReport, path: str | Path, *, buddhist_era: bool = False
) -> None:
    from ui.printing import Printable, write_pdf

    write_pdf(Printable(html=report_html(data, buddhist_era=buddhist_era), job_name=JOB_NAME), path)


def print_report_with_preview(
    parent: QWidget | None, data: PreliminaryReport, *, buddhist_era: bool = False
) -> bool:
    """Qt's print preview, from which the user prints; True if it was printed."""
    from ui.printing import Printable, preview

    html_text = report_html(data, buddhist_era=buddhist_era)
    return preview(parent, Printable(html=html_text, job_name=JOB_NAME))
