"""Word-break opportunities for Thai text, for layout engines that cannot find them.

Thai is written without spaces between words. Qt finds Thai line breaks only through libthai,
loaded at run time; Windows and macOS builds (and bare Linux machines) usually lack it, and
then a Thai paragraph stays one overflowing line. We segment Thai runs with PyThaiNLP's
dictionary tokenizer (offline) and put U+200B ZERO WIDTH SPACE between words: it is invisible
and every line breaker treats it as a break opportunity. Strip it before saving or copying.

PyThaiNLP takes about a second to import, so it is imported on first use only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources

ZWSP = "\u200b"
# Thai letters, vowels, tone marks and digits; a run of them is segmented as one piece.
_THAI_RUN = re.compile("[\u0e01-\u0e5b]+")

_MAX_PARTS = 4  # a keep-together word is at most this many dictionary tokens
_tokenizer: Callable[[str], list[str]] | None = None


def _tokenize(text: str) -> list[str]:
    global _tokenizer
    if _tokenizer is None:
        from pythainlp.corpus.common import thai_words
        from pythainlp.tokenize import word_tokenize
        from pythainlp.util import dict_trie

        words = dict_trie(set(thai_words()) | set(_keep_together_words()))

        def tokenizer(run: str) -> list[str]:
            return list(word_tokenize(run, custom_dict=words, engine="newmm", keep_whitespace=True))

        _tokenizer = tokenizer
    return _tokenizer(text)


def _keep_together_words() -> list[str]:
    text = resources.files("tjdesk.thai.data").joinpath("keep_together.txt").read_text("utf-8")
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def _merge_kept_words(tokens: list[str], keep: frozenset[str]) -> list[str]:
    """Join runs of tokens that spell a keep-together word (ผู้ + เยี่ยมชม -> ผู้เยี่ยมชม).

    Cheaper than a custom tokenizer dictionary, whose trie takes seconds to build."""
    merged: list[str] = []
    i = 0
    while i < len(tokens):
        for j in range(min(len(tokens), i + _MAX_PARTS), i + 1, -1):
            if "".join(tokens[i:j]) in keep:
                merged.append("".join(tokens[i:j]))
                i = j
                break
        else:
            merged.append(tokens[i])
            i += 1
    return merged


def contains_thai(text: str) -> bool:
    return _THAI_RUN.search(text) is not None


@lru_cache(maxsize=4096)
def _break_run(run: str) -> str:
    return ZWSP.join(token for token in _tokenize(run) if token)


def insert_word_breaks(text: str) -> str:
    """``text`` with U+200B between Thai words; text without Thai comes back unchanged.

    Idempotent: existing U+200B are removed first, so the result never holds two in a row.
    """
    text = strip_word_breaks(text)
    if not contains_thai(text):
        return text
    return _THAI_RUN.sub(lambda match: _break_run(match.group(0)), text)


def strip_word_breaks(text: str) -> str:
    return text.replace(ZWSP, "")


def preload() -> None:
    """Import the segmenter now (for a background thread at start-up, or a benchmark)."""
    _tokenize("\u0e44\u0e17\u0e22")
