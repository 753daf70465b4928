"""The identity section of a case (nickname, real name, contacts, current location), sealed.

Stored only as one age file per case (``case_identity.sealed``), sealed to the case's identity
key (tjdesk/vault/sealing.py): the assigned case worker(s) and the recovery recipient. The
nickname lives here too: a survivor's nickname identifies her to anyone who knows her, so it
is identity, not outline (docs/SECURITY.md). Callers check the policy and audit.
"""

from __future__ import annotations

import json
import weakref
from dataclasses import asdict, dataclass

from tjdesk.policy import Section
from tjdesk.vault import sealing
from tjdesk.vault.database import Database


@dataclass(frozen=True)
class SealedIdentity:
    nickname: str = ""
    real_name: str = ""
    contacts: str = ""
    current_location: str = ""


def _from_json(text: str) -> SealedIdentity:
    value = json.loads(text)
    if not isinstance(value, dict):
        return SealedIdentity()
    return SealedIdentity(**{k: str(value.get(k, "")) for k in SealedIdentity.__annotations__})


def read(db: Database, case_id: int) -> SealedIdentity:
    """The case's identity, opened with the signed-in user's key (NotSealedToYou if not)."""
    row = db.query_one(
        "SELECT sealed, key_generation FROM case_identity WHERE case_id = ?", (case_id,)
    )
    if row is None or row["sealed"] is None:
        return SealedIdentity()
    text = sealing.open_text(
        db, case_id, Section.IDENTITY, int(row["key_generation"]), bytes(row["sealed"])
    )
    return _from_json(text)


def version(db: Database, case_id: int) -> int | None:
    value = db.scalar("SELECT version FROM case_identity WHERE case_id = ?", (case_id,))
    return None if value is None else int(value)


def write(db: Database, case_id: int, identity: SealedIdentity, user_id: int, stamp: str) -> int:
    """Seal and store the identity; returns its new version. Plaintext columns stay empty."""
    text = json.dumps(asdict(identity), ensure_ascii=False, sort_keys=True)
    generation, blob = sealing.seal_text(db, case_id, Section.IDENTITY, text)
    db.execute(
        "INSERT INTO case_identity (case_id, real_name, contacts, current_location, sealed,"
        " key_generation, version, updated_at, updated_by) VALUES (?, '', '', '', ?, ?, 1, ?, ?)"
        " ON CONFLICT (case_id) DO UPDATE SET real_name = '', contacts = '',"
        " current_location = '', sealed = excluded.sealed,"
        " key_generation = excluded.key_generation, version = case_identity.version + 1,"
        " updated_at = excluded.updated_at, updated_by = excluded.updated_by",
        (case_id, blob, generation, stamp, user_id),
    )
    return int(db.scalar("SELECT version FROM case_identity WHERE case_id = ?", (case_id,)))


# Nicknames opened during this sign-in, by case: (identity version, nickname). Memory only,
# gone with the connection (lock, sign-out); a list page then opens no age file twice. The
# caller (tjdesk/cases/listing.py) checks the policy on every page, so a nickname kept here is
# never shown to someone who has left the case.
_nicknames: weakref.WeakKeyDictionary[Database, dict[int, tuple[int, str]]] = (
    weakref.WeakKeyDictionary()
)


def nicknames(
    db: Database, case_ids: list[int], *, assigned_to: int | None = None
) -> dict[int, str]:
    """Nicknames of those cases whose identity the signed-in user can open (for lists);
    with ``assigned_to``, only of the cases that user is an assigned case worker of (one
    query for both, as a list page asks on every scroll)."""
    if not case_ids:
        return {}
    cache = _nicknames.setdefault(db, {})
    marks = ",".join("?" * len(case_ids))
    params: tuple[int, ...] = tuple(case_ids) if assigned_to is None else (assigned_to, *case_ids)
    versions: dict[int, int | None] = {}
    if assigned_to is None:
        rows = db.query(
            f"SELECT c.id AS case_id, i.version FROM cases c LEFT JOIN case_identity i"
            f" ON i.case_id = c.id WHERE c.id IN ({marks})",
            params,
        )
    else:
        rows = db.query(
            "SELECT t.case_id, i.version FROM case_team t LEFT JOIN case_identity i"
            " ON i.case_id = t.case_id WHERE t.user_id = ? AND t.assigned = 1"
            f" AND t.case_id IN ({marks})",
            params,
        )
    for r in rows:
        versions[int(r["case_id"])] = None if r["version"] is None else int(r["version"])
    found: dict[int, str] = {}
    for case_id in versions:
        version = versions[case_id]
        if version is None:
            found[case_id] = ""
            continue
        kept = cache.get(case_id)
        if kept is not None and kept[0] == version:
            found[case_id] = kept[1]
            continue
        try:
            nickname = read(db, case_id).nickname
        except sealing.NotSealedToYou:
            continue
        cache[case_id] = (version, nickname)
        found[case_id] = nickname
    return found


def forget_nicknames(db: Database) -> None:
    _nicknames.pop(db, None)
