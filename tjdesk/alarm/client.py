"""A Qt-free client of the alarm service (ALARM_API.md).

Commands never block the caller: they go to a queue that a sender thread writes to the
service. Events arrive on the client's receiver thread and go to ``on_event`` (the ui wraps
that into a queued Qt signal). ``on_disconnected`` is called once when the link drops.
"""

from __future__ import annotations

import getpass
import json
import os
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Client, Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tjdesk import safe_json
from tjdesk.alarm import paths, signed_commands
from tjdesk.alarm.signed_commands import PERSON_COMMANDS
from tjdesk.errors import TJDeskError
from tjdesk.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from tjdesk.vault.signed_in import SignedInUser

Entry = dict[str, Any]
MAX_MESSAGE = 4 * 1024 * 1024
CLOSE_GRACE_S = 2.0


class AlarmServiceUnavailable(TJDeskError):
    context = "alarm"


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a container): the number will do
        return str(os.getuid()) if hasattr(os, "getuid") else "?"


def _unavailable() -> AlarmServiceUnavailable:
    return AlarmServiceUnavailable(QT_TRANSLATE_NOOP("alarm", "The alarm is not running."))


def open_connection(folder: Path, timeout_s: float) -> Connection:
    """Connect and authenticate, or raise AlarmServiceUnavailable within ``timeout_s``."""
    try:
        key = paths.read_authkey(folder)
    except OSError as err:
        raise _unavailable() from err
    result: queue.Queue[Connection | BaseException] = queue.Queue()

    def attempt() -> None:
        try:
            conn = Client(
                paths.listener_address(folder), family=paths.listener_family(), authkey=key
            )
        except BaseException as err:  # noqa: BLE001 - handed to the caller
            result.put(err)
        else:
            result.put(conn)

    # The handshake blocks on a hung service; it runs aside so the caller waits at most
    # timeout_s (a late connection is closed by the thread's owner below).
    worker = threading.Thread(target=attempt, name="alarm-connect", daemon=True)
    worker.start()
    try:
        outcome = result.get(timeout=timeout_s)
    except queue.Empty:

        def close_late() -> None:
            late = result.get()
            if isinstance(late, Connection):
                late.close()

        threading.Thread(target=close_late, daemon=True).start()
        raise _unavailable() from None
    if isinstance(outcome, BaseException):
        raise _unavailable() from outcome
    return outcome


@dataclass(frozen=True)
class _Link:
    conn: Connection
    outbox: queue.Queue[Entry | None]
    dropped: threading.Event


class AlarmClient:
    def __init__(
        self,
        alarm_dir: Path | str,
        on_event: Callable[[Entry], None],
        on_disconnected: Callable[[], None] | None = None,
    ) -> None:
        self.alarm_dir = Path(alarm_dir)
        self._on_event = on_event
        self._on_disconnected = on_disconnected
        self._conn: Connection | None = None
        self._outbox: queue.Queue[Entry | None] = queue.Queue()
        self._closed = threading.Event()
        self._dropped = threading.Event()
        self._drop_lock = threading.Lock()
        # Who signs the commands that need a person (signed_commands.py): the signed-in
        # user, set by the app at sign-in and cleared when it locks. None: sent unsigned.
        self.signer: SignedInUser | None = None

    @property
    def connected(self) -> bool:
        return self._conn is not None and not self._dropped.is_set()

    def connect(self, timeout_s: float = 2.0) -> None:
        """Raises AlarmServiceUnavailable if no service answers within ``timeout_s``. After
        a drop the same client may connect again."""
        if self._conn is not None and not self._dropped.is_set():
            return
        conn = open_connection(self.alarm_dir, timeout_s)
        link = _Link(conn, queue.Queue(), threading.Event())
        self._outbox = link.outbox
        self._dropped = link.dropped
        self._closed.clear()
        self._conn = conn
        threading.Thread(
            target=self._receive, args=(link,), name="alarm-client-receiver", daemon=True
        ).start()
        threading.Thread(
            target=self._send_loop, args=(link,), name="alarm-client-sender", daemon=True
        ).start()

    def close(self) -> None:
        """Disconnect without calling on_disconnected; commands already queued are still
        sent first (by the sender thread: this never blocks). The service keeps running."""
        if self._closed.is_set():
            return
        self._closed.set()
        self._outbox.put(None)
        conn = self._conn
        if conn is not None:
            # A service that stopped reading must not keep this connection open for ever.
            timer = threading.Timer(CLOSE_GRACE_S, paths.hang_up, args=(conn,))
            timer.daemon = True
            timer.start()

    # ------------------------------------------------------------------ commands

    def _queue(self, cmd: str, signer: SignedInUser | None = None, **fields: Any) -> None:
        if self._closed.is_set():
            return
        message: Entry = {"cmd": cmd, **fields}
        signer = signer or self.signer
        if signer is not None and cmd in PERSON_COMMANDS:
            message = signed_commands.sign(message, signer, os_user=_os_user())
        self._outbox.put(message)

    def raise_alarm(self, source: str = "UI") -> None:
        self._queue("raise_alarm", source=source)

    def acknowledge(self, user: str) -> None:
        self._queue("acknowledge", user=user)

    def acknowledge_room(self, room_id: str, alarm_id: str, user: str) -> None:
        """'I'm on my way' to another room of the alarm network."""
        self._queue("acknowledge_room", room_id=room_id, alarm_id=alarm_id, user=user)

    def reset(self, user: str, reason: str, room_checked: bool) -> None:
        self._queue("reset", user=user, reason=reason, room_checked=room_checked)

    def start_drill(self, user: str, seconds: int) -> None:
        self._queue("start_drill", user=user, seconds=seconds)

    def stop_drill(self, user: str) -> None:
        self._queue("stop_drill", user=user)

    def request_status(self) -> None:
        self._queue("request_status")

    def reload_config(self) -> None:
        self._queue("reload_config")

    def stop_service(self, user: str) -> None:
        self._queue("stop_service", user=user)

    def record_audit_head(
        self, vault_id: str, seq: int, digest: str, signer: SignedInUser | None = None
    ) -> None:
        """Keep the vault's audit head in the alarm journal (signed by ``signer``, or by
        the client's signer): outside the vault, where a cut-off tail still shows."""
        self._queue("record_audit_head", signer=signer, vault_id=vault_id, seq=seq, hash=digest)

    # ------------------------------------------------------------------ threads

    def _send_loop(self, link: _Link) -> None:
        while True:
            message = link.outbox.get()
            if message is None:
                if self._closed.is_set():
                    paths.hang_up(link.conn)  # everything queued before close() is sent
                return
            try:
                link.conn.send_bytes(json.dumps(message).encode("utf-8"))
            except (OSError, ValueError):
                self._drop(link)
                return

    def _receive(self, link: _Link) -> None:
        while not self._closed.is_set():
            try:
                raw = link.conn.recv_bytes(MAX_MESSAGE)
            except (OSError, EOFError, ValueError, TypeError):
                # TypeError: close() from another thread while this one was reading.
                self._drop(link)
                return
            try:
                event = safe_json.loads(raw)
            except ValueError:
                continue
            if isinstance(event, dict) and not self._closed.is_set():
                self._on_event(event)

    def _drop(self, link: _Link) -> None:
        # Each connection's threads report on their own link only: a late report from an
        # old connection never marks a newer one as dropped.
        with self._drop_lock:
            if link.dropped.is_set():
                return
            link.dropped.set()
        link.outbox.put(None)
        if not self._closed.is_set() and self._on_disconnected is not None:
            self._on_disconnected()
