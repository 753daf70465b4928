"""The rule-sheet editor saves new versions, and refuses a sheet naming the shelter address."""

from __future__ import annotations

import re

from tests.ui.visitors.conftest import make_ctx
from tjdesk.actors import Role
from tjdesk.visits import settings
from tjdesk.visits.template_store import template_versions
from ui.visitors.template_editor import TemplateEditorDialog, split_items


def open_editor(qtbot, worker, role=Role.DIRECTOR) -> TemplateEditorDialog:  # noqa: ANN001
    dialog = TemplateEditorDialog(worker, make_ctx(worker, role).user)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.versions.count() > 0, timeout=15000)
    return dialog


def test_saving_an_edit_makes_version_2_and_keeps_version_1(qtbot, vault_worker) -> None:  # noqa: ANN001
    dialog = open_editor(qtbot, vault_worker)
    assert dialog.language.currentData() == "th"
    english = dialog.language.findData("en")
    dialog.language.setCurrentIndex(english)
    qtbot.waitUntil(lambda: dialog.fields["title"].text().startswith("Information"), timeout=15000)
    dialog.fields["title"].setText("Rules for our visitors")
    with qtbot.waitSignal(dialog.saved, timeout=15000) as saved:
        dialog.save_button.click()
    assert saved.args[0].version == 2
    versions = vault_worker.call(lambda db: template_versions(db, "en"))
    assert [(v.version, v.template.title) for v in versions] == [
        (2, "Rules for our visitors"),
        (1, "Information and Rules for Visitors"),
    ]
    qtbot.waitUntil(lambda: dialog.versions.count() == 2, timeout=15000)


def test_obligations_are_edited_as_paragraphs() -> None:
    assert split_items("No photos.\n\nNo questions\nto residents.\n\n\n") == [
        "No photos.",
        "No questions to residents.",
    ]


def test_a_sheet_with_the_shelter_address_is_refused_in_the_editor(qtbot, vault_worker) -> None:  # noqa: ANN001
    admin = make_ctx(vault_worker, Role.ADMINISTRATOR).user
    vault_worker.call(lambda db: settings.set_shelter_address(db, admin, "5 Moo 9, Ban Nong Khai"))
    dialog = open_editor(qtbot, vault_worker)
    dialog.fields["intro"].setPlainText("We are at 5 Moo 9, Ban Nong Khai.")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "address" in dialog.status.text(), timeout=15000)
    assert [v.version for v in vault_worker.call(lambda db: template_versions(db, "th"))] == [1]


def test_an_empty_title_is_refused_before_anything_is_saved(qtbot, vault_worker) -> None:  # noqa: ANN001
    dialog = open_editor(qtbot, vault_worker)
    dialog.fields["title"].setText("")
    dialog.save_button.click()
    assert "title" in dialog.status.text()
    assert [v.version for v in vault_worker.call(lambda db: template_versions(db, "th"))] == [1]


def test_the_editor_shows_every_section_so_an_edit_keeps_rights_and_privacy(
    qtbot,
    vault_worker,  # noqa: ANN001
) -> None:
    from tjdesk.visits.template import shipped_template

    dialog = open_editor(qtbot, vault_worker)
    dialog.set_template(shipped_template("th"))
    assert dialog.template() == shipped_template("th")  # nothing lost on the way through
    assert "{days}" in dialog.fields["privacy"].toPlainText()


def test_in_thai_each_field_is_wide_and_versions_are_dated_in_the_buddhist_era(
    qtbot,
    vault_worker,  # noqa: ANN001
) -> None:
    """Seen in the Xvfb walkthrough: beside the long Thai labels the fields were a few
    characters wide (the title cut off, a sideways scroll bar), and the version list said
    2026-12-02 on a Thai screen."""
    from ui import i18n

    i18n.install_language("th")
    try:
        dialog = open_editor(qtbot, vault_worker)
        dialog.resize(980, 700)
        dialog.show()
        qtbot.waitExposed(dialog)
        title = dialog.fields["title"]
        scroll = title.parentWidget().parentWidget().parentWidget()  # holder, viewport, area
        assert title.width() >= scroll.width() * 0.8, (title.width(), scroll.width())
        assert not scroll.horizontalScrollBar().isVisible()
        version = dialog.versions.item(0).text()
        assert re.search(r"\b25\d\d\b", version) and not re.search(r"\b20\d\d\b", version), version
    finally:
        i18n.install_language("en")
