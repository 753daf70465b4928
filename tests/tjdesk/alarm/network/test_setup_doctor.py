"""``tjdesk doctor``'s checks of a station folder, line by line as an operator reads them: who
the station is, its certificate's days, its CA and key, the broker's ACL file, the handshake
and what the running broker (a real Mosquitto) lets it do; each problem in words."""

from __future__ import annotations

import datetime as dt
import json
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509

from tjdesk.alarm.network import pki
from tjdesk.alarm.network import site as site_files
from tjdesk.alarm.network.checks import Check, check_broker_rights, check_station
from tjdesk.alarm.network.identity import load_identity

from .netkit import Site, nameless_certificate, retain_presence

ROOT = "tjdesk/v1/shelter-a"


def _texts(checks: list[Check]) -> list[tuple[bool, str]]:
    return [(c.ok, c.text) for c in checks]


def _head(site: Site, station: str, kind: str = "desk") -> tuple[bool, str]:
    return (True, f"Station {station} ({kind}) of site shelter-a, broker 127.0.0.1:{site.port}")


def _reissue(site: Site, folder: Path, days: float) -> x509.Certificate:
    """Put a certificate of the site's CA valid for ``days`` (with its key) into ``folder``."""
    ca = pki.load_ca(site.folder / "ca.crt", site.folder / "ca.key")
    issued = pki.issue(ca, folder.name, "shelter-a", days=days)  # type: ignore[arg-type]
    (folder / "station.crt").write_bytes(pki.cert_pem(issued.cert))
    pki.write_private(folder / "station.key", pki.key_pem(issued.key))
    return issued.cert


def test_a_healthy_desk_is_told_line_by_line(site: Site) -> None:
    desk = site.add("desk-a", "desk")
    site.broker.start()
    assert _texts(check_station(desk, broker_folder=site.folder)) == [
        _head(site, "desk-a"),
        (True, "Certificate valid for 1824 more days"),
        (True, "Certificate issued by the site's CA"),
        (True, "Key matches the certificate"),
        (True, f"The broker's ACL {site.folder / 'acl'} has the lines of desk-a"),
        (True, "Broker reachable (TLSv1.3)"),
        (True, "The broker lets desk-a read the site and write its own topics"),
    ]


def test_a_room_station_and_a_reader_are_told_their_own_rights(site: Site) -> None:
    room = site.add("room-pc-1", "room", ["room-1"])
    reader = site.add("wall", "reader")
    site.broker.start()
    assert _texts(check_station(room))[0] == _head(site, "room-pc-1", "room")
    assert check_station(room)[-1] == Check(
        True, "The broker lets room-pc-1 read the site and write its own topics"
    )
    # A reader may not publish a probe: with nothing retained on the site yet, the granted
    # subscription proves nothing (Mosquitto grants every SUBACK), and it says so.
    assert check_station(reader, timeout_s=0.5)[-1] == Check(
        True,
        "The broker takes the certificate of wall, but nothing on the site could be read yet, "
        "so its right to read was not seen. Check again once a room or desk station is "
        "connected.",
    )
    retain_presence(site, room)
    assert _texts(check_station(reader, broker_folder=site.folder))[-3:] == [
        (True, f"The broker's ACL {site.folder / 'acl'} has the lines of wall"),
        (True, "Broker reachable (TLSv1.3)"),
        (True, "The broker lets wall read the site"),
    ]


def test_a_reader_the_acl_forgot_reads_nothing_and_is_not_told_it_may_read(site: Site) -> None:
    room = site.add("room-pc-1", "room", ["room-1"])
    reader = site.add("wall", "reader")
    acl = site.folder / "acl"
    acl.write_text(acl.read_text().replace("user wall\ntopic read", "user wall\n#topic read"))
    site.broker.start()
    retain_presence(site, room)
    last = check_station(reader, timeout_s=0.5)[-1]
    assert last.text != "The broker lets wall read the site"
    assert "its right to read was not seen" in last.text


def test_a_desk_that_may_answer_but_not_read_is_told_it_would_receive_no_alarm(
    site: Site,
) -> None:
    desk = site.add("desk-a", "desk")
    acl = site.folder / "acl"
    acl.write_text(acl.read_text().replace("user desk-a\ntopic read", "user desk-a\n#topic read"))
    site.broker.start()
    assert check_station(desk, timeout_s=0.5)[-1] == Check(
        False,
        "The broker's ACL does not let the station desk-a read the site: its own test message "
        "never came back, so it would receive no alarm. Add it with 'tjdesk network "
        "add-station' at the broker, then restart the broker (systemctl restart tjdesk-broker) "
        "so that it reads its ACL again.",
    )


