"""Run one slow, non-vault job (an Argon2 unlock, creating a vault) off the GUI thread.

The result comes back on the GUI thread through a queued signal of a small relay object that
lives there (picard's QRunnable-and-post pattern). The relay has no Qt parent: a parent could
be deleted while the job runs, and emitting on a deleted object from another thread is a
crash, not an exception. It is kept alive here until its result is delivered; if the ``owner``
widget is gone by then (the window was closed), the result is dropped.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot

_live: set[_Relay] = set()
_live_lock = threading.Lock()


class _Relay(QObject):
    finished = Signal(object, object)  # result, error

    def __init__(
        self,
        owner: QObject,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        super().__init__()
        self._owner: QObject | None = owner
        self._on_done = on_done
        self._on_error = on_error
        self.finished.connect(self._deliver)

    @Slot(object, object)
    def _deliver(self, result: object, error: object) -> None:
        with _live_lock:
            _live.discard(self)
        owner, self._owner = self._owner, None
        if owner is None or not shiboken6.isValid(owner):
            return  # the screen that asked is gone: nobody is waiting for this
        if isinstance(error, BaseException):
            self._on_error(error)
        else:
            self._on_done(result)


def run_in_background(
    owner: QObject,
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> threading.Thread:
    relay = _Relay(owner, on_done, on_error)
    with _live_lock:
        _live.add(relay)

    def work() -> None:
        result: object = None
        error: BaseException | None = None
        try:
            result = fn()
        except BaseException as err:  # noqa: BLE001 - handed to the GUI thread as it is
            error = err
        relay.finished.emit(result, error)

    thread = threading.Thread(target=work, name="tjdesk-background", daemon=True)
    thread.start()
    return thread
