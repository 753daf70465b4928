"""Fixtures for a fresh, migrated vault database (random key, temporary folder).

Import into a test module or conftest:  from tests.helpers.db import db, vault_worker  # noqa
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tjdesk.vault.connection import open_connection
from tjdesk.vault.database import Database
from tjdesk.vault.migrations import migrate
from tjdesk.vault.worker import VaultWorker


def new_database(folder: Path, key: bytes | None = None) -> Database:
    database = Database(open_connection(folder / "vault.db", key or os.urandom(32), create=True))
    migrate(database)
    return database


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = new_database(tmp_path)
    yield database
    database.close()


@pytest.fixture
def vault_worker(tmp_path: Path) -> Iterator[VaultWorker]:
    worker = VaultWorker(tmp_path / "vault.db", os.urandom(32), create=True)
    worker.opened.result(30)
    yield worker
    worker.close()
