"""Keeps the shelter's address off every printout.

The template has no address field, but wording is free text and visitor names and
organisations are typed at reception, so the renderer also looks for the configured address
(whole, and each of its lines or comma-separated parts that is long enough to identify a
place) and cuts it out. Matching ignores case, spacing and the zero-width spaces that word-break
insertion adds.
"""

from __future__ import annotations

import re

REPLACEMENT = "\u2026"  # an ellipsis marks where something was cut
# Parts shorter than this (not counting spaces) are too common to cut ("Moo 3", "Soi 5").
_MIN_PART = 6
_GAP = "[\\s\\u200b]*"
_HOUSE_NUMBER = re.compile(r"^[\s\d/\-.]+")


def _letters(text: str) -> str:
    return re.sub(r"[\s\u200b]+", "", text)


class AddressGuard:
    def __init__(self, address: str | None) -> None:
        parts: set[str] = set()
        if address and _letters(address):
            parts.add(_letters(address))
            for part in re.split(r"[,\n;]+", address):
                # "12 Soi Ruamrudee" is still found as "Soi Ruamrudee" without its number.
                for candidate in (part, _HOUSE_NUMBER.sub("", part)):
                    if len(_letters(candidate)) >= _MIN_PART:
                        parts.add(_letters(candidate))
        # Longest first, so the whole address is cut in one piece where it appears whole.
        ordered = sorted(parts, key=len, reverse=True)
        self._patterns = [
            re.compile(_GAP.join(re.escape(ch) for ch in part), re.IGNORECASE) for part in ordered
        ]

    @property
    def active(self) -> bool:
        return bool(self._patterns)

    def contains_address(self, text: str) -> bool:
        return any(pattern.search(text) for pattern in self._patterns)

    def strip(self, text: str) -> tuple[str, int]:
        """``text`` with every address part replaced by an ellipsis, and how many were cut."""
        cut = 0
        for pattern in self._patterns:
            text, count = pattern.subn(REPLACEMENT, text)
            cut += count
        return text, cut
