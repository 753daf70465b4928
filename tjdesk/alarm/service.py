"""The alarm service process: drivers, engine, journal, stdout lines and local clients.

It runs apart from the GUI (DESIGN.md "The alarm"): a busy or crashed GUI never touches the hot
path. One service per alarm folder (a lock file; a second one refuses and names the pid). It
stops on SIGINT/SIGTERM or a client's ``stop_service`` and turns nothing off that is latched:
the light outside stays on until an authorised reset.

Clients connect over ``multiprocessing.connection`` (a Unix socket or a Windows named pipe)
and prove they can read the 0600 authkey file. Messages are JSON objects (never pickles),
each in one ``send_bytes``. Every journaled event goes to stdout as one JSON line and to
every client; each client has its own sender thread, so a slow client delays nobody.

Beyond ALARM_API.md: every event carries ``seq`` (its journal number); a client gets a
``status`` when it connects and after every event; other events are ``activation`` (pressed
again during an alarm), ``latched`` (a box latched with an id we did not expect),
``service_started``/``service_stopped``/``config_reloaded``; ``test_ended`` has ``presses``;
``reset`` has ``room_checked``; ``status`` adds ``clients``, ``drill_due`` (no drill for 7
days), ``journal_ok`` and ``priority_raised``; ``error`` adds ``args`` (for %1...) and
``text`` (filled in, English).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import queue
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from multiprocessing import AuthenticationError
from multiprocessing.connection import (
    Connection,
    Listener,
    answer_challenge,
    deliver_challenge,
)
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from hardware.base import (
    Capability,
    DeviceEvent,
    DeviceStatus,
    Driver,
    EventCallback,
    EventKind,
    Fault,
    Light,
    Source,
    SpecError,
)
from tjdesk import safe_json
from tjdesk.alarm import paths
from tjdesk.alarm.config import AlarmConfig, check_device_spec, config_from_dict, load_config
from tjdesk.alarm.engine import (
    AlarmEngine,
    AlarmRefused,
    AlarmState,
    Clock,
    EngineSettings,
    iso,
)
from tjdesk.alarm.journal import AlarmJournal, read_entries
from tjdesk.alarm.limits import ALARM_OPEN_NO_STOP as ALARM_OPEN_NO_STOP  # re-exported
from tjdesk.alarm.signed_commands import (
    PERSON_COMMANDS,
    SIGNED_EVENT,
    CommandAuthority,
    CommandRefused,
)
from tjdesk.alarm.single_instance import SingleInstance, lock_device

if TYPE_CHECKING:
    from tjdesk.alarm.network.bridge import NetworkBridge
from tjdesk.errors import DeviceSpecError, InvalidInput, TJDeskError
from tjdesk.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

Entry = dict[str, Any]
DriverFactory = Callable[[str], Driver]
MAX_MESSAGE = 64 * 1024
SWITCH_INTERVAL_S = 0.0005


def default_driver_factory(spec: str) -> Driver:
    from hardware.registry import create_driver

    try:
        return create_driver(spec)
    except SpecError as err:
        raise DeviceSpecError(QT_TRANSLATE_NOOP("errors", "Device %1: %2"), spec, str(err)) from err


class UnavailableDriver(Driver):
    """Stands in for a device whose driver could not be created: always lost."""

    def __init__(self, spec: str, reason: str) -> None:
        super().__init__(spec)
        self.reason = reason

    def start(self, on_event: EventCallback) -> None:
        on_event(
            DeviceEvent(
                EventKind.FAULT_SET, self.spec, fault=Fault.DEVICE_LOST, detail={"reason": "driver"}
            )
        )

    def stop(self) -> None:
        return None

    def status(self) -> DeviceStatus:
        return DeviceStatus(
            self.spec,
            False,
            frozenset({Fault.DEVICE_LOST}),
            None,
            None,
            False,
            None,
            None,
            {"reason": self.reason[:200]},
        )

    def set_light(self, state: Light) -> None:
        return None


class _Session:
    """One connected client: a reader thread for its commands, a sender thread for events."""

    def __init__(self, service: AlarmService, conn: Connection, key: bytes) -> None:
        self.service = service
        self.conn = conn
        self.key = key
        self.outbox: queue.Queue[Entry | None] = queue.Queue()
        self.authenticated = False
        self.closed = threading.Event()
        self.writer: threading.Thread | None = None

    def finish(self, timeout_s: float) -> None:
        """Send what is queued (e.g. service_stopped), then close."""
        self.outbox.put(None)
        if self.writer is not None:
            self.writer.join(timeout_s)
        self.close()

    def start(self) -> None:
        threading.Thread(target=self._read, name="alarm-client-reader", daemon=True).start()

    def send(self, entry: Entry) -> None:
        if not self.closed.is_set():
            self.outbox.put(entry)

    def _read(self) -> None:
        try:
            # Authenticate here rather than in accept(): a client that never answers the
            # challenge holds up only its own thread.
            deliver_challenge(self.conn, self.key)
            answer_challenge(self.conn, self.key)
        except (AuthenticationError, OSError, EOFError):
            self.close()
            return
        self.authenticated = True
        self.writer = threading.Thread(target=self._write, name="alarm-client-sender", daemon=True)
        self.writer.start()
        self.service._session_opened(self)
        try:
            while not self.closed.is_set():
                raw = self.conn.recv_bytes(MAX_MESSAGE)
                self.service._handle(self, raw)
        except (OSError, EOFError, TypeError):
            # TypeError: close() from another thread while this one was reading.
            pass
        finally:
            self.close()

    def _write(self) -> None:
        while True:
            entry = self.outbox.get()
            if entry is None or self.closed.is_set():
                return
            try:
                self.conn.send_bytes(json.dumps(entry).encode("utf-8"))
            except (OSError, ValueError):
                self.close()
                return

    def close(self) -> None:
        if self.closed.is_set():
            return
        self.closed.set()
        self.outbox.put(None)
        paths.hang_up(self.conn)
        self.service._session_closed(self)


class AlarmService:
    def __init__(
        self,
        folder: Path,
        *,
        devices: Sequence[str] | None = None,
        room: str | None = None,
        driver_factory: DriverFactory | None = None,
        out: TextIO | None = None,
        clock: Clock | None = None,
        tick_interval_s: float = 0.2,
        network: Path | str | None = None,
    ) -> None:
        self.folder = Path(folder)
        self._device_override = None if devices is None else tuple(devices)
        self._room_override = room
        self._driver_factory = driver_factory or default_driver_factory
        self._out = out
        self._clock = clock
        self._tick_interval = tick_interval_s
        self._stop = threading.Event()
        self._stopped = threading.Event()
        self._events: queue.Queue[Entry | None] = queue.Queue()
        self._sessions: set[_Session] = set()
        self._sessions_lock = threading.Lock()
        self._engine_lock = threading.RLock()
        self._lock: SingleInstance | None = None
        self._journal: AlarmJournal | None = None
        self._engine: AlarmEngine | None = None
        self._authority: CommandAuthority | None = None
        self._listener: Listener | None = None
        self._publisher_done = threading.Event()
        self._publisher: threading.Thread | None = None
        self._stop_by: str | None = None
        self._stdout_queue: queue.Queue[Entry | None] = queue.Queue(maxsize=10_000)
        self._stdout_thread: threading.Thread | None = None
        self._stdout_dropped = 0
        self.journal_failures = 0
        self.priority_raised = False  # set by serve(): the OS schedules us ahead of others
        self.config = AlarmConfig()
        self._device_locks: dict[str, SingleInstance] = {}
        # The shelter's alarm network (tjdesk/alarm/network): never on the hot path.
        self._network_folder = network
        self._network: NetworkBridge | None = None

    # ------------------------------------------------------------------ life cycle

    @property
    def engine(self) -> AlarmEngine:
        assert self._engine is not None, "the service is not started"
        return self._engine

    @property
    def address(self) -> str:
        return paths.listener_address(self.folder)

    def start(self) -> None:
        """Take the folder's lock, open the journal, start the devices and the listener.
        Raises TJDeskError (nothing started) if another service runs or the settings are bad."""
        paths.private_folder(self.folder)  # holds the authkey: this user's alone
        self.config = self._effective_config(load_config(self.folder))
        lock = SingleInstance(paths.lock_path(self.folder))
        lock.acquire()  # raises AlarmServiceRunning naming the pid
        self._lock = lock
        try:
            self._lock_devices(self.config.devices)
            key = paths.ensure_authkey(self.folder)
            self._journal = AlarmJournal(paths.journal_path(self.folder))
            self._publisher = threading.Thread(
                target=self._publish, name="alarm-publisher", daemon=True
            )
            self._publisher.start()
            history = self._journal.history()
            self._record(
                {
                    "event": "service_started",
                    "pid": os.getpid(),
                    "devices": list(self.config.devices),
                    "room": self.config.room,
                }
            )
            self._authority = CommandAuthority(
                self.folder, history, clock=self._now, on_trusted=self._record
            )
            self._build_engine(history)
            self._listen(key)
            threading.Thread(target=self._tick, name="alarm-timer", daemon=True).start()
            self._join_network()
        except BaseException:
            self._shutdown_parts(None)
            raise

    def _effective_config(self, config: AlarmConfig) -> AlarmConfig:
        from dataclasses import replace

        if self._device_override is not None:
            config = replace(
                config, devices=tuple(check_device_spec(d) for d in self._device_override)
            )
        if self._room_override is not None:
            config = replace(config, room=self._room_override.strip())
        # The command line's values pass the same checks as the file's.
        return config_from_dict(config.to_dict())

    def _settings(self) -> EngineSettings:
        c = self.config
        return EngineSettings(
            room=c.room,
            silent=c.silent,
            escalate_after_s=float(c.escalate_after_s),
            escalate_second_s=float(c.escalate_second_s),
        )

    def _make_driver(self, spec: str) -> Driver:
        try:
            return self._driver_factory(spec)
        except Exception as err:
            # One device that cannot be made must not leave the others unserved: it stands
            # in the list as a lost device, so the room reads "not protected".
            log.error("device %s cannot be used: %s", spec, err)
            return UnavailableDriver(spec, str(err))

    def _build_engine(self, history: list[Entry]) -> None:
        drivers = [self._make_driver(spec) for spec in self.config.devices]
        assert self._journal is not None
        engine = AlarmEngine(
            drivers,
            journal=self._append,
            announce=self._events.put,
            settings=self._settings(),
            clock=self._clock,
            history=history,
        )
        with self._engine_lock:
            self._engine = engine
        for driver in drivers:
            try:
                driver.start(engine.on_device_event)
            except Exception:
                # The driver could not even start: the device shows as not connected, so the
                # room reads "not protected" until it is fixed.
                log.exception("device %s did not start", driver.spec)
        # PBL/1 boxes get their stored settings when they connect (see _publish): a command
        # sent before that would be dropped.
        engine.resume_outputs()

    def _stop_drivers(self) -> None:
        engine = self._engine
        if engine is None:
            return
        for driver in engine.drivers:
            try:
                driver.stop()  # turns nothing off that is latched
            except Exception:
                log.exception("device %s did not stop cleanly", driver.spec)

    def _lock_devices(self, devices: Sequence[str]) -> None:
        """Take the lock of each device not held yet; on failure release those just taken
        and raise DeviceInUse (naming the other service)."""
        taken: list[str] = []
        try:
            for spec in devices:
                # sim: devices live inside the process: there is no port to share
                if spec not in self._device_locks and not spec.startswith("sim:"):
                    self._device_locks[spec] = lock_device(paths.device_lock_path(spec), spec)
                    taken.append(spec)
        except BaseException:
            for spec in taken:
                self._device_locks.pop(spec).release()
            raise

    def reload_config(self) -> None:
        """Re-read alarm.json. Bad settings, or a device another service drives, raise and
        change nothing."""
        new = self._effective_config(load_config(self.folder))
        with self._engine_lock:
            old = self.config
            if new.devices != old.devices:
                self._lock_devices(new.devices)
            self.config = new
            if new.devices != old.devices:
                for spec in [s for s in self._device_locks if s not in new.devices]:
                    self._device_locks.pop(spec).release()
                self._stop_drivers()
                assert self._journal is not None
                self._build_engine(list(read_entries(self._journal.path)))
            else:
                self.engine.update_settings(self._settings())
                if new.pbl1_hold_ms != old.pbl1_hold_ms:
                    for driver in self.engine.drivers:
                        if Capability.LATCHES in driver.capabilities:
                            with contextlib.suppress(Exception):
                                driver.configure({"hold": new.pbl1_hold_ms})
        self._record({"event": "config_reloaded", "devices": list(new.devices), "room": new.room})
        if new.network != old.network and not self._network_folder:
            self._rejoin_network()

    def run_until_stopped(self) -> None:
        """Serve until SIGINT/SIGTERM or a client's stop_service (main thread only)."""

        def on_signal(signum: int, frame: object) -> None:
            self._stop.set()

        previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            while not self._stop.wait(0.5):
                pass
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            self.stop(self._stop_by)

    def request_stop(self, by: str | None = None) -> None:
        """Ask ``run_until_stopped`` to stop (from any thread)."""
        self._stop_by = by
        self._stop.set()

    def stop(self, by: str | None = None) -> None:
        if self._stopped.is_set():
            return
        self._stopped.set()
        self._stop.set()
        self._shutdown_parts(by)

    def _shutdown_parts(self, by: str | None) -> None:
        if self._network is not None:
            self._network.stop()
        if self._listener is not None:
            with contextlib.suppress(OSError):
                self._listener.close()
            self._listener = None
        self._stop_drivers()
        if self._journal is not None and self._engine is not None:
            entry: Entry = {"event": "service_stopped", "pid": os.getpid()}
            if by:
                entry["by"] = by
            with contextlib.suppress(OSError):
                self._record(entry)
        # Let the publisher hand the last events to stdout and clients, then stop.
        self._events.put(None)
        if self._publisher is not None:
            self._publisher_done.wait(5.0)
        with self._sessions_lock:
            sessions = list(self._sessions)
        for session in sessions:
            session.finish(2.0)
        if self._journal is not None:
            self._journal.close()
        for device_lock in self._device_locks.values():
            device_lock.release()
        self._device_locks.clear()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    # ------------------------------------------------------------------ events out

    def _append(self, entry: Entry) -> Entry:
        """The engine's journal: on disk before it is announced. If the disk fails, the event
        is still announced (a record lost is bad; an alarm nobody hears of is worse)."""
        assert self._journal is not None
        try:
            return self._journal.append(entry)
        except OSError as err:
            self.journal_failures += 1
            log.error("alarm journal write failed: %s", err.strerror or type(err).__name__)
            return {"seq": None, **entry, "journal_failed": True}

    def _now(self) -> float:
        return self._clock.now() if self._clock is not None else time.time()

    def _record(self, entry: Entry) -> Entry:
        assert self._journal is not None
        now = self._now()
        written = self._append({**entry, "at": iso(now)})
        self._events.put(written)
        return written

    def _publish(self) -> None:
        done = self._publisher_done
        try:
            while True:
                entry = self._events.get()
                if entry is None:
                    return
                if self._network is not None:
                    self._network.journaled(entry)  # only queues
                self._to_stdout(entry)
                if entry.get("event") == "connected":
                    self._configure_box(str(entry.get("device", "")))
                with self._sessions_lock:
                    sessions = list(self._sessions)
                if not sessions:
                    continue
                status = self.status()
                for session in sessions:
                    session.send(entry)
                    session.send(status)
        finally:
            self._stdout_queue.put(None)
            if self._stdout_thread is not None:
                self._stdout_thread.join(5.0)
            done.set()

    def _to_stdout(self, entry: Entry) -> None:
        # Its own thread and a bounded queue: a stdout nobody reads (a full pipe) must never
        # hold up the clients. The journal has every entry; only stdout copies are dropped.
        if self._out is None:
            return
        if self._stdout_thread is None:
            self._stdout_thread = threading.Thread(
                target=self._stdout_loop, name="alarm-stdout", daemon=True
            )
            self._stdout_thread.start()
        try:
            self._stdout_queue.put_nowait(entry)
        except queue.Full:
            self._stdout_dropped += 1

    def _stdout_loop(self) -> None:
        while True:
            entry = self._stdout_queue.get()
            if entry is None:
                return
            self._print(entry)

    def _configure_box(self, spec: str) -> None:
        with self._engine_lock:
            engine = self._engine
            hold = self.config.pbl1_hold_ms
        for driver in engine.drivers if engine is not None else ():
            if driver.spec == spec and Capability.LATCHES in driver.capabilities:
                try:
                    driver.configure({"hold": hold})
                except Exception:
                    log.exception("device %s: configure failed", spec)

    def _print(self, entry: Entry) -> None:
        out = self._out
        if out is None:
            return
        try:
            out.write(json.dumps(entry, ensure_ascii=False) + "\n")
            out.flush()
        except (OSError, ValueError):
            # Nobody reads stdout any more (the parent went away): keep serving the alarm.
            self._out = None

    def status(self) -> Entry:
        with self._engine_lock:
            engine = self._engine
        status: Entry = engine.status() if engine is not None else {"event": "status"}
        status["service_pid"] = os.getpid()
        status["journal_ok"] = self.journal_failures == 0
        status["priority_raised"] = self.priority_raised
        with self._sessions_lock:
            status["clients"] = len(self._sessions)
        if self._network is not None:
            status["network"] = self._network.status()
        return status

    # ------------------------------------------------------------------ the alarm network

    def _join_network(self) -> None:
        folder = self._network_folder or self.config.network
        if folder:
            from tjdesk.alarm.network.bridge import NetworkBridge

            self._network = NetworkBridge(Path(folder), self, state_dir=self.folder)
            self._network.start()

    def _rejoin_network(self) -> None:
        """alarm.json names another station folder (the Network page): leave, join anew."""
        old, self._network = self._network, None
        if old is not None:
            old.stop()
        self._join_network()
        if self._network is None:
            self.announce({"event": "network", "joined": False})

    def announce(self, entry: Entry) -> None:
        """Hand a network entry (another room's event, ...) to stdout and every client."""
        self._events.put(entry)

    def network_room(self) -> tuple[Entry, str, int]:
        journal = self._journal
        status = self.engine.status()
        return status, journal.journal_id if journal else "", journal.last_seq if journal else 0

    def network_acknowledge(self, alarm_id: str, by: str) -> bool:
        """'I'm on my way' from a desk: for the current, unanswered alarm only."""
        with self._engine_lock:
            engine = self.engine
            if engine.active_alarm_id != alarm_id or engine.state.value != "alarm":
                return False
            try:
                engine.acknowledge(by)
            except AlarmRefused:
                return False
        return True

    # ------------------------------------------------------------------ clients

    def _listen(self, key: bytes) -> None:
        address = self.address
        family = paths.listener_family()
        if family == "AF_UNIX":
            # We hold the folder's lock, so a socket file left here is stale.
            with contextlib.suppress(FileNotFoundError):
                os.unlink(address)
        old_umask = os.umask(0o077) if family == "AF_UNIX" else None
        try:
            self._listener = Listener(address, family=family, backlog=16)
        finally:
            if old_umask is not None:
                os.umask(old_umask)
        listener = self._listener
        thread = threading.Thread(
            target=self._accept, args=(listener, key), name="alarm-listener", daemon=True
        )
        thread.start()

    def _accept(self, listener: Listener, key: bytes) -> None:
        while not self._stop.is_set():
            try:
                conn = listener.accept()
            except (OSError, EOFError):
                if self._stop.is_set():
                    return
                continue
            _Session(self, conn, key).start()

    def _session_opened(self, session: _Session) -> None:
        with self._sessions_lock:
            self._sessions.add(session)
        session.send(self.status())

    def _session_closed(self, session: _Session) -> None:
        with self._sessions_lock:
            self._sessions.discard(session)

    def _handle(self, session: _Session, raw: bytes) -> None:
        name = "?"
        try:
            try:
                message = safe_json.loads(raw)
            except ValueError as err:
                raise InvalidInput(QT_TRANSLATE_NOOP("alarm", "The request is not JSON.")) from err
            if not isinstance(message, dict):
                raise InvalidInput(QT_TRANSLATE_NOOP("alarm", "The request is not an object."))
            name = str(message.get("cmd", "?"))
            handler = _COMMANDS.get(name)
            if handler is None:
                raise InvalidInput(QT_TRANSLATE_NOOP("alarm", "Unknown request: %1"), name[:40])
            if name in PERSON_COMMANDS:
                message = self._authorize(name, message)
            reply = handler(self, message)
            if reply is not None:
                session.send(reply)
        except TJDeskError as err:
            session.send(
                {
                    "event": "error",
                    "message": err.message,
                    "args": [str(a) for a in err.message_args],
                    "text": str(err),
                    "request": name,
                }
            )
        except Exception:
            log.exception("request %s failed", name)
            session.send(
                {
                    "event": "error",
                    "message": QT_TRANSLATE_NOOP("alarm", "The alarm service could not do that."),
                    "args": [],
                    "text": "The alarm service could not do that.",
                    "request": name,
                }
            )

    def _authorize(self, name: str, message: Entry) -> Entry:
        """The command with its person checked against the certified staff roster.

        A signed command is journaled with who signed it and the operating-system user
        before it is carried out; a refused one is journaled too (evidence of an attempt).
        """
        assert self._authority is not None
        try:
            granted = self._authority.check(message)
        except CommandRefused as err:
            self._record({"event": "command_refused", "cmd": name, "reason": err.message})
            raise
        if granted.signed:
            self._record(
                {
                    "event": SIGNED_EVENT,
                    "cmd": name,
                    "by": granted.by,
                    "os_user": granted.os_user,
                }
            )
        return {**message, "user": granted.by}

    def _tick(self) -> None:
        while not self._stop.wait(self._tick_interval):
            try:
                with self._engine_lock:
                    engine = self._engine
                if engine is not None:
                    engine.tick()
            except Exception:
                log.exception("timer tick failed")


