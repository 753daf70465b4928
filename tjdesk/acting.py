"""A service acts for the person signed in on its connection, never for an Actor a caller wrote.

Services still take an ``actor`` (VAULT-CONTRACT.md, item 2), but who is signed in comes from
the key slot that was opened: ``Database.signed_in``, made only by a password unlock. An
``Actor(role=ADMINISTRATOR)`` built by hand on a receptionist's connection must not make her
an administrator, so every service that takes an actor checks it here first, before it reads
or changes anything, and the refusal is audited in the name of the person really signed in.

A connection nobody signed in to (set-up, a recovery-key sign-in, the command line before a
password) has no person to compare with: it is not checked here. Whoever holds such a
connection holds the database key already, and the sealed sections do not open without a
staff member's or the recovery identity's key (docs/SECURITY.md).

``tests/tjdesk/test_acting.py`` fails if a public service function that takes
``(db, actor)`` in tjdesk/cases, tjdesk/visits or tjdesk/users.py is not guarded.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from tjdesk import audit
from tjdesk.actors import Actor
from tjdesk.errors import AccessDenied
from tjdesk.i18n import QT_TRANSLATE_NOOP
from tjdesk.vault.database import Database

NOT_THE_SIGNED_IN_PERSON = QT_TRANSLATE_NOOP(
    "errors",
    "This was asked in the name of someone other than the person signed in. Nothing was done.",
)
AUDIT_ACTION = "access.actor_mismatch"

P = ParamSpec("P")
T = TypeVar("T")
A = TypeVar("A", bound=Actor | None)


class ActorMismatch(AccessDenied):
    """The actor handed to a service is not the person signed in on the connection."""

    def __init__(self) -> None:
        super().__init__(NOT_THE_SIGNED_IN_PERSON)


def check_actor(db: Database, actor: Actor | None) -> None:
    """Refuse (and audit) an actor who is not the person signed in on ``db``."""
    person = db.signed_in
    if person is None or actor is None or actor == person.actor:
        return
    if not db.in_transaction:
        # Who really asked, and in whose name: the claimed id and role, nothing of a case.
        audit.record(
            db,
            person.actor.name,
            AUDIT_ACTION,
            target_type="user",
            target_id=person.actor.id,
            detail=f"claimed={actor.id}:{actor.role.value}",
        )
    raise ActorMismatch()


def acts_for_signed_in(
    fn: Callable[Concatenate[Database, A, P], T],
) -> Callable[Concatenate[Database, A, P], T]:
    """Guard a service ``fn(db, actor, ...)``: the actor must be the person signed in."""

    @functools.wraps(fn)
    def guarded(db: Database, actor: A, *args: P.args, **kwargs: P.kwargs) -> T:
        check_actor(db, actor)
        return fn(db, actor, *args, **kwargs)

    guarded.acts_for_signed_in = True  # type: ignore[attr-defined]
    return guarded  # type: ignore[return-value]
