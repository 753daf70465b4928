"""What ``tjdesk network init|add-station|revoke`` write, file by file, as the broker, a
station and an operator reading them see it: the certificates (what each may be used for, for
how long), the CRL, mosquitto.conf, the ACL, the site's list of stations, the station folder,
who may read each file; and every refusal, in words, with nothing changed. No broker here."""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import os
import pwd
import stat
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from tests.helpers.needs import missing
from tjdesk import __version__
from tjdesk.alarm.network import site as site_files
from tjdesk.alarm.network.identity import load_identity
from tjdesk.errors import InvalidInput

from .netkit import reachable_tmp_path as reachable_tmp_path  # this module's tmp_path

SITE = "shelter-a"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _refusal(call: Any, *args: Any, **kwargs: Any) -> str:
    with pytest.raises(InvalidInput) as refused:
        call(*args, **kwargs)
    return str(refused.value)


def _cert(path: Path) -> x509.Certificate:
    return x509.load_pem_x509_certificate(path.read_bytes())


def _ext(cert: x509.Certificate, kind: type[Any]) -> x509.Extension[Any]:
    return cert.extensions.get_extension_for_class(kind)


def _key_usage(**granted: bool) -> x509.KeyUsage:
    names = (
        "digital_signature",
        "content_commitment",
        "key_encipherment",
        "data_encipherment",
        "key_agreement",
        "key_cert_sign",
        "crl_sign",
        "encipher_only",
        "decipher_only",
    )
    return x509.KeyUsage(**{name: granted.get(name, False) for name in names})


def _made_between(
    moment: dt.datetime, before: dt.datetime, after: dt.datetime, shift: dt.timedelta
) -> bool:
    """``moment`` is ``shift`` from a time between ``before`` and ``after`` (x509 keeps
    whole seconds)."""
    return before + shift - dt.timedelta(seconds=1) <= moment <= after + shift


def _is_p256_key_of(pem: bytes, cert: x509.Certificate) -> None:
    assert pem.startswith(b"-----BEGIN PRIVATE KEY-----\n")  # PKCS#8, no pass phrase
    key = serialization.load_pem_private_key(pem, password=None)
    assert isinstance(key, ec.EllipticCurvePrivateKey) and key.curve.name == "secp256r1"
    assert key.public_key().public_numbers() == cert.public_key().public_numbers()  # type: ignore[union-attr]


# ---------------------------------------------------------------------------- certificates


def test_the_sites_ca_signs_certificates_and_revocation_lists_for_20_years(
    tmp_path: Path,
) -> None:
    before = _now()
    site_files.init_site(tmp_path / "broker", SITE, ["alarm-pc.local"])
    after = _now()
    ca = _cert(tmp_path / "broker" / "ca.crt")
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "TJ Desk site shelter-a"),
            x509.NameAttribute(NameOID.COMMON_NAME, "TJ Desk alarm network CA (shelter-a)"),
        ]
    )
    assert ca.subject == name and ca.issuer == name
    constraints = _ext(ca, x509.BasicConstraints)
    assert constraints.critical and constraints.value == x509.BasicConstraints(
        ca=True, path_length=0
    )  # it signs stations, never another CA
    usage = _ext(ca, x509.KeyUsage)
    assert usage.critical
    assert usage.value == _key_usage(digital_signature=True, key_cert_sign=True, crl_sign=True)
    key_id = _ext(ca, x509.SubjectKeyIdentifier)
    assert not key_id.critical
    assert key_id.value == x509.SubjectKeyIdentifier.from_public_key(ca.public_key())  # type: ignore[arg-type]
    assert isinstance(ca.signature_hash_algorithm, hashes.SHA256)
    ca.verify_directly_issued_by(ca)
    # valid from 5 minutes before it was made (a station's clock may lag), for 20 years
    five = dt.timedelta(minutes=5)
    assert _made_between(ca.not_valid_before_utc, before, after, -five)
    assert _made_between(ca.not_valid_after_utc, before, after, dt.timedelta(days=20 * 365))
    _is_p256_key_of((tmp_path / "broker" / "ca.key").read_bytes(), ca)


