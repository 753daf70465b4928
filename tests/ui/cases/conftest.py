"""A signed-in context for the cases area: a real vault worker and staff of several roles."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pytest

from tests.helpers.sealed import StaffKeys, act_as_callers
from tjdesk.actors import Actor, Role
from tjdesk.cases import case_service, drafts, listing, report, session_service
from tjdesk.vault.database import Database
from tjdesk.vault.worker import VaultWorker


@dataclass
class FakeContext:
    """What CasesArea uses of the app context (ui/context.py): the worker and the user."""

    worker: VaultWorker
    user: Actor


def add_user(worker: VaultWorker, name: str, role: Role) -> Actor:
    stamp = datetime.now(UTC).isoformat()

    def insert(db: Database) -> int:
        with db.transaction():
            cursor = db.execute(
                "INSERT INTO users (name, display_name, role, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (name, name.title(), role.value, stamp, stamp),
            )
        return int(cursor.lastrowid)

    return Actor(worker.call(insert), name, role)


@pytest.fixture
def staff_keys(vault_worker: VaultWorker, monkeypatch: pytest.MonkeyPatch) -> StaffKeys:
    """Each service call on the worker runs as the actor it names, with that person's real
    key pair (tests/helpers/sealed.py): in the app a worker works for one signed-in person."""
    keys = vault_worker.call(StaffKeys)
    act_as_callers(
        monkeypatch,
        None,
        keys,
        [case_service, session_service, listing, drafts, report],
    )
    return keys


@pytest.fixture
def staff(vault_worker: VaultWorker, staff_keys: StaffKeys) -> dict[str, Actor]:
    return {
        "counselor": add_user(vault_worker, "dao", Role.COUNSELOR),
        "nurse": add_user(vault_worker, "malee", Role.NURSE),
        "lawyer": add_user(vault_worker, "somchai", Role.LEGAL_OFFICER),
        "supervisor": add_user(vault_worker, "nok", Role.SUPERVISOR),
    }


def audit_actions(worker: VaultWorker) -> list[dict[str, Any]]:
    return worker.call(
        lambda db: db.query("SELECT actor, action, target_id, detail FROM audit_log ORDER BY seq")
    )


@pytest.fixture
def keep(qtbot: Any) -> Any:
    """Show a widget for the test and keep it alive until pytest-qt has closed it.

    pytest-qt holds widgets weakly: a local widget would be deleted by Python the moment the
    test returns, while its finished vault operations still wait for their deferred delete,
    and PySide6 6.12 crashes on that ("shared QObject was deleted directly"). Holding them
    here lets pytest-qt process those events and close the widgets first.
    """
    held: list[Any] = []

    def show(widget: Any) -> Any:
        qtbot.addWidget(widget)
        held.append(widget)
        widget.show()
        return widget

    yield show
    held.clear()
