"""Argon2id: turning a user's password into the key that opens that user's key slot.

The parameters travel with each slot (so they can be raised later without locking anyone
out). Production vaults use `tune()`, which never goes below RFC 9106's second recommended
setting (m=64 MiB, t=3, p=4); tests pass small explicit parameters to stay fast.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from argon2.low_level import Type, hash_secret_raw

from tjdesk.vault.errors import KeyFileDamaged, KeyFileTampered

KEY_LENGTH = 32
SALT_LENGTH = 16
# Aim: one sign-in costs about half a second on this kind of machine (issue 2).
TARGET_SECONDS = 0.5
_MAX_TIME_COST = 40


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    time_cost: int
    parallelism: int

    def to_json(self) -> dict[str, int]:
        return {
            "memory_kib": self.memory_kib,
            "time_cost": self.time_cost,
            "parallelism": self.parallelism,
        }

    @classmethod
    def from_json(cls, data: Any) -> KdfParams:
        """Read parameters from a key-slot file; refuse anything a damaged file could hold.

        The bounds (acceptable()) keep a corrupted or hostile file from asking for weaker
        protection, or for gigabytes or hours.
        """
        try:
            params = cls(
                memory_kib=int(data["memory_kib"]),
                time_cost=int(data["time_cost"]),
                parallelism=int(data["parallelism"]),
            )
        except (KeyError, TypeError, ValueError) as err:
            raise KeyFileDamaged() from err
        if params.memory_kib < 8 * params.parallelism:
            # No Argon2 setting at all (every lane needs at least 8 KiB).
            raise KeyFileDamaged()
        if not acceptable(params):
            # Someone made the file ask for weaker protection (cheaper guessing for every slot
            # written afterwards) or for absurd work (a sign-in that never ends): refused.
            raise KeyFileTampered()
        return params


# RFC 9106 "second recommended" (also argon2-cffi's default): the floor for real vaults.
FLOOR = KdfParams(memory_kib=64 * 1024, time_cost=3, parallelism=4)
# The most a key-slot file may ask for: 1 GiB, 64 passes, 16 lanes (tune() stays far below).
CEILING = KdfParams(memory_kib=1024 * 1024, time_cost=64, parallelism=16)
# The test suite makes hundreds of vaults; it sets this variable to accept Argon2's minimum
# (tests/conftest.py). It only lowers what *this* process accepts from a file; it never
# weakens what tune() chooses for a real vault.
TEST_FLOOR_VARIABLE = "TJDESK_INSECURE_TEST_KDF"
_TEST_FLOOR = KdfParams(memory_kib=8, time_cost=1, parallelism=1)


def accepted_floor() -> KdfParams:
    return _TEST_FLOOR if os.environ.get(TEST_FLOOR_VARIABLE) == "1" else FLOOR


def acceptable(params: KdfParams) -> bool:
    """Within [tuned floor, sane maximum]: what a key-slot file may hold (issue 14)."""
    floor = accepted_floor()
    return (
        floor.memory_kib <= params.memory_kib <= CEILING.memory_kib
        and floor.time_cost <= params.time_cost <= CEILING.time_cost
        and floor.parallelism <= params.parallelism <= CEILING.parallelism
    )


def derive_key(password: str, salt: bytes, params: KdfParams) -> bytes:
    """The 32-byte key-encryption key for one slot."""
    return hash_secret_raw(
        secret=password.encode(),  # always UTF-8
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_LENGTH,
        type=Type.ID,
    )


def tune(
    target_seconds: float = TARGET_SECONDS,
    *,
    clock: Callable[[], float] = time.perf_counter,
) -> KdfParams:
    """Parameters that make one derivation take about ``target_seconds`` here, never below FLOOR.

    Memory stays at 64 MiB (shared office PCs are short of RAM); the time cost rises, as RFC
    9106 suggests, because it scales the work linearly.
    """
    # What is derived does not matter, only how long it takes.
    start = clock()
    derive_key("", bytes(SALT_LENGTH), FLOOR)
    elapsed = max(clock() - start, 1e-6)
    per_pass = elapsed / FLOOR.time_cost
    time_cost = round(target_seconds / per_pass)
    time_cost = min(max(time_cost, FLOOR.time_cost), _MAX_TIME_COST)
    return KdfParams(FLOOR.memory_kib, time_cost, FLOOR.parallelism)
