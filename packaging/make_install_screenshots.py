"""Grab the pictures of docs/INSTALL.md from the real widgets, offscreen, into docs/img/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_install_screenshots.py

Everything is throwaway: the vault is made in a temporary folder with fast test parameters
(it is never used for anything real), the recovery key shown is that throwaway vault's, the
alarm service is the test suite's stand-in, and the detected port is made up.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="tjdesk-install-shots-config-")

from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

OUT = REPO / "docs" / "img"
saved: list[str] = []


def settle(loop: QEventLoop, condition: Callable[[], bool] = lambda: True, s: float = 5) -> None:
    deadline = time.monotonic() + s
    while not condition() and time.monotonic() < deadline:
        loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    for _ in range(20):  # let late repaints land
        loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)


def save(widget: QWidget, name: str) -> None:
    widget.grab().save(str(OUT / name))
    saved.append(name)


def wizard_pages(loop: QEventLoop, work: Path) -> None:
    from tests.helpers.vaults import TEST_KDF
    from tjdesk.vault import vault
    from ui.context import AppContext
    from ui.wizard.wizard import FirstRunWizard

    wizard = FirstRunWizard(AppContext(work / "new-vault", language="en"), kdf=TEST_KDF)
    wizard.show()
    settle(loop, wizard.isVisible)
    wizard.next()  # language -> shelter
    wizard.shelter_page.name_edit.setText("Counseling room 1")
    settle(loop)
    save(wizard, "install-wizard-shelter.png")
    wizard.next()
    page = wizard.admin_page
    page.name_edit.setText("admin")
    page.password_edit.setText("correct horse battery")
    page.confirm_edit.setText("correct horse battery")
    settle(loop)
    save(wizard, "install-wizard-admin.png")
    # The recovery-key page as it looks after "Create the vault", with a throwaway key.
    key = vault.create(work / "shown", "Counseling room 1", "admin", "x" * 12, "en", TEST_KDF)
    wizard.key_page.show_key(key)
    wizard.admin_page.created = True
    wizard.next()
    settle(loop)
    save(wizard, "install-wizard-recovery-key.png")
    wizard.key_page.stored.setChecked(True)
    wizard.done(0)


def alarm_screens(loop: QEventLoop, work: Path) -> None:
    from tests.helpers.vaults import make_vault
    from tests.ui.alarm.alarm_fakes import FakeAlarmService
    from tests.ui.alarm.conftest import make_controller
    from ui.alarm.settings import AlarmSettings
    from ui.context import AppContext
    from ui.main_window import MainWindow

    made = make_vault(work / "vault", shelter_name="Counseling room 1")
    made.close()
    service = FakeAlarmService()
    alarm = make_controller(service, work / "alarm")
    alarm.start()
    settle(loop, lambda: alarm.available)
    ctx = AppContext(work / "vault", alarm=alarm, language="en")
    window = MainWindow(ctx)
    window.resize(1000, 680)
    window.show()
    window.sign_in.form.name_edit.setText("admin")
    window.sign_in.form.password_edit.setText(made.password)
    window.sign_in.form.submit_button.click()
    settle(loop, lambda: window.current_screen is window.workspace, 20)

    def made_up_ports() -> list[dict[str, str]]:
        return [
            {
                "port": "COM3" if sys.platform == "win32" else "/dev/ttyACM0",
                "description": "TJ Desk panic box (Raspberry Pi Pico)",
                "usb_id": "2E8A:000A E6614C311B5A8F2C",
                "spec": "panicbox:/dev/ttyACM0",
            }
        ]

    settings = AlarmSettings(ctx, list_ports=made_up_ports)
    settings.resize(760, 640)
    settings.show()
    settings.room.setText("Counseling room 1")
    settings.refresh_ports()
    settle(loop)
    save(settings, "install-alarm-settings.png")
    settings.close()

    workspace = window.workspace
    for index in range(workspace.count()):
        if workspace.widget(index).property("tjdesk_area") == "alarm":
            workspace.setCurrentIndex(index)
    settle(loop, s=1)
    save(window, "install-alarm-area.png")
    window.close()
    alarm.close()


def main() -> int:
    from ui.app import create_application

    app = create_application()  # kept alive for the whole run
    app.setQuitOnLastWindowClosed(False)
    loop = QEventLoop()
    with tempfile.TemporaryDirectory(prefix="tjdesk-install-shots-") as tmp:
        wizard_pages(loop, Path(tmp) / "wizard")
        alarm_screens(loop, Path(tmp) / "alarm")
    print("saved in docs/img: " + ", ".join(saved))
    return 0


if __name__ == "__main__":
    sys.exit(main())
