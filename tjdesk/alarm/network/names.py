"""Ids and topics of the alarm network, version 1.

``SITE``, ``STATION`` and ``ROOM`` are 1-32 characters of ``a-z 0-9 -``; display names travel
in payloads. Every topic starts with ``tjdesk/v1/SITE/``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tjdesk.errors import InvalidInput
from tjdesk.i18n import QT_TRANSLATE_NOOP

MAX_ID_LENGTH = 32
ID_PATTERN = re.compile(rf"[a-z0-9-]{{1,{MAX_ID_LENGTH}}}")
PREFIX = "tjdesk/v1"
KINDS = ("room", "desk", "reader")


def is_id(value: object) -> bool:
    return isinstance(value, str) and ID_PATTERN.fullmatch(value) is not None


def check_id(what: str, value: str) -> str:
    """``value`` if it is a valid id; else one clear sentence naming ``what`` (site, ...)."""
    if not is_id(value):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "The %1 id %2 is not valid: use 1 to %3 characters of a-z, 0-9 and -.",
            ),
            what,
            repr(value)[:40],
            MAX_ID_LENGTH,
        )
    return value


def site_root(site: str) -> str:
    return f"{PREFIX}/{site}"


def presence_topic(site: str, station: str) -> str:
    return f"{PREFIX}/{site}/station/{station}/presence"


def state_topic(site: str, room: str) -> str:
    return f"{PREFIX}/{site}/room/{room}/state"


def event_topic(site: str, room: str) -> str:
    return f"{PREFIX}/{site}/room/{room}/event"


def command_topic(site: str, room: str) -> str:
    return f"{PREFIX}/{site}/room/{room}/command"


@dataclass(frozen=True)
class Topic:
    """A parsed topic: ``scope`` is ``station`` or ``room``; ``leaf`` the last level."""

    site: str
    scope: str
    id: str
    leaf: str


_LEAVES = {"station": ("presence",), "room": ("state", "event", "command")}


def parse_topic(topic: str) -> Topic | None:
    """The topic's parts, or None for anything that is not a version 1 topic we know."""
    parts = topic.split("/")
    if len(parts) != 6 or f"{parts[0]}/{parts[1]}" != PREFIX:
        return None
    _, _, site, scope, ident, leaf = parts
    if not (is_id(site) and is_id(ident)) or leaf not in _LEAVES.get(scope, ()):
        return None
    return Topic(site, scope, ident, leaf)
