"""The visitor briefings area: the visit log with filters, the visit form, printing sheets,
and (for those allowed) the rule-sheet editor and visitor settings.

Everything that touches the vault runs on the vault worker (ui.ops.run_in_vault); this widget
only shows results. Reception staff see this area and nothing else (tjdesk.policy).
"""

from __future__ import annotations

import datetime
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tjdesk.cases import drafts
from tjdesk.vault.database import Database
from tjdesk.visits.access import VisitAction, may
from tjdesk.visits.retention import purge_expired_visits
from tjdesk.visits.template_store import current_templates
from tjdesk.visits.visit_log import (
    Visit,
    VisitFilter,
    VisitInput,
    VisitSummary,
    create_visit,
    get_visit,
    list_visits,
    update_visit,
)
from ui.visitors.labels import error_text, show_warning
from ui.visitors.print_dialog import SheetPrintDialog
from ui.visitors.vault_calls import call_vault
from ui.visitors.visit_dialog import VisitDialog
from ui.visitors.visit_model import VisitListModel

PURGE_EVERY_MS = 6 * 60 * 60 * 1000  # a desk left signed in still purges, four times a day
_PERIODS = ("upcoming", "30", "365", "all")
# Draft keys of this area's forms, kept at a lock or quick-hide: "visit:new", "visit:12",
# "rules:th" (the rule-sheet editor, by language).
VISIT_DRAFT = "visit"
RULES_DRAFT = "rules"


def visit_draft_key(visit_id: int | None) -> str:
    return f"{VISIT_DRAFT}:{visit_id or 'new'}"


def _is_own_draft(key: str) -> bool:
    kind, _sep, ident = key.partition(":")
    if kind == VISIT_DRAFT:
        return ident == "new" or ident.isdigit()
    return kind == RULES_DRAFT and bool(ident)


