"""``tjdesk --self-test``: prove that this installation works, touching nothing real.

Run by the installers after copying the program, by the release checklist on the built
bundle, and by anyone who wonders whether a PC is ready. Each check exercises one piece the
way the app does, through the same modules, and prints one line. The exit code is 0 only if
every check passed.

Nothing real is touched: the vault is a throwaway one, made in a temporary folder that is
deleted at the end; the alarm is the ``sim:`` device, never a serial port, and the alarm service
checked is a throwaway one in its own folder, never the one that protects the room; the rule
sheet holds only the shipped wording. No client data exists here at all.

It runs offscreen (no window is shown, and no display or X libraries are needed), so it also
works over SSH and on a PC where the screen libraries are still missing.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import queue
import secrets
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from tjdesk.i18n import QT_TRANSLATE_NOOP

# How long the sim alarm may take to light its light before the check fails. Generous: the
# self-test runs on slow, busy office PCs; the real figure is in `make bench`.
ALARM_WAIT_S = 5.0
# The throwaway alarm service is a new process of this program: on a slow PC it may take a
# while to start.
SERVICE_WAIT_S = 30.0


# The first word of each line.
PASSED = QT_TRANSLATE_NOOP("SelfTest", "ok")
FAILED = QT_TRANSLATE_NOOP("SelfTest", "FAIL")
SKIPPED = QT_TRANSLATE_NOOP("SelfTest", "skip")


def tr(text: str) -> str:
    """Translate a string already marked with QT_TRANSLATE_NOOP("SelfTest", ...)."""
    return QCoreApplication.translate("SelfTest", text)


class CheckFailed(Exception):
    """A check ran but found something wrong; the message says what (never client data).

    ``message`` is an English source string marked QT_TRANSLATE_NOOP("SelfTest", ...) with
    %1 for ``value``; it is translated when printed.
    """

    def __init__(self, message: str, value: object = "") -> None:
        super().__init__(message)
        self.message = message
        self.value = value

    def __str__(self) -> str:
        return tr(self.message).replace("%1", str(self.value))


class CheckSkipped(Exception):
    """A check that cannot run safely here; the message says why. Not a failure."""


@dataclass(frozen=True)
class Check:
    name: str  # English source string, context "SelfTest"
    run: Callable[[Path], str]  # returns a short detail for the PASS line; raises on failure


# --- the checks ---------------------------------------------------------------------------


def check_qt(_work: Path) -> str:
    from PySide6.QtCore import QLibraryInfo, qVersion

    # Qt finds its plugins (screen, image formats, printing) from its prefix; a bundle whose
    # prefix was not relocated (packaging/rthooks) would look in a folder that is not there.
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    if not (plugins / "platforms").is_dir():
        raise CheckFailed(
            QT_TRANSLATE_NOOP("SelfTest", "Qt's plugins are not where Qt looks for them (%1)"),
            plugins,
        )
    return f"Qt {qVersion()}"


def check_fonts(_work: Path) -> str:
    from ui.fonts import MONO_FAMILY, TEXT_FAMILIES, register_fonts

    families = register_fonts()
    missing = [family for family in (*TEXT_FAMILIES, MONO_FAMILY) if family not in families]
    if missing:
        raise CheckFailed(
            QT_TRANSLATE_NOOP("SelfTest", "a bundled font was not registered: %1"),
            ", ".join(missing),
        )
    return ", ".join(families)


def check_vault(work: Path) -> str:
    from tjdesk.vault import vault
    from tjdesk.vault.kdf import FLOOR

    folder = work / "vault"
    password = secrets.token_urlsafe(24)
    # FLOOR is the weakest setting a real vault may use (never lower); tuning would only add
    # seconds to a vault that lives for one second.
    vault.create(folder, "Self-test", "selftest", password, "en", kdf=FLOOR)
    unlocked = vault.unlock(folder, "selftest", password)
    token = secrets.token_hex(16)
    db = unlocked.open_database()
    try:
        with db.transaction():
            db.execute("INSERT INTO settings (key, value) VALUES (?, ?)", ("self_test", token))
        read_back = db.scalar("SELECT value FROM settings WHERE key = ?", ("self_test",))
    finally:
        db.close()
    if read_back != token:
        raise CheckFailed(
            QT_TRANSLATE_NOOP("SelfTest", "the record read back differs from the one written")
        )
    with unlocked.database_path.open("rb") as handle:
        if handle.read(16) == b"SQLite format 3\x00":
            raise CheckFailed(QT_TRANSLATE_NOOP("SelfTest", "the database file is not encrypted"))
    return tr(
        QT_TRANSLATE_NOOP("SelfTest", "created, unlocked, wrote and read one encrypted record")
    )


def check_rule_sheet(work: Path) -> str:
    from tjdesk.thai.wordbreak import ZWSP
    from tjdesk.visits.sheet import SheetRequest, render_sheet
    from tjdesk.visits.template import shipped_template
    from ui.printing import Printable, write_pdf

    templates = {code: shipped_template(code) for code in ("th", "en")}
    sheet = render_sheet(templates, SheetRequest(languages=("th", "en")))
    if ZWSP not in sheet.html:
        # The Thai word list (pythainlp's data) is missing: Thai lines would not wrap.
        raise CheckFailed(QT_TRANSLATE_NOOP("SelfTest", "Thai text was not broken into words"))
    pdf = work / "rule-sheet.pdf"
    write_pdf(Printable(html=sheet.html, job_name="TJ Desk self-test"), pdf)
    data = pdf.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise CheckFailed(QT_TRANSLATE_NOOP("SelfTest", "the file written is not a PDF"))
    if b"TJDeskSansThai" not in data:  # the PostScript name of the bundled Thai face
        raise CheckFailed(
            QT_TRANSLATE_NOOP("SelfTest", "the bundled Thai font is not embedded in the PDF")
        )
    return tr(QT_TRANSLATE_NOOP("SelfTest", "Thai and English, %1 KB PDF")).replace(
        "%1", str(max(1, len(data) // 1024))
    )


def check_serial_support(_work: Path) -> str:
    import serial
    import serial.tools.list_ports

    # loop:// is imported by name at run time, like every pyserial URL handler: a bundle
    # built without them fails here rather than in front of a counselor.
    port = serial.serial_for_url("loop://", timeout=1)
    try:
        port.write(b"PING\n")
        echoed = port.read(5)
    finally:
        port.close()
    if echoed != b"PING\n":
        raise CheckFailed(QT_TRANSLATE_NOOP("SelfTest", "the serial loopback did not echo"))
    count = len(serial.tools.list_ports.comports())
    return tr(QT_TRANSLATE_NOOP("SelfTest", "%1 serial port(s) found on this PC")).replace(
        "%1", str(count)
    )


def check_sim_alarm(_work: Path) -> str:
    from hardware.base import Light
    from hardware.registry import create_driver
    from tjdesk.alarm.engine import AlarmEngine

    driver = create_driver("sim:self-test")
    journal: list[dict[str, object]] = []
    raised = threading.Event()

    def write(entry: dict[str, object]) -> dict[str, object]:
        stored = {**entry, "seq": len(journal) + 1}
        journal.append(stored)
        return stored

    def announce(entry: dict[str, object]) -> None:
        if entry.get("event") == "alarm":
            raised.set()

    engine = AlarmEngine([driver], journal=write, announce=announce)
    driver.start(engine.on_device_event)
    try:
        started = time.monotonic()
        driver.press()  # type: ignore[attr-defined]
        if not raised.wait(ALARM_WAIT_S):
            raise CheckFailed(
                QT_TRANSLATE_NOOP("SelfTest", "a press on the sim button raised no alarm")
            )
        light = driver.status().light
        if light not in (Light.ON, Light.FLASH):
            raise CheckFailed(
                QT_TRANSLATE_NOOP("SelfTest", "the press did not light the light (light is %1)"),
                light,
            )
        elapsed_ms = (time.monotonic() - started) * 1000
    finally:
        driver.stop()
    return tr(QT_TRANSLATE_NOOP("SelfTest", "a press lit the light in %1 ms")).replace(
        "%1", f"{elapsed_ms:.0f}"
    )


def _next_event(events: queue.Queue[dict[str, Any] | None], kind: str) -> dict[str, Any] | None:
    """The next event of ``kind`` from the service, or None if it went away or took too long."""
    deadline = time.monotonic() + SERVICE_WAIT_S
    while (left := deadline - time.monotonic()) > 0:
        try:
            event = events.get(timeout=left)
        except queue.Empty:
            return None
        if event is None:
            return None
        if event.get("event") == kind:
            return event
    return None


def _stopped_or_gone(events: queue.Queue[dict[str, Any] | None]) -> bool:
    """True once the service said it stopped, or its connection closed (Windows ends a
    process at once, with no last word)."""
    deadline = time.monotonic() + SERVICE_WAIT_S
    while (left := deadline - time.monotonic()) > 0:
        try:
            event = events.get(timeout=left)
        except queue.Empty:
            return False
        if event is None or event.get("event") == "service_stopped":
            return True
    return False


def check_alarm_service(work: Path) -> str:
    from tjdesk.alarm import paths
    from tjdesk.alarm.client import AlarmClient
    from tjdesk.alarm.config import AlarmConfig, save_config
    from tjdesk.alarm.launcher import ensure_service_running
    from tjdesk.alarm.single_instance import read_pid

    if sys.platform == "win32":
        # The service's named pipe is one per Windows user, whatever its folder: a second,
        # throwaway service would meet the real one. The in-process check above still ran.
        raise CheckSkipped(
            tr(
                QT_TRANSLATE_NOOP(
                    "SelfTest", "not run on Windows while the real service may be running"
                )
            )
        )
    # Its own folder, socket and key: the real service (if any) is neither seen nor touched.
    folder = work / "alarm"
    save_config(folder, AlarmConfig(devices=("sim:",), room="Self-test"))
    # Started exactly as the app starts it: a separate, detached process of this program.
    ensure_service_running(folder, timeout_s=SERVICE_WAIT_S)
    events: queue.Queue[dict[str, Any] | None] = queue.Queue()
    client = AlarmClient(folder, on_event=events.put, on_disconnected=lambda: events.put(None))
    stopped = False
    try:
        client.connect(timeout_s=SERVICE_WAIT_S)
        client.raise_alarm("UI")
        if _next_event(events, "alarm") is None:
            raise CheckFailed(QT_TRANSLATE_NOOP("SelfTest", "the service did not raise the alarm"))
        client.request_status()
        status = _next_event(events, "status")
        if status is None:
            raise CheckFailed(
                QT_TRANSLATE_NOOP("SelfTest", "the service did not report its status")
            )
        lights = [device.get("light") for device in status.get("devices", [])]
        if not any(light in ("ON", "FL1") for light in lights):
            raise CheckFailed(
                QT_TRANSLATE_NOOP("SelfTest", "the service's light did not come on (%1)"), lights
            )
        # Its alarm is live, and a live alarm's service refuses a client's stop (a real room
        # must never lose its alarm that way); this throwaway service is ours, so it gets the
        # signal an operating system's shutdown sends, which stops it without turning off
        # anything latched.
        pid = read_pid(paths.lock_path(folder))
        if pid is not None:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGTERM)
            stopped = _stopped_or_gone(events)
    finally:
        client.close()
        if not stopped:
            # Never leave a throwaway service behind: it is ours, found by its own pid file.
            pid = read_pid(paths.lock_path(folder))
            if pid is not None:
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGTERM)
    if not stopped:
        raise CheckFailed(
            QT_TRANSLATE_NOOP("SelfTest", "the throwaway alarm service did not stop when asked")
        )
    return tr(QT_TRANSLATE_NOOP("SelfTest", "started, raised and stopped a separate alarm service"))


CHECKS: tuple[Check, ...] = (
    Check(QT_TRANSLATE_NOOP("SelfTest", "Qt"), check_qt),
    Check(QT_TRANSLATE_NOOP("SelfTest", "Thai font"), check_fonts),
    Check(QT_TRANSLATE_NOOP("SelfTest", "Vault"), check_vault),
    Check(QT_TRANSLATE_NOOP("SelfTest", "Rule sheet to PDF"), check_rule_sheet),
    Check(QT_TRANSLATE_NOOP("SelfTest", "Serial ports"), check_serial_support),
    Check(QT_TRANSLATE_NOOP("SelfTest", "Alarm (sim: device)"), check_sim_alarm),
    Check(QT_TRANSLATE_NOOP("SelfTest", "Alarm service"), check_alarm_service),
)


# --- running them -------------------------------------------------------------------------


def _ensure_gui_application() -> None:
    # Fonts and PDF need a QGuiApplication; offscreen, so no display is touched or needed.
    from PySide6.QtGui import QGuiApplication

    if QCoreApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        QGuiApplication(["tjdesk-self-test"])


def run_checks(checks: tuple[Check, ...], out: Callable[[str], None] = print) -> int:
    """Run each check in its own throwaway folder; print one line each; 0 if all passed."""
    failures = 0
    # ignore_cleanup_errors: a service that failed to stop must not hide the report.
    with tempfile.TemporaryDirectory(prefix="tjdesk-self-test-", ignore_cleanup_errors=True) as tmp:
        for index, check in enumerate(checks):
            work = Path(tmp) / str(index)
            work.mkdir()
            try:
                detail = check.run(work)
            except CheckSkipped as skipped:
                out(f"{tr(SKIPPED)}  {tr(check.name)}: {skipped}")
            except Exception as err:  # noqa: BLE001 - every failure becomes one clear line
                failures += 1
                out(f"{tr(FAILED)}  {tr(check.name)}: {type(err).__name__}: {err}")
            else:
                out(f"{tr(PASSED)}    {tr(check.name)}: {detail}")
    if failures:
        out(
            tr(QT_TRANSLATE_NOOP("SelfTest", "Self-test FAILED: %1 of %2 checks."))
            .replace("%1", str(failures))
            .replace("%2", str(len(checks)))
        )
        return 1
    out(
        tr(QT_TRANSLATE_NOOP("SelfTest", "Self-test passed: %1 checks.")).replace(
            "%1", str(len(checks))
        )
    )
    return 0


def run_self_test(args: argparse.Namespace | None = None) -> int:
    """Called by ``tjdesk --self-test``. ``--vault`` is ignored: the real vault is never used."""
    _ensure_gui_application()
    return run_checks(CHECKS, out=lambda line: print(line, flush=True))


if __name__ == "__main__":
    sys.exit(run_self_test())
