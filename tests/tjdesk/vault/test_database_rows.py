"""Every screen reads the vault through ``Database``: rows come back keyed by column name, an
empty answer is empty (not an error), and a setting reads back as the text that was put.

A row keyed wrongly would show a blank or another field's value on a screen; a missing setting
read as "None" would be a shelter name or a vault id that is the word None.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.vaults import make_vault
from tjdesk.actors import Role
from tjdesk.vault.connection import open_connection
from tjdesk.vault.database import Database, SignedInMismatch
from tjdesk.vault.migrations import migrate


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(open_connection(tmp_path / "vault.db", bytes(range(32)), create=True))
    migrate(database)
    database.execute("CREATE TEMP TABLE people (id INTEGER PRIMARY KEY, name TEXT, room TEXT)")
    database.executemany(
        "INSERT INTO people (id, name, room) VALUES (?, ?, ?)",
        [(1, "ann", "Room 1"), (2, "bo", None), (3, "cora", "Room 2")],
    )
    yield database
    database.close()


def test_rows_come_back_keyed_by_column_name_in_order(db: Database) -> None:
    rows = db.query("SELECT room, name FROM people WHERE id >= ? ORDER BY id", (2,))
    assert rows == [{"room": None, "name": "bo"}, {"room": "Room 2", "name": "cora"}]
    assert [list(row) for row in rows] == [["room", "name"], ["room", "name"]]
    named = db.query("SELECT name AS who FROM people WHERE id = :id", {"id": 1})
    assert named == [{"who": "ann"}]


def test_an_empty_answer_is_empty(db: Database) -> None:
    assert db.query("SELECT name FROM people WHERE id > 9") == []
    assert db.query_one("SELECT name FROM people WHERE id > 9") is None
    assert db.scalar("SELECT name FROM people WHERE id > 9") is None
    # A statement that returns no columns at all (no description) is no rows either.
    assert db.query("UPDATE people SET room = 'Room 3' WHERE id = 9") == []


def test_one_row_is_the_first_one_keyed_by_name(db: Database) -> None:
    assert db.query_one("SELECT id, name FROM people ORDER BY id DESC") == {
        "id": 3,
        "name": "cora",
    }
    assert db.query_one("SELECT name FROM people WHERE id = ?", (2,)) == {"name": "bo"}
    assert db.scalar("SELECT count(*) FROM people WHERE room IS NOT NULL") == 2


def test_a_setting_reads_back_as_the_text_put_and_a_missing_one_as_nothing(
    db: Database,
) -> None:
    assert db.setting("shelter_name") is None
    db.put_setting("shelter_name", "บ้านพักเด็ก")
    assert db.setting("shelter_name") == "บ้านพักเด็ก"
    db.put_setting("shelter_name", "Shelter 2")  # a second put replaces the first
    assert db.setting("shelter_name") == "Shelter 2"
    db.execute("INSERT INTO settings (key, value) VALUES ('rooms', 3)")  # written as a number
    assert db.setting("rooms") == "3"
    assert db.setting("shelter") is None  # another key, not a prefix match


def test_a_connection_works_for_one_person_only(tmp_path: Path) -> None:
    """Services take the person from the connection: one bound to ann cannot be handed bo
    (his work would be signed and sealed as hers)."""
    made = make_vault(tmp_path / "made", users=[("ann", Role.COUNSELOR), ("bo", Role.NURSE)])
    ann, bo = made.handles["ann"].signed_in, made.handles["bo"].signed_in
    database = Database(open_connection(made.admin.database_path, made.admin.key))
    try:
        assert database.signed_in is None
        database.bind_signed_in(ann)
        database.bind_signed_in(ann)  # the same person again: nothing changes
        database.bind_signed_in(None)  # nobody: nothing changes
        assert database.signed_in is ann
        with pytest.raises(SignedInMismatch) as refused:
            database.bind_signed_in(bo)
        assert str(refused.value) == "this connection already works for someone else"
        assert database.signed_in is ann
    finally:
        database.close()


def test_a_fresh_connection_is_not_in_a_transaction_until_one_begins(tmp_path: Path) -> None:
    """A refusal on a connection's first call is audited only outside a transaction: asking
    must work before any transaction ever began."""
    fresh = Database(open_connection(tmp_path / "vault.db", bytes(range(32)), create=True))
    try:
        assert fresh.in_transaction is False
        with fresh.transaction():
            assert fresh.in_transaction is True
            with fresh.transaction():
                assert fresh.in_transaction is True
            assert fresh.in_transaction is True
        assert fresh.in_transaction is False
    finally:
        fresh.close()
