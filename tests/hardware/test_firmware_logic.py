"""The panic box firmware's logic, run on CPython with a fake board and an injected clock.

These are the promises PBL/1 makes to the room: the light goes on at once on a press with no
PC at all, an alarm is repeated until the PC has it, a cut wire never clears an alarm, and a
power cut does not forget a latched alarm.
"""

from __future__ import annotations

import ast
import binascii
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from hardware.firmware.panicbox import logic
from hardware.firmware.panicbox.board_fake import FakeBoard, MemoryStore
from hardware.pbl1.frame import Frame, Parser, encode

FIRMWARE = Path(logic.__file__).parent


class Rig:
    def __init__(self, store: MemoryStore | None = None, **cfg: int) -> None:
        self.board = FakeBoard()
        self.store = store or MemoryStore()
        if cfg:
            self.store.data = {**(self.store.data or {}), "cfg": cfg}
        self.now = 0
        self.box = logic.Box(self.board, self.store, 0)
        self.parser = Parser()
        self.seq = 100

    def run(self, ms: int) -> list[Frame]:
        end = self.now + ms
        while self.now < end:
            self.now += 10
            self.box.tick(self.now)
        return self.frames()

    def frames(self) -> list[Frame]:
        return self.parser.feed(self.box.take_output())

    def send(self, type_: str, **fields: object) -> list[Frame]:
        self.seq += 1
        self.box.receive(encode(type_, self.seq, fields), self.now)
        return self.frames()

    def press(self, ms: int = 600) -> list[Frame]:
        self.board.adc = logic.ADC_ACTIVE
        return self.run(ms)

    def release(self, ms: int = 100) -> list[Frame]:
        self.board.adc = logic.ADC_NORMAL
        return self.run(ms)


def of(frames: list[Frame], type_: str) -> list[Frame]:
    return [f for f in frames if f.type == type_]


def test_boot_says_hello_with_settings_and_heartbeats() -> None:
    rig = Rig()
    frames = rig.run(1100)
    hello, cfg = of(frames, "HELLO")[0], of(frames, "CFG")[0]
    assert hello.fields["proto"] == "1" and hello.fields["boot"] == "1"
    assert cfg.fields == {
        "hold": "500",
        "deb": "30",
        "hb": "1000",
        "hostto": "5000",
        "snd_on_hostlost": "0",
    }
    assert len(of(frames, "HB")) == 2
    assert of(frames, "HB")[0].fields["st"] == "IDLE"


def test_press_lights_the_light_with_no_host_at_all() -> None:
    rig = Rig()
    rig.run(100)
    rig.board.adc = logic.ADC_ACTIVE
    rig.run(300)
    assert not rig.board.light  # shorter than the 500 ms hold: nothing yet
    rig.run(300)
    assert rig.box.state == logic.ALARM
    assert rig.box.light_mode() == "FL1"
    assert rig.board.light  # the flash pattern's on-phase at this instant


def test_light_goes_on_before_the_alarm_frame_is_queued() -> None:
    rig = Rig(hold=0)
    seen: list[bool] = []
    original = rig.box.queue_alm

    def spy(*args: object) -> None:
        seen.append(rig.board.light)
        original(*args)

    rig.box.queue_alm = spy
    rig.press(100)
    assert seen == [True]


def test_alarm_repeats_every_250_ms_until_acknowledged() -> None:
    rig = Rig(hold=0)
    alms = of(rig.press(1000), "ALM")
    assert len(alms) >= 4
    assert len({(a.seq, a.fields["id"]) for a in alms}) == 1  # a repeat is the same message
    alarm = alms[0]
    assert alarm.fields["src"] == "BTN" and alarm.fields["test"] == "0"
    rig.send("ACK", ref=alarm.seq, id=alarm.fields["id"])
    assert of(rig.run(1000), "ALM") == []
    assert rig.box.ind == "BLINK"  # "received" shows in the room
    assert rig.box.state == logic.ALARM  # acknowledged is not reset


def test_light_off_is_refused_while_latched_and_reset_needs_the_right_id() -> None:
    rig = Rig(hold=0)
    alarm_id = of(rig.press(100), "ALM")[0].fields["id"]
    (ack,) = rig.send("OUT", light="OFF")
    assert ack.fields == {"ref": str(rig.seq), "res": "ERR", "code": "LATCHED"}
    (ack,) = rig.send("RESET", id="99.9")
    assert ack.fields["code"] == "BADID"
    assert rig.box.state == logic.ALARM
    (ack,) = rig.send("RESET", id=alarm_id)
    assert ack.fields["res"] == "OK"
    rig.release()
    assert rig.box.state == logic.IDLE and rig.box.light_mode() == "OFF"
    assert not rig.board.light


def test_cut_wire_is_a_fault_and_never_clears_an_alarm() -> None:
    rig = Rig(hold=0)
    rig.press(100)
    rig.board.adc = logic.ADC_OPEN
    flt = of(rig.run(300), "FLT")
    assert [f.fields["code"] for f in flt] == ["LOOP_OPEN"] and flt[0].fields["state"] == "SET"
    assert rig.box.state == logic.ALARM
    flt = of(rig.release(300), "FLT")
    assert [(f.fields["code"], f.fields["state"]) for f in flt] == [("LOOP_OPEN", "CLEAR")]
    assert rig.box.state == logic.ALARM


