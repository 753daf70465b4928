"""``tjdesk alarm serve|test|status|stop``: the alarm service and its checks from a terminal.

No Qt here: the service must start fast and headless (at login, before anyone signs in).
"""

from __future__ import annotations

import argparse
import getpass
import json
import queue
import sys
import threading
import time
from pathlib import Path
from typing import Any

from tjdesk.alarm import paths
from tjdesk.alarm.client import AlarmClient, AlarmServiceUnavailable
from tjdesk.alarm.engine import (
    DRILL_LENGTH_MESSAGE,
    MAX_DRILL_SECONDS,
    MIN_DRILL_SECONDS,
    AlarmRefused,
)
from tjdesk.errors import InvalidInput
from tjdesk.i18n import QT_TRANSLATE_NOOP, fill

DEFAULT_DRILL_S = 30


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "alarm",
        help=QT_TRANSLATE_NOOP("cli", "the panic alarm service: serve, test, status, stop"),
        description=QT_TRANSLATE_NOOP(
            "cli",
            "The panic alarm runs in its own process. 'serve' is that process; the app "
            "starts it if it is not running.",
        ),
    )
    sub = parser.add_subparsers(dest="alarm_command", metavar="ACTION", required=True)

    def folder_option(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--alarm-dir",
            metavar="DIR",
            help=QT_TRANSLATE_NOOP("cli", "the alarm folder (default: the user data folder)"),
        )

    serve = sub.add_parser(
        "serve",
        help=QT_TRANSLATE_NOOP("cli", "run the alarm service (one JSON line per event)"),
    )
    serve.add_argument(
        "--device",
        metavar="SPEC",
        action="append",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "a device, e.g. panicbox:/dev/ttyACM0 or sim: (repeat for more; "
            "default: the devices in alarm.json)",
        ),
    )
    serve.add_argument("--room", metavar="NAME", help=QT_TRANSLATE_NOOP("cli", "the room's name"))
    serve.add_argument(
        "--network",
        metavar="STATION_DIR",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "join the shelter's alarm network with this station folder (from 'tjdesk network "
            "add-station'; default: the one in alarm.json)",
        ),
    )
    folder_option(serve)
    serve.set_defaults(func=_serve)

    test = sub.add_parser(
        "test", help=QT_TRANSLATE_NOOP("cli", "run a drill on one device and report what it saw")
    )
    test.add_argument("--device", metavar="SPEC", required=True)
    test.add_argument(
        "--seconds",
        type=int,
        default=DEFAULT_DRILL_S,
        help=QT_TRANSLATE_NOOP("cli", "how long to wait for a press (default 30)"),
    )
    folder_option(test)
    test.set_defaults(func=_test)

    status = sub.add_parser("status", help=QT_TRANSLATE_NOOP("cli", "show the alarm's state"))
    status.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "as JSON"))
    folder_option(status)
    status.set_defaults(func=_status)

    stop = sub.add_parser(
        "stop",
        help=QT_TRANSLATE_NOOP("cli", "stop the service (the room is unprotected until it runs)"),
    )
    stop.add_argument(
        "--user",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "who stops it: signs in to the vault and signs the request (needed wherever "
            "the vault has exported its staff roster)",
        ),
    )
    stop.add_argument(
        "--vault",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=QT_TRANSLATE_NOOP("cli", "the vault folder (default: the user data folder)"),
    )
    stop.add_argument(
        "--password-stdin",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "read the password from standard input"),
    )
    folder_option(stop)
    stop.set_defaults(func=_stop)


def _folder(args: argparse.Namespace) -> Path:
    return paths.alarm_dir(getattr(args, "alarm_dir", None))


def _serve(args: argparse.Namespace) -> int:
    from tjdesk.alarm.service import serve

    return serve(_folder(args), devices=args.device, room=args.room, network=args.network)


class _Inbox:
    """Events from a client (receiver thread) to this command's thread."""

    def __init__(self) -> None:
        self.events: queue.Queue[dict[str, Any] | None] = queue.Queue()

    def on_event(self, event: dict[str, Any]) -> None:
        self.events.put(event)

    def on_disconnected(self) -> None:
        self.events.put(None)

    def wait_for(self, kinds: set[str], timeout_s: float) -> dict[str, Any] | None:
        """The next event of one of ``kinds``; None on timeout or disconnect."""
        deadline = time.monotonic() + timeout_s
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            try:
                event = self.events.get(timeout=left)
            except queue.Empty:
                return None
            if event is None:
                return None
            if event.get("event") in kinds:
                return event


def _connect(folder: Path) -> tuple[AlarmClient, _Inbox]:
    inbox = _Inbox()
    client = AlarmClient(folder, on_event=inbox.on_event, on_disconnected=inbox.on_disconnected)
    client.connect(timeout_s=2.0)
    return client, inbox


