"""The bench's 100k-session vault, sealed as the app seals it, and its plain twin.

10,000 cases, 100,000 sessions, ~145,000 notes in three sections, 38 staff. The counselor
``staff1`` is the assigned case worker on 2,000 cases (about 20,000 sessions). Built twice from
the same rows:

* **vault.db**: SQLCipher, the real schema, every section sealed as tjdesk/vault/sealing.py
  seals it: per (case, section) one age identity (generation 1) sealed to the readers the
  need-to-know table entitles plus the recovery recipient; each note, identity and search
  digest an age file sealed to that identity; a key-slot file beside it (``tjdesk.keys``)
  with a real slot for every user, since recipients come from there.
* **plain.db**: the same rows, no key, note bodies in the clear, and on-disk FTS5 tables
  (``main.search_notes`` ...) over the same plaintext the counselor's in-memory index holds:
  the baseline "plain SQLite FTS5".

Sealing is the slow part (one X25519 operation per age file): it runs in two processes.
Both files are cached in ``$TMPDIR/tjdesk-bench-sessions``, rebuilt when the schema or the
generator changes. ``TJDESK_BENCH_SCALE`` (e.g. 0.1) shrinks everything for development.
"""

from __future__ import annotations

import functools
import hashlib
import json
import multiprocessing
import os
import random
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
GENERATOR_VERSION = "6-sealed"
SCALE = float(os.environ.get("TJDESK_BENCH_SCALE", "1") or "1")
CASES = max(50, int(10_000 * SCALE))
SESSIONS = max(500, int(100_000 * SCALE))
COUNSELOR_EVERY = 5  # staff1 is the assigned worker on every 5th case: 2,000 of 10,000
CACHE = Path(tempfile.gettempdir()) / (
    "tjdesk-bench-sessions" + ("" if SCALE == 1 else f"-{SCALE:g}")
)
PASSWORD = "bench password"  # synthetic staff; every slot opens with it
SECTIONS = ("identity", "notes", "health", "legal")


@dataclass(frozen=True)
class BenchVault:
    vault: Path  # tjdesk.db, with tjdesk.keys beside it
    key: bytes
    plain: Path
    generated_seconds: float | None  # None when it came from the cache

    @property
    def folder(self) -> Path:
        return self.vault.parent


