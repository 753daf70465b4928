"""Every printout is drawn in our own font files, on any machine, whatever was drawn before.

Under Noto's names, a machine with Noto installed had two "Noto Sans": which file Qt embedded
depended on the machine and on what had been drawn earlier in the process (the English sheet's
text layer broke after an unrelated test). Our faces now have names no other font has. Here a
machine's Noto Sans (Regular, Bold, Italic) and Noto Sans Thai are made visible whatever the
machine has (copies of our files under Noto's names, registered like a system font would be
found), drawn with first, and the printouts must still embed nothing but our faces, by their
PostScript names. Marked text_measure so that it also runs with no system fonts at all."""

from __future__ import annotations

import datetime
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from fontTools.ttLib import TTFont
from PySide6.QtGui import QFont, QFontDatabase, QTextLayout

from tests.helpers.pdf import pdf_fonts
from tjdesk.visits.sheet_service import SheetOptions, prepare_blank_sheet
from ui.fonts import POSTSCRIPT_NAMES, register_fonts
from ui.printing import write_pdf
from ui.visitors.printable import sheet_printable
from ui.wizard import recovery_sheet

pytestmark = pytest.mark.text_measure

FONTS = Path(__file__).resolve().parents[3] / "ui" / "resources" / "fonts"
# Our file -> the Noto names a machine's copy of the same face has.
NOTO_NAMES = {
    "TJDeskSans-Regular.ttf": ("Noto Sans", "Regular", "NotoSans-Regular"),
    "TJDeskSans-Bold.ttf": ("Noto Sans", "Bold", "NotoSans-Bold"),
    "TJDeskSans-Italic.ttf": ("Noto Sans", "Italic", "NotoSans-Italic"),
    "TJDeskSansThai-Regular.ttf": ("Noto Sans Thai", "Regular", "NotoSansThai-Regular"),
    "TJDeskSansThai-Bold.ttf": ("Noto Sans Thai", "Bold", "NotoSansThai-Bold"),
    "TJDeskMono-Regular.ttf": ("Noto Sans Mono", "Regular", "NotoSansMono-Regular"),
}


def as_noto(file_name: str) -> bytes:
    family, style, postscript = NOTO_NAMES[file_name]
    font = TTFont(str(FONTS / file_name))
    name = font["name"]
    for record in name.names:
        if record.nameID in (1, 2, 4, 6):
            text = {1: family, 2: style, 4: f"{family} {style}", 6: postscript}[record.nameID]
            record.string = text
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


@pytest.fixture
def machine_noto(qapp) -> Iterator[None]:  # noqa: ANN001
    """Noto Sans and Noto Sans Thai visible to Qt, and already drawn with, as on a machine
    that has them (CI installs fonts-noto-core); removed again afterwards."""
    register_fonts()
    ids = [QFontDatabase.addApplicationFontFromData(as_noto(name)) for name in NOTO_NAMES]
    assert all(font_id >= 0 for font_id in ids)
    try:
        assert {"Noto Sans", "Noto Sans Thai"} <= set(QFontDatabase.families())
        for italic in (False, True):
            font = QFont(["Noto Sans", "Noto Sans Thai"], 11)
            font.setItalic(italic)
            layout = QTextLayout("Welcome trafficking ผู้เยี่ยมชม", font)
            layout.beginLayout()
            layout.createLine()
            layout.endLayout()
            drawn = {run.rawFont().familyName() for run in layout.glyphRuns()}
            assert drawn == {"Noto Sans", "Noto Sans Thai"}  # the machine's copy is usable
        yield
    finally:
        for font_id in ids:
            QFontDatabase.removeApplicationFont(font_id)


def print_sheet(path: Path, languages: tuple[str, ...]) -> Path:
    options = SheetOptions(languages=languages, date=datetime.date(2026, 11, 28))
    write_pdf(sheet_printable(prepare_blank_sheet(None, options), len(languages) > 1), path)
    return path


@pytest.mark.usefixtures("machine_noto")
@pytest.mark.parametrize("languages", [("en",), ("th",), ("th", "en")])
def test_rule_sheets_embed_only_our_faces_beside_a_machines_noto(tmp_path, languages) -> None:  # noqa: ANN001
    fonts = pdf_fonts(print_sheet(tmp_path / "sheet.pdf", languages))
    assert fonts and all(font.embedded for font in fonts)
    assert {font.name for font in fonts} <= set(POSTSCRIPT_NAMES), fonts


@pytest.mark.usefixtures("machine_noto")
def test_the_recovery_sheet_embeds_only_our_faces_beside_a_machines_noto(tmp_path) -> None:  # noqa: ANN001
    pdf = tmp_path / "recovery.pdf"
    recovery_sheet.write_pdf(pdf, "Shelter", "0123-4567-89ab-cdef", "SHA256:0O1l" * 3)
    names = {font.name for font in pdf_fonts(pdf)}
    assert "TJDeskMono-Regular" in names  # the key and the fingerprint
    assert names <= set(POSTSCRIPT_NAMES), names


@pytest.mark.usefixtures("machine_noto")
def test_the_english_sheets_italic_is_our_italic_face_not_a_slanted_upright(tmp_path) -> None:  # noqa: ANN001
    """Qt slants an upright face when a family has no italic, by a text matrix with a shear;
    the English subtitle and closing must be drawn in the italic face we ship instead."""
    pdf = print_sheet(tmp_path / "en.pdf", ("en",))
    assert "TJDeskSans-Italic" in {font.name for font in pdf_fonts(pdf)}
    content = pypdf.PdfReader(str(pdf)).pages[0].get_contents().get_data().decode("latin-1")
    matrices = re.findall(r"([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) [-\d.]+ [-\d.]+ Tm", content)
    assert matrices
    assert all(float(shear) == 0 for _a, _b, shear, _d in matrices)
