"""Vault work runs on the vault thread and reports back on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject

from tjdesk.vault.worker import VaultWorker
from ui.ops import run_in_vault


def test_result_arrives_on_the_gui_thread(qtbot, vault_worker: VaultWorker) -> None:
    owner = QObject()
    seen: dict[str, object] = {}

    def done(result: str) -> None:
        seen["result"] = result
        seen["thread"] = threading.current_thread()

    run_in_vault(owner, vault_worker, lambda db: threading.current_thread().name, done)
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == "vault-worker"
    assert seen["thread"] is threading.main_thread()


def test_errors_arrive_on_the_gui_thread(qtbot, vault_worker: VaultWorker) -> None:
    owner = QObject()
    errors: list[BaseException] = []

    def boom(db: object) -> None:
        raise ValueError("bad input")

    run_in_vault(owner, vault_worker, boom, lambda r: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError)


def test_result_for_a_destroyed_screen_is_dropped(qtbot, vault_worker: VaultWorker) -> None:
    owner = QObject()
    calls: list[object] = []
    gate = threading.Event()
    run_in_vault(owner, vault_worker, lambda db: gate.wait(5), calls.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner), timeout=5000)
    gate.set()
    marker: list[object] = []
    run_in_vault(QObject(), vault_worker, lambda db: 1, marker.append)  # ordered after the first
    other = QObject()
    run_in_vault(other, vault_worker, lambda db: 2, marker.append)
    qtbot.waitUntil(lambda: 2 in marker, timeout=5000)
    assert calls == []


def _alive(obj: QObject) -> bool:
    from shiboken6 import isValid

    return isValid(obj)
