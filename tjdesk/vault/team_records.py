"""The case team and each section key generation as signed records, chained per case.

``case_team`` and ``section_keys`` rows are plain rows: anyone signed in holds the database
key and can add himself to a team or a key generation of his own. So every change to who is
on a case's team (user, assigned or not), and every new key generation (its ``age1...``), is
also written as a record signed with the Ed25519 key of the person who made it
(``db.signed_in``), in table ``case_team_records``. Each record carries the case, a sequence
number and the hash of the record before it: a record added, changed, replayed from an older
team, or a chain cut short in the middle does not verify.

Who may sign what (checked from the certified roster, tjdesk/vault/certified_keys.py):

* the first team record: the case's creator, or (a case from before these records) its
  assigned case worker, who signs the team as it stands (``HOW_ADOPTED``); either way the
  signer is an assigned member of the team they sign;
* a later team change: an assigned case worker of the team before it; a handover: a member
  of the team before it or an administrator, who does not join the team by it;
* a key generation: a member of the signed team, or an administrator (resealing without a
  disabled colleague).

Sealing computes readers only from the verified records (tjdesk/vault/sealing.py). The result
is kept per connection until the case's records change (one small query per use, not one
signature check per blob).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import weakref
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from tjdesk import audit
from tjdesk.clock import iso_utc
from tjdesk.errors import InvalidInput
from tjdesk.i18n import QT_TRANSLATE_NOOP
from tjdesk.vault import certified_keys
from tjdesk.vault import roster as roster_module
from tjdesk.vault.database import Database

RECORD_FORMAT = "tjdesk-case-team-1"
KIND_TEAM = "team"
KIND_KEY = "key"
HOW_CREATED = "created"
HOW_ADOPTED = "adopted"  # a case from before team records: its case worker signs it as it is
HOW_CHANGED = "changed"
HOW_HANDOVER = "handover"
AUDIT_TEAM_SIGNED = "case.team_signed"
CREATE_DETAIL = "team signed"  # detail of case.create for a case whose team is signed
SIGNED_CHANGE_MARK = ";signed"  # ends the detail of case.update_team for a signed change

TEAM_CHANGED_OUTSIDE = QT_TRANSLATE_NOOP(
    "errors",
    "Nothing was saved: the case team was changed outside TJ Desk (a team member or a case "
    "key that nobody entitled signed for), and sealing to it could let someone else read this "
    "case. Ask an administrator to check the audit trail ('tjdesk audit verify').",
)


class TeamChanged(InvalidInput):
    """The case's team rows or key generations are not what the signed records say."""

    def __init__(self) -> None:
        super().__init__(TEAM_CHANGED_OUTSIDE)


@dataclass(frozen=True)
class VerifiedCase:
    signed: bool  # the case has team records at all
    team: dict[int, bool] = field(default_factory=dict)  # user id -> assigned
    # (section, generation) -> (its age1..., the user id of whoever made it)
    generations: dict[tuple[str, int], tuple[str, int]] = field(default_factory=dict)
    head_seq: int = 0
    head_hash: str = ""
    problem: bool = False  # a record that does not verify (the rest is what came before it)


@dataclass
class _Cache:
    keys: certified_keys.CertifiedKeys | None = None
    cases: dict[int, tuple[tuple[Any, ...], VerifiedCase]] = field(default_factory=dict)


_caches: weakref.WeakKeyDictionary[Database, _Cache] = weakref.WeakKeyDictionary()


def _record_hash(body: str, signature: str) -> str:
    return hashlib.sha256(body.encode("utf-8") + b"|" + signature.encode("ascii")).hexdigest()


def _stamp(db: Database, case_id: int) -> tuple[Any, ...]:
    row = db.query_one(
        "SELECT count(*) AS n, max(seq) AS head,"
        " (SELECT signature FROM case_team_records WHERE case_id = :c ORDER BY seq DESC LIMIT 1)"
        " AS last FROM case_team_records WHERE case_id = :c",
        {"c": case_id},
    )
    assert row is not None
    return tuple(row.values())


def verify(db: Database, case_id: int) -> VerifiedCase:
    """The case's team and key generations as its signed records say, checked now or since
    they last changed."""
    keys = certified_keys.load(db)
    cache = _caches.get(db)
    if cache is None or cache.keys is not keys:
        cache = _caches[db] = _Cache(keys=keys)
    stamp = _stamp(db, case_id)
    kept = cache.cases.get(case_id)
    if kept is not None and kept[0] == stamp:
        return kept[1]
    rows = db.query(
        "SELECT seq, body, signer_key, signature FROM case_team_records WHERE case_id = ?"
        " ORDER BY seq",
        (case_id,),
    )
    result = _walk(rows, case_id, roster_module.vault_id(db), keys)
    if not result.problem and _changes(rows) < _audited_changes(db, case_id):
        # A team change the signed audit trail records is missing from the chain: its tail
        # was cut off (a removal rolled back). (The chain runs one ahead of the trail inside
        # set_team, whose entry is written last.)
        result = dataclasses.replace(result, problem=True)
    cache.cases[case_id] = (stamp, result)
    return result


