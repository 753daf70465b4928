"""Guard against the PySide6 6.12.0 emit bug that aborts the app (see pyproject.toml)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(object, object)


def test_emitting_from_python_does_not_leak_references(qapp) -> None:
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.changed.emit(1, None)
    # Each leaked reference brings the app nearer to "Fatal Python error: bool_dealloc".
    assert sys.getrefcount(True) >= before
