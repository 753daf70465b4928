"""The controller: starts the service, forwards its events to the GUI thread, recovers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThread

from tests.ui.alarm.alarm_fakes import FakeAlarmService
from tests.ui.alarm.conftest import make_controller
from tjdesk.errors import InvalidInput
from ui.alarm.state import Look


def test_start_launches_the_service_and_the_room_shows_protected(controller, fake_service):
    assert fake_service.starts == 1
    assert controller.view().look is Look.READY
    assert controller.view().headline == "Room protected"


def test_events_reach_the_gui_thread_through_queued_signals(qtbot, controller, fake_service):
    threads: list[QThread] = []
    controller.event_received.connect(lambda _event: threads.append(QThread.currentThread()))
    with qtbot.waitSignal(controller.event_received, timeout=5000) as blocker:
        fake_service.press("BTN")
    assert blocker.args[0]["event"] == "alarm"
    assert threads[0] is controller.thread()
    qtbot.waitUntil(lambda: controller.view().look is Look.ALARM, timeout=5000)


def test_raise_acknowledge_reset_go_to_the_service(qtbot, controller, fake_service):
    assert controller.raise_alarm("UI") is True
    qtbot.waitUntil(lambda: (controller.status or {}).get("state") == "alarm", timeout=5000)
    controller.acknowledge("Somchai")
    qtbot.waitUntil(lambda: controller.status["state"] == "acknowledged", timeout=5000)
    assert controller.status["alarm"]["acknowledged_by"] == "Somchai"
    controller.reset("Somchai", "accidental", room_checked=True)
    qtbot.waitUntil(lambda: controller.status["state"] == "ready", timeout=5000)
    names = [name for name, _ in fake_service.commands]
    assert names.count("raise_alarm") == 1 and "acknowledge" in names and "reset" in names


def test_reset_without_reason_or_room_check_is_refused_and_sends_nothing(controller, fake_service):
    fake_service.press()
    with pytest.raises(InvalidInput):
        controller.reset("Somchai", "", room_checked=True)
    with pytest.raises(InvalidInput):
        controller.reset("Somchai", "real", room_checked=False)
    with pytest.raises(InvalidInput):
        controller.reset("", "real", room_checked=True)
    assert not [name for name, _ in fake_service.commands if name == "reset"]


def test_a_dead_service_is_reported_and_restarted(qtbot, controller, fake_service):
    with qtbot.waitSignal(controller.service_lost, timeout=5000):
        fake_service.crash()
    view = controller.view()
    assert view.look is Look.FAULT and view.headline == "Room not protected"
    with qtbot.waitSignal(controller.service_restored, timeout=5000):
        pass
    assert fake_service.starts == 2
    assert controller.view().look is Look.READY
    assert controller.restart_count == 1


def test_a_service_that_cannot_start_is_a_fault_until_it_can(qtbot, tmp_path):
    service = FakeAlarmService()
    service.refuse_start = True
    ctl = make_controller(service, tmp_path)
    with qtbot.waitSignal(ctl.service_lost, timeout=5000):
        ctl.start()
    assert ctl.view().look is Look.FAULT
    assert "not running" in ctl.view().detail
    service.refuse_start = False
    with qtbot.waitSignal(ctl.service_restored, timeout=5000):
        pass
    assert ctl.view().look is Look.READY
    ctl.close()


def test_a_panic_while_the_service_is_down_is_sent_when_it_is_back(qtbot, tmp_path):
    service = FakeAlarmService()
    service.refuse_start = True
    ctl = make_controller(service, tmp_path, retry_ms=50)
    with qtbot.waitSignal(ctl.service_lost, timeout=5000):
        ctl.start()
    assert ctl.raise_alarm("HOTKEY") is False
    service.refuse_start = False
    qtbot.waitUntil(lambda: (ctl.status or {}).get("state") == "alarm", timeout=5000)
    assert ctl.status["alarm"]["source"] == "HOTKEY"
    ctl.close()


def test_stopping_the_service_on_purpose_does_not_restart_it(qtbot, controller, fake_service):
    with qtbot.waitSignal(controller.service_lost, timeout=5000):
        controller.stop_service("Admin")
    assert "stopped by Admin" in controller.view().detail
    assert controller.view().look is Look.FAULT
    # Nothing is scheduled to bring it back: the room stays visibly unprotected.
    assert not controller._retry_timer.isActive() and not controller.connecting
    assert fake_service.starts == 1
    with qtbot.waitSignal(controller.service_restored, timeout=5000):
        controller.start()
    assert fake_service.starts == 2


def test_a_silent_service_is_treated_as_lost(qtbot, tmp_path):
    service = FakeAlarmService()
    ctl = make_controller(service, tmp_path, status_poll_ms=20, stale_after_ms=100)
    ctl.start()
    qtbot.waitUntil(lambda: ctl.available, timeout=5000)
    original = service._do_request_status
    service._do_request_status = lambda client: None  # hung: answers nothing
    with qtbot.waitSignal(ctl.service_lost, timeout=5000):
        pass
    assert ctl.view().look is Look.FAULT
    service._do_request_status = original
    qtbot.waitUntil(lambda: ctl.available, timeout=5000)
    ctl.close()


def test_alarm_raised_on_this_screen_shows_only_a_discreet_change(qtbot, controller):
    controller.raise_alarm("UI")
    qtbot.waitUntil(lambda: controller.view().look is Look.DISCREET_SENT, timeout=5000)
    assert "ALARM" not in controller.view().headline


def test_a_discreet_screen_never_shows_the_loud_alarm(qtbot, controller, fake_service):
    controller.set_discreet_screen(True)
    fake_service.press("BTN")
    qtbot.waitUntil(lambda: controller.view().look is Look.DISCREET_SENT, timeout=5000)
    controller.set_discreet_screen(False)
    assert controller.view().look is Look.ALARM


def test_the_alarm_shows_from_its_event_without_waiting_for_the_status(
    qtbot, controller, fake_service, monkeypatch
):
    monkeypatch.setattr(fake_service, "_do_request_status", lambda client: None)
    fake_service.press("BTN")
    qtbot.waitUntil(lambda: controller.view().look is Look.ALARM, timeout=5000)
    controller.acknowledge("Somchai")
    qtbot.waitUntil(lambda: controller.view().look is Look.ACKNOWLEDGED, timeout=5000)
    assert "Somchai is on the way" in controller.view().detail
    controller.reset("Somchai", "real", room_checked=True)
    qtbot.waitUntil(lambda: controller.view().look is Look.READY, timeout=5000)
    fake_service.set_fault("LAMP_OPEN")
    qtbot.waitUntil(lambda: controller.view().look is Look.FAULT, timeout=5000)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "No room room-9 is known on the alarm network."),
        ("th", "ไม่พบห้อง room-9 ในเครือข่ายสัญญาณฉุกเฉิน"),
    ],
)
def test_a_refusal_from_the_service_is_shown_in_the_users_language_with_its_values(
    qtbot, controller, fake_service, language, expected
):
    # Before: the room's name stayed "%1", and the network's refusals were looked up under
    # a context the screen never asked, so a Thai screen showed them in English.
    from ui import i18n

    i18n.install_language(language)
    try:
        with qtbot.waitSignal(controller.command_failed, timeout=5000) as shown:
            fake_service.broadcast(
                {
                    "event": "error",
                    "message": "No room %1 is known on the alarm network.",
                    "args": ["room-9"],
                    "request": "acknowledge_remote",
                }
            )
    finally:
        i18n.install_language("en")
    assert shown.args[0].replace("\u200b", "") == expected
