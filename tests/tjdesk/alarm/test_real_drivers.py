"""The service in this process with the real drivers on simulated boards (ptys): a Numato
button and relay, an LCUS relay at the staff desk and a PBL/1 box in the corridor."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from hardware.sim.pty_sims import LcusSimulator, NumatoSimulator, PanicBoxSimulator
from tjdesk.alarm.service import AlarmService
from tjdesk.alarm.single_instance import DeviceInUse

from .servicekit import LineSink


def release(numato: NumatoSimulator) -> None:
    """Let go, and wait until the driver has read the button again (it polls every 20 ms)."""
    numato.release()
    reads = len(numato.commands)
    assert numato.wait_for(lambda: len(numato.commands) >= reads + 3)


pytestmark = pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs ptys")


def test_one_button_lights_every_light_and_a_reset_turns_them_off(tmp_path: Path) -> None:
    with NumatoSimulator() as numato, LcusSimulator() as lcus, PanicBoxSimulator() as box:
        button = f"numato:{numato.port}?button=gpio0&light=relay0"
        desk = f"lcus:{lcus.port}?channel=1"
        corridor = f"panicbox:{box.port}"
        out = LineSink()
        service = AlarmService(tmp_path / "alarm", devices=[button, desk, corridor], out=out)
        service.start()
        try:
            out.wait_connected({button, desk, corridor})

            numato.press()
            alarm = out.wait_for_match("alarm", device=button)
            release(numato)
            assert alarm["source"] == "BTN" and alarm["test"] is False
            assert numato.wait_for(lambda: numato.relays.get(0) is True)
            assert lcus.wait_for(lambda: lcus.relays.get(1) is True)
            assert box.wait_for(lambda: box.light_on)  # commanded: this box was not pressed

            service.engine.reset("nok", "real", room_checked=True)
            out.wait_for_match("reset")
            assert numato.wait_for(lambda: numato.relays.get(0) is False)
            assert lcus.wait_for(lambda: lcus.relays.get(1) is False)
            assert box.wait_for(lambda: not box.light_on)

            # a drill: the same press is a test, and no real alarm is raised
            service.engine.start_drill("nok", 60)
            numato.press()
            press = out.wait_for_match("test_press", device=button)
            numato.release()
            assert press["test"] is True
            assert service.engine.state.value == "test"
        finally:
            service.stop()


def test_a_cut_button_wire_is_a_fault_until_it_is_mended(tmp_path: Path) -> None:
    with PanicBoxSimulator() as box:
        spec = f"panicbox:{box.port}"
        out = LineSink()
        service = AlarmService(tmp_path / "alarm", devices=[spec], out=out)
        service.start()
        try:
            out.wait_connected({spec})
            assert service.status()["protected"] is True
            box.cut_loop()
            fault = out.wait_for_match("fault", device=spec)
            assert fault["code"] == "LOOP_OPEN"
            assert service.status()["protected"] is False
            assert service.engine.state.value == "ready"  # a cut wire never raises nor clears
            box.restore_loop()
            assert out.wait_for_match("fault_cleared", device=spec)["code"] == "LOOP_OPEN"
            assert service.status()["protected"] is True
        finally:
            service.stop()


def test_two_services_never_drive_the_same_port(tmp_path: Path) -> None:
    with PanicBoxSimulator() as box:
        spec = f"panicbox:{box.port}"
        first = AlarmService(tmp_path / "one", devices=[spec], out=LineSink())
        first.start()
        try:
            # another folder, the same box: refused, naming the service that has it
            second = AlarmService(tmp_path / "two", devices=[spec], out=LineSink())
            with pytest.raises(DeviceInUse) as refused:
                second.start()
            assert f"(process {os.getpid()})" in str(refused.value)
        finally:
            first.stop()
        again = AlarmService(tmp_path / "two", devices=[spec], out=LineSink())
        again.start()  # free once the first has stopped
        again.stop()
