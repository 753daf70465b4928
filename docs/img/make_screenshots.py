"""Grab the README screenshots from the real app, offscreen, into docs/img/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/img/make_screenshots.py

A throwaway vault (fast Argon2) with made-up staff and cases, and a stand-in alarm service
(the test fake), so no hardware and no real data are involved.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="tjdesk-shots-config-")

from PySide6.QtCore import QEventLoop  # noqa: E402

from tests.helpers.vaults import make_vault  # noqa: E402
from tests.ui.alarm.alarm_fakes import FakeAlarmService  # noqa: E402
from tests.ui.alarm.conftest import make_controller  # noqa: E402
from tjdesk.actors import Role  # noqa: E402
from ui.app import create_application  # noqa: E402
from ui.context import AppContext  # noqa: E402

OUT = REPO / "docs" / "img"


def wait_for(loop: QEventLoop, condition, seconds: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    for _ in range(20):  # let late repaints land
        loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)


def add_demo_cases(made, name: str) -> None:  # type: ignore[no-untyped-def]
    try:
        from tjdesk.cases.case_service import create_case
        from tjdesk.cases.codes import CaseType, Nationality
        from tjdesk.cases.records import CaseForm

        worker = made.worker(name)
        actor = made.handles[name].actor
        for case_type, nickname, nationality in (
            (CaseType.TRAFFICKING, "Dao", Nationality.MYANMAR),
            (CaseType.DOMESTIC_VIOLENCE, "Fah", Nationality.THAI),
            (CaseType.CHILD_ABUSE, "Mali", Nationality.LAO),
        ):
            form = CaseForm(case_type=case_type, nickname=nickname, nationality=nationality)
            worker.call(lambda db, f=form: create_case(db, actor, f))
    except Exception as err:  # noqa: BLE001 - screenshots without cases are still useful
        print(f"(no demo cases: {type(err).__name__}: {err})")


def main() -> int:
    app = create_application()  # kept alive for the whole run
    app.setQuitOnLastWindowClosed(False)
    loop = QEventLoop()
    folder = Path(tempfile.mkdtemp(prefix="tjdesk-shots-")) / "vault"
    made = make_vault(
        folder, users=[("somsri", Role.SOCIAL_WORKER), ("nok", Role.NURSE)],
        shelter_name="Demo shelter",
    )
    add_demo_cases(made, "somsri")
    made.close()
    service = FakeAlarmService()
    alarm = make_controller(service, folder / "alarm")
    alarm.start()
    wait_for(loop, lambda: alarm.available, 5)

    from ui.main_window import MainWindow

    window = MainWindow(AppContext(folder, alarm=alarm, language="en"))
    window.resize(1100, 700)
    window.show()
    window.sign_in.form.name_edit.setText("somsri")
    wait_for(loop, lambda: window.isVisible(), 2)
    window.grab().save(str(OUT / "sign-in.png"))

    window.sign_in.form.password_edit.setText(made.password)
    window.sign_in.form.submit_button.click()
    wait_for(loop, lambda: window.current_screen is window.workspace)
    wait_for(loop, lambda: False, 1.0)
    window.grab().save(str(OUT / "main-window.png"))

    window.lock()
    wait_for(loop, lambda: False, 0.3)
    window.grab().save(str(OUT / "lock-screen.png"))
    window.close()
    alarm.close()
    print(f"saved sign-in.png, main-window.png, lock-screen.png in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
