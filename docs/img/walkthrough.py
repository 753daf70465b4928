"""Walk the real app as every role and grab each main screen and dialog (for a person to look at).

Runs the app as `tjdesk` does (start_gui: the saved language, the app's style and fonts, the
real alarm link) on a throwaway vault, under a virtual display. Not a test: it asserts nothing;
it leaves PNGs (LANG-NN-user-screen.png) for a person to look at, as issue 17 asks.

    apt-get install -y xvfb libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
        libxcb-render-util0 libxkbcommon-x11-0 libxcb-xinerama0 libxcb-randr0 libxcb-shape0
    export HOME=$(mktemp -d) XDG_RUNTIME_DIR=$(mktemp -d)   # settings, socket: throwaway
    V=$HOME/vault; P="Walk-through pass 2026"
    printf '%s\n%s\n' "$P" "$P" | .venv/bin/tjdesk init --vault $V --admin admin \
        --display-name "Anong Admin" --shelter "Demo shelter" --recovery-key-out $HOME/rk.txt \
        --password-stdin
    for u in "somsri social_worker" "nok nurse" "dao director" "rita reception"; do set -- $u
        printf '%s\n%s\n%s\n' "$P" "$P" "$P" | .venv/bin/tjdesk user add $1 --role $2 \
            --vault $V --user admin --password-stdin; done
    Xvfb :57 -screen 0 1366x768x24 -nolisten tcp &
    .venv/bin/tjdesk alarm serve --device sim: --room "Counseling room 1" &
    DISPLAY=:57 QT_QPA_PLATFORM=xcb .venv/bin/python docs/img/walkthrough.py th $V shots
    DISPLAY=:57 QT_QPA_PLATFORM=xcb .venv/bin/python docs/img/walkthrough.py en $V shots

Each user's first sign-in chooses their own password (shot too); they are kept in
passwords.json beside the vault for the next run. The social worker opens a case (identity
typed in the form) and records a session, raises and acknowledges an alarm; the receptionist
records a visit. Stop the alarm service and Xvfb afterwards.
"""

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget  # noqa: E402
from shiboken6 import isValid  # noqa: E402

LANG = sys.argv[1]
VAULT = Path(sys.argv[2])
OUT = Path(sys.argv[3])
PASSWORD = "Walk-through pass 2026"
OWN = "Own walk password 2026"  # noqa: E501
import json  # noqa: E402

PWFILE = VAULT.parent / "passwords.json"
PW = json.loads(PWFILE.read_text()) if PWFILE.exists() else {}
OUT.mkdir(parents=True, exist_ok=True)
USERS = sys.argv[4].split(",") if len(sys.argv) > 4 else ["admin", "somsri", "nok", "dao", "rita"]

from ui import i18n  # noqa: E402
from ui.app import create_application, start_gui  # noqa: E402

app = create_application()
i18n.save_language(LANG)
gui = start_gui(VAULT)
window = gui.window
loop = QEventLoop()


def pump(seconds=0.5, cond=lambda: False):
    end = time.monotonic() + seconds
    while time.monotonic() < end and not cond():
        loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    for _ in range(10):
        loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)


n = [0]


def shot(name):
    n[0] += 1
    pump(0.4)
    img = QGuiApplication.primaryScreen().grabWindow(0)
    path = OUT / f"{LANG}-{n[0]:02d}-{name}.png"
    img.save(str(path))
    print("shot", path.name, flush=True)


def close_dialogs():
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QDialog) and w.isVisible():
            w.reject()
    pump(0.3)


window.setGeometry(0, 0, 1366, 768)
window.show()
pump(3, lambda: window.isVisible())
pump(1.5)
shot("sign-in")


def sign_in(name):
    form = (
        window.sign_in.form if window.current_screen is window.sign_in else window.lock_screen.form
    )
    if hasattr(form, "name_edit"):
        form.name_edit.setText(name)
    form.password_edit.setText(PW.get(name, PASSWORD))
    form.submit_button.click()
    screen = window.sign_in if window.current_screen is window.sign_in else window.lock_screen
    choose = getattr(screen, "choose", None)
    pump(
        30,
        lambda: (
            window.current_screen is window.workspace or (choose is not None and choose.isVisible())
        ),
    )
    if choose is not None and choose.isVisible():
        pump(0.5)
        shot(f"{name}-choose-password")
        choose.new_edit.setText(OWN)
        choose.again_edit.setText(OWN)
        choose.save_button.click()
        pump(30, lambda: window.current_screen is window.workspace)
        PW[name] = OWN
        PWFILE.write_text(json.dumps(PW))
    pump(1.5)


def walk_tabs(prefix, tabs):
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        pump(0.8)
        shot(f"{prefix}-tab{i}")
        inner = tabs.widget(i).findChild(QTabWidget)
        if inner is not None and inner.isVisible():
            for j in range(1, inner.count()):
                inner.setCurrentIndex(j)
                pump(0.8)
                shot(f"{prefix}-tab{i}.{j}")
            inner.setCurrentIndex(0)


from tjdesk.policy import Area  # noqa: E402


def show_area(area):
    tabs = window.workspace
    for i in range(tabs.count()):
        w = tabs.widget(i)
        if w is area or w.isAncestorOf(area):
            tabs.setCurrentIndex(i)
            pump(0.6)
            return


