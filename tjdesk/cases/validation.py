"""Form checks, in words a counselor understands. Each raises InvalidInput and changes nothing."""

from __future__ import annotations

from datetime import date, datetime

from tjdesk.cases.records import CaseForm, IdentityForm, SessionForm
from tjdesk.errors import InvalidInput
from tjdesk.i18n import QT_TRANSLATE_NOOP

MAX_NICKNAME = 60
MAX_SHORT_TEXT = 500
MAX_NOTE = 200_000

MISSING_CASE = QT_TRANSLATE_NOOP("errors", "Please choose the case this session belongs to.")
MISSING_START = QT_TRANSLATE_NOOP("errors", "Please enter when the session started.")
MISSING_END = QT_TRANSLATE_NOOP("errors", "Please enter when the session ended.")
END_BEFORE_START = QT_TRANSLATE_NOOP(
    "errors", "The session ends before it starts. Please check the start and end times."
)
TOO_LONG_SESSION = QT_TRANSLATE_NOOP(
    "errors", "The session would last more than a day. Please check the dates."
)
MISSING_CONTACT = QT_TRANSLATE_NOOP(
    "errors", "Please choose how you were in contact (call, in person, visit...)."
)
FOLLOW_UP_PAST = QT_TRANSLATE_NOOP(
    "errors", "The follow-up date is in the past. Please choose today or a later day."
)
NICKNAME_TOO_LONG = QT_TRANSLATE_NOOP(
    "errors", "The alias is too long: please keep it under %1 characters."
)
TEXT_TOO_LONG = QT_TRANSLATE_NOOP("errors", "The text in \u201c%1\u201d is too long.")
CONSENT_PAST = QT_TRANSLATE_NOOP(
    "errors", "A consent to share ends on a day that has already passed. Please check it."
)
OPENED_IN_FUTURE = QT_TRANSLATE_NOOP("errors", "The case cannot be opened on a future day.")
START_IN_FUTURE = QT_TRANSLATE_NOOP(
    "errors", "The session starts in the future. Please record it once it has happened."
)


def check_case_form(form: CaseForm, today: date) -> None:
    if len(form.nickname.strip()) > MAX_NICKNAME:
        raise InvalidInput(NICKNAME_TOO_LONG, MAX_NICKNAME)
    if len(form.next_step) > MAX_SHORT_TEXT:
        raise InvalidInput(TEXT_TOO_LONG, "next step")
    if form.opened_on is not None and form.opened_on > today:
        raise InvalidInput(OPENED_IN_FUTURE)
    for consent in form.consents:
        if consent.until < today:
            raise InvalidInput(CONSENT_PAST)


def check_identity_form(form: IdentityForm) -> None:
    for label, text in (
        ("real name", form.real_name),
        ("contacts", form.contacts),
        ("current location", form.current_location),
    ):
        if len(text) > MAX_SHORT_TEXT:
            raise InvalidInput(TEXT_TOO_LONG, label)


def check_session_form(form: SessionForm, now: datetime, today: date) -> None:
    if form.case_id is None:
        raise InvalidInput(MISSING_CASE)
    if form.starts_at is None:
        raise InvalidInput(MISSING_START)
    if form.ends_at is None:
        raise InvalidInput(MISSING_END)
    if form.ends_at <= form.starts_at:
        raise InvalidInput(END_BEFORE_START)
    if (form.ends_at - form.starts_at).total_seconds() > 24 * 3600:
        raise InvalidInput(TOO_LONG_SESSION)
    if form.starts_at > now:
        raise InvalidInput(START_IN_FUTURE)
    if form.contact_type is None:
        raise InvalidInput(MISSING_CONTACT)
    if form.follow_up_on is not None and form.follow_up_on < today:
        raise InvalidInput(FOLLOW_UP_PAST)
    if len(form.room) > MAX_NICKNAME:
        raise InvalidInput(TEXT_TOO_LONG, "room")


def check_note(body: str) -> None:
    if len(body) > MAX_NOTE:
        raise InvalidInput(TEXT_TOO_LONG, "notes")
