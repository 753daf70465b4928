"""Turning stored codes, dates and UTC times into the words and local times a user reads."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from tjdesk.cases import codes
from tjdesk.cases.times import load_time
from tjdesk.policy import Section
from ui import dates
from ui.i18n import current_language

_SECTION_TITLES = {
    Section.OUTLINE: "Outline",
    Section.NOTES: "Social-work notes",
    Section.HEALTH: "Health notes",
    Section.LEGAL: "Legal notes",
    Section.IDENTITY: "Identity",
}


def tr(text: str) -> str:
    return QCoreApplication.translate("CasesArea", text)


def choice_text(choice: codes.Choice) -> str:
    return QCoreApplication.translate(codes.CONTEXT, choice.label)


def code_text(kind: type[codes.Choice], code: str | None) -> str:
    if not code:
        return ""
    try:
        return choice_text(kind(code))
    except ValueError:
        return code  # a code from a newer version: show it rather than nothing


def codes_text(kind: type[codes.Choice], stored: str | None) -> str:
    return ", ".join(code_text(kind, c) for c in (stored or "").split())


def section_title(section: Section) -> str:
    # The literal strings are listed for lupdate here; the table above maps them.
    QCoreApplication.translate("CasesArea", "Outline")
    QCoreApplication.translate("CasesArea", "Social-work notes")
    QCoreApplication.translate("CasesArea", "Health notes")
    QCoreApplication.translate("CasesArea", "Legal notes")
    QCoreApplication.translate("CasesArea", "Identity")
    return tr(_SECTION_TITLES[section])


def local_time_text(stored: str | datetime | None) -> str:
    """A UTC moment as local date and time, e.g. 2026-11-28 16:05."""
    if not stored:
        return ""
    moment = load_time(stored) if isinstance(stored, str) else stored
    if _thai():
        return dates.datetime_text(moment, "th")  # 28 พ.ย. 2569 16:05 น. (Buddhist Era)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def date_text(day: str | date | None) -> str:
    if not day:
        return ""
    if _thai():
        return dates.short_date_text(day, "th")  # 28 พ.ย. 2569 (Buddhist Era)
    return day if isinstance(day, str) else day.isoformat()


def _thai() -> bool:
    return current_language() == "th"


def yes_no(flag: object) -> str:
    return QCoreApplication.translate("CasesArea", "Yes") if flag else ""
