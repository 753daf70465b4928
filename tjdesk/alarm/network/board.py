"""What a station knows of the site: every other room's state, the stations present, and
the event ids already handed on.

The receiver's rules (PROTOCOL-ALARMNET.md): a payload that is not valid is counted and
ignored; an event is acted on once (QoS 1 may deliver it twice; ids are remembered); a
room's state is never replaced by one with a smaller ``seq`` from the same station's journal.
Not thread-safe on its own: the bridge's worker thread is its only writer, and ``snapshot``
is taken under the bridge's lock.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Any

from tjdesk.alarm.network import payloads
from tjdesk.alarm.network.names import Topic, parse_topic
from tjdesk.alarm.network.payloads import InvalidPayload, Payload

Entry = dict[str, Any]
SEEN_IDS_KEPT = 20_000


@dataclass
class RoomBoard:
    site: str
    me: str  # this station's id: its own messages are not news
    own_rooms: frozenset[str] = frozenset()
    rooms: dict[str, Payload] = field(default_factory=dict)
    presence: dict[str, Payload] = field(default_factory=dict)
    invalid: int = 0
    last_message_at: str | None = None
    # ids accepted since the bridge last saved them (it keeps them across restarts: a room's
    # paho may send an event again after a broker restart, while this desk was restarting)
    newly_seen: list[str] = field(default_factory=list)
    _seen: set[str] = field(default_factory=set)
    _seen_order: deque[str] = field(default_factory=deque)

    def accept(self, topic_text: str, raw: bytes) -> list[Entry]:
        """Take in one message; returns what the service should announce (possibly nothing).
        Commands are not the board's business (see the bridge)."""
        topic = parse_topic(topic_text)
        if topic is None or topic.site != self.site:
            self.invalid += 1
            return []
        self.last_message_at = payloads.zulu()
        if topic.leaf == "command":
            return []
        if not raw and topic.leaf in ("state", "presence"):
            # An empty retained message clears the topic (an administrator's clean-up).
            return self._cleared(topic)
        try:
            payload = payloads.decode(raw)
            if topic.leaf == "presence":
                return self._presence(topic, payloads.check_presence(payload))
            if topic.leaf == "state":
                return self._state(topic, payloads.check_state(payload))
            return self._event(topic, payloads.check_event(payload))
        except InvalidPayload:
            self.invalid += 1
            return []

    # ------------------------------------------------------------------ kinds

    def _cleared(self, topic: Topic) -> list[Entry]:
        if topic.scope == "station":
            self.presence.pop(topic.id, None)
        elif topic.id not in self.own_rooms:
            self.rooms.pop(topic.id, None)
        return []

    def _presence(self, topic: Topic, payload: Payload) -> list[Entry]:
        if topic.id == self.me:
            return []  # our own (or our Last Will from a previous life): we know better
        before = self.presence.get(topic.id)
        self.presence[topic.id] = payload
        if before is not None and before.get("online") == payload["online"]:
            return []
        return [
            {
                "event": "station_presence",
                "station": topic.id,
                "online": payload["online"],
                "kind": payload["kind"],
                "name": payload["name"],
            }
        ]

    def _state(self, topic: Topic, payload: Payload) -> list[Entry]:
        if topic.id in self.own_rooms or payload["station"] == self.me:
            return []
        old = self.rooms.get(topic.id)
        if old is not None and old["station"] == payload["station"]:
            same_journal = old.get("journal") == payload.get("journal")
            if same_journal and payload["seq"] < old["seq"]:
                return []  # older news delivered late (a resend after a reconnect)
            if same_journal and _visible(old) == _visible(payload):
                self.rooms[topic.id] = payload
                return []
        self.rooms[topic.id] = payload
        return [self.room_entry(topic.id)]

    def _event(self, topic: Topic, payload: Payload) -> list[Entry]:
        if topic.id in self.own_rooms or payload["station"] == self.me:
            return []
        event_id = payload["id"]
        if event_id in self._seen:
            return []  # QoS 1 delivered it again
        self.remember(event_id)
        self.newly_seen.append(event_id)
        return [
            {
                "event": "room_event",
                "room_id": topic.id,
                "room_event": payload["event"],
                "event_id": event_id,
                "alarm_id": payload.get("alarm_id"),
                "room_name": payload["room_name"],
                "at": payload["at"],
                "by": payload.get("by"),
                "room_seq": payload["seq"],
                "station": payload["station"],
            }
        ]

    def remember(self, event_id: str) -> None:
        self._seen.add(event_id)
        self._seen_order.append(event_id)
        while len(self._seen_order) > SEEN_IDS_KEPT:
            self._seen.discard(self._seen_order.popleft())

    def seen_ids(self) -> list[str]:
        return list(self._seen_order)

    # ------------------------------------------------------------------ reading

    def station_online(self, station: str) -> bool:
        present = self.presence.get(station)
        return bool(present and present.get("online"))

    def desks_listening(self) -> int:
        return sum(
            1
            for ident, p in self.presence.items()
            if ident != self.me and p.get("online") and p.get("kind") == "desk"
        )

    def room_entry(self, room_id: str) -> Entry:
        state = self.rooms[room_id]
        return {
            "event": "room_state",
            "room_id": room_id,
            "state": state["state"],
            "room_name": state["room_name"],
            "alarm_id": state.get("alarm_id"),
            "since": state.get("since"),
            "acknowledged_by": state.get("acknowledged_by"),
            "faults": list(state.get("faults") or []),
            "room_seq": state["seq"],
            "station": state["station"],
            "station_online": self.station_online(str(state["station"])),
        }

    def snapshot(self) -> dict[str, Any]:
        return {
            "rooms": [self.room_entry(r) for r in sorted(self.rooms)],
            "stations": [
                {
                    "id": ident,
                    "kind": p.get("kind"),
                    "name": p.get("name"),
                    "online": bool(p.get("online")),
                }
                for ident, p in sorted(self.presence.items())
            ],
            "desks_listening": self.desks_listening(),
            "invalid_payloads": self.invalid,
            "last_message_at": self.last_message_at,
        }


def _visible(state: Payload) -> tuple[Any, ...]:
    return (
        state.get("state"),
        state.get("room_name"),
        state.get("alarm_id"),
        state.get("acknowledged_by"),
        tuple(state.get("faults") or ()),
    )
