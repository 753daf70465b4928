"""Running vault work off the GUI thread and getting the result back on it.

The vault worker (tjdesk/vault/worker.py) returns a concurrent Future; its completion callback
runs on the worker thread, so it is forwarded through a Qt signal, which Qt queues to the
receiver's (GUI) thread. This is Anki's CollectionOp pattern without Qt in the core.
"""

from __future__ import annotations

import concurrent.futures
import itertools
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from shiboken6 import isValid

from tjdesk.vault.database import Database
from tjdesk.vault.worker import VaultWorker

T = TypeVar("T")


class _Dispatcher(QObject):
    """Lives for the whole process on the GUI thread and is never deleted, so a worker thread
    never emits on an object that a screen may be destroying at that moment (which can crash
    Qt). Each result carries its op's id; the op is looked up, and dropped if it is gone."""

    finished = Signal(int, object, object)  # (op id, result, exception)

    def __init__(self) -> None:
        super().__init__()
        self.ops: dict[int, VaultOp] = {}
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def _deliver(self, op_id: int, result: object, error: object) -> None:
        op = self.ops.pop(op_id, None)
        if op is None or not op.wanted:
            return  # the screen that asked was closed (or the app locked) meanwhile
        op.deliver(result, error)


_dispatcher: _Dispatcher | None = None
_ids = itertools.count(1)


def _get_dispatcher() -> _Dispatcher:
    global _dispatcher
    if _dispatcher is None:
        _dispatcher = _Dispatcher()
    return _dispatcher


class VaultOp:
    """One operation in flight, for the screen (``parent``) that asked. It is a plain object,
    not a child QObject of that screen: nothing about it can be deleted twice when the screen
    goes. If the screen is gone (closed, or the app locked) when the result arrives, the
    result is dropped."""

    def __init__(
        self,
        parent: QObject,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None,
    ) -> None:
        self._parent = weakref.ref(parent)
        # Bound methods are held weakly too, so a pending op never keeps a screen alive.
        self._on_done = _weakly(on_done)
        self._on_error = None if on_error is None else _weakly(on_error)
        self.op_id = next(_ids)

    def attach(self, future: concurrent.futures.Future[Any]) -> None:
        dispatcher = _get_dispatcher()
        dispatcher.ops[self.op_id] = self
        op_id = self.op_id

        def forward(done: concurrent.futures.Future[Any]) -> None:
            try:
                error = done.exception()
                result = None if error else done.result()
            except concurrent.futures.CancelledError as cancelled:
                result, error = None, cancelled
            dispatcher.finished.emit(op_id, result, error)

        future.add_done_callback(forward)

    @property
    def wanted(self) -> bool:
        parent = self._parent()
        return parent is not None and isValid(parent)

    def deliver(self, result: object, error: object) -> None:
        if error is None:
            self._on_done(result)
        elif self._on_error is not None:
            self._on_error(error)  # type: ignore[arg-type]
        else:
            raise error  # type: ignore[misc]


def _weakly(callback: Callable[..., Any]) -> Callable[..., Any]:
    owner = getattr(callback, "__self__", None)
    function = getattr(callback, "__func__", None)
    if owner is None or function is None:
        return callback  # a plain function or lambda: nothing of a widget's to keep alive
    ref = weakref.ref(owner)

    def call(*args: Any) -> Any:
        target = ref()
        if target is None or (isinstance(target, QObject) and not isValid(target)):
            return None
        return function(target, *args)

    return call


def run_in_vault(
    parent: QObject,
    worker: VaultWorker,
    fn: Callable[[Database], T],
    on_done: Callable[[T], None],
    on_error: Callable[[BaseException], None] | None = None,
) -> VaultOp:
    """Run ``fn(db)`` on the vault thread; call ``on_done(result)`` or ``on_error(exc)`` on the
    GUI thread. Never blocks the caller."""
    op = VaultOp(parent, on_done, on_error)
    op.attach(worker.submit(fn))
    return op
