"""The one place where the case services ask the policy table, and record refusals.

Every service call that reads or writes a section goes through ``require``: it finds how the
actor stands to the case (not on the team, on the team, assigned case worker) and asks
tjdesk.policy. A refusal raises SectionDenied; the service's ``records_denials`` wrapper writes
an ``access.denied`` audit entry once the service's own transaction has rolled back.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from tjdesk import audit
from tjdesk.acting import acts_for_signed_in
from tjdesk.actors import Actor
from tjdesk.errors import AccessDenied, InvalidInput
from tjdesk.i18n import QT_TRANSLATE_NOOP
from tjdesk.policy import Op, Relation, Section, may
from tjdesk.vault.database import Database

NO_SUCH_CASE = QT_TRANSLATE_NOOP("errors", "There is no such case.")
NO_SUCH_SESSION = QT_TRANSLATE_NOOP("errors", "There is no such session.")
NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "errors", "You may not see or change this part of the case (%1). Ask the case worker."
)


@acts_for_signed_in
def relation_to_case(db: Database, actor: Actor, case_id: int) -> Relation:
    row = db.query_one(
        "SELECT assigned FROM case_team WHERE case_id = ? AND user_id = ?", (case_id, actor.id)
    )
    if row is None:
        return Relation.NONE
    return Relation.ASSIGNED if row["assigned"] else Relation.TEAM


_CASE = "SELECT 1 AS x FROM cases WHERE id = ?"


def case_exists(db: Database, case_id: int) -> bool:
    return db.query_one(_CASE, (case_id,)) is not None


@acts_for_signed_in
def require(db: Database, actor: Actor, case_id: int, section: Section, op: Op) -> Relation:
    """Return the actor's relation to the case if the policy allows ``op`` on ``section``."""
    if not case_exists(db, case_id):
        raise InvalidInput(NO_SUCH_CASE)
    relation = relation_to_case(db, actor, case_id)
    if not may(actor.role, relation, section, op):
        raise SectionDenied(actor, case_id, section, op)
    return relation


class SectionDenied(AccessDenied):
    """A refusal by the policy table; ``records_denials`` writes it to the audit trail."""

    def __init__(self, actor: Actor, case_id: int | None, section: Section, op: Op) -> None:
        super().__init__(NOT_ALLOWED, section.value)
        self.actor_name = actor.name
        self.case_id = case_id
        self.detail = f"{section.value}:{op.value}"


P = ParamSpec("P")
T = TypeVar("T")


def records_denials(
    fn: Callable[Concatenate[Database, P], T],
) -> Callable[Concatenate[Database, P], T]:
    """Wrap a service: a refusal is audited after the service's transaction has rolled back."""

    @functools.wraps(fn)
    def wrapper(db: Database, *args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return fn(db, *args, **kwargs)
        except SectionDenied as refusal:
            if not db.in_transaction:
                audit.record(
                    db,
                    refusal.actor_name,
                    "access.denied",
                    target_type="case",
                    target_id=refusal.case_id,
                    detail=refusal.detail,
                )
            raise

    return wrapper  # type: ignore[return-value]
