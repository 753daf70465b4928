"""Signals emitted by the alarm screens leave Python's reference counts intact."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

from ui.alarm import safe_emit


class _Sender(QObject):
    changed = Signal(dict)


def test_emit_does_not_eat_references_to_true(qapp):
    sender = _Sender()
    received: list[dict] = []
    sender.changed.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(1000):
        safe_emit.emit(sender.changed, {"protected": True})
    assert len(received) == 1000
    received.clear()
    assert sys.getrefcount(True) > before - 200  # the bound form would lose 1000


def test_the_process_wide_fix_repairs_the_bound_form(qapp, monkeypatch):
    monkeypatch.setattr(SignalInstance, "emit", safe_emit._UNBOUND_EMIT)
    safe_emit.install_emit_fix()
    sender = _Sender()
    before = sys.getrefcount(True)
    for _ in range(1000):
        sender.changed.emit({})
    assert sys.getrefcount(True) > before - 200
