"""Sealed sections: per-(case, section) age identities sealed to exactly the entitled readers.

Layout (docs/SECURITY.md "Sealed sections" gives the stock-tool recovery path):

* Each (case, section) for section in identity, notes, health, legal has one age X25519
  identity per *generation* (table ``section_keys``). Its ``AGE-SECRET-KEY-1...`` text is
  itself an age file sealed to every user the need-to-know table (tjdesk/policy.py, role x
  relation) entitles for that case and section, plus the vault's recovery recipient.
* Texts (identity fields, note bodies, conflict copies, search digests) are age files sealed
  to the recipient of the section's newest generation: one X25519 stanza per blob, so
  re-sealing for a team change rewraps one small key, not every text.
* Removing a reader (team change, role change, disabling) starts a new generation sealed to
  the remaining readers: that needs only public keys, so whoever makes the change can do it,
  and nothing written afterwards opens with the removed person's key or an old key file.
  Older generations are rewrapped without them by the next reader who can open them.
* Adding a reader rewraps every generation the person making the change can open; the
  others are rewrapped by the next reader who signs in (``settle_pending``) or by a handover.

Whose keys count: each reader's ``age1...``, role and status come from their certified record,
and the recovery recipient from an administrator's signed record (tjdesk/vault/
certified_keys.py), never from the key-slot file or a bare settings row, which anyone signed
in can rewrite. Writing refuses, in plain words, rather than seal to a key nobody vouched for.

The age identity that opens the outer layer is the signed-in user's (``db.signed_in``, made
only by a password unlock); an opened section identity is kept in memory for this connection
only (one sign-in), never written anywhere.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from typing import Any

import pyrage
from pyrage import x25519

from tjdesk.cases.times import store_time
from tjdesk.clock import utc_now
from tjdesk.errors import AccessDenied, InvalidInput
from tjdesk.i18n import QT_TRANSLATE_NOOP
from tjdesk.policy import Relation, Section, may_read
from tjdesk.vault import age_format, age_keys, certified_keys, team_records
from tjdesk.vault.database import Database
from tjdesk.vault.team_records import TeamChanged

SEALED_SECTIONS = (Section.IDENTITY, Section.NOTES, Section.HEALTH, Section.LEGAL)
SETTING_RECOVERY_RECIPIENT = certified_keys.SETTING_RECOVERY_RECIPIENT

NOT_YET_SEALED_TO_YOU = QT_TRANSLATE_NOOP(
    "errors",
    "This part of the case was written before it was sealed to you. It opens once a colleague "
    "who can read it signs in, or after a handover with the recovery sheet.",
)
NOBODY_SIGNED_IN = QT_TRANSLATE_NOOP(
    "errors", "Sealed parts of a case open only for a staff member signed in with a password."
)
NO_RECOVERY_RECIPIENT = QT_TRANSLATE_NOOP(
    "errors",
    "This vault has no recovery identity yet: an administrator must sign in once to make one "
    "before case notes can be sealed.",
)

RECOVERY_NOT_CERTIFIED = QT_TRANSLATE_NOOP(
    "errors",
    "Nothing was saved: the vault's recovery identity was changed outside TJ Desk (it is not "
    "the one an administrator certified), and sealing to it could let someone else read this "
    "case. Ask an administrator to check the audit trail ('tjdesk audit verify').",
)
READER_NOT_CERTIFIED = QT_TRANSLATE_NOOP(
    "errors",
    "Nothing was saved: the record of %1, who is on this case's team, was not certified by an "
    "administrator, so TJ Desk cannot tell which key is theirs. Ask an administrator to check "
    "the audit trail ('tjdesk audit verify').",
)
ROSTER_NOT_CERTIFIED = QT_TRANSLATE_NOOP(
    "errors",
    "Nothing was saved: the staff records of this vault are not certified yet. An "
    "administrator must sign in once first.",
)


SIGNING_KEY_NOT_CERTIFIED = QT_TRANSLATE_NOOP(
    "errors",
    "Nothing was saved: your signing key is not certified yet, so the change to this case's "
    "team cannot be signed. An administrator's next sign-in certifies it; then try again.",
)


class NotSealedToYou(AccessDenied):
    """The section's key is not (yet) sealed to the signed-in user."""

    def __init__(self) -> None:
        super().__init__(NOT_YET_SEALED_TO_YOU)


