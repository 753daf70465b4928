"""The counseling-sessions area: the session and case lists, search, forms and the report.

Lists are paged Qt models (ui.cases.paged_model) over the vault worker: the GUI thread never
waits, and only the first page of 100,000 sessions is read on opening. The filters and the
search box run in the database; the search looks only in the note sections the signed-in user
may read (tjdesk.cases.listing).

Keyboard: Ctrl+F search, Ctrl+N new session, Ctrl+Shift+N new case, Enter opens the selected
row, Ctrl+P preliminary report (print preview), Ctrl+Shift+P save the report as PDF, and Tab
moves through every filter.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tjdesk.cases import drafts, listing, report, sealed_search
from tjdesk.cases.codes import CaseStatus, CaseType, ContactType, RiskLevel
from tjdesk.policy import may_create_case
from tjdesk.vault.database import Database
from ui.cases.case_dialog import CaseDialog
from ui.cases.labels import code_text, date_text, local_time_text, section_title, yes_no
from ui.cases.paged_model import Column, PagedTableModel
from ui.cases.report_print import print_report_with_preview, write_report_pdf
from ui.cases.session_dialog import SessionDialog, error_text
from ui.date_field import DateField
from ui.ops import run_in_vault
from ui.printing import default_save_path
from ui.sort_arrow import flip_sort_arrow

SEARCH_DELAY_MS = 300
INDEX_POLL_MS = 400  # how often the search box asks how far the index is


def _draft_target(key: str) -> tuple[str, int | None] | None:
    """A draft's form key ("session:new", "case:12") as (kind, record id or None)."""
    kind, _sep, ident = key.partition(":")
    if kind not in ("case", "session"):
        return None
    if ident == "new":
        return kind, None
    return (kind, int(ident)) if ident.isdigit() else None


def _risk_text(row: dict[str, Any]) -> str:
    text = code_text(RiskLevel, row.get("risk_level"))
    if row.get("safety_concern"):
        from PySide6.QtCore import QCoreApplication

        text += " \u26a0 " + QCoreApplication.translate("CasesArea", "safety concern")
    return text


# Titles are English source strings, marked for lupdate here and translated by the model.
SESSION_COLUMNS = (
    Column(
        "starts_at",
        QT_TRANSLATE_NOOP("CasesArea", "When"),
        "starts_at",
        lambda r: local_time_text(r["starts_at"]),
    ),
    Column("case_code", QT_TRANSLATE_NOOP("CasesArea", "Case"), "case_code"),
    Column(
        "contact_type",
        QT_TRANSLATE_NOOP("CasesArea", "Contact"),
        "contact_type",
        lambda r: code_text(ContactType, r["contact_type"]),
    ),
    Column("room", QT_TRANSLATE_NOOP("CasesArea", "Room"), "room"),
    Column("risk_level", QT_TRANSLATE_NOOP("CasesArea", "Risk"), "risk", _risk_text),
    Column(
        "follow_up_on",
        QT_TRANSLATE_NOOP("CasesArea", "Follow-up"),
        "follow_up_on",
        lambda r: date_text(r["follow_up_on"]),
    ),
)
CASE_COLUMNS = (
    Column("code", QT_TRANSLATE_NOOP("CasesArea", "Case"), "code"),
    Column("nickname", QT_TRANSLATE_NOOP("CasesArea", "Alias"), "nickname"),
    Column(
        "case_type",
        QT_TRANSLATE_NOOP("CasesArea", "Type"),
        "case_type",
        lambda r: code_text(CaseType, r["case_type"]),
    ),
    Column(
        "status",
        QT_TRANSLATE_NOOP("CasesArea", "Status"),
        "status",
        lambda r: code_text(CaseStatus, r["status"]),
    ),
    Column(
        "opened_on",
        QT_TRANSLATE_NOOP("CasesArea", "Opened"),
        "opened_on",
        lambda r: date_text(r["opened_on"]),  # Buddhist Era in Thai, like every other date
    ),
    Column(
        "last_session_at",
        QT_TRANSLATE_NOOP("CasesArea", "Latest session"),
        None,
        lambda r: local_time_text(r["last_session_at"]),
    ),
    Column(
        "follow_up_on",
        QT_TRANSLATE_NOOP("CasesArea", "Follow-up"),
        None,
        lambda r: date_text(r["follow_up_on"]),
    ),
    Column(
        "high_risk",
        QT_TRANSLATE_NOOP("CasesArea", "High risk"),
        None,
        lambda r: yes_no(r["high_risk"]),
    ),
)


