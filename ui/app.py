"""Starting the GUI: the application object, fonts, language, style, the alarm link, then the
first-run wizard (no vault yet) or the main window's sign-in screen.

The alarm link starts before anyone signs in: the panic control and the alarm status are on
screen from the first moment, whatever happens to the vault.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from tjdesk.paths import vault_dir as resolve_vault_dir
from ui.context import AppContext
from ui.fonts import MONO_FAMILY

# The language helpers live in ui.i18n (the sign-in screen and the wizard use them too, so
# they no longer import this module); re-exported here for start-up and older callers.
from ui.i18n import SETTINGS_NAME, install_language, save_language, saved_language

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

__all__ = ["install_language", "save_language", "saved_language", "start_gui", "run_gui"]

log = logging.getLogger(__name__)

APP_NAME = "TJ Desk"
OLD_SETTINGS_NAME = "TJ Desk"  # before 0.1.1 the language was kept under this name too
CHECK_DELAY_MS = 300
STYLE_NAME = "Fusion"

STYLE = """
QMainWindow, QWizard, QDialog { background: #f5f3ef; }
QWidget { color: #22302f; }
QFrame#card { background: #ffffff; border: 1px solid #d9d4cb; border-radius: 10px; }
QLabel#heading { font-size: 20pt; font-weight: 600; color: #1f4f52; }
QLabel#hint, QLabel#who { color: #4d5b5a; }
QLabel[role="error"] {
    background: #fbe9e7; color: #8a1c12; border: 1px solid #e8b4ac;
    border-radius: 6px; padding: 8px;
}
QLabel[role="fault"] { color: #7a4b00; font-weight: 600; }
QLabel#recovery_key {
    font-family: "@MONO_FAMILY@"; font-size: 20pt;
    background: #ffffff; border: 2px dashed #1f4f52; border-radius: 8px; padding: 16px;
}
QLineEdit { padding: 3px 6px; min-height: 26px; border: 1px solid #b9b3a8; border-radius: 5px;
            background: #ffffff; }
QLineEdit:focus { border: 2px solid #2f6f73; padding: 2px 5px; }
QPushButton { padding: 7px 16px; border-radius: 5px; border: 1px solid #9fa9a6;
              background: #ffffff; }
QPushButton:default, QPushButton#submit {
    background: #2f6f73; color: #ffffff; border: 1px solid #245659;
}
QPushButton:disabled, QPushButton#submit:disabled, QPushButton:default:disabled {
    background: #e3e0da; color: #7d7a74; border: 1px solid #d0ccc4;
}
QPushButton#switch_user { border: 2px solid transparent; padding: 6px 15px;
                          background: transparent; color: #2f6f73; text-decoration: underline; }
QToolBar#main_toolbar { background: #e9e5de; border: none; spacing: 8px; padding: 4px; }
QToolBar#main_toolbar QToolButton { padding: 6px 12px; border-radius: 5px; }
QToolBar#main_toolbar QToolButton:hover { background: #d9d4cb; }
QFrame#alarm_strip { background: #ebe8e2; border-bottom: 1px solid #d9d4cb; }
QTabWidget#workspace::pane { border: none; }
QTabBar::tab { padding: 8px 18px; }
QTabBar::tab:selected { font-weight: 600; color: #1f4f52; }
QLabel#clock { font-size: 56pt; color: #50606a; }
QLabel#date { font-size: 16pt; color: #50606a; }
/* Visible keyboard focus (WCAG 2.4.7): once styled, Qt's own faint focus frame is lost.
   A state never changes a widget's size or font: Qt measures a widget once, in the state it
   is in then, and does not measure it again when it gains the focus or becomes the default
   button, so a thicker border, more padding or a bolder font in one state cuts its text off.
   A thicker focus border therefore takes its width from the padding. (No font-weight in a
   state, for the same reason; the default button stands out by its colour.) */
QPushButton:focus { border: 2px solid #10393b; padding: 6px 15px; }
QPushButton#switch_user:focus { border: 2px solid #10393b; padding: 6px 15px; }
QPushButton:default:focus, QPushButton#submit:focus {
    border: 3px solid #f2b705; padding: 5px 14px;
}
QCheckBox, QRadioButton { border: 2px solid transparent; border-radius: 4px; padding: 1px 3px; }
QCheckBox:focus, QRadioButton:focus { border: 2px solid #10393b; }
QComboBox:focus, QAbstractSpinBox:focus, QPlainTextEdit:focus, QTextEdit:focus,
QAbstractItemView:focus { border: 2px solid #10393b; }
/* A spin box styled only when focused lost its arrows (a border set by a style sheet hands
   the whole box to it): styled always, with room for its up and down buttons. */
QSpinBox, QDoubleSpinBox, QTimeEdit {
    padding: 2px 4px; border: 1px solid #b9b3a8; border-radius: 5px; background: #ffffff;
    min-height: 24px;
}
QSpinBox:focus, QDoubleSpinBox:focus, QTimeEdit:focus {
    border: 2px solid #10393b; padding: 1px 3px;
}
QSpinBox::up-button, QSpinBox::down-button, QDoubleSpinBox::up-button,
QDoubleSpinBox::down-button, QTimeEdit::up-button, QTimeEdit::down-button { width: 16px; }
/* A field that cannot be changed (a session someone else wrote, the lock screen's name) must
   not look like one that can: greyed, with its text still easy to read. Same border width and
   padding as the editable state, so nothing moves. */
QLineEdit:disabled, QLineEdit:read-only, QSpinBox:disabled, QDoubleSpinBox:disabled,
QTimeEdit:disabled {
    background: #e9e6e0; color: #4a5351; border-color: #d3cec5;
}
""".replace("@MONO_FAMILY@", MONO_FAMILY)  # (a format string would need every brace doubled)


# ------------------------------------------------------------------------------ set-up parts


def register_app_fonts(app: QApplication) -> None:
    """The shipped faces, by name, for the whole interface, at a size that reads easily.

    Never the platform's default face: it differs from machine to machine, and so would every
    text's width (see ui/fonts.py)."""
    from ui.fonts import text_font

    size = max(app.font().pointSizeF(), 11.0)
    try:
        font = text_font(size, app.font())
    except Exception as err:  # noqa: BLE001 - Thai may show as boxes, but the app must open
        log.error("bundled fonts not registered: %s", type(err).__name__)
        font = QFont(app.font())
        font.setPointSizeF(size)
    app.setFont(font)


def app_icon() -> QIcon:
    """Drawn, not shipped: a calm teal square with "TJ" (made after the first paint)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

    icon = QIcon()
    for size in (16, 32, 64, 128, 256):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor("#2f6f73"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(QRectF(0, 0, size, size), size * 0.2, size * 0.2)
        font = QFont(QApplication.font())
        font.setBold(True)
        font.setPixelSize(int(size * 0.45))
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, "TJ")
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    # Fusion everywhere (and in the README screenshots); the sortable lists' headers add the
    # arrow as people read it, ▲ = A to Z (ui/sort_arrow.py). Named when the application is
    # made, so Qt makes no other style first, and Python never loads its QStyle class before
    # the first window is painted (5 ms of enums; start-up time, issue 18).
    app = (
        existing
        if isinstance(existing, QApplication)
        else QApplication([*(argv or [APP_NAME]), "-style", STYLE_NAME])
    )
    if app.property("tjdesk_ready"):
        return app  # set up once: a second setStyle() while windows exist can crash Qt
    app.setProperty("tjdesk_ready", True)
    # One settings folder, the data folder's name ("TJDesk", as tjdesk.paths and the alarm
    # station settings use); people see "TJ Desk".
    app.setApplicationName(SETTINGS_NAME)
    app.setOrganizationName(SETTINGS_NAME)
    app.setApplicationDisplayName(APP_NAME)
    _move_old_settings()
    if existing is not None:
        app.setStyle(STYLE_NAME)  # made elsewhere (tests): not yet in the app's style
    register_app_fonts(app)
    app.setStyleSheet(STYLE)
    return app


def _move_old_settings() -> None:
    """Bring the language choice over from the old "TJ Desk" settings, once."""
    from PySide6.QtCore import QSettings

    from ui.i18n import LANGUAGE_KEY

    old = QSettings(OLD_SETTINGS_NAME, OLD_SETTINGS_NAME)
    new = QSettings(SETTINGS_NAME, SETTINGS_NAME)
    if old.contains(LANGUAGE_KEY) and not new.contains(LANGUAGE_KEY):
        new.setValue(LANGUAGE_KEY, old.value(LANGUAGE_KEY))
    if not old.allKeys():
        return
    old.clear()
    old.sync()
    # On Linux and macOS the old settings are a file in a folder of their own: remove both,
    # so one settings folder is left (on Windows they were registry keys, now cleared).
    path = Path(old.fileName())
    if path.is_file():
        with contextlib.suppress(OSError):
            path.unlink()
            path.parent.rmdir()


def finish_after_first_paint(app: QApplication, window: QWidget) -> None:
    """What the first screen does without, once it is painted (start-up time, issue 18)."""

    def finish() -> None:
        app.setWindowIcon(app_icon())
        from ui.wheel_guard import install_wheel_guard

        install_wheel_guard(app)  # settings change only when their control has the focus

    from ui.first_paint import after_first_paint

    after_first_paint(window, finish)


def start_alarm(alarm: Any = None) -> Any:
    """The alarm link, started before sign-in; None (and a fault on screen) if it cannot be."""
    if alarm is not None:
        return alarm
    try:
        from ui.alarm.controller import AlarmController

        controller = AlarmController()
        controller.start()
        return controller
    except Exception as err:  # noqa: BLE001 - the window must still open and say so
        log.error("alarm link not started: %s", type(err).__name__)
        return None


# --------------------------------------------------------------------------------- start-up


class Gui:
    """What start-up made; kept together so nothing is garbage-collected while it runs."""

    def __init__(self, app: QApplication, ctx: AppContext) -> None:
        self.app = app
        self.ctx = ctx
        self.window: QWidget | None = None
        self.wizard: QWidget | None = None

    def show_main_window(self, user_name: str | None = None) -> Any:
        from ui.main_window import MainWindow

        window = MainWindow(self.ctx)
        self.window = window
        window.show()
        window.show_sign_in(user_name)
        return window


def start_gui(
    vault_dir: Path,
    *,
    argv: list[str] | None = None,
    alarm: Any = None,
    kdf: Any = None,
) -> Gui:
    """Everything up to the first screen on show; ``run_gui`` then runs the event loop.

    ``alarm`` and ``kdf`` are for tests and benchmarks (a fake alarm link, fast Argon2).
    """
    app = create_application(argv)
    language = saved_language()
    install_language(language)
    ctx = AppContext(vault_dir, alarm=start_alarm(alarm), language=language)
    gui = Gui(app, ctx)
    if not _vault_files_exist(vault_dir):
        from ui.wizard.wizard import FirstRunWizard

        wizard = FirstRunWizard(ctx, kdf=kdf)
        gui.wizard = wizard

        def finished(result: int) -> None:
            if result == FirstRunWizard.DialogCode.Accepted:
                gui.show_main_window(wizard.admin_name)
            else:
                app.quit()

        wizard.finished.connect(finished)
        finish_after_first_paint(app, wizard)
        wizard.show()
    else:
        window = gui.show_main_window()
        finish_after_first_paint(app, window)
        # A damaged or foreign vault is explained on the sign-in screen. The check reads the
        # key file and loads the crypto modules, so it runs off the GUI thread, after the
        # window is up.
        # (Started a moment later, so it does not compete with the first paint.)
        from PySide6.QtCore import QTimer

        from ui.signin.background import run_in_background

        def check() -> None:
            if shiboken6.isValid(window):
                run_in_background(
                    window, lambda: _vault_problem(vault_dir), _show_problem(window), _ignore
                )

        QTimer.singleShot(CHECK_DELAY_MS, check)
    return gui


def follow_later_starts(gui: Gui, guard: Any) -> None:
    """A later start of the app brings this one's window (or its first-run wizard) forward."""
    from ui.single_instance import bring_forward

    guard.show_requested.connect(lambda: bring_forward(gui.window or gui.wizard))


def _ignore(_error: BaseException) -> None:
    pass


def _vault_files_exist(folder: Path) -> bool:
    from tjdesk.paths import database_path, keyslot_path

    return database_path(folder).exists() or keyslot_path(folder).exists()


def _vault_problem(folder: Path) -> Any:
    from tjdesk.vault import vault

    return vault.state_error(vault.inspect(folder))


def _show_problem(window: Any) -> Any:
    def show(error: Any) -> None:
        if error is not None:
            from ui.signin.form import describe_error

            window.sign_in.form.show_message(lambda: describe_error(error))

    return show


def run_gui(args: argparse.Namespace) -> int:
    from ui.single_instance import SingleInstance

    create_application(sys.argv[:1])
    guard = SingleInstance()
    if not guard.acquire():
        # Another copy runs in this session: it has been asked to come forward (locked or
        # not, as it is). A second copy would have a lock state of its own.
        log.info("TJ Desk already runs in this session; brought it forward")
        return 0
    gui = start_gui(resolve_vault_dir(getattr(args, "vault", None)), argv=sys.argv[:1])
    follow_later_starts(gui, guard)
    gui.app.setQuitOnLastWindowClosed(True)
    code = gui.app.exec()
    guard.release()
    if gui.ctx.alarm is not None:
        gui.ctx.alarm.close()  # hang up only: the alarm service keeps running
    return int(code)
