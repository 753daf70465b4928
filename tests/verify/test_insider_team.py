"""An insider with only their own password changes the case team or its keys behind TJ Desk.

"bo" is a counselor. His password gives him the database key (every slot yields it), a plain
SQLCipher tool and this project's own code. The team and each key generation are records
signed by whoever made the change (tjdesk/vault/team_records.py); bo tries what the rows
offer:

* he inserts himself into ``case_team``;
* on the team as a counselor, he marks himself its assigned case worker;
* removed from the team, he replays the old team record (or cuts the chain back to it) and
  puts his row back;
* he adds a key generation of his own to ``section_keys``.

Each time ann (the case worker) saves next, she is told in plain words that the team was
changed outside TJ Desk and nothing is saved, and neither her save nor a reader's sign-in
(which rewraps keys for new team members) seals anything new to bo.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pyrage
import pytest
import sqlcipher3

from tests.helpers.forms import session_form
from tests.helpers.insider import (
    audit_verify,
    guards_lifted,
    plain_sqlcipher,
    what_opens,
)
from tests.helpers.legacy import make_legacy_vault, sign_in
from tests.helpers.vaults import DEFAULT_PASSWORD, MadeVault, make_vault
from tjdesk.actors import Actor, Role
from tjdesk.cases import case_service, handover, session_service
from tjdesk.cases.codes import CaseType
from tjdesk.cases.records import CaseForm, IdentityForm, TeamMember
from tjdesk.policy import Section
from tjdesk.users import UserService
from tjdesk.vault import age_format, recovery, team_records, vault
from tjdesk.vault import roster as roster_module
from tjdesk.vault.certified_keys import load as certified
from tjdesk.vault.database import Database
from tjdesk.vault.team_records import TeamChanged
from ui.commands.audit import EXIT_TAMPERED

REFUSAL = "Nothing was saved: the case team was changed outside TJ Desk"
CASE = 1


@pytest.fixture
def made(tmp_path: Path) -> Iterator[MadeVault]:
    """ann (assigned) and cat on a case with one note and an identity; bo off the case."""
    made = make_vault(
        tmp_path / "vault",
        users=[("ann", Role.SOCIAL_WORKER), ("cat", Role.COUNSELOR), ("bo", Role.COUNSELOR)],
    )
    ann, cat = _actor(made, "ann"), _actor(made, "cat")

    def write_case(db: Database) -> None:
        case_id = case_service.create_case(db, ann, CaseForm(case_type=CaseType.TRAFFICKING))
        assert case_id == CASE
        case_service.set_team(db, ann, case_id, [TeamMember(ann.id, True), TeamMember(cat.id)])
        case_service.save_identity(db, ann, case_id, IdentityForm("IDSENTINEL", "", ""), 1)
        session_id = session_service.create_session(db, ann, session_form(case_id))
        session_service.save_note(db, ann, session_id, Section.NOTES, "NOTESENTINEL", 0)

    made.worker("ann").call(write_case)
    made.close()
    yield made
    made.close()


def _actor(made: MadeVault, name: str) -> Actor:
    actor = made.handles[name].actor
    assert actor is not None
    return actor


def _as_bo(made: MadeVault, work: Callable[[sqlcipher3.Connection], None]) -> None:
    """bo's own password, a plain SQLCipher connection; the guard triggers of the team records
    dropped for the work and put back exactly as they were (the structure check passes)."""
    key = vault.unlock(made.folder, "bo", DEFAULT_PASSWORD).key
    with plain_sqlcipher(made.folder, key) as conn, guards_lifted(conn, "case_team_records"):
        work(conn)


def _set_team(made: MadeVault, members: Callable[[dict[str, Actor]], list[TeamMember]]) -> None:
    ann = _actor(made, "ann")
    people = {name: _actor(made, name) for name in ("ann", "cat", "bo")}
    made.worker("ann").call(lambda db: case_service.set_team(db, ann, CASE, members(people)))
    made.close()


def _readers_sign_in(made: MadeVault, *names: str) -> None:
    """Each signs in (the vault worker's first work rewraps keys for new team members)."""
    for name in names:
        made.worker(name)
        made.close()


def _ann_saves(made: MadeVault) -> list[str]:
    """ann's next note and identity: the refusals she is shown."""
    ann = _actor(made, "ann")

    def save(db: Database) -> list[str]:
        shown = []
        session_id = session_service.create_session(db, ann, session_form(CASE))
        with pytest.raises(TeamChanged) as refused:
            session_service.save_note(db, ann, session_id, Section.NOTES, "LATERSENTINEL", 0)
        shown.append(str(refused.value))
        with pytest.raises(TeamChanged) as refused:
            case_service.save_identity(db, ann, CASE, IdentityForm("LATERIDSENTINEL", "", ""), 2)
        shown.append(str(refused.value))
        return shown

    shown = made.worker("ann").call(save)
    made.close()
    return shown


def _assert_named_by_audit_verify(
    made: MadeVault, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = made.handles["admin"].open_database()
    try:
        case_code = db.scalar("SELECT code FROM cases WHERE id = ?", (CASE,))
    finally:
        db.close()
    code, out = audit_verify(made, monkeypatch, capsys)
    assert code == EXIT_TAMPERED
    assert f"The team or the sealing keys of case {case_code} were changed outside TJ Desk" in out


def _assert_nothing_new_for_bo(made: MadeVault, *, already: tuple[str, ...] = ()) -> None:
    opened = what_opens(made)
    for sentinel in ("NOTESENTINEL", "IDSENTINEL", "LATERSENTINEL", "LATERIDSENTINEL"):
        if sentinel not in already:
            assert sentinel not in opened, sentinel


def test_inserting_himself_into_the_team_gets_him_nothing(
    made: MadeVault, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bo = _actor(made, "bo")
    _as_bo(
        made,
        lambda conn: conn.execute(
            "INSERT INTO case_team (case_id, user_id, assigned) VALUES (?, ?, 0)", (CASE, bo.id)
        ),
    )
    _readers_sign_in(made, "cat", "ann")
    shown = _ann_saves(made)
    assert all(text.startswith(REFUSAL) for text in shown)
    _assert_nothing_new_for_bo(made)
    _assert_named_by_audit_verify(made, monkeypatch, capsys)


def test_making_himself_the_assigned_case_worker_gets_him_no_identity(
    made: MadeVault, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _set_team(made, lambda p: [TeamMember(p["ann"].id, True), TeamMember(p["bo"].id)])
    bo = _actor(made, "bo")
    _as_bo(
        made,
        lambda conn: conn.execute(
            "UPDATE case_team SET assigned = 1 WHERE case_id = ? AND user_id = ?", (CASE, bo.id)
        ),
    )
    _readers_sign_in(made, "ann")
    shown = _ann_saves(made)
    assert all(text.startswith(REFUSAL) for text in shown)
    # He was on the team: the notes were his to read, never the identity.
    opened = what_opens(made)
    assert "NOTESENTINEL" in opened
    assert "IDSENTINEL" not in opened
    assert "LATERSENTINEL" not in opened
    assert "LATERIDSENTINEL" not in opened
    _assert_named_by_audit_verify(made, monkeypatch, capsys)


@pytest.mark.parametrize("how", ["replay", "cut back", "cut back with the newer keys"])
def test_an_old_team_record_does_not_bring_him_back(
    made: MadeVault,
    how: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ann, bo = _actor(made, "ann"), _actor(made, "bo")
    _set_team(made, lambda p: [TeamMember(p["ann"].id, True), TeamMember(p["bo"].id)])
    _set_team(made, lambda p: [TeamMember(p["ann"].id, True), TeamMember(p["cat"].id)])

    def write_after(db: Database) -> None:
        session_id = session_service.create_session(db, ann, session_form(CASE))
        session_service.save_note(db, ann, session_id, Section.NOTES, "AFTERSENTINEL", 0)

    made.worker("ann").call(write_after)
    made.close()

    def bring_back(conn: sqlcipher3.Connection) -> None:
        rows = conn.execute(
            "SELECT seq, body, signer_key, signature FROM case_team_records"
            " WHERE case_id = ? ORDER BY seq",
            (CASE,),
        ).fetchall()
        with_bo = max(r[0] for r in rows if f"[{bo.id},false]" in r[1])
        if how == "replay":
            old = next(r for r in rows if r[0] == with_bo)
            conn.execute(
                "INSERT INTO case_team_records (case_id, seq, body, signer_key, signature)"
                " VALUES (?, ?, ?, ?, ?)",
                (CASE, rows[-1][0] + 1, old[1], old[2], old[3]),
            )
        else:
            conn.execute(
                "DELETE FROM case_team_records WHERE case_id = ? AND seq > ?", (CASE, with_bo)
            )
        if how == "cut back with the newer keys":
            # The keys made without him go too: records, rows and keys agree with each other;
            # only the signed audit trail's count of team changes is left to tell.
            for table in ("section_readers", "section_keys"):
                gone = conn.execute(
                    f"DELETE FROM {table} WHERE case_id = ? AND generation > 1", (CASE,)
                )
                assert gone.rowcount > 0
        conn.execute("DELETE FROM case_team WHERE case_id = ? AND user_id != ?", (CASE, ann.id))
        conn.execute(
            "INSERT INTO case_team (case_id, user_id, assigned) VALUES (?, ?, 0)", (CASE, bo.id)
        )

    _as_bo(made, bring_back)
    _readers_sign_in(made, "ann")
    shown = _ann_saves(made)
    assert all(text.startswith(REFUSAL) for text in shown)
    opened = what_opens(made)
    assert "AFTERSENTINEL" not in opened
    _assert_nothing_new_for_bo(made, already=("NOTESENTINEL",))
    _assert_named_by_audit_verify(made, monkeypatch, capsys)


def test_a_key_generation_of_his_own_is_never_sealed_to(
    made: MadeVault, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """bo adds a notes key he knows, sealed to ann and cat as the bookkeeping expects (and to
    himself), so the next note would be sealed to it."""
    bo_unlocked = vault.unlock(made.folder, "bo", DEFAULT_PASSWORD)
    assert bo_unlocked.signed_in is not None
    bos_recipient = bo_unlocked.signed_in.age_recipient
    ann, cat = _actor(made, "ann"), _actor(made, "cat")
    db = bo_unlocked.open_database()
    try:
        keys = certified(db)
        readers = {uid: keys.readers[uid].recipient for uid in (ann.id, cat.id)}
        recovery = keys.recovery
    finally:
        db.close()
    assert recovery is not None
    own = pyrage.x25519.Identity.generate()

    def add_generation(conn: sqlcipher3.Connection) -> None:
        newest = conn.execute(
            "SELECT max(generation) FROM section_keys WHERE case_id = ? AND section = 'notes'",
            (CASE,),
        ).fetchone()[0]
        sealed = age_format.seal(
            str(own).encode("ascii"), [*readers.values(), recovery, bos_recipient]
        )
        conn.execute(
            "INSERT INTO section_keys (case_id, section, generation, recipient, sealed_identity,"
            " created_at) VALUES (?, 'notes', ?, ?, ?, '2026-12-01T00:00:00.000000Z')",
            (CASE, newest + 1, str(own.to_public()), sealed),
        )
        conn.executemany(
            "INSERT INTO section_readers (case_id, section, generation, user_id, recipient)"
            " VALUES (?, 'notes', ?, ?, ?)",
            [(CASE, newest + 1, uid, rec) for uid, rec in readers.items()],
        )

    _as_bo(made, add_generation)
    _readers_sign_in(made, "cat", "ann")
    ann_actor = _actor(made, "ann")

    def save(db: Database) -> str:
        session_id = session_service.create_session(db, ann_actor, session_form(CASE))
        with pytest.raises(TeamChanged) as refused:
            session_service.save_note(db, ann_actor, session_id, Section.NOTES, "LATERSENTINEL", 0)
        return str(refused.value)

    shown = made.worker("ann").call(save)
    made.close()
    assert shown.startswith(REFUSAL)
    opened = what_opens(made)
    assert "LATERSENTINEL" not in opened
    assert "NOTESENTINEL" not in opened
    _assert_named_by_audit_verify(made, monkeypatch, capsys)


def test_a_key_he_signed_as_a_team_member_gets_him_no_identity(made: MadeVault) -> None:
    """bo, a counselor on the team (not its case worker), adds an identity key of his own and
    signs its record with his own key through TJ Desk's code (team members may sign a key
    generation). He may not read identity, so ann's next identity goes to a fresh key she
    makes herself: it is saved, she reads it back, and bo opens none of it."""
    _set_team(made, lambda p: [TeamMember(p["ann"].id, True), TeamMember(p["bo"].id)])
    ann = _actor(made, "ann")
    bo_unlocked = vault.unlock(made.folder, "bo", DEFAULT_PASSWORD)
    assert bo_unlocked.signed_in is not None
    own = pyrage.x25519.Identity.generate()
    db = bo_unlocked.open_database()
    try:
        keys = certified(db)
        assert keys.recovery is not None
        readers = {ann.id: keys.readers[ann.id].recipient}
        sealed = age_format.seal(
            str(own).encode("ascii"),
            [*readers.values(), keys.recovery, bo_unlocked.signed_in.age_recipient],
        )
        with db.transaction():
            generation = 1 + int(
                db.scalar(
                    "SELECT max(generation) FROM section_keys WHERE case_id = ?"
                    " AND section = 'identity'",
                    (CASE,),
                )
            )
            db.execute(
                "INSERT INTO section_keys (case_id, section, generation, recipient,"
                " sealed_identity, created_at) VALUES (?, 'identity', ?, ?, ?, ?)",
                (CASE, generation, str(own.to_public()), sealed, "2026-12-01T00:00:00.000000Z"),
            )
            db.execute(
                "INSERT INTO section_readers (case_id, section, generation, user_id, recipient)"
                " VALUES (?, 'identity', ?, ?, ?)",
                (CASE, generation, ann.id, readers[ann.id]),
            )
            team_records.sign_key(db, CASE, "identity", generation, str(own.to_public()))
    finally:
        db.close()

    def save_and_read(db: Database) -> str:
        case_service.save_identity(db, ann, CASE, IdentityForm("LATERIDSENTINEL", "", ""), 2)
        return case_service.show_identity(db, ann, CASE).real_name

    assert made.worker("ann").call(save_and_read) == "LATERIDSENTINEL"
    made.close()
    opened = what_opens(made)
    assert "LATERIDSENTINEL" not in opened
    assert "IDSENTINEL" not in opened


def test_disabling_a_colleague_goes_through_on_a_case_whose_team_was_changed(
    made: MadeVault,
) -> None:
    """A changed team refuses sealing to anyone new, but never blocks a removal: the
    administrator disables cat, and cat holds no key to the notes written from then on."""
    bo = _actor(made, "bo")

    def break_the_chain(conn: sqlcipher3.Connection) -> None:
        """His row, and the case's newest record replayed after itself: the chain is broken."""
        seq, body, signer_key, signature = conn.execute(
            "SELECT seq, body, signer_key, signature FROM case_team_records WHERE case_id = ?"
            " ORDER BY seq DESC LIMIT 1",
            (CASE,),
        ).fetchone()
        conn.execute(
            "INSERT INTO case_team_records (case_id, seq, body, signer_key, signature)"
            " VALUES (?, ?, ?, ?, ?)",
            (CASE, seq + 1, body, signer_key, signature),
        )
        conn.execute(
            "INSERT INTO case_team (case_id, user_id, assigned) VALUES (?, ?, 0)", (CASE, bo.id)
        )

    _as_bo(made, break_the_chain)
    admin = made.handles["admin"]
    db = admin.open_database()
    try:
        UserService(db, admin).disable_user("cat")
        newest = db.scalar(
            "SELECT max(generation) FROM section_keys WHERE case_id = ? AND section = 'notes'",
            (CASE,),
        )
        holders = {
            int(r["user_id"])
            for r in db.query(
                "SELECT user_id FROM section_readers WHERE case_id = ? AND section = 'notes'"
                " AND generation = ?",
                (CASE, newest),
            )
        }
    finally:
        db.close()
    assert newest == 2  # a new generation without cat
    assert holders == {_actor(made, "ann").id}
    _assert_nothing_new_for_bo(made)


def test_a_key_he_signs_while_off_the_team_is_refused(made: MadeVault) -> None:
    """bo, on no team of the case and no administrator, adds a notes key of his own and signs
    its record through TJ Desk's code: refused in plain words, nothing of it stays, and ann's
    next note is saved to the team's key, none of it for bo."""
    ann = _actor(made, "ann")
    bo_unlocked = vault.unlock(made.folder, "bo", DEFAULT_PASSWORD)
    assert bo_unlocked.signed_in is not None
    own = pyrage.x25519.Identity.generate()
    db = bo_unlocked.open_database()
    try:
        keys = certified(db)
        assert keys.recovery is not None
        sealed = age_format.seal(
            str(own).encode("ascii"),
            [keys.readers[ann.id].recipient, keys.recovery, bo_unlocked.signed_in.age_recipient],
        )
        with pytest.raises(TeamChanged) as refused, db.transaction():
            generation = 1 + int(
                db.scalar(
                    "SELECT max(generation) FROM section_keys WHERE case_id = ?"
                    " AND section = 'notes'",
                    (CASE,),
                )
            )
            db.execute(
                "INSERT INTO section_keys (case_id, section, generation, recipient,"
                " sealed_identity, created_at) VALUES (?, 'notes', ?, ?, ?, ?)",
                (CASE, generation, str(own.to_public()), sealed, "2026-12-01T00:00:00.000000Z"),
            )
            team_records.sign_key(db, CASE, "notes", generation, str(own.to_public()))
        assert str(refused.value).startswith(REFUSAL)
        assert (
            db.scalar(
                "SELECT count(*) FROM section_keys WHERE recipient = ?", (str(own.to_public()),)
            )
            == 0
        )
    finally:
        db.close()

    def save_and_read(db: Database) -> str:
        session_id = session_service.create_session(db, ann, session_form(CASE))
        session_service.save_note(db, ann, session_id, Section.NOTES, "LATERSENTINEL", 0)
        return session_service.read_note(db, ann, session_id, Section.NOTES).body

    assert made.worker("ann").call(save_and_read) == "LATERSENTINEL"
    made.close()
    assert "LATERSENTINEL" not in what_opens(made)


def test_removing_every_team_record_and_joining_gets_him_nothing(
    made: MadeVault, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """bo deletes all of the case's team records (so it looks like a case from before them)
    and puts his row in: ann's sign-in does not sign that team as it stands, her next save is
    refused in plain words, bo opens nothing new and ``audit verify`` names the case."""
    bo = _actor(made, "bo")

    def wipe_and_join(conn: sqlcipher3.Connection) -> None:
        conn.execute("DELETE FROM case_team_records WHERE case_id = ?", (CASE,))
        conn.execute(
            "INSERT INTO case_team (case_id, user_id, assigned) VALUES (?, ?, 0)", (CASE, bo.id)
        )

    _as_bo(made, wipe_and_join)
    _readers_sign_in(made, "ann", "cat")
    shown = _ann_saves(made)
    assert all(text.startswith(REFUSAL) for text in shown)
    db = made.handles["ann"].open_database()
    try:
        assert db.scalar("SELECT count(*) FROM case_team_records WHERE case_id = ?", (CASE,)) == 0
    finally:
        db.close()
    _assert_nothing_new_for_bo(made)
    _assert_named_by_audit_verify(made, monkeypatch, capsys)


FORGED_FIELDS = {
    "nothing": {},  # the control: such a record, as ann would sign it, counts
    "format": {"format": "tjdesk-case-team-0"},
    "vault": {"vault": "another vault"},
    "case": {"case": CASE + 1},
    "seq in the record": {"seq": 99},
    "seq of the row": {},
    "prev": {"prev": "0" * 64},
    "signer": {},  # cat named as its signer (below: her id is known only with the vault)
    "how": {"how": "promoted"},  # a kind of team change nobody may sign
}


@pytest.mark.parametrize("field", list(FORGED_FIELDS))
def test_a_record_signed_by_ann_counts_only_for_this_vault_case_and_place_in_the_chain(
    made: MadeVault, field: str
) -> None:
    """A team change ann's own key signed (bo on the team), put at the end of the chain with
    his row: taken only when every field is this chain's (format, vault, case, seq, prev and
    ann named as its signer); with any one of them another record's, it does not count, ann's
    next save is refused in plain words and bo opens nothing new."""
    ann, cat, bo = _actor(made, "ann"), _actor(made, "cat"), _actor(made, "bo")
    signer = made.handles["ann"].signed_in
    assert signer is not None
    db = made.handles["ann"].open_database()
    try:
        vault_id = roster_module.vault_id(db)
        head = db.query(
            "SELECT seq, body, signature FROM case_team_records WHERE case_id = ?"
            " ORDER BY seq DESC LIMIT 1",
            (CASE,),
        )[0]
    finally:
        db.close()
    seq = int(head["seq"]) + 1
    body = {
        "format": team_records.RECORD_FORMAT,
        "vault": vault_id,
        "case": CASE,
        "seq": seq,
        "prev": hashlib.sha256(
            str(head["body"]).encode("utf-8") + b"|" + str(head["signature"]).encode("ascii")
        ).hexdigest(),
        "kind": team_records.KIND_TEAM,
        "signer": ann.id,
        "issued_at": "2026-12-03T07:00:00.000000+00:00",
        "how": team_records.HOW_CHANGED,
        "members": [[ann.id, True], [cat.id, False], [bo.id, False]],
    }
    body.update(FORGED_FIELDS[field])
    if field == "signer":
        body["signer"] = cat.id
    text = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    row_seq = seq + 1 if field == "seq of the row" else seq

    def append(conn: sqlcipher3.Connection) -> None:
        conn.execute(
            "INSERT INTO case_team_records (case_id, seq, body, signer_key, signature)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                CASE,
                row_seq,
                text,
                roster_module.b64(signer.signing_public_key),
                roster_module.b64(signer.sign(text.encode("utf-8"))),
            ),
        )
        conn.execute(
            "INSERT INTO case_team (case_id, user_id, assigned) VALUES (?, ?, 0)", (CASE, bo.id)
        )

    _as_bo(made, append)
    if field == "nothing":
        db = made.handles["ann"].open_database()
        try:
            assert team_records.verify(db, CASE).team == {ann.id: True, cat.id: False, bo.id: False}
        finally:
            db.close()
        return
    shown = _ann_saves(made)
    assert all(text.startswith(REFUSAL) for text in shown)
    _assert_nothing_new_for_bo(made)


@pytest.mark.parametrize("who", ["admin", "cat"])
def test_nobody_hands_the_case_over_to_himself(made: MadeVault, who: str) -> None:
    """An administrator (who may sign a handover without being on the team), or cat on the
    team, makes himself the assigned case worker and signs it as a handover with TJ Desk's own
    code: refused in plain words, and the team stays as ann's records say."""
    ann, cat = _actor(made, "ann"), _actor(made, "cat")
    person = made.handles[who]
    assert person.actor is not None
    db = person.open_database()
    try:
        with pytest.raises(TeamChanged) as refused, db.transaction():
            db.execute("UPDATE case_team SET assigned = 0 WHERE case_id = ?", (CASE,))
            db.execute(
                "INSERT INTO case_team (case_id, user_id, assigned) VALUES (?, ?, 1)"
                " ON CONFLICT (case_id, user_id) DO UPDATE SET assigned = 1",
                (CASE, person.actor.id),
            )
            team_records.sign_team(db, CASE, team_records.HOW_HANDOVER)
        assert str(refused.value).startswith(REFUSAL)
        assert team_records.verify(db, CASE).team == {ann.id: True, cat.id: False}
        assert team_records.team_rows(db, CASE) == {ann.id: True, cat.id: False}
    finally:
        db.close()


def _forge_at_the_end(
    made: MadeVault, signer_name: str, fields: dict[str, object], *, bo_joins: bool = True
) -> None:
    """A team record ``signer_name``'s own key signs, put at the end of the case's chain as TJ
    Desk would write it (format, vault, case, seq, prev all right), and bo's row put in."""
    person = made.handles[signer_name]
    signer, bo = person.signed_in, _actor(made, "bo")
    assert signer is not None and person.actor is not None
    db = person.open_database()
    try:
        vault_id = roster_module.vault_id(db)
        heads = db.query(
            "SELECT seq, body, signature FROM case_team_records WHERE case_id = ?"
            " ORDER BY seq DESC LIMIT 1",
            (CASE,),
        )
    finally:
        db.close()
    prev = ""
    if heads:
        prev = hashlib.sha256(
            str(heads[0]["body"]).encode("utf-8") + b"|" + str(heads[0]["signature"]).encode()
        ).hexdigest()
    seq = 1 + (int(heads[0]["seq"]) if heads else 0)
    body = {
        "format": team_records.RECORD_FORMAT,
        "vault": vault_id,
        "case": CASE,
        "seq": seq,
        "prev": prev,
        "kind": team_records.KIND_TEAM,
        "signer": person.actor.id,
        "issued_at": "2026-12-03T07:00:00.000000+00:00",
        **fields,
    }
    text = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))

    def append(conn: sqlcipher3.Connection) -> None:
        conn.execute(
            "INSERT INTO case_team_records (case_id, seq, body, signer_key, signature)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                CASE,
                seq,
                text,
                roster_module.b64(signer.signing_public_key),
                roster_module.b64(signer.sign(text.encode("utf-8"))),
            ),
        )
        if bo_joins:
            conn.execute(
                "INSERT INTO case_team (case_id, user_id, assigned) VALUES (?, ?, 0)",
                (CASE, bo.id),
            )

    _as_bo(made, append)


def test_a_first_record_he_signs_on_a_case_from_before_team_records_gets_him_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A case from before team records: ann made it before her signing key was certified, and
    her next sign-in would sign its team as it stands. Before that sign-in bo, off the case and
    not its case worker, signs its first record himself ("adopted": ann's team with him on it,
    the key generations as they are) and puts his row in. Only an assigned member of that team
    may sign it: ann's sign-in does not take it as hers, her next saves are refused in plain
    words, bo opens nothing of the case and ``audit verify`` names it."""
    made = make_legacy_vault(
        tmp_path / "vault", users=[("ann", Role.SOCIAL_WORKER), ("bo", Role.COUNSELOR)]
    )
    sign_in(made, "admin")  # signing begins; ann's and bo's keys are not certified yet
    made.worker("admin").call(recovery.install_recovery_identity)
    made.close()
    sign_in(made, "ann")
    sign_in(made, "bo")  # each sign-in makes its signing key
    ann, bo = _actor(made, "ann"), _actor(made, "bo")

    def write_case(db: Database) -> list[list[object]]:
        case_id = case_service.create_case(db, ann, CaseForm(case_type=CaseType.TRAFFICKING))
        assert case_id == CASE
        case_service.save_identity(db, ann, case_id, IdentityForm("IDSENTINEL", "", ""), 1)
        session_id = session_service.create_session(db, ann, session_form(case_id))
        session_service.save_note(db, ann, session_id, Section.NOTES, "NOTESENTINEL", 0)
        assert db.scalar("SELECT count(*) FROM case_team_records") == 0  # left to adopt
        return [
            [str(r["section"]), int(r["generation"]), str(r["recipient"])]
            for r in db.query(
                "SELECT section, generation, recipient FROM section_keys WHERE case_id = ?"
                " ORDER BY section, generation",
                (case_id,),
            )
        ]

    generations = made.worker("ann").call(write_case)
    made.close()
    sign_in(made, "admin")
    made.worker("admin")  # certifies ann's and bo's signing keys
    made.close()
    sign_in(made, "bo")
    _forge_at_the_end(
        made,
        "bo",
        {
            "how": team_records.HOW_ADOPTED,
            "members": sorted([[ann.id, True], [bo.id, False]]),
            "generations": generations,
        },
    )
    sign_in(made, "ann")
    made.worker("ann")  # her sign-in adopts only cases without records: not this one
    made.close()
    shown = _ann_saves(made)
    assert all(text.startswith(REFUSAL) for text in shown)
    _assert_nothing_new_for_bo(made)
    assert "NOTESENTINEL" not in what_opens(made)
    _assert_named_by_audit_verify(made, monkeypatch, capsys)


def test_a_handover_he_signs_while_off_the_team_gets_him_nothing(
    made: MadeVault, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """bo, on no team of the case and no administrator, signs a handover with his own key (the
    team as it is, with him on it) at the end of the chain and puts his row in (the rows and
    the record agree): only a member of the team before it or an administrator may sign a
    handover, so ann's next saves are refused in plain words, he opens nothing and ``audit
    verify`` names the case."""
    ann, cat, bo = _actor(made, "ann"), _actor(made, "cat"), _actor(made, "bo")
    made.handles["bo"] = vault.unlock(made.folder, "bo", DEFAULT_PASSWORD)
    _forge_at_the_end(
        made,
        "bo",
        {
            "how": team_records.HOW_HANDOVER,
            "members": sorted([[ann.id, True], [cat.id, False], [bo.id, False]]),
        },
    )
    shown = _ann_saves(made)
    assert all(text.startswith(REFUSAL) for text in shown)
    _assert_nothing_new_for_bo(made)
    _assert_named_by_audit_verify(made, monkeypatch, capsys)


def test_the_case_worker_hands_the_case_to_a_second_worker_and_stays_on(
    made: MadeVault, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """ann, the assigned case worker, hands the case over to cat as a second case worker
    (a handover signed by a team member, who stays assigned): it goes through, cat now opens
    the identity, the record says it was a handover signed by ann, and ``audit verify`` finds
    nothing wrong."""
    ann, cat = _actor(made, "ann"), _actor(made, "cat")
    assert "IDSENTINEL" not in what_opens(made, "cat")

    def hand_over(db: Database) -> dict[str, object]:
        handover.hand_over(db, ann, CASE, asked_by="ann", approved_by="admin", new_worker=cat.id)
        assert team_records.team_rows(db, CASE) == {ann.id: True, cat.id: True}
        assert team_records.verify(db, CASE).team == {ann.id: True, cat.id: True}
        last = db.query(
            "SELECT body FROM case_team_records WHERE case_id = ? ORDER BY seq DESC LIMIT 1",
            (CASE,),
        )[0]
        return dict(json.loads(str(last["body"])))

    record = made.worker("ann").call(hand_over)
    made.close()
    assert (record["how"], record["signer"]) == (team_records.HOW_HANDOVER, ann.id)
    assert "IDSENTINEL" in what_opens(made, "cat")
    code, out = audit_verify(made, monkeypatch, capsys)
    assert code != EXIT_TAMPERED, out
    assert "changed outside TJ Desk" not in out