def test_the_brokers_certificate_names_every_host_the_stations_use(tmp_path: Path) -> None:
    broker = tmp_path / "broker"
    site_files.init_site(broker, SITE, [" alarm-pc.local ", "10.0.0.5", "", "::1"])
    ca, cert = _cert(broker / "ca.crt"), _cert(broker / "broker.crt")
    cert.verify_directly_issued_by(ca)
    assert cert.subject == x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "TJ Desk site shelter-a"),
            x509.NameAttribute(NameOID.COMMON_NAME, "alarm-pc.local"),
        ]
    )
    names = _ext(cert, x509.SubjectAlternativeName)
    assert not names.critical
    assert list(names.value) == [
        x509.DNSName("alarm-pc.local"),
        x509.IPAddress(ipaddress.ip_address("10.0.0.5")),
        x509.IPAddress(ipaddress.ip_address("::1")),
    ]
    purpose = _ext(cert, x509.ExtendedKeyUsage)
    assert not purpose.critical and list(purpose.value) == [ExtendedKeyUsageOID.SERVER_AUTH]
    _is_p256_key_of((broker / "broker.key").read_bytes(), cert)
    registry = json.loads((broker / "site.json").read_text())
    assert registry["broker_hosts"] == ["alarm-pc.local", "10.0.0.5", "::1"]


def test_a_station_certificate_says_who_it_is_and_nothing_more_for_5_years(
    tmp_path: Path,
) -> None:
    broker = tmp_path / "broker"
    site_files.init_site(broker, SITE, ["alarm-pc.local"])
    before = _now()
    site_files.add_station(broker, "desk-a", "desk", [], tmp_path / "desk-a")
    after = _now()
    ca, cert = _cert(broker / "ca.crt"), _cert(tmp_path / "desk-a" / "station.crt")
    assert (tmp_path / "desk-a" / "ca.crt").read_bytes() == (broker / "ca.crt").read_bytes()
    # the broker takes the common name as the user name the ACL knows
    assert cert.subject == x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "TJ Desk site shelter-a"),
            x509.NameAttribute(NameOID.COMMON_NAME, "desk-a"),
        ]
    )
    assert cert.issuer == ca.subject
    cert.verify_directly_issued_by(ca)
    assert isinstance(cert.signature_hash_algorithm, hashes.SHA256)
    constraints = _ext(cert, x509.BasicConstraints)
    assert constraints.critical
    assert constraints.value == x509.BasicConstraints(ca=False, path_length=None)
    usage = _ext(cert, x509.KeyUsage)
    assert usage.critical
    assert usage.value == _key_usage(digital_signature=True, key_agreement=True)
    purpose = _ext(cert, x509.ExtendedKeyUsage)
    assert not purpose.critical and list(purpose.value) == [ExtendedKeyUsageOID.CLIENT_AUTH]
    authority = _ext(cert, x509.AuthorityKeyIdentifier)
    assert not authority.critical
    assert authority.value.key_identifier == _ext(ca, x509.SubjectKeyIdentifier).value.digest
    with pytest.raises(x509.ExtensionNotFound):
        _ext(cert, x509.SubjectAlternativeName)
    five = dt.timedelta(minutes=5)
    assert _made_between(cert.not_valid_before_utc, before, after, -five)
    assert _made_between(cert.not_valid_after_utc, before, after, dt.timedelta(days=5 * 365))
    _is_p256_key_of((tmp_path / "desk-a" / "station.key").read_bytes(), cert)
    two = site_files.add_station(broker, "desk-b", "desk", [], tmp_path / "desk-b")
    assert two.serial != cert.serial_number == load_serial(broker, "desk-a")


def load_serial(broker: Path, station: str) -> int:
    return int(json.loads((broker / "site.json").read_text())["stations"][station]["serial"])


def test_the_revocation_list_names_each_revoked_station_from_now_on(tmp_path: Path) -> None:
    broker = tmp_path / "broker"
    before = _now()
    site_files.init_site(broker, SITE, ["h"])
    ca = _cert(broker / "ca.crt")
    empty = x509.load_pem_x509_crl((broker / "crl.pem").read_bytes())
    assert empty.issuer == ca.subject and len(empty) == 0
    assert empty.is_signature_valid(ca.public_key())  # type: ignore[arg-type]
    for station in ("desk-a", "desk-b", "desk-c"):
        site_files.add_station(broker, station, "desk", [], tmp_path / station)
    site_files.revoke_station(broker, "desk-a")
    site_files.revoke_station(broker, "desk-c")
    after = _now()
    crl = x509.load_pem_x509_crl((broker / "crl.pem").read_bytes())
    assert crl.issuer == ca.subject and crl.is_signature_valid(ca.public_key())  # type: ignore[arg-type]
    assert isinstance(crl.signature_hash_algorithm, hashes.SHA256)
    revoked = {entry.serial_number: entry for entry in crl}
    assert set(revoked) == {load_serial(broker, "desk-a"), load_serial(broker, "desk-c")}
    five = dt.timedelta(minutes=5)
    for entry in revoked.values():
        assert _made_between(entry.revocation_date_utc, before, after, -five)
    # OpenSSL refuses every station once a CRL is past its next update: 20 years on
    assert crl.last_update_utc is not None and crl.next_update_utc is not None
    assert _made_between(crl.last_update_utc, before, after, -five)
    assert _made_between(crl.next_update_utc, before, after, dt.timedelta(days=20 * 365))


