"""Reading JSON that someone else may have written: bounded in size and depth, checked for type.

Every file or message TJ Desk parses (key file, backup manifest, audit head, alarm journal,
alarm service messages, settings) may have been crafted. Python's ``json`` answers deep
nesting with RecursionError, ``NaN`` with a float nobody checks, and a field of the wrong type
with a TypeError far from the parser. Here each of those is one ``JsonRejected`` (a
ValueError, so callers that already catch ValueError stay correct), raised before any
document is handed over.

The depth is measured by a scan of the brackets outside strings *before* ``json.loads`` runs,
so the C parser never recurses deeper than ``max_depth``.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeVar

MAX_DEPTH = 32
MAX_BYTES = 4 * 1024 * 1024

# One token: a string (escapes included; possessive, and an unterminated one runs to the end,
# so the scan never backtracks and stays linear) or a bracket.
_TOKEN = re.compile(rb'"(?:[^"\\]++|\\.)*+"?|[\[\]{}]', re.DOTALL)

T = TypeVar("T")


class JsonRejected(ValueError):
    """Not JSON, too large, nested too deep, or a field of the wrong type (no content shown).

    ``lineno`` is the line of a syntax error, where there is one (a settings file names it).
    """

    def __init__(self, reason: str, lineno: int | None = None) -> None:
        super().__init__(reason)
        self.lineno = lineno if lineno is not None else "?"


def nesting_depth(data: bytes) -> int:
    """How deeply arrays and objects nest in ``data`` (brackets inside strings do not count)."""
    depth = deepest = 0
    for match in _TOKEN.finditer(data):
        token = match.group()
        if token in (b"[", b"{"):
            depth += 1
            deepest = max(deepest, depth)
        elif token in (b"]", b"}"):
            depth -= 1
    return deepest


def _refuse_constant(name: str) -> Any:
    raise JsonRejected(f"non-standard number {name}")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # Two values for one key: which one counts would depend on the reader; refuse both.
    document: dict[str, Any] = {}
    for key, value in pairs:
        if key in document:
            raise JsonRejected("duplicate key")
        document[key] = value
    return document


def loads(data: bytes | str, *, max_bytes: int = MAX_BYTES, max_depth: int = MAX_DEPTH) -> Any:
    """Parse one JSON document; JsonRejected for anything a careful reader would not accept."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else bytes(data)
    if len(raw) > max_bytes:
        raise JsonRejected("too large")
    if nesting_depth(raw) > max_depth:
        raise JsonRejected("nested too deeply")
    try:
        text = raw.decode("utf-8")
        return json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=_unique_keys)
    except JsonRejected:
        raise
    except (UnicodeDecodeError, ValueError, RecursionError) as err:
        # ValueError covers JSONDecodeError and integers too long to convert.
        raise JsonRejected(type(err).__name__, getattr(err, "lineno", None)) from None


def loads_object(
    data: bytes | str, *, max_bytes: int = MAX_BYTES, max_depth: int = MAX_DEPTH
) -> dict[str, Any]:
    """Like ``loads``, but the document must be an object."""
    document = loads(data, max_bytes=max_bytes, max_depth=max_depth)
    if not isinstance(document, dict):
        raise JsonRejected("not an object")
    return document


def field(document: Mapping[str, Any], key: str, kind: type[T]) -> T:
    """``document[key]``, which must be a ``kind`` (a bool is never taken for an int)."""
    if key not in document:
        raise JsonRejected(f"missing {key}")
    value = document[key]
    if not is_a(value, kind):
        raise JsonRejected(f"wrong type for {key}")
    return value  # type: ignore[no-any-return]


def optional_field(document: Mapping[str, Any], key: str, kind: type[T], default: T) -> T:
    """Like ``field``, with ``default`` when the key is absent (a wrong type is still refused)."""
    if key not in document:
        return default
    return field(document, key, kind)


def read_file(path: Path | str, *, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``: OSError if it cannot be read,
    JsonRejected if it is a device, a pipe or too large. Opened non-blocking, so a pipe
    planted in its place cannot hang the reader."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise JsonRejected("not a regular file")
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise JsonRejected("too large")
    return data


def is_a(value: object, kind: type[Any]) -> bool:
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, kind)
