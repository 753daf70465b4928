"""A 0.1 vault (plaintext sections, on-disk FTS) is sealed by the first sign-in that can seal,
and afterwards no plaintext is left anywhere in the file: every page of the database and its
WAL is decrypted with the database key (AES-256-CBC per page, SQLCipher 4's layout) and
scanned, free pages included."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.pages import decrypted_pages
from tests.helpers.vaults import make_vault
from tjdesk.actors import Role
from tjdesk.cases import case_service, drafts, listing, sealed_search, session_service
from tjdesk.policy import Section
from tjdesk.vault import migrations, schema_guard, seal_migration

WORDS = [
    "NICKSENTINEL",
    "REALNAMESENTINEL",
    "CONTACTSENTINEL",
    "PLACESENTINEL",
    "NOTESENTINEL",
    "HEALTHSENTINEL",
    "CONFLICTSENTINEL",
    "DRAFTSENTINEL",
]
STAMP = "2026-01-01T00:00:00+00:00"


def _text(blob: bytes) -> str:
    return blob.decode("utf-8", "ignore") + blob.decode("utf-16-le", "ignore")


def test_first_sign_in_seals_a_plaintext_vault_and_leaves_no_plaintext_in_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    every_schema = migrations.schema_files()
    monkeypatch.setattr(migrations, "schema_files", lambda: [f for f in every_schema if f[0] < 6])
    schema_guard.expected_schema.cache_clear()  # the structure guard expects version 5 now
    made = make_vault(tmp_path / "v", users=[("ann", Role.COUNSELOR), ("bo", Role.NURSE)])
    old = made.admin.open_database()
    with old.transaction():
        ids = {r["name"]: r["id"] for r in old.query("SELECT id, name FROM users")}
        old.execute(
            "INSERT INTO cases (id, code, nickname, case_type, opened_on, created_at, updated_at)"
            " VALUES (1, 'C-2026-0001', 'NICKSENTINEL', 'other', '2026-01-01', ?, ?)",
            (STAMP, STAMP),
        )
        old.executemany(
            "INSERT INTO case_team (case_id, user_id, assigned) VALUES (1, ?, ?)",
            [(ids["ann"], 1), (ids["bo"], 0)],
        )
        old.execute(
            "INSERT INTO case_identity (case_id, real_name, contacts, current_location,"
            " updated_at, updated_by) VALUES (1, ?, ?, ?, ?, ?)",
            ("REALNAMESENTINEL", "CONTACTSENTINEL", "PLACESENTINEL", STAMP, ids["ann"]),
        )
        old.execute(
            "INSERT INTO sessions (id, case_id, starts_at, ends_at, contact_type, created_at,"
            " updated_at) VALUES (1, 1, ?, '2026-01-01T01:00:00+00:00', 'in_person', ?, ?)",
            (STAMP, STAMP, STAMP),
        )
        old.execute(
            "INSERT INTO session_notes (id, session_id, section, body, updated_at)"
            " VALUES (1, 1, 'notes', 'met at NOTESENTINEL house', ?), "
            " (2, 1, 'health', 'HEALTHSENTINEL', ?)",
            (STAMP, STAMP),
        )
        old.execute(
            "INSERT INTO session_note_conflicts (note_id, body, based_on, saved_at)"
            " VALUES (1, 'CONFLICTSENTINEL', 0, ?)",
            (STAMP,),
        )
        old.execute(
            "INSERT INTO case_drafts (user_id, form_key, payload, updated_at)"
            " VALUES (?, 'session:1', '{\"notes\": \"DRAFTSENTINEL\"}', ?)",
            (ids["ann"], STAMP),
        )
        old.execute("INSERT INTO fts_notes (rowid, body) VALUES (1, 'met at NOTESENTINEL house')")
    old.close()
    key = made.admin.key
    assert "NOTESENTINEL" in _text(decrypted_pages(made.admin.database_path, key))
    monkeypatch.setattr(migrations, "schema_files", lambda: every_schema)
    schema_guard.expected_schema.cache_clear()

    # The nurse signs in first: she cannot read the notes, but sealing needs public keys only.
    made.worker("bo")
    made.close()
    plain = _text(decrypted_pages(made.admin.database_path, key))
    assert [w for w in WORDS if w in plain] == []

    # What was sealed still opens for those entitled, and search finds it.
    ann = made.handles["ann"].actor
    assert ann is not None
    worker = made.worker("ann")
    note = worker.call(lambda db: session_service.read_note(db, ann, 1, Section.NOTES))
    assert note.body == "met at NOTESENTINEL house"
    assert note.conflicts[0].body == "CONFLICTSENTINEL"
    outline = worker.call(lambda db: case_service.get_outline(db, ann, 1))
    assert outline.nickname == "NICKSENTINEL"
    # The identity, every field, still says who changed it last and when; the draft is back.
    identity = worker.call(lambda db: case_service.show_identity(db, ann, 1))
    assert (identity.real_name, identity.contacts, identity.current_location) == (
        "REALNAMESENTINEL",
        "CONTACTSENTINEL",
        "PLACESENTINEL",
    )
    stamped = worker.call(
        lambda db: db.query_one(
            "SELECT updated_at, updated_by FROM case_identity WHERE case_id = 1",
        )
    )
    assert (stamped["updated_at"], stamped["updated_by"]) == (STAMP, ann.id)
    assert worker.call(lambda db: drafts.load_draft(db, ann, "session:1")) == {
        "notes": "DRAFTSENTINEL"
    }
    # The nurse's sign-in did it, said how many rows (1 identity, 2 notes, 1 conflict copy,
    # 1 draft), and marked the vault so later sign-ins do not look again.
    sealed_entries = worker.call(
        lambda db: db.query(
            "SELECT actor, detail FROM audit_log WHERE action = 'vault.sections_sealed'",
        )
    )
    assert [(r["actor"], r["detail"]) for r in sealed_entries] == [("bo", "rows=5")]
    assert worker.call(lambda db: db.setting(seal_migration.SETTING_ALL_SEALED)) == "1"

    def search(db):  # type: ignore[no-untyped-def]
        while sealed_search.build_step(db):
            pass
        return listing.session_page(db, ann, listing.SessionFilter(text="notesentinel"))

    assert [r["id"] for r in worker.call(search)] == [1]
    made.close()
