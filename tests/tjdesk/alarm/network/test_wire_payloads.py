"""What arrives from the wire (PROTOCOL-ALARMNET.md, "Payloads"): a malformed, oversized,
wrong-typed or forged payload is refused and counted, and nothing a desk shows changes; a valid
one is shown as sent. Fast: no broker (the board directly, a room station on a fake link)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tjdesk import __version__
from tjdesk.alarm.network import payloads
from tjdesk.alarm.network.board import RoomBoard
from tjdesk.alarm.network.names import check_id
from tjdesk.errors import InvalidInput

from .wirekit import (
    COMMAND_TOPIC,
    EVENT_TOPIC,
    SITE,
    STATE_TOPIC,
    Joined,
    command,
    event,
    presence,
    presence_topic,
    raw,
    state,
    station_folder,
)


def desk() -> RoomBoard:
    return RoomBoard(SITE, "desk-a")


def shown_room(board: RoomBoard) -> dict[str, Any]:
    (room,) = board.snapshot()["rooms"]
    return room


# ---------------------------------------------------------------------------- state


def test_a_valid_state_is_shown_as_the_room_sent_it() -> None:
    board = desk()
    assert board.accept(STATE_TOPIC, raw(state(faults=["DEVICE_LOST"]))) == [
        {
            "event": "room_state",
            "room_id": "room-1",
            "state": "alarm",
            "room_name": "Counseling room 1",
            "alarm_id": "37.1",
            "since": "2026-12-03T07:00:00Z",
            "acknowledged_by": None,
            "faults": ["DEVICE_LOST"],
            "room_seq": 412,
            "station": "room-pc-1",
            "station_online": False,
        }
    ]
    assert board.snapshot()["invalid_payloads"] == 0


TOO_LONG = b" " * (payloads.MAX_PAYLOAD + 1 - len(raw(state(seq=413)))) + raw(state(seq=413))


@pytest.mark.parametrize(
    "bad",
    [
        pytest.param(b"{not json", id="not JSON"),
        pytest.param(raw(state(seq=413))[:-1], id="cut short"),
        pytest.param('{"state": "ready"}'.encode("utf-16"), id="not UTF-8"),
        pytest.param(b"[1, 2]", id="a list"),
        pytest.param(b'"ready"', id="a string"),
        pytest.param(TOO_LONG, id="one byte over 16 KiB"),
        pytest.param(raw(state(state="cleared", seq=413)), id="unknown state"),
        pytest.param(raw({k: v for k, v in state(seq=413).items() if k != "state"}), id="no state"),
        pytest.param(
            raw({k: v for k, v in state(seq=413).items() if k != "room_name"}), id="no room name"
        ),
        pytest.param(raw(state(room_name=None, seq=413)), id="room name null"),
        pytest.param(raw(state(room_name=7, seq=413)), id="room name a number"),
        pytest.param(raw(state(room_name="R" * 81, seq=413)), id="room name 81 characters"),
        pytest.param(raw(state(room_name="Room\n1", seq=413)), id="room name with a line break"),
        pytest.param(
            raw({k: v for k, v in state(seq=413).items() if k != "alarm_id"}), id="no alarm id"
        ),
        pytest.param(raw(state(alarm_id=37, seq=413)), id="alarm id a number"),
        pytest.param(raw(state(acknowledged_by=["Nok"], seq=413)), id="answered by a list"),
        pytest.param(
            raw({k: v for k, v in state(seq=413).items() if k != "acknowledged_by"}),
            id="no acknowledged_by",
        ),
        pytest.param(raw(state(since=1733209200, seq=413)), id="since a number"),
        pytest.param(raw({k: v for k, v in state(seq=413).items() if k != "since"}), id="no since"),
        pytest.param(raw(state(faults="DEVICE_LOST", seq=413)), id="faults a string"),
        pytest.param(raw(state(faults=["DEVICE_LOST", 3], seq=413)), id="a fault a number"),
        pytest.param(raw({k: v for k, v in state().items() if k != "seq"}), id="no seq"),
        pytest.param(raw(state(seq=True)), id="seq true"),
        pytest.param(raw(state(seq=-1)), id="seq negative"),
        pytest.param(raw(state(seq="413")), id="seq a string"),
        pytest.param(raw(state(seq=413.0)), id="seq a float"),
        pytest.param(
            raw({k: v for k, v in state(seq=413).items() if k != "station"}), id="no station"
        ),
        pytest.param(raw(state(station="Room PC 1", seq=413)), id="station not an id"),
        pytest.param(raw(state(station="r" * 33, seq=413)), id="station id 33 characters"),
    ],
)
def test_a_bad_state_is_counted_and_the_room_shown_stays_as_it_was(bad: bytes) -> None:
    board = desk()
    board.accept(STATE_TOPIC, raw(state()))
    before = shown_room(board)
    assert board.accept(STATE_TOPIC, bad) == []
    assert board.snapshot()["invalid_payloads"] == 1
    assert shown_room(board) == before


@pytest.mark.parametrize(
    "good",
    [
        pytest.param(state(seq=0, station="room-pc-1", journal="j-2"), id="seq 0"),
        pytest.param(state(room_name="R" * 80), id="room name 80 characters"),
        pytest.param(state(room_name="ห้องให้คำปรึกษา 1"), id="a Thai room name"),
        pytest.param(state(state="ready", alarm_id=None, since=None), id="nulls where allowed"),
        pytest.param(state(acknowledged_by="Nok", state="acknowledged"), id="answered"),
        pytest.param({k: v for k, v in state().items() if k != "faults"}, id="no faults"),
        pytest.param(state(station="r" * 32), id="station id 32 characters"),
        pytest.param(state(sounder="on"), id="a field it does not know"),
    ],
)
def test_a_valid_state_in_every_allowed_form_is_shown(good: dict[str, Any]) -> None:
    board = desk()
    (entry,) = board.accept(STATE_TOPIC, raw(good))
    assert entry["state"] == good["state"] and entry["room_name"] == good["room_name"]
    assert entry["room_seq"] == good["seq"] and entry["station"] == good["station"]
    assert board.snapshot()["invalid_payloads"] == 0


def test_a_state_of_exactly_16_kib_is_still_read() -> None:
    body = raw(state())
    padded = b" " * (payloads.MAX_PAYLOAD - len(body)) + body
    assert len(padded) == payloads.MAX_PAYLOAD
    board = desk()
    assert board.accept(STATE_TOPIC, padded)[0]["state"] == "alarm"
    assert board.snapshot()["invalid_payloads"] == 0


# ---------------------------------------------------------------------------- event


@pytest.mark.parametrize(
    "bad",
    [
        pytest.param(b"", id="empty"),
        pytest.param({k: v for k, v in event().items() if k != "id"}, id="no id"),
        pytest.param(event(id=12), id="id a number"),
        pytest.param(event(id="x" * 81), id="id too long"),
        pytest.param(event(event=""), id="event empty"),
        pytest.param({k: v for k, v in event().items() if k != "event"}, id="no event"),
        pytest.param(event(event=None), id="event null"),
        pytest.param(event(room_name=None), id="room name null"),
        pytest.param(event(alarm_id=37), id="alarm id a number"),
        pytest.param({k: v for k, v in event().items() if k != "at"}, id="no at"),
        pytest.param(event(at=None), id="at null"),
        pytest.param(event(by=5), id="by a number"),
        pytest.param({k: v for k, v in event().items() if k != "by"}, id="no by"),
        pytest.param(event(seq=-3), id="seq negative"),
        pytest.param(event(station="ROOM"), id="station not an id"),
    ],
)
def test_a_bad_event_is_counted_and_not_shown(bad: dict[str, Any] | bytes) -> None:
    board = desk()
    assert board.accept(EVENT_TOPIC, raw(bad)) == []
    snap = board.snapshot()
    assert snap["invalid_payloads"] == 1 and snap["rooms"] == []
    # and it was not taken for seen: the real one, with the same id, still shows
    assert len(board.accept(EVENT_TOPIC, raw(event()))) == 1


def test_a_valid_event_is_shown_with_who_answered() -> None:
    board = desk()
    (entry,) = board.accept(EVENT_TOPIC, raw(event(event="acknowledged", by="Nok", sounder="on")))
    assert entry == {
        "event": "room_event",
        "room_id": "room-1",
        "room_event": "acknowledged",
        "event_id": "0b5c1a9e-1f0e-4a57-9b7e-3c4d5e6f7a8b",
        "alarm_id": "37.1",
        "room_name": "Counseling room 1",
        "at": "2026-12-03T07:00:00Z",
        "by": "Nok",
        "room_seq": 412,
        "station": "room-pc-1",
    }
    assert board.snapshot()["invalid_payloads"] == 0


def test_an_event_with_no_alarm_is_shown() -> None:
    board = desk()
    (entry,) = board.accept(EVENT_TOPIC, raw(event(event="fault", alarm_id=None, by=None)))
    assert entry["room_event"] == "fault" and entry["alarm_id"] is None


# ---------------------------------------------------------------------------- presence


@pytest.mark.parametrize(
    "bad",
    [
        pytest.param(presence(online="yes"), id="online a string"),
        pytest.param(presence(online=1), id="online a number"),
        pytest.param({k: v for k, v in presence().items() if k != "online"}, id="no online"),
        pytest.param(presence(kind="printer"), id="unknown kind"),
        pytest.param({k: v for k, v in presence().items() if k != "kind"}, id="no kind"),
        pytest.param({k: v for k, v in presence().items() if k != "name"}, id="no name"),
        pytest.param(presence(name="N" * 81), id="name too long"),
        pytest.param(presence(rooms="room-1"), id="rooms a string"),
        pytest.param(presence(rooms=["Room 1"]), id="a room not an id"),
    ],
)
def test_a_bad_presence_is_counted_and_the_station_not_shown(bad: dict[str, Any]) -> None:
    board = desk()
    assert board.accept(presence_topic("desk-b"), raw(bad)) == []
    snap = board.snapshot()
    assert snap["invalid_payloads"] == 1
    assert snap["stations"] == [] and snap["desks_listening"] == 0


def test_a_valid_presence_shows_the_station_and_its_kind() -> None:
    board = desk()
    news = board.accept(presence_topic("reader-1"), raw(presence(kind="reader", name="Display")))
    assert news == [
        {
            "event": "station_presence",
            "station": "reader-1",
            "online": True,
            "kind": "reader",
            "name": "Display",
        }
    ]
    room_pc = presence(kind="room", name="Counseling room 2", rooms=["room-2"])
    assert board.accept(presence_topic("room-pc-2"), raw(room_pc))[0]["kind"] == "room"
    no_rooms = {k: v for k, v in presence(rooms=["room-1"]).items() if k != "rooms"}
    assert board.accept(presence_topic("room-pc-1"), raw({**no_rooms, "kind": "room"}))
    assert board.snapshot()["invalid_payloads"] == 0


# ---------------------------------------------------------------------------- topics


@pytest.mark.parametrize(
    "topic",
    [
        "tjdesk/v1/shelter-b/room/room-1/state",  # another site's
        "tjdesk/v2/shelter-a/room/room-1/state",
        "tjdesk/v0/shelter-a/room/room-1/state",
        "tjdesk-v1/x/shelter-a/room/room-1/state",
        "other/v1/shelter-a/room/room-1/state",
        "tjdesk/v1/shelter-a/room/room-1/state/extra",
        "tjdesk/v1/shelter-a/room/room-1",
        "tjdesk/v1/shelter-a/room/Room-1/state",
        "tjdesk/v1/Shelter-A/room/room-1/state",
        "tjdesk/v1/shelter-a/room/" + "r" * 33 + "/state",
        "tjdesk/v1/shelter-a/room//state",
        "tjdesk/v1/shelter-a/room/room-1/presence",
        "tjdesk/v1/shelter-a/station/room-1/state",
        "tjdesk/v1/shelter-a/desk/room-1/state",
    ],
)
def test_a_state_on_a_topic_that_is_not_ours_is_counted_and_not_shown(topic: str) -> None:
    board = desk()
    assert board.accept(topic, raw(state())) == []
    snap = board.snapshot()
    assert snap["invalid_payloads"] == 1 and snap["rooms"] == []
    assert snap["last_message_at"] is None


def test_a_room_id_of_32_characters_is_a_room() -> None:
    board = desk()
    room = "r" * 32
    (entry,) = board.accept(f"tjdesk/v1/{SITE}/room/{room}/state", raw(state()))
    assert entry["room_id"] == room


def test_the_last_message_time_is_utc_with_a_z() -> None:
    board = desk()
    board.accept(STATE_TOPIC, raw(state()))
    at = board.snapshot()["last_message_at"]
    assert at.endswith("Z") and "+" not in at and at[:2] == "20"


# ---------------------------------------------------------------------------- commands


@pytest.fixture
def room(tmp_path: Path) -> Joined:
    joined = Joined(station_folder(tmp_path / "room-pc-1")).start()
    yield joined  # type: ignore[misc]
    joined.stop()


@pytest.mark.parametrize(
    "forged",
    [
        pytest.param(command(cmd="reset"), id="reset"),
        pytest.param({k: v for k, v in command().items() if k != "cmd"}, id="no cmd"),
        pytest.param({k: v for k, v in command().items() if k != "id"}, id="no id"),
        pytest.param(command(id=None), id="id null"),
        pytest.param({k: v for k, v in command().items() if k != "alarm_id"}, id="no alarm id"),
        pytest.param(command(alarm_id=None), id="alarm id null"),
        pytest.param({k: v for k, v in command().items() if k != "by"}, id="no one answering"),
        pytest.param(command(by=None), id="by null"),
        pytest.param(command(by="N" * 81), id="by too long"),
        pytest.param(command(station="Front Desk"), id="station not an id"),
        pytest.param(b"acknowledge 37.1", id="not JSON"),
    ],
)
def test_a_forged_or_broken_command_is_counted_and_the_alarm_stays_unanswered(
    room: Joined, forged: dict[str, Any] | bytes
) -> None:
    room.link.deliver(COMMAND_TOPIC, forged)
    room.link.deliver(COMMAND_TOPIC, command(id="c-2", by="Dao"))  # then a real one
    room.wait(lambda: room.net["commands_applied"] == 1)
    assert room.service.answers == [("37.1", "Dao")]
    assert room.net["invalid_payloads"] == 1


def test_an_answer_sent_twice_is_applied_once_and_one_for_another_room_not_at_all(
    room: Joined,
) -> None:
    room.link.deliver(f"tjdesk/v1/{SITE}/room/room-2/command", command(id="c-0", by="Ann"))
    room.link.deliver("tjdesk/v1/shelter-b/room/room-1/command", command(id="c-9"))
    room.link.deliver(COMMAND_TOPIC, command(by="Nok"))
    room.link.deliver(COMMAND_TOPIC, command(by="Nok"))  # QoS 1, again
    room.link.deliver(COMMAND_TOPIC, command(id="c-3", alarm_id="36.4", by="Dao"))  # stale
    room.link.deliver(COMMAND_TOPIC, raw(b"{"))  # a barrier: counted once everything is done
    room.wait(lambda: room.net["invalid_payloads"] == 1)
    assert room.service.answers == [("37.1", "Nok")]
    assert room.net["commands_applied"] == 1


# ---------------------------------------------------------------------------- what we send


def test_what_a_desk_sends_is_compact_utf8_json_a_room_reads_back(tmp_path: Path) -> None:
    desk_station = Joined(station_folder(tmp_path / "desk-a", "desk-a", "desk")).start()
    try:
        desk_station.link.deliver(STATE_TOPIC, state())
        desk_station.wait(lambda: len(desk_station.net["rooms"]) == 1)
        desk_station.bridge.acknowledge_room("room-1", "37.1", "  น้อย  ")
        desk_station.wait(
            lambda: any(t == COMMAND_TOPIC for t, _, _ in desk_station.link.published)
        )
    finally:
        desk_station.stop()
    (sent,) = [p for t, p, _ in desk_station.link.published if t == COMMAND_TOPIC]
    assert isinstance(sent, dict)
    assert payloads.check_command(sent) is sent
    assert sent["by"] == "น้อย" and sent["station"] == "desk-a" and sent["alarm_id"] == "37.1"
    assert sent["at"].endswith("Z") and "+00:00" not in sent["at"]
    assert len(sent["id"]) == 36 and sent["id"].count("-") == 4
    wire = payloads.encode(sent)
    assert "น้อย".encode() in wire and b", " not in wire and b": " not in wire
    assert json.loads(wire) == sent


def test_a_room_station_says_on_the_wire_who_it_is_its_rooms_and_its_version(
    room: Joined,
) -> None:
    (said,) = [(p, r) for t, p, r in room.link.published if t == presence_topic("room-pc-1")]
    sent, retained = said
    assert retained is True
    assert isinstance(sent, dict) and sent.pop("at").endswith("Z")
    assert sent == {
        "online": True,
        "kind": "room",
        "name": "Counseling room 1",
        "rooms": ["room-1"],
        "version": __version__,
    }
    assert room.link.hooks["will_topic"] == presence_topic("room-pc-1")
    will = json.loads(room.link.hooks["will"])
    assert will["online"] is False and will["rooms"] == ["room-1"]


def test_presence_sent_says_who_and_when_in_utc() -> None:
    sent = payloads.presence(
        online=True,
        kind="desk",
        name="Front desk",
        rooms=[],
        version="0.2.0",
        at="2026-12-03T07:00:00+00:00",
    )
    assert sent["at"] == "2026-12-03T07:00:00Z"
    assert payloads.check_presence(sent) is sent
    now = payloads.presence(online=False, kind="desk", name="Front desk", rooms=[], version="x")
    assert now["at"].endswith("Z") and now["online"] is False


def test_a_time_already_with_a_z_or_another_zone_is_left_as_it_is() -> None:
    assert payloads.zulu("2026-12-03T07:00:00Z") == "2026-12-03T07:00:00Z"
    assert payloads.zulu("2026-12-03T14:00:00+07:00") == "2026-12-03T14:00:00+07:00"
    assert payloads.zulu("").endswith("Z")


# ---------------------------------------------------------------------------- ids typed in


@pytest.mark.parametrize("bad", ["", "Room-1", "room 1", "r" * 33, "room_1", "ห้อง"])
def test_an_id_typed_in_that_is_not_valid_is_one_sentence_naming_it(bad: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        check_id("room", bad)
    assert refused.value.message == (
        "The %1 id %2 is not valid: use 1 to %3 characters of a-z, 0-9 and -."
    )
    assert refused.value.message_args == ("room", repr(bad)[:40], 32)


def test_a_long_id_typed_in_is_named_by_its_first_40_characters() -> None:
    with pytest.raises(InvalidInput) as refused:
        check_id("site", "S" * 100)
    assert str(refused.value) == (
        "The site id '" + "S" * 39 + " is not valid: use 1 to 32 characters of a-z, 0-9 and -."
    )


@pytest.mark.parametrize("good", ["a", "room-1", "r" * 32, "0-9"])
def test_a_valid_id_typed_in_is_taken_as_it_is(good: str) -> None:
    assert check_id("station", good) == good
