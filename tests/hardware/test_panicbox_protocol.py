"""The panic box driver's protocol logic, frame by frame, without a port (issue 20).

The pty tests in test_panicbox_driver.py run the real serial path but cannot afford to try
every command and every answer. Here the driver's link is replaced by a recorder, frames from
the box are handed to the driver as its reader thread would, and each test checks what the
box is sent (what lights the room's lamp) and what the app hears (what the room sees).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hardware.base import DeviceEvent, EventKind, Fault, Indicator, Light, Sounder, Source
from hardware.panicbox.driver import PanicBoxDriver
from hardware.pbl1.frame import Frame, Parser


class RecordingLink:
    """Stands in for SerialLink: records what the driver writes; 'connected' is switchable."""

    def __init__(self) -> None:
        self.written: list[Frame] = []
        self.connected = True

    def try_write(self, data: bytes) -> bool:
        if not self.connected:
            return False
        frames = Parser().feed(data)
        assert len(frames) == 1, data  # exactly one well-formed frame per command
        self.written.append(frames[0])
        return True

    def sent(self, type_: str) -> list[Frame]:
        return [f for f in self.written if f.type == type_]


@pytest.fixture
def link() -> RecordingLink:
    return RecordingLink()


@pytest.fixture
def events() -> list[DeviceEvent]:
    return []


@pytest.fixture
def driver(link: RecordingLink, events: list[DeviceEvent]) -> Iterator[PanicBoxDriver]:
    drv = PanicBoxDriver("panicbox:/dev/ttyACM0")
    drv._link = link  # type: ignore[assignment]
    drv._on_event = events.append
    yield drv


def box(driver: PanicBoxDriver, line: str) -> None:
    """One frame from the box, as the reader thread hands it over."""
    type_, seq, *pairs = line.split(" ")
    fields = dict(p.partition("=")[::2] for p in pairs)
    driver._handle(Frame(type_, int(seq), fields))


def kinds(events: list[DeviceEvent]) -> list[tuple[str, str | None]]:
    return [(e.kind.value, e.fault.value if e.fault else None) for e in events]


# --- what the box is sent -----------------------------------------------------------------


def test_each_command_is_its_exact_frame_with_rising_sequence_numbers(
    driver: PanicBoxDriver, link: RecordingLink
) -> None:
    driver.set_light(Light.FLASH)
    driver.set_sounder(Sounder.PULSE, 60)
    driver.set_sounder(Sounder.OFF)
    driver.set_indicator(Indicator.BLINK)
    driver.raise_alarm("H.512", Source.ON_SCREEN)
    driver.reset("37.1")
    driver.test_window(120)
    driver.test_window(None)
    driver.configure({"hold": 0, "hb": 500})
    driver.query()
    assert link.written == [
        Frame("OUT", 0, {"light": "FL1"}),
        Frame("OUT", 1, {"snd": "PULSE", "dur": "60"}),
        Frame("OUT", 2, {"snd": "OFF"}),
        Frame("OUT", 3, {"ind": "BLINK"}),
        Frame("RAISE", 4, {"id": "H.512", "src": "UI"}),
        Frame("RESET", 5, {"id": "37.1"}),
        Frame("TEST", 6, {"on": "120"}),
        Frame("TEST", 7, {"off": ""}),
        Frame("CFG", 8, {"hold": "0", "hb": "500"}),
        Frame("Q", 9, {}),
    ]


def test_an_unknown_setting_is_refused_and_nothing_is_sent(
    driver: PanicBoxDriver, link: RecordingLink
) -> None:
    with pytest.raises(ValueError, match="unknown PBL/1 settings: \\['volume'\\]"):
        driver.configure({"hold": 0, "volume": 3})
    assert link.written == []


def test_sequence_numbers_wrap_after_65535(driver: PanicBoxDriver, link: RecordingLink) -> None:
    driver._seq = 65535
    driver.query()
    driver.query()
    assert [f.seq for f in link.written] == [65535, 0]


def test_commands_wait_for_the_boxs_answer_and_the_wait_list_is_bounded(
    driver: PanicBoxDriver, link: RecordingLink
) -> None:
    driver.set_light(Light.ON)
    assert driver.pending_commands() == {0: ("OUT", {"light": "ON"})}
    for _ in range(70):
        driver.query()
    pending = driver.pending_commands()
    assert len(pending) == 64  # a box that never answers does not grow it
    assert min(pending) == 71 - 64 and max(pending) == 70  # the oldest went first


def test_a_command_to_an_unplugged_box_is_not_sent_but_is_remembered(
    driver: PanicBoxDriver, link: RecordingLink
) -> None:
    link.connected = False
    assert driver._command("Q", {}) is False
    assert link.written == []
    link.connected = True
    assert driver._command("Q", {}) is True


# --- what the app hears -------------------------------------------------------------------


def test_a_box_alarm_is_one_event_and_every_repeat_is_acknowledged(
    driver: PanicBoxDriver, link: RecordingLink, events: list[DeviceEvent]
) -> None:
    driver.acknowledge("37.1")  # nothing from the box yet: nothing to acknowledge
    assert link.sent("ACK") == []
    box(driver, "ALM 42 id=37.1 src=BTN loop=ACT test=0")
    box(driver, "ALM 43 id=37.1 src=BTN loop=ACT test=0")  # the box repeats until ACKed
    alarms = [e for e in events if e.kind is EventKind.ALARM]
    assert len(alarms) == 1
    alarm = alarms[0]
    assert (alarm.alarm_id, alarm.source, alarm.test) == ("37.1", Source.BUTTON, False)
    assert alarm.detail["loop"] == "ACT"
    assert [f.fields for f in link.sent("ACK")] == [
        {"ref": "42", "id": "37.1"},
        {"ref": "43", "id": "37.1"},
    ]
    assert driver.pending_commands() == {}  # ACKs to the box are not waited on
    driver.acknowledge("37.1")  # the host acknowledges the latest repeat
    assert [f.fields for f in link.sent("ACK")][2:] == [{"ref": "43", "id": "37.1"}]


def test_a_drill_press_is_a_test_alarm_and_an_alarm_without_id_is_ignored(
    driver: PanicBoxDriver, link: RecordingLink, events: list[DeviceEvent]
) -> None:
    box(driver, "ALM 5 src=BTN test=1")
    assert [e for e in events if e.kind is EventKind.ALARM] == []
    assert link.sent("ACK") == []
    box(driver, "ALM 6 id=9.1 src=UI test=1")
    alarm = [e for e in events if e.kind is EventKind.ALARM][0]
    assert (alarm.alarm_id, alarm.source, alarm.test) == ("9.1", Source.ON_SCREEN, True)


def test_loop_faults_from_heartbeats_need_two_in_a_row(
    driver: PanicBoxDriver, events: list[DeviceEvent]
) -> None:
    box(driver, "HB 1 st=IDLE loop=OPEN light=OFF lfb=OK")
    assert Fault.LOOP_OPEN not in driver.faults  # one could be a passing glitch
    box(driver, "HB 2 st=IDLE loop=OPEN light=OFF lfb=OK")
    assert Fault.LOOP_OPEN in driver.faults
    box(driver, "HB 3 st=IDLE loop=OK light=OFF lfb=OK")
    assert Fault.LOOP_OPEN not in driver.faults
    box(driver, "HB 4 st=IDLE loop=SHORT light=OFF lfb=OK")
    box(driver, "HB 5 st=IDLE loop=OPEN light=OFF lfb=OK")  # not two of the same
    assert not {Fault.LOOP_OPEN, Fault.LOOP_SHORT} & driver.faults
    box(driver, "HB 6 st=IDLE loop=SHORT light=OFF lfb=OK")
    box(driver, "HB 7 st=IDLE loop=SHORT light=OFF lfb=OK")
    assert Fault.LOOP_SHORT in driver.faults
    box(driver, "HB 8 st=ALARM loop=ACT light=FL1 lfb=OK")
    assert Fault.LOOP_SHORT not in driver.faults
    faults = [k for k in kinds(events) if k[0] != "heartbeat" and k[0] != "connected"]
    assert faults == [
        ("fault_set", "LOOP_OPEN"),
        ("fault_cleared", "LOOP_OPEN"),
        ("fault_set", "LOOP_SHORT"),
        ("fault_cleared", "LOOP_SHORT"),
    ]
    assert driver.status().light is Light.FLASH  # the heartbeat's light is the box's own


def test_a_lamp_fault_from_the_heartbeat_sets_and_clears(driver: PanicBoxDriver) -> None:
    box(driver, "HB 1 st=IDLE loop=OK light=ON lfb=OPEN")
    assert Fault.LAMP_OPEN in driver.faults
    box(driver, "HB 2 st=IDLE loop=OK light=ON lfb=NA")
    assert Fault.LAMP_OPEN not in driver.faults
    box(driver, "HB 3 st=IDLE loop=OK light=ON lfb=OPEN")
    box(driver, "HB 4 st=IDLE loop=OK light=ON lfb=OK")
    assert Fault.LAMP_OPEN not in driver.faults


def test_fault_frames_set_and_clear_and_cannot_fake_a_lost_box(
    driver: PanicBoxDriver, events: list[DeviceEvent]
) -> None:
    box(driver, "FLT 1 code=LOOP_OPEN state=SET")
    assert Fault.LOOP_OPEN in driver.faults
    box(driver, "FLT 2 code=LOOP_OPEN state=CLEAR")
    assert Fault.LOOP_OPEN not in driver.faults
    box(driver, "FLT 3 code=DEVICE_LOST state=SET")  # only the host decides a box is lost
    box(driver, "FLT 4 code=NO_SUCH_FAULT state=SET")
    box(driver, "FLT 5 code=LAMP_OPEN state=MAYBE")
    assert driver.faults == frozenset()


def test_the_boxs_answers_confirm_the_light_or_name_the_refusal(
    driver: PanicBoxDriver, link: RecordingLink
) -> None:
    driver.set_light(Light.ON)
    driver.set_light(Light.OFF)
    box(driver, "ACK 80 ref=0 res=OK")
    assert driver.status().light is Light.ON  # confirmed by the box
    assert "last_refusal" not in driver.status().detail
    assert 0 not in driver.pending_commands()
    box(driver, "ACK 81 ref=1 res=ERR code=LATCHED")
    assert driver.status().light is Light.ON  # refused: the lamp did not go off
    assert driver.status().detail["last_refusal"] == "OUT LATCHED"
    box(driver, "ACK 82 ref=99 res=OK")  # an answer to nothing we sent
    box(driver, "ACK 83 ref=x res=OK")
    assert driver.pending_commands() == {}
    driver.query()
    box(driver, "ACK 84 ref=2 res=ERR")
    assert driver.status().detail["last_refusal"] == "Q ERR"


def test_hello_and_cfg_are_kept_as_the_boxs_details(driver: PanicBoxDriver) -> None:
    box(driver, "HELLO 0 proto=1 fw=0.1.0 hw=pico-r1 uid=E661 boot=37 caps=btn rst=POR x=1")
    box(driver, "CFG 1 hold=500 deb=30 hb=1000 hostto=5000 snd_on_hostlost=0 other=7")
    detail = driver.status().detail
    for key, value in {"uid": "E661", "fw": "0.1.0", "hw": "pico-r1", "boot": "37"}.items():
        assert detail[key] == value
    assert detail["rst"] == "POR" and detail["caps"] == "btn" and detail["hold"] == "500"
    assert "proto" not in detail and "x" not in detail and "other" not in detail
    assert driver.status().connected


def test_a_box_bound_by_uid_refuses_another_box(
    link: RecordingLink, events: list[DeviceEvent]
) -> None:
    drv = PanicBoxDriver("panicbox:/dev/ttyACM0?uid=e6614c311b5f2a21")
    drv._link = link  # type: ignore[assignment]
    drv._on_event = events.append
    box(drv, "HELLO 0 uid=BEEF")
    assert not drv.status().connected
    lost = [e for e in events if e.fault is Fault.DEVICE_LOST][0]
    assert lost.detail["reason"] == "box BEEF is not E6614C311B5F2A21"
    box(drv, "HELLO 1 uid=E6614C311B5F2A21")
    assert drv.status().connected and Fault.DEVICE_LOST not in drv.faults


def test_the_port_and_usb_identity_are_shown_and_the_name_holds_no_secret(
    driver: PanicBoxDriver,
) -> None:
    class Identity:
        def __str__(self) -> str:
            return "2E8A:000A E6614C311B5F2A21"

    driver._on_link_open("/dev/ttyACM3", Identity())  # type: ignore[arg-type]
    status = driver.status()
    assert (status.port, status.usb_id) == ("/dev/ttyACM3", "2E8A:000A E6614C311B5F2A21")
    driver._on_link_open("/dev/ttyACM4", None)
    assert (driver.status().port, driver.status().usb_id) == ("/dev/ttyACM4", None)
    assert repr(driver) == "PanicBoxDriver('panicbox:/dev/ttyACM0')"


def test_fault_events_say_where_the_fault_was_learnt(
    driver: PanicBoxDriver, events: list[DeviceEvent]
) -> None:
    box(driver, "HB 1 st=IDLE loop=SHORT light=OFF lfb=OPEN")
    box(driver, "HB 2 st=IDLE loop=SHORT light=OFF lfb=OPEN")
    box(driver, "HB 3 st=IDLE loop=OK light=OFF lfb=OK")
    box(driver, "FLT 4 code=LOOP_OPEN state=SET up=91002")
    box(driver, "FLT 5 code=LOOP_OPEN state=CLEAR up=92000")
    changes = [
        (e.kind.value, e.fault.value if e.fault else None, e.detail)
        for e in events
        if e.kind in (EventKind.FAULT_SET, EventKind.FAULT_CLEARED)
    ]
    assert changes == [
        ("fault_set", "LAMP_OPEN", {"from": "HB", "lfb": "OPEN"}),
        ("fault_set", "LOOP_SHORT", {"from": "HB", "loop": "SHORT"}),
        ("fault_cleared", "LOOP_SHORT", {"from": "HB", "loop": "OK"}),
        ("fault_cleared", "LAMP_OPEN", {"from": "HB", "lfb": "OK"}),
        ("fault_set", "LOOP_OPEN", {"code": "LOOP_OPEN", "state": "SET", "up": "91002"}),
        ("fault_cleared", "LOOP_OPEN", {"code": "LOOP_OPEN", "state": "CLEAR", "up": "92000"}),
    ]


def test_a_heartbeat_clears_an_open_loop_too(
    driver: PanicBoxDriver, events: list[DeviceEvent]
) -> None:
    box(driver, "HB 1 st=IDLE loop=OPEN light=OFF lfb=OK")
    box(driver, "HB 2 st=IDLE loop=OPEN light=OFF lfb=OK")
    box(driver, "HB 3 st=IDLE loop=ACT light=OFF lfb=OK")
    cleared = [e for e in events if e.kind is EventKind.FAULT_CLEARED]
    assert [(e.fault, e.detail) for e in cleared] == [
        (Fault.LOOP_OPEN, {"from": "HB", "loop": "ACT"})
    ]


def test_the_connected_event_carries_the_boxs_hello(
    driver: PanicBoxDriver, events: list[DeviceEvent]
) -> None:
    box(driver, "HELLO 0 proto=1 fw=0.1.0 uid=E6614C311B5F2A21")
    connected = [e for e in events if e.kind is EventKind.CONNECTED]
    assert [e.detail for e in connected] == [
        {"proto": "1", "fw": "0.1.0", "uid": "E6614C311B5F2A21"}
    ]


def test_a_box_that_comes_back_without_hello_reconnects_with_no_detail(
    driver: PanicBoxDriver, events: list[DeviceEvent]
) -> None:
    box(driver, "HB 1 st=IDLE loop=OK light=OFF lfb=OK")
    assert [e.detail for e in events if e.kind is EventKind.CONNECTED] == [{}]


def test_an_unknown_frame_type_is_ignored(driver: PanicBoxDriver, link: RecordingLink) -> None:
    box(driver, "NEWTYPE 1 a=1")  # a newer firmware's frame: no crash in the reader thread
    assert driver.status().connected
    assert link.written == []


def test_a_bound_box_that_gives_no_uid_is_not_taken_for_this_rooms_box(
    link: RecordingLink, events: list[DeviceEvent]
) -> None:
    drv = PanicBoxDriver("panicbox:/dev/ttyACM0?uid=E6614C311B5F2A21")
    drv._link = link  # type: ignore[assignment]
    drv._on_event = events.append
    box(drv, "HELLO 0 fw=0.1.0")
    lost = [e for e in events if e.fault is Fault.DEVICE_LOST][0]
    assert lost.detail["reason"] == "box ? is not E6614C311B5F2A21"


def test_heartbeats_and_acks_to_the_box_are_not_waited_on(driver: PanicBoxDriver) -> None:
    driver._command("HB", {})
    driver._command("ACK", {"ref": 1, "id": "1.1"})
    assert driver.pending_commands() == {}


def test_a_dropped_command_is_logged_without_client_data(
    driver: PanicBoxDriver, link: RecordingLink, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("INFO", logger="hardware.panicbox.driver")
    driver.query()
    assert caplog.messages == []
    link.connected = False
    driver.reset("37.1")
    assert caplog.messages == ["panicbox panicbox:/dev/ttyACM0: RESET not sent, box not connected"]


def test_the_driver_uses_the_boxs_line_settings() -> None:
    drv = PanicBoxDriver("panicbox:/dev/ttyACM0")
    link = drv._link
    assert (link.baudrate, link.read_timeout) == (115200, 0.05)  # type: ignore[attr-defined]
    assert link.retry_interval == 2.0  # type: ignore[attr-defined]  # replugged: found within 2 s
    assert drv.hello_wait == 1.5 and drv.spec == "panicbox:/dev/ttyACM0"
    # a site (or a test) that retries a missing box sooner: the link is the one that retries
    sooner = PanicBoxDriver("panicbox:/dev/ttyACM0", retry_interval=0.5)
    assert sooner._link.retry_interval == 0.5
