"""The alarm service's side of the network, on a fake link (no paho, no broker): what a room
station sends for each journal entry and on each connect, what a desk sends when someone
answers, and what the network part of the status says when something is wrong."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any

import pytest

from tjdesk import __version__
from tjdesk.alarm.network import bridge as bridge_module
from tjdesk.alarm.network import payloads
from tjdesk.alarm.network.bridge import NetworkBridge
from tjdesk.errors import InvalidInput

from .wirekit import (
    COMMAND_TOPIC,
    EVENT_TOPIC,
    SITE,
    STATE_TOPIC,
    Joined,
    Published,
    RoomService,
    command,
    event,
    presence,
    presence_topic,
    state,
    station_folder,
)


@pytest.fixture
def room(tmp_path: Path) -> Any:
    joined = Joined(station_folder(tmp_path / "room-pc-1")).start()
    yield joined
    joined.stop()


@pytest.fixture
def front(tmp_path: Path) -> Any:
    joined = Joined(station_folder(tmp_path / "desk-a", "desk-a", "desk")).start()
    yield joined
    joined.stop()


def sent_on(joined: Joined, topic: str) -> list[tuple[Any, bool]]:
    return [(p, r) for t, p, r in joined.link.published if t == topic]


def journal(joined: Joined, entry: dict[str, Any]) -> None:
    """The service journaled ``entry``; wait until the bridge sent what it sends for it."""
    before = len(joined.link.published)
    joined.bridge.journaled(entry)
    joined.wait(lambda: len(joined.link.published) > before)


# ---------------------------------------------------------------------------- connecting


def test_a_room_station_listens_to_its_site_and_its_own_rooms_commands(room: Joined) -> None:
    root = f"tjdesk/v1/{SITE}"
    assert room.link.subscribed == [
        f"{root}/station/+/presence",
        f"{root}/room/+/state",
        f"{root}/room/+/event",
        COMMAND_TOPIC,
    ]


def test_on_connect_a_room_station_says_its_state_retained(room: Joined) -> None:
    ((sent, retained),) = sent_on(room, STATE_TOPIC)
    assert retained is True
    assert sent == {
        "state": "alarm",
        "room_name": "Counseling room 1",
        "alarm_id": "37.1",
        "since": "2026-12-03T07:00:00Z",
        "acknowledged_by": None,
        "faults": [],
        "seq": 412,
        "station": "room-pc-1",
        "journal": "j-1",
    }
    net = room.net
    assert net["connected"] is True and net["error"] is None and net["error_args"] == []
    assert room.service.shown("network")[-1]["connected"] is True


def test_the_network_status_names_the_station_and_its_broker(room: Joined) -> None:
    net = room.net
    assert net["joined"] is True and net["site"] == SITE and net["station"] == "room-pc-1"
    assert net["kind"] == "room" and net["name"] == "Counseling room 1"
    assert net["own_rooms"] == ["room-1"] and net["broker"] == "broker.shelter:8883"
    assert net["rooms"] == [] and net["stations"] == [] and net["desks_listening"] == 0


def test_a_desk_says_it_is_online_and_sends_no_state(front: Joined) -> None:
    assert sent_on(front, STATE_TOPIC) == []
    ((sent, retained),) = sent_on(front, presence_topic("desk-a"))
    assert retained is True and sent["online"] is True and sent["kind"] == "desk"
    assert sent["rooms"] == [] and sent["version"] == __version__
    assert front.link.subscribed[-1] == f"tjdesk/v1/{SITE}/room/+/event"


def test_a_reader_says_nothing_at_all(tmp_path: Path) -> None:
    reader = Joined(station_folder(tmp_path / "display", "display", "reader")).start()
    try:
        reader.link.deliver(STATE_TOPIC, state())
        reader.wait(lambda: len(reader.net["rooms"]) == 1)
    finally:
        reader.stop()
    assert reader.link.published == []


def test_leaving_says_offline_retained(front: Joined) -> None:
    front.stop()
    sent, retained = sent_on(front, presence_topic("desk-a"))[-1]
    assert retained is True and sent["online"] is False and sent["kind"] == "desk"


# ---------------------------------------------------------------------------- faults


def test_a_folder_that_cannot_be_used_is_a_fault_the_screens_show(tmp_path: Path) -> None:
    service = RoomService()
    bridge = NetworkBridge(tmp_path / "nothing-here", service)
    bridge.start()
    net = bridge.status()
    assert net["joined"] is False and net["connected"] is False
    assert net["error"] == "The station folder %1 cannot be used: %2"
    assert net["error_args"] == [
        str((tmp_path / "nothing-here").absolute()),
        "station.json is missing",
    ]
    assert service.shown("network")[-1]["error"] == net["error"]
    bridge.stop()  # never joined: nothing to stop


def test_a_certificate_that_cannot_be_loaded_is_a_fault_the_screens_show(tmp_path: Path) -> None:
    service = RoomService()
    folder = station_folder(tmp_path / "room-pc-1")

    def refuse(identity: Any, **hooks: Any) -> Any:
        raise OSError("bad key")

    bridge = NetworkBridge(folder, service, state_dir=tmp_path, link_factory=refuse)
    bridge.start()
    net = bridge.status()
    assert net["connected"] is False and net["joined"] is True
    assert net["error"] == "The station folder %1 cannot be used: %2"
    assert net["error_args"] == [str(folder), "the certificate or key cannot be loaded"]
    assert (
        service.shown("network")[-1]["error_args"][1] == "the certificate or key cannot be loaded"
    )


def test_a_broker_that_goes_away_is_named_and_the_state_is_sent_again_when_back(
    room: Joined,
) -> None:
    room.link.drop("connection refused")
    room.wait(lambda: room.net["connected"] is False)
    net = room.net
    assert net["error"] == "The alarm network (broker %1) cannot be reached."
    assert net["error_args"] == ["broker.shelter:8883"]
    assert room.service.shown("network")[-1]["connected"] is False

    # answered at the room's own computer while the broker is away: not sent now...
    room.service.status["state"] = "acknowledged"
    room.service.status["alarm"]["acknowledged_by"] = "Ploy"
    room.service.status["alarm"]["acknowledged_at"] = "2026-12-03T07:01:00+00:00"
    room.service.last_seq = 413
    room.bridge.journaled(
        {
            "event": "acknowledged",
            "id": "37.1",
            "by": "Ploy",
            "seq": 413,
            "at": "2026-12-03T07:01:00+00:00",
        }
    )
    room.wait(lambda: len(sent_on(room, EVENT_TOPIC)) == 1)  # paho keeps events (QoS 1)
    assert len(sent_on(room, STATE_TOPIC)) == 1  # ... but no old state
    # ...but on the next connect, fresh
    room.link.back()
    room.wait(lambda: len(sent_on(room, STATE_TOPIC)) == 2)
    sent, retained = sent_on(room, STATE_TOPIC)[-1]
    assert sent["state"] == "acknowledged" and sent["acknowledged_by"] == "Ploy"
    assert sent["since"] == "2026-12-03T07:01:00Z" and sent["seq"] == 413 and retained


def test_a_failed_first_connect_is_shown(tmp_path: Path) -> None:
    joined = Joined(station_folder(tmp_path / "desk-a", "desk-a", "desk"))
    joined.bridge.start()
    try:
        joined.wait(lambda: joined.net["connected"] is True)
        joined.link.drop("")  # paho's connect failed before any connection
        joined.wait(lambda: joined.net["connected"] is False)
        assert joined.net["error_args"] == ["broker.shelter:8883"]
        assert joined.service.shown("network")[-1]["connected"] is False
        shown = len(joined.service.shown("network"))
        joined.link.drop("")  # paho retrying, still nothing: the screens already say so
        joined.link.drop("refused")  # a reason: said again
        joined.wait(lambda: len(joined.service.shown("network")) == shown + 1)
    finally:
        joined.stop()


# ---------------------------------------------------------------------------- journal entries


def test_each_journal_entry_is_one_event_and_a_changed_state(room: Joined) -> None:
    room.service.status["state"] = "acknowledged"
    room.service.status["alarm"].update(
        acknowledged_by="Nok", acknowledged_at="2026-12-03T07:02:00+00:00"
    )
    room.service.last_seq = 413
    journal(
        room,
        {
            "event": "acknowledged",
            "id": "37.1",
            "by": "Nok",
            "seq": 413,
            "at": "2026-12-03T07:02:00+00:00",
            "source": "network",
            "secret": "x",
        },
    )
    room.wait(lambda: len(sent_on(room, STATE_TOPIC)) == 2)
    ((sent, retained),) = sent_on(room, EVENT_TOPIC)
    assert retained is False
    assert len(sent.pop("id")) == 36
    assert sent == {
        "event": "acknowledged",
        "room_name": "Counseling room 1",
        "alarm_id": "37.1",
        "at": "2026-12-03T07:02:00Z",
        "by": "Nok",
        "seq": 413,
        "station": "room-pc-1",
        "journal": "j-1",
        "source": "network",
    }
    state_now, retained = sent_on(room, STATE_TOPIC)[-1]
    assert retained and state_now["state"] == "acknowledged" and state_now["seq"] == 413
    assert state_now["since"] == "2026-12-03T07:02:00Z"


def test_an_entry_that_changes_nothing_visible_sends_no_new_state(room: Joined) -> None:
    journal(room, {"event": "escalated", "id": "37.1", "seq": 413, "level": 2})
    journal(room, {"event": "note", "id": "x", "seq": "414", "code": "Z"})
    events = [p for p, _ in sent_on(room, EVENT_TOPIC)]
    assert events[0]["alarm_id"] == "37.1" and events[0]["level"] == 2
    assert events[1]["alarm_id"] is None and events[1]["code"] == "Z"
    assert events[1]["seq"] == 412  # not a number: the journal's last
    assert events[1]["at"].endswith("Z") and events[1]["at"][:2] == "20"  # no time: now
    assert len(sent_on(room, STATE_TOPIC)) == 1


def test_what_the_network_itself_announced_is_not_sent_back(room: Joined) -> None:
    for kind in ("room_event", "room_state", "station_presence", "network", "status"):
        room.bridge.journaled({"event": kind, "seq": 1})
    journal(room, {"event": "fault", "seq": 413, "code": "DEVICE_LOST"})
    assert [p["event"] for p, _ in sent_on(room, EVENT_TOPIC)] == ["fault"]


def test_a_desk_journals_nothing_onto_the_network(front: Joined) -> None:
    front.bridge.journaled({"event": "alarm", "id": "1.1", "seq": 3})
    front.link.deliver(STATE_TOPIC, state())  # a barrier: handled after the entry
    front.wait(lambda: len(front.net["rooms"]) == 1)
    assert sent_on(front, f"tjdesk/v1/{SITE}/room/+/event") == []
    assert [t for t, _, _ in front.link.published] == [presence_topic("desk-a")]


@pytest.mark.parametrize(
    ("devices", "faults", "shown"),
    [
        ([{"connected": True, "faults": ["LOW_BATTERY"]}], ["LOW_BATTERY"], "fault"),
        ([{"connected": False}], ["DEVICE_LOST"], "fault"),
        ([], ["NO_DEVICE"], "fault"),
        (
            [{"connected": True, "faults": ["B", "A"]}, {"connected": True, "faults": ["A"]}],
            ["A", "B"],
            "fault",
        ),
        ([{"connected": True}], [], "ready"),
    ],
)
def test_a_ready_room_with_a_device_fault_is_shown_as_a_fault(
    tmp_path: Path, devices: list[dict[str, Any]], faults: list[str], shown: str
) -> None:
    joined = Joined(station_folder(tmp_path / "room-pc-1"))
    joined.service.status = {"state": "ready", "room": "", "alarm": None, "devices": devices}
    joined.start()
    try:
        ((sent, _),) = sent_on(joined, STATE_TOPIC)
    finally:
        joined.stop()
    assert sent["faults"] == faults and sent["state"] == shown
    assert sent["alarm_id"] is None and sent["acknowledged_by"] is None
    assert sent["room_name"] == "Counseling room 1"  # the station's name, the room gave none
    assert sent["since"].endswith("Z")


def test_a_state_with_no_time_keeps_the_time_it_began(tmp_path: Path) -> None:
    joined = Joined(station_folder(tmp_path / "room-pc-1"))
    joined.service.status = {"state": "ready", "alarm": None, "devices": [{"connected": True}]}
    joined.start()
    try:
        journal(joined, {"event": "test_started", "seq": 413})
        joined.service.status["devices"] = [{"connected": False}]
        journal(joined, {"event": "fault", "seq": 414})
        joined.wait(lambda: len(sent_on(joined, STATE_TOPIC)) == 2)
        joined.service.status["devices"] = [{"connected": False, "faults": ["X"]}]
        journal(joined, {"event": "fault", "seq": 415})
        joined.wait(lambda: len(sent_on(joined, STATE_TOPIC)) == 3)
    finally:
        joined.stop()
    first, second, third = (p for p, _ in sent_on(joined, STATE_TOPIC))
    assert first["state"] == "ready" and second["state"] == third["state"] == "fault"
    assert third["since"] == second["since"]  # still the same fault since it began


def test_a_late_resent_older_state_is_put_right(
    room: Joined, caplog: pytest.LogCaptureFixture
) -> None:
    """paho re-sends an older retained state after the newer one: ours is sent again."""
    room.service.status["state"] = "acknowledged"
    room.service.status["alarm"]["acknowledged_by"] = "Nok"
    room.service.last_seq = 413
    journal(room, {"event": "acknowledged", "id": "37.1", "by": "Nok", "seq": 413})
    room.wait(lambda: len(sent_on(room, STATE_TOPIC)) == 2)
    first_mid = 2  # the presence was 1, the state on connect 2
    room.link.hooks["on_published"](first_mid)
    room.wait(lambda: len(sent_on(room, STATE_TOPIC)) == 3)
    assert sent_on(room, STATE_TOPIC)[-1][0]["seq"] == 413
    newest_mid = room.link._mid
    room.link.hooks["on_published"](newest_mid)
    room.link.hooks["on_published"](9999)  # not a state
    journal(room, {"event": "note", "seq": 414})  # a barrier
    assert len(sent_on(room, STATE_TOPIC)) == 3
    assert not [r for r in caplog.records if r.levelname == "ERROR"]


# ---------------------------------------------------------------------------- answering


def test_an_answer_from_a_desk_goes_to_the_rooms_command_topic(front: Joined) -> None:
    front.link.deliver(STATE_TOPIC, state())
    front.wait(lambda: len(front.net["rooms"]) == 1)
    front.bridge.acknowledge_room("room-1", "37.1", "   ")
    front.wait(lambda: len(sent_on(front, COMMAND_TOPIC)) == 1)
    ((sent, retained),) = sent_on(front, COMMAND_TOPIC)
    assert retained is False and sent["by"] == "?" and sent["cmd"] == "acknowledge"
    front.bridge.acknowledge_room("room-1", "37.1", "N" * 100)
    front.wait(lambda: len(sent_on(front, COMMAND_TOPIC)) == 2)
    assert sent_on(front, COMMAND_TOPIC)[-1][0]["by"] == "N" * 80


def test_an_answer_for_a_room_nobody_knows_is_refused_in_words(front: Joined) -> None:
    with pytest.raises(InvalidInput) as refused:
        front.bridge.acknowledge_room("room-" + "9" * 60, "37.1", "Nok")
    assert refused.value.message == "No room %1 is known on the alarm network."
    assert refused.value.message_args == ("room-" + "9" * 35,)


def test_an_answer_before_joining_is_refused_in_words(tmp_path: Path) -> None:
    bridge = NetworkBridge(tmp_path / "nothing-here", RoomService())
    with pytest.raises(InvalidInput) as refused:
        bridge.acknowledge_room("room-1", "37.1", "Nok")
    assert refused.value.message == "This computer is not on the alarm network."


def test_a_station_that_comes_or_goes_updates_the_network_status_on_screen(room: Joined) -> None:
    before = len(room.service.shown("network"))
    room.link.deliver(
        presence_topic("desk-a"),
        {
            "online": True,
            "kind": "desk",
            "name": "Front desk",
            "rooms": [],
            "version": "1",
            "at": "2026-12-03T07:00:00Z",
        },
    )
    room.wait(lambda: len(room.service.shown("network")) == before + 1)
    assert room.service.shown("network")[-1]["desks_listening"] == 1
    assert room.net["stations"] == [
        {"id": "desk-a", "kind": "desk", "name": "Front desk", "online": True}
    ]
    assert room.net["last_message_at"].endswith("Z")
    assert room.service.shown("station_presence")[-1]["station"] == "desk-a"
    room.link.deliver(STATE_TOPIC.replace("room-1", "room-2"), state(station="room-pc-2"))
    room.wait(lambda: len(room.service.shown("room_state")) == 1)
    assert len(room.service.shown("network")) == before + 1  # a state is not a presence


def test_events_seen_are_kept_on_disk_for_the_next_start(tmp_path: Path) -> None:
    (tmp_path / "alarm").mkdir()
    desk = Joined(
        station_folder(tmp_path / "desk-a", "desk-a", "desk"), state_dir=tmp_path / "alarm"
    ).start()
    desk.link.deliver(
        EVENT_TOPIC.replace("room-1", "room-2"),
        {
            "id": "e-1",
            "event": "alarm",
            "room_name": "R",
            "alarm_id": "1.1",
            "at": "2026-12-03T07:00:00Z",
            "by": None,
            "seq": 1,
            "station": "room-pc-2",
        },
    )
    desk.wait(lambda: len(desk.service.shown("room_event")) == 1)
    desk.stop()
    assert (tmp_path / "alarm" / "network-seen-events.txt").read_text() == "e-1\n"
    assert json.loads(json.dumps(desk.net["rooms"])) == []


def test_a_failure_in_the_network_never_stops_it_and_is_logged(
    room: Joined, caplog: pytest.LogCaptureFixture
) -> None:
    real = room.service.network_room

    def broken_once() -> Any:
        room.service.network_room = real  # type: ignore[method-assign]
        raise RuntimeError("journal closed")

    room.service.network_room = broken_once  # type: ignore[method-assign]
    room.bridge.journaled({"event": "note", "seq": 413})
    journal(room, {"event": "reset", "id": "37.1", "by": "Ploy", "seq": 414})
    assert [p["event"] for p, _ in sent_on(room, EVENT_TOPIC)] == ["reset"]
    assert "alarm network: journaled failed" in [r.getMessage() for r in caplog.records]


def test_a_broker_gone_is_logged_with_why(room: Joined, caplog: pytest.LogCaptureFixture) -> None:
    room.link.drop("x" * 200)
    room.wait(lambda: room.net["connected"] is False)
    assert f"alarm network: not connected ({'x' * 80})" in [r.getMessage() for r in caplog.records]


def test_a_certificate_refused_is_logged_without_its_details(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    def refuse(identity: Any, **hooks: Any) -> Any:
        raise ValueError("PEM lib: /secret/path")

    NetworkBridge(station_folder(tmp_path / "r"), RoomService(), link_factory=refuse).start()
    assert [r.getMessage() for r in caplog.records] == [
        "alarm network: station files refused: ValueError"
    ]


def test_a_station_leaving_while_the_broker_is_gone_says_nothing(front: Joined) -> None:
    front.link.drop("gone")
    front.wait(lambda: front.net["connected"] is False)
    front.stop()
    assert len(sent_on(front, presence_topic("desk-a"))) == 1  # only the "online" of the start


def test_the_status_names_the_station_folder(room: Joined, tmp_path: Path) -> None:
    assert room.net["folder"] == str(tmp_path / "room-pc-1")
    assert room.net["commands_applied"] == 0 and room.net["last_message_at"] is None


def test_a_new_journal_is_sent_as_seq_0(tmp_path: Path) -> None:
    joined = Joined(station_folder(tmp_path / "room-pc-1"))
    joined.service.last_seq = -1  # nothing journaled yet
    joined.start()
    try:
        journal(joined, {"event": "fault", "seq": None})
        ((sent, _),) = sent_on(joined, STATE_TOPIC)
        assert sent["seq"] == 0
        assert sent_on(joined, EVENT_TOPIC)[0][0]["seq"] == 0
    finally:
        joined.stop()


def test_nothing_journaled_before_joining_is_sent(tmp_path: Path) -> None:
    joined = Joined(station_folder(tmp_path / "room-pc-1"))
    joined.bridge.journaled({"event": "alarm", "id": "37.1", "seq": 412})
    joined.start()
    try:
        journal(joined, {"event": "reset", "id": "37.1", "seq": 413})
        assert [p["event"] for p, _ in sent_on(joined, EVENT_TOPIC)] == ["reset"]
    finally:
        joined.stop()


def test_a_station_certificate_that_does_not_load_is_a_fault_the_screens_show(
    tmp_path: Path,
) -> None:
    """The real link (paho) with a folder whose certificate and key are not PEM."""
    service = RoomService()
    folder = station_folder(tmp_path / "room-pc-1")
    bridge = NetworkBridge(folder, service)
    bridge.start()
    net = bridge.status()
    assert net["connected"] is False
    assert net["error"] == "The station folder %1 cannot be used: %2"
    assert net["error_args"] == [str(folder), "the certificate or key cannot be loaded"]


def test_an_answer_after_leaving_is_refused_in_words(front: Joined) -> None:
    front.link.deliver(STATE_TOPIC, state())
    front.wait(lambda: len(front.net["rooms"]) == 1)
    front.stop()
    with pytest.raises(InvalidInput) as refused:
        front.bridge.acknowledge_room("room-1", "37.1", "Nok")
    assert refused.value.message == "This computer is not on the alarm network."


def test_an_answer_delivered_again_after_the_room_was_pressed_again_is_not_applied(
    room: Joined,
) -> None:
    room.link.deliver(COMMAND_TOPIC, command(id="c-1", by="Nok"))
    room.wait(lambda: room.net["commands_applied"] == 1)
    room.service.status["state"] = "alarm"  # pressed again: the same alarm, unanswered
    room.link.deliver(COMMAND_TOPIC, command(id="c-1", by="Nok"))  # QoS 1, late
    room.link.deliver(COMMAND_TOPIC, b"{")  # a barrier
    room.link.deliver(COMMAND_TOPIC, b"[]")
    room.wait(lambda: room.net["invalid_payloads"] == 2)
    assert room.service.answers == [("37.1", "Nok")]
    assert room.service.status["state"] == "alarm"


def test_an_event_carries_its_own_journal_number(room: Joined) -> None:
    room.service.last_seq = 420  # the journal has moved on since
    journal(room, {"event": "escalated", "id": "37.1", "seq": 413})
    assert sent_on(room, EVENT_TOPIC)[0][0]["seq"] == 413


def test_every_answer_applied_is_counted(room: Joined) -> None:
    room.link.deliver(COMMAND_TOPIC, command(id="c-1", by="Nok"))
    room.wait(lambda: room.net["commands_applied"] == 1)
    room.service.status["state"] = "alarm"
    room.service.status["alarm"] = {"id": "38.1", "at": "2026-12-03T08:00:00+00:00"}
    room.link.deliver(COMMAND_TOPIC, command(id="c-2", alarm_id="38.1", by="Dao"))
    room.wait(lambda: room.net["commands_applied"] == 2)
    assert room.service.answers == [("37.1", "Nok"), ("38.1", "Dao")]


def test_a_desk_never_speaks_for_a_room_even_one_its_file_names(tmp_path: Path) -> None:
    desk = Joined(station_folder(tmp_path / "desk-a", "desk-a", "desk", rooms=("room-9",)))
    desk.start()
    try:
        desk.bridge.journaled({"event": "alarm", "id": "1.1", "seq": 3})
        desk.link.deliver(STATE_TOPIC, state())  # a barrier: handled after the entry
        desk.wait(lambda: len(desk.net["rooms"]) == 1)
    finally:
        desk.stop()
    assert not [t for t, _, _ in desk.link.published if "/room/" in t]


# ------------------------------------------------------------------------ what each station sees


def test_a_station_that_has_not_joined_shows_no_network_at_all(tmp_path: Path) -> None:
    bridge = NetworkBridge(tmp_path / "room-pc-1", RoomService())
    assert bridge.status() == {
        "joined": False,
        "folder": str(tmp_path / "room-pc-1"),
        "site": None,
        "station": None,
        "kind": None,
        "name": None,
        "own_rooms": [],
        "broker": None,
        "connected": False,
        "error": None,
        "error_args": [],
        "commands_applied": 0,
        "rooms": [],
        "stations": [],
        "desks_listening": 0,
        "invalid_payloads": 0,
        "last_message_at": None,
    }


def test_after_a_broker_restart_the_unchanged_state_is_said_again(room: Joined) -> None:
    """The restarted broker may have lost the retained state: a late desk must still see it."""
    room.link.drop("broker restarted")
    room.wait(lambda: room.net["connected"] is False)
    room.link.back()
    room.wait(lambda: len(sent_on(room, STATE_TOPIC)) == 2)
    (first, _), (again, retained) = sent_on(room, STATE_TOPIC)
    assert again == first and again["state"] == "alarm" and retained is True
    online = [p["online"] for p, _ in sent_on(room, presence_topic("room-pc-1"))]
    assert online == [True, True]
    assert room.net["connected"] is True and room.net["error"] is None


def test_every_new_event_of_another_room_is_shown_once(front: Joined) -> None:
    front.link.deliver(EVENT_TOPIC, event(id="e-1"))
    front.link.deliver(EVENT_TOPIC, event(id="e-2", event="acknowledged", by="Nok"))
    front.link.deliver(EVENT_TOPIC, event(id="e-1"))  # QoS 1, again
    front.link.deliver(STATE_TOPIC, state())  # a barrier
    front.wait(lambda: len(front.net["rooms"]) == 1)
    shown = front.service.shown("room_event")
    assert [(e["event_id"], e["room_event"], e["by"]) for e in shown] == [
        ("e-1", "alarm", None),
        ("e-2", "acknowledged", "Nok"),
    ]


def test_the_room_is_named_as_its_own_computer_calls_it(room: Joined) -> None:
    """The room's own name (its settings), not the station's, on every desk."""
    room.service.status["room"] = "Counselling room 2 (upstairs)"
    journal(room, {"event": "test_started", "seq": 413})
    room.wait(lambda: len(sent_on(room, STATE_TOPIC)) == 2)
    ((sent_event, _),) = sent_on(room, EVENT_TOPIC)
    assert sent_event["room_name"] == "Counselling room 2 (upstairs)"
    assert sent_on(room, STATE_TOPIC)[-1][0]["room_name"] == "Counselling room 2 (upstairs)"


def test_a_fault_is_shown_since_it_began_not_since_the_room_was_ready(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = ["2026-12-03T07:00:00+00:00"]
    monkeypatch.setattr(payloads, "iso_utc", lambda: clock[0])
    joined = Joined(station_folder(tmp_path / "room-pc-1"))
    joined.service.status = {"state": "ready", "alarm": None, "devices": [{"connected": True}]}
    joined.start()
    try:
        clock[0] = "2026-12-03T07:05:00+00:00"
        joined.service.status["devices"] = [{"connected": False}]
        journal(joined, {"event": "fault", "seq": 413})
        joined.wait(lambda: len(sent_on(joined, STATE_TOPIC)) == 2)
        clock[0] = "2026-12-03T07:06:00+00:00"
        joined.service.status["devices"] = [{"connected": False, "faults": ["X"]}]
        journal(joined, {"event": "fault", "seq": 414})
        joined.wait(lambda: len(sent_on(joined, STATE_TOPIC)) == 3)
    finally:
        joined.stop()
    shown = [(p["state"], p["since"]) for p, _ in sent_on(joined, STATE_TOPIC)]
    assert shown == [
        ("ready", "2026-12-03T07:00:00Z"),
        ("fault", "2026-12-03T07:05:00Z"),
        ("fault", "2026-12-03T07:05:00Z"),
    ]


def test_a_room_station_never_shows_itself_as_another_station_or_room(room: Joined) -> None:
    """Its own Last Will from before a restart, and what an old computer once said for its
    own room, are not news from elsewhere."""
    room.link.deliver(
        presence_topic("room-pc-1"),
        presence(online=False, kind="room", name="Counseling room 1", rooms=["room-1"]),
    )
    room.link.deliver(STATE_TOPIC, state(station="room-pc-old"))
    room.link.deliver(EVENT_TOPIC, event(station="room-pc-old"))
    room.link.deliver(STATE_TOPIC.replace("room-1", "room-2"), state(station="room-pc-2"))
    room.wait(lambda: len(room.net["rooms"]) == 1)
    net = room.net
    assert [r["room_id"] for r in net["rooms"]] == ["room-2"]
    assert net["stations"] == [] and net["desks_listening"] == 0
    assert room.service.shown("station_presence") == []
    assert room.service.shown("room_event") == []


# ---------------------------------------------------------------------------- leaving


@pytest.mark.parametrize("refusal", [RuntimeError("not connected"), ValueError("queue full")])
def test_leaving_when_paho_cannot_queue_the_offline_message_still_leaves(
    front: Joined, monkeypatch: pytest.MonkeyPatch, refusal: Exception
) -> None:
    def cannot(self: Published, timeout: float | None = None) -> None:
        raise refusal

    monkeypatch.setattr(Published, "wait_for_publish", cannot)
    front.stop()
    assert front.link.connected is False
    assert sent_on(front, presence_topic("desk-a"))[-1][0]["online"] is False


def test_leaving_never_waits_for_ever_for_a_broker_that_does_not_confirm(
    front: Joined, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unconfirmed(self: Published, timeout: float | None = None) -> None:
        if timeout is None:
            raise AssertionError("the station would wait for ever to leave")

    monkeypatch.setattr(Published, "wait_for_publish", unconfirmed)
    front.stop()
    assert front.link.connected is False


def test_what_paho_took_in_before_leaving_is_still_shown(front: Joined) -> None:
    link = front.link
    disconnect = link.stop

    def last_message_then_stop() -> None:
        link.deliver(EVENT_TOPIC, event(id="e-last"))  # taken in (and acknowledged) by paho
        disconnect()

    link.stop = last_message_then_stop  # type: ignore[method-assign]
    front.stop()
    assert [e["event_id"] for e in front.service.shown("room_event")] == ["e-last"]


def test_a_hung_network_never_keeps_the_station_from_leaving(
    front: Joined, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A client that never reads holds the worker: the station leaves all the same."""
    monkeypatch.setattr(bridge_module, "STOP_GRACE_S", 0.01)
    stuck, release = threading.Event(), threading.Event()

    def never_reads(entry: dict[str, Any]) -> None:
        stuck.set()
        release.wait()

    front.service.announce = never_reads  # type: ignore[method-assign]
    front.link.deliver(presence_topic("desk-b"), presence(name="Back office"))
    front.wait(stuck.is_set)
    leaving = threading.Thread(target=front.stop)
    leaving.start()
    try:
        front.wait(lambda: not leaving.is_alive())
    finally:
        release.set()
        leaving.join()
    assert front.link.connected is False
    assert sent_on(front, presence_topic("desk-a"))[-1][0]["online"] is False


