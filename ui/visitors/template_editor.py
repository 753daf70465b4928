"""The rule-sheet editor: each save is a new version; older versions stay for the record.

Lists (principles, rights, obligations, laws) are edited one item a line. A new language starts as a
copy of the English sheet to translate. Anything naming the shelter's address is refused.

What is typed and not saved is kept at a lock or quick-hide as the user's draft in the vault
("rules:<language>"), and offered back by the visitors area at their next sign-in.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tjdesk.actors import Actor
from tjdesk.cases import drafts
from tjdesk.errors import TJDeskError
from tjdesk.vault.database import Database
from tjdesk.vault.worker import VaultWorker
from tjdesk.visits.sheet import SheetRequest, render_sheet
from tjdesk.visits.template import DATE_STYLES, RuleSheetTemplate, template_from_dict
from tjdesk.visits.template_store import (
    StoredTemplate,
    current_templates,
    save_template,
    template_versions,
)
from ui.dates import short_date_text
from ui.printing import preview
from ui.visitors.labels import error_text, show_warning
from ui.visitors.printable import sheet_html_printable
from ui.visitors.vault_calls import call_vault

_LINE_FIELDS = (
    "language_name", "title", "subtitle", "date_label", "principles_heading", "rights_heading",
    "obligations_heading", "laws_heading", "privacy_heading", "acknowledgement_heading",
    "column_number", "column_name", "column_organisation", "column_signature",
)  # fmt: skip
_TEXT_FIELDS = ("intro", "privacy", "acknowledgement", "closing")
_LIST_FIELDS = ("principles", "rights", "obligations", "laws")


def split_items(text: str) -> list[str]:
    """List items are paragraphs separated by a blank line; a line break inside one is a space."""
    paragraphs = re.split(r"\n\s*\n", text.strip())
    return [" ".join(line.strip() for line in p.splitlines()) for p in paragraphs if p.strip()]


class TemplateEditorDialog(QDialog):
    saved = Signal(object)  # StoredTemplate

    def __init__(
        self,
        worker: VaultWorker,
        user: Actor,
        parent: QWidget | None = None,
        *,
        kept_key: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._kept_key = kept_key  # a draft kept at a lock, put in the form once loaded
        self._kept_at_lock = False
        self._as_loaded: dict[str, Any] | None = None
        self.setWindowTitle(self.tr("Visitor rule sheets"))
        self._worker = worker
        self._user = user
        self._current: dict[str, StoredTemplate] = {}
        self._language = "th"

        self.language = QComboBox()
        self.language.currentIndexChanged.connect(self._language_chosen)
        add_language = QPushButton(self.tr("Add a language…"))
        add_language.clicked.connect(self._add_language)
        self.versions = QListWidget()
        self.versions.itemActivated.connect(self._load_version)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("Language")))
        left_layout.addWidget(self.language)
        left_layout.addWidget(add_language)
        left_layout.addWidget(QLabel(self.tr("Saved versions (double-click to load)")))
        left_layout.addWidget(self.versions, 1)

        self.fields: dict[str, Any] = {}
        form = QFormLayout()
        # Each label above its field: the long Thai labels beside them left the fields too
        # narrow to read a line of the sheet (seen in the Xvfb walkthrough).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        labels = {
            "language_name": self.tr("Language name"),
            "date_style": self.tr("Dates"),
            "title": self.tr("Title"),
            "subtitle": self.tr("Subtitle"),
            "intro": self.tr("Introduction"),
            "date_label": self.tr("Date label"),
            "principles_heading": self.tr("Principles heading"),
            "principles": self.tr("Principles (a blank line between items)"),
            "rights_heading": self.tr("Residents' rights heading"),
            "rights": self.tr("Residents' rights (a blank line between items)"),
            "obligations_heading": self.tr("Obligations heading"),
            "obligations": self.tr("Obligations (a blank line between items)"),
            "laws_heading": self.tr("Laws heading"),
            "laws": self.tr("Laws (a blank line between items)"),
            "privacy_heading": self.tr("Privacy notice heading"),
            "privacy": self.tr(
                "Privacy notice ({days} becomes the number of days visits are kept)"
            ),
            "acknowledgement_heading": self.tr("Acknowledgement heading"),
            "acknowledgement": self.tr("Acknowledgement"),
            "column_number": self.tr("Column: number"),
            "column_name": self.tr("Column: name"),
            "column_organisation": self.tr("Column: organisation"),
            "column_signature": self.tr("Column: signature"),
            "closing": self.tr("Closing line"),
        }
        for name in labels:
            widget: QWidget
            if name == "date_style":
                combo = QComboBox()
                for style, text in zip(
                    DATE_STYLES,
                    (
                        self.tr("Thai, Buddhist Era"),
                        self.tr("English, Common Era"),
                        self.tr("ISO (2026-11-28)"),
                    ),
                    strict=True,
                ):
                    combo.addItem(text, style)
                widget = combo
            elif name in _LINE_FIELDS:
                widget = QLineEdit(maxLength=2000)
            else:
                edit = QPlainTextEdit()
                edit.setTabChangesFocus(True)
                edit.setMinimumHeight(70 if name in _TEXT_FIELDS else 110)
                widget = edit
            widget.setObjectName(f"field_{name}")
            self.fields[name] = widget
            form.addRow(labels[name], widget)
        form_holder = QWidget()
        form_holder.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_holder)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 680])

        self.status = QLabel(wordWrap=True, objectName="editor_status")
        self.preview_button = QPushButton(self.tr("Preview…"))
        self.save_button = QPushButton(self.tr("Save as new version"))
        close_button = QPushButton(self.tr("Close"))
        self.preview_button.clicked.connect(self.preview_sheet)
        self.save_button.clicked.connect(self.save)
        close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(980, 700)
        self.reload()

    # --- loading ----------------------------------------------------------------------------

    def reload(self, language: str | None = None) -> None:
        if language:
            self._language = language

        language = self._language  # a plain value: work for the vault thread holds no widget

        user, kept_key = self._user, self._kept_key
        self._kept_key = None  # only at the first load

        def load(db: Database) -> tuple[dict[str, StoredTemplate], list[StoredTemplate], Any]:
            current = current_templates(db)
            kept = drafts.load_draft(db, user, kept_key) if kept_key else None
            return current, template_versions(db, language), kept

        call_vault(
            self, self._worker, load, TemplateEditorDialog._loaded, TemplateEditorDialog._failed
        )

    def _loaded(self, result: tuple[dict[str, StoredTemplate], list[StoredTemplate], Any]) -> None:
        self._current, versions, kept = result
        self.language.blockSignals(True)
        self.language.clear()
        for code, stored in self._current.items():
            self.language.addItem(f"{stored.template.language_name} ({code})", code)
        index = self.language.findData(self._language)
        self.language.setCurrentIndex(max(0, index))
        self.language.blockSignals(False)
        self._language = str(self.language.currentData())
        self._show_versions(versions)
        if versions:
            self.set_template(versions[0].template)
        if isinstance(kept, dict):
            self._apply_draft(kept)

    # --- what was typed, kept at a lock ------------------------------------------------------

    def _draft(self) -> dict[str, Any]:
        fields: dict[str, Any] = {}
        for name, widget in self.fields.items():
            if name == "date_style":
                fields[name] = widget.currentData()
            elif isinstance(widget, QLineEdit):
                fields[name] = widget.text()
            else:
                fields[name] = widget.toPlainText()  # as typed, blank lines and all
        return {"language": self._language, "fields": fields}

    def _apply_draft(self, draft: dict[str, Any]) -> None:
        language = str(draft.get("language") or self._language)
        if language != self._language:
            index = self.language.findData(language)
            if index >= 0:  # a saved language: its versions; else a new one being written
                self.language.blockSignals(True)
                self.language.setCurrentIndex(index)
                self.language.blockSignals(False)
            else:
                self.versions.clear()
        self._language = language
        fields = draft.get("fields") or {}
        for name, widget in self.fields.items():
            if name not in fields:
                continue
            if name == "date_style":
                widget.setCurrentIndex(max(0, widget.findData(fields[name])))
            elif isinstance(widget, QLineEdit):
                widget.setText(str(fields[name]))
            else:
                widget.setPlainText(str(fields[name]))
        self.status.setText(self.tr("What you were typing was restored. It is not saved yet."))

    def _draft_key(self) -> str:
        return f"rules:{self._language}"

    def keep_draft_at_lock(self) -> None:
        """The screen is locking or hiding (ui/main_window.KEEP_DRAFT_METHOD): keep the form
        as typed, queued before the session closes the vault."""
        self._kept_at_lock = True
        payload, user, key = self._draft(), self._user, self._draft_key()
        if payload == self._as_loaded:
            return  # nothing typed: nothing to offer back
        self._worker.submit(lambda db: drafts.save_draft(db, user, key, payload))

    def reject(self) -> None:
        """Close: anything kept at an earlier lock is dropped, as Cancel does in other forms."""
        if not self._kept_at_lock:
            user, key = self._user, self._draft_key()
            self._worker.submit(lambda db: drafts.discard_draft(db, user, key))
        super().reject()

    def _show_versions(self, versions: list[StoredTemplate]) -> None:
        self.versions.clear()
        for stored in versions:
            who = stored.created_by or self.tr("shipped")
            text = (
                self.tr("v%1 · %2 · %3")
                .replace("%1", str(stored.version))
                .replace("%2", short_date_text(stored.created_at[:10]))
                .replace("%3", who)
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, stored)
            self.versions.addItem(item)

    def _language_chosen(self) -> None:
        code = self.language.currentData()
        if code:
            self.reload(str(code))

    def _load_version(self, item: QListWidgetItem) -> None:
        stored = item.data(Qt.ItemDataRole.UserRole)
        self.set_template(stored.template)
        self.status.setText(
            self.tr("Loaded version %1. Saving makes it the newest version.").replace(
                "%1", str(stored.version)
            )
        )

    def _add_language(self) -> None:
        code, ok = QInputDialog.getText(
            self, self.tr("Add a language"), self.tr("Language code (e.g. lo, my, km, ja):")
        )
        code = code.strip().lower()
        if not ok or not code:
            return
        if code in self._current:
            self.reload(code)
            return
        base = self._current.get("en")
        if base is None:
            return
        # A copy of the English sheet to translate; dates in ISO form until chosen otherwise.
        self.set_template(
            dataclasses.replace(base.template, language=code, language_name="", date_style="iso")
        )
        self._language = code
        self.versions.clear()
        self.status.setText(self.tr("New language: translate the sheet, then save it."))

    # --- the form ----------------------------------------------------------------------------

    def set_template(self, template: RuleSheetTemplate) -> None:
        self._language = template.language
        for name, widget in self.fields.items():
            value = getattr(template, name)
            if name == "date_style":
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif name in _LIST_FIELDS:
                widget.setPlainText("\n\n".join(value))
            elif isinstance(widget, QLineEdit):
                widget.setText(value)
            else:
                widget.setPlainText(value)
        self._as_loaded = self._draft()  # kept at a lock only if changed from this

    def form_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"language": self._language}
        for name, widget in self.fields.items():
            if name == "date_style":
                data[name] = widget.currentData()
            elif name in _LIST_FIELDS:
                data[name] = split_items(widget.toPlainText())
            elif isinstance(widget, QLineEdit):
                data[name] = widget.text()
            else:
                data[name] = widget.toPlainText()
        return data

    def template(self) -> RuleSheetTemplate | None:
        try:
            return template_from_dict(self.form_data())
        except TJDeskError as err:
            self.status.setText(error_text(err))
            return None

    # --- actions -----------------------------------------------------------------------------

    def save(self) -> None:
        template = self.template()
        if template is None:
            return
        user = self._user
        self.save_button.setEnabled(False)

        call_vault(
            self,
            self._worker,
            lambda db: save_template(db, user, template),
            TemplateEditorDialog._saved,
            TemplateEditorDialog._failed,
        )

    def _saved(self, stored: StoredTemplate) -> None:
        user, key = self._user, f"rules:{stored.language}"
        self._worker.submit(lambda db: drafts.discard_draft(db, user, key))
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Saved as version %1.").replace("%1", str(stored.version)))
        self.saved.emit(stored)
        self.reload(stored.language)

    def preview_sheet(self) -> None:
        template = self.template()
        if template is None:
            return

        def render(_db: Database) -> str:
            request = SheetRequest((template.language,), blank_lines=4)
            return render_sheet({template.language: template}, request).html

        call_vault(
            self,
            self._worker,
            render,
            lambda me, html: preview(me, sheet_html_printable(html)),
            TemplateEditorDialog._failed,
        )

    def _failed(self, err: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(error_text(err))
        show_warning(self, self.windowTitle(), error_text(err))
