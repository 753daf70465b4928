"""Work around a reference-count bug in PySide6 6.12's ``SignalInstance.emit``.

Measured here (PySide6 6.12.0, CPython 3.11.7): every ``signal.emit(...)`` called from Python
returns ``True`` without owning a reference to it, so each emit takes one reference away from
``True``. ``True`` is not immortal before CPython 3.12: after a few hundred emits the
interpreter aborts with "Fatal Python error: bool_dealloc: deallocating True or False".

:func:`emit` emits and, if the bug is present (probed once), gives the reference back. If a
later PySide fixes the bug, the probe finds nothing to repair and :func:`emit` is a plain emit.
Qt's own signals (clicked, timeout, ...) are emitted from C++ and are not affected.
"""

from __future__ import annotations

import ctypes
import sys
import threading
from typing import Any

from PySide6.QtCore import QObject, Signal

_probe_lock = threading.Lock()
_needs_repair: bool | None = None


class _Probe(QObject):
    probed = Signal()


def _emit_steals_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    probe.probed.emit()  # the answer is dropped at once, as most callers do
    stolen = sys.getrefcount(True) < before
    if stolen:
        _keep(True)  # give back what the probe itself took
    return stolen


def _keep(result: object) -> None:
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))


def emit(signal: Any, *args: Any) -> None:
    """``signal.emit(*args)`` that leaves Python's reference counts intact."""
    global _needs_repair
    if _needs_repair is None:
        with _probe_lock:
            if _needs_repair is None:
                _needs_repair = _emit_steals_a_reference()
    result = signal.emit(*args)
    if _needs_repair:
        _keep(result)
