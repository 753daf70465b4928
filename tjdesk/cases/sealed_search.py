"""Search over sealed notes: an in-memory FTS5 index per sign-in, built from sealed digests.

Nothing searchable is kept in the file in the clear. Per (case, section, key generation) a
*digest* holds the searchable text of that section's notes (Thai already split into words,
tjdesk/cases/search_text.py), sealed like the notes themselves. At sign-in the vault worker
opens the digests this user may read (policy and keys both) and fills FTS5 tables in the
connection's TEMP schema, which ``temp_store = MEMORY`` keeps in memory: they die with the
connection at lock or sign-out. The index is searchable while it builds (``build_step`` runs
between other vault jobs) and says how far it got (``progress``).

Opening a digest costs one X25519 operation, as does opening its section key: a counselor on
2,000 cases opens about 4,000 small files, not one per note.
"""

from __future__ import annotations

import json
import weakref
from dataclasses import dataclass, field

from tjdesk.actors import Role
from tjdesk.cases.search_text import index_text
from tjdesk.policy import Relation, Section, may_read
from tjdesk.vault import age_format, sealing
from tjdesk.vault.database import Database

NOTE_SECTIONS = (Section.NOTES, Section.HEALTH, Section.LEGAL)
INDEX_TABLE = {
    Section.NOTES: "temp.search_notes",
    Section.HEALTH: "temp.search_health",
    Section.LEGAL: "temp.search_legal",
}
STEP_DIGESTS = 250  # digests opened per worker turn: other vault jobs wait at most ~50 ms


@dataclass
class _Build:
    pending: list[tuple[int, Section, int]] = field(default_factory=list)
    total: int = 0
    done: int = 0
    started: bool = False
    saved_here: set[int] = field(default_factory=set)  # notes indexed by record_note
    versions: dict[int, int] = field(default_factory=dict)  # note id -> version indexed


_builds: weakref.WeakKeyDictionary[Database, _Build] = weakref.WeakKeyDictionary()


def ensure_tables(db: Database) -> None:
    # Contentless (content=''): searches need only the words and the note id, so the index
    # keeps no copy of the text, which also makes it a third quicker to build. Positions stay
    # (a Thai word is several tokens: a phrase). contentless_delete lets a note saved during
    # the sign-in replace its entry (SQLite 3.43+).
    for table in INDEX_TABLE.values():
        db.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {table} USING fts5"
            " (body, tokenize = 'unicode61 remove_diacritics 2', content = '',"
            " contentless_delete = 1)"
        )


def _build(db: Database) -> _Build:
    build = _builds.get(db)
    if build is None:
        build = _Build()
        _builds[db] = build
    return build


def start(db: Database) -> int:
    """Plan the index of what the signed-in user may read; returns how many digests to open."""
    ensure_tables(db)
    me = sealing.signed_in(db).actor
    build = _build(db)
    # Three plain reads joined here: as one SQL join, each digest row looked up (or each
    # reader row, the other way round) costs a page read, 0.4 s on 100,000 sessions; the
    # keys of every digest are one scan of small pages (the texts are in overflow pages).
    mine = {
        (int(r["case_id"]), str(r["section"]), int(r["generation"]))
        for r in db.query(
            "SELECT case_id, section, generation FROM section_readers WHERE user_id = ?",
            (me.id,),
        )
    }
    team = {
        int(r["case_id"]): bool(r["assigned"])
        for r in db.query("SELECT case_id, assigned FROM case_team WHERE user_id = ?", (me.id,))
    }
    role = Role(me.role)
    planned = [
        (int(r["case_id"]), Section(r["section"]), int(r["generation"]))
        for r in db.query("SELECT case_id, section, generation FROM search_digests")
        if (int(r["case_id"]), str(r["section"]), int(r["generation"])) in mine
        and int(r["case_id"]) in team
        and may_read(role, _relation(team[int(r["case_id"])]), Section(r["section"]))
    ]
    planned.sort(key=lambda key: key[0], reverse=True)  # newest cases first
    build.pending = planned
    build.total = len(build.pending)
    build.done = 0
    build.started = True
    return build.total


