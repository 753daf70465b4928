"""Text as the full-text index sees it: Thai runs split into words, queries made safe.

Thai has no spaces between words, so SQLite's unicode61 tokenizer would index a whole Thai
sentence as one token. We put a space between Thai words (PyThaiNLP's offline dictionary
segmenter, loaded on first use; see tjdesk.thai.dictionary) before indexing, and do the same to
the words a user searches for, so "ยา" finds "ได้รับยาที่โรงพยาบาล".
"""

from __future__ import annotations

import re
from functools import lru_cache

from tjdesk.thai.dictionary import default_words, segment

_THAI_RUN = re.compile("[\u0e01-\u0e5b]+")
# \w misses Thai vowel and tone marks (category Mn), so name the Thai block as well.
_WORD = re.compile(r"[\w\u0e00-\u0e7f]+")


def _segment(run: str) -> list[str]:
    return [token for token in segment(run, default_words()) if token.strip()]


@lru_cache(maxsize=8192)
def _spaced_run(run: str) -> str:
    return " ".join(_segment(run))


def index_text(text: str) -> str:
    """``text`` with spaces between Thai words; other scripts are left as they are."""
    if not _THAI_RUN.search(text):
        return text
    return _THAI_RUN.sub(lambda m: f" {_spaced_run(m.group(0))} ", text)


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression finding notes with every word of ``query`` (prefixes too).

    Each word is quoted, so nothing the user types is read as FTS5 syntax. None when the
    query holds no word at all.
    """
    words = _WORD.findall(index_text(query))
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words[:16])