def _status(args: argparse.Namespace) -> int:
    client, inbox = _connect(_folder(args))
    try:
        client.request_status()
        status = inbox.wait_for({"status"}, 5.0)
    finally:
        client.close()
    if status is None:
        raise AlarmServiceUnavailable(QT_TRANSLATE_NOOP("alarm", "The alarm is not running."))
    if args.json:
        print(json.dumps(status, ensure_ascii=False, indent=2))
    else:
        print(describe_status(status))
    return 0 if status.get("protected") else 2


def describe_status(status: dict[str, Any]) -> str:
    lines = [
        fill(QT_TRANSLATE_NOOP("cli", "State: %1"), status.get("state")),
        fill(QT_TRANSLATE_NOOP("cli", "Room: %1"), status.get("room") or "-"),
        QT_TRANSLATE_NOOP("cli", "Protected: yes")
        if status.get("protected")
        else QT_TRANSLATE_NOOP("cli", "Protected: NO - the room is not protected"),
        QT_TRANSLATE_NOOP("cli", "Silent: yes")
        if status.get("silent")
        else QT_TRANSLATE_NOOP("cli", "Silent: no (audible)"),
    ]
    alarm = status.get("alarm")
    if alarm:
        lines.append(
            fill(
                QT_TRANSLATE_NOOP("cli", "Alarm %1 from %2 at %3"),
                alarm["id"],
                alarm["source"],
                alarm["at"],
            )
        )
        if alarm.get("acknowledged_by"):
            lines.append(
                fill(QT_TRANSLATE_NOOP("cli", "Acknowledged by %1"), alarm["acknowledged_by"])
            )
        if alarm.get("escalation"):
            lines.append(fill(QT_TRANSLATE_NOOP("cli", "Escalated: step %1"), alarm["escalation"]))
    for device in status.get("devices", []):
        faults = ", ".join(device.get("faults") or []) or QT_TRANSLATE_NOOP("cli", "none")
        state = (
            QT_TRANSLATE_NOOP("cli", "connected")
            if device.get("connected")
            else QT_TRANSLATE_NOOP("cli", "NOT connected")
        )
        lines.append(
            fill(
                QT_TRANSLATE_NOOP("cli", "Device %1: %2; faults: %3"), device["spec"], state, faults
            )
        )
        if device.get("hint"):
            lines.append("  " + str(device["hint"]))
    if status.get("drill_until"):
        lines.append(fill(QT_TRANSLATE_NOOP("cli", "Drill until %1"), status["drill_until"]))
    lines.append(
        fill(
            QT_TRANSLATE_NOOP("cli", "Last drill: %1"),
            status.get("last_drill_at") or QT_TRANSLATE_NOOP("cli", "never"),
        )
    )
    lines.append(fill(QT_TRANSLATE_NOOP("cli", "Service process: %1"), status.get("service_pid")))
    return "\n".join(lines)


def _error_event_text(event: dict[str, Any]) -> str:
    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate("alarm", str(event.get("message") or ""))
    return fill(text, *(event.get("args") or [])) or str(event.get("text") or "")


def _stop(args: argparse.Namespace) -> int:
    folder = _folder(args)
    signer = _sign_in_for_alarm(args, folder) if args.user else None
    client, inbox = _connect(folder)
    client.signer = signer  # the service checks the signature against the staff roster
    user = (args.user or getpass.getuser()).strip()
    client.stop_service(user)
    ended = inbox.wait_for({"service_stopped", "error"}, 10.0)
    client.close()
    if ended is not None and ended.get("event") == "error":
        # Refused (an alarm is open): the service's own reason, in the user's language.
        print("tjdesk: " + _error_event_text(ended), file=sys.stderr)
        return 1
    if ended is None:
        print("tjdesk: the alarm service did not confirm that it stopped", file=sys.stderr)
        return 1
    print("The alarm service stopped. The room is NOT protected until it runs again.")
    return 0


def _sign_in_for_alarm(args: argparse.Namespace, folder: Path) -> Any:
    """Sign ``--user`` in to the vault (loaded only here: ``serve`` never loads vault code)
    and refresh the staff roster in the alarm folder; returns who signs."""
    from tjdesk.alarm.staff_roster import export_roster
    from ui.commands._signin import PasswordReader, sign_in

    unlocked = sign_in(args, PasswordReader.for_args(args))
    db = unlocked.open_database()
    try:
        export_roster(db, folder)
    finally:
        db.close()
    return unlocked.signed_in


