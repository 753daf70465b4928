"""U+200B between Thai words, so Thai wraps where libthai is absent."""

from tjdesk.thai.wordbreak import ZWSP, insert_word_breaks, strip_word_breaks

SENTENCE = "ไม่สัมภาษณ์และไม่ซักถามผู้รับบริการ"


def test_breaks_go_between_thai_words() -> None:
    broken = insert_word_breaks(SENTENCE)
    assert broken.split(ZWSP) == ["ไม่", "สัมภาษณ์", "และ", "ไม่", "ซักถาม", "ผู้รับบริการ"]


def test_text_without_thai_is_unchanged_and_latin_keeps_its_spaces() -> None:
    assert insert_word_breaks("No photos, please.") == "No photos, please."
    mixed = insert_word_breaks("UNODC ผู้เยี่ยมชม 2569")
    assert mixed.startswith("UNODC ") and mixed.endswith(" 2569")
    assert strip_word_breaks(mixed) == "UNODC ผู้เยี่ยมชม 2569"


def test_words_the_sheet_keeps_together_are_not_split() -> None:
    assert ZWSP not in insert_word_breaks("ผู้เยี่ยมชม")
    assert ZWSP not in insert_word_breaks("เจ้าหน้าที่")


def test_a_word_the_dictionary_splits_wrongly_is_kept_whole() -> None:
    # PyThaiNLP alone gives บอ|กว่า ("crazy | more than"): a line must not break there.
    broken = insert_word_breaks("และบอกว่าต้องทำอะไรต่อ")
    assert broken.split(ZWSP) == ["และ", "บอกว่า", "ต้อง", "ทำ", "อะไร", "ต่อ"]
    # Loanwords it does not know come out in syllables (มิ|ล|ลิ|วินาที, แฮ|ช).
    assert ZWSP not in insert_word_breaks("มิลลิวินาที") + insert_word_breaks("แฮช")


def test_insertion_is_idempotent_and_strippable() -> None:
    once = insert_word_breaks(SENTENCE)
    assert insert_word_breaks(once) == once
    assert ZWSP + ZWSP not in once
    assert strip_word_breaks(once) == SENTENCE
