"""A 0.1 vault (plaintext sections, on-disk FTS) is sealed by the first sign-in that can seal,
and afterwards no plaintext is left anywhere in the file: every page of the database and its
WAL is decrypted with the database key (AES-256-CBC per page, SQLCipher 4's layout) and
scanned, free pages included."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers.pages import decrypted_pages
from tests.helpers.vaults import MadeVault, make_vault
from tjdesk.actors import Role
from tjdesk.cases import case_service, drafts, listing, sealed_search, session_service
from tjdesk.policy import Section
from tjdesk.vault import migrations, recovery, schema_guard, seal_migration
from tjdesk.vault.database import Database
from tjdesk.vault.sealing import SETTING_RECOVERY_RECIPIENT

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


def _old_case(old: Database, case_id: int, nickname: str) -> None:
    """A case as 0.1 stored it, its nickname in the clear."""
    old.execute(
        "INSERT INTO cases (id, code, nickname, case_type, opened_on, created_at, updated_at)"
        " VALUES (?, ?, ?, 'other', '2026-01-01', ?, ?)",
        (case_id, f"C-2026-{case_id:04d}", nickname, STAMP, STAMP),
    )


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
        _old_case(old, 1, "NICKSENTINEL")
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


def _old_vault(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    users: list[tuple[str, Role]],
    fill: Callable[[Database, dict[str, int]], None],
) -> MadeVault:
    """A vault at schema 5 (before sealed sections), ``fill``-ed in the clear, then opened by
    today's code again (nobody has signed in since)."""
    every_schema = migrations.schema_files()
    monkeypatch.setattr(migrations, "schema_files", lambda: [f for f in every_schema if f[0] < 6])
    schema_guard.expected_schema.cache_clear()
    made = make_vault(tmp_path / "v", users=users)
    old = made.admin.open_database()
    try:
        with old.transaction():
            fill(old, {r["name"]: r["id"] for r in old.query("SELECT id, name FROM users")})
    finally:
        old.close()
    monkeypatch.setattr(migrations, "schema_files", lambda: every_schema)
    schema_guard.expected_schema.cache_clear()
    return made


def _a_case_without_identity_and_three_drafts(old: Database, ids: dict[str, int]) -> None:
    _old_case(old, 1, "NICKSENTINEL")
    old.executemany(
        "INSERT INTO case_team (case_id, user_id, assigned) VALUES (1, ?, ?)",
        [(ids["ann"], 1), (ids["cy"], 0)],
    )
    # A second case with no nickname but a name in the clear.
    _old_case(old, 2, "")
    old.execute(
        "INSERT INTO case_team (case_id, user_id, assigned) VALUES (2, ?, 1)", (ids["ann"],)
    )
    old.execute(
        "INSERT INTO case_identity (case_id, real_name, contacts, current_location,"
        " updated_at, updated_by) VALUES (2, 'REALNAMESENTINEL', '', '', ?, ?)",
        (STAMP, ids["ann"]),
    )
    old.execute(
        "INSERT INTO sessions (id, case_id, starts_at, ends_at, contact_type, created_at,"
        " updated_at) VALUES (1, 1, ?, '2026-01-01T01:00:00+00:00', 'in_person', ?, ?)",
        (STAMP, STAMP, STAMP),
    )
    # ann's draft of the session, empty; bo (disabled since) left one; cy wrote one after.
    old.executemany(
        "INSERT INTO case_drafts (user_id, form_key, payload, updated_at) VALUES (?, ?, ?, ?)",
        [
            (ids["ann"], "session:1", "", STAMP),
            (ids["bo"], "case:1", '{"notes": "BOSENTINEL"}', STAMP),
            (ids["cy"], "case:1", '{"notes": "CYSENTINEL"}', STAMP),
        ],
    )
    old.execute("UPDATE users SET disabled = 1 WHERE id = ?", (ids["bo"],))


