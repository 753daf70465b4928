"""Record or open a counseling session: when, where, contact, risk, referrals, notes.

Only the note sections the user may read are shown, and only those they may write are
editable. Typing is autosaved as a draft inside the vault every few seconds (never to a
plain file) and restored if the dialog is opened again before saving. All vault work runs on
the vault worker; the dialog never waits for it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from tjdesk.actors import Actor, Role
from tjdesk.cases import drafts, listing, session_service
from tjdesk.cases.codes import ContactType, Referral, RiskLevel
from tjdesk.cases.records import Note, SessionForm, SessionRecord
from tjdesk.cases.session_service import NOTE_SECTIONS, NoteConflictError
from tjdesk.policy import Relation, Section, may_read, may_write
from tjdesk.vault.database import Database
from ui.cases.enter_key import handle_enter
from ui.cases.labels import choice_text, local_time_text, section_title
from ui.collation import sorted_thai
from ui.date_field import DateField
from ui.i18n import error_text as i18n_error_text
from ui.ops import run_in_vault

AUTOSAVE_MS = 3000
# Who can be named as a session's counselor: the care staff.
CARE_ROLES = {Role.SOCIAL_WORKER, Role.COUNSELOR, Role.PSYCHOLOGIST, Role.NURSE, Role.LEGAL_OFFICER}


def error_text(error: BaseException) -> str:
    """A TJDeskError in the user's language; anything else as a plain failure (no details:
    they could hold client data)."""
    return i18n_error_text(
        error,
        QCoreApplication.translate(
            "CasesArea", "Something went wrong; nothing was saved. Please try again."
        ),
    )


def show_message(label: QLabel, text: str, *, error: bool = True) -> None:
    """A message under a form: red for a problem, plain for news; hidden when empty."""
    label.setProperty("role", "error" if error else "note")
    label.style().unpolish(label)
    label.style().polish(label)
    label.setText(text)
    label.setVisible(bool(text))


class NoteEditor(QWidget):
    """One note section: the text, and any other version kept from a refused save."""

    def __init__(self, section: Section, writable: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.section = section
        self.version = 0
        self.conflict_ids: list[int] = []
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit(objectName=f"note_{section.value}")
        self.text.setReadOnly(not writable)
        self.text.setTabChangesFocus(True)  # keyboard users leave the box with Tab
        self.text.setAccessibleName(section_title(section))  # for screen readers
        self.other_label = QLabel(wordWrap=True)
        self.other_label.setProperty("role", "warning")
        self.other = QPlainTextEdit(objectName=f"other_{section.value}", readOnly=True)
        self.other.setTabChangesFocus(True)
        layout.addWidget(self.text, 3)
        layout.addWidget(self.other_label)
        layout.addWidget(self.other, 2)
        self.show_note(Note(0, section, "", 0, None, []))

    def show_note(self, note: Note) -> None:
        self.version = note.version
        self.text.setPlainText(note.body)
        self.conflict_ids = [c.id for c in note.conflicts]
        if note.conflicts:
            self.other_label.setText(
                self.tr(
                    "Another version of this note was kept because two people saved it at "
                    "the same time. Compare it with the note above, copy what is needed, "
                    "then save: the other version is then marked as merged."
                )
            )
            self.other.setPlainText(
                "\n\n---\n\n".join(
                    f"[{local_time_text(c.saved_at)}]\n{c.body}" for c in note.conflicts
                )
            )
        self.other_label.setVisible(bool(note.conflicts))
        self.other.setVisible(bool(note.conflicts))


class SessionDialog(QDialog):
    saved = Signal(int)  # session id
    failed = Signal(str)  # the message shown
    loaded = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if not handle_enter(self, event):
            super().keyPressEvent(event)

    def __init__(
        self,
        worker: Any,
        user: Actor,
        *,
        session_id: int | None = None,
        case_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.user = user
        self.session_id = session_id
        self.version = 0
        self.setWindowTitle(self.tr("Session") if session_id else self.tr("New session"))
        # A comfortable size that still fits a 1366x768 laptop screen; the layout decides the
        # true minimum (a fixed 760 px minimum pushed Save off such screens).
        self.resize(840, 680)
        self._dirty = False
        self._restoring = False
        self._ready = False  # the form is filled from the vault and may be kept as a draft
        self._kept_at_lock = False
        self.draft_key = f"session:{session_id or 'new'}"
        self._loaded_form: SessionForm | None = None  # to save the details only if changed

        self.case_box = QComboBox(objectName="case")
        self.day = DateField(objectName="day", calendarPopup=True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.starts = QTimeEdit(objectName="starts")
        self.ends = QTimeEdit(objectName="ends")
        self.ends.setAccessibleName(self.tr("Ends at"))
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat("HH:mm")
        now = QDateTime.currentDateTime()
        self.day.setDate(now.date())
        self.starts.setTime(QTime(now.time().hour(), 0).addSecs(-3600))
        self.ends.setTime(QTime(now.time().hour(), 0))
        self.room = QLineEdit(objectName="room")
        self.contact = QComboBox(objectName="contact_type")
        self.contact.addItem(self.tr("Choose..."), None)
        for kind in ContactType:
            self.contact.addItem(choice_text(kind), kind.code)
        self.interpreter = QCheckBox(self.tr("An interpreter was used"), objectName="interpreter")
        self.risk = QComboBox(objectName="risk")
        for level in RiskLevel:
            self.risk.addItem(choice_text(level), level.code)
        self.safety = QCheckBox(self.tr("Safety concern"), objectName="safety")
        self.follow_up_on = QCheckBox(self.tr("Follow up by"), objectName="has_follow_up")
        self.follow_up = DateField(objectName="follow_up", calendarPopup=True)
        self.follow_up.setDisplayFormat("yyyy-MM-dd")
        self.follow_up.setDate(now.date().addDays(7))
        self.follow_up.setEnabled(False)
        self.follow_up_on.toggled.connect(self.follow_up.setEnabled)
        self.referrals: dict[Referral, QCheckBox] = {}
        referral_box = QGroupBox(self.tr("Referrals made"))
        grid = QGridLayout(referral_box)
        for number, referral in enumerate(Referral):
            box = QCheckBox(choice_text(referral), objectName=f"referral_{referral.code}")
            self.referrals[referral] = box
            grid.addWidget(box, number, 0)  # one column: Thai names are long

        form = QFormLayout()
        form.addRow(self.tr("&Case"), self.case_box)
        form.addRow(self.tr("&Date"), self.day)
        times = QHBoxLayout()
        times.addWidget(self.starts)
        times.addWidget(QLabel(self.tr("to")))
        times.addWidget(self.ends)
        times.addStretch(1)
        time_label = QLabel(self.tr("&Time"))
        time_label.setBuddy(self.starts)  # rows holding a layout get no buddy by themselves
        form.addRow(time_label, times)
        form.addRow(self.tr("&Room"), self.room)
        form.addRow(self.tr("C&ontact"), self.contact)
        form.addRow("", self.interpreter)
        risk_row = QHBoxLayout()
        risk_row.addWidget(self.risk)
        risk_row.addWidget(self.safety)
        risk_row.addStretch(1)
        risk_label = QLabel(self.tr("Ris&k"))
        risk_label.setBuddy(self.risk)
        form.addRow(risk_label, risk_row)
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow_up_on)
        follow_row.addWidget(self.follow_up)
        follow_row.addStretch(1)
        follow_label = QLabel(self.tr("Follow-&up"))
        follow_label.setBuddy(self.follow_up_on)
        form.addRow(follow_label, follow_row)

        self.alarms_label = QLabel(objectName="alarms", wordWrap=True)
        self.alarms_label.setProperty("role", "warning")
        self.alarms_label.hide()
        self.tabs = QTabWidget(objectName="note_tabs")
        self.editors: dict[Section, NoteEditor] = {}
        self.message = QLabel(objectName="message", wordWrap=True)
        self.message.setProperty("role", "error")
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addLayout(form, 3)
        self.counselors = QListWidget(objectName="counselors")
        self.counselors.setMaximumHeight(110)
        counselor_box = QGroupBox(self.tr("Counsellors in the session"))
        self.counselors.setAccessibleName(counselor_box.title())
        QVBoxLayout(counselor_box).addWidget(self.counselors)
        right = QVBoxLayout()
        right.addWidget(referral_box)
        right.addWidget(counselor_box)
        top.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.alarms_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)

        self._autosave = QTimer(self, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.autosave_now)
        self._autosave.start()
        for widget in (self.room,):
            widget.textChanged.connect(self._mark_dirty)
        for combo in (self.case_box, self.contact, self.risk):
            combo.currentIndexChanged.connect(self._mark_dirty)
        for check in (self.interpreter, self.safety, self.follow_up_on, *self.referrals.values()):
            check.toggled.connect(self._mark_dirty)
        for edit in (self.day, self.follow_up):
            edit.dateChanged.connect(self._mark_dirty)
        for tedit in (self.starts, self.ends):
            tedit.timeChanged.connect(self._mark_dirty)
        self.counselors.itemChanged.connect(self._mark_dirty)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self._load(case_id)

    # -- loading ----------------------------------------------------------------------------

    def _load(self, case_id: int | None) -> None:
        user, session_id, key = self.user, self.session_id, self.draft_key

        def load(db: Database) -> dict[str, Any]:
            result: dict[str, Any] = {
                "cases": listing.case_choices(db, user),
                "staff": sorted_thai(listing.staff_choices(db), key=lambda s: s["display_name"]),
            }
            if session_id is not None:
                record = session_service.get_session(db, user, session_id)
                result["record"] = record
                result["notes"] = [
                    session_service.read_note(db, user, session_id, s)
                    for s in record.readable_sections
                ]
            result["draft"] = drafts.load_draft(db, user, key)
            return result

        run_in_vault(self, self.worker, load, lambda r: self._loaded(r, case_id), self._failed)

    def _loaded(self, result: dict[str, Any], case_id: int | None) -> None:
        self._restoring = True
        record: SessionRecord | None = result.get("record")
        self.case_box.addItem(self.tr("Choose a case..."), None)
        for row in result["cases"]:
            label = row["code"] + (f"  ({row['nickname']})" if row["nickname"] else "")
            self.case_box.addItem(label, row["id"])
        self._fill_counselors(
            result["staff"], set(record.counselor_ids) if record else {self.user.id}
        )
        if record is not None:
            if self.case_box.findData(record.case_id) < 0:
                self.case_box.addItem(record.case_code, record.case_id)
            self._show_record(record)
            readable, writable = record.readable_sections, record.writable_sections
            if not record.details_writable:
                for widget in self._detail_widgets():
                    widget.setEnabled(False)
        else:
            # A new session is recorded by a team member; notes need no assignment.
            readable = [s for s in NOTE_SECTIONS if may_read(self.user.role, Relation.TEAM, s)]
            writable = [s for s in NOTE_SECTIONS if may_write(self.user.role, Relation.TEAM, s)]
            if case_id is not None:
                self.case_box.setCurrentIndex(max(0, self.case_box.findData(case_id)))
        for section in readable:
            editor = NoteEditor(section, section in writable, self)
            editor.text.textChanged.connect(self._mark_dirty)
            self.editors[section] = editor
            self.tabs.addTab(editor, section_title(section))
        for note in result.get("notes", []):
            self.editors[note.section].show_note(note)
        if record is not None:
            self._loaded_form = self.form()
        if not readable:
            self.tabs.hide()
        if record is not None and not record.details_writable and not writable:
            # Nothing this user may change here (a supervisor reading the outline).
            self.buttons.button(QDialogButtonBox.StandardButton.Save).hide()
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        draft = result.get("draft")
        if draft:
            self._apply_draft(draft)
            show_message(self.message, self.tr("Your unsaved draft was restored."), error=False)
        self._restoring = False
        self._dirty = False
        self._ready = True
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        (self.case_box if record is None else self.room).setFocus()
        self.loaded.emit()

    def _show_record(self, record: SessionRecord) -> None:
        self.version = record.version
        self.case_box.setCurrentIndex(max(0, self.case_box.findData(record.case_id)))
        self.case_box.setEnabled(False)
        local_start = record.starts_at.astimezone()
        local_end = record.ends_at.astimezone()
        self.day.setDate(QDate(local_start.year, local_start.month, local_start.day))
        self.starts.setTime(QTime(local_start.hour, local_start.minute))
        self.ends.setTime(QTime(local_end.hour, local_end.minute))
        self.room.setText(record.room)
        self.contact.setCurrentIndex(self.contact.findData(record.contact_type.code))
        self.interpreter.setChecked(record.interpreter_used)
        self.risk.setCurrentIndex(self.risk.findData(record.risk_level.code))
        self.safety.setChecked(record.safety_concern)
        for referral, box in self.referrals.items():
            box.setChecked(referral in record.referrals)
        if record.follow_up_on:
            self.follow_up_on.setChecked(True)
            d = record.follow_up_on
            self.follow_up.setDate(QDate(d.year, d.month, d.day))
        if record.alarms:
            times = ", ".join(local_time_text(a.at) for a in record.alarms)
            self.alarms_label.setText(
                self.tr("Alarm raised in this room during the session: %1").replace("%1", times)
            )
            self.alarms_label.show()

    def _detail_widgets(self) -> list[QWidget]:
        return [
            self.counselors,
            self.case_box,
            self.day,
            self.starts,
            self.ends,
            self.room,
            self.contact,
            self.interpreter,
            self.risk,
            self.safety,
            self.follow_up_on,
            self.follow_up,
            *self.referrals.values(),
        ]

    # -- the form as data -------------------------------------------------------------------

    def form(self) -> SessionForm:
        day = self.day.date().toPython()
        start = self.starts.time().toPython()
        end = self.ends.time().toPython()
        contact_code = self.contact.currentData()
        return SessionForm(
            case_id=self.case_box.currentData(),
            starts_at=_local_to_utc(day, start),
            ends_at=_local_to_utc(day, end),
            contact_type=ContactType(contact_code) if contact_code else None,
            room=self.room.text(),
            counselor_ids=self._checked_counselors() or [self.user.id],
            interpreter_used=self.interpreter.isChecked(),
            risk_level=RiskLevel(self.risk.currentData()),
            safety_concern=self.safety.isChecked(),
            referrals=[r for r, box in self.referrals.items() if box.isChecked()],
            follow_up_on=self.follow_up.date().toPython()
            if self.follow_up_on.isChecked()
            else None,
        )

    def _draft(self) -> dict[str, Any]:
        return {
            "case_id": self.case_box.currentData(),
            "day": self.day.date().toString(Qt.DateFormat.ISODate),
            "starts": self.starts.time().toString("HH:mm"),
            "ends": self.ends.time().toString("HH:mm"),
            "room": self.room.text(),
            "contact": self.contact.currentData(),
            "interpreter": self.interpreter.isChecked(),
            "risk": self.risk.currentData(),
            "safety": self.safety.isChecked(),
            "referrals": [r.code for r, box in self.referrals.items() if box.isChecked()],
            "follow_up": self.follow_up.date().toString(Qt.DateFormat.ISODate)
            if self.follow_up_on.isChecked()
            else None,
            "counselors": self._checked_counselors(),
            "notes": {
                s.value: e.text.toPlainText()
                for s, e in self.editors.items()
                if not e.text.isReadOnly()
            },
        }

    def _apply_draft(self, draft: dict[str, Any]) -> None:
        if self.case_box.isEnabled() and draft.get("case_id") is not None:
            index = self.case_box.findData(draft["case_id"])
            if index >= 0:
                self.case_box.setCurrentIndex(index)
        self.day.setDate(QDate.fromString(str(draft.get("day", "")), Qt.DateFormat.ISODate))
        self.starts.setTime(QTime.fromString(str(draft.get("starts", "")), "HH:mm"))
        self.ends.setTime(QTime.fromString(str(draft.get("ends", "")), "HH:mm"))
        self.room.setText(str(draft.get("room", "")))
        self.contact.setCurrentIndex(max(0, self.contact.findData(draft.get("contact"))))
        self.interpreter.setChecked(bool(draft.get("interpreter")))
        self.risk.setCurrentIndex(max(0, self.risk.findData(draft.get("risk"))))
        self.safety.setChecked(bool(draft.get("safety")))
        wanted = set(draft.get("referrals") or [])
        for referral, box in self.referrals.items():
            box.setChecked(referral.code in wanted)
        if draft.get("follow_up"):
            self.follow_up_on.setChecked(True)
            self.follow_up.setDate(QDate.fromString(draft["follow_up"], Qt.DateFormat.ISODate))
        if draft.get("counselors"):
            self._check_counselors(set(draft["counselors"]))
        for code, text in (draft.get("notes") or {}).items():
            editor = self.editors.get(Section(code))
            if editor is not None and not editor.text.isReadOnly():
                editor.text.setPlainText(str(text))

    def _fill_counselors(self, staff: list[dict[str, Any]], chosen: set[int]) -> None:
        for person in staff:
            role = Role(person["role"])
            if role not in CARE_ROLES:
                continue
            role_text = QCoreApplication.translate("Role", role.label)
            item = QListWidgetItem(f"{person['display_name']} ({role_text})")
            item.setData(Qt.ItemDataRole.UserRole, int(person["id"]))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            self.counselors.addItem(item)
        self._check_counselors(chosen)

    def _check_counselors(self, chosen: set[int]) -> None:
        for row in range(self.counselors.count()):
            item = self.counselors.item(row)
            wanted = int(item.data(Qt.ItemDataRole.UserRole)) in chosen
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def _checked_counselors(self) -> list[int]:
        return [
            int(self.counselors.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.counselors.count())
            if self.counselors.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _mark_dirty(self, *_args: object) -> None:
        if not self._restoring:
            self._dirty = True

    def autosave_now(self) -> None:
        """Keep the typing so far as a draft in the vault (if anything changed)."""
        if not self._dirty:
            return
        self._dirty = False
        payload, user, key = self._draft(), self.user, self.draft_key
        run_in_vault(
            self,
            self.worker,
            lambda db: drafts.save_draft(db, user, key, payload),
            lambda _r: None,
            self._failed,
        )

    # -- saving -----------------------------------------------------------------------------

    def save(self) -> None:
        if not self.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled():
            return
        show_message(self.message, "")
        form = self.form()
        user, session_id, version, key = self.user, self.session_id, self.version, self.draft_key
        details_changed = session_id is None or form != self._loaded_form
        notes = [
            (s, e.text.toPlainText(), e.version, list(e.conflict_ids))
            for s, e in self.editors.items()
            if not e.text.isReadOnly()
        ]

        def save(db: Database) -> int:
            with db.transaction():
                if session_id is None:
                    sid = session_service.create_session(db, user, form)
                else:
                    sid = session_id
                    if details_changed:
                        session_service.update_session(db, user, sid, form, version)
            # Each note is its own transaction, so one refused (conflicting) note keeps the
            # session and the other notes saved, and its text kept beside the other version.
            conflict: NoteConflictError | None = None
            for section, body, note_version, conflicts in notes:
                if note_version == 0 and not body.strip():
                    continue
                try:
                    session_service.save_note(
                        db, user, sid, section, body, note_version, resolves=conflicts
                    )
                except NoteConflictError as err:
                    conflict = err
            drafts.discard_draft(db, user, key)
            if conflict is not None:
                conflict.session_id = sid  # type: ignore[attr-defined]
                raise conflict
            return sid

        self.buttons.setEnabled(False)
        run_in_vault(self, self.worker, save, self._saved, self._save_failed)

    def _saved(self, session_id: int) -> None:
        self.buttons.setEnabled(True)
        self._dirty = False
        self._autosave.stop()
        self.session_id = session_id
        self.saved.emit(session_id)
        self.accept()

    def _save_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, NoteConflictError):
            sid = getattr(error, "session_id", self.session_id)
            self.session_id = sid
            self._reload_notes()
        self._failed(error)

    def _reload_notes(self) -> None:
        user, sid = self.user, self.session_id
        sections = list(self.editors)
        if sid is None:
            return

        def load(db: Database) -> tuple[SessionRecord, list[Note]]:
            record = session_service.get_session(db, user, sid)
            return record, [session_service.read_note(db, user, sid, s) for s in sections]

        def show(result: tuple[SessionRecord, list[Note]]) -> None:
            record, loaded_notes = result
            self.version = record.version
            self._show_record(record)
            self._loaded_form = self.form()
            self.case_box.setEnabled(False)
            # The editor now holds the saved version; the user's own refused text is shown
            # beside it as the kept version, to merge by hand and save again.
            for note in loaded_notes:
                self.editors[note.section].show_note(note)

        run_in_vault(self, self.worker, load, show, self._failed)

    def _failed(self, error: BaseException) -> None:
        text = error_text(error)
        show_message(self.message, text)
        self.failed.emit(text)

    def keep_draft_at_lock(self) -> None:
        """The screen is locking or hiding: keep everything typed since the last autosave as
        the draft (queued before the vault closes), and keep the draft when the lock closes
        the dialog. It is offered back at this user's next sign-in."""
        self._autosave.stop()
        self._kept_at_lock = True
        if not self._ready or not self._dirty:
            return  # nothing new since the last autosave (or nothing loaded to keep)
        self._dirty = False
        payload, user, key = self._draft(), self.user, self.draft_key
        self.worker.submit(lambda db: drafts.save_draft(db, user, key, payload))

    def reject(self) -> None:
        """Cancel: the draft is dropped (it was kept only against a lock or a crash)."""
        self._autosave.stop()
        if not self._kept_at_lock:
            user, key = self.user, self.draft_key
            self.worker.submit(lambda db: drafts.discard_draft(db, user, key))
        super().reject()


def _local_to_utc(day: date, moment: time) -> datetime:
    return datetime.combine(day, moment).astimezone().astimezone(UTC)
