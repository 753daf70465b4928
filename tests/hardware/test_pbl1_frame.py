"""PBL/1 framing: what the box and the host exchange must survive noise, chunking and flips."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hardware.pbl1.frame import MAX_LINE, Frame, FrameError, Parser, crc, encode

# The example exchange of PROTOCOL-PBL1.md, verbatim: every CRC there is correct.
EXAMPLE = [
    "$HELLO 0 proto=1 fw=0.1.0 hw=pico-r1 uid=E6614C311B5F2A21 boot=37"
    " caps=btn,loop,light,snd,lfb rst=POR*DE30",
    "$HB 0*2CE7",
    "$HB 1 up=1004 st=IDLE loop=OK light=OFF snd=OFF lfb=OK host=OK alarm=0*1F41",
    "$ALM 42 id=37.1 src=BTN loop=ACT test=0 up=73311*621A",
    "$ACK 9 ref=42 id=37.1*36D0",
    "$HB 43 up=74004 st=ALARM loop=OK light=FL1 snd=OFF lfb=OK host=OK alarm=37.1*8770",
    "$OUT 12 snd=PULSE dur=60*4B42",
    "$ACK 80 ref=12 res=OK*5BD2",
    "$OUT 13 light=OFF*49DE",
    "$ACK 81 ref=13 res=ERR code=LATCHED*E827",
    "$RESET 15 id=37.1*8F55",
    "$ACK 91 ref=15 res=OK*9A12",
    "$FLT 120 code=LOOP_OPEN state=SET up=91002*9D97",
    "$TEST 17 on=120*3B96",
    "$Q 18*8076",
    "$RAISE 19 id=H.512 src=UI*012F",
    "$ALM 130 id=H.512 src=UI loop=OK test=0 up=95120*C025",
]


def test_crc_check_value() -> None:
    assert crc(b"123456789") == 0x29B1


def test_the_protocol_example_parses_with_correct_crcs() -> None:
    parser = Parser()
    frames = parser.feed("\r\n".join(EXAMPLE).encode() + b"\n")
    assert [f.type for f in frames] == [line[1:].split(" ")[0] for line in EXAMPLE]
    assert parser.stats.dropped == 0
    assert frames[3] == Frame(
        "ALM", 42, {"id": "37.1", "src": "BTN", "loop": "ACT", "test": "0", "up": "73311"}
    )
    assert frames[9].fields == {"ref": "13", "res": "ERR", "code": "LATCHED"}


def test_encode_reproduces_the_example_bytes() -> None:
    fields = {"id": "37.1", "src": "BTN", "loop": "ACT", "test": "0", "up": 73311}
    assert encode("ALM", 42, fields) == b"$ALM 42 id=37.1 src=BTN loop=ACT test=0 up=73311*621A\n"
    assert encode("Q", 18) == b"$Q 18*8076\n"


def test_bare_keys_round_trip() -> None:
    (frame,) = Parser().feed(encode("TEST", 3, {"off": ""}))
    assert frame.fields == {"off": ""}


@pytest.mark.parametrize(
    "type_, seq, fields",
    [
        ("hb", 1, {}),
        ("TOOLONG", 1, {}),
        ("HB", 70000, {}),
        ("HB", 1, {"a b": "1"}),
        ("HB", 1, {"k": "x*y"}),
        ("HB", 1, {"k": "x" * 130}),
    ],
)
def test_encode_refuses_what_the_box_would_drop(
    type_: str, seq: int, fields: dict[str, str]
) -> None:
    with pytest.raises(FrameError):
        encode(type_, seq, fields)


# --- properties -------------------------------------------------------------------------

_token = st.text(
    alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E, blacklist_characters="$*="),
    min_size=1,
    max_size=8,
)
frames_st = st.builds(
    lambda t, s, f: (t, s, f),
    st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=6),
    st.integers(0, 0xFFFF),
    st.dictionaries(_token, _token, max_size=5),
)


def _wire(frames: list[tuple[str, int, dict[str, str]]], crlf: bool = False) -> bytes:
    out = b"".join(encode(t, s, f) for t, s, f in frames)
    return out.replace(b"\n", b"\r\n") if crlf else out


@settings(max_examples=150, deadline=None)
@given(st.lists(frames_st, min_size=1, max_size=6), st.data(), st.booleans())
def test_result_does_not_depend_on_chunking(frames, data, crlf) -> None:  # type: ignore[no-untyped-def]
    wire = _wire(frames, crlf)
    cuts = sorted(data.draw(st.lists(st.integers(0, len(wire)), max_size=12)))
    parser = Parser()
    got: list[Frame] = []
    start = 0
    for cut in [*cuts, len(wire)]:
        got += parser.feed(wire[start:cut])
        start = cut
    assert got == Parser().feed(wire)
    assert [(f.type, f.seq, f.fields) for f in got] == frames


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300), frames_st)
def test_resynchronises_after_garbage(garbage, frame) -> None:  # type: ignore[no-untyped-def]
    # Whatever noise came before, a frame that starts after a newline is received intact.
    parser = Parser()
    parser.feed(garbage)
    got = parser.feed(b"\n" + _wire([frame]))
    assert [(f.type, f.seq, f.fields) for f in got] == [frame]


@settings(max_examples=60, deadline=None)
@given(frames_st)
def test_every_single_bit_flip_is_rejected(frame) -> None:  # type: ignore[no-untyped-def]
    wire = _wire([frame])
    sentinel = encode("HB", 7, {"up": "1"})
    for i in range(len(wire)):
        for bit in range(8):
            flipped = bytearray(wire)
            flipped[i] ^= 1 << bit
            parser = Parser()
            got = parser.feed(bytes(flipped) + sentinel)
            # the damaged frame never comes out; the next good one always does
            assert got == [Frame("HB", 7, {"up": "1"})], (i, bit, bytes(flipped))


def test_overlong_and_nonprintable_frames_are_dropped_and_counted() -> None:
    parser = Parser()
    too_long = b"$HB 1 k=" + b"x" * MAX_LINE + b"*0000\n"
    bad_byte = b"$HB 1 k=\x01*0000\n"
    bad_crc = b"$HB 1*0000\n"
    got = parser.feed(too_long + bad_byte + bad_crc + encode("HB", 2))
    assert got == [Frame("HB", 2, {})]
    assert (parser.stats.too_long, parser.stats.bad_byte, parser.stats.bad_crc) == (1, 1, 1)


def test_lowercase_crc_digits_are_not_accepted() -> None:
    line = encode("HB", 0).decode()
    assert line == "$HB 0*2CE7\n"
    assert Parser().feed(line.replace("CE", "ce").encode()) == []
