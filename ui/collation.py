"""Thai sort order for names and lists, through Qt's collator (ICU inside the PySide6 wheel).

Thai dictionaries ignore the leading vowels เ แ โ ใ ไ at the first level (เกษม sorts by ก, after
กิตติ and before ขวัญ). Python's ``sorted`` and SQLite's ``ORDER BY`` compare code points and
put every word that starts with a leading vowel after ฮ; sort in Python with these helpers.

    sorted_thai(names)                          # a list of strings
    sorted_thai(rows, key=lambda r: r["nickname"])
    proxy = ThaiSortProxyModel(); proxy.setSourceModel(model)   # a sortable view
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCollator,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

T = TypeVar("T")

THAI_LOCALE = "th_TH"


_per_thread = threading.local()


def thai_collator() -> QCollator:
    """Thai rules; case-insensitive; digits compared as numbers ("ห้อง 9" before "ห้อง 10").

    One per thread: lists may be sorted on the vault worker as well as on the GUI thread."""
    collator: QCollator | None = getattr(_per_thread, "collator", None)
    if collator is None:
        collator = QCollator(QLocale(THAI_LOCALE))
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        collator.setNumericMode(True)
        _per_thread.collator = collator
    return collator


def compare_thai(left: str, right: str) -> int:
    """Negative, zero or positive, as ``left`` sorts before, with or after ``right``."""
    return thai_collator().compare(left, right)


def thai_key(text: str) -> Any:
    """A sort key (for ``sorted``/``min``/``max``) that orders strings in Thai order."""
    return _key(text)


_key = functools.cmp_to_key(compare_thai)


def sorted_thai(
    items: Iterable[T], key: Callable[[T], str] | None = None, *, reverse: bool = False
) -> list[T]:
    """``items`` in Thai order of ``key(item)`` (the item itself if no key)."""
    text_of: Callable[[T], str] = key if key is not None else (lambda item: str(item))
    return sorted(items, key=lambda item: _key(text_of(item)), reverse=reverse)


class ThaiSortProxyModel(QSortFilterProxyModel):
    """A proxy that sorts text columns in Thai order; numbers, dates and other values keep
    Qt's own comparison. Sorts by ``sortRole()`` (DisplayRole unless changed)."""

    def lessThan(  # noqa: N802 - Qt API
        self,
        source_left: QModelIndex | QPersistentModelIndex,
        source_right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        left = source_left.data(self.sortRole())
        right = source_right.data(self.sortRole())
        if isinstance(left, str) and isinstance(right, str):
            return compare_thai(left, right) < 0
        return super().lessThan(source_left, source_right)
