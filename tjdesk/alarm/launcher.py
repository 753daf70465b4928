"""Start the alarm service if nothing answers, detached from the app that asked.

The service outlives the app (closing the app must not unprotect the room), so it runs in a
new session (Unix) or a detached process group (Windows), with no console and stdout to the
null device; its record is the journal.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from tjdesk.alarm import paths
from tjdesk.alarm.client import AlarmServiceUnavailable, open_connection
from tjdesk.i18n import QT_TRANSLATE_NOOP

_start_lock = threading.Lock()


def is_service_running(alarm_dir: Path | str, timeout_s: float = 1.0) -> bool:
    """True if a service in ``alarm_dir`` answers and accepts our key."""
    try:
        conn = open_connection(Path(alarm_dir), timeout_s)
    except AlarmServiceUnavailable:
        return False
    conn.close()
    return True


def service_command(alarm_dir: Path) -> list[str]:
    if getattr(sys, "frozen", False):  # a PyInstaller build: the executable is the CLI
        return [sys.executable, "alarm", "serve", "--alarm-dir", str(alarm_dir)]
    return [sys.executable, "-m", "ui.cli", "alarm", "serve", "--alarm-dir", str(alarm_dir)]


def ensure_service_running(alarm_dir: Path | str, timeout_s: float = 10.0) -> None:
    """Return once a service answers; start one if none does. Raises
    AlarmServiceUnavailable if it still does not answer after ``timeout_s``."""
    folder = paths.alarm_dir(alarm_dir)
    with _start_lock:
        if is_service_running(folder):
            return
        folder.mkdir(parents=True, exist_ok=True)
        paths.ensure_authkey(folder)  # the service would create it; create it first, 0600
        kwargs: dict[str, object] = {}
        if sys.platform == "win32":
            flags = subprocess.CREATE_NEW_PROCESS_GROUP | subprocess.DETACHED_PROCESS
            kwargs["creationflags"] = flags | subprocess.CREATE_NO_WINDOW
        else:
            kwargs["start_new_session"] = True
        # stderr to a small log beside the journal: a service that will not start says why
        # there (device errors, tracebacks; never client data).
        with open(folder / "service.log", "ab") as log_file:
            process = subprocess.Popen(  # noqa: S603 - our own interpreter and module
                service_command(folder),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=log_file,
                close_fds=True,
                cwd=os.fspath(folder),
                **kwargs,  # type: ignore[call-overload]
            )
        deadline_event = threading.Event()
        waited = 0.0
        step = 0.1
        while waited < timeout_s:
            if is_service_running(folder, timeout_s=1.0):
                return
            if process.poll() is not None and not is_service_running(folder):
                # It exited: another service may have won the race; else it failed.
                if is_service_running(folder):
                    return
                break
            deadline_event.wait(step)
            waited += step
    raise AlarmServiceUnavailable(
        QT_TRANSLATE_NOOP("alarm", "The alarm service did not start. Run: tjdesk alarm serve")
    )
