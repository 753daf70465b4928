"""Nothing in the clear: after a scripted day, no client text is anywhere outside the vault.

The day runs with a private HOME, XDG folders, temp folder (TMPDIR and tempfile.tempdir) and
QSettings folder, so every file the app (and a crashed child) could write lands under one
root that the test then reads byte by byte. Every section of a case and a session carries a
unique sentinel; each sentinel is looked for as UTF-8, UTF-16-LE and UTF-16-BE in every file
under that root: the vault folder (with -wal/-shm), the temp folder, the settings, the log
file, the alarm folder and the backup file. The only place a sentinel may be is inside the
encrypted pages, so none may be found.

The day: a vault; 8 cases and 240 sessions through the cases services, a sentinel in every
section (outline, identity, notes, health, legal, a Thai note, a draft, a note conflict); a
full-text search over all of them sorted off-index (temp b-trees); a VACUUM; a preliminary
report written as a PDF and deleted (a cancelled print); a backup; a child recording sessions
killed with SIGKILL; an alarm raised and reset in the alarm service and imported into the
vault; the app's logging captured to a file at DEBUG.
"""

from __future__ import annotations

import logging
import os
import secrets
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from tests.helpers.sealed import bind
from tests.helpers.vaults import make_vault
from tests.verify.test_kill9 import crash_once
from tjdesk import backup
from tjdesk.actors import Role
from tjdesk.alarm import paths as alarm_paths
from tjdesk.alarm.service import AlarmService
from tjdesk.alarm.vault_import import import_journal
from tjdesk.cases import case_service, drafts, listing, report, sealed_search, session_service
from tjdesk.cases.codes import CaseType, ContactType
from tjdesk.cases.records import CaseForm, IdentityForm, SessionForm, TeamMember
from tjdesk.cases.session_service import NoteConflictError
from tjdesk.paths import default_vault_dir
from tjdesk.policy import Section
from tjdesk.vault.worker import VaultWorker

CASES = 8
SESSIONS_PER_CASE = 30
FILLER = "the client described the week and the plan for the next visit " * 4
VAULT_FILES = {"tjdesk.db", "tjdesk.db-wal", "tjdesk.db-shm", "tjdesk.keys", "signin-backoff.json"}


def sentinel(label: str) -> str:
    return f"Zq{label}{secrets.token_hex(6)}"


def encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def find_sentinels(root: Path, sentinels: dict[str, str]) -> list[tuple[str, str]]:
    """(file, section) for every sentinel found in any encoding in any file under ``root``."""
    hits = []
    for path in sorted(root.rglob("*")):
        if not path.is_file() or path.is_symlink():
            continue
        data = path.read_bytes()
        for label, text in sentinels.items():
            if any(form in data for form in encodings(text)):
                hits.append((str(path.relative_to(root)), label))
    return hits


@pytest.fixture
def private_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object) -> Iterator[Path]:
    """HOME, XDG folders, TMPDIR and QSettings all under one folder, for us and children."""
    root = tmp_path / "root"
    folders = {
        "HOME": root / "home",
        "XDG_CONFIG_HOME": root / "home" / ".config",
        "XDG_DATA_HOME": root / "home" / ".local" / "share",
        "XDG_CACHE_HOME": root / "home" / ".cache",
        "XDG_STATE_HOME": root / "home" / ".local" / "state",
        "TMPDIR": root / "tmp",
    }
    for name, folder in folders.items():
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folders["TMPDIR"]))
    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folders["XDG_CONFIG_HOME"])
    )
    yield root


def test_the_scan_finds_a_sentinel_in_every_encoding(tmp_path: Path) -> None:
    text = sentinel("control")
    for i, form in enumerate(encodings(text)):
        (tmp_path / f"f{i}").write_bytes(b"\x00junk" + form + b"junk")
    assert len(find_sentinels(tmp_path, {"control": text})) == 3