# ---------------------------------------------------------------------------- the broker's files


def test_mosquitto_conf_requires_a_certificate_of_the_site_and_refuses_anonymous_clients(
    tmp_path: Path,
) -> None:
    broker = tmp_path / "broker"
    site_files.init_site(broker, SITE, ["h"], 8884, bind="10.0.0.5")
    lines = (broker / "mosquitto.conf").read_text().splitlines()
    assert lines[:3] == [
        "# Mosquitto for the TJ Desk alarm network, site shelter-a.",
        f"# Written by 'tjdesk network init' (TJ Desk {__version__}). Start it with:",
        f"#   mosquitto -c {broker}/mosquitto.conf",
    ]
    for line in (
        "per_listener_settings false",
        "allow_anonymous false",
        f"acl_file {broker}/acl",
        "persistence true",
        f"persistence_location {broker}/data/",
        "user mosquitto",  # started as root, it drops to its own user
        "listener 8884 10.0.0.5",
        "tls_version tlsv1.2",
        f"cafile {broker}/ca.crt",
        f"certfile {broker}/broker.crt",
        f"keyfile {broker}/broker.key",
        f"crlfile {broker}/crl.pem",
        "require_certificate true",
        "use_identity_as_username true",
    ):
        assert line in lines
    everywhere = tmp_path / "everywhere"
    site_files.init_site(everywhere, SITE, ["h"])
    assert "listener 8883" in (everywhere / "mosquitto.conf").read_text().splitlines()


def test_the_acl_lets_each_active_station_write_only_its_own_topics(tmp_path: Path) -> None:
    broker = tmp_path / "broker"
    site_files.init_site(broker, SITE, ["h"])
    for station, kind, rooms in (
        ("wall", "reader", []),
        ("room-pc-1", "room", ["room-1"]),
        ("desk-gone", "desk", []),
        ("desk-a", "desk", []),
    ):
        site_files.add_station(broker, station, kind, rooms, tmp_path / station)
    site_files.revoke_station(broker, "desk-gone")
    root = "tjdesk/v1/shelter-a"
    assert (broker / "acl").read_text() == "\n".join(
        [
            "# Alarm network ACL for site shelter-a: written by 'tjdesk network', do not edit.",
            "# Each station reads the whole site and writes only its own topics.",
            "",
            "# desk station",
            "user desk-a",
            f"topic read {root}/#",
            f"topic write {root}/station/desk-a/presence",
            f"topic write {root}/room/+/command",
            "",
            "# room station",
            "user room-pc-1",
            f"topic read {root}/#",
            f"topic write {root}/station/room-pc-1/presence",
            f"topic write {root}/room/+/command",
            f"topic write {root}/room/room-1/state",
            f"topic write {root}/room/room-1/event",
            "",
            "# reader station",
            "user wall",
            f"topic read {root}/#",
            "",
        ]
    )


def test_a_desk_given_rooms_by_hand_in_site_json_still_writes_no_rooms_state(
    tmp_path: Path,
) -> None:
    broker = tmp_path / "broker"
    site_files.init_site(broker, SITE, ["h"])
    site_files.add_station(broker, "desk-a", "desk", [], tmp_path / "desk-a")
    registry = broker / "site.json"
    data = json.loads(registry.read_text())
    data["stations"]["desk-a"]["rooms"] = ["room-1"]
    registry.write_text(json.dumps(data))
    site_files.add_station(broker, "wall", "reader", [], tmp_path / "wall")  # writes the ACL
    assert "room-1" not in (broker / "acl").read_text()


