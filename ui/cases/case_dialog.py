"""Open a case or change its outline; its team; and its identity, hidden until "Show".

The identity section (real name, contacts, current location) is offered only to an assigned
case worker, and even then stays hidden until they click "Show", which the vault logs as its
own audit event. Everything runs on the vault worker; the dialog never waits for it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
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
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tjdesk.actors import Actor, Role
from tjdesk.cases import case_service, drafts, handover, listing
from tjdesk.cases.codes import Agency, CaseStatus, CaseType, Language, Nationality
from tjdesk.cases.records import CaseForm, CaseOutline, Consent, Identity, IdentityForm, TeamMember
from tjdesk.policy import Relation, Section, may_create_case, may_read, may_write
from tjdesk.vault.database import Database
from ui.cases.enter_key import handle_enter
from ui.cases.labels import choice_text, local_time_text, section_title
from ui.cases.session_dialog import AUTOSAVE_MS, error_text, show_message
from ui.collation import sorted_thai
from ui.date_field import DateField
from ui.ops import run_in_vault

# create_case gives a new case an empty identity section at version 1; the identity typed in
# the new-case form is saved over it in the same transaction.
NEW_CASE_IDENTITY_VERSION = 1


class CaseDialog(QDialog):
    saved = Signal(int)  # case id
    failed = Signal(str)
    loaded = Signal()
    identity_shown = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if not handle_enter(self, event):
            super().keyPressEvent(event)

    def __init__(
        self,
        worker: Any,
        user: Actor,
        *,
        case_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.user = user
        self.case_id = case_id
        self.case_code = ""  # known once saved
        self.version = 0
        self.identity_version: int | None = None
        self.relation = Relation.ASSIGNED if case_id is None else Relation.NONE
        self.setWindowTitle(self.tr("Case") if case_id else self.tr("New case"))
        # Fits a 1366x768 screen; wide enough for the case team's three columns whole in
        # English and Thai (at 980 "Assigned case worker" hid behind a scroll bar).
        self.resize(1100, 640)

        self.code = QLabel(self.tr("(given when saved)"), objectName="code")
        self.case_type = QComboBox(objectName="case_type")
        for kind in CaseType:
            self.case_type.addItem(choice_text(kind), kind.code)
        self.nickname = QLineEdit(objectName="nickname")
        # Not a nickname: a Thai nickname is the name everyone uses, so it identifies.
        self.nickname.setPlaceholderText(
            self.tr("Optional: a made-up name, never the real name or the real nickname")
        )
        self.nationality = QComboBox(objectName="nationality")
        for nation in Nationality:
            self.nationality.addItem(choice_text(nation), nation.code)
        self.nationality.setCurrentIndex(self.nationality.findData(Nationality.UNKNOWN.code))
        self.languages: dict[Language, QCheckBox] = {}
        language_row = QGridLayout()
        for number, language in enumerate(Language):
            box = QCheckBox(choice_text(language), objectName=f"language_{language.code}")
            self.languages[language] = box
            language_row.addWidget(box, number // 3, number % 3)
        self.interpreter = QCheckBox(self.tr("Needs an interpreter"), objectName="interpreter")
        self.status = QComboBox(objectName="status")
        for status in CaseStatus:
            self.status.addItem(choice_text(status), status.code)
        self.opened_on = DateField(QDate.currentDate(), objectName="opened_on", calendarPopup=True)
        self.opened_on.setDisplayFormat("yyyy-MM-dd")
        self.next_step = QLineEdit(objectName="next_step")
        self.next_step.setPlaceholderText(self.tr("What happens next (shown on the report)"))

        form = QFormLayout()
        form.addRow(self.tr("Case code"), self.code)
        form.addRow(self.tr("&Type of case"), self.case_type)
        form.addRow(self.tr("&Alias"), self.nickname)
        form.addRow(self.tr("Nationalit&y"), self.nationality)
        language_label = QLabel(self.tr("&Languages"))
        language_label.setBuddy(self.languages[Language.THAI])
        form.addRow(language_label, language_row)
        form.addRow("", self.interpreter)
        form.addRow(self.tr("&Status"), self.status)
        form.addRow(self.tr("&Opened on"), self.opened_on)
        form.addRow(self.tr("Next ste&p"), self.next_step)

        self.consent_boxes: dict[Agency, tuple[QCheckBox, DateField]] = {}
        consent_group = QGroupBox(self.tr("Consent to share the outline with"))
        grid = QGridLayout(consent_group)
        for number, agency in enumerate(Agency):
            box = QCheckBox(choice_text(agency), objectName=f"consent_{agency.code}")
            until = DateField(QDate.currentDate().addMonths(3), calendarPopup=True)
            until.setDisplayFormat("yyyy-MM-dd")
            until.setEnabled(False)
            box.toggled.connect(until.setEnabled)
            self.consent_boxes[agency] = (box, until)
            grid.addWidget(box, number, 0)
            grid.addWidget(QLabel(self.tr("until")), number, 1)
            grid.addWidget(until, number, 2)

        self.team_table = QTableWidget(0, 3, objectName="team")
        self.team_table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.team_table.setHorizontalHeaderLabels(
            [self.tr("Staff member"), self.tr("On the team"), self.tr("Assigned case worker")]
        )
        team_header = self.team_table.horizontalHeader()
        team_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        team_header.setStretchLastSection(False)
        self.team_table.verticalHeader().hide()
        self.team_table.setMinimumHeight(180)
        team_group = QGroupBox(self.tr("Case team"))
        self.team_table.setAccessibleName(team_group.title())
        QVBoxLayout(team_group).addWidget(self.team_table)

        self.identity_group = QGroupBox(self.tr("Identity (hidden)"), objectName="identity")
        self.show_identity_button = QPushButton(
            self.tr("S&how identity"), objectName="show_identity"
        )
        self.show_identity_button.clicked.connect(self.show_identity)
        self.real_name = QLineEdit(objectName="real_name")
        self.contacts = QLineEdit(objectName="contacts")
        self.location = QLineEdit(objectName="location")
        identity_form = QFormLayout(self.identity_group)
        identity_form.addRow(self.show_identity_button)
        identity_form.addRow(self.tr("Real name"), self.real_name)
        identity_form.addRow(self.tr("Contacts"), self.contacts)
        identity_form.addRow(self.tr("Current location"), self.location)
        self._set_identity_visible(False)

        # "Handed over on ... by ...": what was re-sealed to this user by a handover.
        self.handed_over = QLabel(objectName="handed_over", wordWrap=True)
        self.handed_over.hide()
        self.hand_over_button = QPushButton(self.tr("Hand o&ver…"), objectName="hand_over")
        self.hand_over_button.setAutoDefault(False)
        self.hand_over_button.hide()
        self.hand_over_button.clicked.connect(self.open_handover)
        self.message = QLabel(objectName="message", wordWrap=True)
        self.message.setProperty("role", "error")
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.addButton(self.hand_over_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.identity_group)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(consent_group)
        right.addWidget(team_group, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)  # the team table needs its three columns whole
        layout = QVBoxLayout(self)
        layout.addWidget(self.handed_over)
        layout.addLayout(columns)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self.draft_key = f"case:{case_id or 'new'}"
        self._dirty = False
        self._restoring = True
        self._ready = False  # the form is filled from the vault and may be kept as a draft
        self._kept_at_lock = False
        self._autosave = QTimer(self, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.autosave_now)
        for line in (self.nickname, self.next_step):
            line.textChanged.connect(self._mark_dirty)
        for combo in (self.case_type, self.nationality, self.status):
            combo.currentIndexChanged.connect(self._mark_dirty)
        for check in (self.interpreter, *self.languages.values()):
            check.toggled.connect(self._mark_dirty)
        self.opened_on.dateChanged.connect(self._mark_dirty)
        for edit in (self.real_name, self.contacts, self.location):
            edit.textChanged.connect(self._mark_dirty)
        # Identity from a kept draft of an existing case: put in the fields only after "Show
        # identity" (its own audit event), never shown by merely opening the form.
        self._identity_draft: dict[str, Any] | None = None
        for box, until in self.consent_boxes.values():
            box.toggled.connect(self._mark_dirty)
            until.dateChanged.connect(self._mark_dirty)
        self._load()

    # -- loading ----------------------------------------------------------------------------

    def _load(self) -> None:
        user, case_id, key = self.user, self.case_id, self.draft_key

        def load(db: Database) -> dict[str, Any]:
            staff = sorted_thai(listing.staff_choices(db), key=lambda s: s["display_name"])
            result: dict[str, Any] = {"staff": staff}  # names in Thai order, not SQLite's
            if case_id is not None:
                result["outline"] = case_service.get_outline(db, user, case_id)
                result["handovers"] = handover.handed_over_to(db, user.id, case_id)
            result["draft"] = drafts.load_draft(db, user, key)
            return result

        run_in_vault(self, self.worker, load, self._loaded, self._failed)

    def _loaded(self, result: dict[str, Any]) -> None:
        outline: CaseOutline | None = result.get("outline")
        team = (
            {m.user_id: m for m in outline.team}
            if outline
            else {self.user.id: TeamMember(self.user.id, True)}
        )
        if outline is not None:
            member = team.get(self.user.id)
            self.relation = (
                Relation.NONE
                if member is None
                else Relation.ASSIGNED
                if member.assigned
                else Relation.TEAM
            )
            self._show_outline(outline)
        writable = (
            may_create_case(self.user.role)
            if outline is None
            else may_write(self.user.role, self.relation, Section.OUTLINE)
        )
        self._fill_team(result["staff"], team, writable and self.relation is Relation.ASSIGNED)
        for widget in (
            self.case_type,
            self.nickname,
            self.nationality,
            self.interpreter,
            self.status,
            self.opened_on,
            self.next_step,
            *self.languages.values(),
        ):
            widget.setEnabled(writable)
        for box, until in self.consent_boxes.values():
            box.setEnabled(writable)
            until.setEnabled(writable and box.isChecked())
        self.identity_group.setVisible(
            may_read(self.user.role, self.relation, Section.IDENTITY)
            and (outline is not None or writable)
        )
        if outline is None and writable:
            # A new case: its creator is the assigned case worker and there is nothing to
            # reveal yet, so the identity is typed here, not after saving and "Show".
            self.identity_version = NEW_CASE_IDENTITY_VERSION
            self.identity_group.setTitle(self.tr("Identity (only you, as the case worker)"))
            self._set_identity_visible(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(writable)
        self._show_handovers(result.get("handovers") or [])
        # A remaining reader of a sealed part may hand the case over (with their own keys).
        self.hand_over_button.setVisible(
            outline is not None
            and self.relation is not Relation.NONE
            and any(
                may_read(self.user.role, self.relation, s)
                for s in (Section.IDENTITY, Section.NOTES, Section.HEALTH, Section.LEGAL)
            )
        )
        if writable and result.get("draft"):
            self._apply_draft(result["draft"])
            restored = self.tr("Your unsaved draft was restored.")
            if self._identity_draft is not None:
                restored += " " + self.tr(
                    "The identity you typed is kept too: click Show identity to see it."
                )
            show_message(self.message, restored, error=False)
        self._restoring = False
        self._dirty = False
        self._ready = writable
        if writable:
            self._autosave.start()
        self.case_type.setFocus()
        self.loaded.emit()

    def _show_handovers(self, handovers: list[handover.HandedOver]) -> None:
        lines = [
            self.tr("%1: handed over to you on %2 by %3 (asked by %4).")
            .replace("%1", section_title(h.section))
            .replace("%2", local_time_text(h.at))
            .replace("%3", h.approved_by)
            .replace("%4", h.asked_by)
            for h in handovers
        ]
        self.handed_over.setText("\n".join(lines))
        self.handed_over.setVisible(bool(lines))

    def open_handover(self) -> QDialog:
        from ui.cases.handover_dialog import HandoverDialog

        dialog = HandoverDialog(
            self.worker, self.user, self.case_id, with_recovery=False, parent=self
        )
        dialog.open()
        return dialog

    # -- drafts (sealed to their writer; identity only for the assigned case worker) -------

    def _mark_dirty(self, *_args: object) -> None:
        if not self._restoring:
            self._dirty = True

    def _identity_editable(self) -> bool:
        """The identity fields are shown and this user may change them (the assigned case
        worker: a new case's creator, or after "Show identity")."""
        return (
            self.identity_version is not None
            and not self.real_name.isHidden()
            and not self.real_name.isReadOnly()
            and may_write(self.user.role, self.relation, Section.IDENTITY)
        )

    def _draft(self) -> dict[str, Any]:
        draft = self._outline_draft()
        if self._identity_editable():
            draft[drafts.IDENTITY_PART] = {
                "real_name": self.real_name.text(),
                "contacts": self.contacts.text(),
                "location": self.location.text(),
                "version": self.identity_version,
            }
        elif self._identity_draft is not None:  # kept, not yet shown: still kept
            draft[drafts.IDENTITY_PART] = self._identity_draft
        return draft

    def _outline_draft(self) -> dict[str, Any]:
        return {
            "case_type": self.case_type.currentData(),
            "nickname": self.nickname.text(),
            "nationality": self.nationality.currentData(),
            "languages": [lang.code for lang, box in self.languages.items() if box.isChecked()],
            "interpreter": self.interpreter.isChecked(),
            "status": self.status.currentData(),
            "opened_on": self.opened_on.date().toString(Qt.DateFormat.ISODate),
            "next_step": self.next_step.text(),
            "consents": {
                agency.code: until.date().toString(Qt.DateFormat.ISODate)
                for agency, (box, until) in self.consent_boxes.items()
                if box.isChecked()
            },
        }

    def _apply_draft(self, draft: dict[str, Any]) -> None:
        for combo, key in (
            (self.case_type, "case_type"),
            (self.nationality, "nationality"),
            (self.status, "status"),
        ):
            index = combo.findData(draft.get(key))
            if index >= 0:
                combo.setCurrentIndex(index)
        self.nickname.setText(str(draft.get("nickname", "")))
        wanted = set(draft.get("languages") or [])
        for language, box in self.languages.items():
            box.setChecked(language.code in wanted)
        self.interpreter.setChecked(bool(draft.get("interpreter")))
        opened = QDate.fromString(str(draft.get("opened_on", "")), Qt.DateFormat.ISODate)
        if opened.isValid():
            self.opened_on.setDate(opened)
        self.next_step.setText(str(draft.get("next_step", "")))
        consents = draft.get("consents") or {}
        for agency, (box, until) in self.consent_boxes.items():
            box.setChecked(agency.code in consents)
            if agency.code in consents:
                until.setDate(QDate.fromString(consents[agency.code], Qt.DateFormat.ISODate))
        identity = draft.get(drafts.IDENTITY_PART)
        if isinstance(identity, dict):
            if self.case_id is None and self._identity_editable():
                self._fill_identity(identity)
            elif self.case_id is not None:
                self._identity_draft = identity

    def _fill_identity(self, identity: dict[str, Any]) -> None:
        self.real_name.setText(str(identity.get("real_name", "")))
        self.contacts.setText(str(identity.get("contacts", "")))
        self.location.setText(str(identity.get("location", "")))
        version = identity.get("version")
        if isinstance(version, int):
            # Saved against the version it was typed over: a change made meanwhile by
            # someone else is refused as a conflict, never silently overwritten.
            self.identity_version = version

    def autosave_now(self) -> None:
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

    def _show_outline(self, outline: CaseOutline) -> None:
        self.version = outline.version
        self.code.setText(outline.code)
        self.case_type.setCurrentIndex(self.case_type.findData(outline.case_type.code))
        self.nickname.setText(outline.nickname)
        self.nationality.setCurrentIndex(self.nationality.findData(outline.nationality.code))
        for language, box in self.languages.items():
            box.setChecked(language in outline.languages)
        self.interpreter.setChecked(outline.interpreter_needed)
        self.status.setCurrentIndex(self.status.findData(outline.status.code))
        d = outline.opened_on
        self.opened_on.setDate(QDate(d.year, d.month, d.day))
        self.next_step.setText(outline.next_step)
        for consent in outline.consents:
            box, until = self.consent_boxes[consent.agency]
            box.setChecked(True)
            until.setDate(QDate(consent.until.year, consent.until.month, consent.until.day))

    def _fill_team(
        self, staff: list[dict[str, Any]], team: dict[int, TeamMember], editable: bool
    ) -> None:
        self.team_table.setRowCount(len(staff))
        for row, person in enumerate(staff):
            role = Role(person["role"])
            role_text = QCoreApplication.translate("Role", role.label)
            name = QTableWidgetItem(f"{person['display_name']} ({role_text})")
            name.setData(Qt.ItemDataRole.UserRole, int(person["id"]))
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.team_table.setItem(row, 0, name)
            member = team.get(int(person["id"]))
            for column, checked in (
                (1, member is not None),
                (2, member is not None and member.assigned),
            ):
                item = QTableWidgetItem()
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if editable:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags)
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.team_table.setItem(row, column, item)
        # The names take what the two tick columns leave (never a sideways scroll bar).
        self.team_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._team_editable = editable

    # -- identity ---------------------------------------------------------------------------

    def _set_identity_visible(self, visible: bool) -> None:
        for edit in (self.real_name, self.contacts, self.location):
            edit.setVisible(visible)
            label = self.identity_group.layout().labelForField(edit)  # type: ignore[attr-defined]
            if label is not None:
                label.setVisible(visible)
        self.show_identity_button.setVisible(not visible)

    def show_identity(self) -> None:
        user, case_id = self.user, self.case_id
        if case_id is None:
            return
        run_in_vault(
            self,
            self.worker,
            lambda db: case_service.show_identity(db, user, case_id),
            self._identity_arrived,
            self._failed,
        )

    def _identity_arrived(self, identity: Identity) -> None:
        writable = may_write(self.user.role, self.relation, Section.IDENTITY)
        was_restoring, self._restoring = self._restoring, True  # shown is not typed
        self.identity_version = identity.version
        self.real_name.setText(identity.real_name)
        self.contacts.setText(identity.contacts)
        self.location.setText(identity.current_location)
        self._restoring = was_restoring
        kept, self._identity_draft = self._identity_draft, None
        if kept is not None and writable:
            self._fill_identity(kept)  # what this worker typed before the lock
        for edit in (self.real_name, self.contacts, self.location):
            edit.setReadOnly(not writable)
        self.identity_group.setTitle(self.tr("Identity"))
        self._set_identity_visible(True)
        self.real_name.setFocus()
        self.identity_shown.emit()

    # -- saving -----------------------------------------------------------------------------

    def form(self) -> CaseForm:
        return CaseForm(
            case_type=CaseType(self.case_type.currentData()),
            nickname=self.nickname.text(),
            nationality=Nationality(self.nationality.currentData()),
            languages=[lang for lang, box in self.languages.items() if box.isChecked()],
            interpreter_needed=self.interpreter.isChecked(),
            status=CaseStatus(self.status.currentData()),
            opened_on=self.opened_on.date().toPython(),
            next_step=self.next_step.text(),
            consents=[
                Consent(agency, until.date().toPython())
                for agency, (box, until) in self.consent_boxes.items()
                if box.isChecked()
            ],
        )

    def team(self) -> list[TeamMember]:
        members = []
        for row in range(self.team_table.rowCount()):
            on_team = self.team_table.item(row, 1).checkState() == Qt.CheckState.Checked
            assigned = self.team_table.item(row, 2).checkState() == Qt.CheckState.Checked
            if on_team or assigned:
                user_id = int(self.team_table.item(row, 0).data(Qt.ItemDataRole.UserRole))
                members.append(TeamMember(user_id, assigned))
        return members

    def save(self) -> None:
        if not self.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled():
            return
        show_message(self.message, "")
        form, user, case_id, version = self.form(), self.user, self.case_id, self.version
        key = self.draft_key
        team = self.team() if self._team_editable else None
        identity = None
        typed = (self.real_name.text(), self.contacts.text(), self.location.text())
        if (
            self.identity_version is not None
            and not self.real_name.isReadOnly()
            and (case_id is not None or any(t.strip() for t in typed))
        ):
            identity = (IdentityForm(*typed), self.identity_version)
        kept = self._identity_draft
        if (
            kept is not None
            and case_id is not None
            and isinstance(kept.get("version"), int)
            and may_write(self.user.role, self.relation, Section.IDENTITY)
        ):
            # Typed before a lock and not shown since: saved as typed, not lost with the draft.
            kept_form = IdentityForm(
                str(kept.get("real_name", "")),
                str(kept.get("contacts", "")),
                str(kept.get("location", "")),
            )
            identity = (kept_form, int(kept["version"]))

        def save(db: Database) -> tuple[int, str]:
            with db.transaction():
                if case_id is None:
                    cid = case_service.create_case(db, user, form)
                else:
                    cid = case_id
                    case_service.update_outline(db, user, cid, form, version)
                if team is not None and (case_id is not None or len(team) > 1):
                    case_service.set_team(db, user, cid, team)
                if identity is not None:
                    case_service.save_identity(db, user, cid, identity[0], identity[1])
                drafts.discard_draft(db, user, key)
                code = case_service.load_outline(db, cid).code  # shown on saving
            return cid, code

        self.buttons.setEnabled(False)
        run_in_vault(self, self.worker, save, self._saved, self._save_failed)

    def _saved(self, result: tuple[int, str]) -> None:
        case_id, self.case_code = result
        self._autosave.stop()
        self._dirty = False
        self.buttons.setEnabled(True)
        self.case_id = case_id
        self.saved.emit(case_id)
        self.accept()

    def _save_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self._failed(error)

    def _failed(self, error: BaseException) -> None:
        text = error_text(error)
        show_message(self.message, text)
        self.failed.emit(text)

    def keep_draft_at_lock(self) -> None:
        """The screen is locking or hiding: keep the outline typed since the last autosave as
        the draft (queued before the vault closes), and keep the draft when the lock closes
        the dialog. It is offered back at this user's next sign-in."""
        self._autosave.stop()
        self._kept_at_lock = True
        if not self._ready or not self._dirty:
            return
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
