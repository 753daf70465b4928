"""Issue 18: the sign-in window is painted before the vault, the crypto, the alarm engine and
the rest are loaded, and the screens it does not show are built once it is painted.

In a fresh process (what is loaded depends on what came before), as the app starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.helpers.vaults import MadeVault

ROOT = Path(__file__).resolve().parents[3]

# Loaded by the first sign-in, a search, a printed sheet or the alarm service; never needed
# to show the sign-in window.
NOT_BEFORE_THE_SIGN_IN_WINDOW = (
    "sqlcipher3",
    "cryptography",
    "nacl",
    "argon2",
    "pyrage",
    "pythainlp",
    "platformdirs",
    "tjdesk.vault.vault",
    "tjdesk.audit",
    "tjdesk.alarm.engine",
    "ui.lock.screen",
    "ui.lock.neutral",
    "ui.signin.choose_password",
)

SCRIPT = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from ui.alarm.controller import AlarmController
from ui.app import create_application, start_gui

folder = Path(sys.argv[1])
create_application()

def no_service(*args, **kwargs):
    raise ConnectionRefusedError("no alarm service in this test")

alarm = AlarmController(folder / "alarm", client_factory=no_service, ensure_running=lambda d: None)
alarm.start()
gui = start_gui(folder, alarm=alarm)
report = {}

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "at_paint" not in report:
            report["at_paint"] = sorted(sys.modules)
            report["screen"] = gui.window.current_screen.objectName()
            report["screens_at_paint"] = gui.window.stack.count()
            # After the work the app queued for "once painted" (queued in this same paint).
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, later))
        return False

def later():
    window = gui.window
    report["screens_later"] = window.stack.count()
    window.close()
    gui.app.quit()

watcher = FirstPaint(gui.window)
gui.window.installEventFilter(watcher)
QTimer.singleShot(60_000, gui.app.quit)
gui.app.exec()
print("REPORT " + json.dumps(report))
"""


def test_the_sign_in_window_is_painted_before_the_vault_and_the_rest_load(
    made: MadeVault, tmp_path: Path
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(made.folder)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("REPORT ")]
    assert done.returncode == 0 and lines, done.stderr[-2000:]
    report = json.loads(lines[-1].removeprefix("REPORT "))
    assert report["screen"] == "sign_in_screen"
    loaded = set(report["at_paint"])
    early = [name for name in NOT_BEFORE_THE_SIGN_IN_WINDOW if name in loaded]
    assert early == [], f"loaded before the sign-in window was painted: {early}"
    # The screens it does not show (lock, work area, neutral) are built a moment later, unasked.
    assert report["screens_at_paint"] == 1
    assert report["screens_later"] == 4


def test_the_alarm_screens_do_not_load_the_mqtt_client_or_the_alarm_service() -> None:
    """The Network page and the alarm settings say a number and a sentence the MQTT link and
    the alarm service also use; loading those modules for it cost the signed-in window about
    10 MB (issue 18). The service runs in a process of its own; the GUI talks to it."""
    script = (
        "import sys, ui.alarm.network_page, ui.alarm.settings\n"
        "print([m for m in ('paho', 'tjdesk.alarm.service', 'tjdesk.alarm.network.link')"
        " if m in sys.modules])\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"
