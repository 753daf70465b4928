"""The serial link finds a re-plugged device by its USB identity, never by port name alone."""

from __future__ import annotations

import os
from types import SimpleNamespace
from typing import Any

import pytest

from hardware import serialport
from hardware.base import EventKind, Fault
from hardware.panicbox.driver import PanicBoxDriver
from hardware.serialport import UsbIdentity, find_by_identity, identity_of
from hardware.sim.pty_sims import PanicBoxSimulator
from tests.hardware.conftest import Events

FAST: dict[str, Any] = {"hello_wait": 0.2, "retry_interval": 0.1}


class FakeBus:
    """What serial.tools.list_ports.comports() would list: our pty posing as a USB device."""

    def __init__(self) -> None:
        self.ports: list[SimpleNamespace] = []

    def plug(self, device: str, serial_number: str | None, location: str = "1-1") -> None:
        self.ports = [
            SimpleNamespace(
                device=device,
                vid=0x2E8A,
                pid=0x0005,
                serial_number=serial_number,
                location=location,
            )
        ]

    def comports(self) -> list[SimpleNamespace]:
        return list(self.ports)


@pytest.fixture
def bus(monkeypatch: pytest.MonkeyPatch) -> FakeBus:
    fake = FakeBus()
    monkeypatch.setattr(serialport.serial.tools.list_ports, "comports", fake.comports)
    return fake


def test_identity_matching_rules() -> None:
    with_serial = UsbIdentity(0x2E8A, 0x0005, "ABC", "1-1")
    no_serial = UsbIdentity(0x1A86, 0x7523, None, "1-2")
    assert str(with_serial) == "2e8a:0005 ABC" and str(no_serial) == "1a86:7523 @1-2"
    same_box_other_socket = SimpleNamespace(
        vid=0x2E8A, pid=0x0005, serial_number="ABC", location="3-4"
    )
    assert with_serial.matches(same_box_other_socket)  # type: ignore[arg-type]
    other_ch340_same_socket = SimpleNamespace(
        vid=0x1A86, pid=0x7523, serial_number=None, location="1-2"
    )
    assert no_serial.matches(other_ch340_same_socket)  # type: ignore[arg-type]
    elsewhere = SimpleNamespace(vid=0x1A86, pid=0x7523, serial_number=None, location="1-3")
    assert not no_serial.matches(elsewhere)  # type: ignore[arg-type]


def test_a_replugged_box_is_found_under_its_new_name(bus: FakeBus, events: Events) -> None:
    with PanicBoxSimulator(cfg={"hold": 0}) as box:
        bus.plug(box.port, "E6614C311B5F2A21")
        assert identity_of(box.port) == UsbIdentity(0x2E8A, 0x0005, "E6614C311B5F2A21", "1-1")
        driver = PanicBoxDriver(f"panicbox:{box.port}", **FAST)
        driver.start(events)
        try:
            events.next(EventKind.CONNECTED)
            assert driver.status().usb_id == "2e8a:0005 E6614C311B5F2A21"
            box.unplug()
            events.next(EventKind.FAULT_SET, Fault.DEVICE_LOST)
            # it comes back as another ttyACM, in another socket
            first = box.port
            box.port = os.path.join(os.path.dirname(first), "ttyACM7")
            box.replug()
            bus.plug(box.port, "E6614C311B5F2A21", location="3-4")
            assert find_by_identity(UsbIdentity(0x2E8A, 0x0005, "E6614C311B5F2A21", None))
            events.next(EventKind.FAULT_CLEARED, Fault.DEVICE_LOST)
            assert driver.status().port == box.port != first
        finally:
            driver.stop()


def test_another_device_on_the_old_name_is_not_taken_for_the_box(
    bus: FakeBus, events: Events
) -> None:
    with PanicBoxSimulator(cfg={"hold": 0}) as box:
        bus.plug(box.port, "E6614C311B5F2A21")
        driver = PanicBoxDriver(f"panicbox:{box.port}", **FAST)
        driver.start(events)
        try:
            events.next(EventKind.CONNECTED)
            bus.plug(box.port, "0000000000000000")  # what will come back: a different box
            box.unplug()
            lost = events.next(EventKind.FAULT_SET, Fault.DEVICE_LOST)
            assert lost.detail["reason"]
            box.replug()  # on the same path
            with pytest.raises(AssertionError):
                events.next(EventKind.CONNECTED, timeout=1.0)
            assert not driver.status().connected
            bus.plug(box.port, "E6614C311B5F2A21")  # the right box is back
            events.next(EventKind.CONNECTED)
        finally:
            driver.stop()


def test_a_port_another_program_holds_is_reported_busy(events: Events) -> None:
    with PanicBoxSimulator() as box:
        holder = serialport.serial.Serial(box.port, 115200, exclusive=True)
        driver = PanicBoxDriver(f"panicbox:{box.port}", **FAST)
        driver.start(events)
        try:
            lost = events.next(EventKind.FAULT_SET, Fault.DEVICE_LOST)
            assert lost.detail["code"] == "busy"
            holder.close()  # the other program lets go: the driver gets in
            events.next(EventKind.CONNECTED)
        finally:
            driver.stop()
            holder.close()
