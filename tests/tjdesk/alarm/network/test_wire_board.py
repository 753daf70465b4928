"""What a desk knows of the other rooms (PROTOCOL-ALARMNET.md, the receiver's rules): older state
delivered late is ignored, an event that comes twice is shown once (also after a restart),
stations come and go, and a room station counts the desks listening. Fast: the board directly,
or a station on a fake link."""

from __future__ import annotations

from pathlib import Path

from tjdesk.alarm.network.board import SEEN_IDS_KEPT, RoomBoard

from .wirekit import (
    EVENT_TOPIC,
    SITE,
    STATE_TOPIC,
    Joined,
    event,
    presence,
    presence_topic,
    raw,
    state,
    station_folder,
)


def desk(me: str = "desk-a", own: frozenset[str] = frozenset()) -> RoomBoard:
    return RoomBoard(SITE, me, own)


def shown(board: RoomBoard, room: str = "room-1") -> dict[str, object] | None:
    return next((r for r in board.snapshot()["rooms"] if r["room_id"] == room), None)


# ---------------------------------------------------------------------------- state


def test_an_older_state_delivered_late_is_ignored() -> None:
    board = desk()
    board.accept(STATE_TOPIC, raw(state(state="acknowledged", acknowledged_by="Nok", seq=413)))
    assert board.accept(STATE_TOPIC, raw(state(state="alarm", seq=412))) == []
    room = shown(board)
    assert room is not None
    assert room["state"] == "acknowledged" and room["acknowledged_by"] == "Nok"
    assert room["room_seq"] == 413
    assert board.snapshot()["invalid_payloads"] == 0


def test_a_change_with_the_same_seq_is_shown() -> None:
    """A device lost is a new state without a new journal entry: the seq stays."""
    board = desk()
    board.accept(STATE_TOPIC, raw(state(state="ready", alarm_id=None)))
    (entry,) = board.accept(
        STATE_TOPIC, raw(state(state="fault", alarm_id=None, faults=["DEVICE_LOST"]))
    )
    assert entry["state"] == "fault" and entry["faults"] == ["DEVICE_LOST"]


def test_a_room_station_with_a_new_journal_is_believed_even_with_a_smaller_seq() -> None:
    board = desk()
    board.accept(STATE_TOPIC, raw(state(seq=412, journal="j-1")))
    (entry,) = board.accept(
        STATE_TOPIC, raw(state(state="ready", alarm_id=None, seq=3, journal="j-2"))
    )
    assert entry["state"] == "ready" and entry["room_seq"] == 3
    assert shown(board)["state"] == "ready"  # type: ignore[index]


def test_another_station_taking_the_room_over_is_believed() -> None:
    board = desk()
    board.accept(STATE_TOPIC, raw(state(seq=412)))
    (entry,) = board.accept(STATE_TOPIC, raw(state(seq=5, station="room-pc-2")))
    assert entry["station"] == "room-pc-2" and entry["room_seq"] == 5


def test_a_newer_state_that_looks_the_same_is_kept_without_showing_it_again() -> None:
    board = desk()
    board.accept(STATE_TOPIC, raw(state(seq=412)))
    assert board.accept(STATE_TOPIC, raw(state(seq=415, since="2026-12-03T07:00:05Z"))) == []
    room = shown(board)
    assert room is not None and room["room_seq"] == 415
    assert room["since"] == "2026-12-03T07:00:05Z"


def test_each_visible_change_is_shown() -> None:
    board = desk()
    board.accept(STATE_TOPIC, raw(state(seq=1, state="ready", alarm_id=None)))
    changes = [
        {"state": "alarm", "alarm_id": None},
        {"state": "alarm", "alarm_id": "37.1"},
        {"state": "alarm", "alarm_id": "37.1", "room_name": "Counseling room 2"},
        {
            "state": "alarm",
            "alarm_id": "37.1",
            "room_name": "Counseling room 2",
            "acknowledged_by": "Nok",
        },
        {
            "state": "alarm",
            "alarm_id": "37.1",
            "room_name": "Counseling room 2",
            "acknowledged_by": "Nok",
            "faults": ["LOW_BATTERY"],
        },
    ]
    for seq, change in enumerate(changes, start=2):
        (entry,) = board.accept(STATE_TOPIC, raw(state(seq=seq, **change)))
        assert entry["room_seq"] == seq