class CannotSeal(InvalidInput):
    pass


# Either stops sealing: a key nobody vouched for, or a team nobody entitled signed.
SEAL_REFUSALS = (CannotSeal, TeamChanged)


@dataclass
class _KeyRing:
    """Section identities opened during this sign-in (memory only)."""

    identities: dict[tuple[int, str, int], x25519.Identity] = field(default_factory=dict)
    own: x25519.Identity | None = None


_rings: weakref.WeakKeyDictionary[Database, _KeyRing] = weakref.WeakKeyDictionary()


def _ring(db: Database) -> _KeyRing:
    ring = _rings.get(db)
    if ring is None:
        ring = _KeyRing()
        _rings[db] = ring
    return ring


def forget_keys(db: Database) -> None:
    """Drop every opened section identity of this connection (lock, sign-out)."""
    _rings.pop(db, None)


def signed_in(db: Database) -> Any:
    """The SignedInUser bound to this connection, or raise: sealed sections need one."""
    user = db.signed_in
    if user is None:
        raise CannotSeal(NOBODY_SIGNED_IN)
    return user


def _own_identity(db: Database) -> x25519.Identity:
    ring = _ring(db)
    if ring.own is None:
        ring.own = age_keys.identity(signed_in(db).age_identity)
    return ring.own


def recovery_recipient(db: Database) -> str | None:
    """The ``recovery_recipient`` settings row as stored (whether the vault has one at all).
    Sealing never uses it unchecked: see ``sealing_recovery_recipient``."""
    value = db.scalar("SELECT value FROM settings WHERE key = ?", (SETTING_RECOVERY_RECIPIENT,))
    return None if value is None else str(value)


def sealing_recovery_recipient(db: Database) -> str | None:
    """The recovery recipient as an administrator certified it; None when the vault has no
    recovery identity yet; CannotSeal when the row is not the certified one."""
    keys = certified_keys.load(db)
    if keys.recovery_problem is not None:
        raise CannotSeal(RECOVERY_NOT_CERTIFIED)
    return keys.recovery


def can_seal(db: Database) -> bool:
    """Someone is signed in, and the recovery recipient is there and certified."""
    if db.signed_in is None:
        return False
    try:
        return sealing_recovery_recipient(db) is not None
    except CannotSeal:
        return False


def _require_recovery_recipient(db: Database, *, removal: bool) -> str:
    """The recovery recipient to seal to. ``removal``: a section is being resealed without
    someone (disabling, a role change); that must not be blocked by a changed recovery row, so
    it seals to the recipient the administrator's certificate names."""
    if removal:
        keys = certified_keys.load(db)
        if keys.certified_recovery is not None:
            return keys.certified_recovery
    recipient = sealing_recovery_recipient(db)
    if recipient is None:
        raise CannotSeal(NO_RECOVERY_RECIPIENT)
    return recipient


def _certified(db: Database) -> certified_keys.CertifiedKeys:
    keys = certified_keys.load(db)
    if not keys.pinned:
        raise CannotSeal(ROSTER_NOT_CERTIFIED)
    return keys


def user_recipients(db: Database, user_ids: set[int] | None = None) -> dict[int, str]:
    """``age1...`` of enabled users, as their certified records say (all, or those named).

    Never from the key-slot file: anyone signed in can rewrite a public key there (its header
    MAC is keyed from the database key they hold). A user without a valid certificate, or
    whose certificate says disabled, is left out."""
    keys = _certified(db)
    rows = db.query("SELECT id FROM users WHERE disabled = 0")
    found = {
        int(r["id"]): keys.readers[int(r["id"])].recipient
        for r in rows
        if int(r["id"]) in keys.readers
    }
    if user_ids is None:
        return found
    return {uid: rec for uid, rec in found.items() if uid in user_ids}


