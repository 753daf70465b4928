"""Create a visit in the area, print its sheets to PDF, and check what went to the printer."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime
from PySide6.QtGui import QFontDatabase, QRawFont, QTextDocument
from PySide6.QtWidgets import QMessageBox

from tests.helpers.pdf import page_count, page_sizes_mm, pdf_fonts, pdf_text
from tests.ui.visitors.conftest import make_ctx
from tjdesk.actors import Role
from tjdesk.thai.wordbreak import strip_word_breaks
from tjdesk.visits import settings
from tjdesk.visits.template import shipped_template
from tjdesk.visits.visit_log import get_visit
from ui.fonts import LATIN_FAMILY, POSTSCRIPT_NAMES, THAI_FAMILY
from ui.printing import build_document
from ui.visitors.area import VisitorsArea
from ui.visitors.print_dialog import SheetPrintDialog
from ui.visitors.visit_dialog import VisitDialog

ADDRESS = "77 Soi Sukhumvit 101, Bang Chak, Phra Khanong, Bangkok 10260"
WHEN = datetime.datetime(2026, 11, 28, 10, 30)


def open_area(qtbot, ctx) -> VisitorsArea:  # noqa: ANN001
    area = VisitorsArea(ctx)
    qtbot.addWidget(area)
    qtbot.waitUntil(lambda: bool(area.languages), timeout=15000)
    return area


def record_visit(qtbot, area: VisitorsArea, names: str, organisation: str = "UNODC") -> int:  # noqa: ANN001
    area.new_button.click()
    form = area.dialog
    assert isinstance(form, VisitDialog)
    form.when.setDateTime(QDateTime(WHEN))
    form.organisation.setText(organisation)
    form.purpose.setText("Study visit")
    form.count.setValue(4)
    form.host.setText("Khun Malee")
    form.names.setPlainText(names)
    form.briefed.setChecked(True)
    with qtbot.waitSignal(area.visit_saved, timeout=15000) as saved:
        form.buttons.button(form.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: area.selected_visit_id() == saved.args[0], timeout=15000)
    return int(saved.args[0])


def print_selected_to_pdf(qtbot, area: VisitorsArea, path: Path, *, side_by_side=False):  # noqa: ANN001
    area.print_button.click()
    dialog = area.dialog
    assert isinstance(dialog, SheetPrintDialog)
    dialog.side_by_side.setChecked(side_by_side)
    with qtbot.waitSignal(dialog.printed, timeout=30000):
        dialog.save_pdf(path)
    assert dialog.last_printable is not None
    return dialog.last_printable


def printed_text(printable) -> str:  # noqa: ANN001
    """The text of the document that went to the PDF writer (word breaks removed)."""
    return strip_word_breaks(build_document(printable).toPlainText())


@pytest.mark.text_measure
def test_a_visit_prints_both_sheets_with_its_date_names_and_no_address(
    qtbot,
    vault_worker,
    tmp_path,  # noqa: ANN001
) -> None:
    ctx = make_ctx(vault_worker, Role.RECEPTION)
    admin = make_ctx(vault_worker, Role.ADMINISTRATOR).user
    vault_worker.call(lambda db: settings.set_shelter_address(db, admin, ADDRESS))
    area = open_area(qtbot, ctx)
    visit_id = record_visit(
        qtbot, area, "Jane Doe\nสมชาย ใจดี; กระทรวงการพัฒนาสังคมฯ\nKo Ko; Office at Soi Sukhumvit 101"
    )
    pdf = tmp_path / "sheets.pdf"
    printable = print_selected_to_pdf(qtbot, area, pdf)

    text = printed_text(printable)
    th, en = shipped_template("th"), shipped_template("en")
    for obligation in th.obligations + en.obligations:
        assert obligation in text
    assert "28 พฤศจิกายน 2569" in text and "28 November 2026" in text
    assert "Jane Doe" in text and "สมชาย ใจดี" in text and "Ko Ko" in text
    assert "Sukhumvit" not in text and "10260" not in text
    warning = area.dialog.findChild(QMessageBox)
    assert warning is not None and "shelter's address" in warning.text()

    # The PDF: English text extracts reliably (Thai does not, so it is checked above).
    extracted = pdf_text(pdf)
    assert "Take no photographs, video or audio recordings anywhere on the premises." in extracted
    assert "28 November 2026" in extracted and "Jane Doe" in extracted
    assert "Sukhumvit" not in extracted
    assert page_count(pdf) == 2  # one sheet per language

    visit = vault_worker.call(lambda db: get_visit(db, ctx.user, visit_id))
    assert [(s.language, s.template_version) for s in visit.sheets] == [("th", 1), ("en", 1)]
    assert all(s.printed_at for s in visit.sheets)
    actions = vault_worker.call(
        lambda db: [r["action"] for r in db.query("SELECT action FROM audit_log ORDER BY seq")]
    )
    assert actions[-1] == "visit.print" and "visit.create" in actions
    # The list now shows the sheets as printed.
    qtbot.waitUntil(lambda: "printed" in area.model.index(0, 5).data(), timeout=15000)


@pytest.mark.text_measure
def test_side_by_side_fits_thai_and_english_on_one_a4_sheet(qtbot, vault_worker, tmp_path) -> None:  # noqa: ANN001
    # Both full texts on the front, the signatures on the back: one sheet of paper.
    area = open_area(qtbot, make_ctx(vault_worker))
    record_visit(qtbot, area, "Jane Doe\nJohn Roe")
    pdf = tmp_path / "side.pdf"
    printable = print_selected_to_pdf(qtbot, area, pdf, side_by_side=True)
    assert page_sizes_mm(pdf) == [(210, 297)] * 2  # front and back of one A4 sheet
    text = printed_text(printable)
    assert "ชื่อ-นามสกุล / Name" in text and "28 พฤศจิกายน 2569" in text


@pytest.mark.text_measure
def test_the_sheet_font_draws_thai_and_is_embedded_in_the_pdf(
    qtbot, vault_worker, tmp_path
) -> None:  # noqa: ANN001
    from ui.fonts import register_fonts

    assert THAI_FAMILY in register_fonts()  # the bundled file, not only a system copy
    assert "Thai" in [ws.name for ws in QFontDatabase.writingSystems(THAI_FAMILY)]
    area = open_area(qtbot, make_ctx(vault_worker))
    record_visit(qtbot, area, "")
    pdf = tmp_path / "fonts.pdf"
    printable = print_selected_to_pdf(qtbot, area, pdf)
    font = printable.font()
    assert font.families()[:2] == [LATIN_FAMILY, THAI_FAMILY]  # by name, Thai falls back
    raw = QRawFont.fromFont(font, QFontDatabase.WritingSystem.Thai)
    assert raw.isValid() and raw.familyName() == THAI_FAMILY
    assert all(raw.supportsCharacter(ord(ch)) for ch in "ผู้เยี่ยมชมน้ำ")
    fonts = pdf_fonts(pdf)
    thai = [font for font in fonts if font.name.startswith("TJDeskSansThai-")]
    latin = [font for font in fonts if font.name.startswith("TJDeskSans-")]
    assert thai and latin, fonts  # Thai in the Thai face, English in the shipped Latin face
    assert all(font.embedded for font in fonts)
    assert {font.name for font in fonts} <= set(POSTSCRIPT_NAMES), fonts


def test_a_bad_visit_form_says_why_and_saves_nothing(qtbot, vault_worker) -> None:  # noqa: ANN001
    area = open_area(qtbot, make_ctx(vault_worker))
    area.new_button.click()
    form = area.dialog
    assert isinstance(form, VisitDialog)
    form.organisation.setText("   ")
    form.buttons.button(form.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: form.error.isVisible(), timeout=15000)
    assert "organisation" in form.error.text()
    assert form.isVisible() and form.buttons.isEnabled()
    assert vault_worker.call(lambda db: db.scalar("SELECT COUNT(*) FROM visits")) == 0


def test_the_list_filters_by_text(qtbot, vault_worker) -> None:  # noqa: ANN001
    area = open_area(qtbot, make_ctx(vault_worker))
    area.period.setCurrentIndex(area.period.findData("all"))
    record_visit(qtbot, area, "", organisation="Chulalongkorn University")
    record_visit(qtbot, area, "", organisation="Mahidol University")
    assert area.model.rowCount() == 2
    with qtbot.waitSignal(area.visits_loaded, timeout=15000):
        area.search.setText("mahidol")
    assert area.model.rowCount() == 1
    assert area.model.index(0, 1).data() == "Mahidol University"


def test_reception_cannot_reach_the_sheet_editor_or_settings(qtbot, vault_worker) -> None:  # noqa: ANN001
    reception = open_area(qtbot, make_ctx(vault_worker, Role.RECEPTION))
    assert reception.templates_button.isHidden() and reception.settings_button.isHidden()
    director = open_area(qtbot, make_ctx(vault_worker, Role.DIRECTOR))
    assert not director.templates_button.isHidden() and not director.settings_button.isHidden()


def test_a_thai_interface_shows_visit_times_in_the_buddhist_era(qtbot, vault_worker) -> None:  # noqa: ANN001
    area = open_area(qtbot, make_ctx(vault_worker, language="th"))
    area.period.setCurrentIndex(area.period.findData("all"))
    record_visit(qtbot, area, "")
    assert area.model.index(0, 0).data() == "28 พฤศจิกายน 2569 10:30 น."


def test_the_document_sent_to_the_printer_is_a4(qtbot) -> None:  # noqa: ANN001
    from ui.printing import Printable, layout_for

    page = layout_for(Printable(html="x")).pageSize()
    assert page.id() == page.PageSizeId.A4
    assert isinstance(build_document(Printable(html="<p>x</p>")), QTextDocument)


def test_opening_the_area_purges_visits_past_retention_and_audits_it(qtbot, vault_worker) -> None:  # noqa: ANN001
    from tjdesk.visits.visit_log import VisitInput, create_visit

    ctx = make_ctx(vault_worker)
    old = datetime.datetime.now() - datetime.timedelta(days=800)
    recent = datetime.datetime.now() - datetime.timedelta(days=10)
    for when in (old, recent):
        vault_worker.call(
            lambda db, when=when: create_visit(db, ctx.user, VisitInput(when, "X", 1))
        )
    area = open_area(qtbot, ctx)
    area.period.setCurrentIndex(area.period.findData("all"))
    qtbot.waitUntil(lambda: area.model.rowCount() == 1, timeout=15000)
    assert area.model.visit_at(0).visit_at == recent.replace(second=0, microsecond=0)
    purge = vault_worker.call(
        lambda db: db.query_one("SELECT actor, detail FROM audit_log WHERE action='visits.purge'")
    )
    assert purge is not None and purge["actor"] == ctx.user.name and "deleted=1" in purge["detail"]


def test_the_form_reads_the_date_back_in_both_eras(qtbot) -> None:  # noqa: ANN001
    form = VisitDialog({"th": "ภาษาไทย", "en": "English"}, ui_language="th", now=WHEN)
    qtbot.addWidget(form)
    assert form.when_read_back.text() == "28 พฤศจิกายน 2569 10:30 น.  (28 November 2026 10:30)"


def test_the_list_names_the_sheets_languages_in_words(qtbot, vault_worker) -> None:  # noqa: ANN001
    """Seen in the Xvfb walkthrough: the Thai visit list said 'th, en' under Sheets."""
    area = open_area(qtbot, make_ctx(vault_worker, Role.RECEPTION))
    record_visit(qtbot, area, "Jane Doe; UNODC")
    sheets = area.model.index(0, area.model.COLUMNS.index("sheets")).data()
    assert sheets == "ภาษาไทย, English", sheets
