"""The payloads of the alarm network (PROTOCOL-ALARMNET.md): built here, checked here.

Payloads are UTF-8 JSON objects. A receiver ignores fields it does not know and drops (and
counts) a payload that is not a JSON object or lacks a required field. Times are ISO 8601
UTC with a ``Z``. Nothing here ever carries client data: rooms, stations, staff who answered.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from tjdesk.alarm.network.names import is_id
from tjdesk.clock import iso_utc

Payload = dict[str, Any]
MAX_PAYLOAD = 16 * 1024
STATES = ("ready", "alarm", "acknowledged", "test", "fault")
KINDS_PRESENT = ("room", "desk", "reader")
NAME_MAX = 80


class InvalidPayload(ValueError):
    """A payload that breaks the protocol: dropped and counted, never acted on. It carries no
    reason: nobody reads one (the count is what the network page shows)."""


def encode(payload: Payload) -> bytes:
    # str.encode and bytes.decode are UTF-8 unless told otherwise
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()


def decode(raw: bytes) -> Payload:
    if len(raw) > MAX_PAYLOAD:
        raise InvalidPayload
    try:
        value = json.loads(raw.decode())
    except (UnicodeDecodeError, ValueError) as err:
        raise InvalidPayload from err
    if not isinstance(value, dict):
        raise InvalidPayload
    return value


def new_id() -> str:
    return str(uuid.uuid4())


def zulu(text: str | None = None) -> str:
    """ISO 8601 UTC with a ``Z`` (the journal writes ``+00:00``); now if ``text`` is None."""
    text = text or iso_utc()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


# ---------------------------------------------------------------------------- building


def presence(
    *, online: bool, kind: str, name: str, rooms: list[str], version: str, at: str | None = None
) -> Payload:
    return {
        "online": online,
        "kind": kind,
        "name": name,
        "rooms": list(rooms),
        "version": version,
        "at": zulu(at),
    }


def command_acknowledge(*, alarm_id: str, by: str, station: str) -> Payload:
    return {
        "id": new_id(),
        "cmd": "acknowledge",
        "alarm_id": alarm_id,
        "by": by,
        "station": station,
        "at": zulu(),
    }


# ---------------------------------------------------------------------------- checking


def _text(payload: Payload, key: str, *, nullable: bool = False, limit: int = NAME_MAX) -> None:
    if key not in payload:
        raise InvalidPayload
    value = payload[key]
    if value is None and nullable:
        return
    if not isinstance(value, str) or len(value) > limit or not value.isprintable():
        raise InvalidPayload


def _station(payload: Payload) -> None:
    if not is_id(payload.get("station")):
        raise InvalidPayload


def _seq(payload: Payload) -> None:
    seq = payload.get("seq")
    if isinstance(seq, bool) or not isinstance(seq, int) or seq < 0:
        raise InvalidPayload


def check_presence(payload: Payload) -> Payload:
    if not isinstance(payload.get("online"), bool):
        raise InvalidPayload
    if payload.get("kind") not in KINDS_PRESENT:
        raise InvalidPayload
    _text(payload, "name")
    rooms = payload.get("rooms", [])
    if not isinstance(rooms, list) or not all(is_id(r) for r in rooms):
        raise InvalidPayload
    return payload


def check_state(payload: Payload) -> Payload:
    if payload.get("state") not in STATES:
        raise InvalidPayload
    _text(payload, "room_name")
    _text(payload, "alarm_id", nullable=True)
    _text(payload, "acknowledged_by", nullable=True)
    _text(payload, "since", nullable=True)
    faults = payload.get("faults", [])
    if not isinstance(faults, list) or not all(isinstance(f, str) for f in faults):
        raise InvalidPayload
    _seq(payload)
    _station(payload)
    return payload


def check_event(payload: Payload) -> Payload:
    _text(payload, "id")
    _text(payload, "event")
    if not payload["event"]:
        raise InvalidPayload
    _text(payload, "room_name")
    _text(payload, "alarm_id", nullable=True)
    _text(payload, "at")
    _text(payload, "by", nullable=True)
    _seq(payload)
    _station(payload)
    return payload


def check_command(payload: Payload) -> Payload:
    _text(payload, "id")
    if payload.get("cmd") != "acknowledge":
        raise InvalidPayload  # stations answer nothing else on this topic
    _text(payload, "alarm_id")
    _text(payload, "by")
    _station(payload)
    return payload
