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
    """What fails, in the checks' own words; empty when both checks pass.

    SQLCipher's check reads every page's HMAC and names each page that fails ("HMAC
    verification failed for page 72"); SQLite's own then checks the structure ("row 1 missing
    from index ...", or "ok"). A check that cannot finish is named with its error.
    """
    problems: list[str] = []
    for check in ("cipher_integrity_check", "integrity_check"):
        try:
            rows = [str(row[0]) for row in db.execute(f"PRAGMA {check}")]
        except (sqlcipher3.DatabaseError, sqlite3.DatabaseError) as err:
            rows = [f"{check}: {err}"]
        problems.extend(row for row in rows if row != "ok")
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
