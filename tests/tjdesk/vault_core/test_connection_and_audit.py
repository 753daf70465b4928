"""The vault's connection recipe, migrations, the single-owner worker and the audit chain."""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

import pytest
import sqlcipher3

from tests.helpers.db import new_database
from tjdesk import audit
from tjdesk.errors import VaultError
from tjdesk.vault.connection import VaultMissing, WrongKeyOrNotAVault, open_connection
from tjdesk.vault.database import Database
from tjdesk.vault.migrations import VaultTooNew, latest_version, migrate
from tjdesk.vault.worker import VaultWorker, WorkerClosed


def file_hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_recipe_settings_hold(db: Database) -> None:
    assert db.scalar("PRAGMA temp_store") == 2  # temporary tables never reach the disk
    assert db.scalar("PRAGMA journal_mode") == "wal"
    assert db.scalar("PRAGMA synchronous") == 2
    assert db.scalar("PRAGMA foreign_keys") == 1
    assert str(db.scalar("PRAGMA cipher_version")).startswith("4.")
    assert db.scalar("PRAGMA user_version") == latest_version()


def test_file_on_disk_is_not_plain_sqlite(tmp_path: Path) -> None:
    database = new_database(tmp_path)
    database.execute("INSERT INTO settings (key, value) VALUES ('shelter', 'SENTINEL-XYZ')")
    database.close()
    raw = (tmp_path / "vault.db").read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert b"SENTINEL-XYZ" not in raw


def test_raw_key_opens_with_plain_sqlcipher(tmp_path: Path) -> None:
    key = os.urandom(32)
    database = new_database(tmp_path, key)
    database.execute("INSERT INTO settings (key, value) VALUES ('k', 'v')")
    database.close()
    conn = sqlcipher3.connect(str(tmp_path / "vault.db"))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    assert conn.execute("SELECT value FROM settings WHERE key='k'").fetchone() == ("v",)
    conn.close()


def test_wrong_key_is_a_clear_error_and_changes_nothing(tmp_path: Path) -> None:
    new_database(tmp_path).close()
    before = file_hashes(tmp_path)
    with pytest.raises(WrongKeyOrNotAVault) as err:
        open_connection(tmp_path / "vault.db", os.urandom(32))
    assert "Nothing was changed" in str(err.value)
    assert file_hashes(tmp_path) == before


def test_foreign_file_is_refused_untouched(tmp_path: Path) -> None:
    (tmp_path / "vault.db").write_bytes(b"not a vault at all" * 500)
    before = file_hashes(tmp_path)
    with pytest.raises(WrongKeyOrNotAVault):
        open_connection(tmp_path / "vault.db", os.urandom(32))
    assert file_hashes(tmp_path) == before


def test_vault_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    key = os.urandom(32)
    database = new_database(tmp_path, key)
    database.execute(f"PRAGMA user_version = {latest_version() + 1}")
    database.close()
    before = file_hashes(tmp_path)
    database = Database(open_connection(tmp_path / "vault.db", key))
    with pytest.raises(VaultTooNew) as err:
        migrate(database)
    database.close()
    newer = latest_version() + 1
    assert str(err.value) == (
        f"This vault was made by a newer version of TJ Desk (schema {newer}; this version knows"
        f" up to {latest_version()}). Please update TJ Desk. Nothing was changed."
    )
    assert file_hashes(tmp_path) == before


# A schema file as people write them: comments (with semicolons of their own) before and
# inside statements, a trigger whose body has semicolons, and a last line without one.
NEXT_SCHEMA = """-- NNN: a made-up next version; this comment has a semicolon
CREATE TABLE shelter_notes (id INTEGER PRIMARY KEY, note TEXT NOT NULL);

-- Kept for ever; like the audit log.
CREATE TRIGGER shelter_notes_no_delete BEFORE DELETE ON shelter_notes
BEGIN
    -- a comment inside the body; still one statement
    SELECT RAISE(ABORT, 'shelter notes are kept; always');
END;
;
INSERT INTO shelter_notes (note) VALUES ('written by the migration')
"""


