"""Detected ports reach the settings screen as plain dicts with a suggested spec."""

from __future__ import annotations

from types import SimpleNamespace

import hardware.discovery
from tjdesk.alarm import discovery


def test_a_pico_is_suggested_as_a_panic_box(monkeypatch):
    pico = SimpleNamespace(
        device="/dev/ttyACM0",
        vid=0x2E8A,
        pid=0x000A,
        serial_number="E661",
        location="1-1",
        description="Panic Box",
    )
    unknown = SimpleNamespace(
        device="/dev/ttyS0",
        vid=None,
        pid=None,
        serial_number=None,
        location=None,
        description="n/a",
    )
    real = hardware.discovery.list_ports
    monkeypatch.setattr(
        discovery,
        "list_ports",
        lambda probe=True: real(
            probe=False, comports=[pico, unknown], processes=set(), access=lambda path: True
        ),
    )
    ports = discovery.detected_ports()
    assert ports[0]["spec"] == "panicbox:/dev/ttyACM0"
    assert ports[0]["usb_id"] == "2e8a:000a E661"
    assert ports[1]["spec"] == "" and ports[1]["port"] == "/dev/ttyS0"
