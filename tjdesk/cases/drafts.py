"""Autosaved form drafts, kept inside the vault (never a plain file), sealed to their writer.

A draft is the user's own unfinished typing; it is not yet part of any case record, so saving
it is not audited (an autosave every few seconds would bury the trail). What it becomes when
saved is audited by the service that saves it.

A draft may hold identity or note text, so it is stored only as an age file sealed to its
writer (and the vault's recovery recipient). A draft of an existing case or session is tied to
that case: it is loaded only while the policy still lets its writer on the case, and is
dropped when the writer leaves the team (tjdesk/cases/case_service.set_team) or is disabled.

The visitors area keeps its forms here too ("visit:new", "visit:12", "rules:th"): not tied
to a case, kept for their writer alone.

A case form's draft may carry the identity its writer typed (under ``IDENTITY_PART``): kept
only for a writer the policy lets write the identity section (the assigned case worker; for a
new case, its creator), and given back only while they may still read it. Elsewhere it is
left out, so a writer who is no longer the assigned worker is never shown it by the app (the
text is what they typed themselves; the ciphertext stays sealed to them and the recovery
recipient only).
"""

from __future__ import annotations

import json
from typing import Any

import pyrage

from tjdesk.acting import acts_for_signed_in
from tjdesk.actors import Actor
from tjdesk.cases.times import store_time
from tjdesk.clock import Clock, utc_now
from tjdesk.errors import InvalidInput
from tjdesk.i18n import QT_TRANSLATE_NOOP
from tjdesk.policy import Op, Relation, Section, may
from tjdesk.vault import age_format, age_keys, sealing
from tjdesk.vault.database import Database

MAX_DRAFT_CHARS = 400_000
IDENTITY_PART = "identity"  # the identity typed in a case form (real name, contacts, location)
DRAFT_TOO_BIG = QT_TRANSLATE_NOOP("errors", "This draft is too long to keep.")


def case_of_form(db: Database, form_key: str) -> int | None:
    """The case a draft belongs to ("case:12", "session:40"), or None for a new one."""
    kind, _, ident = form_key.partition(":")
    if not ident.isdigit():
        return None
    if kind == "case":
        return int(ident)
    if kind == "session":
        value = db.scalar("SELECT case_id FROM sessions WHERE id = ?", (int(ident),))
        return None if value is None else int(value)
    return None


def _relation(db: Database, actor: Actor, case_id: int | None) -> Relation:
    """A new case's writer is its creator, who becomes its assigned case worker."""
    if case_id is None:
        return Relation.ASSIGNED
    from tjdesk.cases.access import relation_to_case

    return relation_to_case(db, actor, case_id)


def _may_keep(db: Database, actor: Actor, case_id: int | None) -> bool:
    if case_id is None:
        return True
    return may(actor.role, _relation(db, actor, case_id), Section.OUTLINE, Op.READ)


def _may_keep_identity(
    db: Database, actor: Actor, form_key: str, case_id: int | None, op: Op
) -> bool:
    if not form_key.startswith("case:"):
        return False  # only a case form has an identity section
    return may(actor.role, _relation(db, actor, case_id), Section.IDENTITY, op)


def _without_identity_unless(allowed: bool, payload: dict[str, Any]) -> dict[str, Any]:
    if allowed or IDENTITY_PART not in payload:
        return payload
    return {k: v for k, v in payload.items() if k != IDENTITY_PART}


@acts_for_signed_in
def save_draft(
    db: Database, actor: Actor, form_key: str, payload: dict[str, Any], *, clock: Clock = utc_now
) -> None:
    with db.transaction():
        case_id = case_of_form(db, form_key)
        if not _may_keep(db, actor, case_id):
            return
        payload = _without_identity_unless(
            _may_keep_identity(db, actor, form_key, case_id, Op.WRITE), payload
        )
        text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
        if len(text) > MAX_DRAFT_CHARS:
            raise InvalidInput(DRAFT_TOO_BIG)
        me = sealing.signed_in(db)
        recipients = [me.age_recipient]
        recovery = sealing.sealing_recovery_recipient(db)  # CannotSeal if not the certified one
        if recovery is not None:
            recipients.append(recovery)
        sealed = age_format.seal(text.encode("utf-8"), recipients)
        db.execute(
            "INSERT INTO case_drafts (user_id, form_key, payload, sealed, case_id, updated_at)"
            " VALUES (?, ?, '', ?, ?, ?) ON CONFLICT (user_id, form_key) DO UPDATE SET"
            " payload = '', sealed = excluded.sealed, case_id = excluded.case_id,"
            " updated_at = excluded.updated_at",
            (actor.id, form_key, sealed, case_id, store_time(clock())),
        )


@acts_for_signed_in
def load_draft(db: Database, actor: Actor, form_key: str) -> dict[str, Any] | None:
    row = db.query_one(
        "SELECT sealed, case_id FROM case_drafts WHERE user_id = ? AND form_key = ?",
        (actor.id, form_key),
    )
    if row is None or row["sealed"] is None:
        return None
    case_id = None if row["case_id"] is None else int(row["case_id"])
    if not _may_keep(db, actor, case_id):
        discard_draft(db, actor, form_key)
        return None
    identity = age_keys.identity(sealing.signed_in(db).age_identity)
    try:
        text = age_format.unseal(bytes(row["sealed"]), identity).decode("utf-8")
    except pyrage.DecryptError:
        return None
    value = json.loads(text)
    if not isinstance(value, dict):
        return None
    allowed = _may_keep_identity(db, actor, form_key, case_id, Op.READ)
    return _without_identity_unless(allowed, value)


@acts_for_signed_in
def discard_draft(db: Database, actor: Actor, form_key: str) -> None:
    with db.transaction():
        db.execute(
            "DELETE FROM case_drafts WHERE user_id = ? AND form_key = ?", (actor.id, form_key)
        )


@acts_for_signed_in
def draft_keys(db: Database, actor: Actor) -> list[str]:
    """The forms this user left unsaved (at a lock, a quick-hide or a crash), oldest first:
    offered back at their next sign-in so nothing typed is lost."""
    rows = db.query(
        "SELECT form_key FROM case_drafts WHERE user_id = ? ORDER BY updated_at, form_key",
        (actor.id,),
    )
    return [str(row["form_key"]) for row in rows]
