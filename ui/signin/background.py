"""Run one slow, non-vault job (an Argon2 unlock, creating a vault) off the GUI thread.

The result comes back on the GUI thread through a queued signal of a small relay object that
lives there (picard's QRunnable-and-post pattern). If the relay's owner is gone by then (the
window was closed), the result is dropped.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot


class _Relay(QObject):
    finished = Signal(object, object)  # result, error

    def __init__(
        self,
        parent: QObject,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        super().__init__(parent)
        self._on_done = on_done
        self._on_error = on_error
        self.finished.connect(self._deliver)

    @Slot(object, object)
    def _deliver(self, result: object, error: object) -> None:
        try:
            if isinstance(error, BaseException):
                self._on_error(error)
            else:
                self._on_done(result)
        finally:
            self.deleteLater()


def run_in_background(
    parent: QObject,
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> threading.Thread:
    relay = _Relay(parent, on_done, on_error)

    def work() -> None:
        result: object = None
        error: BaseException | None = None
        try:
            result = fn()
        except BaseException as err:  # noqa: BLE001 - handed to the GUI thread as it is
            error = err
        try:
            relay.finished.emit(result, error)
        except RuntimeError:
            pass  # the relay's window was closed meanwhile: nobody is waiting for this

    thread = threading.Thread(target=work, name="tjdesk-background", daemon=True)
    thread.start()
    return thread
