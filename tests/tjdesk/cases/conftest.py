"""Staff of every role in a fresh vault, and a case/session factory for the service tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from tests.helpers.sealed import StaffKeys, act_as_callers
from tjdesk.actors import Actor, Role
from tjdesk.cases import case_service, drafts, handover, listing, report, session_service
from tjdesk.cases.codes import CaseType, ContactType
from tjdesk.cases.records import CaseForm, SessionForm
from tjdesk.vault.database import Database

# A fixed "now" so validation (follow-up in the past, start in the future) never depends on
# the day the tests run.
NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


def fixed_clock() -> datetime:
    return NOW


def add_user(
    db: Database,
    name: str,
    role: Role,
) -> Actor:
    with db.transaction():
        cursor = db.execute(
            "INSERT INTO users (name, display_name, role, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (name, name.title(), role.value, NOW.isoformat(), NOW.isoformat()),
        )
    return Actor(int(cursor.lastrowid), name, role)


@pytest.fixture(autouse=True)
def staff_keys(db: Database, monkeypatch: pytest.MonkeyPatch) -> StaffKeys:
    """Every service call runs as the actor it names, with that person's real key pair
    (made on first use, in a real key-slot file beside the database): tests/helpers/sealed.py."""
    keys = StaffKeys(db)
    act_as_callers(
        monkeypatch, db, keys, [case_service, session_service, listing, drafts, report, handover]
    )
    return keys


@pytest.fixture
def staff(db: Database) -> dict[str, Actor]:
    """One user per role, plus a second counselor."""
    people = {role.value: add_user(db, role.value.replace("_", ""), role) for role in Role}
    people["counselor2"] = add_user(db, "counselor2", Role.COUNSELOR)
    return people


def session_form(case_id: int | None, **changes: object) -> SessionForm:
    form = SessionForm(
        case_id=case_id,
        starts_at=NOW - timedelta(hours=2),
        ends_at=NOW - timedelta(hours=1),
        contact_type=ContactType.IN_PERSON,
        room="Counseling room 1",
    )
    for key, value in changes.items():
        setattr(form, key, value)
    return form


@pytest.fixture
def new_case(db: Database) -> Callable[..., int]:
    def make(actor: Actor, **changes: object) -> int:
        form = CaseForm(case_type=CaseType.TRAFFICKING)
        for key, value in changes.items():
            setattr(form, key, value)
        return case_service.create_case(db, actor, form, clock=fixed_clock)

    return make


@pytest.fixture
def new_session(db: Database) -> Callable[..., int]:
    def make(actor: Actor, case_id: int, **changes: object) -> int:
        return session_service.create_session(
            db, actor, session_form(case_id, **changes), clock=fixed_clock
        )

    return make
