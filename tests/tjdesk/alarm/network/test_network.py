"""The alarm network with a real Mosquitto and the real paho path: one room station with a
PBL/1 box on a pty, two desks (PROTOCOL-ALARMNET.md's promises, as a user sees them)."""

from __future__ import annotations

import json

from tjdesk.alarm.network import payloads
from tjdesk.alarm.network.names import presence_topic, state_topic

from .conftest import Building
from .netkit import RawClient, Station, wait_until


def test_a_press_reaches_both_desks_naming_the_room_and_an_answer_shows_everywhere(
    building: Building,
) -> None:
    b = building
    b.press()
    alarm = b.room.out.wait_for("alarm")
    assert b.box.wait_for(lambda: b.box.light_on)

    for desk in (b.desk_a, b.desk_b):
        state = desk.wait_room("room-1", state="alarm")
        assert state["room_name"] == "Counseling room 1"
        assert state["alarm_id"] == alarm["id"]
        event = desk.out.wait_for_match("room_event", room_event="alarm")
        assert event["room_id"] == "room-1" and event["alarm_id"] == alarm["id"]

    # desk A: "I'm on my way"; the room applies it, and the room and desk B show who answered
    b.desk_a.acknowledge_room("room-1", alarm["id"], "Nok")
    acknowledged = b.room.out.wait_for("acknowledged")
    assert acknowledged["by"] == "Nok" and acknowledged["id"] == alarm["id"]
    assert b.room.status["alarm"]["acknowledged_by"] == "Nok"
    for desk in (b.desk_a, b.desk_b):
        assert desk.wait_room("room-1", state="acknowledged")["acknowledged_by"] == "Nok"
        assert desk.out.wait_for_match("room_event", room_event="acknowledged")["by"] == "Nok"
    assert b.box.light_on  # an answer never turns the light off

    # each event was shown once on each desk
    for desk in (b.desk_a, b.desk_b):
        assert len(desk.room_events("alarm")) == 1
        assert len(desk.room_events("acknowledged")) == 1


def test_an_answer_for_an_old_alarm_changes_nothing_and_reset_is_never_remote(
    building: Building,
) -> None:
    b = building
    b.press()
    first = b.room.out.wait_for("alarm")
    b.reset()
    b.room.out.wait_for("reset")
    b.desk_a.wait_room("room-1", state="ready")
    b.press()
    second = b.room.out.wait_for("alarm")
    assert second["id"] != first["id"]
    b.desk_a.wait_room("room-1", state="alarm", alarm_id=second["id"])

    b.desk_a.acknowledge_room("room-1", first["id"], "Nok")  # stale: the first alarm is over
    b.desk_b.acknowledge_room("room-1", second["id"], "Dao")
    assert b.room.out.wait_for("acknowledged")["by"] == "Dao"
    assert b.room.service.network_room()[0]["alarm"]["acknowledged_by"] == "Dao"  # type: ignore[union-attr]
    assert b.room.net["commands_applied"] == 1

    # a "reset" command from the network is not a command stations answer
    spy = RawClient(b.site, b.site.root / "desk-b", "desk-b-spy")
    try:
        forged = {**payloads.command_acknowledge(alarm_id=second["id"], by="x", station="desk-b")}
        forged["cmd"] = "reset"
        spy.publish("tjdesk/v1/shelter-a/room/room-1/command", json.dumps(forged).encode())
        wait_until(lambda: b.room.net["invalid_payloads"] >= 1)
    finally:
        spy.close()
    assert b.room.service.engine.state.value == "acknowledged"  # type: ignore[union-attr]


