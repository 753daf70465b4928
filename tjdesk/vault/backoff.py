"""Sign-in back-off: each wrong password makes the next try wait longer, across restarts.

A small JSON file beside the vault holds, per user, the count of consecutive failures and the
time of the last one, plus the failed attempts not yet written to the audit log (time and user
name only; the audit log is inside the encrypted vault, which a failed sign-in cannot open).
No password, nor anything typed into the password field, is ever stored.

The file also carries a random ``record_id``, a ``serial`` that every try raises and a
``settled`` count of tries whose password was right; nothing lowers either. The vault keeps
the last tally it saw (backoff_tally.py), so a record that was removed (a new id) or edited
(fewer failed tries on file than the counts say) is noticed and audited at the next sign-in:
deleting the file no longer erases the failed sign-ins.

Names with no key slot share one bucket (``UNKNOWN_USER``) so that whatever is typed into the
user-name field is never written to disk, and guessing names never slows a real user down.

Progressive delay, not a hard lockout: a lockout would let an abuser or a malicious colleague
keep staff out during a crisis (ASVS 5 6.1.1). The wait is 0, 0, 1, 2, 4, 8 ... seconds, at
most 5 minutes, so 100 wrong passwords cost hours, not seconds.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import secrets
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeGuard

from tjdesk import safe_json
from tjdesk.vault.atomic_file import write_atomic
from tjdesk.vault.errors import FolderNotWritable, Throttled

if sys.platform != "win32":
    import fcntl

UNKNOWN_USER = "*unknown*"
FREE_FAILURES = 2  # typos happen: the first two failures cost nothing
MAX_DELAY_SECONDS = 300.0
# Doubling stops here: 2**9 = 512 s is past the cap (and no huge power is ever computed).
_LAST_DOUBLING = math.ceil(math.log2(MAX_DELAY_SECONDS))
_MAX_PENDING = 1000
_FORMAT = "tjdesk-signin-backoff"


def delay_after(failures: int) -> float:
    """Seconds the next try must wait after ``failures`` consecutive failures."""
    if failures <= FREE_FAILURES:
        return 0.0
    exponent = min(failures - FREE_FAILURES - 1, _LAST_DOUBLING)
    return min(float(2**exponent), MAX_DELAY_SECONDS)


@dataclass(frozen=True)
class FailedAttempt:
    """One failed sign-in waiting to be written to the audit log (UTC epoch seconds)."""

    time: float
    user: str  # a real user name, or UNKNOWN_USER


@dataclass(frozen=True)
class Tally:
    """What the record says of itself: which record it is, and how many tries it has seen."""

    record_id: str
    serial: int  # tries begun
    settled: int  # of those, tries whose password was right

    @property
    def failed(self) -> int:
        return self.serial - self.settled


@dataclass(frozen=True)
class Attempt:
    """A password check in progress, already counted as a failure until proven right."""

    user: str
    time: float


class SignInBackoff:
    """Reads the file on every call, so a restart or a second process sees the same state."""

    def __init__(self, path: Path, *, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self._clock = clock

    # --- queries ------------------------------------------------------------------------

    def failures(self, user: str) -> int:
        return int(self._load()["users"].get(user, {}).get("failures", 0))

    def remaining(self, user: str) -> float:
        """Seconds ``user`` must still wait before a password is checked (0 if none)."""
        return self._remaining_in(self._load(), user)

    def _remaining_in(self, state: dict[str, Any], user: str) -> float:
        entry = state["users"].get(user)
        if entry is None:
            return 0.0
        delay = delay_after(int(entry["failures"]))
        # A clock set back (a negative time since the last failure) does not skip the wait.
        elapsed = max(self._clock() - float(entry["last_failure"]), 0.0)
        return max(0.0, delay - elapsed)

    # --- one password check --------------------------------------------------------------

    def begin_attempt(self, user: str) -> Attempt:
        """Call before checking a password: Throttled if ``user`` must still wait.

        The try is counted as a failure *before* the (slow) check, under a lock: tries run
        in parallel, or a process killed mid-check, cannot slip past the count.
        """
        with self._locked():
            state = self._load()
            wait = self._remaining_in(state, user)
            if wait > 0:
                raise Throttled(wait)
            now = self._clock()
            self._add_failure(state, user, now)
            self._save(state)
        return Attempt(user, now)

    def attempt_failed(self, attempt: Attempt) -> float:
        """The password was wrong (already counted); returns the wait before the next try."""
        return delay_after(self.failures(attempt.user))

    def attempt_succeeded(self, attempt: Attempt) -> None:
        """The password was right: that user's count starts again, this try is forgotten."""
        with self._locked():
            state = self._load()
            state["settled"] = min(state["settled"] + 1, state["serial"])
            state["users"].pop(attempt.user, None)
            state["pending"] = [
                a
                for a in state["pending"]
                if (a["time"], a["user"]) != (attempt.time, attempt.user)
            ]
            self._save(state)

    # --- changes ------------------------------------------------------------------------

    def record_failure(self, user: str) -> float:
        """Count one failure for ``user`` without waiting (as a try cut short would count);
        returns the wait before that user's next try."""
        with self._locked():
            state = self._load()
            self._add_failure(state, user, self._clock())
            self._save(state)
            return delay_after(int(state["users"][user]["failures"]))

    @staticmethod
    def _add_failure(state: dict[str, Any], user: str, now: float) -> None:
        """One more try begun (the serial) and counted as failed, until proven right."""
        state["serial"] += 1
        entry = state["users"].setdefault(user, {"failures": 0})
        entry["failures"] = int(entry["failures"]) + 1
        entry["last_failure"] = now
        pending = state["pending"]
        pending.append({"time": now, "user": user})
        excess = max(len(pending) - _MAX_PENDING, 0)
        state["dropped"] += excess
        del pending[:excess]

    def take_pending_with_tally(self) -> tuple[list[FailedAttempt], int, Tally]:
        """Failed attempts not yet audited, how many older ones were dropped (cap), and the
        record's tally, all read at one moment."""
        state = self._load()
        attempts = [FailedAttempt(float(a["time"]), str(a["user"])) for a in state["pending"]]
        tally = Tally(state["record_id"], state["serial"], state["settled"])
        return attempts, int(state["dropped"]), tally

    def clear_pending(self, written: list[FailedAttempt]) -> None:
        """Forget attempts once the audit log holds them (called after that commit)."""
        if not written:
            return
        with self._locked():
            state = self._load()
            done = {(a.time, a.user) for a in written}
            state["pending"] = [a for a in state["pending"] if (a["time"], a["user"]) not in done]
            state["dropped"] = 0
            self._save(state)

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """Serialise read-modify-write across threads and processes (the folder is locked,
        so the record itself can still be replaced atomically). Windows: no lock; the
        count may then miss a try made at the very same moment."""
        if sys.platform == "win32":
            yield
            return
        try:
            fd = os.open(self.path.parent, os.O_RDONLY)
        except OSError:
            raise FolderNotWritable() from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)  # releases the lock

    # --- the file -----------------------------------------------------------------------

    def _load(self) -> dict[str, Any]:
        state: dict[str, Any] = {
            "format": _FORMAT,
            "record_id": secrets.token_hex(32),  # a new record: the vault will notice
            "serial": 0,
            "settled": 0,
            "users": {},
            "pending": [],
            "dropped": 0,
        }
        try:
            # Bounded, and never blocked by a pipe put in the record's place.
            document = safe_json.loads(safe_json.read_file(self.path))
        except (OSError, ValueError):
            return state
        if not isinstance(document, dict) or document.get("format") != _FORMAT:
            return state
        record_id, serial = document.get("record_id"), document.get("serial")
        settled = document.get("settled")
        # At most 64 characters (ours are exactly that): the vault keeps it in a small setting.
        if isinstance(record_id, str) and 0 < len(record_id) <= 64:
            state["record_id"] = record_id
            if _is_count(serial):
                state["serial"] = serial
                if _is_count(settled) and settled <= serial:
                    state["settled"] = settled
        users = document.get("users")
        pending = document.get("pending")
        if isinstance(users, dict):
            state["users"] = {
                name: entry
                for name, entry in users.items()
                if isinstance(entry, dict)
                and _is_number(entry.get("failures"))
                and _is_number(entry.get("last_failure"))
            }
        if isinstance(pending, list):
            state["pending"] = [
                a
                for a in pending
                if isinstance(a, dict)
                and _is_number(a.get("time"))
                and isinstance(a.get("user"), str)
            ]
        dropped = document.get("dropped")
        if _is_count(dropped):
            state["dropped"] = dropped
        return state

    def _save(self, state: dict[str, Any]) -> None:
        try:
            write_atomic(self.path, json.dumps(state).encode())  # ASCII: ensure_ascii
        except OSError:
            # Refuse rather than carry on unthrottled; the message says what to fix.
            raise FolderNotWritable() from None


def _is_count(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)