def _relation(assigned: object) -> Relation:
    return Relation.ASSIGNED if assigned else Relation.TEAM


def progress(db: Database) -> tuple[int, int]:
    """(digests indexed, digests to index) for this sign-in."""
    build = _build(db)
    return build.done, build.total


@dataclass(frozen=True)
class IndexState:
    """How far this sign-in's search index is (for the search box)."""

    done: int  # digests (case sections) read into the index
    total: int  # digests to read
    building: bool  # still reading: a search finds what is read so far


def state(db: Database) -> IndexState:
    """Where the index stands. A connection nobody signed in to has no index to build."""
    build = _build(db)
    building = db.signed_in is not None and build.started and bool(build.pending)
    return IndexState(build.done, build.total, building)


def finished(db: Database) -> bool:
    build = _build(db)
    return build.started and not build.pending


def abandon(db: Database) -> None:
    """Stop building (what is indexed stays searchable)."""
    _build(db).pending = []


def build_step(db: Database, budget: int = STEP_DIGESTS) -> bool:
    """Index up to ``budget`` digests; True while more remain."""
    build = _build(db)
    if not build.started:
        start(db)
    batch, build.pending = build.pending[:budget], build.pending[budget:]
    # One transaction per step: FTS5 flushes its pending terms into a new segment at every
    # commit, so row-by-row autocommits cost ~1 ms a note. A savepoint outside a transaction
    # begins a deferred one, which takes no write lock on the vault file (only TEMP is written).
    replaced: set[int] = set()
    rows = _batch_rows(db, batch, replaced)
    db.execute("SAVEPOINT search_build")
    try:
        # A note saved during this sign-in is in the index already (record_note) and is newer
        # than any digest: keep it. Each table is written in one statement per step, in rowid
        # order: FTS5 flushes its pending terms into a new segment at every read of the table
        # and whenever a rowid is not above the last one, which cost about a millisecond a
        # digest when written digest by digest.
        for section, fresh in rows.items():
            db.executemany(
                f"DELETE FROM {INDEX_TABLE[section]} WHERE rowid = ?",
                [(i,) for i, _text in fresh if i in replaced and i not in build.saved_here],
            )
            db.executemany(
                f"INSERT INTO {INDEX_TABLE[section]} (rowid, body) VALUES (?, ?)",
                sorted((i, text) for i, text in fresh if i not in build.saved_here),
            )
        build.done += len(batch)
    except BaseException:
        db.execute("ROLLBACK TO search_build")
        db.execute("RELEASE search_build")
        raise
    db.execute("RELEASE search_build")
    if not build.pending:
        _optimize(db)
    return bool(build.pending)


def _optimize(db: Database) -> None:
    """Merge the index's segments once it is complete: searches then read one b-tree per
    table, as a file's index built in one go does."""
    for table in INDEX_TABLE.values():
        name = table.split(".")[-1]
        db.execute(f"INSERT INTO {table} ({name}) VALUES ('optimize')")


