"""Setting up the network from a terminal: ``tjdesk network init|add-station|revoke`` write
what Mosquitto and the stations need; bad input is one clear sentence and changes nothing;
``tjdesk doctor``'s checks of a station folder."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from cryptography import x509

from tjdesk.alarm.network import site as site_files
from tjdesk.alarm.network.checks import check_station
from ui.cli import main

from .netkit import Site, retain_presence
from .netkit import reachable_tmp_path as reachable_tmp_path  # this module's tmp_path


def run(*argv: str) -> int:
    return main(list(argv))


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() != 0 or site_files._broker_account() is None,
    reason="only root starts Mosquitto as its own user",
)
def test_init_refuses_a_folder_the_brokers_user_cannot_reach(
    tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    hidden = tmp_path_factory.mktemp("hidden")
    os.chmod(hidden, 0o700)
    assert (
        run("network", "init", "--dir", str(hidden / "broker"), "--site", "s", "--broker-host", "h")
        == 1
    )
    err = capsys.readouterr().err
    assert "The broker runs as the user 'mosquitto', who cannot open the folder" in err
    assert not (hidden / "broker").exists()


def test_init_and_add_station_write_what_the_broker_and_the_station_need(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broker = tmp_path / "broker"
    assert (
        run(
            "network",
            "init",
            "--dir",
            str(broker),
            "--site",
            "shelter-a",
            "--broker-host",
            "alarm-pc.local",
            "--port",
            "8883",
        )
        == 0
    )
    said = capsys.readouterr().out
    assert f"mosquitto -c {broker / 'mosquitto.conf'}" in said
    conf = (broker / "mosquitto.conf").read_text()
    for line in (
        "require_certificate true",
        "use_identity_as_username true",
        "allow_anonymous false",
        f"acl_file {broker / 'acl'}",
        "listener 8883",
        "persistence true",
    ):
        assert line in conf
    assert stat.S_IMODE((broker / "ca.key").stat().st_mode) == 0o600
    assert (broker / "ca.key").stat().st_uid == os.geteuid()  # never the broker's user

    out = tmp_path / "room-pc-1"
    acl_before = (broker / "acl").read_text()
    two_rooms = ("network", "add-station", "room-pc-1", "--dir", str(broker), "--kind", "room")
    assert run(*two_rooms, "--rooms", "room-1,room-2", "--out", str(out)) == 1
    assert "A room station owns one room" in capsys.readouterr().err
    assert not out.exists() and (broker / "acl").read_text() == acl_before
    assert (
        run(
            "network",
            "add-station",
            "room-pc-1",
            "--dir",
            str(broker),
            "--kind",
            "room",
            "--rooms",
            "room-2",
            "--out",
            str(out),
        )
        == 0
    )
    assert stat.S_IMODE((out / "station.key").stat().st_mode) == 0o600
    cert = x509.load_pem_x509_certificate((out / "station.crt").read_bytes())
    assert cert.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)[0].value == "room-pc-1"
    acl = (broker / "acl").read_text()
    assert "user room-pc-1\n" in acl
    assert "topic write tjdesk/v1/shelter-a/room/room-2/state" in acl

    assert (
        run(
            "network",
            "add-station",
            "desk-1",
            "--dir",
            str(broker),
            "--kind",
            "desk",
            "--out",
            str(tmp_path / "desk-1"),
        )
        == 0
    )
    acl = (broker / "acl").read_text()
    desk_part = acl.split("user desk-1\n")[1].split("\n\n")[0]
    assert "room/room-1/state" not in desk_part  # a desk never writes a room's state

    assert run("network", "revoke", "desk-1", "--dir", str(broker)) == 0
    assert "user desk-1" not in (broker / "acl").read_text()
    crl = x509.load_pem_x509_crl((broker / "crl.pem").read_bytes())
    desk_cert = x509.load_pem_x509_certificate((tmp_path / "desk-1" / "station.crt").read_bytes())
    assert crl.get_revoked_certificate_by_serial_number(desk_cert.serial_number) is not None


@pytest.mark.parametrize(
    "argv, sentence",
    [
        (("--site", "Shelter A", "--broker-host", "h"), "The site id 'Shelter A' is not valid"),
        (("--site", "a", "--broker-host", "h", "--port", "0"), "The port must be from 1"),
    ],
)
def test_bad_input_to_init_is_one_sentence_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], sentence: str
) -> None:
    broker = tmp_path / "broker"
    assert run("network", "init", "--dir", str(broker), *argv) == 1
    err = capsys.readouterr().err
    assert sentence in err and "Traceback" not in err
    assert not broker.exists()


def test_a_station_is_refused_twice_and_a_room_belongs_to_one_station(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broker = tmp_path / "broker"
    run("network", "init", "--dir", str(broker), "--site", "s", "--broker-host", "h")
    run(
        "network",
        "add-station",
        "r1",
        "--dir",
        str(broker),
        "--kind",
        "room",
        "--rooms",
        "room-1",
        "--out",
        str(tmp_path / "r1"),
    )
    acl_before = (broker / "acl").read_text()
    capsys.readouterr()
    assert (
        run(
            "network",
            "add-station",
            "r1",
            "--dir",
            str(broker),
            "--kind",
            "desk",
            "--out",
            str(tmp_path / "again"),
        )
        == 1
    )
    assert "exists already" in capsys.readouterr().err
    assert (
        run(
            "network",
            "add-station",
            "r2",
            "--dir",
            str(broker),
            "--kind",
            "room",
            "--rooms",
            "room-1",
            "--out",
            str(tmp_path / "r2"),
        )
        == 1
    )
    assert "belongs to the station r1" in capsys.readouterr().err
    assert (broker / "acl").read_text() == acl_before
    assert not (tmp_path / "again").exists() and not (tmp_path / "r2").exists()


def test_doctor_checks_a_station_folder_against_the_broker(site: Site) -> None:
    desk = site.add("desk-a", "desk")
    site.broker.start()
    checks = check_station(desk)
    assert all(c.ok for c in checks), [c.text for c in checks]
    assert any(c.text.startswith("Broker reachable") for c in checks)
    site.broker.stop()
    failed = [c.text for c in check_station(desk) if not c.ok]
    assert failed == [f"The broker 127.0.0.1:{site.port} does not answer: ConnectionRefusedError"]
    other = Site()
    try:
        stranger = other.add("desk-a", "desk")  # same name, another site's CA
        (desk / "station.crt").write_bytes((stranger / "station.crt").read_bytes())
        failed = [c.text for c in check_station(desk) if not c.ok]
        assert "The certificate is NOT from this site's CA." in failed
        assert "station.key does NOT belong to station.crt." in failed
    finally:
        other.close()


def test_a_station_folder_with_several_rooms_is_refused_in_plain_words(tmp_path: Path) -> None:
    # Folders written before one room per station (or edited by hand): the service raises
    # one alarm for all its boxes, so it could not say which room was pressed.
    from tjdesk.alarm.network.identity import load_identity
    from tjdesk.errors import InvalidInput
    from tjdesk.i18n import fill

    site_files.init_site(tmp_path / "broker", "s", ["h"])
    out = tmp_path / "room-pc"
    site_files.add_station(tmp_path / "broker", "room-pc", "room", ["room-1"], out)
    description = json.loads((out / "station.json").read_text())
    assert load_identity(out).rooms == ("room-1",)
    description["rooms"] = ["room-1", "room-2"]
    (out / "station.json").write_text(json.dumps(description))
    with pytest.raises(InvalidInput) as refused:
        load_identity(out)
    assert fill(refused.value.message, *refused.value.message_args).endswith(
        "a room station owns one room; give each room its own station"
    )
    checks = check_station(out)
    assert [c.ok for c in checks] == [False]
    assert "a room station owns one room" in checks[0].text


def test_doctor_asks_the_broker_whether_its_acl_gives_the_station_its_rights(site: Site) -> None:
    desk = site.add("desk-a", "desk")
    reader = site.add("wall-display", "reader")
    site.broker.start()
    texts = [c.text for c in check_station(desk, broker_folder=site.folder)]
    assert f"The broker's ACL {site.folder / 'acl'} has the lines of desk-a" in texts
    assert "The broker lets desk-a read the site and write its own topics" in texts
    retain_presence(site, desk)  # what the desk leaves once connected: a reader can read it
    assert "The broker lets wall-display read the site" in [c.text for c in check_station(reader)]

    # Added while the broker runs: the ACL file has its lines, the broker has not read them.
    late = site.add("desk-late", "desk")
    checks = check_station(late, broker_folder=site.folder)
    assert [c.ok for c in checks][-3:] == [True, True, False]  # ACL file, reachable, rights
    assert checks[-1].text == (
        "The broker's ACL does not give the station desk-late its rights (Not authorized). Add "
        "it with 'tjdesk network add-station' at the broker, then restart the broker "
        "(systemctl restart tjdesk-broker) so that it reads its ACL again."
    )
    site.broker.restart()
    assert all(c.ok for c in check_station(late, broker_folder=site.folder))

    # Revoked: out of the ACL file (and, once the broker restarts, refused at the handshake).
    site_files.revoke_station(site.folder, "desk-late")
    failed = [c.text for c in check_station(late, broker_folder=site.folder) if not c.ok]
    assert failed[0] == (
        f"The broker's ACL {site.folder / 'acl'} has no lines for the station desk-late: it was "
        "revoked, or added at another broker folder."
    )
