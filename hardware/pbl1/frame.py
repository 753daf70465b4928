"""PBL/1 framing: ``$<BODY>*<CRC>\\n`` with CRC-16/CCITT-FALSE over BODY.

The parser is incremental: feed it whatever the port returned and it hands back the whole,
valid frames it found. It never trusts the line: it skips bytes until ``$``, and drops (and
counts) frames that are too long, hold a byte outside 0x20-0x7E, are malformed, or fail
their CRC. A ``$`` inside a frame means the frame before it was broken, so the parser starts
afresh there: one lost newline costs one frame, never two.
"""

from __future__ import annotations

import binascii
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

MAX_LINE = 128  # bytes from '$' through '\n', as PROTOCOL-PBL1.md allows
_TYPE_RE = re.compile(r"[A-Z]{1,6}")
_HEX = frozenset(b"0123456789ABCDEF")
# A key or value: printable ASCII without space, '$', '*' or '=' (0x21-0x7E less those three).
_TOKEN = re.compile(r"[\x21-\x23\x25-\x29\x2b-\x3c\x3e-\x7e]+")


class FrameError(ValueError):
    """A frame that cannot be encoded (bad type, seq, key or value)."""


@dataclass(frozen=True, eq=True)
class Frame:
    type: str
    seq: int
    fields: dict[str, str] = field(default_factory=dict)

    def get(self, key: str, default: str = "") -> str:
        return self.fields.get(key, default)


def crc(body: bytes) -> int:
    return binascii.crc_hqx(body, 0xFFFF)


def encode(type_: str, seq: int, fields: Mapping[str, object] | None = None) -> bytes:
    """One frame, newline included. A value of ``""`` is sent as a bare key (``TEST 3 off``)."""
    if not _TYPE_RE.fullmatch(type_):
        raise FrameError(f"frame type must be 1-6 uppercase letters, not {type_!r}")
    if not 0 <= seq <= 0xFFFF:
        raise FrameError(f"sequence number must be 0-65535, not {seq}")
    parts = [type_, str(seq)]
    for key, value in (fields or {}).items():
        text = str(value)
        _check_token(key, "key")
        if text == "":
            parts.append(key)
        else:
            _check_token(text, "value")
            parts.append(f"{key}={text}")
    body = " ".join(parts).encode("ascii")
    line = b"$" + body + b"*" + b"%04X" % crc(body) + b"\n"
    if len(line) > MAX_LINE:
        raise FrameError(f"frame is {len(line)} bytes; PBL/1 allows {MAX_LINE}")
    return line


def _check_token(text: str, what: str) -> None:
    if not _TOKEN.fullmatch(text):
        raise FrameError(f"{what} {text!r} must be printable ASCII without space, $, * or =")


def decode_body(body: bytes) -> Frame | None:
    """The frame a CRC-checked body holds, or None if it is not ``TYPE SEQ [k=v ...]``."""
    if b"*" in body:
        return None  # never inside a body (PROTOCOL-PBL1): a sender that breaks the framing
    tokens = body.decode("ascii").split(" ")
    if len(tokens) < 2 or not _TYPE_RE.fullmatch(tokens[0]) or not tokens[1].isdigit():
        return None
    seq = int(tokens[1])
    if seq > 0xFFFF:
        return None
    fields: dict[str, str] = {}
    for token in tokens[2:]:
        if not token:
            continue  # a doubled space is harmless
        key, _, value = token.partition("=")
        fields[key] = value
    return Frame(tokens[0], seq, fields)


@dataclass
class ParserStats:
    frames: int = 0
    too_long: int = 0
    bad_byte: int = 0
    bad_crc: int = 0
    malformed: int = 0
    skipped_bytes: int = 0  # bytes outside any frame (boot banners, noise)

    @property
    def dropped(self) -> int:
        return self.too_long + self.bad_byte + self.bad_crc + self.malformed


# Inside a frame: bytes other than printable ASCII and CR ('$' and '\n' end a run before this).
_BAD_BYTE = re.compile(rb"[^\x20-\x7e\r]")


def _next_stop(chunk: bytes, at: int, end: int) -> int:
    """Where the next '$' or '\n' is (``end`` if neither)."""
    dollar = chunk.find(b"$", at)
    newline = chunk.find(b"\n", at, dollar if dollar >= 0 else end)
    if newline >= 0:
        return newline
    return dollar if dollar >= 0 else end


class Parser:
    """Incremental PBL/1 receiver. ``feed(data)`` returns the valid frames completed by data."""

    def __init__(self, max_line: int = MAX_LINE) -> None:
        self.max_line = max_line
        self.stats = ParserStats()
        self._buf = bytearray()
        self._in_frame = False

    def feed(self, data: bytes | bytearray | memoryview) -> list[Frame]:
        # Whole runs at a time (find, one regular-expression search), not a Python step per
        # byte: this is on the alarm's hot path, and a byte loop took most of its time.
        chunk = bytes(data)
        frames: list[Frame] = []
        stats = self.stats
        end = len(chunk)
        at = 0
        while at < end:
            if not self._in_frame:
                start = chunk.find(b"$", at)
                if start < 0:
                    stats.skipped_bytes += end - at
                    return frames
                stats.skipped_bytes += start - at
                self._in_frame = True
                self._buf.clear()
                at = start + 1
                continue
            stop = _next_stop(chunk, at, end)
            run = chunk[at:stop]
            # The byte that ends the frame early, if any: the one that makes it too long (checked
            # first, as for each byte before) or the first outside 0x20-0x7E and CR.
            room = self.max_line - 1 - len(self._buf)
            bad = _BAD_BYTE.search(run)
            if room < len(run) and (bad is None or room <= bad.start()):
                stats.too_long += 1
                self._in_frame = False
                at += room + 1
                continue
            if bad is not None:
                stats.bad_byte += 1
                self._in_frame = False
                at += bad.start() + 1
                continue
            self._buf += run
            if stop == end:
                return frames
            at = stop + 1
            if chunk[stop] == 0x24:  # a new start inside a frame: the previous one lost its end
                stats.malformed += 1
                self._buf.clear()
                continue
            self._in_frame = False  # '\n'
            frame = self._finish(bytes(self._buf))
            if frame is not None:
                frames.append(frame)
        return frames

    def _finish(self, line: bytes) -> Frame | None:
        if line.endswith(b"\r"):
            line = line[:-1]
        if len(line) + 2 > self.max_line:
            self.stats.too_long += 1
            return None
        if b"\r" in line:
            self.stats.bad_byte += 1
            return None
        body, star, check = line.rpartition(b"*")
        if not star or len(check) != 4 or not set(check) <= _HEX:
            self.stats.malformed += 1
            return None
        if int(check, 16) != crc(body):
            self.stats.bad_crc += 1
            return None
        frame = decode_body(body)
        if frame is None:
            self.stats.malformed += 1
            return None
        self.stats.frames += 1
        return frame


def parse_all(data: bytes) -> list[Frame]:
    return Parser().feed(data)


def encode_many(frames: Iterable[tuple[str, int, Mapping[str, object]]]) -> bytes:
    return b"".join(encode(t, s, f) for t, s, f in frames)
