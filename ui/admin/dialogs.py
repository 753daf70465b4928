"""Small dialogs for user administration: a new user's details, a one-time password shown once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tjdesk.actors import Role
from ui.fonts import MONO_FAMILY


class AddUserDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("TJ Desk")
        self.name_edit = QLineEdit(objectName="new_user_name")
        self.name_edit.setMaxLength(64)
        self.display_edit = QLineEdit(objectName="new_display_name")
        self.display_edit.setMaxLength(100)
        self.role_combo = QComboBox(objectName="new_role")
        for role in Role:
            self.role_combo.addItem(self.tr_role(role), role)
        self.role_combo.setCurrentIndex(self.role_combo.findData(Role.SOCIAL_WORKER))
        intro = QLabel(
            self.tr(
                "The new user gets a one-time password, shown on the next screen. Give it to "
                "them in person; they choose their own password when they first sign in."
            ),
            wordWrap=True,
        )
        form = QFormLayout()
        form.addRow(self.tr("User name (for signing in)"), self.name_edit)
        form.addRow(self.tr("Full name"), self.display_edit)
        form.addRow(self.tr("Role"), self.role_combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add user"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.problem = QLabel(objectName="add_user_problem", wordWrap=True)
        self.problem.setProperty("role", "error")
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._update)
        self._update()

    def accept(self) -> None:
        """A bad user name is explained here, with everything typed kept (QA: the dialog used
        to close and the error appeared behind it)."""
        from tjdesk.errors import InvalidInput
        from tjdesk.vault.keyslots import canonical_user_name
        from ui.i18n import error_text

        try:
            canonical_user_name(self.name_edit.text())
        except InvalidInput as err:
            self.problem.setText(error_text(err, ""))
            self.problem.show()
            self.name_edit.setFocus()
            return
        super().accept()

    @staticmethod
    def tr_role(role: Role) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("Role", role.label)

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name_edit.text().strip()))

    @property
    def role(self) -> Role:
        role = self.role_combo.currentData()
        return role if isinstance(role, Role) else Role.SOCIAL_WORKER


class OneTimePasswordDialog(QDialog):
    """Shows a one-time password once; it is not stored anywhere in the app."""

    def __init__(self, user_name: str, password: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("TJ Desk")
        text = QLabel(
            self.tr(
                "One-time password for %1. Give it to them in person (not by chat or e-mail). "
                "They must choose their own password when they sign in with it."
            ).replace("%1", user_name),
            wordWrap=True,
        )
        self.password_label = QLabel(password, objectName="one_time_password")
        self.password_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.password_label.setStyleSheet(
            f"font-family: '{MONO_FAMILY}'; font-size: 20pt; padding: 12px;"
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.password_label)
        layout.addWidget(buttons)

    def done(self, result: int) -> None:
        self.password_label.clear()
        super().done(result)


class EditUserDialog(QDialog):
    """Correct a user's full name or change their role (the sign-in name stays)."""

    def __init__(
        self, user_name: str, display_name: str, role: Role, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("TJ Desk")
        intro = QLabel(
            self.tr(
                "Change how %1 is named, or their role. Their sign-in name stays the same; a "
                "new role decides what they may open from their next sign-in."
            ).replace("%1", user_name),
            wordWrap=True,
        )
        self.display_edit = QLineEdit(display_name, objectName="edit_display_name")
        self.display_edit.setMaxLength(100)
        self.role_combo = QComboBox(objectName="edit_role")
        for each in Role:
            self.role_combo.addItem(AddUserDialog.tr_role(each), each)
        self.role_combo.setCurrentIndex(self.role_combo.findData(role))
        form = QFormLayout()
        form.addRow(self.tr("Full name"), self.display_edit)
        form.addRow(self.tr("Role"), self.role_combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    @property
    def role(self) -> Role:
        role = self.role_combo.currentData()
        return role if isinstance(role, Role) else Role.SOCIAL_WORKER
