"""Presses with the broker and a desk restarting between them: every alarm reaches every
desk, and none is shown twice (event ids). The long form (100 presses) runs in make verify."""

from __future__ import annotations

import pytest

from .conftest import Building
from .netkit import wait_until


def run_presses(b: Building, count: int, broker_every: int, desk_every: int) -> None:
    raised: list[str] = []
    for number in range(1, count + 1):
        b.press()
        raised.append(b.room.out.wait_for("alarm", timeout=15)["id"])
        b.reset()
        b.room.out.wait_for("reset")
        if number % broker_every == 0:
            b.site.broker.restart()
        if number % desk_every == 0:
            b.desk_b.restart()
    for desk in (b.desk_a, b.desk_b):
        wait_until(
            lambda desk=desk: (
                {e["alarm_id"] for e in desk.room_events("alarm")} >= set(raised)
                and {e["alarm_id"] for e in desk.room_events("reset")} >= set(raised)
            ),
            timeout=30,
        )
        desk.wait_room("room-1", state="ready", timeout=30)
        shown = [e["alarm_id"] for e in desk.room_events("alarm")]
        assert sorted(shown) == sorted(raised), f"{desk.alarm_dir.name}: lost or shown twice"
        resets = [e["alarm_id"] for e in desk.room_events("reset")]
        assert sorted(resets) == sorted(raised), f"{desk.alarm_dir.name}: reset lost or twice"


def test_presses_with_broker_and_desk_restarts_lose_nothing_and_show_nothing_twice(
    building: Building,
) -> None:
    run_presses(building, count=6, broker_every=3, desk_every=2)


@pytest.mark.slow
def test_a_hundred_presses_with_broker_and_desk_restarts(building: Building) -> None:
    run_presses(building, count=100, broker_every=10, desk_every=7)
