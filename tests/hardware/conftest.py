"""Shared helpers for the hardware tests: an event recorder that waits without sleeping."""

from __future__ import annotations

import queue
import threading
import time

import pytest

from hardware.base import DeviceEvent, EventKind, Fault

WAIT_S = 5.0


class Events:
    """Collects a driver's events; ``next`` waits on a queue with a timeout (never sleeps)."""

    def __init__(self) -> None:
        self.queue: queue.Queue[DeviceEvent] = queue.Queue()
        self.all: list[DeviceEvent] = []
        self.threads: set[str] = set()

    def __call__(self, event: DeviceEvent) -> None:
        self.threads.add(threading.current_thread().name)
        self.all.append(event)
        self.queue.put(event)

    def next(
        self, kind: EventKind, fault: Fault | None = None, timeout: float = WAIT_S
    ) -> DeviceEvent:
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            try:
                event = self.queue.get(timeout=max(left, 0.001))
            except queue.Empty:
                raise AssertionError(f"no {kind.value} {fault or ''} within {timeout} s") from None
            if event.kind is kind and (fault is None or event.fault is fault):
                return event

    def of(self, kind: EventKind) -> list[DeviceEvent]:
        return [e for e in self.all if e.kind is kind]


@pytest.fixture
def events() -> Events:
    return Events()
