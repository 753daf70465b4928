"""Sign-in back-off: longer waits after each wrong password, per user, across restarts."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.vaults import DEFAULT_PASSWORD, MadeVault, make_vault
from tjdesk.actors import Role
from tjdesk.paths import backoff_path
from tjdesk.vault import vault
from tjdesk.vault.backoff import MAX_DELAY_SECONDS, SignInBackoff, delay_after
from tjdesk.vault.errors import Throttled, WrongPassword


class FakeClock:
    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def made(tmp_path: Path) -> Iterator[MadeVault]:
    made = make_vault(tmp_path / "vault", users=[("ann", Role.COUNSELOR), ("bo", Role.NURSE)])
    yield made
    made.close()


def test_the_wait_grows_with_each_failure_up_to_five_minutes() -> None:
    waits = [delay_after(n) for n in range(1, 12)]
    assert waits[:2] == [0, 0]  # a typo or two costs nothing
    assert waits[2:6] == [1, 2, 4, 8]
    assert all(later >= earlier for earlier, later in zip(waits, waits[1:], strict=False))
    assert delay_after(10_000) == MAX_DELAY_SECONDS == 300


def test_a_hundred_wrong_passwords_cost_at_least_ten_minutes_of_waiting(
    made: MadeVault,
) -> None:
    clock = FakeClock()
    waited = 0.0
    for _ in range(100):
        try:
            vault.unlock(made.folder, "ann", "guess", clock=clock)
        except WrongPassword as wrong:
            waited += wrong.retry_after
            clock.now += wrong.retry_after  # the fastest an attacker could go on
    assert waited >= 600
    assert SignInBackoff(backoff_path(made.folder), clock=clock).failures("ann") == 100


def test_trying_again_too_soon_is_refused_without_checking(made: MadeVault) -> None:
    clock = FakeClock()
    for _ in range(3):
        with pytest.raises(WrongPassword):
            vault.unlock(made.folder, "ann", "guess", clock=clock)
    # Third failure: one second to wait. Even the right password is not checked yet.
    with pytest.raises(Throttled) as caught:
        vault.unlock(made.folder, "ann", DEFAULT_PASSWORD, clock=clock)
    assert caught.value.retry_after == pytest.approx(1.0)
    assert str(caught.value) == "Too many wrong passwords. Wait 1 second before the next try."
    clock.now += 1.0
    assert vault.unlock(made.folder, "ann", DEFAULT_PASSWORD, clock=clock).actor is not None
    # A right password starts the count again.
    assert SignInBackoff(backoff_path(made.folder), clock=clock).failures("ann") == 0


def test_the_wait_survives_a_restart(made: MadeVault) -> None:
    clock = FakeClock()
    for _ in range(5):
        try:
            vault.unlock(made.folder, "ann", "guess", clock=clock)
        except WrongPassword as wrong:
            clock.now += wrong.retry_after
    clock.now -= 4.0 - 0.5  # 5th failure asked for 4 s; 0.5 s of it has passed
    # A new process knows nothing but the file: build everything afresh from it.
    fresh = SignInBackoff(backoff_path(made.folder), clock=clock)
    assert fresh.failures("ann") == 5
    assert fresh.remaining("ann") == pytest.approx(3.5)
    with pytest.raises(Throttled):
        vault.unlock(made.folder, "ann", DEFAULT_PASSWORD, clock=clock)


def test_one_users_failures_never_slow_another(made: MadeVault) -> None:
    clock = FakeClock()
    for _ in range(10):
        with pytest.raises((WrongPassword, Throttled)):
            vault.unlock(made.folder, "ann", "guess", clock=clock)
        with pytest.raises((WrongPassword, Throttled)):
            vault.unlock(made.folder, "nobody-here", "guess", clock=clock)
    assert SignInBackoff(backoff_path(made.folder), clock=clock).remaining("ann") > 0
    assert vault.unlock(made.folder, "bo", DEFAULT_PASSWORD, clock=clock).actor is not None


def test_a_clock_set_back_does_not_skip_the_wait(tmp_path: Path) -> None:
    clock = FakeClock()
    backoff = SignInBackoff(tmp_path / "b.json", clock=clock)
    for _ in range(6):
        backoff.record_failure("ann")
    clock.now -= 3600
    assert backoff.remaining("ann") == delay_after(6)


def test_a_damaged_record_is_read_as_empty_and_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    path.write_bytes(b"\x00garbage")
    backoff = SignInBackoff(path, clock=FakeClock())
    assert backoff.remaining("ann") == 0
    backoff.record_failure("ann")
    assert SignInBackoff(path).failures("ann") == 1


def test_a_record_that_cannot_be_written_is_a_clear_error(tmp_path: Path) -> None:
    from tjdesk.vault.errors import FolderNotWritable

    backoff = SignInBackoff(tmp_path / "missing-folder" / "b.json", clock=FakeClock())
    with pytest.raises(FolderNotWritable):
        backoff.record_failure("ann")


def test_tries_made_in_parallel_cannot_slip_past_the_count(made: MadeVault) -> None:
    import threading

    clock = FakeClock()  # frozen: every try happens "at once"
    outcomes: list[str] = []
    lock = threading.Lock()

    def guess(n: int) -> None:
        try:
            vault.unlock(made.folder, "ann", f"guess {n}", clock=clock)
        except (WrongPassword, Throttled) as err:
            with lock:
                outcomes.append(type(err).__name__)

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    # Only the free tries get their password checked; every other one must wait.
    assert outcomes.count("WrongPassword") == 3
    assert outcomes.count("Throttled") == 9


def test_a_try_cut_short_still_counts(made: MadeVault) -> None:
    clock = FakeClock()
    backoff = SignInBackoff(backoff_path(made.folder), clock=clock)
    for _ in range(3):
        backoff.begin_attempt("ann")  # the process died during each check
    with pytest.raises(Throttled):
        vault.unlock(made.folder, "ann", DEFAULT_PASSWORD, clock=clock)


def test_the_wait_ends_when_its_time_is_up(tmp_path: Path) -> None:
    clock = FakeClock()
    backoff = SignInBackoff(tmp_path / "b.json", clock=clock)
    for _ in range(4):
        backoff.record_failure("ann")  # 4th failure: 2 s
    clock.now += 0.5
    assert backoff.remaining("ann") == pytest.approx(1.5)
    clock.now += 1.5
    assert backoff.remaining("ann") == 0
    clock.now += 100
    assert backoff.remaining("ann") == 0


def test_a_record_removed_during_the_password_check_does_not_stop_the_sign_in(
    tmp_path: Path,
) -> None:
    path = tmp_path / "b.json"
    backoff = SignInBackoff(path, clock=FakeClock())
    attempt = backoff.begin_attempt("ann")
    path.unlink()
    backoff.attempt_succeeded(attempt)  # no error: the right password still signs in
    assert backoff.failures("ann") == 0


def test_a_failed_try_made_during_a_sign_in_is_kept_for_the_next_one(tmp_path: Path) -> None:
    clock = FakeClock()
    backoff = SignInBackoff(tmp_path / "b.json", clock=clock)
    backoff.record_failure("ann")
    backoff.record_failure("bo")
    written, dropped, _ = backoff.take_pending_with_tally()  # the sign-in audits these two
    assert [a.user for a in written] == ["ann", "bo"] and dropped == 0
    clock.now += 1.0
    backoff.record_failure("ann")  # meanwhile, another try fails
    backoff.clear_pending(written)
    left, _, _ = backoff.take_pending_with_tally()
    assert [a.user for a in left] == ["ann"]


@pytest.mark.parametrize(
    "record",
    [
        [1, 2],  # not an object
        {
            "format": "something-else",
            "record_id": "r",
            "serial": 9,
            "settled": 0,
            "users": {"ann": {"failures": 9, "last_failure": 1_800_000_000.0}},
        },
    ],
)
def test_a_file_that_is_no_backoff_record_is_not_read_as_one(
    tmp_path: Path, record: object
) -> None:
    path = tmp_path / "b.json"
    path.write_text(json.dumps(record))
    backoff = SignInBackoff(path, clock=FakeClock())
    assert backoff.failures("ann") == 0 and backoff.remaining("ann") == 0
    backoff.record_failure("ann")
    assert SignInBackoff(path).failures("ann") == 1


@pytest.mark.parametrize(
    ("counts", "read"),
    [
        ((7, 2, "lots"), (7, 2, 0)),
        ((True, 0, True), (0, 0, 0)),  # a flag is no count
        ((-1, 0, -5), (0, 0, 0)),
        ((3, 5, 4), (3, 0, 4)),  # more tries settled than begun
        (("7", 2, 1), (0, 0, 1)),
    ],
)
def test_damaged_entries_in_the_record_are_left_out(
    tmp_path: Path, counts: tuple[object, object, object], read: tuple[int, int, int]
) -> None:
    clock = FakeClock()
    path = tmp_path / "b.json"
    good = {"failures": 3, "last_failure": clock.now}
    path.write_text(
        json.dumps(
            {
                "format": "tjdesk-signin-backoff",
                "record_id": "r1",
                "serial": counts[0],
                "settled": counts[1],
                "users": {
                    "ann": good,
                    "bo": {"failures": 9},  # when?
                    "cy": {"failures": "many", "last_failure": clock.now},
                    "di": "nine",
                },
                "pending": [
                    {"time": clock.now, "user": "ann"},
                    {"time": "yesterday", "user": "ann"},
                    {"time": clock.now, "user": 7},
                    "junk",
                ],
                "dropped": counts[2],
            }
        )
    )
    backoff = SignInBackoff(path, clock=clock)
    assert backoff.remaining("ann") == 1.0
    assert [backoff.remaining(name) for name in ("bo", "cy", "di")] == [0, 0, 0]
    attempts, dropped, tally = backoff.take_pending_with_tally()
    assert [(a.time, a.user) for a in attempts] == [(clock.now, "ann")]
    assert (tally.serial, tally.settled, dropped) == read
    assert tally.record_id == "r1"
    clock.now += 1.0
    backoff.begin_attempt("bo")  # a damaged entry never blocks a try
