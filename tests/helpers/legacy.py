"""A vault as TJ Desk 0.1 left it: schema 004, key-slot format 1, audit entries unsigned.

Made from a current vault by taking signing out again (the 005 objects dropped, the audit
table rebuilt from 001's own text, every slot's signing key removed), so the migration path
that real 0.1 vaults take can be tested end to end.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from tests.helpers.vaults import DEFAULT_PASSWORD, MadeVault, make_vault
from tjdesk import audit
from tjdesk.actors import Role
from tjdesk.paths import database_path, keyslot_path
from tjdesk.vault import vault
from tjdesk.vault.connection import open_connection
from tjdesk.vault.database import Database
from tjdesk.vault.migrations import _split_statements, schema_files

_SIGNING_FIELDS = ("signing_public_key", "signing_nonce", "wrapped_signing_key")


# Columns migration 006 added (sealed sections), dropped again to make a 0.1 vault.
_SEALED_COLUMNS = {
    "case_identity": ("sealed", "key_generation"),
    "session_notes": ("sealed", "key_generation"),
    "session_note_conflicts": ("sealed", "key_generation"),
    "case_drafts": ("case_id", "sealed"),
}


def make_legacy_vault(folder: Path, users: Iterable[tuple[str, Role]] = ()) -> MadeVault:
    """A 0.1 vault with an administrator "admin" and ``users``; nobody has signed in since."""
    made = make_vault(folder, users)
    key = made.admin.key
    names = list(made.handles)
    made.close()
    db = Database(open_connection(database_path(made.folder), key))
    try:
        files = dict(schema_files())
        audit_statements = [s for s in _split_statements(files[1]) if "audit_log" in s]
        fts_statements = [s for s in _split_statements(files[3]) if "USING fts5" in s]
        with db.transaction():
            for name in ("signing_roots", "user_certificates", "audit_log"):
                db.execute(f"DROP TABLE {name}")
            for statement in audit_statements:
                db.execute(statement)
            # Undo 006 (sealed sections) too: 0.1 kept its sections in the clear.
            # and 007 (signed team records).
            for name in (
                "section_readers",
                "section_keys",
                "search_digests",
                "case_handovers",
                "case_team_records",
            ):
                db.execute(f"DROP TABLE {name}")
            for table, columns in _SEALED_COLUMNS.items():
                for column in columns:
                    db.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
            for statement in fts_statements:
                db.execute(statement)
            db.execute(
                "DELETE FROM settings WHERE key IN"
                " ('recovery_recipient', 'recovery_recipient_certificate')"
            )
            prev = audit.GENESIS
            for seq, name in enumerate(names, start=1):  # what 0.1 wrote: unsigned entries
                at = "2026-11-01T08:00:00.000000Z"
                digest = audit.entry_hash(prev, seq, at, name, "signin.ok", None, None, None)
                db.execute(
                    "INSERT INTO audit_log (seq, at, actor, action, prev_hash, hash)"
                    " VALUES (?, ?, ?, 'signin.ok', ?, ?)",
                    (seq, at, name, prev, digest),
                )
                prev = digest
            db.execute("PRAGMA user_version = 4")
    finally:
        db.close()
    path = keyslot_path(made.folder)
    document = json.loads(path.read_bytes())
    document["version"] = 1
    del document["header_mac"]  # format 1 had none
    for slot in document["slots"].values():
        for field in _SIGNING_FIELDS:
            del slot[field]
    path.write_text(json.dumps(document))
    made.handles.clear()
    return made


def sign_in(made: MadeVault, name: str, password: str = DEFAULT_PASSWORD) -> None:
    made.handles[name] = vault.unlock(made.folder, name, password)
