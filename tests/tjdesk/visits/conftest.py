"""A fresh vault with one user per role, for the visit-log service tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers.db import db, vault_worker  # noqa: F401
from tjdesk.actors import Actor, Role
from tjdesk.vault.database import Database

NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


def fixed_clock() -> datetime:
    return NOW


def add_user(db: Database, name: str, role: Role) -> Actor:  # noqa: F811
    with db.transaction():
        cursor = db.execute(
            "INSERT INTO users (name, display_name, role, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (name, name.title(), role.value, NOW.isoformat(), NOW.isoformat()),
        )
    return Actor(int(cursor.lastrowid), name, role)


@pytest.fixture
def staff(db: Database) -> dict[Role, Actor]:  # noqa: F811
    return {role: add_user(db, role.value.replace("_", ""), role) for role in Role}
