"""Sealing a vault written before sealed sections (0.1), and what every sign-in settles.

The first sign-in that can seal (a password sign-in, once the vault has a recovery
identity) seals every plaintext section left by 0.1: identity fields and nicknames, notes,
health and legal texts, conflict copies and drafts. Sealing needs only public keys, so the
person signing in need not be able to read what they seal. The plaintext columns are emptied
in the same transaction; then the WAL is checkpointed and the file VACUUMed, and
``secure_delete`` has zeroed the freed pages, so no plaintext is left in the file.
"""

from __future__ import annotations

import json
from collections import defaultdict

from tjdesk import audit
from tjdesk.cases import sealed_search
from tjdesk.cases.sealed_identity import SealedIdentity
from tjdesk.cases.sealed_identity import write as write_identity
from tjdesk.policy import Section
from tjdesk.vault import age_format, sealing
from tjdesk.vault.database import Database

# The statements, each used in one place, named once here.
_LEGACY_ROWS = (
    "SELECT (SELECT count(*) FROM cases WHERE nickname != '')"
    " + (SELECT count(*) FROM case_identity WHERE sealed IS NULL"
    "    OR real_name != '' OR contacts != '' OR current_location != '')"
    " + (SELECT count(*) FROM session_notes WHERE sealed IS NULL OR body != '')"
    " + (SELECT count(*) FROM session_note_conflicts WHERE sealed IS NULL OR body != '')"
    " + (SELECT count(*) FROM case_drafts WHERE sealed IS NULL OR payload != '')"
)
_CLEAR_NICKNAME = "UPDATE cases SET nickname = '' WHERE id = ?"
_SEAL_NOTE = "UPDATE session_notes SET body = '', sealed = ?, key_generation = ? WHERE id = ?"
_SEAL_CONFLICT = (
    "UPDATE session_note_conflicts SET body = '', sealed = ?, key_generation = ? WHERE id = ?"
)
_DRAFTS = "SELECT user_id, form_key, payload FROM case_drafts WHERE sealed IS NULL OR payload != ''"
_DELETE_DRAFT = "DELETE FROM case_drafts WHERE user_id = ? AND form_key = ?"
_SEAL_DRAFT = (
    "UPDATE case_drafts SET payload = '', sealed = ?, case_id = ?"
    " WHERE user_id = ? AND form_key = ?"
)


def legacy_rows(db: Database) -> int:
    """How many rows still hold plaintext from before sealing."""
    return int(db.scalar(_LEGACY_ROWS))


# Set once no plaintext is left: later sign-ins skip the look for it, which reads every note
# row (half a second on 100,000 sessions). Nothing writes plaintext columns any more, and a
# 0.1 app cannot open the vault after migration 006, so none can come back.
SETTING_ALL_SEALED = "plaintext_sealed"


def seal_legacy_plaintext(db: Database, *, look_again: bool = False) -> int:
    """Seal every plaintext section; returns how many rows were sealed (0: nothing to do,
    or this sign-in cannot seal yet: no recovery identity, or nobody signed in).
    ``look_again`` looks even in a vault marked as sealed (the recovery identity was just
    made)."""
    person = db.signed_in
    if person is None or not sealing.can_seal(db):
        return 0
    if not look_again and db.setting(SETTING_ALL_SEALED) is not None:
        return 0
    if legacy_rows(db) == 0:
        with db.transaction():
            _mark_all_sealed(db)
        return 0
    sealed = 0
    with db.transaction():
        sealed += _seal_identities(db)
        sealed += _seal_notes(db)
        sealed += _seal_conflicts(db)
        sealed += _seal_drafts(db)
        _mark_all_sealed(db)
        audit.record(db, person.actor.name, "vault.sections_sealed", detail=f"rows={sealed}")
    scrub_file(db)
    return sealed


def _mark_all_sealed(db: Database) -> None:
    db.put_setting(SETTING_ALL_SEALED, "1")


# Leave no old page behind: checkpoint the WAL into the file, rebuild it, truncate the WAL.
_SCRUB = ("PRAGMA wal_checkpoint(TRUNCATE)", "VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)")