def test_a_desk_cannot_publish_a_rooms_state_and_bad_payloads_are_counted_and_ignored(
    building: Building,
) -> None:
    b = building
    b.press()
    alarm = b.room.out.wait_for("alarm")
    b.desk_a.wait_room("room-1", state="alarm")
    topic = state_topic("shelter-a", "room-1")

    spy = RawClient(b.site, b.site.root / "desk-a", "desk-a-spy")
    forger = RawClient(b.site, b.site.root / "desk-b", "desk-b-forger")
    try:
        spy.subscribe("tjdesk/v1/shelter-a/#")
        # desk B's credentials try to clear the alarm for everyone: the ACL drops it
        fake = {
            "state": "ready",
            "room_name": "Counseling room 1",
            "alarm_id": None,
            "since": payloads.zulu(),
            "acknowledged_by": None,
            "faults": [],
            "seq": 10**9,
            "station": "room-pc-1",
        }
        forger.publish(topic, json.dumps(fake).encode(), retain=True)
        # then something desk B may write, but that is not valid: counted, ignored
        own_presence = presence_topic("shelter-a", "desk-b")
        forger.publish(own_presence, b"{not json")
        # it arrives after the forged state would have (one publisher: in order)
        spy.wait_message(own_presence, b"{not json")
        assert not [p for t, p in spy.log if t == topic and b"10000000" in p]
        wait_until(lambda: b.desk_a.net["invalid_payloads"] >= 1)
        assert b.desk_a.room_state("room-1")["state"] == "alarm"  # type: ignore[index]
        assert b.desk_a.room_state("room-1")["alarm_id"] == alarm["id"]  # type: ignore[index]
        # a desk that joins now gets the room's real state from the broker, not the forgery
        late = RawClient(b.site, b.site.root / "desk-a", "desk-a-late")
        try:
            late.subscribe(topic)
            retained = json.loads(late.wait_message(topic))
            assert retained["state"] == "alarm" and retained["station"] == "room-pc-1"
        finally:
            late.close()
    finally:
        spy.close()
        forger.close()


def test_the_broker_restarting_mid_alarm_leaves_every_desk_current(building: Building) -> None:
    b = building
    b.press()
    alarm = b.room.out.wait_for("alarm")
    for desk in (b.desk_a, b.desk_b):
        desk.wait_room("room-1", state="alarm")

    b.site.broker.stop()
    for s in b.stations:
        s.wait_connected(False)
    # while the broker is away the room's own screen answers: desks must not keep "alarm"
    b.room.service.engine.acknowledge("Ploy")  # type: ignore[union-attr]
    b.site.broker.start()
    for desk in (b.desk_a, b.desk_b):
        desk.wait_connected()
        state = desk.wait_room("room-1", state="acknowledged")
        assert state["alarm_id"] == alarm["id"] and state["acknowledged_by"] == "Ploy"
        assert state["station_online"] is True
    # the room station is shown present again (its presence re-sent on this connect)
    b.room.wait_connected()
    wait_until(lambda: b.room.net["desks_listening"] == 2)


def test_a_desk_that_was_down_during_the_press_shows_it_when_back(building: Building) -> None:
    b = building
    b.desk_b.stop()
    wait_until(lambda: b.room.net["desks_listening"] == 1)  # the room sees one desk fewer
    b.press()
    alarm = b.room.out.wait_for("alarm")
    b.desk_a.wait_room("room-1", state="alarm")

    b.desk_b.start()
    state = b.desk_b.wait_room("room-1", state="alarm")
    assert state["alarm_id"] == alarm["id"]
    # the event itself waited for it in its persistent session, and it shows once
    b.desk_b.out.wait_for_match("room_event", room_event="alarm", alarm_id=alarm["id"])
    wait_until(lambda: b.room.net["desks_listening"] == 2)
    assert len([e for e in b.desk_b.room_events("alarm") if e["alarm_id"] == alarm["id"]]) == 1


def test_with_the_broker_gone_the_light_still_lights_and_every_station_says_so(
    building: Building,
) -> None:
    b = building
    b.site.broker.stop()
    for s in b.stations:
        s.wait_connected(False)
        net = s.net
        assert net["error"] == "The alarm network (broker %1) cannot be reached."
        assert net["error_args"] == [f"127.0.0.1:{b.site.port}"]
    b.press()
    assert b.box.wait_for(lambda: b.box.light_on)
    assert b.room.out.wait_for("alarm")["source"] == "BTN"

    # back: the press that happened while it was away reaches the desks
    b.site.broker.start()
    for desk in (b.desk_a, b.desk_b):
        desk.wait_room("room-1", state="alarm")
        desk.out.wait_for_match("room_event", room_event="alarm")


def test_a_station_folder_that_cannot_be_used_is_a_fault_and_the_room_still_works(
    building: Building,
) -> None:
    b = building
    broken = Station(b.site.root, "broken", b.site.root / "no-such-station")
    broken.start()
    try:
        net = broken.net
        assert net["joined"] is False and net["connected"] is False
        assert net["error"] == "The station folder %1 cannot be used: %2"
    finally:
        broken.stop()
