"""The search box while the in-memory search index builds (issue 13).

At sign-in the vault worker reads the sealed notes this counselor may read into an in-memory
index, a step at a time. The test holds the build back (each step waits for a permit the test
hands out), so what the counselor sees at each point is certain: the box says the search is
getting ready with how far it is, a search already finds the notes read so far, and when the
last section is read the notice goes and the search finds everything.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.vaults import MadeVault, make_vault
from tests.ui.cases.conftest import FakeContext
from tjdesk.actors import Role
from tjdesk.cases import case_service, sealed_search, session_service
from tjdesk.cases.codes import CaseType, ContactType
from tjdesk.cases.records import CaseForm, SessionForm, TeamMember
from tjdesk.policy import Section
from tjdesk.vault.database import Database
from ui.cases.area import CasesArea

CASES = 3
WORD = "riverbank"
NOW = datetime.now(UTC).replace(microsecond=0)


@pytest.fixture
def made(tmp_path: Path) -> Iterator[MadeVault]:
    made = make_vault(tmp_path / "vault", users=[("cora", Role.COUNSELOR)])
    cora = made.handles["cora"].actor
    assert cora is not None

    def write(db: Database) -> None:
        for number in range(CASES):
            case_id = case_service.create_case(db, cora, CaseForm(case_type=CaseType.OTHER))
            case_service.set_team(db, cora, case_id, [TeamMember(cora.id, assigned=True)])
            session_id = session_service.create_session(
                db,
                cora,
                SessionForm(
                    case_id=case_id,
                    starts_at=NOW - timedelta(days=number + 1),
                    ends_at=NOW - timedelta(days=number + 1) + timedelta(hours=1),
                    contact_type=ContactType.IN_PERSON,
                    room="Room 1",
                ),
            )
            session_service.save_note(db, cora, session_id, Section.NOTES, f"{WORD} {number}", 0)

    made.worker("cora").call(write)
    made.close()
    yield made
    made.close()


@pytest.fixture
def build_permits(monkeypatch: pytest.MonkeyPatch) -> threading.Semaphore:
    """Each build step reads one case section, and only with a permit from the test; without
    one the worker goes back to its queue (so it still answers the screen)."""
    permits = threading.Semaphore(0)
    real_step = sealed_search.build_step

    def gated_step(db: Database, budget: int = 1) -> bool:
        if not permits.acquire(timeout=0.01):
            return True
        return real_step(db, 1)

    monkeypatch.setattr(sealed_search, "build_step", gated_step)
    return permits


def _search_and_wait(qtbot: Any, area: CasesArea, text: str) -> None:
    with qtbot.waitSignal(area.sessions_model.page_loaded, timeout=10000):
        area.search.setText(text)
        area.refresh()


def test_search_works_while_the_index_builds_and_says_how_far_it_is(
    qtbot: Any, keep: Any, made: MadeVault, build_permits: threading.Semaphore
) -> None:
    cora = made.handles["cora"].actor
    worker = made.worker("cora")
    area = CasesArea(FakeContext(worker, cora))
    area.resize(1200, 700)
    keep(area)

    # Nothing read yet: the notice and the bar say so; a search answers (with nothing yet).
    qtbot.waitUntil(lambda: area.index_state.isVisible(), timeout=10000)
    assert area.index_state.text().startswith("Search is getting ready: 0 of 3 case sections")
    assert area.index_progress.isVisible()
    assert (area.index_progress.value(), area.index_progress.maximum()) == (0, 3)
    _search_and_wait(qtbot, area, WORD)
    assert area.sessions_model.rowCount() == 0

    # One section read: the search finds that session, the notice says 1 of 3.
    build_permits.release()
    qtbot.waitUntil(lambda: "1 of 3" in area.index_state.text(), timeout=10000)
    assert area.index_progress.value() == 1
    _search_and_wait(qtbot, area, WORD)
    assert area.sessions_model.rowCount() == 1

    # All read: the notice goes, and the search (run again by itself) finds all three.
    build_permits.release(2)
    qtbot.waitUntil(lambda: not area.index_state.isVisible(), timeout=10000)
    assert not area.index_progress.isVisible()
    qtbot.waitUntil(lambda: area.sessions_model.rowCount() == CASES, timeout=10000)


def test_a_user_who_may_read_no_notes_sees_no_index_notice(
    qtbot: Any, keep: Any, tmp_path: Path
) -> None:
    made = make_vault(tmp_path / "vault", users=[("rita", Role.RECEPTION)])
    try:
        rita = made.handles["rita"].actor
        area = CasesArea(FakeContext(made.worker("rita"), rita))
        keep(area)
        qtbot.waitUntil(lambda: not area.sessions_model.is_loading, timeout=10000)
        assert not area.search.isEnabled()
        assert not area.index_state.isVisible()
    finally:
        made.close()
