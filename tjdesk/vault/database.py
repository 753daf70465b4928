"""A thin wrapper over one SQLCipher connection, used only on the thread that opened it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import sqlcipher3

if TYPE_CHECKING:
    from tjdesk.vault.signed_in import SignedInUser

Params = Sequence[Any] | dict[str, Any]


def page_clause(offset: int, limit: int) -> str:
    """``LIMIT n OFFSET m`` written into a statement, not bound as parameters.

    SQLCipher's SQLite is built with STAT4, and then a statement with a bound LIMIT or OFFSET
    is prepared afresh every time it runs; under the vault's memory wiping
    (cipher_memory_security) a prepare costs more than a page of rows (0.35 of 0.7 ms for the
    first page of the session list on 100,000 sessions; issue 18). Integers only, so nothing
    a user typed can reach the SQL; each page's statement is prepared once and reused."""
    return f"LIMIT {int(limit)} OFFSET {int(offset)}"


_SETTING = "SELECT value FROM settings WHERE key = ?"


class SignedInMismatch(RuntimeError):
    """A connection already bound to one person was handed another (a programming error)."""


class Database:
    def __init__(self, conn: sqlcipher3.Connection) -> None:
        self._conn = conn
        self._depth = 0
        self._signed_in: SignedInUser | None = None

    @property
    def signed_in(self) -> SignedInUser | None:
        """Who this connection works for: set once, by whoever opened it for a session.

        None for a connection nobody signed in to (set-up, recovery key, tests of the core).
        Services take the person, role and keys from here, not from an Actor a caller built.
        """
        return self._signed_in

    def bind_signed_in(self, user: SignedInUser | None) -> None:
        if user is None:
            return
        if self._signed_in is not None and self._signed_in is not user:
            raise SignedInMismatch("this connection already works for someone else")
        self._signed_in = user

    @property
    def connection(self) -> sqlcipher3.Connection:
        return self._conn

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception.

        Nested calls join the outer transaction, so a service can call another service and an
        audit entry always commits (or rolls back) with the change it records.
        """
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            self._conn.execute("ROLLBACK")
            raise
        self._depth = 0
        self._conn.execute("COMMIT")

    def execute(self, sql: str, params: Params = ()) -> sqlcipher3.Cursor:
        return self._conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Params]) -> sqlcipher3.Cursor:
        return self._conn.executemany(sql, rows)

    def query(self, sql: str, params: Params = ()) -> list[dict[str, Any]]:
        cursor = self._conn.execute(sql, params)
        names = [column[0] for column in cursor.description or ()]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def query_one(self, sql: str, params: Params = ()) -> dict[str, Any] | None:
        cursor = self._conn.execute(sql, params)
        row = cursor.fetchone()
        if row is None:
            return None
        names = [column[0] for column in cursor.description or ()]
        return dict(zip(names, row, strict=True))

    def scalar(self, sql: str, params: Params = ()) -> Any:
        row = self._conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    # The vault's settings table: one text value per key.

    def setting(self, key: str) -> str | None:
        value = self.scalar(_SETTING, (key,))
        return None if value is None else str(value)

    def put_setting(self, key: str, value: str) -> None:
        self.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def close(self) -> None:
        self._conn.close()
