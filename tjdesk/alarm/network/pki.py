"""The shelter's own certificate authority, with ``cryptography``'s x509 (no openssl).

ECDSA P-256 keys. The CA signs the broker's certificate (server auth, its host names as
subject alternative names) and one certificate per station (client auth; the common name is
the station id, which the broker takes as the user name). A revoked station's serial goes
into the CRL that the broker reads.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from tjdesk.vault.atomic_file import write_atomic

CA_DAYS = 20 * 365
LEAF_DAYS = 5 * 365
CRL_DAYS = 20 * 365  # a CRL past its next update makes OpenSSL refuse every station
PrivateKey = ec.EllipticCurvePrivateKey


@dataclass(frozen=True)
class Issued:
    key: PrivateKey
    cert: x509.Certificate

    @property
    def serial(self) -> int:
        return self.cert.serial_number


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _name(common_name: str, site: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, f"TJ Desk site {site}"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def new_key() -> PrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def new_ca(site: str) -> Issued:
    key = new_key()
    name = _name(f"TJ Desk alarm network CA ({site})", site)
    now = _now()
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=CA_DAYS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return Issued(key, cert)


def _alt_name(host: str) -> x509.GeneralName:
    try:
        return x509.IPAddress(ipaddress.ip_address(host))
    except ValueError:
        return x509.DNSName(host)


def issue(
    ca: Issued,
    common_name: str,
    site: str,
    *,
    server_hosts: list[str] | None = None,
    days: int = LEAF_DAYS,
) -> Issued:
    """A certificate for the broker (``server_hosts`` given) or for a station."""
    key = new_key()
    now = _now()
    usage = ExtendedKeyUsageOID.SERVER_AUTH if server_hosts else ExtendedKeyUsageOID.CLIENT_AUTH
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name, site))
        .issuer_name(ca.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=True,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([usage]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca.key.public_key()),
            critical=False,
        )
    )
    if server_hosts:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([_alt_name(h) for h in server_hosts]), critical=False
        )
    return Issued(key, builder.sign(ca.key, hashes.SHA256()))


def crl(ca: Issued, revoked_serials: list[int]) -> x509.CertificateRevocationList:
    now = _now()
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(ca.cert.subject)
        .last_update(now - dt.timedelta(minutes=5))
        .next_update(now + dt.timedelta(days=CRL_DAYS))
    )
    for serial in revoked_serials:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder()
            .serial_number(serial)
            .revocation_date(now - dt.timedelta(minutes=5))
            .build()
        )
    return builder.sign(ca.key, hashes.SHA256())


# ---------------------------------------------------------------------------- files


def cert_pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def crl_pem(revocations: x509.CertificateRevocationList) -> bytes:
    return revocations.public_bytes(serialization.Encoding.PEM)


def key_pem(key: PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def write_private(path: Path, data: bytes) -> None:
    """A key: 0600 from the first byte (never readable by others, even for a moment)."""
    write_atomic(path, data, mode=0o600)


def load_ca(cert_path: Path, key_path: Path) -> Issued:
    cert = x509.load_pem_x509_certificate(cert_path.read_bytes())
    key = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise ValueError("the CA key is not an EC key")
    return Issued(key, cert)


def load_cert(path: Path) -> x509.Certificate:
    return x509.load_pem_x509_certificate(path.read_bytes())


def days_left(cert: x509.Certificate) -> float:
    return (cert.not_valid_after_utc - _now()).total_seconds() / 86400


def signed_by(cert: x509.Certificate, ca: x509.Certificate) -> bool:
    try:
        cert.verify_directly_issued_by(ca)
    except Exception:  # InvalidSignature, or a ValueError/TypeError for another key type
        return False
    return True
