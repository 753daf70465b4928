"""``tjdesk network init|add-station|revoke``: the shelter's alarm network, set up from a
terminal on the computer that runs the broker (PROTOCOL-ALARMNET.md, docs/NETWORK.md).

No Qt here. Every file is made with ``cryptography`` (tjdesk/alarm/network/pki.py); the broker
is Eclipse Mosquitto, started from the ``mosquitto.conf`` that ``init`` writes.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from tjdesk.alarm.network import site as site_files
from tjdesk.i18n import QT_TRANSLATE_NOOP, fill


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "network",
        help=QT_TRANSLATE_NOOP("cli", "the shelter's alarm network: broker files and stations"),
        description=QT_TRANSLATE_NOOP(
            "cli",
            "Every desk sees every room's alarm through the shelter's own Mosquitto broker. "
            "Run these on the computer that keeps the broker's folder.",
        ),
    )
    sub = parser.add_subparsers(dest="network_command", metavar="ACTION", required=True)

    init = sub.add_parser(
        "init",
        help=QT_TRANSLATE_NOOP(
            "cli", "write the certificate authority, broker certificate, mosquitto.conf and ACL"
        ),
    )
    init.add_argument("--dir", required=True, metavar="DIR")
    init.add_argument("--site", required=True, metavar="SITE")
    init.add_argument(
        "--broker-host",
        required=True,
        metavar="HOST",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "the name or address stations use to reach the broker (more, comma-separated, "
            "go into its certificate too)",
        ),
    )
    init.add_argument("--port", type=int, default=site_files.DEFAULT_PORT, metavar="PORT")
    init.add_argument(
        "--bind",
        metavar="ADDRESS",
        help=QT_TRANSLATE_NOOP("cli", "listen on this address only (default: every address)"),
    )
    init.set_defaults(func=_init)

    add = sub.add_parser(
        "add-station",
        help=QT_TRANSLATE_NOOP("cli", "issue a station's certificate and add it to the ACL"),
    )
    add.add_argument("station", metavar="STATION")
    add.add_argument("--dir", required=True, metavar="DIR")
    add.add_argument("--kind", required=True, choices=site_files.KINDS)
    add.add_argument(
        "--rooms",
        default="",
        metavar="ROOM",
        help=QT_TRANSLATE_NOOP("cli", "the room a room station owns (one per station)"),
    )
    add.add_argument(
        "--name", default="", metavar="NAME", help=QT_TRANSLATE_NOOP("cli", "shown on screens")
    )
    add.add_argument("--out", required=True, metavar="OUTDIR")
    add.set_defaults(func=_add)

    revoke = sub.add_parser(
        "revoke",
        help=QT_TRANSLATE_NOOP("cli", "take a station out of the ACL and revoke its certificate"),
    )
    revoke.add_argument("station", metavar="STATION")
    revoke.add_argument("--dir", required=True, metavar="DIR")
    revoke.set_defaults(func=_revoke)


def _init(args: argparse.Namespace) -> int:
    folder = Path(args.dir).absolute()
    hosts = [h for h in str(args.broker_host).split(",") if h.strip()]
    site = site_files.init_site(folder, args.site, hosts, args.port, args.bind)
    conf = site_files.SiteFiles(folder).conf
    print(
        fill(
            QT_TRANSLATE_NOOP("cli", "Alarm network for site %1 written to %2."), site.site, folder
        )
    )
    print(QT_TRANSLATE_NOOP("cli", "Start the broker with:"))
    print(f"  mosquitto -c {conf}")
    print(
        QT_TRANSLATE_NOOP(
            "cli",
            "To start it with the computer: packaging/linux/tjdesk-broker.service (systemd) or "
            "packaging/windows/tjdesk-broker-service.cmd (Windows); see docs/NETWORK.md.",
        )
    )
    print(
        fill(
            QT_TRANSLATE_NOOP(
                "cli", "Keep %1 secret: whoever has it can let any computer join the network."
            ),
            site_files.SiteFiles(folder).ca_key,
        )
    )
    print(
        QT_TRANSLATE_NOOP("cli", "Next: tjdesk network add-station STATION ... for each computer.")
    )
    return 0


def _add(args: argparse.Namespace) -> int:
    rooms = [r for r in str(args.rooms).split(",") if r.strip()]
    station = site_files.add_station(
        Path(args.dir), args.station, args.kind, rooms, Path(args.out), args.name
    )
    out = Path(args.out).absolute()
    print(
        fill(
            QT_TRANSLATE_NOOP("cli", "Station %1 (%2) written to %3."),
            station.id,
            station.kind,
            out,
        )
    )
    print(
        fill(
            QT_TRANSLATE_NOOP(
                "cli",
                "Copy that folder to the station's computer (station.key is its secret) and join "
                "with: tjdesk alarm serve --network %1, or on the Network page.",
            ),
            out,
        )
    )
    print(QT_TRANSLATE_NOOP("cli", "The broker reads the new ACL when it restarts or gets SIGHUP."))
    return 0


def _revoke(args: argparse.Namespace) -> int:
    station = site_files.revoke_station(Path(args.dir), args.station)
    print(
        fill(
            QT_TRANSLATE_NOOP(
                "cli", "Station %1 revoked: it is out of the ACL and its certificate is on the CRL."
            ),
            station.id,
        )
    )
    print(QT_TRANSLATE_NOOP("cli", "Restart the broker so that it refuses the station at once."))
    return 0
