"""The plain records the case services take and return (no Qt, no database handles)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from tjdesk.cases.codes import (
    Agency,
    CaseStatus,
    CaseType,
    ContactType,
    Language,
    Nationality,
    Referral,
    RiskLevel,
)
from tjdesk.policy import Section


@dataclass(frozen=True)
class Consent:
    agency: Agency
    until: date


@dataclass(frozen=True)
class TeamMember:
    user_id: int
    assigned: bool = False


@dataclass
class CaseForm:
    """What a user types to open or change a case's outline."""

    case_type: CaseType
    nickname: str = ""
    nationality: Nationality = Nationality.UNKNOWN
    languages: list[Language] = field(default_factory=list)
    interpreter_needed: bool = False
    status: CaseStatus = CaseStatus.OPEN
    opened_on: date | None = None
    next_step: str = ""
    consents: list[Consent] = field(default_factory=list)


@dataclass(frozen=True)
class CaseOutline:
    id: int
    code: str
    nickname: str
    case_type: CaseType
    nationality: Nationality
    languages: list[Language]
    interpreter_needed: bool
    status: CaseStatus
    opened_on: date
    closed_on: date | None
    next_step: str
    consents: list[Consent]
    team: list[TeamMember]
    referrals: list[Referral]  # every referral made in any session of the case
    last_session_at: datetime | None
    version: int


@dataclass
class IdentityForm:
    real_name: str = ""
    contacts: str = ""
    current_location: str = ""


@dataclass(frozen=True)
class Identity:
    case_id: int
    real_name: str
    contacts: str
    current_location: str
    version: int


@dataclass
class SessionForm:
    """What a user types to record a session (the outline part; notes are saved apart)."""

    case_id: int | None
    starts_at: datetime | None
    ends_at: datetime | None
    contact_type: ContactType | None
    room: str = ""
    counselor_ids: list[int] = field(default_factory=list)
    interpreter_used: bool = False
    risk_level: RiskLevel = RiskLevel.LOW
    safety_concern: bool = False
    referrals: list[Referral] = field(default_factory=list)
    follow_up_on: date | None = None


@dataclass(frozen=True)
class SessionRecord:
    id: int
    case_id: int
    case_code: str
    starts_at: datetime
    ends_at: datetime
    room: str
    contact_type: ContactType
    counselor_ids: list[int]
    interpreter_used: bool
    risk_level: RiskLevel
    safety_concern: bool
    referrals: list[Referral]
    follow_up_on: date | None
    version: int
    readable_sections: list[Section]  # which note sections this user may open
    writable_sections: list[Section]
    alarms: list[LinkedAlarm]  # alarms raised in its room while it was in progress
    details_writable: bool = False  # may this user change the details (outline section)?


@dataclass(frozen=True)
class Note:
    session_id: int
    section: Section
    body: str
    version: int  # 0: nothing saved yet
    updated_at: datetime | None
    conflicts: list[NoteConflict]


@dataclass(frozen=True)
class NoteConflict:
    id: int
    body: str
    based_on: int
    saved_by: int | None
    saved_at: datetime


@dataclass(frozen=True)
class LinkedAlarm:
    alarm_id: str
    at: datetime
    room: str
