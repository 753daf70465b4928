"""Emitting signals safely under PySide6 6.12, and callbacks that do not keep a widget alive.

Measured here (PySide6 6.12.0, CPython 3.11.7): ``instance.signal.emit(...)``, the bound form,
takes one reference away from ``True`` on every call (it hands back ``True`` without owning
it). ``True`` is not immortal before CPython 3.12, so after some thousands of emits the
interpreter aborts: "Fatal Python error: bool_dealloc: deallocating True or False". The
unbound form, ``SignalInstance.emit(instance.signal, ...)``, does not have the bug.

:func:`emit` uses the unbound form. :func:`install_emit_fix` makes the bound form use it too,
for the whole process (meant for the app's start-up and the test suite's conftest; the alarm
screens do not call it themselves). Qt's own signals (clicked, timeout, ...) are emitted from
C++ and are not affected.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import SignalInstance

_UNBOUND_EMIT = SignalInstance.emit


def emit(signal: Any, *args: Any) -> None:
    """``signal.emit(*args)`` without the reference leak."""
    _UNBOUND_EMIT(signal, *args)


def install_emit_fix() -> None:
    """Route every ``x.signal.emit(...)`` in the process through the unbound form."""
    if getattr(SignalInstance.emit, "_tjdesk_fixed", False):
        return

    def fixed_emit(self: Any, *args: Any) -> bool:
        return bool(_UNBOUND_EMIT(self, *args))

    fixed_emit._tjdesk_fixed = True  # type: ignore[attr-defined]
    SignalInstance.emit = fixed_emit  # type: ignore[method-assign]


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
