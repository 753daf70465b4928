"""Helpers for running the alarm service in-process with fake drivers."""

from __future__ import annotations

import json
import queue
from typing import Any

from .fakes import FakeDriver, Trace


class LineSink:
    """Stands in for stdout: each JSON line becomes an item in a queue."""

    def __init__(self) -> None:
        self.lines: queue.Queue[dict[str, Any]] = queue.Queue()

    def write(self, text: str) -> int:
        for line in text.splitlines():
            self.lines.put(json.loads(line))
        return len(text)

    def flush(self) -> None:
        pass

    def wait_for(self, event: str, timeout: float = 5.0) -> dict[str, Any]:
        return wait_in(self.lines, event, timeout)

    def wait_for_match(self, event: str, timeout: float = 10.0, **match: Any) -> dict[str, Any]:
        return wait_in(self.lines, event, timeout, **match)

    def wait_connected(self, devices: set[str], timeout: float = 10.0) -> None:
        waiting = set(devices)
        while waiting:
            waiting.discard(wait_in(self.lines, "connected", timeout)["device"])


def wait_in(q: queue.Queue[Any], event: str, timeout: float = 5.0, **match: Any) -> dict[str, Any]:
    while True:
        item = q.get(timeout=timeout)  # raises queue.Empty: the test fails
        if item is None:
            raise AssertionError(f"disconnected while waiting for {event}")
        if item.get("event") == event and all(item.get(k) == v for k, v in match.items()):
            return item


class DriverShop:
    """A driver factory that keeps what it made, so tests can press their buttons."""

    def __init__(self, latches: set[str] | None = None) -> None:
        self.trace = Trace()
        self.made: dict[str, FakeDriver] = {}
        self.latches = latches or set()

    def __call__(self, spec: str) -> FakeDriver:
        driver = FakeDriver(spec, self.trace, latches=spec in self.latches)
        self.made[spec] = driver
        return driver


class ClientInbox:
    def __init__(self) -> None:
        self.events: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self.dropped = False

    def on_event(self, event: dict[str, Any]) -> None:
        self.events.put(event)

    def on_disconnected(self) -> None:
        self.dropped = True
        self.events.put(None)

    def wait_for(self, event: str, timeout: float = 5.0, **match: Any) -> dict[str, Any]:
        return wait_in(self.events, event, timeout, **match)

    def wait_disconnected(self, timeout: float = 5.0) -> None:
        while self.events.get(timeout=timeout) is not None:
            pass