def test_a_scripted_day_leaves_no_client_text_outside_the_vault(
    private_root: Path, qtbot: object, qtlog: Any
) -> None:
    from ui.app import save_language
    from ui.cases.report_print import write_report_pdf

    labels = (
        "nickname next_step real_name contacts location room notes health legal thai"
        " draft conflict search crash"
    ).split()
    s = {label: sentinel(label) for label in labels}
    s["thai"] = "ความลับ" + s["thai"]  # Thai text is word-segmented before indexing

    log_file = private_root / "home" / ".local" / "state" / "tjdesk.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    root_logger = logging.getLogger()
    old_level = root_logger.level
    root_logger.addHandler(handler)
    root_logger.setLevel(logging.DEBUG)
    try:
        hits_while_open = _run_day(private_root, s, write_report_pdf, save_language)
    finally:
        root_logger.removeHandler(handler)
        root_logger.setLevel(old_level)
        handler.close()

    home = private_root / "home"
    vault_folder = default_vault_dir()
    alarm_folder = alarm_paths.alarm_dir()
    assert vault_folder.is_relative_to(home) and alarm_folder.is_relative_to(home)
    # The vault folder holds only the database (with its WAL), the key file and the back-off.
    assert {p.name for p in vault_folder.iterdir()} <= VAULT_FILES
    # Every place the day wrote to is there to be scanned.
    assert any(p.suffix == ".conf" for p in (home / ".config").rglob("*"))  # QSettings
    assert (alarm_folder / "journal.jsonl").stat().st_size > 0
    assert log_file.stat().st_size > 0
    assert len(list((home / "backups").iterdir())) == 1
    assert not (home / "Documents" / "report.pdf").exists()  # the cancelled print is gone

    assert hits_while_open == []  # scanned with the vault open: its -wal and -shm too
    assert find_sentinels(private_root, s) == []  # and after it was closed
    # Qt's own warnings (printed to stderr in the app) carry none either.
    qt_messages = " ".join(record.message for record in qtlog.records)
    assert not any(text in qt_messages for text in s.values())


def _run_day(  # type: ignore[no-untyped-def]
    root: Path, s: dict[str, str], write_report_pdf, save_language
) -> list[tuple[str, str]]:
    """The day; returns what a scan finds at its end, with the vault still open."""
    home = root / "home"
    save_language("en")
    QSettings().sync()
    logging.getLogger("tjdesk.verify").info("a scripted day starts")

    made = make_vault(
        default_vault_dir(),
        users=[("ann", Role.COUNSELOR), ("pim", Role.PSYCHOLOGIST), ("leo", Role.LEGAL_OFFICER)],
    )
    ann_handle = made.handles["ann"]
    ann = ann_handle.actor
    staff = {name: h.actor for name, h in made.handles.items()}
    # One connection plays every role of the day (ann, pim, leo), as their own screens would
    # each in their own session. Audit entries are signed by the session's person and refused
    # in anyone else's name (issue 14), so this connection is opened with nobody signed in.
    worker = VaultWorker(ann_handle.database_path, ann_handle.key)
    worker.opened.result(30)
    made._workers.append(worker)  # closed with the vault
    try:
        assert worker.call(lambda db: db.scalar("PRAGMA temp_store")) == 2  # memory only

        now = datetime.now(UTC)
        signed = {name: h.signed_in for name, h in made.handles.items()}
        case_ids = worker.call(lambda db: _record_cases(db, staff, signed, s, now))
        first_case = case_ids[0]

        # A large full-text search (every session's notes match), sorted off any index, and
        # a case list sorted by nickname: both need temporary b-trees, kept in memory.
        # (Search runs over pim's in-memory index, built as pim: notes are sealed.)
        def search(db):  # type: ignore[no-untyped-def]
            bind(db, signed["pim"])
            try:
                sealed_search.start(db)
                while sealed_search.build_step(db):
                    pass
                flt = listing.SessionFilter(text=s["search"], sort="case_code")
                rows, _ = listing.session_rows(db, staff["pim"], flt, limit=100_000)
                listing.session_page(db, staff["pim"], flt)  # the audited first page
            finally:
                bind(db, signed["ann"])
            cases = listing.case_page(db, ann, listing.CaseFilter(sort="code"), limit=1000)
            db.execute("VACUUM")
            return len(rows), len(cases)

        assert worker.call(search) == (CASES * SESSIONS_PER_CASE, CASES)

        # A preliminary report printed to PDF, then deleted as a cancelled print would be.
        data = worker.call(lambda db: report.preliminary_report(db, ann, first_case))
        assert data.next_step == s["next_step"]
        pdf = home / "Documents" / "report.pdf"
        pdf.parent.mkdir()
        write_report_pdf(data, pdf)
        assert pdf.read_bytes().startswith(b"%PDF")
        pdf.unlink()

        # A backup.
        (home / "backups").mkdir()
        out = home / "backups" / "tjdesk-backup.tjdbak"
        worker.call(lambda db: backup.write_backup(db, ann_handle, out))

        # An alarm in the alarm service's own folder, imported into the vault.
        alarm_folder = alarm_paths.alarm_dir()
        service = AlarmService(alarm_folder, devices=["sim:"], room="Room A", out=_Sink())
        service.start()
        try:
            service.engine.raise_alarm()
            service.engine.reset("ann", "accidental", room_checked=True)
        finally:
            service.stop()
        assert (
            worker.call(lambda db: import_journal(db, alarm_paths.journal_path(alarm_folder))) > 0
        )

        # A crash: a child recording sessions (sentinel in their notes) is killed with -9.
        env = dict(os.environ)
        sealed_before = worker.call(
            lambda db: db.scalar("SELECT count(*) FROM session_notes WHERE sealed IS NOT NULL")
        )
        args = ["sessions", str(first_case), str(ann.id), "ann", s["crash"]]
        acked = crash_once(ann_handle.database_path, ann_handle.key, 10_000, 5, args, env)
        assert len(acked) == 5
        found = worker.call(
            lambda db: db.scalar("SELECT count(*) FROM session_notes WHERE sealed IS NOT NULL")
        )
        assert found >= sealed_before + 5  # the acknowledged ones are in the vault (sealed)
        wal = default_vault_dir() / "tjdesk.db-wal"
        assert wal.exists() and wal.stat().st_size > 0
        return find_sentinels(root, s)
    finally:
        made.close()


