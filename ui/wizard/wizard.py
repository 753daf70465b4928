"""The first-run wizard: language, shelter or room name, first administrator, recovery key.

The vault is created when the administrator page is accepted (off the GUI thread: tuning and
running Argon2 takes a few seconds). The recovery key is then shown once, in large grouped
hex, with printing and saving as PDF; the wizard finishes only when the user ticks that they
have stored it, and cannot be closed before that (the vault exists by then; a lost key cannot
be shown again).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from tjdesk.vault import recovery, vault
from ui.context import AppContext
from ui.signin.background import run_in_background
from ui.signin.form import describe_error
from ui.wizard.recovery_sheet import RecoveryKeyPrinter

log = logging.getLogger(__name__)

MAX_SHELTER_NAME = 100


class _Page(QWizardPage):
    """A page that re-reads its texts when the language changes (picked on the first page)."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError


class LanguagePage(_Page):
    def __init__(self, language: str) -> None:
        super().__init__()
        # Each language is named in itself, so anyone can find their own.
        self.thai = QRadioButton(QLocale("th_TH").nativeLanguageName(), objectName="language_th")
        self.english = QRadioButton("English", objectName="language_en")
        group = QButtonGroup(self)
        group.addButton(self.thai)
        group.addButton(self.english)
        (self.english if language == "en" else self.thai).setChecked(True)
        self._intro = QLabel(wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addSpacing(12)
        layout.addWidget(self.thai)
        layout.addWidget(self.english)
        layout.addStretch(1)
        self.thai.toggled.connect(self._changed)
        self.retranslate()

    @property
    def language(self) -> str:
        return "en" if self.english.isChecked() else "th"

    def _changed(self) -> None:
        from ui.i18n import install_language, save_language

        install_language(self.language)
        save_language(self.language)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to TJ Desk"))
        self._intro.setText(
            self.tr(
                "TJ Desk keeps counselling records encrypted on this computer, runs the panic "
                "alarm, and prints visitor briefings. This short set-up creates the encrypted "
                "vault. First, choose the language of the app."
            )
        )


class ShelterPage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.name_edit = QLineEdit(objectName="shelter_name")
        self.name_edit.setMaxLength(MAX_SHELTER_NAME)
        self._intro = QLabel(wordWrap=True)
        self._label = QLabel()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self._label, self.name_edit)
        self._label.setBuddy(self.name_edit)  # screen readers name the field by its label
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(form)
        layout.addStretch(1)
        self.name_edit.textChanged.connect(self.completeChanged)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Shelter or room"))
        self._intro.setText(
            self.tr(
                "The name of the shelter, hotline or counselling room this computer serves. It "
                "is printed only on the recovery key sheet, to tell which computer the key "
                "opens, and shown under Administration. It is never printed on visitor sheets: "
                "a sheet leaves with the visitor, and a name can give away where you are."
            )
        )
        self._label.setText(self.tr("Shelter or room name"))

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return bool(self.name_edit.text().strip())


