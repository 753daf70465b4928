"""Every column of an audit entry is covered by its hash (issue 20, gap 2).

An attacker with the database key and a plain SQLCipher tool rewrites one column of one entry;
`tjdesk audit verify` must name that entry as changed. Before this test, leaving ``detail`` (the
section name, the reason code) out of the hash passed the suite, and an entry whose section
was changed from "identity" to "outline" then read "intact".
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3

from tests.helpers.vaults import DEFAULT_PASSWORD, MadeVault, make_vault
from tjdesk import audit
from tjdesk.actors import Role
from tjdesk.paths import database_path
from ui.cli import main
from ui.commands.audit import EXIT_TAMPERED

EDITED_SEQ_OFFSET = 3  # the entry edited is the third of the ones this test wrote

# One plausible forgery per column: each is the kind of change that hides what happened.
FORGERIES = {
    "at": "2020-01-01T00:00:00.000000+00:00",
    "actor": "bo",
    "action": "case.view_outline",
    "target_type": "user",
    "target_id": "99",
    "detail": "outline",
}


@pytest.fixture
def made(tmp_path: Path) -> Iterator[MadeVault]:
    made = make_vault(tmp_path / "vault", users=[("ann", Role.COUNSELOR)])
    db = made.handles["ann"].open_database()  # ann's entries are signed by ann's session
    try:
        with db.transaction():
            for case in range(6):
                audit.record(
                    db,
                    "ann",
                    "case.view_section",
                    target_type="case",
                    target_id=case,
                    detail="identity",
                )
    finally:
        db.close()
    yield made
    made.close()


def _verify(made: MadeVault, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{DEFAULT_PASSWORD}\n"))
    return main(
        ["audit", "verify", "--vault", str(made.folder), "--user", "admin", "--password-stdin"]
    )


@pytest.mark.parametrize("column", list(FORGERIES))
def test_a_change_to_any_column_of_an_entry_is_reported_as_that_entry(
    made: MadeVault,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    column: str,
) -> None:
    assert _verify(made, monkeypatch) == 0
    assert capsys.readouterr().out.startswith("The audit trail is intact")
    conn = sqlcipher3.connect(str(database_path(made.folder)), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{made.admin.key.hex()}'\"")
        conn.execute("DROP TRIGGER audit_log_no_update")
        first = conn.execute(
            "SELECT min(seq) FROM audit_log WHERE action = 'case.view_section'"
        ).fetchone()[0]
        seq = int(first) + EDITED_SEQ_OFFSET - 1
        before = conn.execute(f"SELECT {column} FROM audit_log WHERE seq = ?", (seq,)).fetchone()
        assert before[0] != FORGERIES[column]  # the forgery really changes something
        conn.execute(f"UPDATE audit_log SET {column} = ? WHERE seq = ?", (FORGERIES[column], seq))
    finally:
        conn.close()
    assert _verify(made, monkeypatch) == EXIT_TAMPERED
    out = capsys.readouterr().out
    assert f"The first bad entry is entry {seq} (" in out
    assert "content was changed" in out
