"""PBL/1 at its edges: the exact line limit, every kind of dropped line counted once, and the
small helpers (issue 20: survivors of the mutation run on hardware/pbl1/).

The counts in ParserStats are what a technician reads when a box "sometimes misses a press":
each kind of damage must be counted once, as that kind.
"""

from __future__ import annotations

import pytest

from hardware.firmware.panicbox import logic
from hardware.pbl1.frame import (
    MAX_LINE,
    Frame,
    FrameError,
    Parser,
    crc,
    decode_body,
    encode,
    encode_many,
    parse_all,
)


def _line(body: bytes, *, crlf: bool = False) -> bytes:
    """A line with a correct CRC over ``body``, whatever the body holds."""
    return b"$" + body + b"*" + b"%04X" % crc(body) + (b"\r\n" if crlf else b"\n")


def _body_of_length(total: int) -> bytes:
    """A body whose line ('$' + body + '*XXXX' + '\\n') is ``total`` bytes long."""
    return b"HB 1 k=" + b"x" * (total - len(b"$HB 1 k=*XXXX\n"))


def test_a_line_of_exactly_the_limit_is_read_and_one_byte_more_is_not() -> None:
    longest = _line(_body_of_length(MAX_LINE))
    assert len(longest) == MAX_LINE
    parser = Parser()
    assert len(parser.feed(longest)) == 1
    assert len(parser.feed(longest[:-1] + b"\r\n")) == 1  # a CR on top is allowed
    one_more = _line(_body_of_length(MAX_LINE + 1))
    assert parser.feed(one_more) == []
    assert parser.feed(one_more[:-1] + b"\r\n") == []
    two_more = _line(_body_of_length(MAX_LINE + 2))
    assert parser.feed(two_more) == []
    assert parser.feed(one_more) == []  # counted again: each line once, never "at least once"
    assert parser.stats.too_long == 4 and parser.stats.frames == 2
    assert parser.feed(encode("HB", 9)) == [Frame("HB", 9, {})]  # and the line still works


def test_encode_makes_lines_up_to_the_limit_and_not_beyond() -> None:
    value = "x" * (MAX_LINE - len("$HB 1 k=*XXXX\n"))
    assert len(encode("HB", 1, {"k": value})) == MAX_LINE
    with pytest.raises(FrameError, match=f"PBL/1 allows {MAX_LINE}"):
        encode("HB", 1, {"k": value + "x"})


def test_sequence_numbers_run_0_to_65535() -> None:
    assert Parser().feed(encode("HB", 65535)) == [Frame("HB", 65535, {})]
    with pytest.raises(FrameError, match="0-65535"):
        encode("HB", 65536)
    with pytest.raises(FrameError):
        encode("HB", -1)
    parser = Parser()
    assert parser.feed(_line(b"HB 65536")) == []
    assert parser.stats.malformed == 1


def test_encode_names_what_is_wrong() -> None:
    with pytest.raises(FrameError, match="frame type"):
        encode("hb", 1)
    with pytest.raises(FrameError, match="key 'a b'"):
        encode("HB", 1, {"a b": 1})
    with pytest.raises(FrameError, match="value 'x\\*y'"):
        encode("HB", 1, {"k": "x*y"})


@pytest.mark.parametrize("char", [" ", "\x7f", "\x80", "é", "$", "=", "*"])
def test_tokens_are_printable_ascii_without_separators(char: str) -> None:
    with pytest.raises(FrameError):
        encode("HB", 1, {"k": f"a{char}b"})
    with pytest.raises(FrameError):
        encode("HB", 1, {f"k{char}": "1"})


def test_the_printable_edges_are_allowed() -> None:
    frame = Parser().feed(encode("HB", 1, {"k": "!~"}))
    assert frame == [Frame("HB", 1, {"k": "!~"})]


def test_each_kind_of_damage_is_counted_once_as_that_kind() -> None:
    parser = Parser()
    good = encode("HB", 5)
    stream = (
        b"boot"  # 4 bytes outside any frame
        + b"$HB 1*0000\n" * 2  # wrong CRC
        + b"$HB 1 no star\n" * 2  # no CRC at all: malformed
        + b"$ABCD\n"  # four hex digits and nothing else: malformed, not a CRC error
        + b"$HB 2 k=v" * 2  # cut off by the next '$' (counted when the next '$' comes)
        + _line(b"HB 1 k=\x7f") * 2  # DEL is not printable
        + _line(b"HB 1\r k=v") * 2  # CR inside the line
        + _line(b"hb 3")  # a CRC-correct body that is not a frame: malformed
        + good
    )
    assert parser.feed(stream) == [Frame("HB", 5, {})]
    stats = parser.stats
    # skipped: "boot", and the rest of each line cut at its DEL ("*XXXX\n", 6 bytes each)
    assert (stats.skipped_bytes, stats.bad_crc, stats.bad_byte, stats.frames) == (16, 2, 4, 1)
    assert stats.malformed == 2 + 1 + 2 + 1
    assert stats.too_long == 0
    assert stats.dropped == 2 + 4 + 6


@pytest.mark.parametrize(
    "body",
    [b"HB", b"hb 1", b"HB x", b"HB 1x", b"TOOLONG 1", b"HB  1", b""],
    ids=[
        "no-seq",
        "lowercase",
        "seq-not-number",
        "seq-not-number-2",
        "type-7",
        "two-spaces",
        "empty",
    ],
)
def test_bodies_that_are_not_frames(body: bytes) -> None:
    assert decode_body(body) is None