def test_a_states_journal_missing_on_both_sides_is_one_journal() -> None:
    board = desk()
    old, late = state(seq=412), state(seq=411, state="ready", alarm_id=None)
    del old["journal"], late["journal"]
    board.accept(STATE_TOPIC, raw(old))
    assert board.accept(STATE_TOPIC, raw(late)) == []
    assert shown(board)["state"] == "alarm"  # type: ignore[index]


def test_a_rooms_own_state_and_its_own_messages_are_not_news() -> None:
    room = desk("room-pc-1", frozenset({"room-1"}))
    assert room.accept(STATE_TOPIC, raw(state(station="room-pc-9"))) == []
    assert room.accept(EVENT_TOPIC, raw(event(station="room-pc-9"))) == []
    other = f"tjdesk/v1/{SITE}/room/room-2/state"
    assert room.accept(other, raw(state(station="room-pc-1"))) == []  # our own echo
    assert room.accept(f"tjdesk/v1/{SITE}/room/room-2/event", raw(event(station="room-pc-1"))) == []
    snap = room.snapshot()
    assert snap["rooms"] == [] and snap["invalid_payloads"] == 0
    assert room.newly_seen == []


def test_an_empty_retained_state_clears_another_room_but_never_our_own() -> None:
    board = desk("room-pc-1", frozenset({"room-1"}))
    board.rooms["room-1"] = state()  # what the bridge keeps of our own room, if ever
    two = f"tjdesk/v1/{SITE}/room/room-2/state"
    board.accept(two, raw(state(station="room-pc-2")))
    assert shown(board, "room-2") is not None
    assert board.accept(two, b"") == []
    assert board.accept(STATE_TOPIC, b"") == []
    assert shown(board, "room-2") is None and shown(board, "room-1") is not None
    assert board.accept(f"tjdesk/v1/{SITE}/room/room-3/state", b"") == []  # nothing to clear
    assert board.snapshot()["invalid_payloads"] == 0


def test_an_empty_retained_presence_clears_the_station() -> None:
    board = desk()
    board.accept(presence_topic("desk-b"), raw(presence()))
    board.accept(presence_topic("desk-c"), raw(presence()))
    assert board.accept(presence_topic("desk-b"), b"") == []
    assert [s["id"] for s in board.snapshot()["stations"]] == ["desk-c"]
    assert board.accept(presence_topic("desk-z"), b"") == []
    snap = board.snapshot()
    assert snap["desks_listening"] == 1 and snap["invalid_payloads"] == 0


def test_a_command_is_no_news_for_a_desk_but_is_a_message() -> None:
    board = desk()
    assert board.accept(f"tjdesk/v1/{SITE}/room/room-1/command", b"{}") == []
    snap = board.snapshot()
    assert snap["invalid_payloads"] == 0 and snap["last_message_at"] is not None


# ---------------------------------------------------------------------------- events


def test_an_event_that_comes_twice_is_shown_once() -> None:
    board = desk()
    assert len(board.accept(EVENT_TOPIC, raw(event()))) == 1
    assert board.accept(EVENT_TOPIC, raw(event())) == []
    assert len(board.accept(EVENT_TOPIC, raw(event(id="e-2", event="acknowledged")))) == 1
    assert board.newly_seen == ["0b5c1a9e-1f0e-4a57-9b7e-3c4d5e6f7a8b", "e-2"]
    assert board.seen_ids() == ["0b5c1a9e-1f0e-4a57-9b7e-3c4d5e6f7a8b", "e-2"]


def test_the_newest_ids_are_kept_and_the_oldest_forgotten() -> None:
    board = desk()
    for n in range(SEEN_IDS_KEPT + 1):
        board.remember(f"e-{n}")
    kept = board.seen_ids()
    assert len(kept) == SEEN_IDS_KEPT and kept[0] == "e-1" and kept[-1] == f"e-{SEEN_IDS_KEPT}"
    assert len(board.accept(EVENT_TOPIC, raw(event(id="e-0")))) == 1  # forgotten: news again
    assert board.accept(EVENT_TOPIC, raw(event(id="e-2"))) == []  # still known


