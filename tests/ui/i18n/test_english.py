"""The English for readers whose first language it is not: one spelling (British), and every
number said the same wherever it is said, from one constant."""

from __future__ import annotations

import re

import pytest

from tests.ui.i18n.catalogue import OWN_TS, read_ts
from tjdesk.alarm.engine import (
    DRILL_LENGTH_MESSAGE,
    MAX_DRILL_SECONDS,
    MIN_DRILL_SECONDS,
)
from tjdesk.audit_view import AUDIT_READERS, AUDIT_READERS_ONLY
from tjdesk.vault.errors import RECOVERY_KEY_CHARACTERS, MalformedRecoveryKey
from tjdesk.vault.vault import parse_recovery_key
from tjdesk.visits.template import shipped_template

# American spellings a British-English text must not use (the app writes British English:
# organisation, recognise, counselling, acknowledgement).
AMERICAN = re.compile(
    r"\b(counselor|counselors|counseling|center|centers|centered|color|colors|behavior"
    r"|organization|organizations|organize|organized|recognize|recognized|canceled|canceling"
    r"|catalog|gray|favorite|honor|labor|neighbor|analyze|acknowledgment|judgment"
    r"|\w+iz(?:e|es|ed|ing|ation|ations))\b",
    re.IGNORECASE,
)
NOT_AMERICAN = {"size", "sizes", "seize", "prize", "resize", "resized", "capsize"}


def english_texts() -> list[str]:
    sources = [m.source for m in read_ts(OWN_TS)]
    return sources + shipped_template("en").texts()


def american_words(text: str) -> list[str]:
    return [w for w in AMERICAN.findall(text) if w.lower() not in NOT_AMERICAN]


def test_the_check_finds_american_spellings() -> None:
    assert american_words("The counseling center will organize it.") == [
        "counseling",
        "center",
        "organize",
    ]
    assert american_words("The counselling centre; size; organisation.") == []


def test_every_english_text_uses_british_spelling() -> None:
    found = {word for text in english_texts() for word in american_words(text)}
    assert found == set()


def _sources_matching(pattern: str) -> list[str]:
    return [m.source for m in read_ts(OWN_TS) if re.search(pattern, m.source, re.IGNORECASE)]


def test_a_drill_length_is_said_once_from_the_engine_limits() -> None:
    assert _sources_matching(r"drill (lasts|length)|drill.*\d+ (second|minute)") == [
        DRILL_LENGTH_MESSAGE
    ]
    assert MIN_DRILL_SECONDS < 60 and MAX_DRILL_SECONDS % 60 == 0


@pytest.mark.parametrize("seconds", [MIN_DRILL_SECONDS - 1, MAX_DRILL_SECONDS + 1])
def test_the_engine_refuses_a_drill_out_of_range_naming_the_same_limits(seconds: int) -> None:
    from tests.tjdesk.alarm.fakes import FakeClock, FakeDriver, ListJournal, Trace
    from tjdesk.alarm.engine import AlarmEngine, AlarmRefused, EngineSettings

    trace = Trace()
    journal = ListJournal(trace)
    engine = AlarmEngine(
        [FakeDriver("sim:", trace)],
        journal=journal.write,
        announce=journal.announce,
        settings=EngineSettings(room="Room 1"),
        clock=FakeClock(),
    )
    with pytest.raises(AlarmRefused) as refused:
        engine.start_drill("nok", seconds)
    assert refused.value.message == DRILL_LENGTH_MESSAGE
    assert refused.value.message_args == (MIN_DRILL_SECONDS, MAX_DRILL_SECONDS // 60)


def test_the_recovery_key_length_is_said_from_one_constant() -> None:
    mentions = _sources_matching(r"recovery key.*(characters|digits|letters)")
    mentions += _sources_matching(r"(characters|digits|letters).*recovery")
    assert mentions, "the recovery key's length is explained somewhere"
    for source in mentions:
        assert "%1 characters" in source and "0-9" in source and "a-f" in source, source
        assert str(RECOVERY_KEY_CHARACTERS) not in source, source
    good = "ab" * (RECOVERY_KEY_CHARACTERS // 2)
    assert len(parse_recovery_key(good)) * 2 == RECOVERY_KEY_CHARACTERS
    with pytest.raises(MalformedRecoveryKey) as refused:
        parse_recovery_key(good[:-1])
    assert refused.value.message_args == (RECOVERY_KEY_CHARACTERS,)


def test_who_may_read_or_check_the_audit_trail_is_said_one_way() -> None:
    from ui.commands.audit import AUDITORS

    assert AUDITORS == AUDIT_READERS
    assert _sources_matching(r"can (read|check).*audit trail") == [AUDIT_READERS_ONLY]


def test_password_and_idle_lock_numbers_come_from_their_constants() -> None:
    from tjdesk.vault.vault import (
        MIN_PASSWORD_LENGTH,
        PASSWORD_ADVICE,
        password_hint,
        with_password_lengths,
    )
    from ui.context import MAX_IDLE_LOCK_MINUTES

    # A length or time limit is said with %1 from its constant, never as a literal number.
    literal = _sources_matching(r"(?<![%\d])\d+ (or more )?(characters|minutes|seconds)\b")
    assert literal == []
    assert str(MIN_PASSWORD_LENGTH) in with_password_lengths(PASSWORD_ADVICE)
    short = password_hint("x" * (MIN_PASSWORD_LENGTH - 1))
    assert short is not None and str(MIN_PASSWORD_LENGTH) in with_password_lengths(short)
    assert any("at most %1 minutes" in s for s in _sources_matching("screen locks"))
    assert MAX_IDLE_LOCK_MINUTES > 0