def test_an_answer_among_the_last_ten_thousand_is_still_known_as_a_repeat(room: Joined) -> None:
    room.link.deliver(COMMAND_TOPIC, command(id="c-0", by="Nok"))
    room.wait(lambda: room.net["commands_applied"] == 1)
    for number in range(1, 10_000):  # answers for alarms long over: refused by the service
        room.link.deliver(COMMAND_TOPIC, command(id=f"c-{number}", alarm_id="1.1"))
    room.service.status["state"] = "alarm"  # pressed again: the same alarm, unanswered
    room.link.deliver(COMMAND_TOPIC, command(id="c-0", by="Nok"))  # QoS 1, very late
    room.link.deliver(COMMAND_TOPIC, b"{")  # a barrier
    room.wait(lambda: room.net["invalid_payloads"] == 1)
    assert room.service.answers == [("37.1", "Nok")]
    assert room.net["commands_applied"] == 1


def test_a_disk_that_hangs_never_keeps_the_station_from_leaving(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The event is shown at once; the disk that keeps its id hangs; the station leaves."""
    monkeypatch.setattr(bridge_module, "STOP_GRACE_S", 0.01)
    stuck, release = threading.Event(), threading.Event()
    fsync = os.fsync

    def hung_disk(fd: int) -> None:
        stuck.set()
        release.wait()
        fsync(fd)

    monkeypatch.setattr(os, "fsync", hung_disk)
    (tmp_path / "alarm").mkdir()
    desk = Joined(
        station_folder(tmp_path / "desk-a", "desk-a", "desk"), state_dir=tmp_path / "alarm"
    ).start()
    desk.link.deliver(EVENT_TOPIC, event(id="e-1"))
    desk.wait(stuck.is_set)
    leaving = threading.Thread(target=desk.stop)
    leaving.start()
    try:
        desk.wait(lambda: not leaving.is_alive())
    finally:
        release.set()
        leaving.join()
    assert [e["event_id"] for e in desk.service.shown("room_event")] == ["e-1"]
    assert desk.link.connected is False


def test_the_network_never_keeps_the_app_from_quitting(tmp_path: Path) -> None:
    """Python waits at exit for every thread that is not a daemon: a station's network
    left running (the app closed without stopping it) must not hold the process open."""
    before = set(threading.enumerate())
    desk = Joined(station_folder(tmp_path / "desk-a", "desk-a", "desk")).start()
    try:
        started = [t for t in threading.enumerate() if t not in before]
    finally:
        desk.stop()
    assert started and all(thread.daemon for thread in started)
