"""Grab the main screens in Thai, offscreen, for the README (docs/img/*-th.png).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/i18n/thai_screenshots.py [out-folder]

The same made-up vault and stand-in alarm service as docs/img/make_screenshots.py (no hardware,
no real data); every screen is in Thai, dates in the Buddhist Era.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="tjdesk-shots-config-")

from PySide6.QtCore import QEventLoop  # noqa: E402

from tests.helpers.vaults import make_vault  # noqa: E402
from tests.ui.alarm.alarm_fakes import FakeAlarmService  # noqa: E402
from tests.ui.alarm.conftest import make_controller  # noqa: E402
from tjdesk.actors import Role  # noqa: E402
from ui import i18n  # noqa: E402
from ui.app import create_application  # noqa: E402
from ui.context import AppContext  # noqa: E402

sys.path.insert(0, str(REPO / "docs" / "img"))
from make_screenshots import add_demo_cases, wait_for  # noqa: E402

NAMES = ("sign-in-th.png", "main-window-th.png", "lock-screen-th.png", "wizard-th.png")


def main(out: Path) -> int:
    app = create_application()
    app.setQuitOnLastWindowClosed(False)
    i18n.install_language("th")
    loop = QEventLoop()
    folder = Path(tempfile.mkdtemp(prefix="tjdesk-shots-")) / "vault"
    made = make_vault(
        folder,
        users=[("somsri", Role.SOCIAL_WORKER), ("nok", Role.NURSE)],
        shelter_name="Demo shelter",
    )
    add_demo_cases(made, "somsri")
    made.close()
    service = FakeAlarmService(room="ห้องให้คำปรึกษา 1")
    alarm = make_controller(service, folder / "alarm")
    alarm.start()
    wait_for(loop, lambda: alarm.available, 5)

    from ui.main_window import MainWindow

    window = MainWindow(AppContext(folder, alarm=alarm, language="th"))
    window.resize(1100, 700)
    window.show()
    window.sign_in.form.name_edit.setText("somsri")
    wait_for(loop, lambda: window.isVisible(), 2)
    window.grab().save(str(out / NAMES[0]))

    window.sign_in.form.password_edit.setText(made.password)
    window.sign_in.form.submit_button.click()
    wait_for(loop, lambda: window.current_screen is window.workspace)
    wait_for(loop, lambda: False, 1.5)
    window.grab().save(str(out / NAMES[1]))

    window.lock()
    wait_for(loop, lambda: False, 0.3)
    window.grab().save(str(out / NAMES[2]))
    window.close()

    from ui.wizard.wizard import FirstRunWizard

    wizard = FirstRunWizard(AppContext(folder.parent / "new-vault", alarm=alarm, language="th"))
    wizard.show()
    wizard.next()
    wait_for(loop, lambda: False, 0.3)
    wizard.grab().save(str(out / NAMES[3]))
    wizard.close()
    alarm.close()
    print(f"saved {', '.join(NAMES)} in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs" / "img"))