def _test(args: argparse.Namespace) -> int:
    if not MIN_DRILL_SECONDS <= args.seconds <= MAX_DRILL_SECONDS:
        raise AlarmRefused(DRILL_LENGTH_MESSAGE, MIN_DRILL_SECONDS, MAX_DRILL_SECONDS // 60)
    folder = _folder(args)
    from tjdesk.alarm.config import check_device_spec

    spec = check_device_spec(args.device)
    user = getpass.getuser()
    try:
        client, inbox = _connect(folder)
    except AlarmServiceUnavailable:
        return _test_standalone(folder, spec, args.seconds, user)
    try:
        return _test_through_service(client, inbox, spec, args.seconds, user)
    finally:
        client.close()


def _test_through_service(
    client: AlarmClient, inbox: _Inbox, spec: str, seconds: int, user: str
) -> int:
    client.request_status()
    status = inbox.wait_for({"status"}, 5.0) or {}
    specs = [d.get("spec") for d in status.get("devices", [])]
    if spec not in specs:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "The running alarm service does not serve %1; it serves: %2"
            ),
            spec,
            ", ".join(str(s) for s in specs) or "-",
        )
    print(
        fill(
            QT_TRANSLATE_NOOP(
                "cli", "Drill on %1 for %2 s (through the running service): press the button now."
            ),
            spec,
            seconds,
        )
    )
    client.start_drill(user, seconds)
    return _report(inbox, spec, seconds, client.request_status, lambda: client.stop_drill(user))


def _test_standalone(folder: Path, spec: str, seconds: int, user: str) -> int:
    from tjdesk.alarm.service import AlarmService

    inbox = _Inbox()
    service = AlarmService(folder, devices=[spec], out=_LineSink(inbox))
    service.start()
    try:
        print(
            fill(
                QT_TRANSLATE_NOOP("cli", "Drill on %1 for %2 s: press the button now."),
                spec,
                seconds,
            )
        )
        service.engine.start_drill(user, seconds)
        _press_if_simulated(service, spec)
        return _report(
            inbox,
            spec,
            seconds,
            lambda: inbox.on_event(service.status()),
            lambda: service.engine.stop_drill(user),
        )
    finally:
        service.stop()


def _press_if_simulated(service: Any, spec: str) -> None:
    # A sim: device has nobody to press it: it presses itself, so `alarm test --device sim:`
    # checks the whole path end to end.
    if not spec.startswith("sim:"):
        return
    for driver in service.engine.drivers:
        press = getattr(driver, "press", None)
        if callable(press):
            threading.Timer(0.2, press).start()


class _LineSink:
    """A stdout stand-in: the service's JSON lines become events in the inbox."""

    def __init__(self, inbox: _Inbox) -> None:
        self.inbox = inbox

    def write(self, text: str) -> int:
        for line in text.splitlines():
            if line.strip():
                self.inbox.on_event(json.loads(line))
        return len(text)

    def flush(self) -> None:
        return None


def _report(inbox: _Inbox, spec: str, seconds: int, ask_status: Any, stop_drill: Any) -> int:
    started = time.monotonic()
    press = inbox.wait_for({"test_press", "alarm"}, seconds + 1.0)
    waited = time.monotonic() - started
    if press is not None and press.get("event") == "test_press":
        stop_drill()
    ask_status()
    status = inbox.wait_for({"status"}, 5.0) or {}
    device = next((d for d in status.get("devices", []) if d.get("spec") == spec), {})
    print(
        fill(
            QT_TRANSLATE_NOOP("cli", "Connected: %1"),
            QT_TRANSLATE_NOOP("cli", "yes")
            if device.get("connected")
            else QT_TRANSLATE_NOOP("cli", "NO"),
        )
    )
    print(
        fill(
            QT_TRANSLATE_NOOP("cli", "Faults: %1"),
            ", ".join(device.get("faults") or []) or QT_TRANSLATE_NOOP("cli", "none"),
        )
    )
    if device.get("hint"):
        print(fill(QT_TRANSLATE_NOOP("cli", "Hint: %1"), device["hint"]))
    if press is None:
        print(fill(QT_TRANSLATE_NOOP("cli", "No press was seen in %1 s."), seconds))
        return 2
    if press.get("event") == "alarm":
        print("A REAL alarm was raised (the device was not in its drill window). Reset it.")
        return 1
    print(
        fill(
            QT_TRANSLATE_NOOP("cli", "Press seen after %1 s from %2; logged as a test."),
            f"{waited:.1f}",
            press.get("device") or press.get("source"),
        )
    )
    light = device.get("light")
    if light:
        confirmed = (
            QT_TRANSLATE_NOOP("cli", "confirmed by the device")
            if device.get("confirmed")
            else QT_TRANSLATE_NOOP("cli", "as commanded")
        )
        print(fill(QT_TRANSLATE_NOOP("cli", "Light: %1 (%2)"), light, confirmed))
    return 0 if device.get("connected") and not device.get("faults") else 1
