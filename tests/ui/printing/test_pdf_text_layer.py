"""The printed rule sheet's text layer reads back as the text that was printed, Thai tone marks
and all, so the PDF can be searched and read aloud; the pages are checked as images too."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pypdf
import pypdfium2
import pytest

from tjdesk.thai.dates import to_thai_digits
from tjdesk.visits.settings import DEFAULT_RETENTION_DAYS
from tjdesk.visits.sheet_service import SheetOptions, prepare_blank_sheet
from tjdesk.visits.template import PRIVACY_DAYS, shipped_template
from ui.printing import write_pdf
from ui.printing.text_layer import (
    _chars_from_name,
    complete_text_layer,
    extracted_equals,
)
from ui.printing.text_layer import reading_form as folded
from ui.visitors.printable import sheet_printable

# Words whose marks Qt's own map lost (reported: "เยียมชม", "เปน"): a lowered tone mark, a mark
# moved left over ป, THANTHAKHAT, SARA AM after a tone mark, and ญ without its tail.
MARKED_WORDS = ("เยี่ยมชม", "เป็น", "ศักดิ์ศรี", "ซ้ำ", "ป้องกัน", "ผู้ใหญ่")


@pytest.fixture(autouse=True)
def _fonts(qapp) -> None:  # noqa: ANN001
    from ui.fonts import register_fonts

    register_fonts()


def print_sheet(path: Path, language: str, *, thai_digits: bool = False) -> Path:
    options = SheetOptions(
        languages=(language,), date=datetime.date(2026, 11, 28), thai_digits=thai_digits
    )
    write_pdf(sheet_printable(prepare_blank_sheet(None, options), False), path)
    return path


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages]


def sheet_texts(language: str, thai_digits: bool = False) -> list[str]:
    sheet = shipped_template(language)
    skip = {sheet.language, sheet.date_style, sheet.language_name}
    texts = []
    for text in sheet.texts():
        if text and text not in skip:
            text = text.replace(PRIVACY_DAYS, str(DEFAULT_RETENTION_DAYS))
            texts.append(to_thai_digits(text) if thai_digits else text)
    return texts


@pytest.mark.parametrize("thai_digits", [False, True])
def test_every_thai_text_of_the_sheet_reads_back_from_the_pdf(tmp_path, thai_digits) -> None:  # noqa: ANN001
    pdf = print_sheet(tmp_path / "th.pdf", "th", thai_digits=thai_digits)
    pages = page_texts(pdf)
    assert len(pages) == 1  # one A4 page
    page = folded(pages[0])
    missing = [text for text in sheet_texts("th", thai_digits) if folded(text) not in page]
    assert missing == []
    for word in MARKED_WORDS[:5]:
        assert folded(word) in page, word
    assert not re.search(r"[\x00-\x08\x0b-\x1f]", pages[0])  # no glyph left without characters


def test_the_english_sheet_reads_back_too(tmp_path) -> None:  # noqa: ANN001
    pages = page_texts(print_sheet(tmp_path / "en.pdf", "en"))
    assert len(pages) == 1
    page = folded(pages[0])
    assert [text for text in sheet_texts("en") if folded(text) not in page] == []


def test_without_the_fix_qt_alone_loses_the_tone_marks(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    # The fix is what brings the marks back: Qt's own map leaves them out.
    import ui.printing.output as output

    monkeypatch.setattr(output, "complete_text_layer", lambda path: 0)
    page = folded(page_texts(print_sheet(tmp_path / "qt.pdf", "th"))[0])
    assert folded("เยี่ยมชม") not in page
    fixed = tmp_path / "qt.pdf"
    assert complete_text_layer(fixed) > 0
    assert folded("เยี่ยมชม") in folded(page_texts(fixed)[0])


def test_substituted_glyphs_are_named_after_their_characters() -> None:
    assert _chars_from_name("uni0E48.small") == "\u0e48"
    assert _chars_from_name("uni0E260E45") == "\u0e26\u0e45"
    assert _chars_from_name("nikhahit_maiThothai.narrow") == "\u0e49\u0e4d"  # tone mark first
    assert _chars_from_name("uni0E0D.less") == "\u0e0d"
    assert _chars_from_name("f_f_i") == "ffi"
    assert _chars_from_name("space") is None


def test_extracted_text_is_compared_as_a_reader_would() -> None:
    assert extracted_equals("น้ำ ทำ", "น\u0e4d\u0e49\u0e32\u200bท\u0e4d\u0e32")
    assert not extracted_equals("เยี่ยมชม", "เยียมชม")


def test_the_thai_and_english_pages_look_right(tmp_path) -> None:  # noqa: ANN001
    """Rendered to images: ink on the page, none in the margins, nothing past the bottom."""
    for language in ("th", "en"):
        pdf = pypdfium2.PdfDocument(str(print_sheet(tmp_path / f"{language}.pdf", language)))
        assert len(pdf) == 1
        bitmap = pdf[0].render(scale=1)
        width, height = bitmap.width, bitmap.height
        inked_rows = _inked_rows(
            bytes(bitmap.buffer), width, height, bitmap.stride, bitmap.n_channels
        )
        margin = int(height * 12 / 297)  # 12 mm of 297 mm
        assert inked_rows, language
        assert inked_rows[0] >= margin and inked_rows[-1] <= height - margin, language
        # The text fills most of the page (it was not cut short or squeezed into a corner).
        assert inked_rows[-1] - inked_rows[0] > height * 0.6, language
        pdf.close()


def _inked_rows(data: bytes, width: int, height: int, stride: int, channels: int) -> list[int]:
    def dark(x: int, y: int) -> bool:
        offset = y * stride + x * channels
        return min(data[offset : offset + 3]) < 128

    return [y for y in range(0, height, 2) if any(dark(x, y) for x in range(0, width, 3))]


def test_the_thai_sheet_is_printed_upright(tmp_path) -> None:  # noqa: ANN001
    """Qt slants a font with no italic (our Thai face has none) by a text matrix with a shear
    (1 0 .3 -1); none on the Thai sheet, which Thai formal documents never set in italic."""
    pdf = print_sheet(tmp_path / "th.pdf", "th")
    content = pypdf.PdfReader(str(pdf)).pages[0].get_contents().get_data().decode("latin-1")
    matrices = re.findall(r"([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) [-\d.]+ [-\d.]+ Tm", content)
    assert matrices
    assert all(float(shear) == 0 for _a, _b, shear, _d in matrices)


def test_if_the_text_layer_cannot_be_completed_the_printout_is_still_whole(
    tmp_path,
    monkeypatch,
    caplog,  # noqa: ANN001
) -> None:
    import ui.printing.output as output

    def broken(path: object) -> int:
        raise ValueError("a font this code does not understand")

    monkeypatch.setattr(output, "complete_text_layer", broken)
    pdf = print_sheet(tmp_path / "th.pdf", "th")
    assert len(pypdf.PdfReader(str(pdf)).pages) == 1  # Qt's file, unharmed
    assert "text layer could not be completed" in caplog.text
    assert "ผู้เยี่ยมชม" not in caplog.text  # nothing printed goes to the log