def test_the_sites_list_of_stations_is_plain_readable_json(tmp_path: Path) -> None:
    broker = tmp_path / "broker"
    site_files.init_site(broker, SITE, ["alarm-pc.local", "10.0.0.5"], 8884, bind="10.0.0.5")
    site_files.add_station(broker, "room-pc-1", "room", ["room-1"], tmp_path / "r", "ห้อง 1")
    site_files.add_station(broker, "desk-a", "desk", [], tmp_path / "d")
    site_files.revoke_station(broker, "desk-a")
    serials = {s: str(load_serial(broker, s)) for s in ("room-pc-1", "desk-a")}
    expected = {
        "format": 1,
        "site": SITE,
        "broker_hosts": ["alarm-pc.local", "10.0.0.5"],
        "port": 8884,
        "bind": "10.0.0.5",
        "stations": {
            "room-pc-1": {
                "kind": "room",
                "rooms": ["room-1"],
                "name": "ห้อง 1",
                "serial": serials["room-pc-1"],
                "revoked": False,
            },
            "desk-a": {
                "kind": "desk",
                "rooms": [],
                "name": "desk-a",
                "serial": serials["desk-a"],
                "revoked": True,
            },
        },
        "revoked_serials": [serials["desk-a"]],
    }
    # one field a line, Thai as written (not \u escapes)
    text = (broker / "site.json").read_text(encoding="utf-8")
    assert text == json.dumps(expected, ensure_ascii=False, indent=2) + "\n"


def _broker_user() -> pwd.struct_passwd | None:
    if os.name != "posix" or os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam("mosquitto")
    except KeyError:
        return None


def _owner_and_mode(path: Path) -> tuple[int, int, int]:
    info = path.stat()
    return info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)


def test_as_root_the_broker_reads_its_files_and_only_root_reads_the_ca_key(
    tmp_path: Path,
) -> None:
    user = _broker_user()
    if user is None:
        missing("needs root and the mosquitto user (apt-get install mosquitto)")
        return
    broker = tmp_path / "broker"
    site_files.init_site(broker, SITE, ["h"])
    site_files.add_station(broker, "desk-a", "desk", [], tmp_path / "desk-a")
    gid = user.pw_gid
    assert _owner_and_mode(broker) == (0, gid, 0o750)
    assert _owner_and_mode(broker / "data") == (user.pw_uid, gid, 0o700)  # its persistence
    for name in ("ca.crt", "broker.crt", "broker.key", "mosquitto.conf", "acl", "crl.pem"):
        assert _owner_and_mode(broker / name) == (0, gid, 0o640), name
    for name in ("ca.key", "site.json"):
        assert _owner_and_mode(broker / name) == (0, 0, 0o600), name


def test_as_an_ordinary_user_the_keys_are_that_users_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    broker = tmp_path / "broker"
    site_files.init_site(broker, SITE, ["h"])
    site_files.add_station(broker, "desk-a", "desk", [], tmp_path / "desk-a")
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in broker.iterdir()}
    assert stat.S_IMODE(broker.stat().st_mode) == 0o755
    del modes["data"]
    assert modes == {
        "ca.crt": 0o644,
        "broker.crt": 0o644,
        "mosquitto.conf": 0o644,
        "ca.key": 0o600,
        "broker.key": 0o600,
        "acl": 0o600,
        "crl.pem": 0o600,
        "site.json": 0o600,
    }


@pytest.mark.parametrize(
    "mode, owner, reachable",
    [
        (0o700, "mosquitto", True),  # its own folder
        (0o670, "mosquitto", False),  # its own, but not for it to enter (others' bits do not count)
        (0o710, "group", True),  # its group may enter
        (0o700, "group", False),
        (0o701, "root", True),  # anybody may enter
        (0o770, "root", False),
    ],
)
def test_init_refuses_only_a_folder_the_brokers_user_cannot_enter(
    tmp_path: Path, mode: int, owner: str, reachable: bool
) -> None:
    user = _broker_user()
    if user is None:
        missing("needs root and the mosquitto user (apt-get install mosquitto)")
        return
    above = tmp_path / "above"
    above.mkdir()
    uid = user.pw_uid if owner == "mosquitto" else 0
    gid = user.pw_gid if owner == "group" else 0
    os.chown(above, uid, gid)
    os.chmod(above, mode)
    broker = above / "broker"
    if reachable:
        site_files.init_site(broker, SITE, ["h"])
        assert (broker / "mosquitto.conf").is_file()
    else:
        assert _refusal(site_files.init_site, broker, SITE, ["h"]) == (
            f"The broker runs as the user 'mosquitto', who cannot open the folder {above}. "
            "Choose a folder it can reach, e.g. /etc/tjdesk-broker; nothing was changed."
        )
        assert not broker.exists()


# ---------------------------------------------------------------------------- refusals


