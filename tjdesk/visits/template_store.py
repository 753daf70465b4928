"""Rule-sheet templates in the vault: every save is a new version; shipped defaults seed v1."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from tjdesk import audit
from tjdesk.acting import acts_for_signed_in
from tjdesk.actors import Actor
from tjdesk.clock import iso_utc, utc_now
from tjdesk.errors import InvalidInput
from tjdesk.i18n import QT_TRANSLATE_NOOP
from tjdesk.vault.database import Database
from tjdesk.visits.access import VisitAction, require
from tjdesk.visits.address_guard import AddressGuard
from tjdesk.visits.settings import shelter_address
from tjdesk.visits.template import (
    SHIPPED_LANGUAGES,
    RuleSheetTemplate,
    shipped_template,
    template_from_json,
)


@dataclass(frozen=True)
class StoredTemplate:
    id: int
    language: str
    version: int
    template: RuleSheetTemplate
    created_at: str
    created_by: str | None
    content_sha256: str


def _row_to_stored(row: dict[str, object]) -> StoredTemplate:
    return StoredTemplate(
        id=int(str(row["id"])),
        language=str(row["language"]),
        version=int(str(row["version"])),
        template=template_from_json(str(row["content"])),
        created_at=str(row["created_at"]),
        created_by=None if row["created_by"] is None else str(row["created_by"]),
        content_sha256=str(row["content_sha256"]),
    )


_COLUMNS = "id, language, version, content, content_sha256, created_at, created_by"


def _insert(
    db: Database, template: RuleSheetTemplate, who: str | None, at: datetime | None
) -> StoredTemplate:
    content = template.to_json()
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()
    last = db.scalar(
        "SELECT MAX(version) FROM visit_sheet_templates WHERE language = ?", (template.language,)
    )
    version = 1 if last is None else int(last) + 1
    cursor = db.execute(
        "INSERT INTO visit_sheet_templates (language, version, content, content_sha256,"
        " created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)",
        (template.language, version, content, digest, iso_utc(at), who),
    )
    new_id = int(cursor.lastrowid)
    audit.record(
        db,
        who,
        "visit_template.save",
        target_type="visit_template",
        target_id=new_id,
        detail=f"{template.language} v{version}",
        at=at,
    )
    stored = get_template(db, new_id)
    assert stored is not None
    return stored


def ensure_shipped_defaults(db: Database) -> None:
    """Store the shipped Thai and English sheets as version 1 where a language has none, and
    as the next version where the newest is an older shipped sheet nobody edited (so a shelter
    gets the laws and rules of a newer release; its own edits are never replaced)."""
    with db.transaction():
        for language in SHIPPED_LANGUAGES:
            newest = db.query_one(
                "SELECT content, created_by FROM visit_sheet_templates WHERE language = ?"
                " ORDER BY version DESC LIMIT 1",
                (language,),
            )
            shipped = shipped_template(language)
            if newest is None or (
                newest["created_by"] is None
                and template_from_json(str(newest["content"])) != shipped
            ):
                _insert(db, shipped, None, None)


def get_template(db: Database, template_id: int) -> StoredTemplate | None:
    row = db.query_one(f"SELECT {_COLUMNS} FROM visit_sheet_templates WHERE id = ?", (template_id,))
    return None if row is None else _row_to_stored(row)


def current_templates(db: Database) -> dict[str, StoredTemplate]:
    """The newest version of every language, Thai and English first."""
    ensure_shipped_defaults(db)
    rows = db.query(
        f"SELECT {_COLUMNS} FROM visit_sheet_templates t WHERE version ="
        " (SELECT MAX(version) FROM visit_sheet_templates u WHERE u.language = t.language)"
    )
    stored = [_row_to_stored(row) for row in rows]
    order = {code: index for index, code in enumerate(SHIPPED_LANGUAGES)}
    stored.sort(key=lambda s: (order.get(s.language, len(order)), s.language))
    return {s.language: s for s in stored}


def template_versions(db: Database, language: str) -> list[StoredTemplate]:
    """Every saved version of ``language``, newest first."""
    rows = db.query(
        f"SELECT {_COLUMNS} FROM visit_sheet_templates WHERE language = ? ORDER BY version DESC",
        (language,),
    )
    return [_row_to_stored(row) for row in rows]


@acts_for_signed_in
def save_template(
    db: Database,
    actor: Actor | None,
    template: RuleSheetTemplate,
    *,
    clock: Callable[[], datetime] = utc_now,
) -> StoredTemplate:
    """Save ``template`` as the next version of its language (or refuse, changing nothing)."""
    who = require(actor, VisitAction.EDIT_TEMPLATES)
    with db.transaction():
        ensure_shipped_defaults(db)
        guard = AddressGuard(shelter_address(db))
        if any(guard.contains_address(text) for text in template.texts()):
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The sheet contains the shelter's address. Remove it: the address is never "
                    "printed.",
                )
            )
        current = db.query_one(
            "SELECT content FROM visit_sheet_templates WHERE language = ?"
            " ORDER BY version DESC LIMIT 1",
            (template.language,),
        )
        if current is not None and template_from_json(str(current["content"])) == template:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "Nothing changed: the sheet was not saved again.")
            )
        return _insert(db, template, who.name, clock())