def scrub_file(db: Database) -> None:
    """Leave no old page behind (``secure_delete`` has zeroed the freed ones)."""
    for statement in _SCRUB:
        db.execute(statement)


def _seal_identities(db: Database) -> int:
    rows = db.query(
        "SELECT c.id, c.nickname, i.real_name, i.contacts, i.current_location, i.updated_at,"
        " i.updated_by, i.sealed FROM cases c LEFT JOIN case_identity i ON i.case_id = c.id"
        " WHERE c.nickname != '' OR i.case_id IS NULL OR i.sealed IS NULL OR i.real_name != ''"
        " OR i.contacts != '' OR i.current_location != ''"
    )
    for row in rows:
        identity = SealedIdentity(
            nickname=str(row["nickname"] or ""),
            real_name=str(row["real_name"] or ""),
            contacts=str(row["contacts"] or ""),
            current_location=str(row["current_location"] or ""),
        )
        write_identity(
            db,
            int(row["id"]),
            identity,
            row["updated_by"],
            str(row["updated_at"] or "1970-01-01T00:00:00+00:00"),
        )
        db.execute(_CLEAR_NICKNAME, (row["id"],))
    return len(rows)


def _seal_notes(db: Database) -> int:
    rows = db.query(
        "SELECT n.id, n.section, n.body, n.version, s.case_id FROM session_notes n"
        " JOIN sessions s ON s.id = n.session_id WHERE n.sealed IS NULL OR n.body != ''"
    )
    digests: dict[tuple[int, Section, int], dict[int, tuple[int, str]]] = defaultdict(dict)
    for row in rows:
        case_id, section, body = int(row["case_id"]), Section(row["section"]), str(row["body"])
        generation, blob = sealing.seal_text(db, case_id, section, body)
        db.execute(_SEAL_NOTE, (blob, generation, row["id"]))
        digests[(case_id, section, generation)][int(row["id"])] = (int(row["version"]), body)
    for (case_id, section, generation), notes in digests.items():
        sealed_search.write_digest(db, case_id, section, generation, notes)
    return len(rows)


def _seal_conflicts(db: Database) -> int:
    rows = db.query(
        "SELECT k.id, k.body, n.section, s.case_id FROM session_note_conflicts k"
        " JOIN session_notes n ON n.id = k.note_id JOIN sessions s ON s.id = n.session_id"
        " WHERE k.sealed IS NULL OR k.body != ''"
    )
    for row in rows:
        generation, blob = sealing.seal_text(
            db, int(row["case_id"]), Section(row["section"]), str(row["body"])
        )
        db.execute(_SEAL_CONFLICT, (blob, generation, row["id"]))
    return len(rows)


def _seal_drafts(db: Database) -> int:
    from tjdesk.cases.drafts import case_of_form

    recipients = sealing.user_recipients(db)
    recovery = sealing.sealing_recovery_recipient(db)
    assert recovery is not None
    rows = db.query(_DRAFTS)
    for row in rows:
        writer = recipients.get(int(row["user_id"]))
        if writer is None:  # a writer without a key slot (disabled): the draft goes
            db.execute(_DELETE_DRAFT, (row["user_id"], row["form_key"]))
            continue
        text = str(row["payload"]) or json.dumps({})
        db.execute(
            _SEAL_DRAFT,
            (
                age_format.seal(text.encode("utf-8"), [writer, recovery]),
                case_of_form(db, str(row["form_key"])),
                row["user_id"],
                row["form_key"],
            ),
        )
    return len(rows)


def on_sign_in(db: Database) -> None:
    """What a signed-in connection does first (the vault worker, on open): seal what 0.1 left
    in the clear, rewrap keys colleagues are waiting for, and plan the search index."""
    if db.signed_in is None:
        return
    seal_legacy_plaintext(db)
    if sealing.can_seal(db):  # never rewrap to a recovery row nobody certified
        sealing.settle_pending(db)
    sealed_search.start(db)
