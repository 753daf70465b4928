"""The vault's one worker thread: the order work is done in, what a caller gets back when a
job fails, the vault cannot be opened, or the app locks with work still queued (issue 20: the
mutation run of tjdesk/vault/worker.py found these untested). The screens hand all their vault
work to it; a job lost or answered twice would be a form that never saves, or a hang.
"""

from __future__ import annotations

import concurrent.futures
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import tjdesk
from tests.helpers.forms import session_form
from tests.helpers.insider import plain_sqlcipher
from tests.helpers.vaults import MadeVault, make_vault
from tjdesk import audit
from tjdesk.actors import Role
from tjdesk.cases import case_service, listing, sealed_search, session_service
from tjdesk.cases.codes import CaseType
from tjdesk.cases.records import CaseForm, TeamMember
from tjdesk.policy import Section
from tjdesk.vault import seal_migration
from tjdesk.vault.connection import WrongKeyOrNotAVault
from tjdesk.vault.database import Database
from tjdesk.vault.errors import NotAVault
from tjdesk.vault.schema_guard import StructureChanged
from tjdesk.vault.worker import VaultWorker, WorkerClosed

WAIT = 30  # seconds: a ceiling for a hang, never reached when all is well


@pytest.fixture
def made(tmp_path: Path) -> Iterator[MadeVault]:
    made = make_vault(tmp_path / "vault")
    made.close()
    yield made


def _worker(made: MadeVault, key: bytes | None = None) -> VaultWorker:
    return VaultWorker(made.admin.database_path, made.admin.key if key is None else key)


