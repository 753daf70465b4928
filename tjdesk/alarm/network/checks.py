"""Checks of a station's network set-up for ``tjdesk doctor``: the folder, the certificate's
dates and issuer, the key, and whether the broker answers a TLS handshake with it.

Each check is one sentence (English source, marked for translation) and whether it passed.
The broker check opens one TLS connection with a short timeout; it sends no MQTT message.
"""

from __future__ import annotations

import socket
import ssl
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization

from tjdesk.alarm.network import pki
from tjdesk.alarm.network.identity import load_identity
from tjdesk.errors import TJDeskError
from tjdesk.i18n import QT_TRANSLATE_NOOP, fill

WARN_DAYS = 60


@dataclass(frozen=True)
class Check:
    ok: bool
    text: str


def check_station(folder: Path, timeout_s: float = 3.0) -> list[Check]:
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
    checks.append(
        Check(
            pki.signed_by(cert, ca),
            QT_TRANSLATE_NOOP("cli", "Certificate issued by the site's CA")
            if pki.signed_by(cert, ca)
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
    if all(c.ok for c in checks[-2:]):  # TLS needs a matching key and the site's CA
        checks.append(_handshake(identity.broker_host, identity.broker_port, identity, timeout_s))
    return checks


def _handshake(host: str, port: int, identity: object, timeout_s: float) -> Check:
    from tjdesk.alarm.network.identity import StationIdentity

    assert isinstance(identity, StationIdentity)
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
            fill(QT_TRANSLATE_NOOP("cli", "The broker's certificate is refused: %1"), err.reason),
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
