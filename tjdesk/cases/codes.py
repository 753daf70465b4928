"""The stable codes stored for every choice on a case or session, and their English labels.

The vault stores the code (never a translated word), so a record reads the same in Thai and
English and survives a change of wording. The ui translates a label at display time with
``QCoreApplication.translate(CONTEXT, label)``.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import TypeVar

from tjdesk.i18n import QT_TRANSLATE_NOOP

CONTEXT = "CaseCodes"


class Choice(enum.Enum):
    """An enum whose value is the stored code and which knows its English label."""

    @property
    def code(self) -> str:
        return str(self.value)

    @property
    def label(self) -> str:
        return _LABELS[self]

    @classmethod
    def from_code(cls, code: str) -> Choice:
        return cls(code)


class CaseType(Choice):
    TRAFFICKING = "trafficking"
    DOMESTIC_VIOLENCE = "domestic_violence"
    CHILD_ABUSE = "child_abuse"
    OTHER = "other"


class CaseStatus(Choice):
    OPEN = "open"
    REFERRED = "referred"
    CLOSED = "closed"


class Language(Choice):
    THAI = "th"
    LAO = "lo"
    MYANMAR = "my"
    KHMER = "km"
    ENGLISH = "en"
    OTHER = "other"


class Nationality(Choice):
    THAI = "TH"
    LAO = "LA"
    MYANMAR = "MM"
    CAMBODIAN = "KH"
    OTHER = "other"
    UNKNOWN = "unknown"


class ContactType(Choice):
    HOTLINE_CALL = "hotline_call"
    IN_PERSON = "in_person"
    SHELTER_FOLLOW_UP = "shelter_follow_up"
    HOME_VISIT = "home_visit"
    HOSPITAL_VISIT = "hospital_visit"


class RiskLevel(Choice):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Referral(Choice):
    POLICE_ATD = "police_atd"
    DSI = "dsi"
    SHELTER = "shelter"
    NGO = "ngo"
    EMBASSY = "embassy"
    HOSPITAL = "hospital"
    OTHER = "other"


class Agency(Choice):
    """Agencies a person may consent to share their outline with."""

    POLICE_ATD = "police_atd"
    DSI = "dsi"
    SHELTER = "shelter"
    NGO = "ngo"
    EMBASSY = "embassy"
    HOSPITAL = "hospital"
    COURT = "court"
    OTHER = "other"


C = TypeVar("C", bound=Choice)

_LABELS: dict[Choice, str] = {
    CaseType.TRAFFICKING: QT_TRANSLATE_NOOP("CaseCodes", "Trafficking"),
    CaseType.DOMESTIC_VIOLENCE: QT_TRANSLATE_NOOP("CaseCodes", "Domestic violence"),
    CaseType.CHILD_ABUSE: QT_TRANSLATE_NOOP("CaseCodes", "Child abuse"),
    CaseType.OTHER: QT_TRANSLATE_NOOP("CaseCodes", "Other"),
    CaseStatus.OPEN: QT_TRANSLATE_NOOP("CaseCodes", "Open"),
    CaseStatus.REFERRED: QT_TRANSLATE_NOOP("CaseCodes", "Referred"),
    CaseStatus.CLOSED: QT_TRANSLATE_NOOP("CaseCodes", "Closed"),
    Language.THAI: QT_TRANSLATE_NOOP("CaseCodes", "Thai"),
    Language.LAO: QT_TRANSLATE_NOOP("CaseCodes", "Lao"),
    Language.MYANMAR: QT_TRANSLATE_NOOP("CaseCodes", "Myanmar"),
    Language.KHMER: QT_TRANSLATE_NOOP("CaseCodes", "Khmer"),
    Language.ENGLISH: QT_TRANSLATE_NOOP("CaseCodes", "English"),
    Language.OTHER: QT_TRANSLATE_NOOP("CaseCodes", "Other language"),
    Nationality.THAI: QT_TRANSLATE_NOOP("CaseCodes", "Thai"),
    Nationality.LAO: QT_TRANSLATE_NOOP("CaseCodes", "Lao"),
    Nationality.MYANMAR: QT_TRANSLATE_NOOP("CaseCodes", "Myanmar"),
    Nationality.CAMBODIAN: QT_TRANSLATE_NOOP("CaseCodes", "Cambodian"),
    Nationality.OTHER: QT_TRANSLATE_NOOP("CaseCodes", "Other nationality"),
    Nationality.UNKNOWN: QT_TRANSLATE_NOOP("CaseCodes", "Not known"),
    ContactType.HOTLINE_CALL: QT_TRANSLATE_NOOP("CaseCodes", "Hotline call"),
    ContactType.IN_PERSON: QT_TRANSLATE_NOOP("CaseCodes", "In person (counselling room)"),
    ContactType.SHELTER_FOLLOW_UP: QT_TRANSLATE_NOOP("CaseCodes", "Shelter follow-up"),
    ContactType.HOME_VISIT: QT_TRANSLATE_NOOP("CaseCodes", "Home visit"),
    ContactType.HOSPITAL_VISIT: QT_TRANSLATE_NOOP("CaseCodes", "Hospital visit"),
    RiskLevel.LOW: QT_TRANSLATE_NOOP("CaseCodes", "Low"),
    RiskLevel.MEDIUM: QT_TRANSLATE_NOOP("CaseCodes", "Medium"),
    RiskLevel.HIGH: QT_TRANSLATE_NOOP("CaseCodes", "High"),
    Referral.POLICE_ATD: QT_TRANSLATE_NOOP("CaseCodes", "Police anti-trafficking division"),
    Referral.DSI: QT_TRANSLATE_NOOP("CaseCodes", "DSI"),
    Referral.SHELTER: QT_TRANSLATE_NOOP("CaseCodes", "Shelter"),
    Referral.NGO: QT_TRANSLATE_NOOP("CaseCodes", "NGO"),
    Referral.EMBASSY: QT_TRANSLATE_NOOP("CaseCodes", "Embassy"),
    Referral.HOSPITAL: QT_TRANSLATE_NOOP("CaseCodes", "Hospital"),
    Referral.OTHER: QT_TRANSLATE_NOOP("CaseCodes", "Other referral"),
    Agency.POLICE_ATD: QT_TRANSLATE_NOOP("CaseCodes", "Police anti-trafficking division"),
    Agency.DSI: QT_TRANSLATE_NOOP("CaseCodes", "DSI"),
    Agency.SHELTER: QT_TRANSLATE_NOOP("CaseCodes", "Shelter"),
    Agency.NGO: QT_TRANSLATE_NOOP("CaseCodes", "NGO"),
    Agency.EMBASSY: QT_TRANSLATE_NOOP("CaseCodes", "Embassy"),
    Agency.HOSPITAL: QT_TRANSLATE_NOOP("CaseCodes", "Hospital"),
    Agency.COURT: QT_TRANSLATE_NOOP("CaseCodes", "Court"),
    Agency.OTHER: QT_TRANSLATE_NOOP("CaseCodes", "Other agency"),
}


def join_codes(choices: Iterable[Choice]) -> str:
    """Several choices stored in one column: their codes, space-separated, in a stable order."""
    return " ".join(sorted({c.code for c in choices}))


def split_codes(kind: type[C], stored: str | None) -> list[C]:
    return [kind(code) for code in (stored or "").split() if code]
