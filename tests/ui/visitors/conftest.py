"""A signed-in context for the visitors area: a real vault worker and a staff member."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from tests.helpers.db import db, vault_worker  # noqa: F401
from tjdesk.actors import Actor, Role


@pytest.fixture(autouse=True)
def _fonts(qapp) -> None:  # noqa: ANN001
    from ui.fonts import register_fonts

    register_fonts()


def make_ctx(worker, role: Role = Role.RECEPTION, language: str = "en") -> SimpleNamespace:  # noqa: ANN001
    return SimpleNamespace(
        worker=worker, user=Actor(7, role.value.replace("_", ""), role), language=language
    )


@pytest.fixture
def reception_ctx(vault_worker) -> SimpleNamespace:  # noqa: F811, ANN001
    return make_ctx(vault_worker)
