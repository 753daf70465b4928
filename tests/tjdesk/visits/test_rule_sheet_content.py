"""What the shipped rule sheets say: the laws in force, residents' rights, the rules a shelter
expects, the privacy notice, and how numbers and emphasis are printed in Thai."""

from __future__ import annotations

import datetime
import json
import re

import pytest

from tjdesk.actors import Role
from tjdesk.thai.wordbreak import strip_word_breaks
from tjdesk.visits import settings
from tjdesk.visits.sheet import SheetRequest, render_sheet
from tjdesk.visits.sheet_service import SheetOptions, prepare_blank_sheet
from tjdesk.visits.template import PRIVACY_DAYS, shipped_template, template_from_dict
from tjdesk.visits.template_store import current_templates, save_template

# (English name and year, Thai name and year, the sections a visitor is bound by, or none where
# the reference notes could not confirm one). Each must appear in both shipped sheets.
LAWS_IN_FORCE = [
    (
        "Anti-Trafficking in Persons Act B.E. 2551",
        "พระราชบัญญัติป้องกันและปราบปรามการค้ามนุษย์ พ.ศ. 2551",
        (),
    ),
    (
        "Protection of Domestic Violence Victims Act B.E. 2550",
        "พระราชบัญญัติคุ้มครองผู้ถูกกระทำด้วยความรุนแรงในครอบครัว พ.ศ. 2550",
        ("9",),
    ),
    ("Child Protection Act B.E. 2546", "พระราชบัญญัติคุ้มครองเด็ก พ.ศ. 2546", ("27", "79")),
    (
        "Personal Data Protection Act B.E. 2562",
        "พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562",
        ("26",),
    ),
]
# The amendments of the Anti-Trafficking Act, in force with it.
ATIP_AMENDMENTS_EN = ("No. 2 B.E. 2558", "No. 3 B.E. 2560", "Emergency Decree B.E. 2562")
ATIP_AMENDMENTS_TH = ("(ฉบับที่ 2) พ.ศ. 2558", "(ฉบับที่ 3) พ.ศ. 2560", "พระราชกำหนด", "พ.ศ. 2562")


def plain(html: str) -> str:
    """The printed words of an HTML sheet (no style sheet, tags, or word breaks)."""
    html = re.sub(r"<style>.*?</style>", " ", html, flags=re.S)
    text = strip_word_breaks(re.sub(r"<[^>]+>", " ", html)).replace("&nbsp;", " ")
    return " ".join(text.split())


@pytest.mark.parametrize(("english", "thai", "sections"), LAWS_IN_FORCE)
def test_each_law_in_force_is_on_both_sheets_with_the_sections_that_bind_a_visitor(
    english: str, thai: str, sections: tuple[str, ...]
) -> None:
    en_law = next(law for law in shipped_template("en").laws if law.startswith(english))
    th_law = next(law for law in shipped_template("th").laws if law.startswith(thai))
    for number in sections:
        assert f"section {number}" in en_law
        assert f"มาตรา {number}" in th_law


def test_the_trafficking_act_is_cited_with_its_amendments() -> None:
    en_law = shipped_template("en").laws[0]
    th_law = shipped_template("th").laws[0]
    assert all(part in en_law for part in ATIP_AMENDMENTS_EN), en_law
    assert all(part in th_law for part in ATIP_AMENDMENTS_TH), th_law


def test_the_sheets_give_residents_their_rights_in_both_languages() -> None:
    en = " ".join(shipped_template("en").rights)
    th = " ".join(shipped_template("th").rights)
    for words in ("never have to meet visitors", "tell their story", "say no", "leave"):
        assert words in en
    for words in ("ไม่มีหน้าที่ต้องพบผู้เยี่ยมชม", "เล่าเรื่องราว", "ปฏิเสธ", "ได้ทุกเมื่อ"):
        assert words in th


@pytest.mark.parametrize(
    ("language", "rules"),
    [
        (
            "en",
            ("gifts or money", "contact details", "Not touch", "court proceedings",
             "written approval", "informed consent", "recognise a resident", "check-ins",
             "location tags", "live location", "route", "gate", "vehicles"),
        ),
        (
            "th",
            ("ของขวัญหรือเงิน", "ช่องทางติดต่อ", "ไม่สัมผัสตัว", "การพิจารณาคดี",
             "อนุญาตเป็นหนังสือ", "ยินยอม", "จำผู้รับบริการ", "เช็กอิน", "ระบุพิกัด",
             "ตำแหน่งปัจจุบัน", "เส้นทาง", "ประตูทางเข้า", "ยานพาหนะ"),
        ),
    ],
)  # fmt: skip
def test_the_rules_a_shelter_expects_are_on_the_sheet(language: str, rules: tuple[str]) -> None:
    obligations = " ".join(shipped_template(language).obligations)
    missing = [rule for rule in rules if rule not in obligations]
    assert not missing