def _schema_hash() -> str:
    folder = REPO / "tjdesk" / "vault" / "schema"
    digest = hashlib.sha256(f"{GENERATOR_VERSION}:{CASES}:{SESSIONS}".encode())
    for path in sorted(folder.glob("*.sql")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


# -- rows -------------------------------------------------------------------------------------

_COMMON = (
    "she he said talked about family work money job boss house room phone friend mother "
    "father child school village border bus truck boat factory fishing farm shop bar hotel "
    "debt salary hours night day week month afraid safe tired sleep food doctor police "
    "embassy shelter lawyer court visa document contract agent broker transport wanted home "
    "return stay help plan next meeting call again better worse calm cried smiled quiet"
).split()
_RARE = "passport karaoke tattoo scar bruise pregnant injury statement witness hearing".split()
_THAI = "ครอบครัว งาน เงิน นายจ้าง บ้าน โรงงาน เรือ ตำรวจ สถานทูต ทนาย ศาล ปลอดภัย".split()


def _sentence(rng: random.Random, words: int) -> str:
    out = []
    for _ in range(words):
        roll = rng.random()
        if roll < 0.004:
            out.append(rng.choice(_RARE))
        elif roll < 0.08:
            out.append(rng.choice(_THAI))
        else:
            out.append(rng.choice(_COMMON))
    return " ".join(out)


def generate(rng: random.Random) -> dict[str, list[tuple[Any, ...]]]:
    now = datetime(2026, 11, 1, tzinfo=UTC)
    stamp = now.isoformat()
    roles = (
        ["counselor"] * 15
        + ["social_worker"] * 10
        + ["psychologist"] * 5
        + ["nurse"] * 4
        + ["legal_officer"] * 3
        + ["supervisor"] * 2
        + ["director"]
    )
    users = [
        (i + 1, f"staff{i + 1}", f"Staff {i + 1}", role, stamp, stamp)
        for i, role in enumerate(roles)
    ]
    # staff1 is on exactly the cases it is assigned to: the other case workers take the rest.
    caseworkers = [u[0] for u in users if u[3] in ("counselor", "social_worker") and u[0] != 1]
    others = [u[0] for u in users if u[3] in ("psychologist", "nurse", "legal_officer")]
    types = ["trafficking", "domestic_violence", "child_abuse", "other"]
    cases, team = [], []
    for case_id in range(1, CASES + 1):
        opened = (now - timedelta(days=rng.randrange(1100))).date().isoformat()
        cases.append(
            (
                case_id,
                f"C-{opened[:4]}-{case_id:05d}",
                "",
                rng.choice(types),
                rng.choice(["TH", "LA", "MM", "KH"]),
                "th",
                0,
                rng.choice(["open", "open", "referred", "closed"]),
                opened,
                None,
                "",
                1,
                stamp,
                stamp,
            )
        )
        worker = 1 if case_id % COUNSELOR_EVERY == 0 else rng.choice(caseworkers)
        members = {worker: 1}
        for extra in rng.sample(others, rng.randrange(1, 3)):
            members.setdefault(extra, 0)
        team.extend((case_id, uid, assigned) for uid, assigned in members.items())
    contacts = ["hotline_call", "in_person", "shelter_follow_up", "home_visit", "hospital_visit"]
    # Notes are drawn from a pool of generated texts: varied enough for the full-text index,
    # and generation stays a matter of seconds.
    pools = {words: [_sentence(rng, words) for _ in range(4000)] for words in (45, 25)}
    sessions, notes = [], []
    note_id = 0
    for session_id in range(1, SESSIONS + 1):
        case_id = rng.randrange(1, CASES + 1)
        start = now - timedelta(minutes=rng.randrange(60 * 24 * 1100))
        start = start.replace(second=0, microsecond=0)
        follow = (start + timedelta(days=14)).date().isoformat() if rng.random() < 0.3 else None
        sessions.append(
            (
                session_id,
                case_id,
                start.isoformat(),
                (start + timedelta(minutes=50)).isoformat(),
                f"Room {rng.randrange(1, 4)}",
                rng.choice(contacts),
                0,
                rng.choice(["low", "low", "medium", "high"]),
                int(rng.random() < 0.05),
                "",
                follow,
                1,
                stamp,
                stamp,
            )
        )
        for section, share, words in (("notes", 1.0, 45), ("health", 0.3, 25), ("legal", 0.15, 25)):
            if rng.random() < share:
                note_id += 1
                body = rng.choice(pools[words])
                # (id, session, section, body, updated_at, updated_by, case)
                notes.append((note_id, session_id, section, body, stamp, 1, case_id))
    return {"users": users, "cases": cases, "team": team, "sessions": sessions, "notes": notes}


# -- sealing (as tjdesk/vault/sealing.py lays it out) -------------------------------------------


def _entitled(
    team: list[tuple[int, int]], roles: dict[int, str], recipients: dict[int, str], section: str
) -> dict[int, str]:
    from tjdesk.actors import Role
    from tjdesk.policy import Relation, Section, may_read

    return {
        uid: recipients[uid]
        for uid, assigned in team
        if may_read(
            Role(roles[uid]), Relation.ASSIGNED if assigned else Relation.TEAM, Section(section)
        )
    }


def _seal_cases(job: tuple[list[dict[str, Any]], dict[str, Any]]) -> dict[str, list[Any]]:
    """Seal a batch of cases (runs in a pool process). Returns rows per table."""
    from pyrage import x25519

    from tjdesk.cases.search_text import index_text
    from tjdesk.vault import age_format

    batch, shared = job
    roles, recipients = shared["roles"], shared["recipients"]
    recovery, stamp = shared["recovery"], shared["stamp"]
    out: dict[str, list[Any]] = {
        "keys": [],
        "readers": [],
        "digests": [],
        "notes": [],
        "identity": [],
    }
    indexed: dict[str, str] = {}
    for case in batch:
        case_id = case["id"]
        notes_by_section: dict[str, list[tuple[int, str]]] = {}
        for note_id, section, body in case["notes"]:
            notes_by_section.setdefault(section, []).append((note_id, body))
        for section in SECTIONS:
            if section != "identity" and section not in notes_by_section:
                continue
            identity = x25519.Identity.generate()
            recipient = str(identity.to_public())
            readers = _entitled(case["team"], roles, recipients, section)
            sealed_identity = age_format.seal(
                str(identity).encode("ascii"), [*readers.values(), recovery]
            )
            out["keys"].append((case_id, section, 1, recipient, sealed_identity, stamp))
            out["readers"].extend(
                (case_id, section, 1, uid, rec) for uid, rec in sorted(readers.items())
            )
            if section == "identity":
                text = json.dumps(
                    {
                        "contacts": "",
                        "current_location": "",
                        "nickname": f"Nok {case_id}",
                        "real_name": f"Person {case_id}",
                    },
                    sort_keys=True,
                )
                out["identity"].append(
                    (case_id, age_format.seal(text.encode(), [recipient]), 1, stamp, 1)
                )
                continue
            digest = {}
            for note_id, body in notes_by_section[section]:
                out["notes"].append((note_id, age_format.seal(body.encode(), [recipient])))
                if body not in indexed:
                    indexed[body] = index_text(body)
                digest[str(note_id)] = [1, indexed[body]]
            payload = json.dumps(dict(sorted(digest.items())), ensure_ascii=False)
            out["digests"].append(
                (case_id, section, 1, age_format.seal(payload.encode("utf-8"), [recipient]))
            )
    return out


def _seal_all(data: dict[str, list[tuple[Any, ...]]], shared: dict[str, Any]) -> dict[str, list]:
    by_case: dict[int, dict[str, Any]] = {
        c[0]: {"id": c[0], "team": [], "notes": []} for c in data["cases"]
    }
    for case_id, uid, assigned in data["team"]:
        by_case[case_id]["team"].append((uid, assigned))
    for note in data["notes"]:
        by_case[note[6]]["notes"].append((note[0], note[2], note[3]))
    cases = list(by_case.values())
    chunk = 250
    jobs = [(cases[i : i + chunk], shared) for i in range(0, len(cases), chunk)]
    merged: dict[str, list[Any]] = {}
    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    with context.Pool(min(2, os.cpu_count() or 1)) as pool:
        for part in pool.imap_unordered(_seal_cases, jobs):
            for table, rows in part.items():
                merged.setdefault(table, []).extend(rows)
    return merged


# -- files ------------------------------------------------------------------------------------


def _fill_outline(db: Any, data: dict[str, list[tuple[Any, ...]]]) -> None:
    db.executemany(
        "INSERT INTO users (id, name, display_name, role, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        data["users"],
    )
    db.executemany(
        "INSERT INTO cases (id, code, nickname, case_type, nationality, languages,"
        " interpreter_needed, status, opened_on, closed_on, next_step, created_by,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        data["cases"],
    )
    db.executemany(
        "INSERT INTO case_team (case_id, user_id, assigned) VALUES (?, ?, ?)", data["team"]
    )
    db.executemany(
        "INSERT INTO sessions (id, case_id, starts_at, ends_at, room, contact_type,"
        " interpreter_used, risk_level, safety_concern, referrals, follow_up_on,"
        " created_by, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        data["sessions"],
    )


def _fill_vault(db: Any, data: dict[str, list[tuple[Any, ...]]], sealed: dict[str, list]) -> None:
    sealed_notes = dict(sealed["notes"])
    with db.transaction():
        _fill_outline(db, data)
        db.executemany(
            "INSERT INTO session_notes (id, session_id, section, body, updated_at, updated_by,"
            " sealed, key_generation) VALUES (?, ?, ?, '', ?, ?, ?, 1)",
            ((n[0], n[1], n[2], n[4], n[5], sealed_notes[n[0]]) for n in data["notes"]),
        )
        db.executemany(
            "INSERT INTO section_keys (case_id, section, generation, recipient,"
            " sealed_identity, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            sealed["keys"],
        )
        db.executemany(
            "INSERT INTO section_readers (case_id, section, generation, user_id, recipient)"
            " VALUES (?, ?, ?, ?, ?)",
            sealed["readers"],
        )
        db.executemany(
            "INSERT INTO search_digests (case_id, section, generation, sealed) VALUES (?, ?, ?, ?)",
            sealed["digests"],
        )
        db.executemany(
            "INSERT INTO case_identity (case_id, sealed, key_generation, updated_at,"
            " updated_by) VALUES (?, ?, ?, ?, ?)",
            sealed["identity"],
        )
    db.execute("PRAGMA optimize")


def counselor_readable(data: dict[str, list[tuple[Any, ...]]]) -> set[tuple[int, str]]:
    """(case, section) pairs whose notes staff1 may read: the plaintext of its index."""
    from tjdesk.actors import Role
    from tjdesk.policy import Relation, Section, may_read

    pairs = set()
    for case_id, uid, assigned in data["team"]:
        if uid != 1:
            continue
        relation = Relation.ASSIGNED if assigned else Relation.TEAM
        for section in ("notes", "health", "legal"):
            if may_read(Role.COUNSELOR, relation, Section(section)):
                pairs.add((case_id, section))
    return pairs


def _fill_plain(db: Any, data: dict[str, list[tuple[Any, ...]]]) -> None:
    from tjdesk.cases.search_text import index_text

    readable = counselor_readable(data)
    with db.transaction():
        _fill_outline(db, data)
        db.executemany(
            "INSERT INTO session_notes (id, session_id, section, body, updated_at, updated_by)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (n[:6] for n in data["notes"]),
        )
        for section in ("notes", "health", "legal"):
            db.execute(
                f"CREATE VIRTUAL TABLE main.search_{section} USING fts5"
                " (body, tokenize = 'unicode61 remove_diacritics 2')"
            )
            db.executemany(
                f"INSERT INTO main.search_{section} (rowid, body) VALUES (?, ?)",
                (
                    (n[0], index_text(n[3]))
                    for n in data["notes"]
                    if n[2] == section and (n[6], section) in readable
                ),
            )
    db.execute("PRAGMA optimize")


def open_plain(path: Path) -> Any:
    """The same SQLite build as the vault, with no key, and the vault's settings that matter
    for reading (page cache, temp store, WAL)."""
    import sqlcipher3  # type: ignore[import-untyped]

    from tjdesk.vault.connection import CACHE_SIZE_KIB

    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute(f"PRAGMA cache_size = -{CACHE_SIZE_KIB}")
    return PlainDatabase(conn)


def open_stock_sqlite3(path: Path) -> Any:
    """Python's own sqlite3 module on the plain file (issue 18's baseline), same page cache."""
    import sqlite3

    from tjdesk.vault.connection import CACHE_SIZE_KIB

    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA cache_size = -{CACHE_SIZE_KIB}")
    conn.execute("PRAGMA temp_store = MEMORY")
    return PlainDatabase(conn)


@functools.cache
def _plain_database_class() -> type:
    from tjdesk.vault.database import Database

    class _Plain(Database):
        """The app's queries name the per-sign-in index ``temp.search_*``; the plain twin keeps
        the same FTS5 tables on disk as ``main.search_*`` (the baseline)."""

        def execute(self, sql: str, params: Any = ()) -> Any:
            return super().execute(sql.replace("temp.search_", "main.search_"), params)

        def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
            return super().query(sql.replace("temp.search_", "main.search_"), params)

    return _Plain


def PlainDatabase(conn: Any) -> Any:  # noqa: N802 - a class made on first use
    return _plain_database_class()(conn)


def _open_vault_for_loading(path: Path, key: bytes) -> Any:
    """The vault file as the app makes it (same key form, SQLCipher 4 defaults), but without
    cipher_memory_security: it wipes and locks every allocation, which for a bulk load of
    synthetic rows costs minutes of system time, and once on it cannot be turned off. The
    timed queries use the app's own connection (tjdesk.vault.connection), with it on."""
    import sqlcipher3

    from tjdesk.vault.database import Database

    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA cipher_compatibility = 4")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA cache_size = -64000")
    return Database(conn)


