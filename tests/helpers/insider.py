"""What a signed-in colleague can do with what his own password gives him, for tests/verify/.

His password opens his key slot, and so the database key and his own age identity. With those
he needs no TJ Desk: a plain SQLCipher connection reads and writes every table, SQL drops the
triggers that guard a table (and puts them back so the structure check sees nothing), and age
opens whatever was sealed to him, then whatever was sealed to the identities that opened.
The insider tests build their attacks from these pieces, so each test says only what he tries.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyrage
import pytest
import sqlcipher3

from tests.helpers.vaults import DEFAULT_PASSWORD, MadeVault
from tjdesk.paths import database_path
from tjdesk.vault import vault
from tjdesk.vault.age_keys import identity as age_identity
from ui.cli import main


@contextmanager
def plain_sqlcipher(folder: Path, key: bytes) -> Iterator[sqlcipher3.Connection]:
    """The vault's database opened with its raw key by a plain SQLCipher tool (autocommit)."""
    conn = sqlcipher3.connect(str(database_path(folder)), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        yield conn
    finally:
        conn.close()


@contextmanager
def guards_lifted(conn: sqlcipher3.Connection, table: str) -> Iterator[None]:
    """The triggers guarding ``table`` dropped for the work and put back exactly as they were
    (so the vault's structure check finds nothing changed)."""
    guards = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,)
    ).fetchall()
    for name, _ in guards:
        conn.execute(f'DROP TRIGGER "{name}"')
    yield
    for _, sql in guards:
        conn.execute(sql)


def every_cell(conn: sqlcipher3.Connection) -> list[object]:
    """Every value in every table of the database (no table is out of his reach)."""
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return [
        value
        for table in tables
        for row in conn.execute(f'SELECT * FROM "{table}"')
        for value in row
    ]


def open_all(blobs: list[bytes], own_identity: str) -> list[bytes]:
    """Every blob that opens with his own identity, or with a section identity that opened
    before, tried until nothing new opens."""
    identities = [age_identity(own_identity)]
    opened: dict[int, bytes] = {}
    progress = True
    while progress:
        progress = False
        for index, blob in enumerate(blobs):
            if index in opened:
                continue
            try:
                plain = pyrage.decrypt(blob, identities)
            except Exception:  # noqa: BLE001 - not sealed to anything he holds
                continue
            opened[index] = plain
            progress = True
            if plain.startswith(b"AGE-SECRET-KEY-1"):
                identities.append(pyrage.x25519.Identity.from_str(plain.decode("ascii")))
    return list(opened.values())


def what_opens(made: MadeVault, who: str = "bo") -> str:
    """All that ``who`` opens from the database as text: bo signs in afresh with his password;
    anyone else as her sign-in left it."""
    unlocked = (
        vault.unlock(made.folder, "bo", DEFAULT_PASSWORD) if who == "bo" else made.handles[who]
    )
    assert unlocked.signed_in is not None
    with plain_sqlcipher(made.folder, unlocked.key) as conn:
        blobs = [value for value in every_cell(conn) if isinstance(value, bytes)]
    opened = open_all(blobs, unlocked.signed_in.age_identity)
    return "\n".join(plain.decode("utf-8", "ignore") for plain in opened)


def audit_verify(
    made: MadeVault, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str]:
    """``tjdesk audit verify`` as the administrator runs it: its exit code and what it prints."""
    capsys.readouterr()
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{DEFAULT_PASSWORD}\n"))
    code = main(
        ["audit", "verify", "--vault", str(made.folder), "--user", "admin", "--password-stdin"]
    )
    return code, capsys.readouterr().out
