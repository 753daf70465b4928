"""The ``language`` fixture: a test that takes it runs twice, in English and in Thai, with that
language's translations installed, and English comes back after it.

A test (or module) that parametrizes ``language`` itself, or defines its own fixture of that
name, keeps its own: pytest lets the nearer definition win.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(params=["en", "th"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    from ui import i18n  # only tests that take the fixture load Qt's translations

    i18n.install_language(request.param)
    yield request.param
    i18n.install_language("en")