def signed_team(db: Database, case_id: int, *, removal: bool = False) -> dict[int, bool]:
    """The case team (user id -> assigned) as its signed records say (tjdesk/vault/
    team_records.py), never the bare ``case_team`` rows, which anyone signed in can change.

    Rows that differ from the records, or a record that does not verify, refuse to seal
    (TeamChanged, in plain words). ``removal`` (resealing without someone) goes on with the
    members both the records and the rows name: fewer readers never gives a key away.
    A case from before team records is signed by its assigned case worker at their first
    save or sign-in; until then its rows are trusted as before (docs/SECURITY.md)."""
    rows = team_records.team_rows(db, case_id)
    verified = team_records.verify(db, case_id)
    if not verified.signed:
        if team_records.was_signed(db, case_id):  # its records were removed
            if removal:
                return {}
            raise TeamChanged()
        me = db.signed_in
        if not removal and me is not None and rows.get(int(me.actor.id)) is True:
            if _signing_key_certified(db):
                team_records.adopt(db, case_id)
        return rows
    if verified.problem or rows != verified.team:
        if removal:
            return {
                uid: assigned and rows.get(uid) is True
                for uid, assigned in verified.team.items()
                if uid in rows
            }
        raise TeamChanged()
    return verified.team


def entitled_readers(
    db: Database, case_id: int, section: Section, *, removal: bool = False
) -> dict[int, str]:
    """Enabled users whom the policy table lets read ``section`` of the case -> recipients.

    Who is on the team comes from its signed records (``signed_team``); role, status and key
    from each team member's certified record. A team member with no valid certificate stops
    the sealing (CannotSeal, naming them): nothing is sealed to a key no administrator vouched
    for, and nobody is silently left out. ``removal`` (resealing without someone) leaves such
    a member out instead: fewer readers never gives a key away, and a removal must go through."""
    keys = _certified(db)
    team = signed_team(db, case_id, removal=removal)
    if not team:
        return {}
    marks = ",".join("?" * len(team))
    users = {
        int(r["id"]): r
        for r in db.query(
            f"SELECT id, name, disabled FROM users WHERE id IN ({marks})", tuple(sorted(team))
        )
    }
    entitled: dict[int, str] = {}
    for uid, assigned in sorted(team.items()):
        user = users.get(uid)
        if user is None or user["disabled"]:
            continue
        reader = keys.readers.get(uid)
        if reader is None:
            if uid in keys.certified_ids:
                continue  # certified as disabled: not a reader, whatever the row says
            if removal:
                continue
            raise CannotSeal(READER_NOT_CERTIFIED, str(user["name"]))
        relation = Relation.ASSIGNED if assigned else Relation.TEAM
        if may_read(reader.role, relation, section):
            entitled[uid] = reader.recipient
    return entitled


# --- generations -------------------------------------------------------------------------


def _generations(db: Database, case_id: int, section: Section) -> list[dict[str, Any]]:
    return db.query(
        "SELECT generation, recipient, sealed_identity FROM section_keys"
        " WHERE case_id = ? AND section = ? ORDER BY generation",
        (case_id, section.value),
    )


def readers_of(db: Database, case_id: int, section: Section, generation: int) -> dict[int, str]:
    """user id -> the recipient that generation is sealed to for them."""
    return {
        int(r["user_id"]): str(r["recipient"])
        for r in db.query(
            "SELECT user_id, recipient FROM section_readers WHERE case_id = ? AND section = ?"
            " AND generation = ?",
            (case_id, section.value, generation),
        )
    }


def _lost(old: dict[int, str], entitled: dict[int, str]) -> bool:
    """Someone holds this generation's key who is not entitled (or under an old key pair)."""
    return any(entitled.get(uid) != rec for uid, rec in old.items())


def _seal_identity(
    db: Database, identity: x25519.Identity, readers: dict[int, str], *, removal: bool = False
) -> bytes:
    recipients = [*readers.values(), _require_recovery_recipient(db, removal=removal)]
    return age_format.seal(str(identity).encode("ascii"), recipients)


