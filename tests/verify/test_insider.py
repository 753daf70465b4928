"""Need-to-know against insiders: what each person's own password opens holds nothing the
policy table keeps from them (issue 13).

For every role, on and off the case team, assigned or not, the insider signs in with their own
password and then goes around the app: the database key their slot yields opens the raw file;
every table and every column is read with plain SQL; every blob is tried as an age file with
their own age identity (and with any identity that opens, as a determined insider would); every
file of the vault folder is read. All of it, decoded as UTF-8 and UTF-16, must hold none of the
texts of the sections the table keeps from them: identity (nickname, real name, contacts,
location), session notes, health, legal, drafts, and what search derives from them.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from tests.helpers.forms import session_form
from tests.helpers.insider import every_cell, open_all, plain_sqlcipher
from tests.helpers.pages import decrypted_pages
from tests.helpers.vaults import MadeVault, make_vault
from tjdesk.actors import Role
from tjdesk.cases import case_service, drafts, session_service
from tjdesk.cases.codes import CaseType
from tjdesk.cases.records import CaseForm, IdentityForm, TeamMember
from tjdesk.policy import Relation, Section, may_read
from tjdesk.vault import vault
from tjdesk.vault.database import Database

NOW = datetime.now(UTC).replace(microsecond=0)
TEXTS = {
    Section.IDENTITY: ["NICKSENTINEL", "REALNAMESENTINEL", "CONTACTSENTINEL", "PLACESENTINEL"],
    Section.NOTES: ["NOTESENTINEL"],
    Section.HEALTH: ["HEALTHSENTINEL"],
    Section.LEGAL: ["LEGALSENTINEL"],
}
DRAFT_TEXT = "DRAFTSENTINEL"
CASE_WORKER = "worker"
# name -> (role, relation to the case)
PEOPLE: dict[str, tuple[Role, Relation]] = {
    CASE_WORKER: (Role.SOCIAL_WORKER, Relation.ASSIGNED),
    "couns_team": (Role.COUNSELOR, Relation.TEAM),
    "couns_off": (Role.COUNSELOR, Relation.NONE),
    "psych_team": (Role.PSYCHOLOGIST, Relation.TEAM),
    "nurse_team": (Role.NURSE, Relation.TEAM),
    "nurse_off": (Role.NURSE, Relation.NONE),
    "legal_team": (Role.LEGAL_OFFICER, Relation.TEAM),
    "legal_off": (Role.LEGAL_OFFICER, Relation.NONE),
    "director_team": (Role.DIRECTOR, Relation.TEAM),
    "director_off": (Role.DIRECTOR, Relation.NONE),
    "super_assigned": (Role.SUPERVISOR, Relation.ASSIGNED),  # "assigned" by mistake
    "super_off": (Role.SUPERVISOR, Relation.NONE),
    "admin2_team": (Role.ADMINISTRATOR, Relation.TEAM),
    "reception": (Role.RECEPTION, Relation.NONE),
    "admin": (Role.ADMINISTRATOR, Relation.NONE),
    "sw_off": (Role.SOCIAL_WORKER, Relation.NONE),
}


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MadeVault]:
    folder = tmp_path_factory.mktemp("insider") / "vault"
    made = make_vault(folder, users=[(n, r) for n, (r, _) in PEOPLE.items() if n != "admin"])
    worker = made.worker(CASE_WORKER)
    me = made.handles[CASE_WORKER].actor
    assert me is not None

    def write_case(db: Database) -> None:
        case_id = case_service.create_case(
            db, me, CaseForm(case_type=CaseType.TRAFFICKING, nickname="NICKSENTINEL")
        )
        ids = {row["name"]: int(row["id"]) for row in db.query("SELECT id, name FROM users")}
        team = [
            TeamMember(ids[name], assigned=relation is Relation.ASSIGNED)
            for name, (_role, relation) in PEOPLE.items()
            if relation is not Relation.NONE
        ]
        case_service.set_team(db, me, case_id, team)
        case_service.save_identity(
            db,
            me,
            case_id,
            IdentityForm("REALNAMESENTINEL", "CONTACTSENTINEL", "PLACESENTINEL"),
            1,
        )
        session_id = session_service.create_session(db, me, session_form(case_id))
        session_service.save_note(db, me, session_id, Section.NOTES, "พบ NOTESENTINEL", 0)
        # A conflicting save is kept as a sealed copy.
        with pytest.raises(session_service.NoteConflictError):
            session_service.save_note(db, me, session_id, Section.NOTES, "NOTESENTINEL B", 0)
        drafts.save_draft(db, me, f"session:{session_id}", {"notes": DRAFT_TEXT})

    worker.call(write_case)
    made.close()

    # Health and legal are written by the team's nurse and legal officer.
    for name, section, text in (
        ("nurse_team", Section.HEALTH, "HEALTHSENTINEL"),
        ("legal_team", Section.LEGAL, "LEGALSENTINEL"),
    ):
        actor = made.handles[name].actor
        assert actor is not None
        made.worker(name).call(
            lambda db, a=actor, s=section, t=text: session_service.save_note(db, a, 1, s, t, 0)
        )
        made.close()
    yield made
    made.close()


def _forbidden(role: Role, relation: Relation, name: str) -> list[str]:
    texts = [t for s, words in TEXTS.items() if not may_read(role, relation, s) for t in words]
    if name != CASE_WORKER:
        texts.append(DRAFT_TEXT)
    return texts


def _everything_opened(made: MadeVault, name: str) -> list[bytes]:
    """All an insider gets from their own password (see the module docstring)."""
    unlocked = vault.unlock(made.folder, name, made.password)
    assert unlocked.signed_in is not None
    with plain_sqlcipher(made.folder, unlocked.key) as conn:
        cells = every_cell(conn)
    seen = [v if isinstance(v, bytes) else str(v).encode("utf-8") for v in cells if v is not None]
    blobs = [value for value in cells if isinstance(value, bytes)]
    seen.extend(open_all(blobs, unlocked.signed_in.age_identity))
    seen.extend(path.read_bytes() for path in made.folder.rglob("*") if path.is_file())
    return seen


def _decoded(chunks: list[bytes]) -> str:
    parts = []
    for chunk in chunks:
        parts.append(chunk.decode("utf-8", "ignore"))
        parts.append(chunk.decode("utf-16-le", "ignore"))
        parts.append(chunk[1:].decode("utf-16-le", "ignore"))
    return "\n".join(parts)


@pytest.mark.parametrize("name", list(PEOPLE), ids=str)
def test_own_password_opens_nothing_the_table_keeps_from_them(made: MadeVault, name: str) -> None:
    role, relation = PEOPLE[name]
    text = _decoded(_everything_opened(made, name))
    leaked = [t for t in _forbidden(role, relation, name) if t in text]
    assert leaked == [], f"{name} ({role.value}, {relation.value}) reads {leaked}"


def test_the_entitled_still_read_their_sections(made: MadeVault) -> None:
    """The check above is not passing because nothing opens at all."""
    text = _decoded(_everything_opened(made, CASE_WORKER))
    for word in ("NICKSENTINEL", "REALNAMESENTINEL", "NOTESENTINEL", DRAFT_TEXT):
        assert word in text
    assert "HEALTHSENTINEL" in _decoded(_everything_opened(made, "nurse_team"))
    assert "LEGALSENTINEL" in _decoded(_everything_opened(made, "legal_team"))


def test_the_files_hold_no_section_text_in_the_clear(made: MadeVault) -> None:
    """With the database key alone (what every signed-in user holds) no section opens."""
    handle = made.handles["admin"]
    # Every page of the file and its WAL, decrypted with that key as a stock AES library would.
    pages = decrypted_pages(handle.database_path, handle.key)
    assert b"CREATE TABLE audit_log" in pages  # decrypted for real: the schema reads back
    plain = _decoded([pages])
    for words in TEXTS.values():
        for word in words:
            assert word not in plain
    assert DRAFT_TEXT not in plain
