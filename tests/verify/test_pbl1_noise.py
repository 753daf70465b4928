"""The PBL/1 parser under a long Hypothesis run: no crash, no false alarm from noise.

tests/hardware/test_pbl1_frame.py proves chunking invariance, resynchronisation and single
bit flips at 60-150 examples each. Here the stream is hostile on purpose: random bytes mixed
with damaged alarm frames (one byte changed, or cut short before the checksum) and, now and
then, intact alarm frames, all fed in random chunk sizes. The alarms that come out must be
exactly the intact ones put in, in order: noise never makes an alarm, and an alarm among noise
is never lost. The parser's buffer never grows past a frame.

Fast form (make test): 300 examples. Long form (make verify): 20,000 examples.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hardware.pbl1.frame import MAX_LINE, Parser, encode

alarm_fields = st.fixed_dictionaries(
    {
        "id": st.builds(lambda b, n: f"{b}.{n}", st.integers(0, 9999), st.integers(0, 999)),
        "src": st.sampled_from(["BTN", "UI", "HOTKEY", "LOOP_SHORT"]),
        "loop": st.sampled_from(["OK", "ACT"]),
        "test": st.sampled_from(["0", "1"]),
        "up": st.integers(0, 2**31).map(str),
    }
)
alarm_frames = st.builds(lambda seq, f: encode("ALM", seq, f), st.integers(0, 0xFFFF), alarm_fields)


@st.composite
def damaged_alarm(draw: st.DrawFn) -> bytes:
    frame = draw(alarm_frames)
    if draw(st.booleans()):
        # cut short inside the body: no noise can complete a CRC that is not there yet
        return frame[: draw(st.integers(1, frame.index(b"*")))]
    at = draw(st.integers(0, len(frame) - 1))
    new = draw(st.integers(0, 255).filter(lambda b: b != frame[at]))
    return frame[:at] + bytes([new]) + frame[at + 1 :]


# Noise rich in the bytes that matter to the parser ('$', '*', '\n', '\r', hex digits).
noise = st.one_of(
    st.binary(max_size=200),
    st.lists(st.sampled_from(list(b"$*\n\r0123456789ABCDEF ALM=")), max_size=60).map(bytes),
    damaged_alarm(),
)
pieces = st.lists(
    st.one_of(noise.map(lambda b: ("noise", b)), alarm_frames.map(lambda b: ("alarm", b))),
    max_size=30,
)


def check_stream(parts: list[tuple[str, bytes]], cuts: list[int]) -> None:
    stream = b"".join(data for _kind, data in parts)
    # The intact alarm frames put in; a damaged one that came out right after all (a byte
    # changed to what it already was is filtered out above) would still be an intact frame.
    sent = [data for kind, data in parts if kind == "alarm"]
    parser = Parser()
    got = []
    position = 0
    for cut in [*sorted(c % (len(stream) + 1) for c in cuts), len(stream)]:
        got.extend(parser.feed(stream[position:cut]) if cut > position else [])
        position = max(position, cut)
        assert len(parser._buf) <= MAX_LINE  # bounded: a frame at most
    alarms = [f for f in got if f.type == "ALM"]
    assert [encode("ALM", f.seq, f.fields) for f in alarms] == sent
    assert all(f.type == "ALM" for f in got)  # noise made no frame of any other kind either


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces, st.lists(st.integers(0, 10_000), max_size=20))
def test_noise_never_makes_an_alarm_and_never_hides_one(parts, cuts) -> None:  # type: ignore[no-untyped-def]
    check_stream(parts, cuts)


@pytest.mark.slow
@settings(max_examples=20_000, deadline=None, suppress_health_check=list(HealthCheck))
@given(pieces, st.lists(st.integers(0, 10_000), max_size=20))
def test_noise_long_run(parts, cuts) -> None:  # type: ignore[no-untyped-def]
    check_stream(parts, cuts)
