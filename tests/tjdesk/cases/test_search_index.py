"""The in-memory search index built at sign-in from sealed digests (issue 13).

A note saved again after its section got a new key generation has an entry in both
generations' digests; whatever order the build reads them in, and whether in one step or
several, the index holds the newest version only: the old words find nothing. Thai words
are found in it as in the notes.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.helpers.vaults import make_vault
from tjdesk.actors import Role
from tjdesk.cases import case_service, listing, sealed_search, session_service
from tjdesk.cases.codes import CaseType, ContactType
from tjdesk.cases.records import CaseForm, SessionForm, TeamMember
from tjdesk.policy import Section
from tjdesk.vault import sealing
from tjdesk.vault.database import Database

NOW = datetime.now(UTC).replace(microsecond=0)


def _found(db: Database, actor, word: str) -> list[int]:  # type: ignore[no-untyped-def]
    rows, _ = listing.session_rows(db, actor, listing.SessionFilter(text=word))
    return [int(r["id"]) for r in rows]


@pytest.mark.parametrize("newest_first", [True, False])
@pytest.mark.parametrize("budget", [1, 250])
def test_the_index_holds_the_newest_version_of_a_note_across_generations(
    tmp_path: Path, newest_first: bool, budget: int
) -> None:
    made = make_vault(tmp_path / "vault", users=[("cora", Role.COUNSELOR)])
    cora = made.handles["cora"].actor
    assert cora is not None

    def write(db: Database) -> int:
        case_id = case_service.create_case(db, cora, CaseForm(case_type=CaseType.OTHER))
        case_service.set_team(db, cora, case_id, [TeamMember(cora.id, assigned=True)])
        session_id = session_service.create_session(
            db,
            cora,
            SessionForm(
                case_id=case_id,
                starts_at=NOW - timedelta(hours=2),
                ends_at=NOW - timedelta(hours=1),
                contact_type=ContactType.IN_PERSON,
                room="Room 1",
            ),
        )
        session_service.save_note(db, cora, session_id, Section.NOTES, "oldword here", 0)
        with db.transaction():  # a team change started a new key generation
            sealing.new_generation(db, case_id, Section.NOTES)
        session_service.save_note(
            db, cora, session_id, Section.NOTES, "newword พบครอบครัวที่สถานทูต foo_bar", 1
        )
        return session_id

    session_id = made.worker("cora").call(write)
    made.close()

    db = made.handles["cora"].open_database()
    try:
        assert sealed_search.start(db) == 2  # both generations' digests
        build = sealed_search._build(db)  # noqa: SLF001 - the order is what is tested
        build.pending.sort(key=lambda key: key[2], reverse=newest_first)
        while sealed_search.build_step(db, budget):
            pass
        assert sealed_search.state(db) == sealed_search.IndexState(2, 2, False)
        assert _found(db, cora, "newword") == [session_id]
        assert _found(db, cora, "oldword") == []
        # Thai words (several tokens each once split) and words with an underscore are
        # found: the index keeps positions, so a quoted word of several tokens matches.
        for word in ("ครอบครัว", "สถานทูต", "foo_bar"):
            assert _found(db, cora, word) == [session_id], word
    finally:
        db.close()
