"""Checking a vault's pages: both SQLCipher's per-page HMACs and SQLite's own structure."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlcipher3

from tjdesk.errors import VaultError
from tjdesk.i18n import QT_TRANSLATE_NOOP
from tjdesk.vault.connection import open_connection
from tjdesk.vault.database import Database


class VaultDamaged(VaultError):
    pass


DAMAGED = QT_TRANSLATE_NOOP(
    "errors",
    "The vault is damaged: some of its pages fail their checks. Nothing was changed. "
    "Restore the latest backup (see the administrator's guide).",
)


def integrity_problems(db: Database) -> list[str]:
    """Page numbers or messages that fail; empty when both checks pass."""
    try:
        problems = [str(row[0]) for row in db.execute("PRAGMA cipher_integrity_check")]
        result = [str(row[0]) for row in db.execute("PRAGMA integrity_check")]
    except (sqlcipher3.DatabaseError, sqlite3.DatabaseError) as err:
        return [type(err).__name__]
    if result != ["ok"]:
        problems.extend(result)
    return problems


def check_vault_file(db_path: Path, key: bytes) -> None:
    """Open read-only in spirit (no writes are issued) and check every page.

    Raises VaultError subclasses only: a damaged vault is a clear message, never a traceback.
    """
    try:
        db = Database(open_connection(db_path, key))
    except (sqlcipher3.DatabaseError, sqlite3.DatabaseError) as err:
        raise VaultDamaged(DAMAGED) from err
    try:
        if integrity_problems(db):
            raise VaultDamaged(DAMAGED)
    finally:
        db.close()
