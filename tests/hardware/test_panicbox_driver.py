"""The PBL/1 driver against the simulated box on a pty (the real pyserial path runs)."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from hardware.base import EventKind, Fault, Light, Source
from hardware.panicbox.driver import PanicBoxDriver
from hardware.pbl1.frame import encode
from hardware.sim.pty_sims import PanicBoxSimulator
from tests.hardware.conftest import Events

FAST = {"hello_wait": 0.2, "retry_interval": 0.1}


@pytest.fixture
def box() -> Iterator[PanicBoxSimulator]:
    with PanicBoxSimulator(cfg={"hold": 0}) as sim:
        yield sim


@pytest.fixture
def driver(box: PanicBoxSimulator, events: Events) -> Iterator[PanicBoxDriver]:
    drv = PanicBoxDriver(f"panicbox:{box.port}", **FAST)  # type: ignore[arg-type]
    drv.start(events)
    events.next(EventKind.CONNECTED)
    yield drv
    drv.stop()


def test_a_press_is_one_alarm_event_and_the_box_gets_its_ack(
    box: PanicBoxSimulator, driver: PanicBoxDriver, events: Events
) -> None:
    box.press()
    alarm = events.next(EventKind.ALARM)
    assert alarm.source is Source.BUTTON and not alarm.test
    assert alarm.alarm_id == box.alarm_id
    assert box.light_on  # the box lit it by itself
    # the box stops repeating once the host's ACK for that id arrives
    assert box.wait_for(lambda: not box.box.pending and bool(box.host_sent("ACK")))
    assert box.host_sent("ACK")[0][2]["id"] == alarm.alarm_id
    box.release()
    box.clear_received()
    assert box.wait_for(lambda: b"$HB " in box.received)  # time passes, more traffic
    assert len(events.of(EventKind.ALARM)) == 1  # the 250 ms repeats were not new alarms
    assert events.threads == {f"panicbox {box.port}"}


def test_light_command_sends_the_exact_frame(
    box: PanicBoxSimulator, driver: PanicBoxDriver
) -> None:
    driver.set_light(Light.FLASH)
    assert box.wait_for(lambda: bool(box.host_sent("OUT")))
    _, seq, _ = box.host_sent("OUT")[0]
    assert encode("OUT", seq, {"light": "FL1"}) in box.received
    assert f"$OUT {seq} light=FL1*".encode() in box.received
    assert box.wait_for(lambda: driver.status().light is Light.FLASH)  # the box confirmed
    assert box.light_on


def test_reset_with_the_alarm_id_clears_the_box(
    box: PanicBoxSimulator, driver: PanicBoxDriver, events: Events
) -> None:
    box.press()
    alarm = events.next(EventKind.ALARM)
    box.release()
    driver.set_light(Light.OFF)  # refused by the box: still latched
    assert box.wait_for(lambda: "last_refusal" in driver.status().detail)
    assert box.state == "ALARM"
    assert alarm.alarm_id is not None
    driver.reset(alarm.alarm_id)
    assert box.wait_for(lambda: box.state == "IDLE")
    assert not box.light_on


def test_on_screen_raise_comes_back_as_an_alarm_with_the_hosts_id(
    box: PanicBoxSimulator, driver: PanicBoxDriver, events: Events
) -> None:
    driver.raise_alarm("H.7", Source.ON_SCREEN)
    alarm = events.next(EventKind.ALARM)
    assert (alarm.alarm_id, alarm.source) == ("H.7", Source.ON_SCREEN)
    assert box.light_on


def test_box_faults_and_heartbeats_become_events(
    box: PanicBoxSimulator, driver: PanicBoxDriver, events: Events
) -> None:
    heartbeat = events.next(EventKind.HEARTBEAT)
    assert heartbeat.detail["st"] == "IDLE" and heartbeat.detail["loop"] == "OK"
    box.cut_loop()
    events.next(EventKind.FAULT_SET, Fault.LOOP_OPEN)
    box.restore_loop()
    events.next(EventKind.FAULT_CLEARED, Fault.LOOP_OPEN)
    assert box.wait_for(lambda: len(box.host_sent("HB")) >= 1)  # the host's keep-alive
    assert driver.status().detail["uid"] == "E6614C311B5F2A21"


def test_drill_window_and_settings_reach_the_box(
    box: PanicBoxSimulator, driver: PanicBoxDriver, events: Events
) -> None:
    driver.configure({"hold": 800})
    driver.test_window(60)
    assert box.wait_for(lambda: box.state == "TEST" and box.box.cfg["hold"] == 800)
    assert box.store.data is not None and box.store.data["cfg"]["hold"] == 800
    driver.test_window(None)
    assert box.wait_for(lambda: box.state == "IDLE")
    with pytest.raises(ValueError):
        driver.configure({"volume": 3})


def test_garbage_on_the_line_is_never_an_alarm(
    box: PanicBoxSimulator, driver: PanicBoxDriver, events: Events
) -> None:
    box.inject(b"\x00\xff garbage $ALM 5 id=9.9 src=BTN test=0*0000\n$ALM 6 id=9.8*12")
    box.inject(b"\r\n$HB 0 up=1 st=ALARM alarm=9.9*FFFF\n" + bytes(range(256)))
    box.inject(b"\n")
    box.clear_received()
    # two host heartbeats later the line has long been read
    assert box.wait_for(lambda: box.received.count(b"$HB ") >= 2)
    assert events.of(EventKind.ALARM) == []
    assert driver.parser_stats.dropped >= 3
    box.press()  # and the line still works
    assert events.next(EventKind.ALARM).alarm_id == box.alarm_id


def test_unplug_is_a_fault_within_3_s_at_default_timings(events: Events) -> None:
    with PanicBoxSimulator(cfg={"hold": 0}) as sim:
        drv = PanicBoxDriver(f"panicbox:{sim.port}")  # real defaults: 2 s retry, 3 s silence
        drv.start(events)
        try:
            events.next(EventKind.CONNECTED)
            unplugged = time.monotonic()
            sim.unplug()
            lost = events.next(EventKind.FAULT_SET, Fault.DEVICE_LOST, timeout=3.0)
            assert lost.at - unplugged < 3.0 and lost.detail["code"] == "io"
            assert not drv.status().connected
            sim.replug()
            events.next(EventKind.FAULT_CLEARED, Fault.DEVICE_LOST, timeout=6.0)
            assert drv.status().connected
        finally:
            drv.stop()


def test_a_silent_box_is_a_fault_and_recovers(events: Events) -> None:
    # heartbeats every 200 ms, so 0.6 s of silence is a fault only when the box hangs
    with PanicBoxSimulator(cfg={"hold": 0, "hb": 200}) as box:
        drv = PanicBoxDriver(f"panicbox:{box.port}", supervision_timeout=0.6, **FAST)  # type: ignore[arg-type]
        drv.start(events)
        try:
            events.next(EventKind.CONNECTED)
            assert box.wait_for(lambda: len(box.box.out) == 0 and box.box.seq > 8)  # 1+ s alive
            assert events.of(EventKind.FAULT_SET) == []
            box.hang()
            lost = events.next(EventKind.FAULT_SET, Fault.DEVICE_LOST)
            assert "no valid frame" in lost.detail["reason"] and lost.detail["code"] == "silent"
            box.resume()
            events.next(EventKind.FAULT_CLEARED, Fault.DEVICE_LOST)
        finally:
            drv.stop()


def test_a_missing_port_is_a_fault_from_the_start(tmp_path: object, events: Events) -> None:
    drv = PanicBoxDriver("panicbox:/dev/ttyDOES-NOT-EXIST", **FAST)  # type: ignore[arg-type]
    drv.start(events)
    try:
        lost = events.next(EventKind.FAULT_SET, Fault.DEVICE_LOST)
        assert lost.detail["code"] == "absent"
        assert not drv.status().connected
    finally:
        drv.stop()


def test_latched_alarm_after_power_cut_is_reported_once_and_acked(
    box: PanicBoxSimulator, driver: PanicBoxDriver, events: Events
) -> None:
    box.press()
    alarm = events.next(EventKind.ALARM)
    box.power_cycle()
    assert box.wait_for(lambda: box.alarm_id == alarm.alarm_id and box.light_on)
    assert box.wait_for(lambda: box.box.boot == 2 and not box.box.pending)  # re-acked
    assert len(events.of(EventKind.ALARM)) == 1


def test_a_box_bound_by_uid_refuses_another_room_but_never_drops_its_alarm(
    events: Events,
) -> None:
    with PanicBoxSimulator(cfg={"hold": 0}, uid="00AA11BB22CC33DD") as other_room:
        spec = f"panicbox:{other_room.port}?uid=E6614C311B5F2A21"
        drv = PanicBoxDriver(spec, **FAST)  # type: ignore[arg-type]
        drv.start(events)
        try:
            wrong = events.next(EventKind.FAULT_SET, Fault.DEVICE_LOST)
            assert wrong.detail["code"] == "wrong_device"
            assert "00AA11BB22CC33DD" in wrong.detail["reason"]
            assert events.of(EventKind.CONNECTED) == []
            other_room.press()
            assert events.next(EventKind.ALARM).alarm_id == other_room.alarm_id
            assert not drv.status().connected
        finally:
            drv.stop()


def test_the_right_box_by_uid_connects(events: Events) -> None:
    with PanicBoxSimulator(uid="E6614C311B5F2A21") as box:
        drv = PanicBoxDriver(f"panicbox:{box.port}?uid=e6614c311b5f2a21", **FAST)  # type: ignore[arg-type]
        drv.start(events)
        try:
            events.next(EventKind.CONNECTED)
            assert drv.status().detail["uid"] == "E6614C311B5F2A21"
            assert Fault.DEVICE_LOST not in drv.status().faults
        finally:
            drv.stop()


def test_a_wire_cut_before_the_host_came_is_still_reported(events: Events) -> None:
    with PanicBoxSimulator(cfg={"hold": 0, "hb": 200}) as box:
        box.cut_loop()  # the box sends its one FLT to nobody
        assert box.wait_for(lambda: "LOOP_OPEN" in box.box.faults)
        drv = PanicBoxDriver(f"panicbox:{box.port}", **FAST)  # type: ignore[arg-type]
        drv.start(events)
        try:
            fault = events.next(EventKind.FAULT_SET, Fault.LOOP_OPEN)
            assert fault.detail["loop"] == "OPEN"  # learnt from the heartbeat
            box.restore_loop()
            events.next(EventKind.FAULT_CLEARED, Fault.LOOP_OPEN)
            assert Fault.LOOP_OPEN not in drv.status().faults
        finally:
            drv.stop()