def test_doubled_spaces_between_fields_are_harmless() -> None:
    assert decode_body(b"HB 1  a=1   b=2 c") == Frame("HB", 1, {"a": "1", "b": "2", "c": ""})


def test_frame_get_gives_the_default_for_a_missing_key() -> None:
    frame = Frame("HELLO", 0, {"uid": "E661"})
    assert frame.get("uid") == "E661"
    assert frame.get("fw") == ""
    assert frame.get("fw", "?") == "?"


def test_encode_many_and_parse_all_round_trip() -> None:
    frames = [("HB", 1, {}), ("ALM", 2, {"id": "37.1", "test": 0}), ("TEST", 3, {"off": ""})]
    data = encode_many(frames)
    assert data == b"".join(encode(t, s, f) for t, s, f in frames)
    assert parse_all(data) == [
        Frame("HB", 1, {}),
        Frame("ALM", 2, {"id": "37.1", "test": "0"}),
        Frame("TEST", 3, {"off": ""}),
    ]


# --- where one read ends and the next begins (the second mutation run's survivors) --------

ALARM = encode("ALM", 42, {"id": "37.1", "src": "BTN", "loop": "ACT", "test": "0", "up": "73311"})
ALARM_FRAME = Frame(
    "ALM", 42, {"id": "37.1", "src": "BTN", "loop": "ACT", "test": "0", "up": "73311"}
)


def test_a_line_cut_off_at_the_end_of_one_read_costs_only_itself() -> None:
    # The box reset half-way through a line; its repeat of the alarm is the whole next read,
    # so that read begins with '$'.
    parser = Parser()
    assert parser.feed(ALARM[:20]) == []
    assert parser.feed(ALARM) == [ALARM_FRAME]
    assert parser.stats.malformed == 1
    assert parser.feed(ALARM[:20]) == []
    assert parser.feed(ALARM + ALARM) == [ALARM_FRAME, ALARM_FRAME]  # and with more behind it
    assert parser.stats.malformed == 2


def test_a_line_that_never_ends_never_holds_more_than_a_line() -> None:
    # A babbling box (no newline, ever), read a byte at a time: the parser holds at most the
    # 127 bytes between '$' and '\n' of the longest line (CR included), drops the line once,
    # and the alarm after the babble still arrives.
    parser = Parser()
    parser.feed(b"$")
    held = 0
    for _ in range(1000):
        parser.feed(b"x")
        held = max(held, len(parser._buf))
    assert held == MAX_LINE - 1
    assert parser.stats.too_long == 1
    assert parser.feed(b"\n" + ALARM) == [ALARM_FRAME]


def test_an_alarm_right_after_the_byte_that_made_a_line_too_long_arrives() -> None:
    overlong = b"$" + b"x" * MAX_LINE  # its last 'x' is one byte too many
    parser = Parser()
    assert parser.feed(overlong + ALARM) == [ALARM_FRAME]
    # the same with the read ending just before that byte
    assert parser.feed(overlong[:-1]) == []
    assert parser.feed(b"x" + ALARM) == [ALARM_FRAME]
    assert parser.stats.too_long == 2


@pytest.mark.parametrize("lines", [1, 3], ids=["banner-shorter-than-a-line", "banner-longer"])
def test_an_overlong_line_after_a_boot_banner_is_skipped_and_the_alarm_arrives(lines: int) -> None:
    # A boot banner, an overlong line, then the alarm, all in one read.
    banner = b"MicroPython v1.22.2 on 2024-02-22; Raspberry Pi Pico with RP2040\r\n" * lines
    parser = Parser()
    assert parser.feed(banner + b"$" + b"x" * 200 + b"\n" + ALARM) == [ALARM_FRAME]
    # skipped: the banner, and what follows the byte one too many (72 'x' and the '\n')
    assert (parser.stats.too_long, parser.stats.skipped_bytes) == (1, len(banner) + 73)


def test_noise_outside_frames_is_counted_read_after_read() -> None:
    parser = Parser()
    parser.feed(b"boot\r\n")
    parser.feed(b"MicroPython\r\n")
    assert parser.feed(encode("HB", 1) + b" ok\r\n") == [Frame("HB", 1, {})]
    assert parser.stats.skipped_bytes == 6 + 13 + 5


def test_a_line_too_long_at_a_bad_byte_is_counted_as_too_long() -> None:
    # Length is checked before the byte's value, as for every byte before it.
    parser = Parser()
    assert parser.feed(b"$" + b"x" * (MAX_LINE - 1) + b"\x01\n" + ALARM) == [ALARM_FRAME]
    assert (parser.stats.too_long, parser.stats.bad_byte) == (1, 0)


def test_a_star_inside_a_body_is_refused_even_with_its_crc_right() -> None:
    # "$ and * never appear inside a BODY" (PROTOCOL-PBL1). The box's own encoder does not
    # refuse a '*' in a value, so a line can carry one with a correct CRC after the last '*':
    # the host refuses it as malformed rather than guess where the body ends.
    line = logic.encode("HELLO", 0, [("fw", "0.1.0*rc1"), ("boot", 37)])
    parser = Parser()
    assert parser.feed(line + ALARM) == [ALARM_FRAME]
    assert (parser.stats.malformed, parser.stats.bad_crc) == (1, 0)
