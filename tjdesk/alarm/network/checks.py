"""Checks of a station's network set-up for ``tjdesk doctor``: the folder, the certificate's
dates and issuer, the key, whether the broker answers a TLS handshake with it, and whether the
broker's ACL gives this station its rights.

Each check is one sentence (English source, marked for translation) and whether it passed.

The ACL is checked for real, on the broker: a short MQTT 5 session with the station's own
certificate (another client id, so the running alarm service is not pushed off, no session
kept) subscribes to the site's topics and, for a room or desk, publishes one QoS 1 message
that nobody receives (on ``room/_doctor/command``: ``_`` is never a room id, and stations
subscribe only to their own rooms' commands). Mosquitto 2 answers an ACL refusal of a publish
with "not authorized" in the PUBACK (src/handle_publish.c), so a room or desk missing from the
ACL, e.g. added while the broker ran without a reload, is caught. Measured with Mosquitto
2.0.11: the SUBACK grants every subscription (read rights are applied to each message as it is
delivered), so a granted subscription proves nothing about reading. Reading is proven by a
message that arrives: a writer's own probe coming back to it, or, for a reader (which may not
publish), any retained message of the site (the stations' presence and the rooms' states). A
reader on a site where nothing is retained yet is told that its reading was not seen.
With the broker's folder at hand (``tjdesk doctor --broker-dir``), the ACL file itself is
checked for this station's lines too.
"""

from __future__ import annotations

import socket
import ssl
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization

from tjdesk.alarm.network import pki
from tjdesk.alarm.network.identity import StationIdentity, load_identity
from tjdesk.alarm.network.names import (
    command_topic,
    event_topic,
    presence_topic,
    site_root,
    state_topic,
)
from tjdesk.errors import TJDeskError
from tjdesk.i18n import QT_TRANSLATE_NOOP, fill

WARN_DAYS = 60


@dataclass(frozen=True)
class Check:
    ok: bool
    text: str


PROBE_ROOM = "_doctor"  # never a room id (ids are a-z 0-9 -): nobody receives the probe


def check_station(
    folder: Path, timeout_s: float = 3.0, broker_folder: Path | None = None
) -> list[Check]:
    try:
        identity = load_identity(folder)
    except TJDeskError as err:
        return [Check(False, str(err))]
    checks = [
        Check(
            True,
            fill(
                QT_TRANSLATE_NOOP("cli", "Station %1 (%2) of site %3, broker %4"),
                identity.station,
                identity.kind,
                identity.site,
                identity.broker,
            ),
        )
    ]
    try:
        cert = pki.load_cert(identity.cert)
        ca = pki.load_cert(identity.ca_cert)
        key = serialization.load_pem_private_key(identity.key.read_bytes(), password=None)
    except (OSError, ValueError) as err:
        return [*checks, Check(False, fill(QT_TRANSLATE_NOOP("cli", "Unreadable: %1"), err))]
    days = pki.days_left(cert)
    if days < 0:
        checks.append(Check(False, QT_TRANSLATE_NOOP("cli", "The station certificate expired.")))
    else:
        text = fill(QT_TRANSLATE_NOOP("cli", "Certificate valid for %1 more days"), int(days))
        checks.append(Check(days > WARN_DAYS, text))
    issued = pki.signed_by(cert, ca)
    checks.append(
        Check(
            issued,
            QT_TRANSLATE_NOOP("cli", "Certificate issued by the site's CA")
            if issued
            else QT_TRANSLATE_NOOP("cli", "The certificate is NOT from this site's CA."),
        )
    )
    same = key.public_key().public_numbers() == cert.public_key().public_numbers()  # type: ignore[union-attr]
    checks.append(
        Check(
            same,
            QT_TRANSLATE_NOOP("cli", "Key matches the certificate")
            if same
            else QT_TRANSLATE_NOOP("cli", "station.key does NOT belong to station.crt."),
        )
    )
    if broker_folder is not None:
        checks.append(check_acl_file(broker_folder, identity))
    if issued and same:  # TLS needs a matching key and the site's CA
        reached = _handshake(identity.broker_host, identity.broker_port, identity, timeout_s)
        checks.append(reached)
        if reached.ok:
            checks.append(check_broker_rights(identity, timeout_s))
    return checks


