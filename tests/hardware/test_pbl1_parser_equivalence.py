"""The run-at-a-time PBL/1 parser finds and drops exactly what the byte-at-a-time one did.

The parser was rewritten for speed (it sits on the alarm's hot path, issue 18). Below is the
byte-at-a-time parser it replaced, kept as the reference: on any stream, cut into any chunks,
both return the same frames and count the same drops.
"""

from __future__ import annotations

from dataclasses import asdict

from hypothesis import given, settings
from hypothesis import strategies as st

from hardware.pbl1.frame import MAX_LINE, Frame, Parser, ParserStats, encode


class ReferenceParser:
    def __init__(self, max_line: int = MAX_LINE) -> None:
        self.max_line = max_line
        self.stats = ParserStats()
        self._buf = bytearray()
        self._in_frame = False
        # the line checks after '\n' (CRC, fields) are the same code in both
        self._finisher = Parser(max_line)
        self._finisher.stats = self.stats
        self._finish = self._finisher._finish

    def feed(self, data: bytes) -> list[Frame]:
        frames: list[Frame] = []
        for byte in bytes(data):
            if not self._in_frame:
                if byte == 0x24:
                    self._in_frame = True
                    self._buf.clear()
                else:
                    self.stats.skipped_bytes += 1
                continue
            if byte == 0x24:
                self.stats.malformed += 1
                self._buf.clear()
                continue
            if byte == 0x0A:
                self._in_frame = False
                frame = self._finish(bytes(self._buf))
                if frame is not None:
                    frames.append(frame)
                continue
            self._buf.append(byte)
            if len(self._buf) + 2 > self.max_line + 1:
                self.stats.too_long += 1
                self._in_frame = False
            elif not (0x20 <= byte <= 0x7E or byte == 0x0D):
                self.stats.bad_byte += 1
                self._in_frame = False
        return frames


_frame = st.builds(
    lambda t, seq, v: encode(t, seq, {"id": v, "src": "BTN"}),
    st.sampled_from(["ALM", "HB", "ACK", "OUT", "HELLO"]),
    st.integers(0, 0xFFFF),
    st.text("0123456789.ABC", min_size=1, max_size=90),  # some too long for MAX_LINE
)
_piece = st.one_of(
    _frame,
    _frame.map(lambda f: f[:-1] + b"\r\n"),
    _frame.map(lambda f: f[: len(f) // 2]),  # cut short
    st.sampled_from([b"$", b"\n", b"\r", b"*", b"\x00", b"\xff", b"$ALM 1*0000\n", b" "]),
    st.binary(max_size=40),
    # around the length limit, ending well or badly
    st.builds(
        lambda n, end: b"$" + b"A" * n + end,
        st.integers(MAX_LINE - 4, MAX_LINE + 2),
        st.sampled_from([b"\n", b"\r\n", b"\x01", b"$", b""]),
    ),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_piece, max_size=12).map(b"".join), st.lists(st.integers(1, 50), max_size=20))
def test_same_frames_and_same_counts_on_any_stream_in_any_chunks(
    stream: bytes, cuts: list[int]
) -> None:
    fast, reference = Parser(), ReferenceParser()
    got: list[Frame] = []
    expected = reference.feed(stream)
    at = 0
    for size in [*cuts, len(stream)]:
        got += fast.feed(stream[at : at + size])
        at += size
    assert got == expected
    assert asdict(fast.stats) == asdict(reference.stats)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from([b"$", b"\n", b"\r", b"A", b"AAAA", b"\x01", b"*"]), max_size=80).map(
        b"".join
    ),
    st.integers(8, 40),
)
def test_same_on_raw_bytes_with_a_short_line_limit(stream: bytes, max_line: int) -> None:
    fast, reference = Parser(max_line), ReferenceParser(max_line)
    assert fast.feed(stream) == reference.feed(stream)
    assert asdict(fast.stats) == asdict(reference.stats)
