"""A station's folder, as ``tjdesk network add-station`` wrote it: ``ca.crt``,
``station.crt``, ``station.key`` (0600) and ``station.json`` (site, station, kind, rooms,
broker host and port). Checked as a whole; a bad folder is one clear sentence."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from tjdesk.alarm.network.names import KINDS, is_id
from tjdesk.errors import InvalidInput
from tjdesk.i18n import QT_TRANSLATE_NOOP

STATION_FILE = "station.json"


@dataclass(frozen=True)
class StationIdentity:
    folder: Path
    site: str
    station: str
    kind: str
    rooms: tuple[str, ...]
    name: str
    broker_host: str
    broker_port: int

    @property
    def ca_cert(self) -> Path:
        return self.folder / "ca.crt"

    @property
    def cert(self) -> Path:
        return self.folder / "station.crt"

    @property
    def key(self) -> Path:
        return self.folder / "station.key"

    @property
    def broker(self) -> str:
        return f"{self.broker_host}:{self.broker_port}"


def _bad(folder: Path, why: str) -> InvalidInput:
    return InvalidInput(
        QT_TRANSLATE_NOOP("errors", "The station folder %1 cannot be used: %2"), str(folder), why
    )


def load_identity(folder: Path | str) -> StationIdentity:
    folder = Path(folder).absolute()
    try:
        data = json.loads((folder / STATION_FILE).read_bytes())  # UTF-8 (JSON's own rule)
    except FileNotFoundError as err:
        raise _bad(folder, "station.json is missing") from err
    except (OSError, ValueError) as err:
        raise _bad(folder, "station.json is not readable JSON") from err
    if not isinstance(data, dict):
        raise _bad(folder, "station.json is not an object")
    site, station, kind = data.get("site"), data.get("station"), data.get("kind")
    rooms, host, port = data.get("rooms", []), data.get("broker_host"), data.get("broker_port")
    name = data.get("name") or station
    if not (is_id(site) and is_id(station)):
        raise _bad(folder, "the site or station id is not valid")
    if kind not in KINDS:
        raise _bad(folder, "the kind must be room, desk or reader")
    if not isinstance(rooms, list) or not all(is_id(r) for r in rooms):
        raise _bad(folder, "the rooms are not valid ids")
    if kind == "room" and not rooms:
        raise _bad(folder, "a room station needs its rooms")
    if kind == "room" and len(set(rooms)) > 1:
        # One alarm service is one alarm: it cannot say which of several rooms was pressed.
        raise _bad(folder, "a room station owns one room; give each room its own station")
    if not isinstance(host, str) or not host.strip():
        raise _bad(folder, "the broker host is missing")
    if isinstance(port, bool) or not isinstance(port, int) or not 1 <= port <= 65535:
        raise _bad(folder, "the broker port is not valid")
    if not isinstance(name, str) or not name.isprintable() or len(name) > 60:
        raise _bad(folder, "the station's name is not plain text")
    identity = StationIdentity(
        folder, str(site), str(station), str(kind), tuple(rooms), name, host.strip(), port
    )
    for path in (identity.ca_cert, identity.cert, identity.key):
        if not path.is_file():
            raise _bad(folder, f"{path.name} is missing")
    if os.name == "posix" and identity.key.stat().st_mode & 0o077:
        raise _bad(folder, "station.key must be readable by its owner only (chmod 600)")
    return identity
