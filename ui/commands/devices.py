"""``tjdesk devices``: serial ports with their USB identity, a driver guess, and known trouble.

Imports no Qt. Trouble sentences come from hardware.discovery in English with a stable code;
the same sentences are marked here for translation (context "hardware"), and a test keeps the
two in step.
"""

from __future__ import annotations

import argparse
import json

from hardware.discovery import PortInfo, Trouble, list_ports, system_troubles
from tjdesk.i18n import QT_TRANSLATE_NOOP, fill

TROUBLE_TEXT = {
    "no_permission": QT_TRANSLATE_NOOP(
        "hardware",
        "You may not open %1; add yourself to the %2 group "
        "(sudo usermod -aG %2 $USER), then log out and in again.",
    ),
    "port_busy": QT_TRANSLATE_NOOP(
        "hardware",
        "%1 is open in another program (perhaps the alarm service or a serial terminal).",
    ),
    "brltty": QT_TRANSLATE_NOOP(
        "hardware",
        "brltty (a braille display service) is running and takes over CH340 adapters such as "
        "%1; remove it (sudo apt remove brltty) or disable its udev rules.",
    ),
    "modemmanager": QT_TRANSLATE_NOOP(
        "hardware",
        "ModemManager is running and may probe %1 with modem commands for several seconds; "
        'add a udev rule with ENV{ID_MM_DEVICE_IGNORE}="1" for %2, or stop ModemManager.',
    ),
    "no_serial_number": QT_TRANSLATE_NOOP(
        "hardware",
        "%1 has no USB serial number, so it is told apart from an identical board only by the "
        "USB socket it uses; keep it in the same socket.",
    ),
}


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "devices", help="list serial ports, what is probably on them, and known trouble"
    )
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.add_argument(
        "--no-probe",
        action="store_true",
        help="do not open ports to see whether another program holds them",
    )
    parser.set_defaults(func=run)


def trouble_text(trouble: Trouble) -> str:
    return fill(TROUBLE_TEXT.get(trouble.code, trouble.template), *trouble.args)


def run(args: argparse.Namespace) -> int:
    ports = list_ports(probe=not args.no_probe)
    general = system_troubles()
    if args.json:
        print(json.dumps(as_json(ports, general), indent=2, ensure_ascii=False))
        return 0
    if not ports:
        print(QT_TRANSLATE_NOOP("cli", "No serial ports found."))
    for port in ports:
        print(port.device)
        print(fill(QT_TRANSLATE_NOOP("cli", "  USB id: %1"), port.vid_pid or "-"))
        print(fill(QT_TRANSLATE_NOOP("cli", "  serial number: %1"), port.serial_number or "-"))
        if port.location:
            print(fill(QT_TRANSLATE_NOOP("cli", "  USB location: %1"), port.location))
        if port.description:
            print(fill(QT_TRANSLATE_NOOP("cli", "  description: %1"), port.description))
        if port.suggested_spec:
            print(
                fill(
                    QT_TRANSLATE_NOOP("cli", "  probably: %1 (%2)"),
                    port.suggested_spec,
                    port.guess_note,
                )
            )
        for trouble in port.troubles:
            print(fill(QT_TRANSLATE_NOOP("cli", "  trouble: %1"), trouble_text(trouble)))
    for trouble in general:
        print(fill(QT_TRANSLATE_NOOP("cli", "Trouble: %1"), trouble_text(trouble)))
    return 0


def as_json(ports: list[PortInfo], general: tuple[Trouble, ...]) -> dict[str, object]:
    def trouble(t: Trouble) -> dict[str, object]:
        return {"code": t.code, "text": trouble_text(t), "args": list(t.args)}

    return {
        "ports": [
            {
                "device": p.device,
                "vid_pid": p.vid_pid,
                "serial_number": p.serial_number,
                "location": p.location,
                "description": p.description,
                "driver_guess": p.driver_guess,
                "suggested_spec": p.suggested_spec,
                "troubles": [trouble(t) for t in p.troubles],
            }
            for p in ports
        ],
        "troubles": [trouble(t) for t in general],
    }