def _text(message: Entry, key: str, required: bool = True) -> str:
    value = message.get(key, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise InvalidInput(QT_TRANSLATE_NOOP("alarm", "The request lacks %1."), key)
    return value


def _cmd_raise(service: AlarmService, m: Entry) -> Entry | None:
    source = m.get("source", "UI")
    if source not in (Source.ON_SCREEN.value, Source.HOTKEY.value):
        raise AlarmRefused(QT_TRANSLATE_NOOP("alarm", "An alarm can be raised on screen only."))
    service.engine.raise_alarm(Source(source))
    return None


def _cmd_ack(service: AlarmService, m: Entry) -> Entry | None:
    service.engine.acknowledge(_text(m, "user", required=False))
    return None


def _cmd_reset(service: AlarmService, m: Entry) -> Entry | None:
    room_checked = m.get("room_checked", False)
    if not isinstance(room_checked, bool):
        raise InvalidInput(QT_TRANSLATE_NOOP("alarm", "The request lacks %1."), "room_checked")
    service.engine.reset(_text(m, "user", False), _text(m, "reason", False), room_checked)
    return None


def _cmd_start_drill(service: AlarmService, m: Entry) -> Entry | None:
    seconds = m.get("seconds")
    service.engine.start_drill(_text(m, "user", False), seconds)  # type: ignore[arg-type]
    return None


def _cmd_stop_drill(service: AlarmService, m: Entry) -> Entry | None:
    service.engine.stop_drill(_text(m, "user", False))
    return None


def _cmd_acknowledge_room(service: AlarmService, m: Entry) -> Entry | None:
    """'I'm on my way' to another room of the alarm network."""
    network = service._network
    if network is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("alarm", "This computer is not on the alarm network."))
    network.acknowledge_room(_text(m, "room_id"), _text(m, "alarm_id"), _text(m, "user"))
    return None