class AdminPage(_Page):
    """Accepting this page creates the vault (a commit page: there is no going back)."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setCommitPage(True)
        self.created = False
        self.name_edit = QLineEdit(objectName="admin_name")
        self.name_edit.setMaxLength(64)
        self.password_edit = QLineEdit(objectName="admin_password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit(objectName="admin_password_again")
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = QLabel(objectName="strength_hint", wordWrap=True)
        self.message = QLabel(objectName="message", wordWrap=True)
        self.message.setProperty("role", "error")
        self.message.hide()
        self.busy_label = QLabel(objectName="busy_label", wordWrap=True)
        self.busy_bar = QProgressBar(objectName="busy")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_label.hide()
        self.busy_bar.hide()
        self._intro = QLabel(wordWrap=True)
        self._labels = [QLabel(), QLabel(), QLabel()]
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self._labels[0], self.name_edit)
        form.addRow(self._labels[1], self.password_edit)
        form.addRow(self._labels[2], self.confirm_edit)
        for label, edit in zip(
            self._labels, (self.name_edit, self.password_edit, self.confirm_edit), strict=True
        ):
            label.setBuddy(edit)  # screen readers name each field by its label
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(form)
        layout.addWidget(self.strength)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy_bar)
        for edit in (self.name_edit, self.password_edit, self.confirm_edit):
            edit.textChanged.connect(self._update)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("First administrator"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create the vault"))
        self._intro.setText(
            self.tr(
                "The administrator adds the other staff and sets who sees what. Choose a "
                "password only you know: nobody, not even the administrator, can read it back."
            )
        )
        self._labels[0].setText(self.tr("User name"))
        self._labels[1].setText(self.tr("Password"))
        self._labels[2].setText(self.tr("Password again"))
        self.busy_label.setText(self.tr("Creating the encrypted vault. This takes a few seconds…"))
        self._update()

    def _update(self) -> None:
        password = self.password_edit.text()
        hint = vault.password_hint(password) if password else None
        if not password:
            text = vault.with_password_lengths(
                QCoreApplication.translate("vault", vault.PASSWORD_ADVICE)
            )
        elif hint is None:
            text = self.tr("Strong enough.")
        else:
            text = vault.with_password_lengths(QCoreApplication.translate("vault", hint))
        if self.confirm_edit.text() and self.confirm_edit.text() != password:
            text += " " + self.tr("The two passwords differ.")
        self.strength.setText(text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        password = self.password_edit.text()
        return (
            not self.busy_bar.isVisible()
            and bool(self.name_edit.text().strip())
            and len(password) >= vault.MIN_PASSWORD_LENGTH
            and password == self.confirm_edit.text()
        )

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        if self.created:
            return True
        self._wizard.create_vault(self)
        return False  # the wizard moves on by itself once the vault exists

    def set_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)
        for edit in (self.name_edit, self.password_edit, self.confirm_edit):
            edit.setEnabled(not busy)
        if busy:
            self.message.hide()
        self.completeChanged.emit()

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.message.setText(text)
        self.message.show()


class RecoveryKeyPage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.key_label = QLabel(objectName="recovery_key")
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._intro = QLabel(wordWrap=True)
        self.print_button = QPushButton(objectName="print_key")
        self.pdf_button = QPushButton(objectName="save_key_pdf")
        self.stored = QCheckBox(objectName="key_stored")
        self.message = QLabel(objectName="message", wordWrap=True)
        self.message.setProperty("role", "error")
        self.message.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self.key_label)
        layout.addLayout(buttons)
        layout.addSpacing(8)
        layout.addWidget(self.stored)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.stored.toggled.connect(self.completeChanged)
        self.print_button.clicked.connect(lambda: wizard.printer.preview(self))
        self.pdf_button.clicked.connect(lambda: wizard.printer.save_pdf_as(self))
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your recovery key"))
        self._intro.setText(
            self.tr(
                "This key opens the vault when every password is lost. It is shown only now. "
                "Print it or write it down, and keep it locked away from this computer (in a "
                "safe, with the director). Anyone holding it can read every record."
            )
        )
        self.print_button.setText(self.tr("Print…"))
        self.pdf_button.setText(self.tr("Save as PDF…"))
        self.stored.setText(self.tr("I have stored the recovery key in a safe place"))
        self.print_button.setAutoDefault(False)
        self.pdf_button.setAutoDefault(False)

    def show_key(self, key: str) -> None:
        self.key_label.setText(key)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return bool(self.stored.isChecked())


class FirstRunWizard(QWizard):
    def __init__(
        self,
        ctx: AppContext,
        *,
        kdf: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("first_run_wizard")
        self.setWindowTitle("TJ Desk")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.resize(760, 560)
        self._ctx = ctx
        self._kdf = kdf  # tests only: production always tunes Argon2 on this machine
        self._recovery_key: str | None = None
        self.admin_name: str | None = None
        self.language_page = LanguagePage(ctx.language)
        self.shelter_page = ShelterPage()
        self.admin_page = AdminPage(self)
        self.key_page = RecoveryKeyPage(self)
        for page in (self.language_page, self.shelter_page, self.admin_page, self.key_page):
            self.addPage(page)
        self.root_fingerprint: str | None = None  # the first administrator's signing key
        self.printer = RecoveryKeyPrinter(self._sheet_fields, lambda: self.root_fingerprint)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            from ui.i18n import retranslate_wizard_buttons  # Qt's buttons ignore the change

            retranslate_wizard_buttons(self)
        super().changeEvent(event)

    @property
    def vault_created(self) -> bool:
        return self._recovery_key is not None

    def _sheet_fields(self) -> tuple[str, str]:
        return self.shelter_page.name_edit.text().strip(), self._recovery_key or ""

    def create_vault(self, page: AdminPage) -> None:
        folder = Path(self._ctx.vault_dir)
        shelter = self.shelter_page.name_edit.text().strip()
        name = page.name_edit.text().strip()
        password = page.password_edit.text()
        language = self.language_page.language
        kdf = self._kdf
        page.set_busy(True)
        self.button(QWizard.WizardButton.CommitButton).setEnabled(False)

        def create() -> str:
            # The recovery identity opens every sealed section with stock age; shown once,
            # beside the database key, never stored (tjdesk/vault/recovery.py).
            recovery_key, identity = vault.create_with_recovery_identity(
                folder, shelter, name, password, language, kdf
            )
            self.root_fingerprint = vault.set_up_root_fingerprint(folder, name)
            return recovery_key + "\n\n" + recovery.format_recovery_identity(identity)

        def done(recovery_key: str) -> None:
            self._recovery_key = recovery_key
            self.admin_name = name
            self._ctx.language = language
            page.created = True
            page.set_busy(False)
            page.password_edit.clear()
            page.confirm_edit.clear()
            self.key_page.show_key(recovery_key)
            self.setOption(QWizard.WizardOption.NoCancelButton, True)
            self.next()

        def failed(err: BaseException) -> None:
            page.show_error(describe_error(err))

        run_in_background(self, create, done, failed)

    def reject(self) -> None:
        if self.vault_created and not self.key_page.stored.isChecked():
            # The vault exists and its key is on screen for the last time: do not lose it.
            self.key_page.message.setText(
                self.tr("Store the recovery key and tick the box before closing.")
            )
            self.key_page.message.show()
            return
        super().reject()

    def done(self, result: int) -> None:
        # The key is shown once: forget it when the wizard ends, whatever the outcome.
        self._recovery_key = None
        self.key_page.key_label.clear()
        super().done(result)
