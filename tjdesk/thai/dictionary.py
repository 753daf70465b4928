"""PyThaiNLP's Thai word list, held as one sorted list instead of a trie of Python objects.

PyThaiNLP's newmm segmenter asks its dictionary one question: which words start at this
position of the text (``prefixes``). Its own ``Trie`` answers with a Python object and a dict
per letter of 62,000 words: about 60 MB resident per dictionary, and we use two (the default
for search, the default plus our keep-together words for printed sheets). A sorted list of the
same words answers the same question with a binary search per letter (every word that starts
with a piece sits right where the piece would be inserted), in about 6 MB, so the segmentation
is exactly PyThaiNLP's. The words are read from PyThaiNLP's packaged ``words_th.txt`` as its
``thai_words()`` reads them, without keeping its frozenset beside ours.

This is the only module that imports PyThaiNLP; it points PyThaiNLP at our data folder first
(tjdesk/thai/pythainlp_home.py says why).
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from importlib import resources

from tjdesk.thai.pythainlp_home import keep_pythainlp_data_with_ours

WORDS_FILE = "words_th.txt"


class SortedWords:
    """A read-only word set with PyThaiNLP ``Trie``'s ``prefixes`` (and ``in``, ``len``)."""

    def __init__(self, words: Iterable[str]) -> None:
        # Trie.add strips each word; an empty word can never be a prefix found in text.
        self._words: list[str] = sorted({word.strip() for word in words} - {""})

    def __len__(self) -> int:
        return len(self._words)

    def __iter__(self) -> Iterator[str]:
        return iter(self._words)

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        at = bisect_left(self._words, word)
        return at < len(self._words) and self._words[at] == word

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        """Every word that ``text`` holds at ``start``, shortest first (as ``Trie.prefixes``)."""
        words = self._words
        count = len(words)
        found: list[str] = []
        low = 0
        for end in range(start + 1, len(text) + 1):
            piece = text[start:end]
            # Words starting with `piece` form one run beginning where `piece` would go; a
            # longer piece sorts after a shorter one, so the search never moves back.
            low = bisect_left(words, piece, low)
            if low == count:
                break
            nearest = words[low]
            if nearest == piece:
                found.append(piece)
            elif not nearest.startswith(piece):
                break
        return found


def packaged_words() -> list[str]:
    """The lines of PyThaiNLP's ``words_th.txt`` (what its ``thai_words()`` holds)."""
    keep_pythainlp_data_with_ours()
    text = resources.files("pythainlp.corpus").joinpath(WORDS_FILE).read_text("utf-8-sig")
    return [line for line in text.splitlines() if line]


def keep_together_words() -> list[str]:
    """Our own words the printed sheets must not break (ผู้เยี่ยมชม, เจ้าหน้าที่, ...)."""
    text = resources.files("tjdesk.thai.data").joinpath("keep_together.txt").read_text("utf-8")
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


_lock = threading.Lock()
_default: SortedWords | None = None
_with_kept: SortedWords | None = None


def default_words() -> SortedWords:
    """PyThaiNLP's default dictionary (what ``word_tokenize(engine="newmm")`` uses)."""
    global _default
    with _lock:
        if _default is None:
            _default = SortedWords(packaged_words())
        return _default


def words_with_kept() -> SortedWords:
    """The default dictionary plus our keep-together words (for the printed sheets)."""
    global _with_kept
    base = default_words()
    with _lock:
        if _with_kept is None:
            _with_kept = SortedWords([*base, *keep_together_words()])
        return _with_kept


def segment(text: str, words: SortedWords) -> list[str]:
    """PyThaiNLP newmm's words of ``text`` with ``words`` as its dictionary."""
    keep_pythainlp_data_with_ours()
    from pythainlp.tokenize import word_tokenize  # imported on first use: about 0.3 s

    # word_tokenize's type says Trie; newmm only calls prefixes() and bool() on it.
    return list(word_tokenize(text, custom_dict=words, engine="newmm"))  # type: ignore[arg-type]
