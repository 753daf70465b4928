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
        from datetime import UTC, date, datetime, timedelta

        from tjdesk.cases.codes import ContactType, RiskLevel
        from tjdesk.cases.records import SessionForm
        from tjdesk.cases.session_service import create_session

        now = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
        demo = (
            (
                CaseType.TRAFFICKING,
                "Dao",
                Nationality.MYANMAR,
                ContactType.IN_PERSON,
                RiskLevel.HIGH,
            ),
            (
                CaseType.DOMESTIC_VIOLENCE,
                "Fah",
                Nationality.THAI,
                ContactType.HOTLINE_CALL,
                RiskLevel.MEDIUM,
            ),
            (
                CaseType.CHILD_ABUSE,
                "Mali",
                Nationality.LAO,
                ContactType.SHELTER_FOLLOW_UP,
                RiskLevel.LOW,
            ),
        )
        for days, (case_type, nickname, nationality, contact, risk) in enumerate(demo, 1):
            form = CaseForm(case_type=case_type, nickname=nickname, nationality=nationality)
            case_id = worker.call(lambda db, f=form: create_case(db, actor, f))
            starts = now - timedelta(days=days)
            session = SessionForm(
                case_id=case_id,
                starts_at=starts,
                ends_at=starts + timedelta(minutes=50),
                contact_type=contact,
                room="Counseling room 1",
                counselor_ids=[actor.id],
                risk_level=risk,
                follow_up_on=date.today() + timedelta(days=7 * days),
            )
            worker.call(lambda db, f=session: create_session(db, actor, f))
    except Exception as err:  # noqa: BLE001 - screenshots without cases are still useful
        print(f"(no demo cases: {type(err).__name__}: {err})")


def main() -> int:
    app = create_application()  # kept alive for the whole run
    app.setQuitOnLastWindowClosed(False)
    loop = QEventLoop()
    folder = Path(tempfile.mkdtemp(prefix="tjdesk-shots-")) / "vault"
    made = make_vault(
        folder,
        users=[("somsri", Role.SOCIAL_WORKER), ("nok", Role.NURSE)],
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