def test_a_new_schema_file_is_applied_whole(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from tjdesk.vault import migrations

    every_schema = migrations.schema_files()
    newer = latest_version() + 1
    monkeypatch.setattr(migrations, "schema_files", lambda: [*every_schema, (newer, NEXT_SCHEMA)])
    assert migrate(db) == newer
    assert db.scalar("PRAGMA user_version") == newer
    assert db.query("SELECT note FROM shelter_notes") == [{"note": "written by the migration"}]
    with pytest.raises(sqlcipher3.DatabaseError, match="shelter notes are kept; always"):
        db.execute("DELETE FROM shelter_notes")
    assert migrate(db) == newer  # nothing left to apply


def test_two_schema_files_with_one_number_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from types import SimpleNamespace

    from tjdesk.vault import migrations

    folder = tmp_path / "schema"
    folder.mkdir()
    for name in ("__init__.py", "001_core.sql", "002_alarm.sql", "002_cases.sql"):
        (folder / name).write_text("SELECT 1;\n", encoding="utf-8")
    monkeypatch.setattr(migrations, "resources", SimpleNamespace(files=lambda _: folder))
    with pytest.raises(RuntimeError, match="two schema files share the number 002"):
        migrations.schema_files()


def test_transaction_rolls_back_change_and_audit_together(db: Database) -> None:
    with pytest.raises(RuntimeError):
        with db.transaction():
            db.execute("INSERT INTO settings (key, value) VALUES ('a', 'b')")
            audit.record(db, "ann", "settings.change", target_type="setting", target_id="a")
            raise RuntimeError("power cut")
    assert db.scalar("SELECT count(*) FROM settings") == 0
    assert db.scalar("SELECT count(*) FROM audit_log") == 0


def _fill(db: Database, n: int = 6) -> None:
    for i in range(n):
        audit.record(
            db, "ann", "case.view_section", target_type="case", target_id=i, detail="notes"
        )


def _unguarded(db: Database) -> None:
    db.execute("DROP TRIGGER audit_log_no_update")
    db.execute("DROP TRIGGER audit_log_no_delete")


def test_audit_chain_intact(db: Database) -> None:
    _fill(db)
    verdict = audit.verify(db)
    assert verdict.intact and verdict.entries == 6


def test_audit_log_refuses_updates_and_deletes(db: Database) -> None:
    _fill(db, 2)
    with pytest.raises(sqlcipher3.DatabaseError):
        db.execute("UPDATE audit_log SET actor='mallory' WHERE seq=1")
    with pytest.raises(sqlcipher3.DatabaseError):
        db.execute("DELETE FROM audit_log WHERE seq=1")


def test_edited_entry_is_found(db: Database) -> None:
    _fill(db)
    _unguarded(db)
    db.execute("UPDATE audit_log SET actor='mallory' WHERE seq=4")
    verdict = audit.verify(db)
    assert (verdict.intact, verdict.first_bad_seq, verdict.reason) == (False, 4, "edited")


def test_removed_entry_is_found(db: Database) -> None:
    _fill(db)
    _unguarded(db)
    db.execute("DELETE FROM audit_log WHERE seq=3")
    verdict = audit.verify(db)
    assert (verdict.intact, verdict.first_bad_seq, verdict.reason) == (False, 3, "removed")


def test_swapped_entries_are_found(db: Database) -> None:
    _fill(db)
    _unguarded(db)
    rows = {r["seq"]: r for r in db.query("SELECT * FROM audit_log WHERE seq IN (2, 5)")}
    for seq, other in ((2, 5), (5, 2)):
        r = rows[other]
        db.execute(
            "UPDATE audit_log SET at=?, actor=?, action=?, target_type=?, target_id=?, detail=?,"
            " prev_hash=?, hash=? WHERE seq=?",
            (
                r["at"],
                r["actor"],
                r["action"],
                r["target_type"],
                r["target_id"],
                r["detail"],
                r["prev_hash"],
                r["hash"],
                seq,
            ),
        )
    verdict = audit.verify(db)
    assert (verdict.intact, verdict.first_bad_seq) == (False, 2)


def test_inserted_entry_is_found(db: Database) -> None:
    _fill(db)
    _unguarded(db)
    # Make room after entry 3 and slip a well-formed-looking entry in.
    for seq in range(6, 3, -1):
        db.execute("UPDATE audit_log SET seq=? WHERE seq=?", (seq + 1, seq))
    prev = db.scalar("SELECT hash FROM audit_log WHERE seq=3")
    at = "2026-11-28T00:00:00.000000+00:00"
    digest = audit.entry_hash(prev, 4, at, "mallory", "case.view_section", None, None, None)
    db.execute(
        "INSERT INTO audit_log (seq, at, actor, action, target_type, target_id, detail,"
        " prev_hash, hash) VALUES (4, ?, 'mallory', 'case.view_section', NULL, NULL, NULL,"
        " ?, ?)",
        (at, prev, digest),
    )
    verdict = audit.verify(db)
    assert (verdict.intact, verdict.first_bad_seq) == (False, 5)


def test_whole_chain_rewrite_is_caught_by_an_exported_head(db: Database) -> None:
    _fill(db)
    exported = audit.head(db)
    _unguarded(db)
    db.execute("DELETE FROM audit_log")
    _fill(db)  # a consistent but different chain
    db.execute("UPDATE audit_log SET seq = seq")  # no-op; the chain itself verifies
    alone = audit.verify(db)
    assert alone.first_bad_seq is None  # the chain holds...
    # ...but the dropped guards are named (issue 14: the structure is checked too).
    assert "trigger audit_log_no_delete is missing" in alone.structure_problems
    assert not alone.intact
    verdict = audit.verify(db, expected_head=exported)
    assert not verdict.intact and verdict.reason == "head mismatch"


def test_worker_owns_the_connection_and_reports_back(tmp_path: Path) -> None:
    worker = VaultWorker(tmp_path / "vault.db", os.urandom(32), create=True)
    worker.opened.result(30)
    threads = worker.call(lambda _db: threading.current_thread().name)
    assert threads == "vault-worker"
    worker.call(lambda d: audit.record(d, "ann", "user.signin"))
    assert worker.call(lambda d: audit.verify(d).entries) == 1
    worker.close()
    with pytest.raises(WorkerClosed):
        worker.submit(lambda d: 1).result(5)


def test_worker_with_wrong_key_reports_the_error(tmp_path: Path) -> None:
    new_database(tmp_path).close()
    worker = VaultWorker(tmp_path / "vault.db", os.urandom(32))
    with pytest.raises(WrongKeyOrNotAVault):
        worker.opened.result(30)
    with pytest.raises(WrongKeyOrNotAVault):
        worker.submit(lambda d: 1).result(5)


def test_a_key_of_the_wrong_length_is_refused_before_any_file_is_made(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="^the database key must be 32 bytes$"):
        open_connection(tmp_path / "vault.db", os.urandom(16), create=True)
    assert list(tmp_path.iterdir()) == []


def test_a_missing_database_is_named_with_its_folder(tmp_path: Path) -> None:
    with pytest.raises(VaultMissing) as missing:
        open_connection(tmp_path / "vault.db", os.urandom(32))
    assert str(missing.value) == f"There is no vault database in this folder: {tmp_path}"
    assert list(tmp_path.iterdir()) == []


def test_creating_over_an_existing_vault_is_refused_untouched(tmp_path: Path) -> None:
    new_database(tmp_path).close()
    before = file_hashes(tmp_path)
    with pytest.raises(VaultError) as refused:
        open_connection(tmp_path / "vault.db", os.urandom(32), create=True)
    assert str(refused.value) == f"A vault already exists in this folder: {tmp_path}"
    assert file_hashes(tmp_path) == before


def test_a_wrong_key_writes_nothing_to_the_terminal(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    new_database(tmp_path).close()
    capfd.readouterr()
    with pytest.raises(WrongKeyOrNotAVault):
        open_connection(tmp_path / "vault.db", os.urandom(32))
    assert capfd.readouterr() == ("", "")


def test_the_connection_belongs_to_the_thread_that_opened_it(db: Database) -> None:
    failures: list[BaseException] = []

    def use() -> None:
        try:
            db.scalar("SELECT count(*) FROM settings")
        except sqlcipher3.ProgrammingError as err:
            failures.append(err)

    thread = threading.Thread(target=use)
    thread.start()
    thread.join(30)
    assert len(failures) == 1
