"""Running vault work off the GUI thread and getting the result back on it.

The vault worker (tjdesk/vault/worker.py) returns a concurrent Future; its completion callback
runs on the worker thread, so it is forwarded through a Qt signal, which Qt queues to the
receiver's (GUI) thread. This is Anki's CollectionOp pattern without Qt in the core.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from tjdesk.vault.database import Database
from tjdesk.vault.worker import VaultWorker

T = TypeVar("T")


class _Relay(QObject):
    finished = Signal(object, object)  # (result, exception)


class VaultOp(QObject):
    """One operation in flight. Lives as a child of ``parent``: if the parent is destroyed (a
    screen closed, the app locked) before the result arrives, the result is dropped."""

    def __init__(
        self,
        parent: QObject,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None,
    ) -> None:
        super().__init__(parent)
        self._on_done = on_done
        self._on_error = on_error
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)

    def attach(self, future: concurrent.futures.Future[Any]) -> None:
        relay = self._relay

        def forward(done: concurrent.futures.Future[Any]) -> None:
            try:
                error = done.exception()
                result = None if error else done.result()
            except concurrent.futures.CancelledError as cancelled:
                result, error = None, cancelled
            try:
                relay.finished.emit(result, error)
            except RuntimeError:
                pass  # the receiver was destroyed meanwhile: nobody is waiting any more

        future.add_done_callback(forward)

    def _deliver(self, result: object, error: object) -> None:
        try:
            if error is None:
                self._on_done(result)
            elif self._on_error is not None:
                self._on_error(error)  # type: ignore[arg-type]
            else:
                raise error  # type: ignore[misc]
        finally:
            self.deleteLater()


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
