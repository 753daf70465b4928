"""The broker's folder: the shelter's CA, the broker's certificate, ``mosquitto.conf``, the
ACL, the CRL and the list of stations (``tjdesk network init|add-station|revoke``).

Measured trap (reference/network.md): Mosquitto started as root drops to its own user
(``mosquitto``) and only then reads the ACL, certificates and key; a root-owned 0700 folder
makes it refuse to start. So, when we run as root and that user exists, the files the broker
reads belong to its group (0640) and its persistence folder to it (0700), and ``init``
refuses a folder the broker's user cannot reach. The CA key stays readable by root only.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tjdesk import __version__
from tjdesk.alarm.network import pki
from tjdesk.alarm.network.names import (
    KINDS,
    check_id,
    command_topic,
    event_topic,
    presence_topic,
    site_root,
    state_topic,
)
from tjdesk.errors import InvalidInput
from tjdesk.i18n import QT_TRANSLATE_NOOP
from tjdesk.vault.atomic_file import write_atomic

DEFAULT_PORT = 8883
ONE_ROOM_PER_STATION = QT_TRANSLATE_NOOP(
    "errors",
    "A room station owns one room: its alarm service raises one alarm for all its boxes and "
    "cannot tell two rooms apart. Give each room its own station (its own computer, or its "
    "own alarm service); nothing was changed.",
)
BROKER_USER = "mosquitto"
STATION_FILE = "station.json"
FORMAT = 1


@dataclass(frozen=True)
class SiteFiles:
    folder: Path

    @property
    def conf(self) -> Path:
        return self.folder / "mosquitto.conf"

    @property
    def acl(self) -> Path:
        return self.folder / "acl"

    @property
    def crl(self) -> Path:
        return self.folder / "crl.pem"

    @property
    def ca_cert(self) -> Path:
        return self.folder / "ca.crt"

    @property
    def ca_key(self) -> Path:
        return self.folder / "ca.key"

    @property
    def broker_cert(self) -> Path:
        return self.folder / "broker.crt"

    @property
    def broker_key(self) -> Path:
        return self.folder / "broker.key"

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def registry(self) -> Path:
        return self.folder / "site.json"


@dataclass
class Station:
    id: str
    kind: str
    rooms: list[str]
    name: str
    serial: int
    revoked: bool = False


@dataclass
class Site:
    site: str
    broker_hosts: list[str]
    port: int
    bind: str | None = None
    stations: dict[str, Station] = field(default_factory=dict)
    # Every certificate ever revoked: a station issued again under its old id gets a new
    # certificate, and the old one (a stolen laptop's) must stay on the CRL.
    revoked_serials: set[int] = field(default_factory=set)

    @property
    def broker_host(self) -> str:
        return self.broker_hosts[0]

    def active(self) -> list[Station]:
        return [s for s in self.stations.values() if not s.revoked]

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "site": self.site,
            "broker_hosts": self.broker_hosts,
            "port": self.port,
            "bind": self.bind,
            "stations": {
                s.id: {
                    "kind": s.kind,
                    "rooms": s.rooms,
                    "name": s.name,
                    "serial": str(s.serial),
                    "revoked": s.revoked,
                }
                for s in self.stations.values()
            },
            "revoked_serials": [str(n) for n in sorted(self.revoked_serials)],
        }


def _not_a_site(folder: Path) -> InvalidInput:
    return InvalidInput(
        QT_TRANSLATE_NOOP("errors", "%1 is not a broker folder made by 'tjdesk network init'."),
        str(folder),
    )


def load_site(folder: Path) -> Site:
    files = SiteFiles(Path(folder))
    try:
        data = json.loads(files.registry.read_bytes())
        site = Site(
            site=check_id("site", data["site"]),
            broker_hosts=[str(h) for h in data["broker_hosts"]],
            port=int(data["port"]),
            bind=data["bind"],
        )
        for ident, s in data["stations"].items():
            site.stations[ident] = Station(
                id=check_id("station", ident),
                kind=str(s["kind"]),
                rooms=[check_id("room", r) for r in s["rooms"]],
                name=str(s["name"]),
                serial=int(s["serial"]),
                revoked=bool(s["revoked"]),
            )
        # Files written before revoked_serials knew only the stations' own revoked flags.
        site.revoked_serials = {int(n) for n in data.get("revoked_serials", [])} | {
            s.serial for s in site.stations.values() if s.revoked
        }
    except (OSError, ValueError, KeyError, TypeError, InvalidInput) as err:
        raise _not_a_site(folder) from err
    return site


# ---------------------------------------------------------------------------- ownership


def _broker_account() -> tuple[int, int] | None:
    """(uid, gid) of the broker's user when we run as root on POSIX and it exists."""
    if os.name != "posix" or os.geteuid() != 0:
        return None
    import pwd

    try:
        entry = pwd.getpwnam(BROKER_USER)
    except KeyError:
        return None
    return entry.pw_uid, entry.pw_gid