def expected_acl_lines(identity: StationIdentity) -> list[str]:
    """The ACL lines ``tjdesk network add-station`` writes for this station."""
    lines = [f"topic read {site_root(identity.site)}/#"]
    if identity.kind != "reader":
        lines.append(f"topic write {presence_topic(identity.site, identity.station)}")
        lines.append(f"topic write {command_topic(identity.site, '+')}")
    for room in identity.rooms if identity.kind == "room" else ():
        lines.append(f"topic write {state_topic(identity.site, room)}")
        lines.append(f"topic write {event_topic(identity.site, room)}")
    return lines


def check_acl_file(broker_folder: Path, identity: StationIdentity) -> Check:
    """Whether the broker folder's ACL file holds every line of this station."""
    acl = Path(broker_folder) / "acl"
    try:
        text = acl.read_bytes().decode()
    except (OSError, UnicodeDecodeError):
        return Check(
            False, fill(QT_TRANSLATE_NOOP("cli", "The broker's ACL %1 cannot be read."), acl)
        )
    blocks: dict[str, set[str]] = {}
    current: set[str] | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("user "):
            current = blocks.setdefault(line[5:].strip(), set())
        elif line.startswith("topic ") and current is not None:
            current.add(" ".join(line.split()))
    granted = blocks.get(identity.station)
    if granted is None:
        return Check(
            False,
            fill(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "The broker's ACL %1 has no lines for the station %2: it was revoked, or "
                    "added at another broker folder.",
                ),
                acl,
                identity.station,
            ),
        )
    missing = [line for line in expected_acl_lines(identity) if line not in granted]
    if missing:
        return Check(
            False,
            fill(
                QT_TRANSLATE_NOOP("cli", "The broker's ACL %1 lacks for the station %2: %3"),
                acl,
                identity.station,
                "; ".join(missing),
            ),
        )
    return Check(
        True,
        fill(
            QT_TRANSLATE_NOOP("cli", "The broker's ACL %1 has the lines of %2"),
            acl,
            identity.station,
        ),
    )


def check_broker_rights(identity: StationIdentity, timeout_s: float = 3.0) -> Check:
    """Ask the running broker: may this station read the site and write its own topics?"""
    import paho.mqtt.client as mqtt
    from paho.mqtt.enums import CallbackAPIVersion, MQTTProtocolVersion

    root = site_root(identity.site)
    answers: dict[str, Any] = {}
    done = threading.Event()
    read = threading.Event()  # a message of the site arrived: reading is allowed
    writes = identity.kind != "reader"

    def settled() -> None:
        if "connect" in answers and (
            answers["connect"].is_failure
            or ("subscribe" in answers and ("publish" in answers or not writes))
        ):
            done.set()

    def connected(c: Any, u: Any, flags: Any, reason: Any, props: Any) -> None:
        answers["connect"] = reason
        if not reason.is_failure:
            c.subscribe(f"{root}/#")  # what the ACL's "topic read" grants
        settled()

    def subscribed(c: Any, u: Any, mid: int, reasons: Any, props: Any) -> None:
        answers["subscribe"] = list(reasons)
        if writes:  # after the SUBACK, so that the probe comes back if reading is allowed
            c.publish(command_topic(identity.site, PROBE_ROOM), qos=1)  # an empty message
        settled()

    def published(c: Any, u: Any, mid: int, reason: Any, props: Any) -> None:
        answers["publish"] = reason
        settled()

    def received(c: Any, u: Any, message: Any) -> None:
        read.set()

    # No client id: the broker gives one (MQTT 5), never the alarm service's own, which the
    # broker would otherwise push off. paho's defaults: TLS 1.2 or newer, the broker's
    # certificate required and checked against the site's CA and the host name.
    client = mqtt.Client(CallbackAPIVersion.VERSION2, protocol=MQTTProtocolVersion.MQTTv5)
    client.tls_set(
        ca_certs=str(identity.ca_cert), certfile=str(identity.cert), keyfile=str(identity.key)
    )
    client.on_connect = connected
    client.on_subscribe = subscribed
    client.on_publish = published
    client.on_message = received
    try:
        client.connect(identity.broker_host, identity.broker_port)  # clean start (a first connect)
    except (OSError, ValueError) as err:
        return _no_answer(identity, type(err).__name__)
    client.loop_start()
    try:
        answered = done.wait(timeout_s)
        # Retained messages follow the SUBACK at once, and the probe its PUBACK; a refusal
        # already says what is wrong, with no wait for a message that cannot come.
        was_read = answered and _all_granted(answers, writes) and read.wait(timeout_s)
    finally:
        client.disconnect()
        client.loop_stop()
    if not answered:
        return _no_answer(identity, "timeout")
    return _rights_verdict(identity, answers, writes, was_read)