def _walk(
    rows: list[dict[str, Any]], case_id: int, vault: str, keys: certified_keys.CertifiedKeys
) -> VerifiedCase:
    team: dict[int, bool] = {}
    generations: dict[tuple[str, int], tuple[str, int]] = {}
    head_seq, head_hash = 0, ""
    for expected_seq, row in enumerate(rows, 1):
        try:
            body_text = str(row["body"])
            body = json.loads(body_text)
            signer_key = roster_module.unb64(str(row["signer_key"]))
            signer = keys.signing_keys.get(signer_key)
            if (
                not isinstance(body, dict)
                or body.get("format") != RECORD_FORMAT
                or body.get("vault") != vault
                or body.get("case") != case_id
                or body.get("seq") != expected_seq
                or int(row["seq"]) != expected_seq
                or body.get("prev") != head_hash
                or signer is None
                or body.get("signer") != signer
            ):
                raise ValueError
            Ed25519PublicKey.from_public_bytes(signer_key).verify(
                roster_module.unb64(str(row["signature"])), body_text.encode("utf-8")
            )
            if body.get("kind") == KIND_TEAM:
                members = {int(uid): bool(assigned) for uid, assigned in body["members"]}
                if not _may_sign_team(str(body.get("how")), signer, team, members, keys):
                    raise ValueError
                if expected_seq == 1:
                    for section, generation, recipient in body.get("generations", []):
                        generations[(str(section), int(generation))] = (str(recipient), signer)
                team = members
            elif body.get("kind") == KIND_KEY:
                if expected_seq == 1 or (signer not in team and signer not in keys.administrators):
                    raise ValueError
                generations[(str(body["section"]), int(body["generation"]))] = (
                    str(body["recipient"]),
                    signer,
                )
            else:
                raise ValueError
        except (InvalidSignature, ValueError, KeyError, TypeError):
            return VerifiedCase(True, team, generations, head_seq, head_hash, problem=True)
        head_seq, head_hash = expected_seq, _record_hash(body_text, str(row["signature"]))
    return VerifiedCase(bool(rows), team, generations, head_seq, head_hash)


def _changes(rows: list[dict[str, Any]]) -> int:
    """How many team changes (``HOW_CHANGED``) the records hold (called after they verified)."""
    count = 0
    for row in rows:
        body = json.loads(str(row["body"]))
        if body.get("kind") == KIND_TEAM and body.get("how") == HOW_CHANGED:
            count += 1
    return count


def _audited_changes(db: Database, case_id: int) -> int:
    return int(
        db.scalar(
            "SELECT count(*) FROM audit_log WHERE target_type = 'case' AND target_id = ?"
            " AND action = 'case.update_team' AND detail LIKE ?",
            (str(case_id), "%" + SIGNED_CHANGE_MARK),
        )
    )


def _may_sign_team(
    how: str,
    signer: int,
    before: dict[int, bool],
    members: dict[int, bool],
    keys: certified_keys.CertifiedKeys,
) -> bool:
    if not before:  # the first record: its creator, or the case worker adopting it
        return how in (HOW_CREATED, HOW_ADOPTED) and members.get(signer) is True
    if how == HOW_CHANGED:
        return before.get(signer) is True
    if how == HOW_HANDOVER:  # nobody hands a case over to himself
        return (signer in before or signer in keys.administrators) and (
            members.get(signer, False) <= before.get(signer, False)
        )
    return False


def team_rows(db: Database, case_id: int) -> dict[int, bool]:
    return {
        int(r["user_id"]): bool(r["assigned"])
        for r in db.query("SELECT user_id, assigned FROM case_team WHERE case_id = ?", (case_id,))
    }


def was_signed(db: Database, case_id: int) -> bool:
    """The signed audit trail says this case's team was signed (so records must be there)."""
    found = db.scalar(
        "SELECT 1 FROM audit_log WHERE target_type = 'case' AND target_id = ? AND"
        " (action = ? OR (action = 'case.create' AND detail = ?)) LIMIT 1",
        (str(case_id), AUDIT_TEAM_SIGNED, CREATE_DETAIL),
    )
    return found is not None


def _append(db: Database, case_id: int, kind: str, fields: dict[str, Any]) -> None:
    """Sign and append one record; refused (TeamChanged) if the chain before it or the new
    record itself does not verify (the signer is not entitled to make the change)."""
    signer = db.signed_in
    if signer is None:
        raise TeamChanged()
    before = verify(db, case_id)
    if before.problem:
        raise TeamChanged()
    body = {
        "format": RECORD_FORMAT,
        "vault": roster_module.vault_id(db),
        "case": case_id,
        "seq": before.head_seq + 1,
        "prev": before.head_hash,
        "kind": kind,
        "signer": signer.actor.id,
        "issued_at": iso_utc(),
        **fields,
    }
    text = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    with db.transaction():
        db.execute(
            "INSERT INTO case_team_records (case_id, seq, body, signer_key, signature)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                case_id,
                before.head_seq + 1,
                text,
                roster_module.b64(signer.signing_public_key),
                roster_module.b64(signer.sign(text.encode("utf-8"))),
            ),
        )
        after = verify(db, case_id)
        if after.problem or after.head_seq != before.head_seq + 1:
            raise TeamChanged()


