"""Handing a case over when the people who could read its sealed sections have left.

Two ways in: an administrator (Administration > Sealed sections) with the recovery identity
from the recovery sheet, typed or loaded from a file; or a remaining reader of the case, from
the case form, with their own keys. Either way the handover names who asked for it and who
approved it, and the new worker later sees "handed over on ... by ..." in the case form
(tjdesk/cases/handover.py). The recovery identity never stays on screen or in memory longer
than the attempt: the field is cleared whatever the outcome.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tjdesk.actors import Actor
from tjdesk.cases import handover
from tjdesk.policy import Section
from tjdesk.vault.database import Database
from tjdesk.vault.worker import VaultWorker
from ui.cases.labels import section_title
from ui.cases.session_dialog import error_text, show_message
from ui.collation import sorted_thai
from ui.ops import run_in_vault

MAX_IDENTITY_FILE = 4096  # an identity file is one line; anything bigger is not one


class HandoverDialog(QDialog):
    handed_over = Signal(list)  # the sections that gained a reader

    def __init__(
        self,
        worker: VaultWorker,
        user: Actor,
        case_id: int | None = None,
        *,
        with_recovery: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handover")
        self.setWindowTitle(self.tr("Hand over a case"))
        self.worker, self.user, self.case_id = worker, user, case_id
        intro = QLabel(
            self.tr(
                "When everyone who could read part of a case has left, hand it over: its "
                "sealed parts are opened for today's case team and the new case worker. "
                "Name who asked for the handover and who approved it; both are recorded."
            ),
            wordWrap=True,
        )
        self.case_code = QLineEdit(objectName="case_code")
        self.case_code.setPlaceholderText(self.tr("Case code, e.g. C-2026-0042"))
        self.new_worker = QComboBox(objectName="new_worker")
        self.asked_by = QComboBox(objectName="asked_by")
        self.approved_by = QComboBox(objectName="approved_by")
        self.recovery = QLineEdit(objectName="recovery_identity")
        self.recovery.setEchoMode(QLineEdit.EchoMode.Password)  # a bystander must not read it
        self.recovery.setPlaceholderText("AGE-SECRET-KEY-1…")
        self.load_button = QPushButton(self.tr("Load from file…"), objectName="load_identity")
        self.load_button.setAutoDefault(False)
        self.load_button.clicked.connect(self.load_identity_file)
        form = QFormLayout()
        if case_id is None:
            form.addRow(self.tr("&Case"), self.case_code)
        form.addRow(self.tr("&New case worker"), self.new_worker)
        form.addRow(self.tr("&Asked by"), self.asked_by)
        form.addRow(self.tr("A&pproved by"), self.approved_by)
        if with_recovery:
            row = QHBoxLayout()
            row.addWidget(self.recovery, 1)
            row.addWidget(self.load_button)
            form.addRow(self.tr("&Recovery identity"), row)
        self.message = QLabel(objectName="message", wordWrap=True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.hand_over_button = self.buttons.addButton(
            self.tr("&Hand over"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.hand_over_button.setObjectName("hand_over")
        self.hand_over_button.setEnabled(False)
        self.hand_over_button.clicked.connect(self.hand_over)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, 360)
        run_in_vault(self, worker, _people, self._fill_people, self._failed)

    def _fill_people(self, people: dict[str, list[dict[str, Any]]]) -> None:
        self.new_worker.addItem(self.tr("(keep today's case workers)"), None)
        for person in people["workers"]:
            if int(person["id"]) != self.user.id:  # nobody hands a case to himself
                self.new_worker.addItem(str(person["display_name"]), int(person["id"]))
        for box in (self.asked_by, self.approved_by):
            box.addItem(self.tr("(choose)"), None)
            for person in people["staff"]:
                box.addItem(str(person["display_name"]), str(person["name"]))
        self.hand_over_button.setEnabled(True)

    def load_identity_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Load the recovery identity"), str(Path.home())
        )
        if path:
            self.read_identity_file(Path(path))

    def read_identity_file(self, path: Path) -> None:
        """Put the identity from a file (as ``tjdesk init`` or ``age-keygen`` write it) into the
        field; a file that is not one gives one clear message."""
        try:
            with path.open("rb") as file:
                data = file.read(MAX_IDENTITY_FILE + 1)
        except OSError:
            data = b""
        lines: list[str] = []
        if len(data) <= MAX_IDENTITY_FILE:
            try:
                text = data.decode("ascii")
            except UnicodeDecodeError:
                text = ""
            lines = [
                line.strip()
                for line in text.splitlines()
                if line.strip().upper().startswith("AGE-SECRET-KEY-1")
            ]
        if len(lines) != 1:
            show_message(
                self.message,
                self.tr("That file holds no recovery identity (a line AGE-SECRET-KEY-1…)."),
            )
            return
        self.recovery.setText(lines[0])
        show_message(self.message, self.tr("Recovery identity loaded."), error=False)

    def hand_over(self) -> None:
        user, case_id, code = self.user, self.case_id, self.case_code.text()
        asked, approved = self.asked_by.currentData(), self.approved_by.currentData()
        new_worker = self.new_worker.currentData()
        secret = self.recovery.text().strip() or None
        self.recovery.clear()  # whatever happens, the identity leaves the screen
        if asked is None or approved is None:
            show_message(self.message, self.tr("Choose who asked and who approved."))
            return

        def run(db: Database) -> list[Section]:
            target = case_id if case_id is not None else handover.case_id_for_code(db, code)
            return handover.hand_over(
                db,
                user,
                target,
                asked_by=asked,
                approved_by=approved,
                recovery_identity=secret,
                new_worker=new_worker,
            )

        self.hand_over_button.setEnabled(False)
        run_in_vault(self, self.worker, run, self._done, self._failed)

    def _done(self, sections: list[Section]) -> None:
        self.hand_over_button.setEnabled(True)
        if sections:
            names = ", ".join(section_title(s) for s in sections)
            show_message(
                self.message, self.tr("Handed over: %1.").replace("%1", names), error=False
            )
        else:
            show_message(
                self.message,
                self.tr("Nothing was handed over: these parts already open for today's team."),
                error=False,
            )
        self.handed_over.emit(sections)

    def _failed(self, error: BaseException) -> None:
        self.hand_over_button.setEnabled(True)
        show_message(self.message, error_text(error))


def _people(db: Database) -> dict[str, list[dict[str, Any]]]:
    from tjdesk.cases import listing

    return {
        "workers": sorted_thai(
            handover.handover_candidates(db), key=lambda s: str(s["display_name"])
        ),
        "staff": sorted_thai(listing.staff_choices(db), key=lambda s: str(s["display_name"])),
    }
