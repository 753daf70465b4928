"""alarm.json: which devices, which room, when to escalate, silent or audible, the PBL/1 hold.

Written by the settings screen (``save_config``) and read by the service (``load_config``).
Every value is checked; a bad file is refused as a whole with one clear sentence, and the
service keeps what it had. No client data: a room name is a place, not a person.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from hardware.base import SpecError
from hardware.spec import parse_spec
from tjdesk import safe_json
from tjdesk.alarm.paths import config_path
from tjdesk.errors import DeviceSpecError, InvalidInput
from tjdesk.i18n import QT_TRANSLATE_NOOP
from tjdesk.vault.atomic_file import write_atomic

ESCALATE_RANGE = (5, 600)
SECOND_ESCALATE_RANGE = (10, 3600)
HOLD_RANGE = (0, 3000)
ROOM_MAX = 60


@dataclass(frozen=True)
class AlarmConfig:
    devices: tuple[str, ...] = ()
    room: str = ""
    escalate_after_s: int = 30
    escalate_second_s: int = 120
    silent: bool = True
    pbl1_hold_ms: int = 500
    network: str = ""  # a station folder (tjdesk network add-station): joins the alarm network
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("extra")
        data["devices"] = list(self.devices)
        return {"version": 1, **data}


def check_device_spec(spec: str) -> str:
    try:
        return parse_spec(spec).text
    except SpecError as err:
        raise DeviceSpecError(
            QT_TRANSLATE_NOOP("errors", "Device %1: %2"), spec.strip() or "?", str(err)
        ) from err


def _whole(data: dict[str, Any], key: str, default: int, bounds: tuple[int, int]) -> int:
    value = data.get(key, default)
    low, high = bounds
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Alarm setting %1 must be a whole number from %2 to %3."),
            key,
            low,
            high,
        )
    return value


def config_from_dict(data: object) -> AlarmConfig:
    if not isinstance(data, dict):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The alarm settings are not an object."))
    devices = data.get("devices", [])
    if not isinstance(devices, list) or not all(isinstance(d, str) for d in devices):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Alarm setting devices must be a list of device specs.")
        )
    checked = tuple(check_device_spec(d) for d in devices)
    if len(set(checked)) != len(checked):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A device is listed twice."))
    room = data.get("room", "")
    if not isinstance(room, str) or len(room) > ROOM_MAX or not room.isprintable():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The room name must be plain text of at most %1 letters."),
            ROOM_MAX,
        )
    silent = data.get("silent", True)
    if not isinstance(silent, bool):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Alarm setting silent must be true or false.")
        )
    first = _whole(data, "escalate_after_s", 30, ESCALATE_RANGE)
    second = _whole(data, "escalate_second_s", 120, SECOND_ESCALATE_RANGE)
    if second <= first:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "The second escalation step must come after the first (%1 s)."
            ),
            first,
        )
    known = {
        "version",
        "devices",
        "room",
        "silent",
        "escalate_after_s",
        "escalate_second_s",
        "pbl1_hold_ms",
        "network",
    }
    network = data.get("network", "")
    if not isinstance(network, str) or len(network) > 1000 or not network.isprintable():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Alarm setting network must be a station folder.")
        )
    return AlarmConfig(
        devices=checked,
        room=room.strip(),
        escalate_after_s=first,
        escalate_second_s=second,
        silent=silent,
        pbl1_hold_ms=_whole(data, "pbl1_hold_ms", 500, HOLD_RANGE),
        network=network.strip(),
        extra={k: v for k, v in data.items() if k not in known},
    )


def load_config(folder: Path) -> AlarmConfig:
    """The settings in ``folder``; defaults (no devices) if there is no file yet."""
    path = config_path(folder)
    try:
        text = safe_json.read_file(path)  # a pipe or a device put there never hangs the service
    except FileNotFoundError:
        return AlarmConfig()
    except (OSError, safe_json.JsonRejected) as err:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The alarm settings file cannot be read: %1"),
            getattr(err, "strerror", None) or str(err),
        ) from err
    try:
        data = safe_json.loads(text)
    except ValueError as err:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The alarm settings file is not valid JSON (line %1)."),
            getattr(err, "lineno", "?"),
        ) from err
    return config_from_dict(data)


def save_config(folder: Path, config: AlarmConfig) -> None:
    """Check and write atomically (a crash leaves the old file or the new, never half)."""
    checked = config_from_dict(config.to_dict())
    folder.mkdir(parents=True, exist_ok=True)
    data = json.dumps(checked.to_dict(), ensure_ascii=False, indent=2) + "\n"
    write_atomic(config_path(folder), data.encode("utf-8"))