def _write_key_file(
    folder: Path, key: bytes, users: list[tuple[Any, ...]], privates: dict[int, bytes]
) -> str:
    """A real key-slot file: one slot per user, at the production Argon2id floor. Returns the
    vault id."""
    import uuid

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from tjdesk.paths import keyslot_path
    from tjdesk.vault import kdf, keyslots

    vault_id = uuid.uuid4().hex
    key_file = keyslots.new_key_file(vault_id, key, kdf.FLOOR)
    for user in users:
        keep = keyslots.OpenedSlot(
            database_key=key,
            x25519_private_key=privates[user[0]],
            signing_key=Ed25519PrivateKey.generate(),
            kek=b"",
        )
        slot = keyslots.create_slot(user[1], PASSWORD, key, vault_id, kdf.FLOOR, keep=keep)
        key_file = key_file.with_slot(slot)
    keyslots.write_key_file(keyslot_path(folder), key_file, key)
    return vault_id


def _certify_roster(
    db: Any, data: dict[str, Any], privates: dict[int, bytes], recovery: str
) -> None:
    """A bench root administrator certifies every user's X25519 key and the recovery
    recipient, as in a real vault: sealing and the rewrap at sign-in trust nothing else."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from tjdesk.actors import Actor, Role
    from tjdesk.clock import iso_utc
    from tjdesk.vault import certified_keys, roster
    from tjdesk.vault.signed_in import SignedInUser

    root = SignedInUser(
        actor=Actor(0, "bench-root", Role.ADMINISTRATOR),
        age_identity=bytes(32),
        age_recipient="",
        signing_key=Ed25519PrivateKey.generate(),
    )
    db.execute(
        "INSERT INTO signing_roots (public_key, pinned_at, pinned_by, how) VALUES (?, ?, ?, ?)",
        (roster.b64(root.signing_public_key), iso_utc(), "bench-root", roster.HOW_SET_UP),
    )
    db.bind_signed_in(root)
    current = roster.load(db)
    for user in data["users"]:
        roster.certify(
            db,
            user_id=int(user[0]),
            name=str(user[1]),
            role=Role(user[3]),
            disabled=False,
            age_key=X25519PrivateKey.from_private_bytes(privates[user[0]])
            .public_key()
            .public_bytes_raw(),
            signing_key=None,
            roster=current,
        )
    certified_keys.certify_recovery(db, recovery)


def ensure() -> BenchVault:
    """The cached pair, or a fresh one."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from tjdesk.vault import age_format, age_keys
    from tjdesk.vault.migrations import migrate
    from tjdesk.vault.sealing import SETTING_RECOVERY_RECIPIENT

    CACHE.mkdir(mode=0o700, exist_ok=True)
    meta_path = CACHE / "meta.json"
    vault, plain = CACHE / "tjdesk.db", CACHE / "plain.db"
    wanted = {"schema": _schema_hash(), "roster": 1}  # roster: certified keys (issue 13/14)
    if meta_path.exists() and vault.exists() and plain.exists():
        meta = json.loads(meta_path.read_text())
        if {k: meta.get(k) for k in wanted} == wanted:
            return BenchVault(vault, bytes.fromhex(meta["key"]), plain, None)
    for path in CACHE.iterdir():
        path.unlink()
    started = time.perf_counter()
    data = generate(random.Random(20261128))
    key = os.urandom(32)  # synthetic data only; kept beside it so the cache can be reopened
    privates = {u[0]: X25519PrivateKey.generate().private_bytes_raw() for u in data["users"]}
    recipients = {
        uid: age_keys.recipient_string(
            X25519PrivateKey.from_private_bytes(raw).public_key().public_bytes_raw()
        )
        for uid, raw in privates.items()
    }
    recovery = age_format.new_identity()
    shared = {
        "roles": {u[0]: u[3] for u in data["users"]},
        "recipients": recipients,
        "recovery": str(recovery.to_public()),
        "stamp": data["users"][0][4],
    }
    sealed = _seal_all(data, shared)
    for path, fill in ((vault, "vault"), (plain, "plain")):
        db = _open_vault_for_loading(path, key) if fill == "vault" else open_plain(path)
        migrate(db)
        # Loading only: no zeroing of freed pages and no syncing (synthetic data, one
        # transaction). The timed queries below use the app's real settings.
        db.execute("PRAGMA secure_delete = OFF")
        db.execute("PRAGMA synchronous = OFF")
        db.execute("PRAGMA foreign_keys = OFF")  # the generated rows are consistent by making
        if fill == "vault":
            _fill_vault(db, data, sealed)
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)",
                (SETTING_RECOVERY_RECIPIENT, shared["recovery"]),
            )
            _certify_roster(db, data, privates, shared["recovery"])
        else:
            _fill_plain(db, data)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
    vault_id = _write_key_file(CACHE, key, data["users"], privates)
    seconds = time.perf_counter() - started
    meta_path.write_text(
        json.dumps(
            {
                **wanted,
                "key": key.hex(),
                "vault_id": vault_id,
                "recovery": str(recovery),  # synthetic vault: lets a bench open anything
            }
        )
    )
    meta_path.chmod(0o600)
    return BenchVault(vault, key, plain, seconds)


def vault_id() -> str:
    return str(json.loads((CACHE / "meta.json").read_text())["vault_id"])