def _record_cases(db, staff, signed, s: dict[str, str], now: datetime) -> list[int]:  # type: ignore[no-untyped-def]
    """Each note section written by the role that may write it, as on the team's screens
    (each with their own keys: the connection works for the writer while they write)."""
    ann = staff["ann"]
    writers = {Section.NOTES: ann, Section.HEALTH: staff["pim"], Section.LEGAL: staff["leo"]}
    team = [TeamMember(ann.id, True), TeamMember(staff["pim"].id), TeamMember(staff["leo"].id)]
    case_ids = []
    # ann's own work runs in her session: the case team she makes is a record she signs.
    bind(db, signed["ann"])
    with db.transaction():  # one commit for the bulk (the services' transactions join it)
        for c in range(CASES):
            form = CaseForm(
                case_type=CaseType.TRAFFICKING,
                nickname=f"{s['nickname']} {c}",
                next_step=s["next_step"],
            )
            case_id = case_service.create_case(db, ann, form)
            case_ids.append(case_id)
            case_service.set_team(db, ann, case_id, team)
            identity = IdentityForm(s["real_name"], s["contacts"], s["location"])
            case_service.save_identity(db, ann, case_id, identity, 1)
            for k in range(SESSIONS_PER_CASE):
                ends = now - timedelta(hours=1 + c * SESSIONS_PER_CASE + k)
                session_id = session_service.create_session(
                    db,
                    ann,
                    SessionForm(
                        case_id=case_id,
                        starts_at=ends - timedelta(minutes=45),
                        ends_at=ends,
                        contact_type=ContactType.IN_PERSON,
                        room=s["room"],
                    ),
                )
                for section, label in (
                    (Section.NOTES, "notes"),
                    (Section.HEALTH, "health"),
                    (Section.LEGAL, "legal"),
                ):
                    body = f"{s[label]} {s['search']} {FILLER}"
                    if section is Section.HEALTH and k == 0:
                        body = f"{s['thai']} {body}"
                    writer = writers[section]
                    bind(db, signed[writer.name])
                    try:
                        session_service.save_note(db, writer, session_id, section, body, 0)
                    finally:
                        bind(db, signed["ann"])
    # A note saved twice from the same version: the second is kept aside as a conflict.
    first_session = int(db.scalar("SELECT min(id) FROM sessions"))
    with pytest.raises(NoteConflictError):
        session_service.save_note(db, ann, first_session, Section.NOTES, s["conflict"], 0)
    drafts.save_draft(db, ann, "session.new", {"notes": s["draft"]})
    return case_ids


class _Sink:
    """Stands in for the service's stdout (its JSON event lines)."""

    def __init__(self) -> None:
        self.text: list[str] = []

    def write(self, text: str) -> int:
        self.text.append(text)
        return len(text)

    def flush(self) -> None:
        pass
