"""The GUI's link to the alarm service: Qt signals in, commands out.

The alarm runs in its own process (``tjdesk alarm serve``). :class:`AlarmController` wraps the
Qt-free ``tjdesk.alarm.client.AlarmClient``: it starts the service if nothing answers (on a
background thread: starting a process must never freeze the screen), forwards every event the
client hears on its receiver thread to the GUI thread through a queued signal, asks for the
status after each change, and notices a service that died or stopped answering. Then it says so
(``service_lost``) and starts the service again, unless a person stopped it on purpose.

A panic raised while the service is unreachable is kept and sent the moment the service
answers again (for a short while only: a stale alarm an hour later would mislead).
"""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot

from tjdesk.alarm.limits import (
    DRILL_LENGTH_MESSAGE,
    MAX_DRILL_SECONDS,
    MIN_DRILL_SECONDS,
    AlarmRefused,
)
from tjdesk.errors import InvalidInput, TJDeskError
from tjdesk.i18n import QT_TRANSLATE_NOOP
from ui.alarm.safe_emit import emit
from ui.alarm.state import AlarmView, describe

RESET_REASONS = ("real", "accidental", "drill")
RAISE_SOURCES = ("UI", "HOTKEY")
PENDING_RAISE_MAX_AGE_S = 120.0
# An alarm with an on-screen source that arrives this soon after our own raise is ours.
RAISED_HERE_WINDOW_S = 30.0

ClientFactory = Callable[..., Any]
EnsureRunning = Callable[[Path], None]


def _default_alarm_dir() -> Path:
    from tjdesk.alarm.paths import alarm_dir

    return Path(alarm_dir())


def _default_client_factory(*args: Any, **kwargs: Any) -> Any:
    from tjdesk.alarm.client import AlarmClient

    return AlarmClient(*args, **kwargs)


def _default_ensure_running(alarm_dir: Path) -> None:
    from tjdesk.alarm.launcher import ensure_service_running

    ensure_service_running(alarm_dir)


def service_error_text(event: dict[str, Any]) -> str:
    """The alarm service's refusal in the user's language, its values (a room, a setting)
    filled in. The service marks every message it sends in the "alarm" context."""
    text = QCoreApplication.translate("alarm", str(event.get("message", "")))
    args = event.get("args")
    for number, arg in enumerate(args if isinstance(args, list) else [], start=1):
        text = text.replace(f"%{number}", str(arg))
    return text


