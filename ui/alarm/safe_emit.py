"""Work around a reference-count bug in PySide6 6.12's ``SignalInstance.emit``, and make
callbacks that do not keep a widget alive.

Measured here (PySide6 6.12.0, CPython 3.11.7): every ``signal.emit(...)`` called from Python
returns ``True`` without owning a reference to it, so each emit takes one reference away from
``True``. ``True`` is not immortal before CPython 3.12: after a few hundred emits the
interpreter aborts with "Fatal Python error: bool_dealloc: deallocating True or False".

:func:`emit` emits and, if the bug is present (probed once, at import, on the importing
thread), gives the reference back. If a later PySide fixes the bug, the probe finds nothing to
repair and :func:`emit` is a plain emit. Qt's own signals (clicked, timeout, ...) are emitted
from C++ and are not affected.
"""

from __future__ import annotations

import ctypes
import sys
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

_PROBES = 200


class _Probe(QObject):
    probed = Signal()


def _keep(result: object) -> None:
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))


def _emit_steals_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.probed.emit()  # the answer is dropped at once, as most callers do
    lost = before - sys.getrefcount(True)
    # Other threads may touch True meanwhile; a real leak shows as (nearly) one per emit.
    stolen = lost >= _PROBES * 0.9
    if stolen:
        for _ in range(lost):
            _keep(True)  # give back what the probe itself took
    return stolen


_needs_repair = _emit_steals_a_reference()


def emit(signal: Any, *args: Any) -> None:
    """``signal.emit(*args)`` that leaves Python's reference counts intact."""
    result = signal.emit(*args)
    if _needs_repair:
        _keep(result)


def weak_callback(method: Callable[..., Any]) -> Callable[..., None]:
    """A bound method as a callback that does not keep its object alive.

    Why: a callback stored by a child QObject (an operation in flight, a dialog) that holds the
    last reference to a Python-owned widget deletes that widget while the child itself is being
    destroyed, and the widget then deletes the child a second time (a crash in ~QObject).
    """
    owner = weakref.ref(method.__self__)  # type: ignore[attr-defined]
    function = method.__func__  # type: ignore[attr-defined]

    def call(*args: Any) -> None:
        target = owner()
        if target is not None:
            function(target, *args)

    return call