for index, user in enumerate(USERS):
    if index:
        window.lock()
        pump(0.5)
        window.lock_screen.switch_button.click()
        pump(0.5)
    sign_in(user)
    if window.current_screen is not window.workspace:
        shot(f"{user}-SIGNIN-FAILED")
        continue
    walk_tabs(user, window.workspace)
    cases = window.areas.get(Area.SESSIONS)
    if cases is not None and hasattr(cases, "open_case"):
        show_area(cases)
        cases.tabs.setCurrentWidget(cases.cases_view)
        pump(1.0)
        shot(f"{user}-cases-list")
        if user == "somsri":
            from PySide6.QtCore import QDate, QTime

            d = cases.open_case(None)
            pump(3, lambda d=d: d._ready)
            d.nickname.setText("นกเขา" if LANG == "th" else "Dove")
            d.real_name.setText("สมหญิง ใจดี" if LANG == "th" else "Somying Jaidee")
            d.contacts.setText("081 234 5678")
            d.location.setText("ห้อง 4" if LANG == "th" else "Room 4")
            d.next_step.setText("นัดพบนักกฎหมาย" if LANG == "th" else "Meet the lawyer")
            shot(f"{user}-new-case-filled")
            d.save()
            pump(5, lambda d=d: not isValid(d) or not d.isVisible())
            pump(1.0)
            shot(f"{user}-case-saved")
            s2 = cases.open_session(None)
            pump(3, lambda s2=s2: s2._ready)
            s2.case_box.setCurrentIndex(1)
            s2.day.setDate(QDate.currentDate().addDays(-1))
            s2.starts.setTime(QTime(10, 0))
            s2.ends.setTime(QTime(11, 0))
            s2.room.setText("ห้องให้คำปรึกษา 1" if LANG == "th" else "Counselling room 1")
            s2.contact.setCurrentIndex(1)
            from tjdesk.policy import Section

            if Section.NOTES in s2.editors:
                s2.editors[Section.NOTES].text.setPlainText(
                    "เล่าว่าถูกยึดหนังสือเดินทาง" if LANG == "th" else "Says her passport was taken"
                )
            shot(f"{user}-new-session-filled")
            s2.save()
            pump(5, lambda s2=s2: not isValid(s2) or not s2.isVisible())
            pump(1.0)
            shot(f"{user}-session-saved")
        if True:
            try:
                d = cases.open_case(None)
                pump(2.0)
                shot(f"{user}-new-case")
                close_dialogs()
                d = cases.open_session(None)
                pump(2.0)
                shot(f"{user}-new-session")
                close_dialogs()
            except Exception as e:
                print("dialog error", user, e)
        model = cases.cases_model
        if model.rowCount():
            cases.cases_view.selectRow(0)
            case_id = model.data(model.index(0, 0), 256)
            d = cases.open_case(case_id)
            pump(2.0)
            shot(f"{user}-case-open")
            if (
                getattr(d, "show_identity_button", None) is not None
                and d.show_identity_button.isVisible()
            ):
                d.show_identity_button.click()
                pump(1.5)
                shot(f"{user}-case-identity")
            close_dialogs()
        smodel = cases.sessions_model
        cases.tabs.setCurrentWidget(cases.sessions_view)
        pump(0.5)
        if smodel.rowCount():
            from ui.cases.session_dialog import SessionDialog

            sid = smodel.data(smodel.index(0, 0), 256)
            d = SessionDialog(window.ctx.worker, window.ctx.user, session_id=sid, parent=cases)
            d.open()
            pump(2.0)
            shot(f"{user}-session-open")
            close_dialogs()
    visitors = window.areas.get(Area.VISITORS)
    if visitors is not None and hasattr(visitors, "new_visit"):
        show_area(visitors)
        visitors.new_visit()
        pump(1.0)
        shot(f"{user}-new-visit")
        close_dialogs()
        if user == "rita":
            visitors.new_visit()
            pump(0.8)
            d = visitors.dialog
            d.organisation.setText("มูลนิธิเพื่อนหญิง" if LANG == "th" else "Friends of Women Foundation")
            d.purpose.setText("ศึกษาดูงาน" if LANG == "th" else "Study visit")
            d.count.setValue(3)
            d.host.setText("Dao D")
            d.names.setPlainText("Jane Doe; UNODC\nสมชาย ดี")
            shot(f"{user}-visit-filled")
            d.submit()
            pump(3, lambda d=d: not isValid(d) or not d.isVisible())
            pump(1.0)
            shot(f"{user}-visits-list")
        if not visitors.templates_button.isHidden():
            visitors.edit_templates()
            pump(2.0)
            shot(f"{user}-rule-sheets")
            close_dialogs()
        if not visitors.settings_button.isHidden():
            visitors.edit_settings()
            pump(1.0)
            shot(f"{user}-visitor-settings")
            close_dialogs()
        visitors.print_blank()
        pump(1.5)
        shot(f"{user}-print-sheets")
        close_dialogs()
    if user == "somsri":
        alarm = window.ctx.alarm
        alarm.raise_alarm("UI")
        pump(3.0)
        shot(f"{user}-alarm-raised")
        window.lock()
        pump(1.0)
        shot(f"{user}-alarm-locked")
        window.lock_screen.switch_button.click()
        pump(0.5)
        sign_in(user)
        alarm.acknowledge(user)
        pump(2.0)
        shot(f"{user}-alarm-acknowledged")
        alarm_area = window.areas.get(Area.ALARM)
        if alarm_area is not None:
            show_area(alarm_area)
            pump(1.0)
            shot(f"{user}-alarm-area-open-alarm")
    if index == 0:
        window.lock()
        pump(0.8)
        shot("lock-screen")
        window.lock_screen.switch_button.click()
        pump(0.5)
        sign_in(user)
        window.quick_hide()
        pump(0.5)
        shot("quick-hide")
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        QTest.keyClick(window.neutral, Qt.Key.Key_Return)
        pump(0.5)
        shot("after-hide")

window.lock()
pump(0.5)
window.close()
pump(0.5)
print("done", flush=True)
app.quit()