@pytest.mark.parametrize("spoilt", ["station.crt", "ca.crt", "station.key"])
def test_a_file_that_is_not_pem_is_unreadable_and_nothing_more_is_tried(
    site: Site, spoilt: str
) -> None:
    desk = site.add("desk-a", "desk")
    (desk / spoilt).write_bytes(b"not a PEM file")
    checks = check_station(desk)
    assert len(checks) == 2 and _texts(checks)[0] == _head(site, "desk-a")
    assert checks[1] == Check(
        False,
        "Unreadable: Unable to load PEM file. See https://cryptography.io/en/latest/faq/"
        "#why-can-t-i-import-my-pem-file for more details. MalformedFraming",
    )


def test_a_station_folder_that_cannot_be_used_is_one_sentence(tmp_path: Path) -> None:
    assert _texts(check_station(tmp_path / "nowhere")) == [
        (
            False,
            f"The station folder {tmp_path / 'nowhere'} cannot be used: station.json is missing",
        )
    ]


@pytest.mark.parametrize(
    "days, line",
    [
        (30, (False, "Certificate valid for 29 more days")),  # warned 60 days ahead
        (60, (False, "Certificate valid for 59 more days")),
        (61, (True, "Certificate valid for 60 more days")),
    ],
)
def test_a_certificate_near_its_end_is_a_warning_and_one_past_it_a_problem(
    site: Site, days: int, line: tuple[bool, str]
) -> None:
    desk = site.add("desk-a", "desk")
    _reissue(site, desk, days)
    checks = _texts(check_station(desk, timeout_s=0.5))
    assert checks[1] == line
    assert checks[2:4] == [
        (True, "Certificate issued by the site's CA"),
        (True, "Key matches the certificate"),
    ]