class CasesArea(QWidget):
    report_written = Signal(str)  # the PDF path the user chose
    report_printed = Signal()
    message_shown = Signal(str)

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cases_area")
        self.ctx = ctx
        self.open_dialogs: list[QWidget] = []
        self.last_saved_message = ""
        self._applied_filter: listing.SessionFilter | None = None
        self._sized: dict[str, bool] = {}
        # A Thai interface prints dates in the Buddhist Era (2569 = 2026).
        self.buddhist_era = getattr(ctx, "language", "en") == "th"

        # -- filters -----------------------------------------------------------------------
        self.search = QLineEdit(objectName="search")
        readable = listing.readable_note_sections(ctx.user)
        if readable:
            names = ", ".join(section_title(s) for s in readable)
            self.search.setPlaceholderText(self.tr("Search in: %1").replace("%1", names))
        else:
            self.search.setPlaceholderText(self.tr("You may not read any notes"))
            self.search.setEnabled(False)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)  # the Thai filter row fits a 1280-pixel screen
        self.search.setAccessibleName(self.search.placeholderText())  # for screen readers
        # At sign-in the vault worker reads the sealed notes this user may read into an
        # in-memory index, a step at a time; searching works meanwhile, over what is read.
        self.index_state = QLabel(objectName="search_index_state", wordWrap=True)
        self.index_progress = QProgressBar(objectName="search_index_progress")
        self.index_progress.setMaximumWidth(220)
        self.index_state.hide()
        self.index_progress.hide()
        self._index_poll = QTimer(self, singleShot=True, interval=INDEX_POLL_MS)
        self._index_poll.timeout.connect(self._ask_index_state)
        self.mine = QCheckBox(self.tr("&My cases"), objectName="mine")
        self.follow_ups = QCheckBox(self.tr("&Follow-ups due"), objectName="follow_ups")
        self.high_risk = QCheckBox(self.tr("&High risk"), objectName="high_risk")
        self.use_dates = QCheckBox(self.tr("&Dates"), objectName="use_dates")
        self.date_from = DateField(
            QDate.currentDate().addMonths(-1), objectName="date_from", calendarPopup=True
        )
        self.date_to = DateField(QDate.currentDate(), objectName="date_to", calendarPopup=True)
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            self.use_dates.toggled.connect(edit.setEnabled)
        self.contact = QComboBox(objectName="contact_filter")
        self.contact.setAccessibleName(self.tr("Contact"))
        self.contact.addItem(self.tr("Any contact"), None)
        for kind in ContactType:
            self.contact.addItem(code_text(ContactType, kind.code), kind.code)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for widget in (
            self.mine,
            self.follow_ups,
            self.high_risk,
            self.use_dates,
            self.date_from,
            QLabel("\u2013"),
            self.date_to,
            self.contact,
        ):
            filters.addWidget(widget)

        # -- actions -------------------------------------------------------------------------
        self.new_case_button = QPushButton(self.tr("New case"), objectName="new_case")
        self.new_session_button = QPushButton(self.tr("New session"), objectName="new_session")
        self.open_button = QPushButton(self.tr("Open"), objectName="open")
        self.report_button = QPushButton(self.tr("Preliminary report..."), objectName="report")
        self.pdf_button = QPushButton(self.tr("Report as PDF..."), objectName="report_pdf")
        can_create = may_create_case(ctx.user.role)
        self.new_case_button.setVisible(can_create)
        self.new_session_button.setVisible(can_create)
        self.new_case_button.clicked.connect(lambda: self.open_case(None))
        self.new_session_button.clicked.connect(lambda: self.open_session(None))
        self.open_button.clicked.connect(self.open_selected)
        self.report_button.clicked.connect(self.print_report)
        self.pdf_button.clicked.connect(lambda: self.save_report_pdf())
        actions = QHBoxLayout()
        for button in (
            self.new_case_button,
            self.new_session_button,
            self.open_button,
            self.report_button,
            self.pdf_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        # What was just saved, with the case code (the count beside it changes with the lists).
        self.saved_note = QLabel(objectName="saved_note")
        self.saved_note.setProperty("role", "note")
        self.saved_note.hide()
        actions.addWidget(self.saved_note)
        self.status = QLabel(objectName="status")
        actions.addWidget(self.status)

        # -- lists -------------------------------------------------------------------------
        self.sessions_model = PagedTableModel(SESSION_COLUMNS, listing.PAGE_SIZE, self)
        self.sessions_model.sort_key = "starts_at"
        self.cases_model = PagedTableModel(CASE_COLUMNS, listing.PAGE_SIZE, self)
        self.cases_model.sort_key = "opened_on"
        self.sessions_view = self._make_view(self.sessions_model, "sessions_view")
        self.cases_view = self._make_view(self.cases_model, "cases_view", CASE_COLUMNS, "opened_on")
        self.sessions_view.setAccessibleName(self.tr("Sessions"))
        self.cases_view.setAccessibleName(self.tr("Cases"))
        self.tabs = QTabWidget(objectName="list_tabs")
        self.tabs.addTab(self.sessions_view, self.tr("&Sessions"))
        self.tabs.addTab(self.cases_view, self.tr("&Cases"))
        for model in (self.sessions_model, self.cases_model):
            model.page_loaded.connect(self._show_count)
            model.load_failed.connect(self._show_error)

        # -- forms left unsaved at a lock, quick-hide or crash, offered back -----------------
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

        index_row = QHBoxLayout()
        index_row.addWidget(self.index_state, 1)
        index_row.addWidget(self.index_progress)

        layout = QVBoxLayout(self)
        layout.addWidget(self.kept_bar)
        layout.addLayout(filters)
        layout.addLayout(index_row)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)

        # -- wiring ------------------------------------------------------------------------
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search_now)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._search_now)
        for box in (self.mine, self.follow_ups, self.high_risk, self.use_dates):
            box.toggled.connect(self.refresh)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self.use_dates.isChecked() and self.refresh())
        self.contact.currentIndexChanged.connect(self.refresh)
        self.tabs.currentChanged.connect(lambda _i: self._show_count(0))
        for keys, slot in (
            ("Ctrl+F", self.search.setFocus),
            ("Ctrl+N", lambda: can_create and self.open_session(None)),
            ("Ctrl+Shift+N", lambda: can_create and self.open_case(None)),
            ("Ctrl+P", self.print_report),
            ("Ctrl+Shift+P", lambda: self.save_report_pdf()),
        ):
            QShortcut(
                QKeySequence(keys),
                self,
                activated=slot,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
        self.refresh()
        self._look_for_kept_drafts()
        if readable:
            self._ask_index_state()

    # -- the search index, while it builds ---------------------------------------------------

    def _ask_index_state(self) -> None:
        run_in_vault(
            self, self.ctx.worker, sealed_search.state, self._show_index_state, lambda _e: None
        )

    def _show_index_state(self, state: sealed_search.IndexState) -> None:
        if not state.building:
            was_building = self.index_state.isVisible() or self.index_progress.isVisible()
            self.index_state.hide()
            self.index_progress.hide()
            if was_building and self.search.text().strip():
                self.refresh()  # the search now covers everything this user may read
            return
        self.index_state.setText(
            self.tr(
                "Search is getting ready: %1 of %2 case sections read. A search now finds "
                "what has been read so far."
            )
            .replace("%1", f"{state.done:,}")
            .replace("%2", f"{state.total:,}")
        )
        self.index_progress.setRange(0, max(1, state.total))
        self.index_progress.setValue(state.done)
        self.index_state.show()
        self.index_progress.show()
        self._index_poll.start()

    # -- drafts kept at a lock ---------------------------------------------------------------

    def _look_for_kept_drafts(self) -> None:
        user = self.ctx.user
        run_in_vault(
            self,
            self.ctx.worker,
            lambda db: drafts.draft_keys(db, user),
            self._show_kept_drafts,
            self._show_error,
        )

    def _show_kept_drafts(self, keys: list[str]) -> None:
        self.kept_drafts = [k for k in keys if _draft_target(k) is not None]
        if not self.kept_drafts:
            self.kept_bar.hide()
            return
        self.kept_label.setText(
            self.tr(
                "Your unsaved notes were kept (%n form(s)). Open them to finish and save; "
                "Cancel in a form discards its notes.",
                "",
                len(self.kept_drafts),
            )
        )
        self.kept_bar.show()

    def open_kept_drafts(self) -> list[QWidget]:
        """Open every form this user left unsaved; each restores its draft as it loads."""
        opened: list[QWidget] = []
        for key in self.kept_drafts:
            target = _draft_target(key)
            if target is None:
                continue
            kind, record_id = target
            if kind == "case":
                opened.append(self.open_case(record_id))
            else:
                dialog = SessionDialog(
                    self.ctx.worker, self.ctx.user, session_id=record_id, parent=self
                )
                dialog.saved.connect(lambda _id: self.refresh())
                self._keep(dialog)
                dialog.open()
                opened.append(dialog)
        self.kept_drafts = []
        self.kept_bar.hide()
        return opened

    def _make_view(
        self,
        model: PagedTableModel,
        name: str,
        columns: tuple[Column, ...] = SESSION_COLUMNS,
        sorted_by: str = "starts_at",
    ) -> QTableView:
        view = QTableView(objectName=name)
        view.setModel(model)
        # The arrow sits on the column the list is really sorted by (the case list opens by
        # date opened, newest first: an arrow on "Case" would claim an order it does not have).
        first = next(i for i, c in enumerate(columns) if c.sort == sorted_by)
        view.horizontalHeader().setSortIndicator(first, Qt.SortOrder.DescendingOrder)
        flip_sort_arrow(view.horizontalHeader())  # ▲ = smallest on top
        view.setSortingEnabled(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)  # Tab leaves the list, arrows move in it
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.setWordWrap(False)
        view.activated.connect(lambda _index: self.open_selected())
        QShortcut(
            QKeySequence(Qt.Key.Key_Return),
            view,
            activated=self.open_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        return view

    # -- filters -> queries -----------------------------------------------------------------

    def _dates(self) -> tuple[date | None, date | None]:
        if not self.use_dates.isChecked():
            return None, None
        return self.date_from.date().toPython(), self.date_to.date().toPython()

    def session_filter(self) -> listing.SessionFilter:
        date_from, date_to = self._dates()
        code = self.contact.currentData()
        return listing.SessionFilter(
            mine=self.mine.isChecked(),
            follow_ups_due=self.follow_ups.isChecked(),
            high_risk=self.high_risk.isChecked(),
            date_from=date_from,
            date_to=date_to,
            contact_type=ContactType(code) if code else None,
            text=self.search.text().strip(),
            today=date.today(),
        )

    def case_filter(self) -> listing.CaseFilter:
        date_from, date_to = self._dates()
        code = self.contact.currentData()
        return listing.CaseFilter(
            mine=self.mine.isChecked(),
            follow_ups_due=self.follow_ups.isChecked(),
            high_risk=self.high_risk.isChecked(),
            date_from=date_from,
            date_to=date_to,
            contact_type=ContactType(code) if code else None,
            today=date.today(),
        )

    def _search_now(self) -> None:
        """The search box's pause or Enter: search, unless these very words were just searched
        (Enter after the pause would otherwise search, and audit, a second time)."""
        self._search_timer.stop()
        if self.session_filter() == self._applied_filter:
            return
        self.refresh()

    def refresh(self) -> None:
        """Reload both lists from their first page with the current filters."""
        user = self.ctx.user
        session_filter = self.session_filter()
        case_filter = self.case_filter()
        self._applied_filter = self.session_filter()  # a copy: the queries set its sort

        def sessions(
            db: Database, offset: int, limit: int, sort: str | None, descending: bool
        ) -> list[dict[str, Any]]:
            session_filter.sort = sort or "starts_at"
            session_filter.descending = descending
            return listing.session_page(db, user, session_filter, offset, limit)

        def cases(
            db: Database, offset: int, limit: int, sort: str | None, descending: bool
        ) -> list[dict[str, Any]]:
            case_filter.sort = sort or "opened_on"
            case_filter.descending = descending
            return listing.case_page(db, user, case_filter, offset, limit)

        self.sessions_model.set_source(self.ctx.worker, sessions)
        self.cases_model.set_source(self.ctx.worker, cases)
        # A search applies to sessions (notes belong to sessions): show them.
        if session_filter.text:
            self.tabs.setCurrentWidget(self.sessions_view)

    def _show_count(self, _rows: int) -> None:
        view = self.current_view()
        model = self.current_model()
        if not self._sized.get(view.objectName()):
            # Size the columns once, from the first rows' texts (an empty list: from the
            # titles, so none is cut off; sized again when rows come). QTableView's own
            # resizeColumnsToContents lays out every cell: ~100 ms for one page.
            metrics = view.fontMetrics()
            header = view.horizontalHeader()
            sample = range(min(40, model.rowCount()))
            for column in range(model.columnCount()):
                title = str(model.headerData(column, Qt.Orientation.Horizontal))
                widest = max(
                    [metrics.horizontalAdvance(title) + 24]
                    + [metrics.horizontalAdvance(model.cell_text(r, column)) for r in sample]
                )
                header.resizeSection(column, min(widest + 16, 360))
            self._sized[view.objectName()] = bool(model.rowCount())
        count = model.rowCount()
        if model.canFetchMore():
            text = self.tr("First %n shown; scroll for more", "", count)
        elif view is self.sessions_view:
            text = self.tr("%n session(s)", "", count)
        else:
            text = self.tr("%n case(s)", "", count)
        self.status.setText(text)

    def _show_error(self, error: BaseException) -> None:
        text = error_text(error)
        self.status.setText(text)
        self.message_shown.emit(text)

    # -- selection ---------------------------------------------------------------------------

    def current_view(self) -> QTableView:
        widget = self.tabs.currentWidget()
        assert isinstance(widget, QTableView)
        return widget

    def current_model(self) -> PagedTableModel:
        model = self.current_view().model()
        assert isinstance(model, PagedTableModel)
        return model

    def selected_row(self) -> dict[str, Any] | None:
        view = self.current_view()
        index: QModelIndex = view.currentIndex()
        if not index.isValid():
            return None
        return self.current_model().row_data(index.row())

    def selected_case_id(self) -> int | None:
        row = self.selected_row()
        if row is None:
            return None
        return int(row["case_id"] if self.current_view() is self.sessions_view else row["id"])

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        if self.current_view() is self.sessions_view:
            self.open_session(int(row["id"]))
        else:
            self.open_case(int(row["id"]))

    # -- dialogs -----------------------------------------------------------------------------

    def open_case(self, case_id: int | None) -> CaseDialog:
        dialog = CaseDialog(self.ctx.worker, self.ctx.user, case_id=case_id, parent=self)
        dialog.saved.connect(lambda _id: self._case_saved(dialog, case_id is None))
        self._keep(dialog)
        dialog.open()
        return dialog

    def open_session(self, session_id: int | None) -> SessionDialog:
        case_id = None
        if session_id is None and self.current_view() is self.cases_view:
            case_id = self.selected_case_id()
        dialog = SessionDialog(
            self.ctx.worker, self.ctx.user, session_id=session_id, case_id=case_id, parent=self
        )
        dialog.saved.connect(lambda _id: self.refresh())
        self._keep(dialog)
        dialog.open()
        return dialog

    def _case_saved(self, dialog: CaseDialog, new: bool) -> None:
        """Say so, with the case's code (the name to use for it from now on)."""
        self.refresh()
        if new:
            text = self.tr("Case %1 was opened and saved.").replace("%1", dialog.case_code)
        else:
            text = self.tr("Case %1 was saved.").replace("%1", dialog.case_code)
        self.saved_note.setText(text)
        self.saved_note.show()
        self.last_saved_message = text
        self.message_shown.emit(text)

    def _keep(self, dialog: QWidget) -> None:
        self.open_dialogs.append(dialog)
        dialog.finished.connect(lambda _r: self.open_dialogs.remove(dialog))  # type: ignore[attr-defined]
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    # -- the preliminary report --------------------------------------------------------------

    def _with_report(self, then: Any) -> None:
        case_id = self.selected_case_id()
        if case_id is None:
            self.status.setText(self.tr("Choose a case or a session first."))
            return
        user = self.ctx.user
        run_in_vault(
            self,
            self.ctx.worker,
            lambda db: report.preliminary_report(db, user, case_id),
            then,
            self._show_error,
        )

    def print_report(self) -> None:
        """Qt's print preview of the selected case's preliminary report; printing is audited."""

        def show(data: report.PreliminaryReport) -> None:
            if print_report_with_preview(self, data, buddhist_era=self.buddhist_era):
                self._audit_print(data.case_id, "printer")
                self.report_printed.emit()

        self._with_report(show)

    def save_report_pdf(self, path: str | None = None) -> None:
        """Write the selected case's preliminary report as a PDF where the user chooses."""

        def write(data: report.PreliminaryReport) -> None:
            target = path
            if target is None:
                target, _filter = QFileDialog.getSaveFileName(
                    self,
                    self.tr("Save the preliminary report"),
                    default_save_path(f"{data.case_code}-preliminary-report.pdf"),
                    self.tr("PDF files (*.pdf)"),
                )
            if not target:
                return
            write_report_pdf(data, target, buddhist_era=self.buddhist_era)
            self._audit_print(data.case_id, "pdf")
            self.report_written.emit(target)

        self._with_report(write)

    def _audit_print(self, case_id: int, method: str) -> None:
        user = self.ctx.user
        run_in_vault(
            self,
            self.ctx.worker,
            lambda db: report.record_report_printed(db, user, case_id, method),
            lambda _r: None,
            self._show_error,
        )
