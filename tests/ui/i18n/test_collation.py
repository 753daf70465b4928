"""Thai names sort in Thai order (leading vowels ignored at the first level), not code-point
order as Python and SQLite would sort them."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from ui.collation import ThaiSortProxyModel, compare_thai, sorted_thai

THAI_ORDER = ["กมล", "กิตติ", "เกษม", "แก้ว", "โกวิท", "ไก่", "ขวัญ", "ฮานะ"]


def test_consonants_sort_in_alphabet_order() -> None:
    assert compare_thai("ก", "ข") < 0
    assert compare_thai("ข", "ฮ") < 0
    assert compare_thai("ฮ", "ก") > 0


def test_a_leading_vowel_sorts_by_the_consonant_after_it() -> None:
    shuffled = THAI_ORDER[:]
    random.Random(7).shuffle(shuffled)
    assert sorted_thai(shuffled) == THAI_ORDER
    # Code-point order (Python, SQLite) gets it wrong: ขวัญ before เกษม.
    assert sorted(THAI_ORDER).index("ขวัญ") < sorted(THAI_ORDER).index("เกษม")


def test_sorting_by_a_key_and_numbers_in_names() -> None:
    rows = [{"room": "ห้อง 10"}, {"room": "ห้อง 9"}, {"room": "เรือนพัก 1"}]
    assert [r["room"] for r in sorted_thai(rows, key=lambda r: r["room"])] == [
        "เรือนพัก 1",
        "ห้อง 9",
        "ห้อง 10",
    ]


def test_a_sorted_list_view_shows_thai_order(qapp: object) -> None:
    model = QStandardItemModel()
    for name in reversed(THAI_ORDER):
        model.appendRow(QStandardItem(name))
    proxy = ThaiSortProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    shown = [proxy.index(row, 0).data() for row in range(proxy.rowCount())]
    assert shown == THAI_ORDER
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 0).data() == "ฮานะ"


def test_lists_sorted_on_the_vault_worker_thread_are_in_thai_order_too() -> None:
    import threading

    results: list[list[str]] = []
    worker = threading.Thread(target=lambda: results.append(sorted_thai(reversed(THAI_ORDER))))
    worker.start()
    worker.join(timeout=10)
    assert results == [THAI_ORDER]