def _can_enter(path: Path, uid: int, gid: int) -> bool:
    info = path.stat()
    mode = info.st_mode
    if info.st_uid == uid:
        return bool(mode & stat.S_IXUSR)
    if info.st_gid == gid:
        return bool(mode & stat.S_IXGRP)
    return bool(mode & stat.S_IXOTH)


def unreachable_ancestor(folder: Path) -> Path | None:
    """The first folder above ``folder`` that the broker's user cannot enter (None: fine)."""
    account = _broker_account()
    if account is None:
        return None
    uid, gid = account
    for parent in reversed(folder.resolve().parents):
        if parent.exists() and not _can_enter(parent, uid, gid):
            return parent
    return None


def _share_with_broker(path: Path, *, own: bool = False) -> None:
    """A file the broker reads (0640, its group), or with ``own`` a folder it writes."""
    account = _broker_account()
    if account is None:
        return
    uid, gid = account
    if own:
        os.chown(path, uid, gid)
        os.chmod(path, 0o700)
    else:
        os.chown(path, 0, gid)
        os.chmod(path, 0o750 if path.is_dir() else 0o640)


# ---------------------------------------------------------------------------- writing


def _acl_text(site: Site) -> str:
    root = site_root(site.site)
    lines = [
        f"# Alarm network ACL for site {site.site}: written by 'tjdesk network', do not edit.",
        "# Each station reads the whole site and writes only its own topics.",
        "",
    ]
    for s in sorted(site.active(), key=lambda s: s.id):
        lines.append(f"# {s.kind} station")
        lines.append(f"user {s.id}")
        lines.append(f"topic read {root}/#")
        if s.kind != "reader":
            lines.append(f"topic write {presence_topic(site.site, s.id)}")
            lines.append(f"topic write {command_topic(site.site, '+')}")
        for room in s.rooms if s.kind == "room" else []:
            lines.append(f"topic write {state_topic(site.site, room)}")
            lines.append(f"topic write {event_topic(site.site, room)}")
        lines.append("")
    return "\n".join(lines)


def _conf_text(site: Site, files: SiteFiles) -> str:
    f = files.folder.resolve()
    listener = f"listener {site.port}" + (f" {site.bind}" if site.bind else "")
    user = f"user {BROKER_USER}\n" if os.name == "posix" else ""
    return f"""# Mosquitto for the TJ Desk alarm network, site {site.site}.
# Written by 'tjdesk network init' (TJ Desk {__version__}). Start it with:
#   mosquitto -c {f / "mosquitto.conf"}
per_listener_settings false
allow_anonymous false
acl_file {f / "acl"}
persistence true
persistence_location {f / "data"}/
autosave_interval 60
max_queued_messages 10000
persistent_client_expiration 14d
connection_messages true
log_dest stderr
{user}
{listener}
protocol mqtt
tls_version tlsv1.2
cafile {f / "ca.crt"}
certfile {f / "broker.crt"}
keyfile {f / "broker.key"}
crlfile {f / "crl.pem"}
require_certificate true
use_identity_as_username true
"""


def _write_public(path: Path, data: bytes) -> None:
    write_atomic(path, data, mode=0o644)
    _share_with_broker(path)


def _write_for_broker(path: Path, data: bytes) -> None:
    write_atomic(path, data, mode=0o600)
    _share_with_broker(path)


def _save(site: Site, files: SiteFiles, ca: pki.Issued) -> None:
    _write_for_broker(files.crl, pki.crl_pem(pki.crl(ca, sorted(site.revoked_serials))))
    _write_for_broker(files.acl, _acl_text(site).encode())
    text = json.dumps(site.to_dict(), ensure_ascii=False, indent=2) + "\n"
    write_atomic(files.registry, text.encode(), mode=0o600)


