"""The alarm service's side of the network: a few hooks in, one worker thread out.

The service calls ``journaled(entry)`` for every entry after it is on disk (the light is lit
by then: the hot path runs before the journal). That call only queues. Everything else runs
on the bridge's own worker thread: building payloads, handing them to paho, taking in the
other rooms' messages, applying "I'm on my way" from desks for the current alarm. Nothing
here ever waits for the broker, and a bad station folder or a broker that is down changes
nothing in the room: it is a fault the screens show.

What the service's clients and stdout get from here (each names the room's id):
``room_event`` (one per event of another room, once), ``room_state`` (a room's state changed),
``station_presence`` (a station came or went) and ``network`` (this station's link changed).
``status()`` is the ``network`` part of the service's status.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from tjdesk import __version__
from tjdesk.alarm.network import payloads
from tjdesk.alarm.network.board import SEEN_IDS_KEPT, RoomBoard
from tjdesk.alarm.network.identity import StationIdentity, load_identity
from tjdesk.alarm.network.names import (
    command_topic,
    event_topic,
    parse_topic,
    presence_topic,
    site_root,
    state_topic,
)
from tjdesk.alarm.network.payloads import InvalidPayload, Payload
from tjdesk.alarm.network.seen_file import SeenIdsFile
from tjdesk.errors import InvalidInput, TJDeskError
from tjdesk.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

Entry = dict[str, Any]
ANNOUNCED_HERE = frozenset({"room_event", "room_state", "station_presence", "network", "status"})
# Journal fields (besides the protocol's own) that help a desk and reveal nobody.
EXTRA_EVENT_FIELDS = ("source", "code", "level", "reason", "test")
ALARM_EVENTS = frozenset({"alarm", "acknowledged", "reset", "escalated", "activation", "latched"})
STOP_GRACE_S = 1.0
SEEN_FILE = "network-seen-events.txt"

CONNECTING = QT_TRANSLATE_NOOP("AlarmNetwork", "Connecting to the alarm network...")
UNREACHABLE = QT_TRANSLATE_NOOP("AlarmNetwork", "The alarm network (broker %1) cannot be reached.")


class AlarmServiceSide(Protocol):
    """What the bridge needs of the alarm service."""

    def network_room(self) -> tuple[Entry, str, int]:
        """The engine's status, the journal's id and its last sequence number."""
        ...

    def network_acknowledge(self, alarm_id: str, by: str) -> bool:
        """Acknowledge if ``alarm_id`` is the current, unanswered alarm."""
        ...

    def announce(self, entry: Entry) -> None:
        """Hand an entry to stdout and every client (never to the journal)."""
        ...


LinkFactory = Callable[..., Any]


def _default_link_factory(identity: StationIdentity, **kwargs: Any) -> Any:
    from tjdesk.alarm.network.link import StationLink

    return StationLink(identity, **kwargs)


class NetworkBridge:
    def __init__(
        self,
        folder: Path,
        service: AlarmServiceSide,
        *,
        state_dir: Path | None = None,
        link_factory: LinkFactory | None = None,
    ) -> None:
        self.folder = Path(folder)
        # where the event ids already shown are kept across restarts (the alarm folder)
        self._seen_file = (
            None if state_dir is None else SeenIdsFile(Path(state_dir) / SEEN_FILE, SEEN_IDS_KEPT)
        )
        self._service = service
        self._link_factory = link_factory or _default_link_factory
        self._lock = threading.Lock()
        self._jobs: queue.Queue[tuple[str, Any] | None] = queue.Queue()
        self._worker: threading.Thread | None = None
        self._link: Any = None
        self.identity: StationIdentity | None = None
        self.board: RoomBoard | None = None
        self.connected = False
        self.error: str | None = None  # English source text (translated by the screens)
        self.error_args: list[str] = []
        self._published_state: tuple[Any, ...] | None = None
        self._state_since: tuple[str, str] | None = None  # (state, since)
        self._state_mids: dict[int, int] = {}
        self._last_state_seq = -1
        self._commands_seen: set[str] = set()
        self.commands_applied = 0

    # ------------------------------------------------------------------ life cycle

    def start(self) -> None:
        """Join with the station folder. A folder that cannot be used is a fault shown on
        screen (the alarm itself runs on)."""
        try:
            identity = load_identity(self.folder)
        except TJDeskError as err:
            self._fail(err.message, [str(a) for a in err.message_args])
            return
        self.identity = identity
        self.board = RoomBoard(identity.site, identity.station, frozenset(identity.rooms))
        self._load_seen()
        self.error, self.error_args = CONNECTING, []
        try:
            self._link = self._link_factory(
                identity,
                will=payloads.encode(self._presence(False)),
                will_topic=presence_topic(identity.site, identity.station),
                on_connected=lambda: self._jobs.put(("connected", None)),
                on_disconnected=lambda why: self._jobs.put(("disconnected", why)),
                on_message=lambda t, raw: self._jobs.put(("message", (t, raw))),
                on_published=lambda mid: self._jobs.put(("published", mid)),
            )
        except (OSError, ValueError) as err:  # ssl.SSLError is an OSError
            log.error("alarm network: station files refused: %s", type(err).__name__)
            if self._seen_file is not None:
                self._seen_file.close()
            self._fail(
                QT_TRANSLATE_NOOP("errors", "The station folder %1 cannot be used: %2"),
                [str(self.folder), "the certificate or key cannot be loaded"],
            )
            return
        self._worker = threading.Thread(target=self._work, name="alarm-network", daemon=True)
        self._worker.start()
        self._link.start()

    def _fail(self, message: str, args: list[str]) -> None:
        self.error, self.error_args = message, args
        self._service.announce({"event": "network", **self.status()})

    def stop(self) -> None:
        """Hand paho what is queued, say "offline" (a clean disconnect sends no Last Will),
        disconnect, then act on every message paho took in (and acknowledged) before that."""
        link = self._link
        if link is None:
            return
        flushed = threading.Event()
        self._jobs.put(("flush", flushed))
        flushed.wait(STOP_GRACE_S * 3)
        identity = self.identity
        if identity is not None and identity.kind != "reader" and link.connected:
            info = link.publish(
                presence_topic(identity.site, identity.station),
                payloads.encode(self._presence(False)),
                retain=True,
            )
            with contextlib.suppress(RuntimeError, ValueError):
                info.wait_for_publish(STOP_GRACE_S)
        link.stop()
        self._link = None
        self._jobs.put(None)
        if self._worker is not None:
            self._worker.join(STOP_GRACE_S * 3)
        if self._seen_file is not None:
            self._seen_file.close(STOP_GRACE_S * 3)

    # ------------------------------------------------------------------ hooks (any thread)

    def journaled(self, entry: Entry) -> None:
        """An entry is on disk and the lights are lit: queue it for the network."""
        if self._worker is not None and entry.get("event") not in ANNOUNCED_HERE:
            self._jobs.put(("journaled", entry))

    def acknowledge_room(self, room_id: str, alarm_id: str, user: str) -> None:
        """'I'm on my way' from this desk to another room."""
        identity = self.identity
        if identity is None or self._link is None:
            # The service sends a refusal's message to the screen, which reads it in the
            # "alarm" context (ui/alarm/controller.py).
            raise InvalidInput(
                QT_TRANSLATE_NOOP("alarm", "This computer is not on the alarm network.")
            )
        with self._lock:
            known = self.board is not None and room_id in self.board.rooms
        if not known:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("alarm", "No room %1 is known on the alarm network."),
                room_id[:40],
            )
        by = user.strip()[: payloads.NAME_MAX] or "?"
        command = payloads.command_acknowledge(alarm_id=alarm_id, by=by, station=identity.station)
        self._jobs.put(("command", (room_id, command)))

    def status(self) -> Entry:
        identity = self.identity
        with self._lock:
            board = self.board.snapshot() if self.board is not None else {}
        return {
            "joined": identity is not None,
            "folder": str(self.folder),
            "site": identity.site if identity else None,
            "station": identity.station if identity else None,
            "kind": identity.kind if identity else None,
            "name": identity.name if identity else None,
            "own_rooms": list(identity.rooms) if identity else [],
            "broker": identity.broker if identity else None,
            "connected": self.connected,
            "error": self.error,  # None while connected (cleared on every connect)
            "error_args": list(self.error_args),
            "commands_applied": self.commands_applied,
            "rooms": board.get("rooms", []),
            "stations": board.get("stations", []),
            "desks_listening": board.get("desks_listening", 0),
            "invalid_payloads": board.get("invalid_payloads", 0),
            "last_message_at": board.get("last_message_at"),
        }

    # ------------------------------------------------------------------ the worker

    def _work(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            kind, data = job
            try:
                getattr(self, f"_on_{kind}")(data)
            except Exception:
                # The network must never take the alarm service down with it.
                log.exception("alarm network: %s failed", kind)

    def _on_flush(self, done: threading.Event) -> None:
        done.set()

    def _on_connected(self, _: object) -> None:
        identity, link = self.identity, self._link
        assert identity is not None
        if link is None:
            return
        self.error, self.error_args = None, []
        self.connected = True
        root = site_root(identity.site)
        link.subscribe(
            [f"{root}/station/+/presence", f"{root}/room/+/state", f"{root}/room/+/event"]
            + [command_topic(identity.site, r) for r in identity.rooms]
        )
        # On EVERY connect, not only the first: after a broker restart the broker may hold
        # our Last Will ("offline") as the retained presence.
        if identity.kind != "reader":
            link.publish(
                presence_topic(identity.site, identity.station),
                payloads.encode(self._presence(True)),
                retain=True,
            )
        if identity.kind == "room":
            self._publish_state(force=True)
        self._service.announce({"event": "network", **self.status()})

    def _on_disconnected(self, why: str) -> None:
        was = self.connected
        self.connected = False
        assert self.identity is not None
        self.error, self.error_args = UNREACHABLE, [self.identity.broker]
        log.warning("alarm network: not connected (%s)", why[:80])
        if was or why:
            self._service.announce({"event": "network", **self.status()})

    def _on_message(self, data: tuple[str, bytes]) -> None:
        topic, raw = data
        parsed = parse_topic(topic)
        identity = self.identity
        assert identity is not None and self.board is not None
        if parsed is not None and parsed.leaf == "command":
            if parsed.site == identity.site and parsed.id in identity.rooms:
                self._apply_command(raw)
            return
        with self._lock:
            news = self.board.accept(topic, raw)
        if self.board.newly_seen:
            if self._seen_file is not None:
                self._seen_file.add(self.board.newly_seen)  # only queues: fsync'd off this path
            self.board.newly_seen = []
        for entry in news:
            self._service.announce(entry)
        if news and any(e["event"] == "station_presence" for e in news):
            self._service.announce({"event": "network", **self.status()})

    def _on_published(self, mid: int) -> None:
        seq = self._state_mids.pop(mid, None)
        if seq is not None and seq < self._last_state_seq:
            # paho re-sent an older retained state after a reconnect, after the current
            # one: the broker would keep the stale one for late joiners. Put ours back.
            self._publish_state(force=True)

    def _on_journaled(self, entry: Entry) -> None:
        identity, link = self.identity, self._link
        assert identity is not None  # set before the worker starts, never unset
        if link is None or identity.kind != "room":
            return
        event = self._event_payload(entry)
        for room in identity.rooms:
            # Sent now, or by paho when the broker is back (QoS 1): nothing is lost.
            link.publish(event_topic(identity.site, room), payloads.encode(event), retain=False)
        self._publish_state(force=False)

    def _on_command(self, data: tuple[str, Payload]) -> None:
        room_id, command = data
        assert self.identity is not None and self._link is not None
        self._link.publish(
            command_topic(self.identity.site, room_id), payloads.encode(command), retain=False
        )

    # ------------------------------------------------------------------ seen event ids

    def _load_seen(self) -> None:
        if self._seen_file is None or self.board is None:
            return
        for event_id in self._seen_file.load():
            self.board.remember(event_id)
        self._seen_file.start()

    # ------------------------------------------------------------------ room station

    def _apply_command(self, raw: bytes) -> None:
        assert self.board is not None
        try:
            command = payloads.check_command(payloads.decode(raw))
        except InvalidPayload:
            with self._lock:
                self.board.invalid += 1
            return
        if command["id"] in self._commands_seen:
            return
        self._commands_seen.add(command["id"])
        if len(self._commands_seen) > 10_000:
            self._commands_seen.clear()
        # Only for the current, unanswered alarm; anything else is stale and ignored.
        if self._service.network_acknowledge(command["alarm_id"], command["by"]):
            self.commands_applied += 1

    def _publish_state(self, *, force: bool) -> None:
        identity, link = self.identity, self._link
        assert identity is not None
        if link is None:
            return
        state = self._state_payload()
        visible = (
            state["state"],
            state["alarm_id"],
            state["acknowledged_by"],
            tuple(state["faults"]),
            state["room_name"],
        )
        if not force and visible == self._published_state:
            return
        if not link.connected:
            # Sent in the next connect (forced there), fresh: a queued old state must not
            # become the retained one after a newer.
            return
        self._published_state = visible
        self._last_state_seq = state["seq"]
        for room in identity.rooms:
            info = link.publish(
                state_topic(identity.site, room), payloads.encode(state), retain=True
            )
            if info.mid:
                self._state_mids[info.mid] = state["seq"]

    def _state_payload(self) -> Payload:
        assert self.identity is not None
        status, journal_id, seq = self._service.network_room()
        alarm = status.get("alarm") or None
        devices = status.get("devices") or []
        faults = sorted(
            {str(f) for d in devices for f in d.get("faults") or []}
            | {"DEVICE_LOST" for d in devices if not d.get("connected")}
            | (set() if devices else {"NO_DEVICE"})
        )
        state = str(status["state"])  # the engine's status always has one
        if state == "ready" and faults:
            state = "fault"
        if alarm and state == "acknowledged":
            since = alarm.get("acknowledged_at")
        elif alarm:
            since = alarm.get("at")
        else:
            since = None
        if since is None:
            if self._state_since is None or self._state_since[0] != state:
                self._state_since = (state, payloads.zulu())
            since = self._state_since[1]
        return {
            "state": state,
            "room_name": self._room_name(status),
            "alarm_id": alarm.get("id") if alarm else None,
            "since": payloads.zulu(str(since)),
            "acknowledged_by": alarm.get("acknowledged_by") if alarm else None,
            "faults": faults,
            "seq": max(0, seq),
            "station": self.identity.station,
            "journal": journal_id,
        }

    def _event_payload(self, entry: Entry) -> Payload:
        assert self.identity is not None
        status, journal_id, last_seq = self._service.network_room()
        name = str(entry.get("event"))
        seq = entry.get("seq")
        payload: Payload = {
            "id": payloads.new_id(),
            "event": name,
            "room_name": self._room_name(status),
            "alarm_id": entry.get("id") if name in ALARM_EVENTS else None,
            "at": payloads.zulu(str(entry.get("at") or "")),
            "by": entry.get("by"),
            "seq": seq if isinstance(seq, int) else max(0, last_seq),
            "station": self.identity.station,
            "journal": journal_id,
        }
        for key in EXTRA_EVENT_FIELDS:
            if key in entry:
                payload[key] = entry[key]
        return payload

    def _room_name(self, status: Entry) -> str:
        assert self.identity is not None
        return str(status.get("room") or self.identity.name)[: payloads.NAME_MAX]

    def _presence(self, online: bool) -> Payload:
        assert self.identity is not None
        return payloads.presence(
            online=online,
            kind=self.identity.kind,
            name=self.identity.name,
            rooms=list(self.identity.rooms),
            version=__version__,
        )
