"""Fixtures for the alarm screens: a fake alarm service and a controller connected to it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ui.alarm.alarm_fakes import FakeAlarmClient, FakeAlarmService
from ui.alarm.controller import AlarmController


@pytest.fixture
def fake_service() -> FakeAlarmService:
    return FakeAlarmService()


def make_controller(service: FakeAlarmService, alarm_dir: Path, **kwargs: object):
    return AlarmController(
        alarm_dir,
        client_factory=lambda d, on_event, on_disconnected: FakeAlarmClient(
            service, d, on_event, on_disconnected
        ),
        ensure_running=service.ensure_running,
        retry_ms=int(kwargs.pop("retry_ms", 20)),
        discreet_screen=bool(kwargs.pop("discreet_screen", False)),  # type: ignore[arg-type]
        **kwargs,  # type: ignore[arg-type]
    )


@pytest.fixture
def controller(qtbot, fake_service: FakeAlarmService, tmp_path: Path) -> Iterator[AlarmController]:
    """A controller that has started the (fake) service and heard its first status."""
    ctl = make_controller(fake_service, tmp_path)
    with qtbot.waitSignal(ctl.status_changed, timeout=5000):
        ctl.start()
    qtbot.waitUntil(lambda: ctl.available, timeout=5000)
    yield ctl
    ctl.close()
