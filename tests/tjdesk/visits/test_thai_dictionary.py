"""The compact Thai word list segments exactly as PyThaiNLP's own trie does.

Printed sheets wrap and notes are found by the words this segmentation finds; holding the
dictionary as a sorted list instead of PyThaiNLP's trie must not move a single break.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tjdesk.thai.dictionary import (
    default_words,
    keep_together_words,
    packaged_words,
    segment,
    words_with_kept,
)
from tjdesk.thai.pythainlp_home import keep_pythainlp_data_with_ours

REPO = Path(__file__).resolve().parents[3]
THAI_RUN = re.compile("[\u0e01-\u0e5b]+")


@pytest.fixture(scope="module")
def reference_tries():  # type: ignore[no-untyped-def]
    keep_pythainlp_data_with_ours()  # as tjdesk.thai.dictionary does before its first import
    from pythainlp.tokenize import word_dict_trie
    from pythainlp.util import dict_trie

    default = word_dict_trie()
    with_kept = dict_trie(set(packaged_words()) | set(keep_together_words()))
    return default, with_kept


def shipped_thai_text() -> list[str]:
    """Every Thai run we ship: the Thai catalogue and the shipped sheet templates."""
    texts = [
        (REPO / "ui/resources/translations/tjdesk_th.ts").read_text("utf-8"),
        *(p.read_text("utf-8") for p in (REPO / "tjdesk/visits/defaults").glob("*.json")),
    ]
    runs = {run for text in texts for run in THAI_RUN.findall(text)}
    return sorted(runs)


def test_the_shipped_thai_text_is_segmented_as_pythainlp_does(reference_tries) -> None:  # type: ignore[no-untyped-def]
    from pythainlp.tokenize import word_tokenize

    default, with_kept = reference_tries
    runs = shipped_thai_text()
    assert len(runs) > 200  # the catalogue really was read
    for run in runs:
        assert segment(run, default_words()) == word_tokenize(run, engine="newmm")
        assert segment(run, words_with_kept()) == word_tokenize(
            run, custom_dict=with_kept, engine="newmm"
        )


def test_prefixes_and_membership_agree_with_the_trie(reference_tries) -> None:  # type: ignore[no-untyped-def]
    default, _ = reference_tries
    words = default_words()
    assert len(words) == len(default)
    sample = "ผู้รับบริการได้รับยาที่โรงพยาบาลเจ้าหน้าที่ไม่สัมภาษณ์"
    for start in range(len(sample)):
        assert words.prefixes(sample, start) == default.prefixes(sample, start)
    assert "โรงพยาบาล" in words and "โรงพยาบาลx" not in words and "" not in words


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["ผู้", "รับ", "บริการ", "ยา", "ที่", "โรง", "พยาบาล", "เยี่ยม", "ชม", "ก", "ๆ"]),
        max_size=12,
    ).map("".join)
)
def test_any_thai_text_is_segmented_as_pythainlp_does(reference_tries, text: str) -> None:  # type: ignore[no-untyped-def]
    from pythainlp.tokenize import word_tokenize

    default, with_kept = reference_tries
    assert segment(text, default_words()) == word_tokenize(text, engine="newmm")
    assert segment(text, words_with_kept()) == word_tokenize(
        text, custom_dict=with_kept, engine="newmm"
    )


def test_pythainlp_writes_nothing_in_the_home_folder(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHAINLP")}
    env["HOME"] = str(tmp_path)
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    script = (
        "from tjdesk.thai.wordbreak import insert_word_breaks;"
        "from tjdesk.cases.search_text import index_text;"
        "print(insert_word_breaks('ผู้เยี่ยมชม ได้รับยา'), index_text('ได้รับยา'))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "ได้รับ" in done.stdout
    assert not (tmp_path / "pythainlp-data").exists()
    assert list(tmp_path.rglob("*")) == []  # nowhere else either (read-only)
