"""Sealed sections are standard age: known answers from the age test vectors (C2SP CCTV,
age/testdata, whose licence allows copying), and the stock ``age`` tool opens a section with
the recovery identity after ``sqlcipher``-level access with the database key alone."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import bech32
import pyrage
import pytest
import sqlcipher3
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from tests.helpers.vaults import MadeVault, make_vault
from tjdesk.actors import Role
from tjdesk.cases import case_service, session_service
from tjdesk.cases.codes import CaseType, ContactType
from tjdesk.cases.records import CaseForm, SessionForm
from tjdesk.policy import Section
from tjdesk.vault import age_format, age_keys
from tjdesk.vault.age_format import SealedToNobody

VECTORS = Path(__file__).parent / "age_vectors"


def _vector(name: str) -> tuple[dict[str, str], bytes]:
    raw = (VECTORS / name).read_bytes()
    head, _, body = raw.partition(b"\n\n")
    fields = dict(line.split(": ", 1) for line in head.decode().splitlines())
    return fields, body


@pytest.mark.parametrize("name", ["x25519", "x25519_multiple_recipients"])
def test_age_vectors_that_must_open(name: str) -> None:
    fields, body = _vector(name)
    assert fields["expect"] == "success"
    identity = age_format.parse_identity(fields["identity"])
    plain = age_format.unseal(body, identity)
    assert hashlib.sha256(plain).hexdigest() == fields["payload"]


@pytest.mark.parametrize("name", ["x25519_bad_tag", "x25519_low_order"])
def test_age_vectors_that_must_not_open(name: str) -> None:
    fields, body = _vector(name)
    assert fields["expect"] != "success"
    with pytest.raises(pyrage.DecryptError):
        age_format.unseal(body, age_format.parse_identity(fields["identity"]))


def test_nothing_is_sealed_to_nobody() -> None:
    with pytest.raises(SealedToNobody, match="^refusing to seal to nobody$"):
        age_format.seal(b"text", [])


@pytest.fixture
def made(tmp_path: Path) -> MadeVault:
    return make_vault(tmp_path / "vault", users=[("ann", Role.COUNSELOR)])


# age is a Debian package: skipped (with the reason) where it is missing, never in CI, where
# .ci/run installs it and its absence is a failure.
@pytest.mark.skipif(
    shutil.which("age") is None and os.environ.get("CI") != "true",
    reason="needs the Debian package age",
)
def test_stock_age_opens_a_note_with_the_recovery_identity(made: MadeVault, tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    ann = made.handles["ann"].actor
    assert ann is not None
    now = datetime.now(UTC)

    def write(db):  # type: ignore[no-untyped-def]
        case_id = case_service.create_case(db, ann, CaseForm(case_type=CaseType.OTHER))
        session_id = session_service.create_session(
            db,
            ann,
            SessionForm(
                case_id, now - timedelta(hours=2), now - timedelta(hours=1), ContactType.IN_PERSON
            ),
        )
        session_service.save_note(db, ann, session_id, Section.NOTES, "พบที่บ้านพัก safe", 0)
        return case_id

    case_id = made.worker("ann").call(write)
    made.close()
    # 1. sqlcipher with the database key (the sheet's first half): the section key and the note.
    conn = sqlcipher3.connect(str(made.handles["admin"].database_path))
    key_hex = made.handles["admin"].key.hex()
    conn.execute(f"PRAGMA key = \"x'{key_hex}'\"")
    sealed_key, generation = conn.execute(
        "SELECT sealed_identity, generation FROM section_keys WHERE case_id = ?"
        " AND section = 'notes' ORDER BY generation DESC LIMIT 1",
        (case_id,),
    ).fetchone()
    note = conn.execute(
        "SELECT sealed FROM session_notes WHERE key_generation = ?", (generation,)
    ).fetchone()[0]
    conn.close()
    (tmp_path / "section.age").write_bytes(sealed_key)
    (tmp_path / "note.age").write_bytes(note)
    (tmp_path / "recovery.txt").write_text(made.recovery_identity + "\n")
    # 2. age -d -i recovery.txt: the section identity.  3. age -d -i section.txt: the text.
    section = subprocess.run(
        ["age", "-d", "-i", str(tmp_path / "recovery.txt"), str(tmp_path / "section.age")],
        check=True,
        capture_output=True,
    ).stdout
    assert section.startswith(b"AGE-SECRET-KEY-1")
    (tmp_path / "section.txt").write_bytes(section + b"\n")
    text = subprocess.run(
        ["age", "-d", "-i", str(tmp_path / "section.txt"), str(tmp_path / "note.age")],
        check=True,
        capture_output=True,
    ).stdout
    assert text.decode("utf-8") == "พบที่บ้านพัก safe"


@pytest.mark.parametrize("name", ["x25519", "x25519_multiple_recipients"])
def test_our_text_forms_of_a_key_are_ages_own(name: str) -> None:
    """A key slot's raw X25519 key written as age writes it: the vector's identity, to the
    letter, and the recipient age derives from it."""
    fields, _ = _vector(name)
    _, words = bech32.bech32_decode(fields["identity"].lower())
    assert words is not None
    raw = bytes(bech32.convertbits(words, 5, 8, False) or [])
    assert age_keys.identity_string(raw) == fields["identity"]
    assert str(age_keys.identity(raw)) == fields["identity"]
    public = X25519PrivateKey.from_private_bytes(raw).public_key().public_bytes_raw()
    assert age_keys.recipient_string(public) == str(
        age_format.parse_identity(fields["identity"]).to_public()
    )


@pytest.mark.parametrize("length", [0, 31, 33])
def test_a_key_of_the_wrong_length_is_refused(length: int) -> None:
    with pytest.raises(ValueError, match="^an X25519 key is 32 bytes$"):
        age_keys.recipient_string(bytes(length))
    with pytest.raises(ValueError, match="^an X25519 key is 32 bytes$"):
        age_keys.identity_string(bytes(length))


def test_a_reader_named_twice_is_sealed_to_once() -> None:
    """One stanza per reader: a team member who is also the writer is not listed twice."""
    ann, bo = age_format.new_identity(), age_format.new_identity()
    readers = [str(ann.to_public()), str(bo.to_public()), str(ann.to_public())]
    blob = age_format.seal(b"text", readers)
    header = blob.split(b"\n---")[0]
    assert header.count(b"\n-> X25519 ") == 2
    assert age_format.unseal(blob, ann) == b"text" == age_format.unseal(blob, bo)