def _count_users(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM users"))


def test_jobs_run_in_the_order_given_and_a_failing_one_leaves_the_rest_running(
    made: MadeVault,
) -> None:
    worker = _worker(made)
    done: list[str] = []

    def fails(db: Database) -> None:
        raise ValueError("this job fails")

    try:
        first = worker.submit(lambda db: done.append("first"))
        failing = worker.submit(fails)
        last = worker.submit(lambda db: (done.append("last"), _count_users(db))[1])
        assert last.result(WAIT) == 1
        assert first.result(WAIT) is None
        with pytest.raises(ValueError, match="this job fails"):
            failing.result(WAIT)
        assert done == ["first", "last"]
        assert not worker.closed
    finally:
        worker.close()


def test_work_handed_over_before_a_wrong_key_is_found_gets_that_reason(
    made: MadeVault,
) -> None:
    worker = _worker(made, key=bytes(32))
    queued = [worker.submit(_count_users) for _ in range(3)]
    with pytest.raises(WrongKeyOrNotAVault):
        worker.opened.result(WAIT)
    for future in queued:
        with pytest.raises(WrongKeyOrNotAVault):
            future.result(WAIT)
    assert worker.closed
    with pytest.raises(WrongKeyOrNotAVault):  # later work too: the reason, not "locked"
        worker.submit(_count_users).result(WAIT)
    worker.close()


def test_a_vault_whose_structure_changed_answers_every_job_with_that(made: MadeVault) -> None:
    with plain_sqlcipher(made.folder, made.admin.key) as conn:
        conn.execute("CREATE VIEW everyone AS SELECT * FROM users")
    worker = _worker(made)
    queued = worker.submit(_count_users)
    with pytest.raises(StructureChanged):
        worker.opened.result(WAIT)
    with pytest.raises(StructureChanged):
        queued.result(WAIT)
    assert worker.closed
    with pytest.raises(StructureChanged):  # later work too: the reason, not "locked"
        worker.submit(_count_users).result(WAIT)
    worker.close()


def test_a_sign_in_whose_first_steps_fail_answers_every_job_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first steps of a sign-in (sealing what an older version left in the clear) failed:
    the screen waiting for the vault, and any work handed over, get that reason."""
    made = make_vault(tmp_path / "vault", users=[("cora", Role.COUNSELOR)])
    made.close()

    def fails(db: Database) -> None:
        raise NotAVault()

    monkeypatch.setattr(seal_migration, "on_sign_in", fails)
    worker = made.handles["cora"].open_worker()
    queued = worker.submit(_count_users)
    with pytest.raises(NotAVault):
        worker.opened.result(WAIT)
    with pytest.raises(NotAVault):
        queued.result(WAIT)
    assert worker.closed
    with pytest.raises(NotAVault):
        worker.submit(_count_users).result(WAIT)
    worker.close()


def test_locking_finishes_the_work_already_queued_then_refuses_more(made: MadeVault) -> None:
    worker = _worker(made)
    release = threading.Event()
    held = worker.submit(lambda db: release.wait(WAIT))
    queued = [worker.submit(_count_users) for _ in range(3)]
    closing = threading.Thread(target=worker.close)
    closing.start()
    release.set()
    closing.join(WAIT)
    assert held.result(0) is True
    assert [future.result(0) for future in queued] == [1, 1, 1]
    assert worker.closed
    refused = worker.submit(_count_users)
    with pytest.raises(WorkerClosed, match="^the vault is locked$"):
        refused.result(0)
    worker.close()  # a second close is harmless


def test_a_job_cancelled_while_it_waits_is_not_run(made: MadeVault) -> None:
    worker = _worker(made)
    release = threading.Event()
    ran: list[str] = []
    try:
        worker.submit(lambda db: release.wait(WAIT))
        cancelled = worker.submit(lambda db: ran.append("cancelled"))
        after = worker.submit(lambda db: ran.append("after"))
        assert cancelled.cancel()
        release.set()
        after.result(WAIT)
        assert ran == ["after"]
        with pytest.raises(concurrent.futures.CancelledError):
            cancelled.result(0)
    finally:
        worker.close()


def test_waiting_on_the_worker_from_its_own_thread_is_refused_not_a_hang(
    made: MadeVault,
) -> None:
    worker = _worker(made)
    try:
        inner = worker.submit(lambda db: worker.call(_count_users))
        with pytest.raises(RuntimeError, match=r"^call\(\) from the worker thread would deadlock$"):
            inner.result(WAIT)
        assert worker.call(_count_users) == 1  # and it goes on working
    finally:
        worker.close()


def test_a_job_that_locks_the_vault_does_not_wait_on_itself(made: MadeVault) -> None:
    worker = _worker(made)
    worker.submit(lambda db: worker.close()).result(WAIT)
    with pytest.raises(WorkerClosed):
        worker.submit(_count_users).result(WAIT)
    worker.close()


def _a_case_with_a_note(made: MadeVault, name: str, words: str) -> None:
    actor = made.handles[name].actor
    assert actor is not None

    def write(db: Database) -> None:
        case_id = case_service.create_case(db, actor, CaseForm(case_type=CaseType.OTHER))
        case_service.set_team(db, actor, case_id, [TeamMember(actor.id, assigned=True)])
        session_id = session_service.create_session(db, actor, session_form(case_id))
        session_service.save_note(db, actor, session_id, Section.NOTES, words, 0)

    worker = made.worker(name)
    worker.call(write, WAIT)
    worker.close()


def test_a_signed_in_persons_work_is_done_and_signed_in_her_name(tmp_path: Path) -> None:
    made = make_vault(tmp_path / "vault", users=[("cora", Role.COUNSELOR)])
    worker = made.worker("cora")
    try:
        signer = worker.call(
            lambda db: (audit.record(db, "cora", "case.opened"), db.signed_in)[1], WAIT
        )
    finally:
        made.close()
    assert signer is made.handles["cora"].signed_in
    db = made.admin.open_database()
    try:
        verdict = audit.verify(db)
        last = db.query_one("SELECT actor, signer FROM audit_log ORDER BY seq DESC LIMIT 1")
    finally:
        db.close()
    assert verdict.intact
    assert last is not None and (last["actor"], last["signer"]) == ("cora", "cora")


def _searchable(worker: VaultWorker, word: str) -> tuple[sealed_search.IndexState, int]:
    """Ask the worker, job after job, until its index is built (each job leaves it idle a
    moment, which is when it builds); then how many sessions ``word`` finds."""
    actor = worker.signed_in.actor  # type: ignore[union-attr]
    for _ in range(1000):
        state = worker.call(sealed_search.state, WAIT)
        if not state.building:
            break
    rows, _ = worker.call(
        lambda db: listing.session_rows(db, actor, listing.SessionFilter(text=word)), WAIT
    )
    return state, len(rows)


def test_the_search_index_builds_while_the_worker_has_nothing_else_to_do(
    tmp_path: Path,
) -> None:
    made = make_vault(tmp_path / "vault", users=[("cora", Role.COUNSELOR)])
    _a_case_with_a_note(made, "cora", "embassy passport")
    worker = made.worker("cora")
    try:
        state, found = _searchable(worker, "passport")
    finally:
        made.close()
    assert state == sealed_search.IndexState(1, 1, False)
    assert found == 1


def test_a_note_the_index_cannot_read_stops_the_index_not_the_vault(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = make_vault(tmp_path / "vault", users=[("cora", Role.COUNSELOR)])
    _a_case_with_a_note(made, "cora", "embassy passport")

    def unreadable(db: Database, budget: int = 0) -> bool:
        raise ValueError("a damaged digest")

    monkeypatch.setattr(sealed_search, "build_step", unreadable)
    worker = made.worker("cora")
    try:
        state, found = _searchable(worker, "passport")
        assert worker.call(_count_users, WAIT) == 2  # the vault still answers
    finally:
        made.close()
    assert (state.done, state.building) == (0, False)
    assert found == 0


_OPEN_AND_QUIT = """
import sys
from pathlib import Path
from tjdesk.vault.worker import VaultWorker
worker = VaultWorker(Path(sys.argv[1]), bytes.fromhex(sys.argv[2]))
worker.opened.result(30)
print("opened")
"""


def test_the_app_quits_even_with_a_worker_left_open(made: MadeVault) -> None:
    """A crash or a quit that skips the lock must not leave the process hanging on the
    worker's thread (a window gone, the process still holding the vault)."""
    finished = subprocess.run(
        [sys.executable, "-c", _OPEN_AND_QUIT, str(made.admin.database_path), made.admin.key.hex()],
        cwd=Path(tjdesk.__file__).resolve().parents[1],
        capture_output=True,
        text=True,
        timeout=WAIT,
        check=False,
    )
    assert (finished.returncode, finished.stdout.strip()) == (0, "opened"), finished.stderr
    worker = _worker(made)  # and the vault it had open opens here as before
    try:
        assert worker.call(_count_users, WAIT) == 1
    finally:
        worker.close()


def test_once_the_index_is_built_an_idle_worker_does_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No busy loop after the index is complete: the PC's fan and battery would notice."""
    made = make_vault(tmp_path / "vault", users=[("cora", Role.COUNSELOR)])
    _a_case_with_a_note(made, "cora", "embassy passport")
    steps: list[int] = []
    real_step = sealed_search.build_step

    def counted(db: Database, budget: int = sealed_search.STEP_DIGESTS) -> bool:
        steps.append(budget)
        return real_step(db, budget)

    monkeypatch.setattr(sealed_search, "build_step", counted)
    worker = made.worker("cora")
    try:
        state, _ = _searchable(worker, "passport")
        assert not state.building
        after_build = len(steps)
        for _ in range(20):
            worker.call(_count_users, WAIT)
    finally:
        made.close()
    assert after_build >= 1
    assert len(steps) == after_build
