"""Word-break opportunities for Thai text, for layout engines that cannot find them.

Thai is written without spaces between words. Qt finds Thai line breaks only through libthai,
loaded at run time; Windows and macOS builds (and bare Linux machines) usually lack it, and
then a Thai paragraph stays one overflowing line. We segment Thai runs with PyThaiNLP's
dictionary tokenizer (offline) and put U+200B ZERO WIDTH SPACE between words: it is invisible
and every line breaker treats it as a break opportunity. Strip it before saving or copying.

PyThaiNLP and its word list are loaded on first use only; the word list is held compactly
(tjdesk.thai.dictionary), not as PyThaiNLP's 60 MB trie.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tjdesk.thai.dictionary import segment, words_with_kept

ZWSP = "\u200b"
# Thai letters, vowels, tone marks and digits; a run of them is segmented as one piece.
_THAI_RUN = re.compile("[\u0e01-\u0e5b]+")


def _tokenize(text: str) -> list[str]:
    return segment(text, words_with_kept())


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