def sign_team(db: Database, case_id: int, how: str) -> None:
    """Sign the team as the ``case_team`` rows now hold it (just written by the caller)."""
    members = sorted(team_rows(db, case_id).items())
    _append(db, case_id, KIND_TEAM, {"how": how, "members": [[u, a] for u, a in members]})


def sign_key(db: Database, case_id: int, section: str, generation: int, recipient: str) -> None:
    """Sign a new key generation of a case whose team is signed."""
    _append(
        db,
        case_id,
        KIND_KEY,
        {"section": section, "generation": generation, "recipient": recipient},
    )


def adopt(db: Database, case_id: int) -> None:
    """A case from before team records: its assigned case worker (signed in) signs the team
    and the key generations as they stand. That trusts those rows as they are now."""
    generations = [
        [str(r["section"]), int(r["generation"]), str(r["recipient"])]
        for r in db.query(
            "SELECT section, generation, recipient FROM section_keys WHERE case_id = ?"
            " ORDER BY section, generation",
            (case_id,),
        )
    ]
    members = sorted(team_rows(db, case_id).items())
    with db.transaction():
        _append(
            db,
            case_id,
            KIND_TEAM,
            {
                "how": HOW_ADOPTED,
                "members": [[u, a] for u, a in members],
                "generations": generations,
            },
        )
        signer = db.signed_in
        audit.record(
            db,
            None if signer is None else signer.actor.name,
            AUDIT_TEAM_SIGNED,
            target_type="case",
            target_id=case_id,
        )


def unsigned_cases_assigned_to(db: Database, user_id: int) -> list[int]:
    """Cases from before team records whose assigned case worker this user is."""
    return [
        int(r["case_id"])
        for r in db.query(
            "SELECT t.case_id FROM case_team t WHERE t.user_id = ? AND t.assigned = 1 AND NOT"
            " EXISTS (SELECT 1 FROM case_team_records r WHERE r.case_id = t.case_id)",
            (user_id,),
        )
    ]


# --- for ``audit verify`` -----------------------------------------------------------------

TEAM_PROBLEM = "team changed"  # text in tjdesk/audit_report.py PROBLEMS


def team_problems(db: Database) -> list[roster_module.RosterProblem]:
    """Cases whose team rows or key generations are not what their signed records say, by
    case code (outline, not client data). A few queries for the whole vault, not per case."""
    from collections import defaultdict

    keys = certified_keys.load(db)
    if not keys.pinned:
        return []
    vault = roster_module.vault_id(db)
    records: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in db.query(
        "SELECT case_id, seq, body, signer_key, signature FROM case_team_records"
        " ORDER BY case_id, seq"
    ):
        records[int(row["case_id"])].append(row)
    rows: dict[int, dict[int, bool]] = defaultdict(dict)
    for row in db.query("SELECT case_id, user_id, assigned FROM case_team"):
        rows[int(row["case_id"])][int(row["user_id"])] = bool(row["assigned"])
    generations: dict[int, dict[tuple[str, int], str]] = defaultdict(dict)
    for row in db.query("SELECT case_id, section, generation, recipient FROM section_keys"):
        generations[int(row["case_id"])][(str(row["section"]), int(row["generation"]))] = str(
            row["recipient"]
        )
    audited: dict[str, int] = defaultdict(int)
    signed_cases: set[str] = set()
    for row in db.query(
        "SELECT target_id, action, detail FROM audit_log WHERE target_type = 'case' AND"
        " (action IN ('case.update_team', ?) OR (action = 'case.create' AND detail = ?))",
        (AUDIT_TEAM_SIGNED, CREATE_DETAIL),
    ):
        target = str(row["target_id"])
        if row["action"] == "case.update_team":
            if str(row["detail"] or "").endswith(SIGNED_CHANGE_MARK):
                audited[target] += 1
        else:
            signed_cases.add(target)
    found: list[roster_module.RosterProblem] = []
    for row in db.query("SELECT id, code FROM cases ORDER BY id"):
        case_id = int(row["id"])
        chain = records.get(case_id)
        if not chain:
            broken = str(case_id) in signed_cases
        else:
            result = _walk(chain, case_id, vault, keys)
            broken = (
                result.problem
                or _changes(chain) < audited[str(case_id)]
                or rows[case_id] != result.team
                or any(
                    result.generations.get(k, ("", 0))[0] != recipient
                    for k, recipient in generations[case_id].items()
                )
            )
        if broken:
            found.append(roster_module.RosterProblem(TEAM_PROBLEM, str(row["code"])))
    return found
