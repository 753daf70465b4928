"""The shipped rule sheets, template validation, the address guard and the HTML renderer."""

import datetime
import json

import pytest

from tjdesk.errors import InvalidInput
from tjdesk.thai.wordbreak import strip_word_breaks
from tjdesk.visits.address_guard import AddressGuard
from tjdesk.visits.sheet import SheetRequest, SheetVisitor, render_sheet
from tjdesk.visits.template import shipped_template, template_from_dict, template_from_json

ADDRESS = "99/1 Moo 3, Tambon Bang Phut, Pak Kret, Nonthaburi 11120"


def templates():
    return {code: shipped_template(code) for code in ("th", "en")}


def test_shipped_sheets_are_complete_in_thai_and_english() -> None:
    th, en = shipped_template("th"), shipped_template("en")
    for sheet in (th, en):
        assert sheet.title and sheet.acknowledgement and sheet.principles and sheet.laws
        assert len(sheet.obligations) >= 5
        assert len(sheet.laws) == 4  # the four laws in force (tests/.../test_rule_sheet_content)
        assert sheet.rights and sheet.privacy
    assert "ไม่ถ่ายภาพ" in th.obligations[0]
    assert "No photographs" not in th.to_json()
    assert en.obligations[0].startswith("Take no photographs")


def test_a_template_round_trips_through_json() -> None:
    th = shipped_template("th")
    assert template_from_json(th.to_json()) == th


def test_a_template_cannot_carry_an_address_field() -> None:
    data = json.loads(shipped_template("en").to_json())
    data["address"] = ADDRESS
    with pytest.raises(InvalidInput, match="unknown field: address"):
        template_from_dict(data)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("title", "", "needs a title"),
        ("obligations", [], "at least one obligation"),
        ("language", "Thai!", "not valid"),
        ("date_style", "lunar", "not one of"),
        ("principles", "not a list", "not a valid list"),
    ],
)
def test_bad_templates_are_refused_with_a_clear_message(field, value, message) -> None:
    data = json.loads(shipped_template("en").to_json())
    data[field] = value
    with pytest.raises(InvalidInput, match=message):
        template_from_dict(data)


def test_the_guard_finds_the_address_whatever_its_spacing_or_case() -> None:
    guard = AddressGuard(ADDRESS)
    assert guard.contains_address("Come to 99/1  moo 3, tambon bang\u200bphut today")
    assert guard.contains_address("PAK KRET")  # one identifying part is enough
    assert not guard.contains_address("Ministry of Social Development")
    text, cuts = guard.strip(f"Org at {ADDRESS}.")
    assert cuts == 1 and "Nonthaburi" not in text and text.startswith("Org at ")


def test_the_renderer_strips_a_configured_address_from_anything_printed() -> None:
    request = SheetRequest(("en",), visitors=(SheetVisitor("Jane Doe", "Office, Pak Kret branch"),))
    rendered = render_sheet(templates(), request, AddressGuard(ADDRESS))
    assert "Pak Kret" not in rendered.html
    assert rendered.address_cuts == 1
    assert "Jane Doe" in rendered.html


def test_the_sheet_shows_both_calendars_and_both_languages() -> None:
    request = SheetRequest(("th", "en"), visit_date=datetime.date(2026, 11, 28))
    html = strip_word_breaks(render_sheet(templates(), request).html)
    assert "28 พฤศจิกายน 2569" in html
    assert "28 November 2026" in html
    assert shipped_template("th").obligations[0] in html
    assert "Take no photographs" in html
    assert html.count("page-break-before: always") == 1  # one sheet per language


def test_side_by_side_puts_both_texts_on_the_front_and_one_signature_table_behind() -> None:
    # Both texts in full (rights, eight rules, four laws, the privacy notice) fill the front
    # of an A4 page; the one signature table for both languages has the back to itself.
    request = SheetRequest(("th", "en"), side_by_side=True, blank_lines=3)
    html = strip_word_breaks(render_sheet(templates(), request).html)
    front, back = html.split("page-break-before: always", 1)
    assert "page-break-before" not in back
    assert "<thead>" not in front and html.count("<thead>") == 1
    assert shipped_template("th").title in front and shipped_template("en").title in front
    assert "ชื่อ-นามสกุล / Name" in html


def test_names_are_filled_in_and_blank_lines_follow() -> None:
    request = SheetRequest(
        ("en",),
        visitors=(SheetVisitor("Jane Doe", "UNODC"), SheetVisitor("Ko Ko", "")),
        blank_lines=2,
    )
    html = render_sheet(templates(), request).html
    assert html.index("Jane Doe") < html.index("Ko Ko")
    assert html.count('<td class="sig" align="center">') == 4


def test_names_are_escaped_not_interpreted() -> None:
    request = SheetRequest(("en",), visitors=(SheetVisitor("<b>Eve</b> & co"),), blank_lines=0)
    html = render_sheet(templates(), request).html
    assert "&lt;b&gt;Eve&lt;/b&gt; &amp; co" in html


def test_thai_digits_on_request() -> None:
    request = SheetRequest(("th",), visit_date=datetime.date(2026, 11, 28), thai_digits=True)
    html = strip_word_breaks(render_sheet(templates(), request).html)
    assert "๒๘ พฤศจิกายน ๒๕๖๙" in html


def test_a_language_without_a_template_is_refused() -> None:
    with pytest.raises(InvalidInput, match="no rule sheet for language my"):
        render_sheet(templates(), SheetRequest(("th", "my")))
