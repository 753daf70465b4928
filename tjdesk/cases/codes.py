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

_N = QT_TRANSLATE_NOOP
_LABELS: dict[Choice, str] = {
    CaseType.TRAFFICKING: _N(CONTEXT, "Trafficking"),
    CaseType.DOMESTIC_VIOLENCE: _N(CONTEXT, "Domestic violence"),
    CaseType.CHILD_ABUSE: _N(CONTEXT, "Child abuse"),
    CaseType.OTHER: _N(CONTEXT, "Other"),
    CaseStatus.OPEN: _N(CONTEXT, "Open"),
    CaseStatus.REFERRED: _N(CONTEXT, "Referred"),
    CaseStatus.CLOSED: _N(CONTEXT, "Closed"),
    Language.THAI: _N(CONTEXT, "Thai"),
    Language.LAO: _N(CONTEXT, "Lao"),
    Language.MYANMAR: _N(CONTEXT, "Myanmar"),
    Language.KHMER: _N(CONTEXT, "Khmer"),
    Language.ENGLISH: _N(CONTEXT, "English"),
    Language.OTHER: _N(CONTEXT, "Other language"),
    Nationality.THAI: _N(CONTEXT, "Thai"),
    Nationality.LAO: _N(CONTEXT, "Lao"),
    Nationality.MYANMAR: _N(CONTEXT, "Myanmar"),
    Nationality.CAMBODIAN: _N(CONTEXT, "Cambodian"),
    Nationality.OTHER: _N(CONTEXT, "Other nationality"),
    Nationality.UNKNOWN: _N(CONTEXT, "Not known"),
    ContactType.HOTLINE_CALL: _N(CONTEXT, "Hotline call"),
    ContactType.IN_PERSON: _N(CONTEXT, "In person (counseling room)"),
    ContactType.SHELTER_FOLLOW_UP: _N(CONTEXT, "Shelter follow-up"),
    ContactType.HOME_VISIT: _N(CONTEXT, "Home visit"),
    ContactType.HOSPITAL_VISIT: _N(CONTEXT, "Hospital visit"),
    RiskLevel.LOW: _N(CONTEXT, "Low"),
    RiskLevel.MEDIUM: _N(CONTEXT, "Medium"),
    RiskLevel.HIGH: _N(CONTEXT, "High"),
    Referral.POLICE_ATD: _N(CONTEXT, "Police anti-trafficking division"),
    Referral.DSI: _N(CONTEXT, "DSI"),
    Referral.SHELTER: _N(CONTEXT, "Shelter"),
    Referral.NGO: _N(CONTEXT, "NGO"),
    Referral.EMBASSY: _N(CONTEXT, "Embassy"),
    Referral.HOSPITAL: _N(CONTEXT, "Hospital"),
    Referral.OTHER: _N(CONTEXT, "Other referral"),
    Agency.POLICE_ATD: _N(CONTEXT, "Police anti-trafficking division"),
    Agency.DSI: _N(CONTEXT, "DSI"),
    Agency.SHELTER: _N(CONTEXT, "Shelter"),
    Agency.NGO: _N(CONTEXT, "NGO"),
    Agency.EMBASSY: _N(CONTEXT, "Embassy"),
    Agency.HOSPITAL: _N(CONTEXT, "Hospital"),
    Agency.COURT: _N(CONTEXT, "Court"),
    Agency.OTHER: _N(CONTEXT, "Other agency"),
}


def join_codes(choices: Iterable[Choice]) -> str:
    """Several choices stored in one column: their codes, space-separated, in a stable order."""
    return " ".join(sorted({c.code for c in choices}))


def split_codes(kind: type[C], stored: str | None) -> list[C]:
    return [kind(code) for code in (stored or "").split() if code]
