"""Random lives of the panic box (Hypothesis state machine over the firmware logic).

Whatever happens, in any order: presses, cut and shorted wires, host commands right or wrong,
drills, power cuts and time passing, these hold:
- a latched alarm is cleared only by RESET with its id (never by OUT, TEST, a cut wire or a
  power cut), and while latched the light is driven;
- once the host ACKed an alarm, the box stops repeating it;
- every frame the box sends is valid PBL/1 (fits 128 bytes, correct CRC).
"""

from __future__ import annotations

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from hardware.firmware.panicbox import logic
from hardware.firmware.panicbox.board_fake import FakeBoard, MemoryStore
from hardware.pbl1.frame import Frame, Parser, encode

LOOP_ADC = {
    "OK": logic.ADC_NORMAL,
    "ACT": logic.ADC_ACTIVE,
    "OPEN": logic.ADC_OPEN,
    "SHORT": logic.ADC_SHORTED,
}


class PanicBoxLife(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.store = MemoryStore({"cfg": {"hold": 100}})
        self.board = FakeBoard()
        self.now = 0
        self.box = logic.Box(self.board, self.store, 0)
        self.parser = Parser()
        self.seq = 0
        self.latched: str | None = None  # what the box must still hold
        self.acked: set[str] = set()
        self.alm_after_ack: list[str] = []
        self.seen_ids: set[str] = set()

    def _collect(self) -> list[Frame]:
        frames = self.parser.feed(self.box.take_output())
        for frame in frames:
            if frame.type == "ALM":
                self.seen_ids.add(frame.fields["id"])
                if frame.fields["id"] in self.acked:
                    self.alm_after_ack.append(frame.fields["id"])
        return frames

    def _send(self, type_: str, fields: dict[str, object]) -> None:
        self.seq += 1
        self.box.receive(encode(type_, self.seq & 0xFFFF, fields), self.now)
        self._collect()

    def _sync_latch(self) -> None:
        if self.latched is None and self.box.state == logic.ALARM:
            self.latched = self.box.alarm_id  # a new activation latched

    # steps that matter: under the debounce, past the hold, past the 200 ms fault, a long while
    @rule(ms=st.sampled_from([20, 120, 250, 600]))
    def time_passes(self, ms: int) -> None:
        end = self.now + ms
        while self.now < end:
            self.now += 10
            self.box.tick(self.now)
            self._sync_latch()
        self._collect()

    @rule(state=st.sampled_from(sorted(LOOP_ADC)))
    def loop_changes(self, state: str) -> None:
        self.board.adc = LOOP_ADC[state]

    @rule()
    def host_acks_everything_it_saw(self) -> None:
        for alarm_id in sorted(self.seen_ids):
            self._send("ACK", {"ref": 0, "id": alarm_id})
            self.acked.add(alarm_id)

    @rule(right=st.booleans())
    def host_resets(self, right: bool) -> None:
        target = self.box.alarm_id if right and self.box.alarm_id else "77.7"
        self._send("RESET", {"id": target})
        if right and self.latched is not None and target == self.latched:
            self.latched = None

    @rule(light=st.sampled_from(logic.LIGHTS))
    def host_sets_the_light(self, light: str) -> None:
        self._send("OUT", {"light": light})

    @rule(seconds=st.one_of(st.none(), st.integers(1, 3)))
    def host_drill(self, seconds: int | None) -> None:
        self._send("TEST", {"off": ""} if seconds is None else {"on": seconds})

    @rule(n=st.integers(1, 99))
    def host_raises(self, n: int) -> None:
        self.acked.discard(f"H.{n}")  # the host may reuse an id for a new alarm
        self._send("RAISE", {"id": f"H.{n}", "src": "UI"})
        self._sync_latch()

    @rule()
    def power_cut(self) -> None:
        self.board = FakeBoard()
        self.board.adc = logic.ADC_NORMAL
        self.box = logic.Box(self.board, self.store, self.now)
        self.acked.clear()  # a restored alarm is announced again until ACKed
        self._collect()

    @invariant()
    def latched_alarm_is_held_with_its_light(self) -> None:
        if self.latched is not None:
            assert self.box.state == logic.ALARM and self.box.alarm_id == self.latched
            assert self.box.light_mode() in ("FL1", "ON", "FL2")

    @invariant()
    def acknowledged_alarms_are_not_repeated(self) -> None:
        assert self.alm_after_ack == []

    @invariant()
    def every_frame_is_valid(self) -> None:
        assert self.parser.stats.dropped == 0


class TestPanicBoxLife(PanicBoxLife.TestCase):  # type: ignore[name-defined]
    settings = settings(max_examples=40, stateful_step_count=25, deadline=None)


@pytest.mark.slow
class TestPanicBoxLongLife(PanicBoxLife.TestCase):  # type: ignore[name-defined]
    settings = settings(max_examples=400, stateful_step_count=40, deadline=None)
