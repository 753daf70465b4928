"""Serial ports for the settings screen's "detected devices" list, as plain dicts.

A thin adapter over :mod:`hardware.discovery` so the ui needs nothing from ``hardware``:
each port gives ``port``, ``description``, ``usb_id``, a suggested ``spec`` (empty when the
board is unknown: the admin types the driver), ``note`` and ``troubles`` (English sentences,
also as ``trouble_codes`` for translation). No client data: these are devices.
"""

from __future__ import annotations

from hardware.discovery import list_ports


def detected_ports(*, probe: bool = True) -> list[dict[str, str]]:
    found: list[dict[str, str]] = []
    for info in list_ports(probe=probe):
        usb_id = info.vid_pid or ""
        if usb_id and info.serial_number:
            usb_id += f" {info.serial_number}"
        elif usb_id and info.location:
            usb_id += f" @{info.location}"
        found.append(
            {
                "port": info.device,
                "description": info.description,
                "usb_id": usb_id,
                "spec": info.suggested_spec or "",
                "note": info.guess_note,
                "troubles": " ".join(t.text for t in info.troubles),
                "trouble_codes": ",".join(t.code for t in info.troubles),
            }
        )
    return found