def test_the_privacy_notice_says_how_long_the_vault_keeps_a_visit(db, staff) -> None:  # noqa: ANN001
    for code in ("th", "en"):
        assert PRIVACY_DAYS in shipped_template(code).privacy
    admin = staff[Role.ADMINISTRATOR]
    settings.set_retention_days(db, admin, 90)
    text = plain(prepare_blank_sheet(db, SheetOptions(languages=("en", "th"))).html)
    assert "delete them after 90 days" in text
    assert "ลบเมื่อครบ 90 วัน" in text
    assert PRIVACY_DAYS not in text
    # Without a vault (``tjdesk sheet``), the default retention is said.
    default = plain(prepare_blank_sheet(None, SheetOptions(languages=("en",))).html)
    assert f"after {settings.DEFAULT_RETENTION_DAYS} days" in default


def test_thai_digits_reach_every_number_on_the_thai_sheet_and_none_on_the_english() -> None:
    templates = {code: shipped_template(code) for code in ("th", "en")}
    request = SheetRequest(
        ("th", "en"), visit_date=datetime.date(2026, 11, 28), thai_digits=True, blank_lines=3
    )
    th_html, en_html = render_sheet(templates, request).html.split(
        '<div style="page-break-before: always;">', 1
    )
    th_text = plain(th_html)
    assert not re.search(r"[0-9]", th_text), re.findall(r".{20}[0-9].{5}", th_text)[:3]
    for number in ("พ.ศ. ๒๕๕๑", "พ.ศ. ๒๕๕๐", "มาตรา ๙", "มาตรา ๒๗", "๒๘ พฤศจิกายน ๒๕๖๙", "๗๓๐ วัน"):
        assert number in th_text
    # The obligations and the signature lines are numbered in Thai digits too.
    assert "๑. ไม่ถ่ายภาพ" in th_text and "๓" in th_text
    assert "B.E. 2551" in plain(en_html) and not re.search("[๐-๙]", plain(en_html))


def test_thai_is_never_printed_in_italic_and_english_keeps_it() -> None:
    templates = {code: shipped_template(code) for code in ("th", "en")}
    html = render_sheet(templates, SheetRequest(("th", "en"))).html
    italic_runs = re.findall(r'style="font-style: italic;">([^<]*)<', html)
    assert italic_runs, "the English subtitle and closing are italic"
    assert not any(re.search("[\u0e00-\u0e7f]", run) for run in italic_runs)
    style = html.split("</style>", 1)[0]
    assert "italic" not in style  # no class makes every language italic


def test_a_shelter_may_still_edit_every_new_section(db, staff) -> None:  # noqa: ANN001
    data = json.loads(shipped_template("en").to_json())
    data["rights"] = ["Residents may ask you to leave."]
    data["privacy"] = f"Kept for {PRIVACY_DAYS} days."
    director = staff[Role.DIRECTOR]
    save_template(db, director, template_from_dict(data))
    stored = current_templates(db)["en"]
    assert stored.version == 2 and stored.template.rights == ("Residents may ask you to leave.",)


def test_an_unedited_older_shipped_sheet_is_brought_up_to_date_but_an_edited_one_is_not(
    db,
    staff,  # noqa: ANN001
) -> None:
    old = json.loads(shipped_template("en").to_json())
    del old["rights"], old["rights_heading"], old["privacy"], old["privacy_heading"]
    old["laws"] = old["laws"][:1]
    db.execute(
        "INSERT INTO visit_sheet_templates (language, version, content, content_sha256,"
        " created_at, created_by) VALUES ('en', 1, ?, 'x', '2025-01-01T00:00:00Z', NULL)",
        (json.dumps(old),),
    )
    assert current_templates(db)["en"].template == shipped_template("en")
    assert current_templates(db)["en"].version == 2
    edited = dict(old, title="Our visitor rules")
    director = staff[Role.DIRECTOR]
    save_template(db, director, template_from_dict(edited))
    assert current_templates(db)["en"].template.title == "Our visitor rules"