def test_an_event_shown_before_a_restart_is_not_shown_again_after_it(tmp_path: Path) -> None:
    folder = station_folder(tmp_path / "desk-a", "desk-a", "desk")
    (tmp_path / "alarm").mkdir()  # the alarm service's own folder
    first = Joined(folder, state_dir=tmp_path / "alarm").start()
    first.link.deliver(EVENT_TOPIC, event())
    first.wait(lambda: len(first.service.shown("room_event")) == 1)
    first.stop()

    again = Joined(folder, state_dir=tmp_path / "alarm").start()
    try:
        again.link.deliver(EVENT_TOPIC, event())  # the room's paho sends it again
        again.link.deliver(EVENT_TOPIC, event(id="e-2", event="acknowledged", by="Nok"))
        again.wait(lambda: len(again.service.shown("room_event")) == 1)
        (entry,) = again.service.shown("room_event")
        assert entry["room_event"] == "acknowledged" and entry["by"] == "Nok"
    finally:
        again.stop()


# ---------------------------------------------------------------------------- presence


def test_stations_coming_and_going_are_shown_and_desks_listening_counted() -> None:
    room = desk("room-pc-1", frozenset({"room-1"}))
    assert room.accept(presence_topic("desk-a"), raw(presence(name="Front desk"))) == [
        {
            "event": "station_presence",
            "station": "desk-a",
            "online": True,
            "kind": "desk",
            "name": "Front desk",
        }
    ]
    assert room.accept(presence_topic("desk-a"), raw(presence(name="Front desk"))) == []
    room.accept(presence_topic("desk-b"), raw(presence(name="Office")))
    room.accept(presence_topic("reader-1"), raw(presence(kind="reader", name="Display")))
    room.accept(presence_topic("room-pc-2"), raw(presence(kind="room", rooms=["room-2"])))
    room.accept(presence_topic("room-pc-1"), raw(presence(kind="desk", online=False)))  # own
    assert room.snapshot()["desks_listening"] == 2

    (gone,) = room.accept(presence_topic("desk-b"), raw(presence(name="Office", online=False)))
    assert gone["online"] is False and gone["station"] == "desk-b"
    snap = room.snapshot()
    assert snap["desks_listening"] == 1
    assert snap["stations"] == [
        {"id": "desk-a", "kind": "desk", "name": "Front desk", "online": True},
        {"id": "desk-b", "kind": "desk", "name": "Office", "online": False},
        {"id": "reader-1", "kind": "reader", "name": "Display", "online": True},
        {"id": "room-pc-2", "kind": "room", "name": "Front desk", "online": True},
    ]


def test_a_desk_does_not_count_itself_as_listening() -> None:
    board = desk("desk-a")
    board.presence["desk-a"] = presence()  # as a broker's retained copy might leave it
    board.accept(presence_topic("desk-b"), raw(presence()))
    assert board.snapshot()["desks_listening"] == 1


def test_a_rooms_state_says_whether_its_station_is_online() -> None:
    board = desk()
    board.accept(STATE_TOPIC, raw(state()))
    assert shown(board)["station_online"] is False  # type: ignore[index]
    board.accept(presence_topic("room-pc-1"), raw(presence(kind="room", rooms=["room-1"])))
    assert shown(board)["station_online"] is True  # type: ignore[index]
    board.accept(presence_topic("room-pc-1"), raw(presence(kind="room", online=False)))
    assert shown(board)["station_online"] is False  # type: ignore[index]


def test_rooms_are_listed_in_order_of_their_ids() -> None:
    board = desk()
    for room in ("room-3", "room-1", "room-2"):
        board.accept(f"tjdesk/v1/{SITE}/room/{room}/state", raw(state()))
    assert [r["room_id"] for r in board.snapshot()["rooms"]] == ["room-1", "room-2", "room-3"]


def test_every_bad_message_is_counted() -> None:
    board = desk()
    for _ in range(2):
        board.accept("tjdesk/v1/shelter-b/room/room-1/state", raw(state()))
    for _ in range(3):
        board.accept(STATE_TOPIC, b"{not json")
    assert board.snapshot()["invalid_payloads"] == 5
