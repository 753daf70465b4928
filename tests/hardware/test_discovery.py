"""Port discovery, ``tjdesk devices`` and ``tjdesk sim``: what an administrator reads."""

from __future__ import annotations

import fcntl
import json
import os
from types import SimpleNamespace

import pytest

from hardware import discovery
from hardware.discovery import list_ports
from hardware.sim.pty_sims import LcusSimulator, PanicBoxSimulator
from ui.cli import main
from ui.commands import devices, sim


def port(device: str, vid: int | None = None, pid: int | None = None, **kw: str) -> object:
    return SimpleNamespace(
        device=device,
        vid=vid,
        pid=pid,
        serial_number=kw.get("serial"),
        location=kw.get("location"),
        description=kw.get("description", ""),
    )


FAKE = [
    port("/dev/ttyACM0", 0x2E8A, 0x0005, serial="E6614C311B5F2A21", location="1-1"),
    port("/dev/ttyACM1", 0x2A19, 0x0C05, serial="NUM1"),
    port("/dev/ttyUSB0", 0x1A86, 0x7523, location="1-2"),
    port("/dev/ttyS0"),
]


def codes(info: discovery.PortInfo) -> set[str]:
    return {t.code for t in info.troubles}


def test_ports_get_their_identity_a_guess_and_their_trouble() -> None:
    ports = list_ports(
        comports=FAKE,
        processes={"brltty", "ModemManager"},
        probe=False,
        access=lambda d: d != "/dev/ttyACM1",
    )
    by = {p.device: p for p in ports}
    pico = by["/dev/ttyACM0"]
    assert (pico.vid_pid, pico.driver_guess) == ("2e8a:0005", "panicbox")
    assert pico.suggested_spec == "panicbox:/dev/ttyACM0"
    assert codes(pico) == {"modemmanager"}
    assert codes(by["/dev/ttyACM1"]) == {"no_permission", "modemmanager"}
    assert by["/dev/ttyACM1"].driver_guess == "numato"
    ch340 = by["/dev/ttyUSB0"]
    assert ch340.driver_guess == "lcus"
    assert codes(ch340) == {"brltty", "no_serial_number"}
    assert by["/dev/ttyS0"].driver_guess is None and codes(by["/dev/ttyS0"]) == set()
    permission = next(t for t in by["/dev/ttyACM1"].troubles if t.code == "no_permission")
    assert "usermod -aG" in permission.text and "/dev/ttyACM1" in permission.text


def test_a_port_held_by_another_program_is_busy() -> None:
    with LcusSimulator() as lcus:
        fd = os.open(lcus.port, os.O_RDWR | os.O_NOCTTY)
        try:
            assert not discovery.probe_busy(lcus.port)
            fcntl.flock(fd, fcntl.LOCK_EX)  # what pyserial's exclusive open does
            assert discovery.probe_busy(lcus.port)
            (info,) = list_ports(comports=[port(lcus.port)], processes=set())
            assert codes(info) == {"port_busy"}
        finally:
            os.close(fd)


def test_translatable_trouble_texts_match_the_hardware_layer() -> None:
    templates = {
        "no_permission": discovery.T_NO_PERMISSION,
        "port_busy": discovery.T_BUSY,
        "brltty": discovery.T_BRLTTY,
        "modemmanager": discovery.T_MODEMMANAGER,
        "no_serial_number": discovery.T_NO_SERIAL,
    }
    assert devices.TROUBLE_TEXT == templates


def test_devices_command_lists_ports_as_json(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(
        devices,
        "list_ports",
        lambda probe: list_ports(
            comports=FAKE, processes={"brltty"}, probe=False, access=lambda d: True
        ),
    )
    monkeypatch.setattr(devices, "system_troubles", lambda: ())
    assert main(["devices", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    usb0 = next(p for p in out["ports"] if p["device"] == "/dev/ttyUSB0")
    assert usb0["vid_pid"] == "1a86:7523" and usb0["driver_guess"] == "lcus"
    assert {t["code"] for t in usb0["troubles"]} == {"brltty", "no_serial_number"}
    assert main(["devices"]) == 0
    text = capsys.readouterr().out
    assert "probably: panicbox:/dev/ttyACM0" in text and "brltty" in text


def test_sim_keys_drive_the_simulated_box() -> None:
    with PanicBoxSimulator(cfg={"hold": 0}) as box:
        assert sim.handle_key(box, "p") == "button pressed"
        assert box.wait_for(lambda: box.state == "ALARM")
        assert "ALARM" in sim.describe(box, "panicbox")
        assert sim.handle_key(box, "u") == "unplugged"
        assert not os.path.exists(box.port)
        assert sim.handle_key(box, "u") == "plugged back in"
        assert os.path.exists(box.port)
        assert sim.handle_key(box, "l") == "lamp blown" and box.board.lamp_blown
        assert sim.handle_key(box, "q") is None


def test_sim_says_what_a_board_lacks() -> None:
    with LcusSimulator() as lcus:
        assert "no button" in (sim.handle_key(lcus, "p", "lcus") or "")
        assert "outputs on: -" == sim.describe(lcus, "lcus")
