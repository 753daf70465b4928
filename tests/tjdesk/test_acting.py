"""Every service that takes an actor checks it against the person signed in (issue 13).

A service added later without the guard would again trust a role written by its caller: this
test lists every public function ``fn(db, actor, ...)`` of tjdesk/cases, tjdesk/visits and
tjdesk/users.py and fails on any that is not wrapped by ``tjdesk.acting.acts_for_signed_in``.
(tests/verify/test_forged_actor.py shows what the guard does on a real vault.)
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

import tjdesk.cases
import tjdesk.visits
from tests.helpers.vaults import MadeVault, make_vault
from tjdesk.acting import AUDIT_ACTION, ActorMismatch, acts_for_signed_in
from tjdesk.actors import Actor, Role
from tjdesk.vault import vault
from tjdesk.vault.database import Database


def _service_modules() -> list[ModuleType]:
    modules = [importlib.import_module("tjdesk.users")]
    for package in (tjdesk.cases, tjdesk.visits):
        for info in pkgutil.iter_modules(package.__path__):
            modules.append(importlib.import_module(f"{package.__name__}.{info.name}"))
    return modules


def _takes_db_and_actor(fn: object) -> bool:
    params = list(inspect.signature(fn).parameters)  # type: ignore[arg-type]
    return params[:2] == ["db", "actor"]


def test_every_service_taking_an_actor_is_guarded() -> None:
    services, unguarded = [], []
    for module in _service_modules():
        for name, fn in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(fn):
                continue
            if fn.__module__ != module.__name__ or not _takes_db_and_actor(fn):
                continue
            services.append(f"{module.__name__}.{name}")
            if not getattr(fn, "acts_for_signed_in", False):
                unguarded.append(f"{module.__name__}.{name}")
    assert len(services) > 30  # the scan found the services (it would pass on nothing)
    assert unguarded == []


# --- what the guard does for a service guarded now ------------------------------------------
# (The services above are guarded when their modules are imported; these tests guard one in
# front of the reader, so what a guard does is seen on a real vault, not only that it is there.)


@pytest.fixture
def rita_and_cora(tmp_path: Path) -> Iterator[MadeVault]:
    made = make_vault(
        tmp_path / "vault", users=[("rita", Role.RECEPTION), ("cora", Role.COUNSELOR)]
    )
    yield made
    made.close()


def _a_service() -> Callable[[Database, Actor | None], str]:
    @acts_for_signed_in
    def look_up(db: Database, actor: Actor | None) -> str:
        return "served"

    return look_up


def _audit_after(db: Database, seq: int) -> list[dict[str, object]]:
    return db.query(
        "SELECT actor, action, target_type, target_id, detail FROM audit_log"
        " WHERE seq > ? ORDER BY seq",
        (seq,),
    )


def test_a_guarded_service_carries_the_mark_the_scan_looks_for() -> None:
    assert getattr(_a_service(), "acts_for_signed_in", False) is True


def test_a_forged_actor_is_refused_in_words_and_audited_in_her_own_name(
    rita_and_cora: MadeVault,
) -> None:
    made = rita_and_cora
    rita, cora = made.handles["rita"].actor, made.handles["cora"].actor
    assert rita is not None and cora is not None
    service = _a_service()
    db = made.handles["rita"].open_database()
    try:
        before = int(db.scalar("SELECT max(seq) FROM audit_log"))
        assert service(db, rita) == "served"
        assert _audit_after(db, before) == []
        with pytest.raises(ActorMismatch) as refusal:
            service(db, Actor(cora.id, cora.name, cora.role))
        assert str(refusal.value) == (
            "This was asked in the name of someone other than the person signed in."
            " Nothing was done."
        )
        assert _audit_after(db, before) == [
            {
                "actor": "rita",
                "action": AUDIT_ACTION,
                "target_type": "user",
                "target_id": str(rita.id),
                "detail": f"claimed={cora.id}:counselor",
            }
        ]
    finally:
        db.close()


def test_a_connection_nobody_signed_in_to_is_not_checked(rita_and_cora: MadeVault) -> None:
    """Set-up or a recovery-key sign-in: no person to compare with, nothing refused."""
    made = rita_and_cora
    handle = vault.unlock_with_recovery_key(made.folder, made.recovery_key)
    db = handle.open_database()
    try:
        assert db.signed_in is None
        before = int(db.scalar("SELECT max(seq) FROM audit_log"))
        assert _a_service()(db, Actor(1, "admin", Role.ADMINISTRATOR)) == "served"
        assert _audit_after(db, before) == []
    finally:
        db.close()