def test_shorted_wire_is_an_alarm_and_a_fault() -> None:
    rig = Rig()
    rig.run(100)
    rig.board.adc = logic.ADC_SHORTED
    frames = rig.run(300)
    assert of(frames, "ALM")[0].fields["src"] == "LOOP_SHORT"
    assert of(frames, "FLT")[0].fields["code"] == "LOOP_SHORT"
    assert rig.box.state == logic.ALARM


def test_drill_presses_are_tests_and_do_not_latch() -> None:
    rig = Rig(hold=0)
    rig.send("TEST", on=2)
    assert rig.box.light_mode() == "FL2"
    alarm = of(rig.press(100), "ALM")[0]
    assert alarm.fields["test"] == "1"
    assert rig.box.state == logic.TEST
    rig.release(2000)
    assert rig.box.state == logic.IDLE and rig.box.light_mode() == "OFF"  # it ended by itself


def test_host_lost_after_5_s_sounds_the_sounder_on_a_press_if_configured() -> None:
    rig = Rig(hold=0, snd_on_hostlost=1)
    flt = of(rig.run(5100), "FLT")
    assert flt[0].fields == {"code": "HOST_LOST", "state": "SET", "up": flt[0].fields["up"]}
    assert of(rig.run(1100), "HB")[0].fields["host"] == "LOST"
    rig.press(100)
    assert rig.box.snd == "ON"
    frames = rig.send("HB")
    assert of(frames, "FLT")[0].fields["state"] == "CLEAR"


def test_raise_latches_with_the_hosts_id() -> None:
    rig = Rig()
    frames = rig.send("RAISE", id="H.512", src="UI")
    assert of(frames, "ACK")[0].fields["res"] == "OK"
    alarm = of(frames, "ALM")[0]
    assert (alarm.fields["id"], alarm.fields["src"]) == ("H.512", "UI")
    assert rig.box.state == logic.ALARM and rig.board.light


def test_settings_are_kept_in_flash_and_bad_ones_change_nothing() -> None:
    rig = Rig()
    rig.frames()
    assert rig.send("CFG", hold=1500, hostto=8000)[0].fields["res"] == "OK"
    assert rig.send("CFG", hold=99999)[0].fields["code"] == "RANGE"
    again = Rig(store=rig.store)
    assert again.box.cfg["hold"] == 1500 and again.box.cfg["hostto"] == 8000
    assert of(again.frames(), "CFG")[0].fields["hold"] == "1500"


def test_a_latched_alarm_survives_a_power_cut() -> None:
    rig = Rig(hold=0)
    alarm_id = of(rig.press(100), "ALM")[0].fields["id"]
    reborn = Rig(store=rig.store)
    assert reborn.board.light  # on at power-up, before any traffic
    assert reborn.box.state == logic.ALARM and reborn.box.alarm_id == alarm_id
    assert reborn.box.boot == 2
    assert of(reborn.run(10), "ALM")[0].fields["id"] == alarm_id


def test_blown_lamp_is_reported() -> None:
    rig = Rig(hold=0)
    rig.board.lamp_blown = True
    rig.press(100)
    flt = of(rig.run(2500), "FLT")
    assert [f.fields["code"] for f in flt] == ["LAMP_OPEN"]
    assert of(rig.run(1000), "HB")[0].fields["lfb"] == "OPEN"


def test_unknown_commands_q_and_the_watchdog() -> None:
    rig = Rig()
    rig.frames()
    assert rig.send("FOO")[0].fields["code"] == "UNKNOWN"
    assert [f.type for f in rig.send("Q")] == ["ACK", "HELLO", "CFG", "HB"]
    feeds = rig.board.watchdog_feeds
    rig.run(100)
    assert rig.board.watchdog_feeds == feeds + 10


def test_bad_frames_are_counted_in_heartbeats() -> None:
    rig = Rig()
    rig.box.receive(b"$HB 1*0000\n", 0)
    hb = of(rig.run(1100), "HB")[-1]
    assert hb.fields["crcerr"] == "1"


@given(st.binary(max_size=200))
def test_firmware_crc_is_the_hosts_crc(data: bytes) -> None:
    assert logic.crc16(data) == binascii.crc_hqx(data, 0xFFFF)


def test_firmware_code_uses_only_what_micropython_has() -> None:
    for name in ("logic.py", "board_pico.py", "main.py"):
        tree = ast.parse((FIRMWARE / name).read_text())
        for node in ast.walk(tree):
            assert not isinstance(node, ast.JoinedStr), f"f-string in {name}"
            assert not isinstance(node, ast.AnnAssign), f"annotation in {name}"
            if isinstance(node, ast.FunctionDef):
                assert node.returns is None and all(a.annotation is None for a in node.args.args)
            if isinstance(node, ast.ImportFrom | ast.Import):
                names = [a.name for a in node.names] + [getattr(node, "module", "") or ""]
                assert not {"typing", "dataclasses", "enum", "__future__"} & set(names), name
