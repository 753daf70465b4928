"""Autosaved form drafts, kept inside the vault (never a plain file), per user and form.

A draft is the user's own unfinished typing; it is not yet part of any case record, so saving
it is not audited (an autosave every few seconds would bury the trail). What it becomes when
saved is audited by the service that saves it.
"""

from __future__ import annotations

import json
from typing import Any

from tjdesk.actors import Actor
from tjdesk.cases.times import store_time
from tjdesk.clock import Clock, utc_now
from tjdesk.errors import InvalidInput
from tjdesk.i18n import QT_TRANSLATE_NOOP
from tjdesk.vault.database import Database

MAX_DRAFT_CHARS = 400_000
DRAFT_TOO_BIG = QT_TRANSLATE_NOOP("errors", "This draft is too long to keep.")


def save_draft(
    db: Database, actor: Actor, form_key: str, payload: dict[str, Any], *, clock: Clock = utc_now
) -> None:
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    if len(text) > MAX_DRAFT_CHARS:
        raise InvalidInput(DRAFT_TOO_BIG)
    with db.transaction():
        db.execute(
            "INSERT INTO case_drafts (user_id, form_key, payload, updated_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (user_id, form_key) DO UPDATE SET payload = excluded.payload,"
            " updated_at = excluded.updated_at",
            (actor.id, form_key, text, store_time(clock())),
        )


def load_draft(db: Database, actor: Actor, form_key: str) -> dict[str, Any] | None:
    text = db.scalar(
        "SELECT payload FROM case_drafts WHERE user_id = ? AND form_key = ?", (actor.id, form_key)
    )
    if text is None:
        return None
    value = json.loads(text)
    return value if isinstance(value, dict) else None


def discard_draft(db: Database, actor: Actor, form_key: str) -> None:
    with db.transaction():
        db.execute(
            "DELETE FROM case_drafts WHERE user_id = ? AND form_key = ?", (actor.id, form_key)
        )


def draft_keys(db: Database, actor: Actor) -> list[str]:
    """The forms this user left unsaved (at a lock, a quick-hide or a crash), oldest first:
    offered back at their next sign-in so nothing typed is lost."""
    rows = db.query(
        "SELECT form_key FROM case_drafts WHERE user_id = ? ORDER BY updated_at, form_key",
        (actor.id,),
    )
    return [str(row["form_key"]) for row in rows]
