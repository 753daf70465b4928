"""run_in_vault for this area's widgets, without letting an operation keep a widget alive.

An operation in flight holds its callbacks. If a callback holds the last reference to a
widget (a closed dialog), the widget can end up deleted when the operation is, or by Python's
garbage collector on whatever thread it runs, and Qt crashes. So callbacks here receive their
widget as an argument, through a weak reference, and work handed to the vault thread must not
capture a widget at all (pass plain values).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject
from shiboken6 import isValid

from tjdesk.vault.database import Database
from tjdesk.vault.worker import VaultWorker
from ui.ops import run_in_vault

OwnerT = TypeVar("OwnerT", bound=QObject)
T = TypeVar("T")


def call_vault(
    owner: OwnerT,
    worker: VaultWorker,
    fn: Callable[[Database], T],
    on_done: Callable[[OwnerT, T], None],
    on_error: Callable[[OwnerT, BaseException], None] | None = None,
) -> None:
    """Run ``fn(db)`` on the vault thread; then ``on_done(owner, result)`` or
    ``on_error(owner, exc)`` on the GUI thread, if ``owner`` still exists."""
    ref = weakref.ref(owner)

    def done(result: T) -> None:
        me = ref()
        if me is not None and isValid(me):
            on_done(me, result)

    def failed(err: BaseException) -> None:
        me = ref()
        if me is not None and isValid(me) and on_error is not None:
            on_error(me, err)

    run_in_vault(owner, worker, fn, done, failed)
