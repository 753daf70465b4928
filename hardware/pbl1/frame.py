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
_TOKEN_BAD = frozenset(" $*=")


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
    if not text or any(not 0x20 < ord(c) < 0x7F or c in _TOKEN_BAD for c in text):
        raise FrameError(f"{what} {text!r} must be printable ASCII without space, $, * or =")


def decode_body(body: bytes) -> Frame | None:
    """The frame a CRC-checked body holds, or None if it is not ``TYPE SEQ [k=v ...]``."""
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


class Parser:
    """Incremental PBL/1 receiver. ``feed(data)`` returns the valid frames completed by data."""

    def __init__(self, max_line: int = MAX_LINE) -> None:
        self.max_line = max_line
        self.stats = ParserStats()
        self._buf = bytearray()
        self._in_frame = False

    def feed(self, data: bytes | bytearray | memoryview) -> list[Frame]:
        frames: list[Frame] = []
        for byte in bytes(data):
            if not self._in_frame:
                if byte == 0x24:  # '$'
                    self._in_frame = True
                    self._buf.clear()
                else:
                    self.stats.skipped_bytes += 1
                continue
            if byte == 0x24:  # a new start inside a frame: the previous one lost its end
                self.stats.malformed += 1
                self._buf.clear()
                continue
            if byte == 0x0A:  # '\n'
                self._in_frame = False
                frame = self._finish(bytes(self._buf))
                if frame is not None:
                    frames.append(frame)
                continue
            self._buf.append(byte)
            # '$' + buffer + '\n' must fit; a '\r' before '\n' is allowed on top
            if len(self._buf) + 2 > self.max_line + 1:
                self.stats.too_long += 1
                self._in_frame = False
            elif not (0x20 <= byte <= 0x7E or byte == 0x0D):
                self.stats.bad_byte += 1
                self._in_frame = False
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
