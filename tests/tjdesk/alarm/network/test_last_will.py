"""A station that hangs (its process frozen with SIGSTOP: the socket stays open, no goodbye) is
shown offline on the other stations by the broker's Last Will. How soon is a figure of
``make bench`` (Mosquitto 2.0 sweeps keepalives once every 6 s: see link.OFFLINE_WITHIN_S)."""

from __future__ import annotations

import pytest

from tests.helpers.frozen_station import FrozenStation

from .netkit import Site, Station, wait_until


@pytest.mark.slow
def test_a_hung_station_is_shown_offline_by_its_last_will(site: Site) -> None:
    hung_dir = site.add("desk-hung", "desk")
    desk_dir = site.add("desk-a", "desk")
    site.broker.start()
    desk = Station(site.root, "desk-a", desk_dir)
    hung = FrozenStation(hung_dir)
    try:
        desk.start()

        def hung_online() -> bool | None:
            known = {s["id"]: s for s in desk.net["stations"]}
            return known["desk-hung"]["online"] if "desk-hung" in known else None

        wait_until(lambda: hung_online() is True, timeout=20)
        hung.freeze()
        wait_until(lambda: hung_online() is False, timeout=40)
        offline = [
            e
            for e in desk.history
            if e.get("event") == "station_presence" and e.get("station") == "desk-hung"
        ]
        assert offline[-1]["online"] is False
    finally:
        hung.close()
        desk.stop()