class VisitorsArea(QWidget):
    visits_loaded = Signal()
    visit_saved = Signal(int)

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitors_area")
        self._ctx = ctx
        self._worker = ctx.worker
        self._user = ctx.user
        self._ui_language = str(getattr(ctx, "language", "en") or "en")
        self.languages: dict[str, str] = {}  # code -> language name, of the current sheets
        self.dialog: QWidget | None = None  # the open form or print dialog (for tests)
        self._select_when_loaded: int | None = None

        self.new_button = QPushButton(self.tr("New visit…"))
        self.edit_button = QPushButton(self.tr("Open visit…"))
        self.print_button = QPushButton(self.tr("Print the visit's sheets…"))
        self.blank_button = QPushButton(self.tr("Print blank sheets…"))
        self.templates_button = QPushButton(self.tr("Edit rule sheets…"))
        self.settings_button = QPushButton(self.tr("Settings…"))
        self.new_button.clicked.connect(self.new_visit)
        self.edit_button.clicked.connect(self.open_selected)
        self.print_button.clicked.connect(self.print_selected)
        self.blank_button.clicked.connect(self.print_blank)
        self.templates_button.clicked.connect(self.edit_templates)
        self.settings_button.clicked.connect(self.edit_settings)
        self.templates_button.setVisible(may(self._user, VisitAction.EDIT_TEMPLATES))
        self.settings_button.setVisible(
            may(self._user, VisitAction.SET_RETENTION) or may(self._user, VisitAction.SET_ADDRESS)
        )
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.print_button, self.blank_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.templates_button)
        actions.addWidget(self.settings_button)

        self.period = QComboBox()
        for code, text in zip(
            _PERIODS,
            (
                self.tr("Upcoming"),
                self.tr("Last 30 days and upcoming"),
                self.tr("Last 12 months and upcoming"),
                self.tr("All kept visits"),
            ),
            strict=True,
        ):
            self.period.addItem(text, code)
        self.period.setCurrentIndex(1)
        self.search = QLineEdit(placeholderText=self.tr("Search organisation, purpose or host"))
        self.search.setAccessibleName(self.search.placeholderText())
        self.search.setClearButtonEnabled(True)
        self.incomplete = QCheckBox(self.tr("Checklist not complete"))
        self._search_delay = QTimer(self, singleShot=True, interval=250)
        self._search_delay.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._search_delay.start)
        self.period.currentIndexChanged.connect(self.refresh)
        self.incomplete.toggled.connect(self.refresh)
        filters = QHBoxLayout()
        show_label = QLabel(self.tr("Show"))
        show_label.setBuddy(self.period)  # names the period list for screen readers
        filters.addWidget(show_label)
        filters.addWidget(self.period)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.incomplete)

        self.model = VisitListModel(self._ui_language, self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the list, arrows move in it
        self.table.setAccessibleName(self.tr("Visitor briefings"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.count_label = QLabel(objectName="visit_count")

        # -- forms left unsaved at a lock or quick-hide, offered back ---------------------------
        self.kept_drafts: list[str] = []
        self.kept_bar = QFrame(objectName="kept_drafts")
        self.kept_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.kept_label = QLabel(objectName="kept_drafts_text", wordWrap=True)
        self.kept_button = QPushButton(self.tr("Open them"), objectName="open_kept_drafts")
        self.kept_button.clicked.connect(self.open_kept_drafts)
        kept_row = QHBoxLayout(self.kept_bar)
        kept_row.addWidget(self.kept_label, 1)
        kept_row.addWidget(self.kept_button)
        self.kept_bar.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.kept_bar)
        layout.addLayout(actions)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self._update_buttons()

        # The Thai word segmenter is not preloaded: it loads on the first sheet (about 0.1 s,
        # tjdesk.thai.dictionary), so a window that prints nothing never holds its word list.

        self._purge_timer = QTimer(self, interval=PURGE_EVERY_MS)
        self._purge_timer.timeout.connect(self.purge)
        self._purge_timer.start()
        self.purge()
        self._look_for_kept_drafts()

    # --- forms kept at a lock ----------------------------------------------------------------

    def _look_for_kept_drafts(self) -> None:
        user = self._user
        call_vault(
            self,
            self._worker,
            lambda db: drafts.draft_keys(db, user),
            VisitorsArea._show_kept_drafts,
            VisitorsArea._failed,
        )

    def _show_kept_drafts(self, keys: list[str]) -> None:
        may_edit_rules = may(self._user, VisitAction.EDIT_TEMPLATES)
        self.kept_drafts = [
            k for k in keys if _is_own_draft(k) and (may_edit_rules or k.startswith(VISIT_DRAFT))
        ]
        if not self.kept_drafts:
            self.kept_bar.hide()
            return
        self.kept_label.setText(
            self.tr(
                "What you were typing was kept (%n form(s)). Open them to finish and save; "
                "Cancel or Close in a form discards what was kept.",
                "",
                len(self.kept_drafts),
            )
        )
        self.kept_bar.show()

    def open_kept_drafts(self) -> None:
        """Open every form this user left unsaved here, each with what was typed in it."""
        user = self._user
        for key in self.kept_drafts:
            kind, _sep, ident = key.partition(":")
            if kind == RULES_DRAFT:
                self.edit_templates(kept_key=key)
                continue
            visit_id = int(ident) if ident.isdigit() else None

            def load(db: Database, key: str = key, visit_id: int | None = visit_id) -> Any:
                visit = None if visit_id is None else get_visit(db, user, visit_id)
                return visit, drafts.load_draft(db, user, key)

            call_vault(
                self, self._worker, load, VisitorsArea._open_kept_visit, VisitorsArea._failed
            )
        self.kept_drafts = []
        self.kept_bar.hide()

    def _open_kept_visit(self, result: tuple[Visit | None, dict[str, Any] | None]) -> None:
        visit, draft = result
        dialog = self._open_form(visit)
        if draft:
            dialog.apply_draft(draft)

    # --- the list ----------------------------------------------------------------------------

    def current_filter(self) -> VisitFilter:
        today = datetime.date.today()
        period = self.period.currentData()
        start: datetime.date | None
        if period == "upcoming":
            start = today
        elif period == "all":
            start = None
        else:
            start = today - datetime.timedelta(days=int(period))
        return VisitFilter(
            date_from=start, text=self.search.text(), incomplete_only=self.incomplete.isChecked()
        )

    def refresh(self) -> None:
        user, filters = self._user, self.current_filter()

        def load(db: Database) -> tuple[list[VisitSummary], dict[str, str]]:
            names = {c: s.template.language_name for c, s in current_templates(db).items()}
            return list_visits(db, user, filters), names

        call_vault(self, self._worker, load, VisitorsArea._loaded, VisitorsArea._failed)

    def _loaded(self, result: tuple[list[VisitSummary], dict[str, str]]) -> None:
        rows, self.languages = result
        selected = self.selected_visit_id()
        self.model.language_names = dict(self.languages)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        if selected is not None:
            for row in range(self.model.rowCount()):
                if self.model.visit_at(row).id == selected:
                    self.table.selectRow(row)
        if self._select_when_loaded is not None:
            self.select_visit(self._select_when_loaded)
            self._select_when_loaded = None
        self.count_label.setText(self.tr("%n visit(s)", "", len(rows)))
        self._update_buttons()
        self.visits_loaded.emit()

    def purge(self) -> None:
        """Delete visits past the retention period (audited), then show the list."""
        now, name = datetime.datetime.now(), self._user.name
        call_vault(
            self,
            self._worker,
            lambda db: purge_expired_visits(db, now, actor_name=name),
            lambda me, _count: me.refresh(),
            VisitorsArea._failed,
        )

    def selected_visit_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.visit_at(rows[0].row()).id if rows else None

    def select_visit(self, visit_id: int) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.visit_at(row).id == visit_id:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        chosen = self.selected_visit_id() is not None
        self.edit_button.setEnabled(chosen)
        self.print_button.setEnabled(chosen)

    # --- the visit form ----------------------------------------------------------------------

    def new_visit(self) -> None:
        self._open_form(None)

    def open_selected(self) -> None:
        visit_id = self.selected_visit_id()
        if visit_id is None:
            return
        user = self._user
        call_vault(
            self,
            self._worker,
            lambda db: get_visit(db, user, visit_id),
            VisitorsArea._open_form,
            VisitorsArea._failed,
        )

    def _open_form(self, visit: Visit | None) -> VisitDialog:
        dialog = VisitDialog(
            self.languages or {"th": "ภาษาไทย", "en": "English"},
            ui_language=self._ui_language,
            visit=visit,
            parent=self,
        )
        dialog.visit_id = None if visit is None else visit.id
        dialog.submitted.connect(self._save)
        worker, user, key = self._worker, self._user, visit_draft_key(dialog.visit_id)
        # Queued before the session closes the vault: nothing typed is lost at a lock.
        dialog.keep_draft = lambda payload: worker.submit(
            lambda db: drafts.save_draft(db, user, key, payload)
        )
        dialog.forget_draft = lambda: _forget_draft(worker, user, key)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _save(self, data: VisitInput) -> None:
        dialog = self.sender()
        if not isinstance(dialog, VisitDialog):
            return
        user, visit_id = self._user, dialog.visit_id

        def write(db: Database) -> int:
            if visit_id is None:
                return create_visit(db, user, data)
            update_visit(db, user, visit_id, data)
            return visit_id

        # The dialog owns the operation: closed meanwhile, the answer is dropped.
        call_vault(dialog, self._worker, write, _visit_saved, _visit_refused)

    def visit_was_saved(self, visit_id: int) -> None:
        self._select_when_loaded = visit_id
        self.visit_saved.emit(visit_id)
        self.refresh()

    def _template_saved(self, _stored: object) -> None:
        self.refresh()

    # --- printing and editing ----------------------------------------------------------------

    def print_selected(self) -> None:
        visit_id = self.selected_visit_id()
        if visit_id is None:
            return
        row = next(r for r in range(self.model.rowCount()) if self.model.visit_at(r).id == visit_id)
        chosen = self.model.visit_at(row).languages
        self._open_print(visit_id, chosen)

    def print_blank(self) -> None:
        self._open_print(None, ("th", "en"))

    def _open_print(self, visit_id: int | None, chosen: tuple[str, ...]) -> None:
        dialog = SheetPrintDialog(
            self._worker,
            self._user,
            self.languages or {"th": "ภาษาไทย", "en": "English"},
            visit_id=visit_id,
            chosen=chosen,
            parent=self,
        )
        dialog.printed.connect(self.refresh)
        self.dialog = dialog
        dialog.open()

    def edit_templates(self, *, kept_key: str | None = None) -> None:
        from ui.visitors.template_editor import TemplateEditorDialog

        dialog = TemplateEditorDialog(self._worker, self._user, self, kept_key=kept_key)
        dialog.saved.connect(self._template_saved)
        self.dialog = dialog
        dialog.open()

    def edit_settings(self) -> None:
        from ui.visitors.settings_dialog import VisitorSettingsDialog

        dialog = VisitorSettingsDialog(self._worker, self._user, self)
        dialog.accepted.connect(self.purge)
        self.dialog = dialog
        dialog.open()

    def _failed(self, err: BaseException) -> None:
        if self._ctx.worker is not self._worker:
            return  # locked or signed out meanwhile: the session's calls fail; nothing to say
        show_warning(self, self.tr("Visitor briefings"), error_text(err))


def _forget_draft(worker: Any, user: Any, key: str) -> None:
    worker.submit(lambda db: drafts.discard_draft(db, user, key))


def _visit_saved(dialog: VisitDialog, visit_id: int) -> None:
    area = dialog.parent()
    if isinstance(area, VisitorsArea):
        _forget_draft(area._worker, area._user, visit_draft_key(dialog.visit_id))
    dialog.accept()
    if isinstance(area, VisitorsArea):
        area.visit_was_saved(visit_id)


def _visit_refused(dialog: VisitDialog, err: BaseException) -> None:
    dialog.show_error(error_text(err))