def test_a_case_without_identity_and_every_kind_of_draft_are_sealed_as_they_were(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A case 0.1 kept no identity for gets an empty one, stamped as never changed (not
    "XXXX", not today); a disabled colleague's draft, which no one may open, is deleted and
    the drafts after it are sealed all the same; an empty draft opens as an empty form, still
    tied to its case."""
    users = [("ann", Role.COUNSELOR), ("bo", Role.NURSE), ("cy", Role.SOCIAL_WORKER)]
    made = _old_vault(tmp_path, monkeypatch, users, _a_case_without_identity_and_three_drafts)
    ann, cy = made.handles["ann"].actor, made.handles["cy"].actor
    assert ann is not None and cy is not None
    worker = made.worker("ann")  # her sign-in seals
    identity = worker.call(lambda db: case_service.show_identity(db, ann, 1))
    assert (identity.real_name, identity.contacts, identity.current_location) == ("", "", "")
    stamped = worker.call(
        lambda db: db.query_one(
            "SELECT updated_at, updated_by FROM case_identity WHERE case_id = 1"
        )
    )
    assert stamped == {"updated_at": "1970-01-01T00:00:00+00:00", "updated_by": None}
    # The case without a nickname keeps none (not a placeholder), and its name is sealed.
    assert worker.call(lambda db: case_service.get_outline(db, ann, 2)).nickname == ""
    assert worker.call(lambda db: case_service.show_identity(db, ann, 2)).real_name == (
        "REALNAMESENTINEL"
    )
    drafts_left = worker.call(
        lambda db: db.query(
            "SELECT user_id, form_key, case_id, payload FROM case_drafts ORDER BY user_id"
        )
    )
    assert [(r["user_id"], r["form_key"], r["case_id"], r["payload"]) for r in drafts_left] == [
        (ann.id, "session:1", 1, ""),
        (cy.id, "case:1", 1, ""),
    ]
    assert worker.call(lambda db: drafts.load_draft(db, ann, "session:1")) == {}
    made.close()
    assert made.worker("cy").call(lambda db: drafts.load_draft(db, cy, "case:1")) == {
        "notes": "CYSENTINEL"
    }
    made.close()
    plain = _text(decrypted_pages(made.admin.database_path, made.admin.key))
    sentinels = ("NICKSENTINEL", "REALNAMESENTINEL", "BOSENTINEL", "CYSENTINEL")
    assert [w for w in sentinels if w in plain] == []


def _a_note_in_the_clear(old: Database, ids: dict[str, int]) -> None:
    _a_case_without_identity_and_three_drafts(old, ids)
    old.execute(
        "INSERT INTO session_notes (id, session_id, section, body, updated_at)"
        " VALUES (1, 1, 'notes', 'NOTESENTINEL', ?)",
        (STAMP,),
    )
    # 0.1 had no recovery identity: nothing can be sealed until an administrator makes one.
    old.execute("DELETE FROM settings WHERE key = ?", (SETTING_RECOVERY_RECIPIENT,))


def test_a_vault_that_cannot_seal_yet_opens_and_is_sealed_once_it_can(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    users = [("ann", Role.COUNSELOR), ("bo", Role.NURSE), ("cy", Role.SOCIAL_WORKER)]
    made = _old_vault(tmp_path, monkeypatch, users, _a_note_in_the_clear)
    ann = made.handles["ann"].actor
    assert ann is not None
    worker = made.worker("ann")  # no recovery identity: her sign-in seals nothing, and works
    assert worker.call(lambda db: db.setting(seal_migration.SETTING_ALL_SEALED)) is None
    made.close()
    assert "NOTESENTINEL" in _text(decrypted_pages(made.admin.database_path, made.admin.key))

    admin = made.worker("admin")
    _secret, sealed = admin.call(recovery.make_for_older_vault)
    made.close()
    assert sealed == 6  # two identities, the note, ann's and cy's drafts, bo's deleted draft
    assert "NOTESENTINEL" not in _text(decrypted_pages(made.admin.database_path, made.admin.key))

    # Marked: later sign-ins do not read every note again to look for plaintext.
    def must_not_look(db: Database) -> int:
        raise AssertionError("looked for plaintext in a vault marked as sealed")

    monkeypatch.setattr(seal_migration, "legacy_rows", must_not_look)
    again = made.worker("ann")
    assert again.call(lambda db: session_service.read_note(db, ann, 1, Section.NOTES)).body == (
        "NOTESENTINEL"
    )
    made.close()