def _cmd_status(service: AlarmService, m: Entry) -> Entry | None:
    return service.status()


def _cmd_reload(service: AlarmService, m: Entry) -> Entry | None:
    service.reload_config()
    return None


def _cmd_record_audit_head(service: AlarmService, m: Entry) -> Entry | None:
    """The vault's audit head, kept here outside the vault (signed by who sent it): a trail
    cut short later no longer reaches it (``audit verify`` reads it back)."""
    seq, digest, vault_id = m.get("seq"), m.get("hash"), m.get("vault_id")
    if (
        not isinstance(seq, int)
        or seq < 0
        or not isinstance(digest, str)
        or len(digest) != 64
        or any(c not in "0123456789abcdef" for c in digest)
        or not isinstance(vault_id, str)
        or not 0 < len(vault_id) <= 64
    ):
        raise InvalidInput(QT_TRANSLATE_NOOP("alarm", "The request lacks %1."), "audit head")
    service._record(
        {
            "event": "audit_head",
            "vault_id": vault_id,
            "head_seq": seq,
            "hash": digest,
            "by": _text(m, "user", False),
        }
    )
    return None


def _cmd_stop_service(service: AlarmService, m: Entry) -> Entry | None:
    user = _text(m, "user").strip()
    # Stopping now would take the open alarm off every screen while the light stays latched:
    # nobody would be told to go, or be able to reset it. Refused, with the reason.
    if service.engine.state in (AlarmState.ALARM, AlarmState.ACKNOWLEDGED):
        room = str(service.status().get("room") or "") or "?"
        raise AlarmRefused(ALARM_OPEN_NO_STOP, room)
    service.request_stop(user)
    return None


_COMMANDS: dict[str, Callable[[AlarmService, Entry], Entry | None]] = {
    "raise_alarm": _cmd_raise,
    "acknowledge": _cmd_ack,
    "acknowledge_room": _cmd_acknowledge_room,
    "reset": _cmd_reset,
    "start_drill": _cmd_start_drill,
    "stop_drill": _cmd_stop_drill,
    "request_status": _cmd_status,
    "reload_config": _cmd_reload,
    "stop_service": _cmd_stop_service,
    "record_audit_head": _cmd_record_audit_head,
}


def serve(
    folder: Path,
    *,
    devices: Sequence[str] | None = None,
    room: str | None = None,
    out: TextIO | None = None,
    network: str | None = None,
) -> int:
    """The body of ``tjdesk alarm serve``."""
    from tjdesk.alarm.priority import raise_priority

    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    # A device thread that needs the interpreter while another of our threads runs Python
    # (the journal, a client's sender) waits up to the switch interval: 5 ms by default, the
    # whole of our p99. This process does little computing, so switch ten times as often.
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    service = AlarmService(
        folder, devices=devices, room=room, out=out or sys.stdout, network=network
    )
    service.priority_raised = raise_priority()
    service.start()
    service.run_until_stopped()
    return 0
