"""An insider on her own connection writes an Actor in someone else's name (issue 13).

The receptionist signs in with her own password and, from a Python prompt on the vault worker
that works for her, calls the services with ``Actor(role=ADMINISTRATOR)`` built by hand (her
own id and name, a role she does not have), and with a colleague's id, name and role. Every
call is refused before it reads or changes anything: the answer carries no case data, every
table but the audit trail is exactly as it was, the key-slot file is byte for byte the same,
and the audit trail gains one entry per attempt in her own name, saying whose name she used.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from tests.helpers.vaults import MadeVault, make_vault
from tjdesk.acting import AUDIT_ACTION, ActorMismatch
from tjdesk.actors import Actor, Role
from tjdesk.cases import case_service, drafts, handover, listing, report, session_service
from tjdesk.cases.codes import CaseType, ContactType
from tjdesk.cases.records import CaseForm, IdentityForm, SessionForm, TeamMember
from tjdesk.paths import keyslot_path
from tjdesk.policy import Section
from tjdesk.users import UserService
from tjdesk.vault import recovery_key_notice
from tjdesk.vault.database import Database
from tjdesk.visits import settings as visit_settings
from tjdesk.visits import visit_log

NOW = datetime.now(UTC).replace(microsecond=0)
SECRET = "FORGEDSENTINEL"


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MadeVault]:
    folder = tmp_path_factory.mktemp("forged") / "vault"
    made = make_vault(folder, users=[("rita", Role.RECEPTION), ("cora", Role.COUNSELOR)])
    cora = made.handles["cora"].actor
    assert cora is not None

    def write_case(db: Database) -> None:
        case_id = case_service.create_case(
            db, cora, CaseForm(case_type=CaseType.TRAFFICKING, nickname=SECRET)
        )
        case_service.set_team(db, cora, case_id, [TeamMember(cora.id, assigned=True)])
        case_service.save_identity(db, cora, case_id, IdentityForm(SECRET, SECRET, SECRET), 1)
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
        session_service.save_note(db, cora, session_id, Section.NOTES, SECRET, 0)

    made.worker("cora").call(write_case)
    made.close()
    yield made
    made.close()


def _snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    tables = [
        str(r["name"])
        for r in db.query(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        t: [tuple(r.values()) for r in db.query(f'SELECT * FROM "{t}" ORDER BY 1')]
        for t in tables
        if t != "audit_log"
    }


def _attempts(made: MadeVault) -> list[tuple[str, Callable[[Database, Actor], Any]]]:
    """What an insider would try, each in a forged name."""
    rita = made.handles["rita"]
    return [
        ("identity", lambda db, a: case_service.show_identity(db, a, 1)),
        ("outline", lambda db, a: case_service.get_outline(db, a, 1)),
        ("note", lambda db, a: session_service.read_note(db, a, 1, Section.NOTES)),
        ("session", lambda db, a: session_service.get_session(db, a, 1)),
        ("cases", lambda db, a: listing.case_page(db, a, listing.CaseFilter())),
        ("search", lambda db, a: listing.session_page(db, a, listing.SessionFilter(text=SECRET))),
        ("report", lambda db, a: report.preliminary_report(db, a, 1)),
        ("drafts", lambda db, a: drafts.draft_keys(db, a)),
        (
            "team",
            lambda db, a: case_service.set_team(db, a, 1, [TeamMember(a.id, assigned=True)]),
        ),
        (
            "handover",
            lambda db, a: handover.hand_over(db, a, 1, asked_by="cora", approved_by="admin"),
        ),
        ("visits", lambda db, a: visit_log.list_visits(db, a)),
        ("address", lambda db, a: visit_settings.set_shelter_address(db, a, "Somewhere 1")),
        ("recovery key stored", lambda db, a: recovery_key_notice.confirm_stored(db, a)),
        (
            "add user",
            lambda db, a: UserService(db, rita, a).add_user(
                "mallory", "Mallory", Role.ADMINISTRATOR, "a long enough password 1"
            ),
        ),
    ]


def test_services_refuse_an_actor_who_is_not_the_person_signed_in(made: MadeVault) -> None:
    rita = made.handles["rita"].actor
    cora = made.handles["cora"].actor
    assert rita is not None and cora is not None
    forged_names = [
        Actor(rita.id, rita.name, Role.ADMINISTRATOR),  # her own name, a role she lacks
        Actor(cora.id, cora.name, cora.role),  # a colleague on the case
    ]
    key_file_before = keyslot_path(made.folder).read_bytes()
    worker = made.worker("rita")
    assert worker.signed_in is not None and worker.signed_in.actor == rita

    def try_everything(db: Database) -> dict[str, Any]:
        before = _snapshot(db)
        audit_before = int(db.scalar("SELECT max(seq) FROM audit_log"))
        outcomes: list[tuple[str, str, str]] = []
        for forged in forged_names:
            for label, attempt in _attempts(made):
                try:
                    result = attempt(db, forged)
                except ActorMismatch as refusal:
                    outcomes.append((label, forged.role.value, f"refused: {refusal}"))
                except Exception as other:  # noqa: BLE001 - a policy refusal is not enough
                    outcomes.append((label, forged.role.value, f"{type(other).__name__}"))
                else:  # pragma: no cover - what the test exists to catch
                    outcomes.append((label, forged.role.value, f"answered: {result!r}"))
        entries = db.query(
            "SELECT actor, action, detail FROM audit_log WHERE seq > ? ORDER BY seq",
            (audit_before,),
        )
        return {"outcomes": outcomes, "before": before, "after": _snapshot(db), "audit": entries}

    seen = worker.call(try_everything)
    made.close()

    answered = [o for o in seen["outcomes"] if not o[2].startswith("refused")]
    assert answered == []
    assert all(SECRET not in o[2] for o in seen["outcomes"])
    # Nothing read into an answer, nothing changed: every table but the audit trail is the
    # same, no user was added, the key slots are byte for byte the same.
    assert seen["after"] == seen["before"]
    assert "mallory" not in [row[1] for row in seen["after"]["users"]]
    assert keyslot_path(made.folder).read_bytes() == key_file_before
    # Each attempt is on the record, in the name of the person who was really signed in.
    attempts = len(forged_names) * len(_attempts(made))
    assert len(seen["audit"]) == attempts
    assert {(e["actor"], e["action"]) for e in seen["audit"]} == {(rita.name, AUDIT_ACTION)}
    assert {e["detail"] for e in seen["audit"]} == {
        f"claimed={rita.id}:administrator",
        f"claimed={cora.id}:counselor",
    }


def test_her_own_actor_is_still_served(made: MadeVault) -> None:
    """The guard refuses forged names only: with her own, reception gets her (empty) lists."""
    rita = made.handles["rita"].actor
    assert rita is not None
    worker = made.worker("rita")
    visits = worker.call(lambda db: visit_log.list_visits(db, rita))
    cases = worker.call(lambda db: listing.case_page(db, rita, listing.CaseFilter()))
    made.close()
    assert visits == [] or all(SECRET not in repr(v) for v in visits)
    assert cases == []
