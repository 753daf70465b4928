"""Issue 17, item 2: the alarm service cannot be stopped during a live alarm (the reason is
said), every stop and start is in the alarm log, and the Alarm tab has a Start button."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import QMessageBox

from tests.helpers.db import vault_worker  # noqa: F401
from tests.ui.alarm.test_alarm_log import seed_alarm_log
from tjdesk.actors import Actor, Role
from ui.alarm.area import AlarmArea
from ui.alarm.log_model import KIND_SERVICE
from ui.alarm.settings import AlarmSettings


def _settings(qtbot, controller, tmp_path):  # type: ignore[no-untyped-def]
    ctx = SimpleNamespace(alarm=controller, user=Actor(1, "Admin", Role.ADMINISTRATOR), worker=None)
    station = QSettings(str(tmp_path / "station.ini"), QSettings.Format.IniFormat)
    widget = AlarmSettings(ctx, list_ports=lambda: [], station=station)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_stopping_during_an_open_alarm_is_refused_with_the_reason(
    qtbot, controller, fake_service, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    widget = _settings(qtbot, controller, tmp_path)
    with qtbot.waitSignal(controller.status_changed, timeout=5000):
        fake_service.press()
    qtbot.waitUntil(lambda: (controller.status or {}).get("state") == "alarm", timeout=5000)
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a: asked.append("asked") or QMessageBox.StandardButton.Yes
    )

    widget.ask_stop_service()

    assert fake_service.running
    assert not asked  # no question that cannot be granted
    text = widget.message.text()
    assert "cannot be stopped" in text and fake_service.room in text
    assert not [c for c in fake_service.commands if c[0] == "stop_service"]


def test_the_alarm_tab_offers_start_when_the_service_is_not_running(
    qtbot, controller, fake_service
) -> None:
    ctx = SimpleNamespace(alarm=controller, user=Actor(1, "Dao", Role.COUNSELOR), worker=None)
    area = AlarmArea(ctx)
    qtbot.addWidget(area)
    area.show()
    assert not area.start_service_button.isVisible()  # running: nothing to start
    with qtbot.waitSignal(controller.service_lost, timeout=5000):
        controller.stop_service("Dao")
    qtbot.waitUntil(area.start_service_button.isVisible, timeout=5000)
    with qtbot.waitSignal(controller.service_restored, timeout=5000):
        area.start_service_button.click()
    assert fake_service.running
    qtbot.waitUntil(lambda: not area.start_service_button.isVisible(), timeout=5000)


def test_every_stop_and_start_is_in_the_alarm_log(qtbot, controller, vault_worker) -> None:  # noqa: F811
    entries = [
        {"seq": 1, "event": "service_started", "at": "2026-09-03T01:00:00Z", "room": "Room 1"},
        {"seq": 2, "event": "service_stopped", "at": "2026-09-03T02:00:00Z", "by": "nok"},
        {"seq": 3, "event": "service_started", "at": "2026-09-03T02:05:00Z"},
    ]
    vault_worker.call(lambda db: seed_alarm_log(db, entries))
    ctx = SimpleNamespace(
        alarm=controller, user=Actor(1, "Nok", Role.DIRECTOR), worker=vault_worker
    )
    area = AlarmArea(ctx)
    qtbot.addWidget(area)
    area.date_from.setDate(QDate(2026, 1, 1))
    area.date_to.setDate(QDate(2026, 12, 31))
    area.show()
    qtbot.waitUntil(lambda: area.log_model.rowCount() == 3, timeout=10_000)
    model = area.log_model
    shown = [
        (model.index(r, 2).data(), model.index(r, 3).data(), model.index(r, 7).data())
        for r in range(3)
    ]
    assert shown == [
        ("Alarm service", "Started", ""),
        ("Alarm service", "Stopped (room not protected)", "nok"),
        ("Alarm service", "Started", ""),
    ]
    area.kind_filter.setCurrentIndex(area.kind_filter.findData(KIND_SERVICE))
    assert area.log_filter.rowCount() == 3