@pytest.mark.parametrize(
    "hosts, port, sentence",
    [
        ([], 8883, "Give the broker's host name or address."),
        ([" ", ""], 8883, "Give the broker's host name or address."),
        (["alarm pc"], 8883, "Give the broker's host name or address."),
        (["h", "a" * 254], 8883, "Give the broker's host name or address."),
        (["h"], 0, "The port must be from 1 to 65535."),
        (["h"], 65536, "The port must be from 1 to 65535."),
    ],
)
def test_init_refuses_bad_hosts_and_ports_in_words_and_writes_nothing(
    tmp_path: Path, hosts: list[str], port: int, sentence: str
) -> None:
    assert _refusal(site_files.init_site, tmp_path / "broker", SITE, hosts, port) == sentence
    assert not (tmp_path / "broker").exists()


def test_init_takes_the_longest_host_name_and_the_first_and_last_port(tmp_path: Path) -> None:
    longest = ".".join(["a" * 63] * 3 + ["a" * 61])  # 253 characters
    assert site_files.init_site(tmp_path / "one", SITE, [longest], 1).port == 1
    cert = _cert(tmp_path / "one" / "broker.crt")
    assert list(_ext(cert, x509.SubjectAlternativeName).value) == [x509.DNSName(longest)]
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == longest[:64]
    assert site_files.init_site(tmp_path / "two", SITE, ["h"], 65535).port == 65535
    assert "listener 65535" in (tmp_path / "two" / "mosquitto.conf").read_text()


def test_init_makes_the_folder_and_the_folders_above_or_uses_an_empty_one(tmp_path: Path) -> None:
    deep = tmp_path / "etc" / "tjdesk" / "broker"
    site_files.init_site(deep, SITE, ["h"])
    assert (deep / "mosquitto.conf").is_file() and (deep / "data").is_dir()
    ready = tmp_path / "ready"  # made beforehand, with its persistence folder
    (ready / "data").mkdir(parents=True)
    site_files.init_site(ready, SITE, ["h"])
    assert (ready / "site.json").is_file()


def test_add_station_makes_its_folder_or_uses_an_empty_one(broker: Path) -> None:
    deep = broker.parent / "stations" / "desk-a"
    site_files.add_station(broker, "desk-a", "desk", [], deep)
    assert (deep / "station.json").is_file()
    empty = broker.parent / "empty"
    empty.mkdir()
    site_files.add_station(broker, "desk-b", "desk", [], empty)
    assert (empty / "station.key").is_file()


def test_init_never_writes_over_a_site_or_into_a_folder_name_with_spaces(tmp_path: Path) -> None:
    broker = tmp_path / "broker"
    site_files.init_site(broker, SITE, ["h"])
    ca_before = (broker / "ca.crt").read_bytes()
    assert _refusal(site_files.init_site, broker, "other", ["h"]) == (
        f"{broker} already holds a broker folder; nothing was changed."
    )
    (broker / "site.json").unlink()  # a CA key alone is a site too: never replace it
    assert _refusal(site_files.init_site, broker, "other", ["h"]) == (
        f"{broker} already holds a broker folder; nothing was changed."
    )
    assert (broker / "ca.crt").read_bytes() == ca_before
    spaced = tmp_path / "alarm broker"
    assert _refusal(site_files.init_site, spaced, SITE, ["h"]) == (
        f"Mosquitto cannot read a folder name with spaces: {spaced}"
    )
    assert not spaced.exists()


@pytest.fixture
def broker(tmp_path: Path) -> Path:
    folder = tmp_path / "broker"
    site_files.init_site(folder, SITE, ["alarm-pc.local"], 8884)
    site_files.add_station(folder, "r1", "room", ["room-1"], tmp_path / "r1")
    return folder


@pytest.mark.parametrize(
    "station, kind, rooms, name, sentence",
    [
        ("desk b", "desk", [], "", "The station id 'desk b' is not valid"),
        ("d2", "sounder", [], "", "A station is a room, a desk or a reader, not sounder."),
        ("d2", "x" * 30, [], "", f"A station is a room, a desk or a reader, not {'x' * 20}."),
        ("r2", "room", [], "", "A room station needs its rooms (--rooms room-1,...)."),
        ("r2", "room", [" ", ""], "", "A room station needs its rooms (--rooms room-1,...)."),
        ("d2", "desk", ["room-2"], "", "Only a room station owns rooms."),
        ("r2", "room", ["room-2", "room-3"], "", "A room station owns one room: its alarm"),
        ("r2", "room", ["Room 2"], "", "The room id 'Room 2' is not valid"),
        ("d2", "desk", [], "n" * 61, "A station's name is plain text of at most 60 letters."),
        ("d2", "desk", [], "Front\ndesk", "A station's name is plain text of at most 60"),
        ("r1", "desk", [], "", "The station r1 exists already; revoke it first to issue it"),
        ("r2", "room", ["room-1"], "", "The room room-1 belongs to the station r1 already."),
    ],
)
def test_add_station_refuses_in_words_and_changes_nothing(
    broker: Path, station: str, kind: str, rooms: list[str], name: str, sentence: str
) -> None:
    before = {p.name: p.read_bytes() for p in broker.iterdir() if p.is_file()}
    out = broker.parent / "new"
    said = _refusal(site_files.add_station, broker, station, kind, rooms, out, name)
    assert said.startswith(sentence)
    assert {p.name: p.read_bytes() for p in broker.iterdir() if p.is_file()} == before
    assert not out.exists()


