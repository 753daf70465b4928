"""Schema migrations by ``PRAGMA user_version``: schema/NNN_name.sql, applied in order.

Each file runs in one transaction together with the user_version bump, so a crash leaves the
vault at the old version or the new one, never between. A vault whose version is newer than
the highest file here was made by a newer TJ Desk: it is refused, untouched.
"""

from __future__ import annotations

import re
import sqlite3
from importlib import resources

from tjdesk.errors import VaultError
from tjdesk.i18n import QT_TRANSLATE_NOOP
from tjdesk.vault.database import Database

_NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")


class VaultTooNew(VaultError):
    pass


def schema_files() -> list[tuple[int, str]]:
    """(version, sql) for every schema file, in order. Numbers must be unique."""
    found: dict[int, str] = {}
    for entry in resources.files("tjdesk.vault.schema").iterdir():
        match = _NAME.match(entry.name)
        if not match:
            continue
        number = int(match.group(1))
        if number in found:
            raise RuntimeError(f"two schema files share the number {number:03d}")
        found[number] = entry.read_bytes().decode()  # UTF-8, whatever the locale says
    return sorted(found.items())


def latest_version() -> int:
    return schema_files()[-1][0]  # 001_core.sql is always there


def current_version(db: Database) -> int:
    return int(db.scalar("PRAGMA user_version"))


def check_not_too_new(db: Database) -> None:
    version, latest = current_version(db), latest_version()
    if version > latest:
        raise VaultTooNew(
            QT_TRANSLATE_NOOP(
                "errors",
                "This vault was made by a newer version of TJ Desk (schema %1; this version "
                "knows up to %2). Please update TJ Desk. Nothing was changed.",
            ),
            version,
            latest,
        )


def migrate(db: Database) -> int:
    """Bring the vault to the latest schema; returns the version reached."""
    check_not_too_new(db)
    version = current_version(db)
    for number, sql in schema_files():
        if number <= version:
            continue
        with db.transaction():
            # executescript would COMMIT our transaction; run statement by statement instead.
            for statement in _split_statements(sql):
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {number}")
        version = number
    return version


def _split_statements(sql: str) -> list[str]:
    """Split a schema file into statements, keeping CREATE TRIGGER ... END blocks whole.

    Comment lines ride along with the statement after them (SQLite skips them, and keeps only
    the text from CREATE on in sqlite_master); a last statement without its semicolon counts.
    """
    statements: list[str] = []
    buffer = ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