def init_site(
    folder: Path,
    site_id: str,
    broker_hosts: list[str],
    port: int = DEFAULT_PORT,
    bind: str | None = None,
) -> Site:
    """Write a new site's CA, broker certificate and key, mosquitto.conf, ACL and CRL.
    Refuses (nothing written) a folder that holds a site already or that the broker's
    user cannot reach."""
    check_id("site", site_id)
    hosts = [h.strip() for h in broker_hosts if h.strip()]
    if not hosts or any(len(h) > 253 or " " in h for h in hosts):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Give the broker's host name or address."))
    if not 1 <= port <= 65535:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The port must be from 1 to 65535."))
    folder = Path(folder).absolute()
    files = SiteFiles(folder)
    if files.registry.exists() or files.ca_key.exists():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "%1 already holds a broker folder; nothing was changed."),
            str(folder),
        )
    if " " in str(folder):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Mosquitto cannot read a folder name with spaces: %1"),
            str(folder),
        )
    blocked = unreachable_ancestor(folder)
    if blocked is not None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "The broker runs as the user '%1', who cannot open the folder %2. Choose a "
                "folder it can reach, e.g. /etc/tjdesk-broker; nothing was changed.",
            ),
            BROKER_USER,
            str(blocked),
        )
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o755)
    _share_with_broker(folder)
    files.data.mkdir(exist_ok=True)
    _share_with_broker(files.data, own=True)
    site = Site(site_id, hosts, port, bind)
    ca = pki.new_ca(site_id)
    # A common name holds at most 64 characters (a host name up to 253); TLS reads the
    # subject alternative names, the common name is only a label.
    broker = pki.issue(ca, hosts[0][:64], site_id, server_hosts=hosts)
    pki.write_private(files.ca_key, pki.key_pem(ca.key))  # root (or you) only, never the broker
    _write_public(files.ca_cert, pki.cert_pem(ca.cert))
    _write_public(files.broker_cert, pki.cert_pem(broker.cert))
    _write_for_broker(files.broker_key, pki.key_pem(broker.key))
    _write_public(files.conf, _conf_text(site, files).encode("utf-8"))
    _save(site, files, ca)
    return site


def add_station(
    folder: Path,
    station_id: str,
    kind: str,
    rooms: list[str],
    out: Path,
    name: str = "",
) -> Station:
    """Issue a station's certificate into ``out`` and add its lines to the ACL."""
    files = SiteFiles(Path(folder))
    site = load_site(files.folder)
    check_id("station", station_id)
    if kind not in KINDS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "A station is a room, a desk or a reader, not %1."),
            kind[:20],
        )
    rooms = [check_id("room", r.strip()) for r in rooms if r.strip()]
    if kind == "room" and not rooms:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "A room station needs its rooms (--rooms room-1,...).")
        )
    if kind != "room" and rooms:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Only a room station owns rooms."))
    if len(set(rooms)) > 1:
        # The protocol allows several; ours cannot tell them apart: a station is one alarm
        # service, which raises one alarm for all its boxes and lights every light.
        raise InvalidInput(ONE_ROOM_PER_STATION)
    name = name.strip() or station_id
    if len(name) > 60 or not name.isprintable():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "A station's name is plain text of at most 60 letters.")
        )
    existing = site.stations.get(station_id)
    if existing is not None and not existing.revoked:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "The station %1 exists already; revoke it first to issue it again."
            ),
            station_id,
        )
    for other in site.active():
        taken = set(other.rooms) & set(rooms)
        if taken:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "The room %1 belongs to the station %2 already."),
                sorted(taken)[0],
                other.id,
            )
    out = Path(out).absolute()
    if (out / "station.key").exists() or (out / STATION_FILE).exists():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "%1 holds a station already; nothing was changed."),
            str(out),
        )
    ca = pki.load_ca(files.ca_cert, files.ca_key)
    issued = pki.issue(ca, station_id, site.site)
    out.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(out, 0o700)
    description = {
        "format": FORMAT,
        "site": site.site,
        "station": station_id,
        "kind": kind,
        "rooms": rooms,
        "name": name,
        "broker_host": site.broker_host,
        "broker_port": site.port,
    }
    write_atomic(out / "ca.crt", pki.cert_pem(ca.cert), mode=0o644)
    write_atomic(out / "station.crt", pki.cert_pem(issued.cert), mode=0o644)
    pki.write_private(out / "station.key", pki.key_pem(issued.key))
    text = json.dumps(description, ensure_ascii=False, indent=2) + "\n"
    write_atomic(out / STATION_FILE, text.encode(), mode=0o644)
    station = Station(station_id, kind, rooms, name, issued.serial)
    site.stations[station_id] = station
    _save(site, files, ca)
    return station


def revoke_station(folder: Path, station_id: str) -> Station:
    """Take the station out of the ACL and put its certificate on the CRL."""
    files = SiteFiles(Path(folder))
    site = load_site(files.folder)
    station = site.stations.get(station_id)
    if station is None or station.revoked:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "There is no active station %1 at this site."),
            station_id[:40],
        )
    station.revoked = True
    site.revoked_serials.add(station.serial)
    _save(site, files, pki.load_ca(files.ca_cert, files.ca_key))
    return station