def _write_readers(
    db: Database, case_id: int, section: Section, generation: int, readers: dict[int, str]
) -> None:
    db.execute(
        "DELETE FROM section_readers WHERE case_id = ? AND section = ? AND generation = ?",
        (case_id, section.value, generation),
    )
    db.executemany(
        "INSERT INTO section_readers (case_id, section, generation, user_id, recipient)"
        " VALUES (?, ?, ?, ?, ?)",
        [(case_id, section.value, generation, uid, rec) for uid, rec in sorted(readers.items())],
    )


def new_generation(db: Database, case_id: int, section: Section, *, removal: bool = False) -> int:
    """A fresh identity for the section, sealed to today's entitled readers (public keys only)."""
    readers = entitled_readers(db, case_id, section, removal=removal)
    identity = age_format.new_identity()
    generation = 1 + int(
        db.scalar(
            "SELECT coalesce(max(generation), 0) FROM section_keys WHERE case_id = ?"
            " AND section = ?",
            (case_id, section.value),
        )
    )
    db.execute(
        "INSERT INTO section_keys (case_id, section, generation, recipient, sealed_identity,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?)",
        (
            case_id,
            section.value,
            generation,
            str(identity.to_public()),
            _seal_identity(db, identity, readers, removal=removal),
            store_time(utc_now()),
        ),
    )
    _write_readers(db, case_id, section, generation, readers)
    verified = team_records.verify(db, case_id)
    if verified.signed and (
        not removal
        or (not verified.problem and db.signed_in is not None and _signing_key_certified(db))
    ):
        team_records.sign_key(db, case_id, section.value, generation, str(identity.to_public()))
    # else a removal goes through unsigned: on a case already refused (its records were changed
    # outside TJ Desk), or by someone who cannot sign. Removing a reader must never be blocked;
    # the unsigned generation is never sealed to (the case's next save is refused, and audit
    # verify names the case).
    _ring(db).identities[(case_id, section.value, generation)] = identity
    return generation


def _check_signed_generation(
    db: Database, case_id: int, section: Section, generation: int, recipient: str
) -> None:
    """A generation texts are sealed to must be one its signed records name, with that key."""
    verified = team_records.verify(db, case_id)
    if not verified.signed:
        return
    named = verified.generations.get((section.value, generation))
    if named is None or named[0] != recipient:
        raise TeamChanged()


def _made_by_a_reader(
    db: Database, case_id: int, section: Section, generation: int, entitled: dict[int, str]
) -> bool:
    """The generation was made by someone entitled to read the section today. One made by
    anyone else (an administrator resealing without a disabled colleague, a case worker's
    team change for the health section) held its identity in their hands: new texts go to a
    fresh generation made by the writer instead."""
    verified = team_records.verify(db, case_id)
    if not verified.signed:
        return True
    named = verified.generations.get((section.value, generation))
    return named is not None and named[1] in entitled


def current_key(db: Database, case_id: int, section: Section) -> tuple[int, str]:
    """(generation, recipient) new texts of the section are sealed to.

    Makes a new generation when there is none, or when the newest is not sealed to exactly
    today's entitled readers and the caller cannot rewrap it (so a new reader can read back
    what they write, and a removed one cannot read what is written after).
    """
    rows = _generations(db, case_id, section)
    if rows:
        newest = rows[-1]
        generation = int(newest["generation"])
        entitled = entitled_readers(db, case_id, section)
        _check_signed_generation(db, case_id, section, generation, str(newest["recipient"]))
        if _made_by_a_reader(db, case_id, section, generation, entitled):
            readers = readers_of(db, case_id, section, generation)
            if readers == entitled:
                return generation, str(newest["recipient"])
            if not _lost(readers, entitled) and _try_rewrap(db, case_id, section, generation):
                return generation, str(newest["recipient"])
    generation = new_generation(db, case_id, section)
    recipient = db.scalar(
        "SELECT recipient FROM section_keys WHERE case_id = ? AND section = ? AND generation = ?",
        (case_id, section.value, generation),
    )
    return generation, str(recipient)


