"""The shipped faces are what the interface and the printouts draw with, on any machine."""

from __future__ import annotations

import os

import pytest
from PySide6.QtGui import QFontDatabase, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel

from tests.ui.i18n.screens import app_style  # noqa: F401 - a fixture
from ui.fonts import (
    LATIN_FAMILY,
    MONO_FAMILY,
    SYMBOL_FAMILY,
    TEXT_FAMILIES,
    THAI_FAMILY,
    mono_font,
    register_fonts,
)

pytestmark = pytest.mark.text_measure

# Names fontconfig always answers to, even with no font files at all.
FONTCONFIG_ALIASES = {"Sans Serif", "Serif", "Monospace"}


def drawn_families(text: str, font) -> set[str]:  # noqa: ANN001
    """The faces Qt really draws ``text`` with in ``font`` (after its per-character fallback)."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return {run.rawFont().familyName() for run in layout.glyphRuns()}


def test_every_shipped_face_is_registered(qapp: QApplication) -> None:
    assert set(register_fonts()) == {*TEXT_FAMILIES, MONO_FAMILY}


@pytest.mark.usefixtures("app_style")
def test_the_interface_draws_latin_and_thai_in_the_shipped_faces() -> None:
    font = QApplication.font()
    assert font.families()[: len(TEXT_FAMILIES)] == list(TEXT_FAMILIES)
    assert drawn_families("Sign in", font) == {LATIN_FAMILY}
    assert drawn_families("เข้าสู่ระบบ", font) == {THAI_FAMILY}
    assert drawn_families("ผู้เยี่ยมชม Visitors 28/11", font) == {LATIN_FAMILY, THAI_FAMILY}
    assert drawn_families("Received ✓✓", font) == {LATIN_FAMILY, SYMBOL_FAMILY}
    # A label inherits it (the alarm banner and every other widget start from their font).
    assert drawn_families("Alarm", QLabel("Alarm").font()) == {LATIN_FAMILY}


def test_recovery_keys_are_drawn_in_the_shipped_monospace_face(qapp: QApplication) -> None:
    assert drawn_families("ABCD-0O1l-WXYZ", mono_font(20)) == {MONO_FAMILY}


def test_the_no_fonts_run_sees_only_the_shipped_faces(qapp: QApplication) -> None:
    """make test runs the text-measuring tests again with a fontconfig that lists no folder
    (TJDESK_NO_SYSTEM_FONTS=1): there, nothing but what we ship may be found."""
    register_fonts()
    seen = set(QFontDatabase.families()) - FONTCONFIG_ALIASES
    if os.environ.get("TJDESK_NO_SYSTEM_FONTS"):
        assert seen == {*TEXT_FAMILIES, MONO_FAMILY}
    else:
        # The run with the machine's own fonts: ours are there by their own names beside them.
        assert {*TEXT_FAMILIES, MONO_FAMILY} <= seen
