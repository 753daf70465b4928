"""The session list and the note search on 100,000 sessions, encrypted vault beside plain SQLite.

A generated vault (10,000 cases, 100,000 sessions, ~145,000 notes in three sections, with the
real schema, indexes and full-text tables) is built twice from the same rows: once encrypted
(SQLCipher, the app's connection recipe) and once plain (the same SQLite build, no key, the
same page-cache size), so the ratio is SQLCipher's own cost. Both are built with executemany
in one transaction each and cached between runs in a temp folder this benchmark owns
(``$TMPDIR/tjdesk-bench-sessions``), rebuilt when the schema or the generator changes.

Figures (the service-layer queries the Sessions screen runs, as a counselor on the team of
~2,700 of the 10,000 cases):
- the session list's first page, warm (median), beside plain SQLite; target <= 1.3x;
- the first page on a freshly opened connection (cold cache), beside plain; target < 100 ms;
- a full-text search of the notes the counselor may read, warm (median), beside plain;
- in a fresh GUI process: time from opening the Sessions screen to its first rows, and the
  process's resident memory with the list open (target < 250 MB), beside a bare PySide6
  window with an empty table.
The search's audit entry (one small write per search) is left out of the timed query.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.common import Row

REPO = Path(__file__).resolve().parents[1]
CACHE = Path(tempfile.gettempdir()) / "tjdesk-bench-sessions"
GENERATOR_VERSION = "5"
CASES = 10_000
SESSIONS = 100_000
WARM_RUNS = 25
PAGE = 100  # tjdesk.cases.listing.PAGE_SIZE, checked in run()
SEARCH_WORD = "passport"  # about 1 note in 60 of the social-work notes


def _schema_hash() -> str:
    folder = REPO / "tjdesk" / "vault" / "schema"
    digest = hashlib.sha256(GENERATOR_VERSION.encode())
    for path in sorted(folder.glob("*.sql")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


# -- generation -----------------------------------------------------------------------------

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


def _generate(rng: random.Random) -> dict[str, list[tuple[Any, ...]]]:
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
    caseworkers = [u[0] for u in users if u[3] in ("counselor", "social_worker")]
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
        worker = caseworkers[0] if case_id % 4 == 0 else rng.choice(caseworkers)
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
                notes.append((note_id, session_id, section, body, stamp, 1))
    return {"users": users, "cases": cases, "team": team, "sessions": sessions, "notes": notes}


def _fill(db: Any, data: dict[str, list[tuple[Any, ...]]]) -> None:
    from tjdesk.cases.search_text import index_text

    indexed: dict[str, str] = {}

    def index_once(text: str) -> str:
        if text not in indexed:
            indexed[text] = index_text(text)
        return indexed[text]

    with db.transaction():
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
        db.executemany(
            "INSERT INTO session_notes (id, session_id, section, body, updated_at, updated_by)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            data["notes"],
        )
        for section in ("notes", "health", "legal"):
            db.executemany(
                f"INSERT INTO fts_{section} (rowid, body) VALUES (?, ?)",
                ((n[0], index_once(n[3])) for n in data["notes"] if n[2] == section),
            )
    db.execute("PRAGMA optimize")


def _open_plain(path: Path, create: bool = False) -> Any:
    """The same SQLite build as the vault, with no key, and the vault's settings that matter
    for reading (page cache, temp store, WAL)."""
    import sqlcipher3  # type: ignore[import-untyped]

    from tjdesk.vault.connection import CACHE_SIZE_KIB
    from tjdesk.vault.database import Database

    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute(f"PRAGMA cache_size = -{CACHE_SIZE_KIB}")
    return Database(conn)


def _open_vault(path: Path, key: bytes, create: bool = False) -> Any:
    from tjdesk.vault.connection import open_connection
    from tjdesk.vault.database import Database

    return Database(open_connection(path, key, create=create))


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


def ensure_vaults() -> tuple[Path, bytes, Path, float | None]:
    """(vault path, its key, plain path, seconds spent generating or None if cached)."""
    from tjdesk.vault.migrations import migrate

    CACHE.mkdir(mode=0o700, exist_ok=True)
    meta_path = CACHE / "meta.json"
    vault, plain = CACHE / "vault.db", CACHE / "plain.db"
    wanted = {"schema": _schema_hash(), "sessions": SESSIONS, "cases": CASES}
    if meta_path.exists() and vault.exists() and plain.exists():
        meta = json.loads(meta_path.read_text())
        if {k: meta.get(k) for k in wanted} == wanted:
            return vault, bytes.fromhex(meta["key"]), plain, None
    for path in CACHE.iterdir():
        path.unlink()
    started = time.perf_counter()
    data = _generate(random.Random(20261128))
    key = os.urandom(32)  # synthetic data only; kept beside it so the cache can be reopened
    for path, opener in (
        (vault, lambda p: _open_vault_for_loading(p, key)),
        (plain, lambda p: _open_plain(p, create=True)),
    ):
        db = opener(path)
        migrate(db)
        # Loading only: no zeroing of freed pages and no syncing (synthetic data, one
        # transaction). The timed queries below use the app's real settings.
        db.execute("PRAGMA secure_delete = OFF")
        db.execute("PRAGMA synchronous = OFF")
        db.execute("PRAGMA foreign_keys = OFF")  # the generated rows are consistent by making
        _fill(db, data)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
    seconds = time.perf_counter() - started
    meta_path.write_text(json.dumps({**wanted, "key": key.hex()}))
    return vault, key, plain, seconds


# -- the timed queries ------------------------------------------------------------------------


def _actor() -> Any:
    from tjdesk.actors import Actor, Role

    return Actor(1, "staff1", Role.COUNSELOR)  # assigned to every 4th case, on ~2,700 teams


def _first_page(db: Any) -> int:
    from tjdesk.cases import listing

    rows, _ = listing.session_rows(db, _actor(), listing.SessionFilter(), 0, listing.PAGE_SIZE)
    return len(rows)


def _search(db: Any) -> int:
    from tjdesk.cases import listing

    rows, _ = listing.session_rows(
        db, _actor(), listing.SessionFilter(text=SEARCH_WORD), 0, listing.PAGE_SIZE
    )
    return len(rows)


def _warm_ms(pair: tuple[Any, Any], fn: Any) -> tuple[float, float]:
    """Median warm times on the encrypted and the plain database, runs interleaved so both
    meet the same load from the rest of the machine."""
    samples: tuple[list[float], list[float]] = ([], [])
    for db in pair:
        fn(db)  # warm the page cache
    for _ in range(WARM_RUNS):
        for db, times in zip(pair, samples, strict=True):
            started = time.perf_counter()
            fn(db)
            times.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples[0]), statistics.median(samples[1])


def _cold_ms(openers: tuple[Any, Any], fn: Any) -> tuple[float, float]:
    samples: tuple[list[float], list[float]] = ([], [])
    for _ in range(7):
        for opener, times in zip(openers, samples, strict=True):
            db = opener()
            started = time.perf_counter()
            fn(db)
            times.append((time.perf_counter() - started) * 1000)
            db.close()
    return statistics.median(samples[0]), statistics.median(samples[1])


# -- the GUI process: first rows on screen and memory ---------------------------------------

_GUI_CHILD = r"""
import sys, time, json
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from PySide6.QtWidgets import QApplication, QTableView
from PySide6.QtGui import QStandardItemModel
app = QApplication(sys.argv[:1])

def rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")

if sys.argv[2] == "bare":
    view = QTableView(); view.setModel(QStandardItemModel(0, 6)); view.resize(1100, 700)
    view.show(); app.processEvents()
    print(json.dumps({"rss": rss_mb()}))
    sys.exit(0)

from dataclasses import dataclass
from tjdesk.actors import Actor, Role
from tjdesk.vault.worker import VaultWorker
from ui.cases.area import CasesArea
worker = VaultWorker(Path(sys.argv[3]), bytes.fromhex(sys.argv[4]))
worker.opened.result(60)

@dataclass
class Ctx:
    worker: object
    user: object

started = time.perf_counter()
area = CasesArea(Ctx(worker, Actor(1, "staff1", Role.COUNSELOR)))
area.resize(1100, 700)
area.show()
first = {}
def arrived(n):
    if "ms" not in first:
        first["ms"] = (time.perf_counter() - started) * 1000
        app.processEvents()
        first["rows"] = area.sessions_model.rowCount()
        app.quit()
area.sessions_model.page_loaded.connect(arrived)
app.exec()
print(json.dumps({"first_rows_ms": first["ms"], "rows": first["rows"], "rss": rss_mb()}))
worker.close()
"""


def _gui(kind: str, vault: Path, key: bytes) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", _GUI_CHILD, str(REPO), kind, str(vault), key.hex()],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def run() -> list[Row]:
    from tjdesk.cases.listing import PAGE_SIZE

    assert PAGE_SIZE == PAGE
    vault, key, plain, generated = ensure_vaults()
    rows: list[Row] = []
    enc_db, plain_db = _open_vault(vault, key), _open_plain(plain)
    try:
        assert _first_page(enc_db) == _first_page(plain_db) > 0
        assert _search(enc_db) == _search(plain_db) > 0
        page_enc, page_plain = _warm_ms((enc_db, plain_db), _first_page)
        search_enc, search_plain = _warm_ms((enc_db, plain_db), _search)
    finally:
        enc_db.close()
        plain_db.close()
    cold_enc, cold_plain = _cold_ms(
        (lambda: _open_vault(vault, key), lambda: _open_plain(plain)), _first_page
    )
    rows.append(
        Row(
            f"sessions: list first page ({PAGE} of 100k), warm",
            "ms",
            page_enc,
            "plain SQLite, same query",
            page_plain,
            "<= 1.3x",
            met=page_enc <= 1.3 * page_plain,
        )
    )
    rows.append(
        Row(
            "sessions: list first page, fresh connection",
            "ms",
            cold_enc,
            "plain SQLite, same query",
            cold_plain,
            "< 100 ms",
            met=cold_enc < 100,
        )
    )
    rows.append(
        Row(
            f"sessions: note search '{SEARCH_WORD}', warm",
            "ms",
            search_enc,
            "plain SQLite, same query",
            search_plain,
            "<= 1.3x",
            met=search_enc <= 1.3 * search_plain,
        )
    )
    # Three fresh GUI processes each; the median run (one process start is noisy here).
    runs = sorted((_gui("area", vault, key) for _ in range(3)), key=lambda r: r["first_rows_ms"])
    gui = runs[1]
    bare = sorted((_gui("bare", vault, key) for _ in range(3)), key=lambda r: r["rss"])[1]
    rows.append(
        Row(
            "sessions: screen opened to first rows (GUI, 100k)",
            "ms",
            gui["first_rows_ms"],
            None,
            None,
            "< 100 ms",
            met=gui["first_rows_ms"] < 100,
            note=f"{int(gui['rows'])} rows",
        )
    )
    rows.append(
        Row(
            "sessions: RSS with the list open (100k)",
            "MB",
            gui["rss"],
            "bare PySide6 window with an empty table",
            bare["rss"],
            "< 250 MB",
            met=gui["rss"] < 250,
        )
    )
    if generated is not None:
        rows.append(
            Row(
                "sessions: generate both 100k vaults (cached after)",
                "s",
                generated,
                None,
                None,
                "",
                None,
            )
        )
    return rows


if __name__ == "__main__":
    from benchmarks.__main__ import table

    print(table(run()))
