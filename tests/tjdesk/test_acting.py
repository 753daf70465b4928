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
from types import ModuleType

import tjdesk.cases
import tjdesk.visits


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
