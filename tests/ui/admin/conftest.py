"""A real vault (fast Argon2) copied from a template per test, and admin screens signed in."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.helpers.vaults import MadeVault, make_vault
from tjdesk.actors import Role
from ui.context import AppContext


@pytest.fixture(scope="session")
def admin_template(tmp_path_factory: pytest.TempPathFactory) -> MadeVault:
    made = make_vault(
        tmp_path_factory.mktemp("admin-template") / "vault",
        users=[("ann", Role.COUNSELOR), ("dora", Role.DIRECTOR), ("rita", Role.RECEPTION)],
    )
    made.close()
    return made


@pytest.fixture
def made(admin_template: MadeVault, tmp_path: Path) -> Iterator[MadeVault]:
    folder = tmp_path / "vault"
    shutil.copytree(admin_template.folder, folder)
    vault = MadeVault(
        folder,
        admin_template.recovery_key,
        admin_template.password,
        {name: replace(h, folder=folder) for name, h in admin_template.handles.items()},
    )
    yield vault
    vault.close()


def signed_in_context(made: MadeVault, name: str = "admin") -> AppContext:
    ctx = AppContext(made.folder, language="en")
    handle = made.handles[name]
    assert handle.actor is not None
    ctx.begin_session(made.worker(name), handle.actor, 5, handle)
    return ctx


@pytest.fixture
def admin_ctx(made: MadeVault, qtbot: QtBot) -> Iterator[AppContext]:
    ctx = signed_in_context(made)
    yield ctx
    ctx.end_session()


def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    """Screenshots for a person to look at, only when asked (TJDESK_SHOTS=folder)."""
    import os

    folder = os.environ.get("TJDESK_SHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / f"{name}.png"))
