"""Users: list, add, change a name or role, reset a password (only that user's key slot is
rewritten), disable, enable, and remove an account that was never used.

Every change runs on the vault worker (the key-slot work includes an Argon2 derivation) and
comes back by queued signal; the buttons wait meanwhile. Errors are shown in plain words and
change nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tjdesk.users import UserInfo, UserService, generate_one_time_password
from tjdesk.vault.database import Database
from ui.admin.dialogs import AddUserDialog, EditUserDialog, OneTimePasswordDialog
from ui.admin.failures import failure_text
from ui.admin.users_model import UsersModel
from ui.context import AppContext
from ui.ops import run_in_vault


class UsersPanel(QWidget):
    changed = Signal()  # after every change the list is reloaded; tests wait on this
    failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("users_panel")
        self._ctx = ctx
        self._busy = False
        self.model = UsersModel(self)
        self.view = QTableView(objectName="users_view")
        self.view.setModel(self.model)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.view.setAccessibleName(self.tr("Users"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Add user…"), objectName="add_user")
        self.reset_button = QPushButton(self.tr("Reset password…"), objectName="reset_password")
        self.disable_button = QPushButton(self.tr("Disable…"), objectName="disable_user")
        self.enable_button = QPushButton(self.tr("Enable…"), objectName="enable_user")
        self.edit_button = QPushButton(self.tr("Change name or role…"), objectName="edit_user")
        self.remove_button = QPushButton(self.tr("Remove…"), objectName="remove_user")
        self.remove_button.setToolTip(
            self.tr("Only for an account that was never used; otherwise disable it.")
        )
        self.message = QLabel(objectName="message", wordWrap=True)
        self.message.setProperty("role", "error")
        self.message.hide()
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.reset_button,
            self.disable_button,
            self.enable_button,
            self.remove_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)

        self.add_button.clicked.connect(self.add_user)
        self.reset_button.clicked.connect(self.reset_password)
        self.disable_button.clicked.connect(self.disable_user)
        self.enable_button.clicked.connect(self.enable_user)
        self.edit_button.clicked.connect(self.edit_user)
        self.remove_button.clicked.connect(self.remove_user)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self.reload()

    # ------------------------------------------------------------------------- plumbing

    def _service_call(
        self, fn: Callable[[UserService], Any], on_done: Callable[[Any], None]
    ) -> None:
        worker, unlocked, actor = self._ctx.worker, self._ctx.vault, self._ctx.user
        if worker is None or unlocked is None or actor is None:
            return  # locked meanwhile: nothing to do

        def work(db: Database) -> Any:
            return fn(UserService(db, unlocked, actor))

        self._set_busy(True)

        def done(result: Any) -> None:
            self._set_busy(False)
            on_done(result)

        run_in_vault(self, worker, work, done, self._show_error)

    def _show_error(self, err: BaseException) -> None:
        self._set_busy(False)
        text = failure_text(err)
        self.message.setText(text)
        self.message.show()
        self.failed.emit(text)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def selected_user(self) -> UserInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.user_at(rows[0].row()) if rows else None

    def select(self, name: str) -> None:
        for row in range(self.model.rowCount()):
            user = self.model.user_at(row)
            if user is not None and user.name == name:
                self.view.selectRow(row)
                return

    def _update_buttons(self) -> None:
        user = self.selected_user()
        self.add_button.setEnabled(not self._busy)
        self.reset_button.setEnabled(not self._busy and user is not None and not user.disabled)
        self.disable_button.setEnabled(not self._busy and user is not None and not user.disabled)
        self.enable_button.setEnabled(not self._busy and user is not None and user.disabled)
        self.edit_button.setEnabled(not self._busy and user is not None)
        me = getattr(self._ctx.user, "name", None)
        self.remove_button.setEnabled(not self._busy and user is not None and user.name != me)

    def reload(self) -> None:
        selected = self.selected_user()

        def show(users: list[UserInfo]) -> None:
            self.model.set_users(users)
            if selected is not None:
                self.select(selected.name)
            self._update_buttons()
            self.changed.emit()

        self._service_call(lambda service: service.list_users(), show)

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, "TJ Desk", text)
        return answer == QMessageBox.StandardButton.Yes

    def _show_one_time(self, name: str, password: str) -> None:
        dialog = OneTimePasswordDialog(name, password, self)
        dialog.open()  # not exec(): a lock or quick-hide may close it at any moment

    # -------------------------------------------------------------------------- actions

    def add_user(self) -> None:
        dialog = AddUserDialog(self)
        dialog.accepted.connect(lambda: self._add(dialog))
        dialog.open()

    def _add(self, dialog: AddUserDialog) -> None:
        name = dialog.name_edit.text().strip()
        display = dialog.display_edit.text().strip()
        role = dialog.role
        one_time = generate_one_time_password()
        self.message.hide()

        def added(user: UserInfo) -> None:
            self._show_one_time(user.name, one_time)
            self.reload()

        self._service_call(
            lambda service: service.add_user(name, display or name, role, one_time), added
        )

    def reset_password(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        question = self.tr(
            "Give %1 a new one-time password? Their old password stops working at once."
        ).replace("%1", user.name)
        if not self._confirm(question):
            return
        name = user.name
        self.message.hide()

        def done(one_time: str) -> None:
            self._show_one_time(name, one_time)
            self.reload()

        self._service_call(lambda service: service.reset_password(name), done)

    def disable_user(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        question = self.tr(
            "Disable %1? They can no longer sign in; their records and audit entries stay."
        ).replace("%1", user.name)
        if not self._confirm(question):
            return
        name = user.name
        self.message.hide()

        def disabled(_result: object) -> None:
            self.reload()
            # The roster now refuses them even with an old copy of the key file, but that copy
            # still yields the database key to their password until the key is changed.
            self.message.setText(
                self.tr(
                    "%1 is disabled. If they could have kept a copy of the key file, change "
                    "the vault's key now (Vault key tab): after that no old copy opens anything."
                ).replace("%1", name)
            )
            self.message.show()

        self._service_call(lambda service: service.disable_user(name), disabled)

    def enable_user(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        name = user.name
        self.message.hide()

        def done(one_time: str) -> None:
            self._show_one_time(name, one_time)
            self.reload()

        self._service_call(lambda service: service.enable_user(name), done)

    def edit_user(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        dialog = EditUserDialog(user.name, user.display_name, user.role, self)
        dialog.accepted.connect(lambda: self._edit(user, dialog))
        dialog.open()
        self.edit_dialog = dialog

    def _edit(self, user: UserInfo, dialog: EditUserDialog) -> None:
        name, shown, role = user.name, dialog.display_edit.text().strip(), dialog.role
        self.message.hide()

        def change(service: UserService) -> None:
            service.set_display_name(name, shown or name)
            if role is not user.role:
                service.set_role(name, role)

        self._service_call(change, lambda _r: self.reload())

    def remove_user(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        question = self.tr(
            "Remove the account %1? This is only possible for an account that was never used."
        ).replace("%1", user.name)
        if not self._confirm(question):
            return
        name = user.name
        self.message.hide()
        self._service_call(
            lambda service: service.remove_unused_user(name), lambda _r: self.reload()
        )