def _batch_rows(
    db: Database, batch: list[tuple[int, Section, int]], replaced: set[int]
) -> dict[Section, list[tuple[int, str]]]:
    """(note id, searchable text) per section, of the batch's digests, for the notes that are
    current (a digest entry for an older version of a note is skipped: the newer one is in a
    newer generation's digest). One query per batch, not three per digest. Notes indexed by an
    earlier step that this batch holds a newer version of are added to ``replaced``."""
    rows: dict[Section, list[tuple[int, str]]] = {section: [] for section in INDEX_TABLE}
    if not batch:
        return rows
    wanted = json.dumps([[c, s.value, g] for c, s, g in batch])
    blobs = db.query(
        "SELECT d.case_id, d.section, d.generation, d.sealed, k.sealed_identity"
        " FROM json_each(?) w JOIN search_digests d ON d.case_id = w.value ->> 0"
        " AND d.section = w.value ->> 1 AND d.generation = w.value ->> 2"
        " JOIN section_keys k ON k.case_id = d.case_id AND k.section = d.section"
        " AND k.generation = d.generation",
        (wanted,),
    )
    opened: list[tuple[int, Section, dict[int, tuple[int, str]]]] = []
    for blob in blobs:
        case_id, section = int(blob["case_id"]), Section(blob["section"])
        generation = int(blob["generation"])
        try:
            sealing.open_section_identity(
                db, case_id, section, generation, sealed=bytes(blob["sealed_identity"])
            )
            text = sealing.open_text(db, case_id, section, generation, bytes(blob["sealed"]))
        except sealing.NotSealedToYou:
            continue
        raw = json.loads(text)
        opened.append((case_id, section, {int(k): (int(v[0]), str(v[1])) for k, v in raw.items()}))
    # A note saved again under a newer key generation is in that generation's digest too:
    # the newest version wins (the older entry is text this user could read all the same).
    # Whether an entry is current is not asked of session_notes: that read touches every
    # page of the notes table (half a second on 100,000 sessions).
    seen = _build(db).versions
    fresh: dict[int, tuple[Section, str]] = {}
    for _case_id, section, entries in opened:
        for note_id, (version, text) in entries.items():
            indexed = seen.get(note_id)
            if indexed is not None and indexed >= version:
                continue
            if indexed is not None and note_id not in fresh:
                replaced.add(note_id)  # indexed by an earlier step: replace it
            seen[note_id] = version
            fresh[note_id] = (section, text)
    for note_id, (section, text) in fresh.items():
        rows[section].append((note_id, text))
    return rows


def _read_digest(
    db: Database, case_id: int, section: Section, generation: int
) -> dict[int, tuple[int, str]]:
    blob = db.scalar(
        "SELECT sealed FROM search_digests WHERE case_id = ? AND section = ? AND generation = ?",
        (case_id, section.value, generation),
    )
    if blob is None:
        return {}
    text = sealing.open_text(db, case_id, section, generation, bytes(blob))
    raw = json.loads(text)
    return {int(k): (int(v[0]), str(v[1])) for k, v in raw.items()}


def write_digest(
    db: Database,
    case_id: int,
    section: Section,
    generation: int,
    notes: dict[int, tuple[int, str]],
) -> None:
    """Put notes (id -> (version, plain text)) into that generation's sealed digest."""
    entries = _read_digest(db, case_id, section, generation)
    for note_id, (version, body) in notes.items():
        entries[note_id] = (version, index_text(body) if body.strip() else "")
    payload = json.dumps(
        {str(k): [v, t] for k, (v, t) in sorted(entries.items())}, ensure_ascii=False
    )
    recipient = db.scalar(
        "SELECT recipient FROM section_keys WHERE case_id = ? AND section = ? AND generation = ?",
        (case_id, section.value, generation),
    )
    sealed = age_format.seal(payload.encode("utf-8"), [str(recipient)])
    db.execute(
        "INSERT INTO search_digests (case_id, section, generation, sealed) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (case_id, section, generation) DO UPDATE SET sealed = excluded.sealed",
        (case_id, section.value, generation, sealed),
    )


def record_note(
    db: Database,
    case_id: int,
    section: Section,
    generation: int,
    note_id: int,
    version: int,
    body: str,
) -> None:
    """The signed-in user saved a note (sealed in ``generation``): update that generation's
    digest, and this sign-in's index."""
    write_digest(db, case_id, section, generation, {note_id: (version, body)})
    ensure_tables(db)
    table = INDEX_TABLE[section]
    db.execute(f"DELETE FROM {table} WHERE rowid = ?", (note_id,))
    if body.strip():
        db.execute(f"INSERT INTO {table} (rowid, body) VALUES (?, ?)", (note_id, index_text(body)))
    _build(db).saved_here.add(note_id)


def forget_case(db: Database, case_id: int) -> None:
    """Drop a case's notes from this sign-in's index (the user left its team)."""
    ensure_tables(db)
    for section, table in INDEX_TABLE.items():
        db.execute(
            f"DELETE FROM {table} WHERE rowid IN (SELECT n.id FROM session_notes n"
            " JOIN sessions s ON s.id = n.session_id WHERE s.case_id = ? AND n.section = ?)",
            (case_id, section.value),
        )