def open_section_identity(
    db: Database,
    case_id: int,
    section: Section,
    generation: int,
    *,
    sealed: bytes | None = None,
) -> x25519.Identity:
    """The section identity of that generation, opened with the signed-in user's key.
    ``sealed`` is its ``section_keys.sealed_identity`` when the caller read it already."""
    cache_key = (case_id, section.value, generation)
    ring = _ring(db)
    cached = ring.identities.get(cache_key)
    if cached is not None:
        return cached
    if sealed is None:
        sealed = db.scalar(
            "SELECT sealed_identity FROM section_keys WHERE case_id = ? AND section = ?"
            " AND generation = ?",
            cache_key,
        )
    if sealed is None:
        raise NotSealedToYou()
    try:
        text = age_format.unseal(bytes(sealed), _own_identity(db))
    except pyrage.DecryptError:
        raise NotSealedToYou() from None
    identity = x25519.Identity.from_str(text.decode("ascii"))
    ring.identities[cache_key] = identity
    return identity


def _try_rewrap(db: Database, case_id: int, section: Section, generation: int) -> bool:
    """Reseal one generation to today's entitled readers, if the caller can open it."""
    try:
        identity = open_section_identity(db, case_id, section, generation)
    except (NotSealedToYou, *SEAL_REFUSALS):
        return False
    rewrap_with(db, case_id, section, generation, identity)
    return True


def rewrap_with(
    db: Database, case_id: int, section: Section, generation: int, identity: x25519.Identity
) -> None:
    readers = entitled_readers(db, case_id, section)
    # Only a generation the signed records name is handed to anyone new.
    _check_signed_generation(db, case_id, section, generation, str(identity.to_public()))
    if readers == readers_of(db, case_id, section, generation):
        return
    db.execute(
        "UPDATE section_keys SET sealed_identity = ? WHERE case_id = ? AND section = ?"
        " AND generation = ?",
        (_seal_identity(db, identity, readers), case_id, section.value, generation),
    )
    _write_readers(db, case_id, section, generation, readers)


# --- texts -------------------------------------------------------------------------------


def seal_text(db: Database, case_id: int, section: Section, text: str) -> tuple[int, bytes]:
    """(generation, age file) of ``text`` sealed to the section's newest generation."""
    generation, recipient = current_key(db, case_id, section)
    return generation, age_format.seal(text.encode("utf-8"), [recipient])


def open_text(db: Database, case_id: int, section: Section, generation: int, blob: bytes) -> str:
    identity = open_section_identity(db, case_id, section, generation)
    try:
        return age_format.unseal(bytes(blob), identity).decode("utf-8")
    except pyrage.DecryptError:
        raise NotSealedToYou() from None


# --- team changes ------------------------------------------------------------------------


def sync_case(db: Database, case_id: int) -> None:
    """After a team change: every section sealed to exactly today's entitled readers.

    Someone who lost access: a new generation without them (public keys only). Someone who
    gained it: every generation the caller can open is rewrapped; the rest waits for a reader
    (``settle_pending``) or a handover.
    """
    for section in SEALED_SECTIONS:
        rows = _generations(db, case_id, section)
        if not rows:
            continue
        entitled = entitled_readers(db, case_id, section)
        newest = int(rows[-1]["generation"])
        if _lost(readers_of(db, case_id, section, newest), entitled):
            newest = new_generation(db, case_id, section)
        for row in rows:
            generation = int(row["generation"])
            if readers_of(db, case_id, section, generation) != entitled:
                _try_rewrap(db, case_id, section, generation)
        if readers_of(db, case_id, section, newest) != entitled:
            new_generation(db, case_id, section)


def reseal_for_user_removed(db: Database, user_name: str) -> int:
    """The user was disabled (or lost a role): reseal every section they could open without
    them. Returns how many sections they held a key of. Public keys only: any signed-in
    administrator may run it (no administrator opens a section key, so older generations are
    left to be rewrapped by the next reader who opens them: ``sync_case``, ``current_key``,
    ``settle_pending``)."""
    row = db.query_one("SELECT id FROM users WHERE name = ?", (user_name,))
    if row is None:
        return 0
    user_id = int(row["id"])
    pairs = db.query(
        "SELECT DISTINCT case_id, section FROM section_readers WHERE user_id = ?", (user_id,)
    )
    with db.transaction():
        for pair in pairs:
            case_id, section = int(pair["case_id"]), Section(pair["section"])
            newest = int(_generations(db, case_id, section)[-1]["generation"])
            if user_id in readers_of(db, case_id, section, newest):
                new_generation(db, case_id, section, removal=True)
        # Drafts are the writer's own; a disabled writer's drafts go with them.
        db.execute("DELETE FROM case_drafts WHERE user_id = ?", (user_id,))
    _ring(db).identities.clear()
    return len(pairs)