class AlarmController(QObject):
    """Public signals are emitted on the GUI thread only."""

    status_changed = Signal(dict)
    event_received = Signal(dict)
    service_lost = Signal()
    service_restored = Signal()
    # A command could not be carried out; the text is a translated sentence, no client data.
    command_failed = Signal(str)

    # Internal: from the client's and the launcher's threads to the GUI thread (queued).
    _event_arrived = Signal(int, object)
    _link_dropped = Signal(int)
    _connect_finished = Signal(int, object, object)

    def __init__(
        self,
        alarm_dir: Path | str | None = None,
        *,
        client_factory: ClientFactory | None = None,
        ensure_running: EnsureRunning | None = None,
        retry_ms: int = 2000,
        status_poll_ms: int = 5000,
        stale_after_ms: int = 16000,
        connect_timeout_s: float = 2.0,
        discreet_screen: bool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._alarm_dir = Path(alarm_dir) if alarm_dir is not None else None
        self._client_factory = client_factory or _default_client_factory
        self._ensure_running = ensure_running or _default_ensure_running
        self._connect_timeout_s = connect_timeout_s
        self._client: Any = None
        self._signer: Any = None  # tjdesk SignedInUser: signs reset, stop, drill, settings
        self._generation = 0
        self._connecting = False
        self._started = False
        self._ever_connected = False
        self._reported_lost = False
        self._stopped_by: str | None = None
        self._last_heard = 0.0
        self._stale_after_s = stale_after_ms / 1000
        self._pending_raise: tuple[str, float] | None = None
        self._last_raise_at: float | None = None
        self._raised_here = False
        self.status: dict[str, Any] | None = None
        if discreet_screen is None:  # this computer's own setting (ui.alarm.station)
            from ui.alarm.station import load_discreet_setting

            discreet_screen = load_discreet_setting()
        self.discreet_screen = discreet_screen
        self.restart_count = 0
        self._test_presses: list[dict[str, Any]] = []  # in the current drill window
        self.last_error: str | None = None

        self._event_arrived.connect(self._on_event, Qt.ConnectionType.QueuedConnection)
        self._link_dropped.connect(self._on_link_dropped, Qt.ConnectionType.QueuedConnection)
        self._connect_finished.connect(
            self._on_connect_finished, Qt.ConnectionType.QueuedConnection
        )
        self._retry_timer = QTimer(self, singleShot=True, interval=retry_ms)
        self._retry_timer.timeout.connect(self._connect_in_background)
        self._poll_timer = QTimer(self, interval=status_poll_ms)
        self._poll_timer.timeout.connect(self._poll)

    # ----------------------------------------------------------------- state for the screens

    @property
    def alarm_dir(self) -> Path:
        if self._alarm_dir is None:
            self._alarm_dir = _default_alarm_dir()
        return self._alarm_dir

    @property
    def available(self) -> bool:
        """True while the service answers."""
        return self._client is not None and self.status is not None

    @property
    def connecting(self) -> bool:
        return self._connecting

    @property
    def stopped_by(self) -> str | None:
        return self._stopped_by

    @property
    def raised_here(self) -> bool:
        return self._raised_here

    def view(self, *, full: bool = False) -> AlarmView:
        """What the screens show. ``full``: the whole alarm even on a discreet screen (staff
        asked for it deliberately, e.g. to reset on the only computer there is)."""
        return describe(
            available=self.available,
            status=self.status,
            connecting=self._connecting and not self._ever_connected,
            stopped_by=self._stopped_by,
            raised_here=self._raised_here and not full,
            discreet_screen=self.discreet_screen and not full,
            test_presses=tuple(self._test_presses),
        )

    def set_discreet_screen(self, discreet: bool) -> None:
        """This screen can be seen from inside the counseling room (see ui.alarm.state)."""
        self.discreet_screen = discreet
        if self.status is not None:
            emit(self.status_changed, self.status)

    # ------------------------------------------------------------------------ life cycle

    def start(self) -> None:
        """Make sure the service runs and connect to it; keep doing so if it dies."""
        self._started = True
        self._stopped_by = None
        self._poll_timer.start()
        if self._client is None:
            self._connect_in_background()

    def close(self) -> None:
        """Leave the service running (the alarm outlives the app); just hang up."""
        self._started = False
        self._retry_timer.stop()
        self._poll_timer.stop()
        self._generation += 1  # late callbacks of the old client are ignored
        client, self._client = self._client, None
        if client is not None:
            try:
                client.close()
            except Exception:  # noqa: BLE001 - hanging up must not fail the app's exit
                pass

    @Slot()
    def _connect_in_background(self) -> None:
        if self._connecting or self._client is not None or not self._started:
            return
        self._connecting = True
        self._generation += 1
        generation = self._generation
        alarm_dir = self.alarm_dir

        # The threads hold the controller weakly: they must never be what keeps it alive.
        me = weakref.ref(self)
        ensure_running, make_client = self._ensure_running, self._client_factory
        timeout_s = self._connect_timeout_s

        def emit_from_thread(name: str, *args: Any) -> None:
            controller = me()
            if controller is None:
                return
            try:
                emit(getattr(controller, name), *args)
            except RuntimeError:
                pass  # the controller is gone (app closing); nothing left to tell

        def work() -> None:
            client = None
            error: BaseException | None = None
            try:
                ensure_running(alarm_dir)
                client = make_client(
                    alarm_dir,
                    on_event=lambda event: emit_from_thread("_event_arrived", generation, event),
                    on_disconnected=lambda: emit_from_thread("_link_dropped", generation),
                )
                client.connect(timeout_s=timeout_s)
            except Exception as exc:  # noqa: BLE001 - every failure is "alarm not running"
                error = exc
                if client is not None:
                    try:
                        client.close()
                    except Exception:  # noqa: BLE001
                        pass
                client = None
            emit_from_thread("_connect_finished", generation, client, error)

        threading.Thread(target=work, name="alarm-connect", daemon=True).start()

    @Slot(int, object, object)
    def _on_connect_finished(self, generation: int, client: Any, error: object) -> None:
        self._connecting = False  # one attempt at a time, so this one is over
        if generation != self._generation or not self._started:
            if client is not None:  # the app hung up meanwhile
                client.close()
                client = None
            if self._started and self._client is None:
                self._retry_timer.start()
            return
        if client is None:
            self.last_error = _error_text(error)
            self._report_lost()
            self._announce_state()
            if self._started:
                self._retry_timer.start()
            return
        self._client = client
        client.signer = self._signer
        self._last_heard = time.monotonic()
        self.last_error = None
        client.request_status()
        if self._ever_connected:
            self.restart_count += 1
        self._ever_connected = True
        self._send_pending_raise()

    @Slot(int)
    def _on_link_dropped(self, generation: int) -> None:
        if generation != self._generation or self._client is None:
            return
        self._drop_link()

    def _drop_link(self) -> None:
        client, self._client = self._client, None
        self._generation += 1
        was_available = self.status is not None
        self.status = None
        try:
            client.close()
        except Exception:  # noqa: BLE001 - it is gone either way
            pass
        if was_available:
            self._report_lost()
        self._announce_state()
        if self._started and self._stopped_by is None:
            self._retry_timer.start()

    @Slot()
    def _poll(self) -> None:
        if self._client is None:
            return
        if time.monotonic() - self._last_heard > self._stale_after_s:
            self.last_error = QT_TRANSLATE_NOOP("AlarmController", "The alarm stopped answering.")
            self._drop_link()
            return
        self._client.request_status()

    def _report_lost(self) -> None:
        if not self._reported_lost:
            self._reported_lost = True
            emit(self.service_lost)

    def _announce_state(self) -> None:
        # status_changed carries the last status, or an empty dict when there is none.
        emit(self.status_changed, dict(self.status or {}))

    # --------------------------------------------------------------------------- events

    @Slot(int, object)
    def _on_event(self, generation: int, event: object) -> None:
        if generation != self._generation or not isinstance(event, dict):
            return
        self._last_heard = time.monotonic()
        kind = event.get("event")
        if kind == "status":
            self.status = event
            self._track_raised_here(event)
            if self._reported_lost:
                self._reported_lost = False
                emit(self.service_restored)
            emit(self.status_changed, event)
            return
        if kind == "alarm":
            self._note_alarm(event)
        elif kind in ("test_started", "test_ended"):
            self._test_presses = []
        elif kind == "test_press":
            self._test_presses.append(event)
        self._apply_at_once(event)
        emit(self.event_received, event)
        if kind == "error":
            emit(self.command_failed, service_error_text(event))
        elif self._client is not None:
            self._client.request_status()  # the service's status is the truth

    def _apply_at_once(self, event: dict[str, Any]) -> None:
        """Show an alarm-state change the moment its event arrives, without waiting for the
        status round trip (which follows and stays the truth): the banner is what gets staff
        moving, so it must not lag the light outside."""
        if self.status is None:
            return
        kind = event.get("event")
        status = dict(self.status)
        alarm = dict(status.get("alarm") or {})
        if kind == "alarm" and not event.get("test"):
            if status.get("state") in ("alarm", "acknowledged"):
                return  # one alarm at a time: the service's status says how it merged
            status["state"] = "alarm"
            status["alarm"] = {
                "id": event.get("id"),
                "source": event.get("source"),
                "device": event.get("device"),
                "at": event.get("at"),
                "acknowledged_by": None,
                "acknowledged_at": None,
                "escalation": 0,
                "test": False,
            }
        elif kind == "acknowledged" and alarm.get("id") == event.get("id"):
            status["state"] = "acknowledged"
            status["alarm"] = dict(
                alarm, acknowledged_by=event.get("by"), acknowledged_at=event.get("at")
            )
        elif kind == "escalated" and alarm.get("id") == event.get("id"):
            status["alarm"] = dict(alarm, escalation=int(event.get("level") or 0))
        elif kind == "reset" and alarm.get("id") == event.get("id"):
            status["state"] = "ready"
            status["alarm"] = None
            self._raised_here = False
        elif kind == "fault":
            status["devices"] = [
                dict(d, faults=sorted({*d.get("faults", []), str(event.get("code"))}))
                if d.get("spec") == event.get("device")
                else d
                for d in status.get("devices") or []
            ]
            status["protected"] = False
        else:
            return
        self.status = status
        emit(self.status_changed, status)

    def _note_alarm(self, event: dict[str, Any]) -> None:
        if event.get("test"):
            return
        ours = (
            event.get("source") in RAISE_SOURCES
            and self._last_raise_at is not None
            and time.monotonic() - self._last_raise_at < RAISED_HERE_WINDOW_S
        )
        self._raised_here = bool(ours)

    def _track_raised_here(self, status: dict[str, Any]) -> None:
        if status.get("state") not in ("alarm", "acknowledged"):
            self._raised_here = False

    # ------------------------------------------------------------------------- commands

    def record_audit_head(self, vault_id: str, seq: int, digest: str, signer: Any) -> None:
        """Keep the vault's audit head in the alarm journal. Safe from any thread (the vault
        worker calls it): it only queues a message on the client's sender."""
        client = self._client
        if client is not None and signer is not None:
            client.record_audit_head(vault_id, seq, digest, signer)

    def set_signer(self, signer: Any) -> None:
        """Who signs the commands that need a person: the signed-in user, or None (locked).

        The service checks each such command against the certified staff roster; a command
        sent with nobody signed in is refused there in plain words."""
        self._signer = signer
        if self._client is not None:
            self._client.signer = signer

    def raise_alarm(self, source: str) -> bool:
        """Send a panic. True if it went to the service now; False if it waits for the
        service to answer again (it is sent then, if that happens within two minutes)."""
        if source not in RAISE_SOURCES:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Unknown alarm source %1."), source)
        self._last_raise_at = time.monotonic()
        if self._client is None:
            self._pending_raise = (source, time.monotonic())
            if self._started:
                self._connect_in_background()
            return False
        self._client.raise_alarm(source=source)
        return True

    def _send_pending_raise(self) -> None:
        pending, self._pending_raise = self._pending_raise, None
        if pending is None or self._client is None:
            return
        source, at = pending
        if time.monotonic() - at <= PENDING_RAISE_MAX_AGE_S:
            self._last_raise_at = time.monotonic()
            self._client.raise_alarm(source=source)

    def acknowledge(self, user: str) -> bool:
        return self._send("acknowledge", _require_user(user))

    def acknowledge_room(self, room_id: str, alarm_id: str, user: str) -> bool:
        """'I'm on my way' to another room of the alarm network (its station applies it)."""
        return self._send("acknowledge_room", room_id, alarm_id, _require_user(user))

    def reset(self, user: str, reason: str, room_checked: bool) -> bool:
        if reason not in RESET_REASONS:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "Choose why the alarm is reset."),
            )
        if not room_checked:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "Someone must check on the room before the alarm is reset."
                )
            )
        return self._send("reset", _require_user(user), reason, True)

    def start_drill(self, user: str, seconds: int) -> bool:
        if not MIN_DRILL_SECONDS <= int(seconds) <= MAX_DRILL_SECONDS:
            raise AlarmRefused(DRILL_LENGTH_MESSAGE, MIN_DRILL_SECONDS, MAX_DRILL_SECONDS // 60)
        return self._send("start_drill", _require_user(user), int(seconds))

    def stop_drill(self, user: str) -> bool:
        return self._send("stop_drill", _require_user(user))

    def stop_service(self, user: str) -> bool:
        """Stop the alarm service on purpose: the room is unprotected until ``start()``."""
        user = _require_user(user)
        if self._client is None:
            return False
        self._stopped_by = user
        self._retry_timer.stop()
        return self._send("stop_service", user)

    def reload_config(self) -> bool:
        return self._send("reload_config")

    def request_status(self) -> bool:
        return self._send("request_status")

    def _send(self, command: str, *args: Any) -> bool:
        if self._client is None:
            emit(
                self.command_failed,
                QCoreApplication.translate(
                    "AlarmController", "The alarm is not running, so this was not done."
                ),
            )
            return False
        getattr(self._client, command)(*args)
        return True


def _require_user(user: str) -> str:
    if not user or not str(user).strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Sign in first."))
    return str(user)


def _error_text(error: object) -> str:
    if isinstance(error, TJDeskError):
        return error.message
    return QT_TRANSLATE_NOOP("AlarmController", "The alarm service could not be started.")