def test_an_expired_certificate_is_a_problem(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    desk = site.add("desk-a", "desk")
    end = pki.load_cert(desk / "station.crt").not_valid_after_utc
    monkeypatch.setattr(pki, "_now", lambda: end + dt.timedelta(seconds=1))
    assert _texts(check_station(desk, timeout_s=0.5))[1] == (
        False,
        "The station certificate expired.",
    )
    monkeypatch.setattr(pki, "_now", lambda: end - dt.timedelta(hours=1))
    assert _texts(check_station(desk, timeout_s=0.5))[1] == (
        False,
        "Certificate valid for 0 more days",
    )


def test_the_days_left_are_whole_days_of_24_hours(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = site.add("desk-a", "desk")
    end = pki.load_cert(desk / "station.crt").not_valid_after_utc
    # 60 days and 30 seconds before the end: still 60 whole days, no warning yet
    monkeypatch.setattr(pki, "_now", lambda: end - dt.timedelta(days=60, seconds=30))
    assert _texts(check_station(desk, timeout_s=0.5))[1] == (
        True,
        "Certificate valid for 60 more days",
    )


def test_a_certificate_of_another_site_or_a_key_of_another_station_is_named(
    site: Site,
) -> None:
    desk = site.add("desk-a", "desk")
    other = site.add("desk-b", "desk")
    (desk / "station.key").write_bytes((other / "station.key").read_bytes())
    failed = [c.text for c in check_station(desk, broker_folder=site.folder) if not c.ok]
    assert failed == ["station.key does NOT belong to station.crt."]  # no handshake tried
    stranger = Site()
    try:
        far = stranger.add("desk-a", "desk")
        for name in ("station.crt", "station.key"):
            (desk / name).write_bytes((far / name).read_bytes())
        # the ACL file is right, the key matches its certificate: no handshake all the same
        assert _texts(check_station(desk, broker_folder=site.folder))[2:] == [
            (False, "The certificate is NOT from this site's CA."),
            (True, "Key matches the certificate"),
            (True, f"The broker's ACL {site.folder / 'acl'} has the lines of desk-a"),
        ]
    finally:
        stranger.close()


def _acl_check(site: Site, station: Path) -> tuple[bool, str]:
    return _texts(check_station(station, timeout_s=0.5, broker_folder=site.folder))[4]


def test_the_acl_file_is_read_as_the_broker_reads_it(site: Site) -> None:
    desk = site.add("desk-a", "desk")
    acl = site.folder / "acl"
    acl.write_text(
        "topic read tjdesk/v1/shelter-a/#\n"  # before any user: nobody's
        "user   desk-a  \n"
        f"topic   read   {ROOT}/#\n"
        f"  topic write {ROOT}/station/desk-a/presence\n"
        f"topic write {ROOT}/room/+/command\n"
    )
    assert _acl_check(site, desk) == (True, f"The broker's ACL {acl} has the lines of desk-a")
    acl.write_text(f"user desk-b\ntopic read {ROOT}/#\n")
    assert _acl_check(site, desk) == (
        False,
        f"The broker's ACL {acl} has no lines for the station desk-a: it was revoked, or added "
        "at another broker folder.",
    )
    acl.write_text(
        f"user desk-b\ntopic read {ROOT}/#\ntopic write {ROOT}/station/desk-a/presence\n"
        f"topic write {ROOT}/room/+/command\nuser desk-a\ntopic read {ROOT}/#\n"
    )
    assert _acl_check(site, desk) == (
        False,
        f"The broker's ACL {acl} lacks for the station desk-a: topic write "
        f"{ROOT}/station/desk-a/presence; topic write {ROOT}/room/+/command",
    )


def test_a_room_stations_own_lines_are_looked_for_in_the_acl_file(site: Site) -> None:
    room = site.add("room-pc-1", "room", ["room-1"])
    reader = site.add("wall", "reader")
    acl = site.folder / "acl"
    kept = [line for line in acl.read_text().splitlines() if "room-1/" not in line]
    acl.write_text("\n".join(kept) + "\n")
    assert _acl_check(site, room) == (
        False,
        f"The broker's ACL {acl} lacks for the station room-pc-1: topic write "
        f"{ROOT}/room/room-1/state; topic write {ROOT}/room/room-1/event",
    )
    assert _acl_check(site, reader) == (True, f"The broker's ACL {acl} has the lines of wall")


def test_a_desk_whose_folder_names_a_room_is_not_expected_to_write_it(site: Site) -> None:
    desk = site.add("desk-a", "desk")
    description = json.loads((desk / "station.json").read_text())
    description["rooms"] = ["room-1"]  # by hand; the desk never speaks for it
    (desk / "station.json").write_text(json.dumps(description))
    assert _acl_check(site, desk) == (
        True,
        f"The broker's ACL {site.folder / 'acl'} has the lines of desk-a",
    )


@pytest.mark.parametrize("content", [None, b"user desk-a\n\xff\n"])
def test_an_acl_file_that_cannot_be_read_is_named(site: Site, content: bytes | None) -> None:
    desk = site.add("desk-a", "desk")
    acl = site.folder / "acl"
    if content is None:
        acl.unlink()
    else:
        acl.write_bytes(content)
    assert _acl_check(site, desk) == (False, f"The broker's ACL {acl} cannot be read.")


def test_a_certificate_without_a_name_is_refused_by_the_broker_in_its_words(
    site: Site,
) -> None:
    desk = site.add("desk-x", "desk")
    nameless_certificate(site, desk)  # made by hand with the site's CA, no common name
    site.broker.start()
    assert _texts(check_station(desk))[-2:] == [
        (True, "Broker reachable (TLSv1.3)"),
        (False, "The broker refuses the station desk-x: Bad user name or password"),
    ]


def test_a_revoked_station_gets_no_answer_from_the_restarted_broker(site: Site) -> None:
    desk = site.add("desk-a", "desk")
    site_files.revoke_station(site.folder, "desk-a")
    site.broker.start()
    assert _texts(check_station(desk, timeout_s=0.5))[-1] == (
        False,
        f"The broker 127.0.0.1:{site.port} does not answer: timeout",
    )


def test_a_desk_that_may_read_but_not_answer_is_told_so(site: Site) -> None:
    desk = site.add("desk-a", "desk")
    acl = site.folder / "acl"
    acl.write_text(acl.read_text().replace(f"topic write {ROOT}/room/+/command\n", ""))
    site.broker.start()
    assert check_station(desk)[-1] == Check(
        False,
        "The broker's ACL does not give the station desk-a its rights (Not authorized). Add it "
        "with 'tjdesk network add-station' at the broker, then restart the broker "
        "(systemctl restart tjdesk-broker) so that it reads its ACL again.",
    )


def test_asking_a_broker_that_is_not_running_says_so(site: Site) -> None:
    desk = site.add("desk-a", "desk")
    assert _texts(check_station(desk))[3:] == [
        (True, "Key matches the certificate"),
        (False, f"The broker 127.0.0.1:{site.port} does not answer: ConnectionRefusedError"),
    ]  # nothing asked of a broker that did not answer
    assert check_broker_rights(load_identity(desk), 0.5) == Check(
        False, f"The broker 127.0.0.1:{site.port} does not answer: ConnectionRefusedError"
    )


@pytest.fixture
def silent() -> Iterator[int]:
    """A port that takes connections and never says a word."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        yield int(server.getsockname()[1])


def test_a_broker_that_never_answers_the_handshake_is_given_up_on(site: Site, silent: int) -> None:
    desk = site.add("desk-a", "desk")
    description = json.loads((desk / "station.json").read_text())
    description["broker_port"] = silent
    (desk / "station.json").write_text(json.dumps(description))
    assert _texts(check_station(desk, timeout_s=0.3))[-1] == (
        False,
        f"The broker 127.0.0.1:{silent} does not answer: TimeoutError",
    )


def test_a_broker_certificate_without_the_stations_host_name_is_refused_in_words() -> None:
    everywhere = Site(bind=None)  # listens on every loopback address
    try:
        desk = everywhere.add("desk-a", "desk")
        description = json.loads((desk / "station.json").read_text())
        description["broker_host"] = "127.0.0.2"  # not in the broker's certificate
        (desk / "station.json").write_text(json.dumps(description))
        everywhere.broker.start()
        assert _texts(check_station(desk))[-1] == (
            False,
            "The broker's certificate is refused: IP address mismatch, certificate is not "
            "valid for '127.0.0.2'.",
        )
    finally:
        everywhere.close()