def _all_granted(answers: dict[str, Any], writes: bool) -> bool:
    return not (
        answers["connect"].is_failure
        or any(r.is_failure for r in answers["subscribe"])
        or (writes and answers["publish"].is_failure)
    )


def _rights_verdict(
    identity: StationIdentity, answers: dict[str, Any], writes: bool, was_read: bool
) -> Check:
    if answers["connect"].is_failure:
        return Check(
            False,
            fill(
                QT_TRANSLATE_NOOP("cli", "The broker refuses the station %1: %2"),
                identity.station,
                str(answers["connect"]),
            ),
        )
    refused = [r for r in answers["subscribe"] if r.is_failure]
    if writes:
        refused += [answers["publish"]] if answers["publish"].is_failure else []
    if refused:
        return Check(
            False,
            fill(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "The broker's ACL does not give the station %1 its rights (%2). Add it "
                    "with 'tjdesk network add-station' at the broker, then restart the broker "
                    "(systemctl restart tjdesk-broker) so that it reads its ACL again.",
                ),
                identity.station,
                str(refused[0]),
            ),
        )
    if writes and not was_read:
        return Check(
            False,
            fill(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "The broker's ACL does not let the station %1 read the site: its own test "
                    "message never came back, so it would receive no alarm. Add it with "
                    "'tjdesk network add-station' at the broker, then restart the broker "
                    "(systemctl restart tjdesk-broker) so that it reads its ACL again.",
                ),
                identity.station,
            ),
        )
    if not was_read:
        # A reader may not publish a probe: with nothing retained on the site yet, its right
        # to read cannot be seen (the SUBACK grants everything, see the module's note).
        return Check(
            True,
            fill(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "The broker takes the certificate of %1, but nothing on the site could be "
                    "read yet, so its right to read was not seen. Check again once a room or "
                    "desk station is connected.",
                ),
                identity.station,
            ),
        )
    return Check(
        True,
        fill(
            QT_TRANSLATE_NOOP("cli", "The broker lets %1 read the site and write its own topics")
            if writes
            else QT_TRANSLATE_NOOP("cli", "The broker lets %1 read the site"),
            identity.station,
        ),
    )


def _no_answer(identity: StationIdentity, why: str) -> Check:
    return Check(
        False,
        fill(
            QT_TRANSLATE_NOOP("cli", "The broker %1 does not answer: %2"),
            identity.broker,
            why,
        ),
    )


def _handshake(host: str, port: int, identity: StationIdentity, timeout_s: float) -> Check:
    context = ssl.create_default_context(cafile=str(identity.ca_cert))
    context.load_cert_chain(str(identity.cert), str(identity.key))
    try:
        with (
            socket.create_connection((host, port), timeout=timeout_s) as raw,
            context.wrap_socket(raw, server_hostname=host) as tls,
        ):
            version = tls.version()
    except ssl.SSLCertVerificationError as err:
        return Check(
            False,
            fill(
                QT_TRANSLATE_NOOP("cli", "The broker's certificate is refused: %1"),
                err.verify_message,  # e.g. "IP address mismatch, certificate is not valid for ..."
            ),
        )
    except (OSError, ssl.SSLError) as err:
        return Check(
            False,
            fill(
                QT_TRANSLATE_NOOP("cli", "The broker %1:%2 does not answer: %3"),
                host,
                port,
                type(err).__name__,
            ),
        )
    return Check(True, fill(QT_TRANSLATE_NOOP("cli", "Broker reachable (%1)"), version))
