"""The vault's structure must be exactly what its migrations make: checked at every open.

Someone holding the database key can change more than rows: a trigger that silently drops
every new audit entry (``RAISE(IGNORE)``), a dropped guard trigger, a view or an index that
shadows a table. So each open compares every table, column, index, trigger and view in
``sqlite_master`` with a reference made by applying ``tjdesk/vault/schema/*.sql`` to an
empty in-memory database. Anything else (added, missing or changed) refuses to open, names
the object, and changes nothing; ``audit verify`` reports the same list.
"""

from __future__ import annotations

import functools

import sqlcipher3

from tjdesk.errors import VaultError
from tjdesk.i18n import QT_TRANSLATE_NOOP
from tjdesk.vault.database import Database
from tjdesk.vault.migrations import migrate

SchemaObject = tuple[str, str]  # (type, name)


class StructureChanged(VaultError):
    def __init__(self, problems: list[str]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The vault's structure was changed outside TJ Desk (%1). It cannot be opened "
                "for work; nothing was changed. An administrator can check it with "
                "'tjdesk audit verify' and restore a backup.",
            ),
            "; ".join(problems[:5]),
        )
        self.problems = problems


def _normalized(sql: str | None) -> str | None:
    return None if sql is None else " ".join(sql.split())


def _schema_of(db: Database) -> dict[SchemaObject, tuple[str, str | None]]:
    found: dict[SchemaObject, tuple[str, str | None]] = {}
    for kind, name, table, sql in db.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master"
    ).fetchall():
        if name == "sqlite_sequence" or str(name).startswith("sqlite_stat"):
            continue  # SQLite's own bookkeeping (AUTOINCREMENT, ANALYZE)
        found[(str(kind), str(name))] = (str(table), _normalized(sql))
    return found


@functools.lru_cache(maxsize=1)
def expected_schema() -> dict[SchemaObject, tuple[str, str | None]]:
    """What the migrations make, built once per process in memory (a few milliseconds)."""
    reference = Database(sqlcipher3.connect(":memory:", isolation_level=None))
    try:
        migrate(reference)
        return _schema_of(reference)
    finally:
        reference.close()


def differences(db: Database) -> list[str]:
    """Plain descriptions of every object that differs; empty when the structure is exact."""
    expected, actual = expected_schema(), _schema_of(db)
    problems: list[str] = []
    for kind, name in sorted(actual.keys() - expected.keys()):
        problems.append(f"{kind} {name} was added")
    for kind, name in sorted(expected.keys() - actual.keys()):
        problems.append(f"{kind} {name} is missing")
    for key in sorted(expected.keys() & actual.keys()):
        if expected[key] != actual[key]:
            problems.append(f"{key[0]} {key[1]} was changed")
    return problems


def check(db: Database) -> None:
    """Raise StructureChanged (naming what differs) unless the structure is exact."""
    problems = differences(db)
    if problems:
        raise StructureChanged(problems)