def settle_pending(db: Database) -> int:
    """At sign-in: rewrap every generation this user can open whose readers are out of date
    (a colleague joined the team while only this user could open that section). Returns how
    many were rewrapped.

    Runs at every sign-in over every generation the user holds (thousands for a busy
    counselor), so who is entitled is worked out from three queries, not three per generation;
    only a generation that is out of date takes the slow path."""
    from collections import defaultdict

    me = int(signed_in(db).actor.id)
    keys = _certified(db)
    adopt_unsigned_teams(db, me)
    my_cases = "SELECT DISTINCT case_id FROM section_readers WHERE user_id = :me"
    held: dict[tuple[int, str, int], dict[int, str]] = defaultdict(dict)
    for r in db.query(
        "SELECT case_id, section, generation, user_id, recipient FROM section_readers"
        f" WHERE case_id IN ({my_cases})",
        {"me": me},
    ):
        held[(int(r["case_id"]), str(r["section"]), int(r["generation"]))][int(r["user_id"])] = str(
            r["recipient"]
        )
    teams: dict[int, list[tuple[int, Relation]]] = defaultdict(list)
    for r in db.query(
        "SELECT t.case_id, t.user_id, t.assigned FROM case_team t"
        f" JOIN users u ON u.id = t.user_id WHERE u.disabled = 0 AND t.case_id IN ({my_cases})",
        {"me": me},
    ):
        relation = Relation.ASSIGNED if r["assigned"] else Relation.TEAM
        teams[int(r["case_id"])].append((int(r["user_id"]), relation))
    done = 0
    for (case_id, section_value, generation), readers in held.items():
        if me not in readers:
            continue
        section = Section(section_value)
        entitled = {
            uid: keys.readers[uid].recipient
            for uid, relation in teams[case_id]
            if uid in keys.readers and may_read(keys.readers[uid].role, relation, section)
        }
        if readers == entitled:
            continue
        if not entitled:
            continue  # nobody left to hand it to: it stays sealed to the recovery and its readers
        try:
            with db.transaction():
                if _try_rewrap(db, case_id, section, generation):
                    done += 1
        except SEAL_REFUSALS:
            # A team member no administrator certified, or a team nobody entitled signed:
            # left as it is (the case worker's next save says so), sealed to nobody new.
            continue
    return done


def adopt_unsigned_teams(db: Database, me: int) -> int:
    """At the sign-in of an assigned case worker: sign the team of each of their cases from
    before team records, as it stands (docs/SECURITY.md says what that trusts)."""
    if not _signing_key_certified(db):
        return 0  # their signing key is not certified yet (a vault from 0.1): a later sign-in
    done = 0
    for case_id in team_records.unsigned_cases_assigned_to(db, me):
        if team_records.was_signed(db, case_id):
            continue  # its records were removed: the next save says so; nothing is adopted
        try:
            with db.transaction():
                team_records.adopt(db, case_id)
        except SEAL_REFUSALS:
            continue
        done += 1
    return done


def require_team_signer(db: Database) -> None:
    """The signed-in person can sign a team record (their signing key is certified), or
    CannotSeal in plain words."""
    if db.signed_in is None or not _signing_key_certified(db):
        raise CannotSeal(SIGNING_KEY_NOT_CERTIFIED)


def can_sign_team(db: Database) -> bool:
    return db.signed_in is not None and _signing_key_certified(db)


def _signing_key_certified(db: Database) -> bool:
    """The signed-in person's signing key is the one their certified record names (in a vault
    from 0.1 it is certified at the next administrator sign-in after their own)."""
    me = signed_in(db)
    return bool(certified_keys.load(db).signing_keys.get(me.signing_public_key) == me.actor.id)
