"""Forms the vault tests fill in: what a counsellor types, with no client data in it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tjdesk.cases.codes import ContactType
from tjdesk.cases.records import SessionForm


def session_form(case_id: int) -> SessionForm:
    """A session of the case that ended an hour ago, in a room named only by its number."""
    now = datetime.now(UTC).replace(microsecond=0)
    return SessionForm(
        case_id=case_id,
        starts_at=now - timedelta(hours=2),
        ends_at=now - timedelta(hours=1),
        contact_type=ContactType.IN_PERSON,
        room="Room 1",
    )
