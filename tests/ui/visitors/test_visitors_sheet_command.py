"""``tjdesk sheet``: a PDF with no vault, and a visit's sheet for a signed-in user."""

from __future__ import annotations

import datetime
import io

import pytest

from tests.helpers.pdf import page_count, pdf_fonts, pdf_text
from tests.helpers.vaults import make_vault
from tjdesk.actors import Role
from tjdesk.visits.visit_log import VisitInput, VisitorName, create_visit, get_visit
from ui.cli import main


@pytest.mark.text_measure
def test_sheet_without_a_visit_needs_no_vault(tmp_path, capsys) -> None:  # noqa: ANN001
    out = tmp_path / "sheet.pdf"
    assert (
        main(
            [
                "--vault",
                str(tmp_path / "none"),
                "sheet",
                "--lang",
                "en,th",
                "--date",
                "2569-11-28",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    text = pdf_text(out)
    assert "Information and Rules for Visitors" in text and "28 November 2026" in text
    assert page_count(out) == 2
    assert "TJDeskSansThai-Regular" in [font.name for font in pdf_fonts(out)]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--out", "x.txt"], "must end in .pdf"),
        (["--out", "x.pdf", "--visit", "1"], "needs --user"),
        (["--out", "x.pdf", "--lang", "th,xx"], "no rule sheet for language xx"),
        (["--out", "x.pdf", "--date", "28/11/2569"], "not a date"),
    ],
)
def test_bad_arguments_give_one_clear_line_and_write_nothing(
    tmp_path,
    capsys,
    monkeypatch,
    args,
    message,  # noqa: ANN001
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["sheet", *args]) == 1
    assert message in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_a_visits_sheet_fills_in_names_and_records_the_print(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    made = make_vault(tmp_path / "vault", users=[("front", Role.RECEPTION)])
    try:
        worker = made.worker("front")
        actor = made.handles["front"].actor
        visit_id = worker.call(
            lambda db: create_visit(
                db,
                actor,
                VisitInput(
                    datetime.datetime(2026, 11, 28, 9),
                    "UNICEF",
                    2,
                    visitors=(VisitorName("Jane Doe"),),
                    languages=("en",),
                ),
            )
        )
        worker.close()
        out = tmp_path / "visit.pdf"
        monkeypatch.setattr("sys.stdin", io.StringIO(made.password + "\n"))
        assert (
            main(
                [
                    "--vault",
                    str(made.folder),
                    "sheet",
                    "--visit",
                    str(visit_id),
                    "--lang",
                    "en",
                    "--user",
                    "front",
                    "--password-stdin",
                    "--out",
                    str(out),
                ]
            )
            == 0
        )
        text = pdf_text(out)
        assert "Jane Doe" in text and "28 November 2026" in text
        worker = made.worker("front")
        visit = worker.call(lambda db: get_visit(db, actor, visit_id))
        assert visit.sheets[0].printed_at is not None
    finally:
        made.close()


def test_a_wrong_password_is_one_clear_line_and_no_pdf(tmp_path, monkeypatch, capsys) -> None:  # noqa: ANN001
    made = make_vault(tmp_path / "vault", users=[("front", Role.RECEPTION)])
    out = tmp_path / "visit.pdf"
    monkeypatch.setattr("sys.stdin", io.StringIO("not the password\n"))
    code = main(["--vault", str(made.folder), "sheet", "--visit", "1", "--user", "front",
                 "--password-stdin", "--out", str(out)])  # fmt: skip
    assert code == 1
    err = capsys.readouterr().err
    assert err.startswith("tjdesk: ") and err.count("\n") == 1
    assert not out.exists()