def test_a_ca_key_that_is_not_the_sites_kind_is_refused(broker: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric import ed25519

    other = ed25519.Ed25519PrivateKey.generate()
    (broker / "ca.key").write_bytes(
        other.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    with pytest.raises(ValueError, match="^the CA key is not an EC key$"):
        site_files.add_station(broker, "d2", "desk", [], broker.parent / "d2")


@pytest.mark.parametrize("left", ["station.key", "station.json"])
def test_add_station_never_writes_over_another_station(broker: Path, left: str) -> None:
    out = broker.parent / "used"
    out.mkdir()
    (out / left).write_text("someone's")
    acl = (broker / "acl").read_text()
    assert _refusal(site_files.add_station, broker, "d2", "desk", [], out) == (
        f"{out} holds a station already; nothing was changed."
    )
    assert (out / left).read_text() == "someone's" and (broker / "acl").read_text() == acl


def test_a_station_folder_holds_what_the_station_needs_to_join(broker: Path) -> None:
    out = broker.parent / "room-pc-2"
    station = site_files.add_station(
        broker, "room-pc-2", "room", [" room-2 ", " "], out, "  Counselling room 2 "
    )
    assert (station.id, station.kind, station.rooms, station.name, station.revoked) == (
        "room-pc-2",
        "room",
        ["room-2"],
        "Counselling room 2",
        False,
    )
    assert json.loads((out / "station.json").read_text(encoding="utf-8")) == {
        "format": 1,
        "site": SITE,
        "station": "room-pc-2",
        "kind": "room",
        "rooms": ["room-2"],
        "name": "Counselling room 2",
        "broker_host": "alarm-pc.local",
        "broker_port": 8884,
    }
    assert (out / "station.json").read_text(encoding="utf-8").startswith('{\n  "format": 1,\n')
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in out.iterdir()}
    assert modes == {
        "ca.crt": 0o644,
        "station.crt": 0o644,
        "station.json": 0o644,
        "station.key": 0o600,
    }
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    assert station.serial == _cert(out / "station.crt").serial_number
    # no name given: the station's id; a name of 60 letters is still plain text
    assert site_files.add_station(broker, "d1", "desk", [], broker.parent / "d1").name == "d1"
    blank = site_files.add_station(broker, "d3", "desk", [], broker.parent / "d3", "   ")
    assert blank.name == "d3"
    assert json.loads((broker.parent / "d3" / "station.json").read_text())["name"] == "d3"
    assert (
        len(site_files.add_station(broker, "d2", "desk", [], broker.parent / "d2", "n" * 60).name)
        == 60
    )


def test_a_revoked_station_may_be_issued_again_and_its_room_given_to_another(
    broker: Path,
) -> None:
    old = load_serial(broker, "r1")
    site_files.revoke_station(broker, "r1")
    assert "user r1" not in (broker / "acl").read_text()
    site_files.add_station(broker, "r2", "room", ["room-1"], broker.parent / "r2")
    again = site_files.add_station(broker, "r1", "desk", [], broker.parent / "r1-again")
    assert again.serial != old and again.kind == "desk"
    acl = (broker / "acl").read_text()
    assert "user r1\n" in acl and "topic write tjdesk/v1/shelter-a/room/room-1/state" in acl
    # the old certificate (a stolen laptop's) stays refused, also after later changes
    site_files.add_station(broker, "d9", "desk", [], broker.parent / "d9")
    crl = x509.load_pem_x509_crl((broker / "crl.pem").read_bytes())
    assert [entry.serial_number for entry in crl] == [old]


def test_a_site_listed_before_revoked_serials_keeps_its_revoked_stations_refused(
    broker: Path,
) -> None:
    old = load_serial(broker, "r1")
    site_files.revoke_station(broker, "r1")
    registry = broker / "site.json"
    data = json.loads(registry.read_text())
    del data["revoked_serials"]
    registry.write_text(json.dumps(data))
    site_files.add_station(broker, "r1", "desk", [], broker.parent / "r1-again")
    crl = x509.load_pem_x509_crl((broker / "crl.pem").read_bytes())
    assert [entry.serial_number for entry in crl] == [old]


def test_revoke_names_a_station_that_is_not_active(broker: Path) -> None:
    assert _refusal(site_files.revoke_station, broker, "nobody") == (
        "There is no active station nobody at this site."
    )
    site_files.revoke_station(broker, "r1")
    crl = (broker / "crl.pem").read_bytes()
    assert _refusal(site_files.revoke_station, broker, "r1") == (
        "There is no active station r1 at this site."
    )
    assert (broker / "crl.pem").read_bytes() == crl
    assert _refusal(site_files.revoke_station, broker, "x" * 50) == (
        f"There is no active station {'x' * 40} at this site."
    )


@pytest.mark.parametrize(
    "spoil",
    [
        "missing",
        "not json",
        "no site",
        "bad site id",
        "bad station id",
        "bad room id",
        "no port",
        "no stations",
        "no bind",
        "station without serial",
        "station without revoked",
    ],
)
def test_a_folder_that_is_not_a_broker_folder_is_named(tmp_path: Path, spoil: str) -> None:
    broker = tmp_path / "broker"
    site_files.init_site(broker, SITE, ["h"])
    site_files.add_station(broker, "r1", "room", ["room-1"], tmp_path / "r1")
    registry = broker / "site.json"
    data = json.loads(registry.read_text())
    station = data["stations"]["r1"]
    if spoil == "missing":
        registry.unlink()
    elif spoil == "not json":
        registry.write_text("{")
    else:
        edits: dict[str, Any] = {
            "no site": lambda: data.pop("site"),
            "bad site id": lambda: data.update(site="Shelter A"),
            "bad station id": lambda: data["stations"].update({"R 1": data["stations"].pop("r1")}),
            "bad room id": lambda: station.update(rooms=["Room 1"]),
            "no port": lambda: data.pop("port"),
            "no stations": lambda: data.pop("stations"),
            "no bind": lambda: data.pop("bind"),
            "station without serial": lambda: station.pop("serial"),
            "station without revoked": lambda: station.pop("revoked"),
        }
        edits[spoil]()
        registry.write_text(json.dumps(data))
    sentence = f"{broker} is not a broker folder made by 'tjdesk network init'."
    assert _refusal(site_files.add_station, broker, "d1", "desk", [], tmp_path / "d1") == sentence
    assert _refusal(site_files.revoke_station, broker, "r1") == sentence


# ---------------------------------------------------------------------------- the station's folder


@pytest.fixture
def station(tmp_path: Path) -> Path:
    broker = tmp_path / "broker"
    site_files.init_site(broker, SITE, ["alarm-pc.local"], 8884)
    out = tmp_path / "room-pc-1"
    site_files.add_station(broker, "room-pc-1", "room", ["room-1"], out, "Counselling room 1")
    return out


def test_a_station_folder_is_read_as_add_station_wrote_it(station: Path) -> None:
    identity = load_identity(station)
    assert identity.folder == station
    assert (identity.site, identity.station, identity.kind, identity.rooms) == (
        SITE,
        "room-pc-1",
        "room",
        ("room-1",),
    )
    assert identity.name == "Counselling room 1"
    assert (identity.broker_host, identity.broker_port) == ("alarm-pc.local", 8884)
    assert identity.broker == "alarm-pc.local:8884"
    assert (identity.ca_cert, identity.cert, identity.key) == (
        station / "ca.crt",
        station / "station.crt",
        station / "station.key",
    )


def _edit(folder: Path, **changes: Any) -> None:
    path = folder / "station.json"
    data = json.loads(path.read_text())
    for key, value in changes.items():
        if value is _DROP:
            data.pop(key)
        else:
            data[key] = value
    path.write_text(json.dumps(data))


_DROP = object()


@pytest.mark.parametrize(
    "changes, read_as",
    [
        ({"name": _DROP}, ("name", "room-pc-1")),  # no name: the station's id
        ({"name": ""}, ("name", "room-pc-1")),
        ({"name": "n" * 60}, ("name", "n" * 60)),
        ({"kind": "desk", "rooms": _DROP}, ("rooms", ())),
        ({"rooms": ["room-1", "room-1"]}, ("rooms", ("room-1", "room-1"))),
        ({"kind": "desk"}, ("rooms", ("room-1",))),  # kept; a desk never speaks for it
        ({"broker_host": " 10.0.0.5 "}, ("broker_host", "10.0.0.5")),
        ({"broker_port": 1}, ("broker_port", 1)),
        ({"broker_port": 65535}, ("broker_port", 65535)),
    ],
)
def test_a_station_folder_edited_within_the_rules_is_read(
    station: Path, changes: dict[str, Any], read_as: tuple[str, Any]
) -> None:
    _edit(station, **changes)
    field, value = read_as
    assert getattr(load_identity(station), field) == value


@pytest.mark.parametrize(
    "changes, why",
    [
        ({"site": "Shelter A"}, "the site or station id is not valid"),
        ({"station": ""}, "the site or station id is not valid"),
        ({"kind": "sounder"}, "the kind must be room, desk or reader"),
        ({"rooms": "room-1"}, "the rooms are not valid ids"),
        ({"kind": "desk", "rooms": ["Room 1"]}, "the rooms are not valid ids"),
        ({"rooms": []}, "a room station needs its rooms"),
        (
            {"rooms": ["room-1", "room-2"]},
            "a room station owns one room; give each room its own station",
        ),
        ({"rooms": _DROP}, "a room station needs its rooms"),
        ({"broker_host": _DROP}, "the broker host is missing"),
        ({"broker_host": "  "}, "the broker host is missing"),
        ({"broker_host": 10}, "the broker host is missing"),
        ({"broker_port": True}, "the broker port is not valid"),
        ({"broker_port": "8884"}, "the broker port is not valid"),
        ({"broker_port": 0}, "the broker port is not valid"),
        ({"broker_port": 65536}, "the broker port is not valid"),
        ({"name": "n" * 61}, "the station's name is not plain text"),
        ({"name": "Room\n1"}, "the station's name is not plain text"),
        ({"name": 7}, "the station's name is not plain text"),
    ],
)
def test_a_station_folder_edited_wrongly_is_refused_in_one_sentence(
    station: Path, changes: dict[str, Any], why: str
) -> None:
    _edit(station, **changes)
    assert _refusal(load_identity, station) == (
        f"The station folder {station} cannot be used: {why}"
    )


@pytest.mark.parametrize(
    "spoil, why",
    [
        ("no station.json", "station.json is missing"),
        ("cut short", "station.json is not readable JSON"),
        ("not utf-8", "station.json is not readable JSON"),
        ("a list", "station.json is not an object"),
        ("no ca.crt", "ca.crt is missing"),
        ("no station.crt", "station.crt is missing"),
        ("no station.key", "station.key is missing"),
        ("key readable by the group", "station.key must be readable by its owner only (chmod 600)"),
        ("key readable by others", "station.key must be readable by its owner only (chmod 600)"),
    ],
)
def test_a_station_folder_with_a_file_missing_or_spoilt_is_refused_in_one_sentence(
    station: Path, spoil: str, why: str
) -> None:
    description = station / "station.json"
    if spoil.startswith("no "):
        (station / spoil[3:]).unlink()
    elif spoil == "cut short":
        description.write_text(description.read_text()[:20])
    elif spoil == "not utf-8":
        description.write_bytes(b'{"name": "\xff"}')
    elif spoil == "a list":
        description.write_text("[]")
    else:
        os.chmod(station / "station.key", 0o640 if "group" in spoil else 0o604)
    assert _refusal(load_identity, str(station)) == (
        f"The station folder {station} cannot be used: {why}"
    )


def test_a_station_folder_description_is_plain_readable_json_thai_as_written(
    broker: Path,
) -> None:
    """Someone setting up a desk opens station.json to see what it is: one field a line,
    the Thai name as typed (not \\u escapes)."""
    out = broker.parent / "desk-th"
    site_files.add_station(broker, "desk-th", "desk", [], out, "โต๊ะหน้า")
    assert (out / "station.json").read_text(encoding="utf-8") == (
        "{\n"
        '  "format": 1,\n'
        f'  "site": "{SITE}",\n'
        '  "station": "desk-th",\n'
        '  "kind": "desk",\n'
        '  "rooms": [],\n'
        '  "name": "โต๊ะหน้า",\n'
        '  "broker_host": "alarm-pc.local",\n'
        '  "broker_port": 8884\n'
        "}\n"
    )
