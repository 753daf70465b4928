"""`tjdesk audit verify` names the first entry that was edited, removed, inserted or swapped."""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlcipher3

from tests.helpers.vaults import DEFAULT_PASSWORD, MadeVault, make_vault
from tjdesk import audit
from tjdesk.actors import Role
from tjdesk.paths import database_path
from ui.cli import main
from ui.commands.audit import EXIT_TAMPERED


@pytest.fixture
def made(tmp_path: Path) -> Iterator[MadeVault]:
    made = make_vault(tmp_path / "vault", users=[("ann", Role.COUNSELOR)])
    db = made.handles["ann"].open_database()  # ann's own entries, signed by her
    try:
        with db.transaction():
            for case in range(10):
                audit.record(db, "ann", "case.view_section", target_type="case", target_id=case)
    finally:
        db.close()
    yield made
    made.close()


def _verify(made: MadeVault, monkeypatch: pytest.MonkeyPatch, *extra: str) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{DEFAULT_PASSWORD}\n"))
    return main(
        [
            "audit",
            "verify",
            "--vault",
            str(made.folder),
            "--user",
            "admin",
            "--password-stdin",
            *extra,
        ]
    )


def _attacker(made: MadeVault) -> sqlcipher3.Connection:
    """Someone with the key and a plain SQLCipher tool: the triggers are no obstacle."""
    conn = sqlcipher3.connect(str(database_path(made.folder)), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{made.admin.key.hex()}'\"")
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    return conn


_COLUMNS = "seq, at, actor, action, target_type, target_id, detail, prev_hash, hash"
_MARKS = ", ".join("?" * 9)


def _row(conn: sqlcipher3.Connection, seq: int) -> tuple[object, ...]:
    return tuple(
        conn.execute(
            f"SELECT {_COLUMNS} FROM audit_log WHERE seq = ?",
            (seq,),
        ).fetchone()
    )


def _edit(conn: sqlcipher3.Connection) -> None:
    conn.execute("UPDATE audit_log SET actor = 'bo' WHERE seq = 8")


def _delete(conn: sqlcipher3.Connection) -> None:
    conn.execute("DELETE FROM audit_log WHERE seq = 8")


def _insert_naively(conn: sqlcipher3.Connection) -> None:
    conn.execute("UPDATE audit_log SET seq = seq + 1000 WHERE seq >= 8")
    conn.execute("UPDATE audit_log SET seq = seq - 999 WHERE seq >= 1000")
    conn.execute(
        "INSERT INTO audit_log (seq, at, actor, action, target_type, target_id, detail,"
        " prev_hash, hash) VALUES (8, '2026-01-01T00:00:00+00:00', 'ann',"
        " 'case.view_section', 'case', '99', NULL, 'x', 'y')"
    )


def _insert_with_a_valid_hash(conn: sqlcipher3.Connection) -> None:
    prev = _row(conn, 7)[8]
    conn.execute("UPDATE audit_log SET seq = seq + 1000 WHERE seq >= 8")
    conn.execute("UPDATE audit_log SET seq = seq - 999 WHERE seq >= 1000")
    fields = (8, "2026-01-01T00:00:00+00:00", "ann", "case.view_section", "case", "99", None)
    digest = audit.entry_hash(str(prev), *fields)
    conn.execute(f"INSERT INTO audit_log ({_COLUMNS}) VALUES ({_MARKS})", (*fields, prev, digest))


def _swap(conn: sqlcipher3.Connection) -> None:
    eight, nine = _row(conn, 8), _row(conn, 9)
    conn.execute("DELETE FROM audit_log WHERE seq IN (8, 9)")
    conn.execute(f"INSERT INTO audit_log ({_COLUMNS}) VALUES ({_MARKS})", (8, *nine[1:]))
    conn.execute(f"INSERT INTO audit_log ({_COLUMNS}) VALUES ({_MARKS})", (9, *eight[1:]))


@pytest.mark.parametrize(
    ("tamper", "first_bad", "words"),
    [
        (_edit, 8, "content was changed"),
        (_delete, 8, "removed"),
        (_insert_naively, 8, "does not follow"),
        # A forged entry with a correct hash: nobody signed it (before signing, it was caught
        # only at 9, where the chain breaks after it).
        (_insert_with_a_valid_hash, 8, "not signed"),
        (_swap, 8, "does not follow"),
    ],
    ids=["edit", "delete", "insert", "insert-forged", "swap"],
)
def test_tampering_is_reported_at_the_first_bad_entry(
    made: MadeVault,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tamper: Callable[[sqlcipher3.Connection], None],
    first_bad: int,
    words: str,
) -> None:
    assert _verify(made, monkeypatch) == 0
    assert capsys.readouterr().out.startswith("The audit trail is intact")
    conn = _attacker(made)
    tamper(conn)
    conn.close()
    assert _verify(made, monkeypatch) == EXIT_TAMPERED
    out = capsys.readouterr().out
    assert re.search(rf"The first bad entry is entry {first_bad}\b", out)
    assert words in out


def _export_head(made: MadeVault, out: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{DEFAULT_PASSWORD}\n"))
    return main(
        [
            "audit",
            "head",
            "--out",
            str(out),
            "--vault",
            str(made.folder),
            "--user",
            "admin",
            "--password-stdin",
        ]
    )


def test_an_exported_head_catches_a_whole_chain_rewrite(
    made: MadeVault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    head_file = tmp_path / "head.json"
    assert _export_head(made, head_file, monkeypatch) == 0
    exported = json.loads(head_file.read_text())
    assert _verify(made, monkeypatch, "--head", str(head_file)) == 0
    # Rewrite every entry from 5 on with fresh, valid hashes: the chain alone looks intact.
    conn = _attacker(made)
    rows = conn.execute(
        "SELECT seq, at, actor, action, target_type, target_id, detail FROM audit_log ORDER BY seq"
    ).fetchall()
    prev = audit.GENESIS
    for seq, at, actor, action, ttype, tid, detail in rows:
        if seq >= 5:
            actor = "someone-else"
        digest = audit.entry_hash(prev, seq, at, actor, action, ttype, tid, detail)
        conn.execute(
            "UPDATE audit_log SET actor = ?, prev_hash = ?, hash = ? WHERE seq = ?",
            (actor, prev, digest, seq),
        )
        prev = digest
    conn.close()
    capsys.readouterr()
    # Before signing, a full rewrite was invisible without the head; now the first rewritten
    # entry's signature no longer matches (issue 14).
    assert _verify(made, monkeypatch) == EXIT_TAMPERED
    out = capsys.readouterr().out
    assert "The first bad entry is entry 5 (" in out and "signature does not match" in out
    assert _verify(made, monkeypatch, "--head", str(head_file)) == EXIT_TAMPERED
    assert "The first bad entry is entry 5 (" in capsys.readouterr().out
    assert exported["seq"] > 5


def test_a_head_from_another_vault_is_refused(
    made: MadeVault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    other = make_vault(tmp_path / "other")
    head_file = tmp_path / "head.json"
    assert _export_head(other, head_file, monkeypatch) == 0
    assert _verify(made, monkeypatch, "--head", str(head_file)) == 1
    assert "another vault" in capsys.readouterr().err


def test_only_auditing_roles_may_verify(
    made: MadeVault, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{DEFAULT_PASSWORD}\n"))
    code = main(
        ["audit", "verify", "--vault", str(made.folder), "--user", "ann", "--password-stdin"]
    )
    assert code == 1 and "Only administrators" in capsys.readouterr().err
