"""Issue 17, item 5: the shelter's name is on no visitor sheet (the sheet leaves with the
visitor; a named shelter gives away where it is), and the wizard says where it is used."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.pdf import pdf_metadata, pdf_text
from tests.helpers.vaults import make_vault
from tjdesk.actors import Role
from tjdesk.visits.sheet_service import SheetOptions, prepare_blank_sheet
from ui.printing import write_pdf
from ui.visitors.printable import sheet_printable

SHELTER = "Baan Kredtrakarn Nonthaburi"


@pytest.mark.parametrize("side_by_side", [False, True])
def test_no_printed_sheet_carries_the_shelter_name(
    qapp: object, tmp_path: Path, side_by_side: bool
) -> None:
    made = make_vault(tmp_path / "vault", [("rita", Role.RECEPTION)], shelter_name=SHELTER)
    db = made.admin.open_database()
    try:
        options = SheetOptions(languages=("th", "en"), side_by_side=side_by_side)
        prepared = prepare_blank_sheet(db, options)
    finally:
        db.close()
        made.close()
    assert SHELTER.lower() not in prepared.html.lower()
    assert "kredtrakarn" not in prepared.html.lower()
    pdf = tmp_path / "sheet.pdf"
    write_pdf(sheet_printable(prepared, side_by_side), pdf)
    text = pdf_text(pdf)
    assert "Information and Rules for Visitors" in text  # the text was read
    assert "kredtrakarn" not in text.lower()
    info = " ".join(pdf_metadata(pdf).values())
    assert "TJ Desk" in info  # the creator: the metadata was read
    assert "kredtrakarn" not in info.lower()


def test_the_wizard_says_where_the_name_is_used(qtbot) -> None:  # noqa: ANN001
    from ui.wizard.wizard import ShelterPage

    page = ShelterPage()
    qtbot.addWidget(page)
    intro = page._intro.text()
    assert "recovery key sheet" in intro
    assert "never printed on visitor sheets" in intro
