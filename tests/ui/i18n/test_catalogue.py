"""The Thai catalogue is complete, safe to fill in, current with the code, and compiled.

If one of these fails after you added or changed a string: run `make translations`, translate
the new entries of ui/resources/translations/tjdesk_th.ts (Qt Linguist, or by hand: every
<translation type="unfinished"> needs Thai), then `make translations` again and commit both
the .ts and the .qm.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.ui.i18n.catalogue import (
    BIN,
    OWN_TS,
    QM,
    QT_TS,
    REPO,
    THAI_RUN,
    Message,
    accelerators,
    has_thai,
    placeholders,
    plain,
    read_ts,
)

ALL = read_ts(OWN_TS) + read_ts(QT_TS)

# Texts that read the same in Thai: numbers, units, codes, product names, formats.
SAME_IN_THAI = {
    "Qt",
    "%1 (%2)",
    "v%1 · %2 · %3",
    "ISO (2026-11-28)",
    "TJ Desk %1",
    "SQLCipher %1 (%2)",
    "panicbox:COM3, lcus:/dev/ttyUSB0?channel=1 ...",
    "%1 GB",
    "%1 KB",
    "%1 MB",
    "%1 TB",
    "%1%",
    "%1, ...",
    "...",
    "&HTML:",
    "Alt+Left",
    "Alt+Right",
    "Alt+Up",
    "CC",
    "DD",
    "P̸",
    "pt",
    "1 (1x1)",
    "16 (4x4)",
    "2 (2x1)",
    "4 (2x2)",
    "6 (2x3)",
    "9 (3x3)",
}


def _label(m: Message) -> str:
    return f"{m.file} [{m.context}] {m.source!r}"


def test_the_catalogues_are_not_empty() -> None:
    assert len(read_ts(OWN_TS)) > 300
    # Qt's own buttons and menus are in the Thai catalogue: PySide6 ships no qtbase_th.qm.
    qt_contexts = {m.context for m in read_ts(QT_TS)}
    assert {"QPlatformTheme", "QLineEdit", "QWidgetTextControl", "QWizard"} <= qt_contexts
    assert {"QFileDialog", "QPrintDialog", "QPrintPreviewDialog", "QMessageBox"} <= qt_contexts


def test_no_thai_entry_is_unfinished_empty_or_obsolete() -> None:
    unfinished = [_label(m) for m in ALL if m.unfinished or m.obsolete]
    empty = [_label(m) for m in ALL if not all(t.strip() for t in m.translations)]
    assert unfinished == [], "untranslated (run make translations, then translate)"
    assert empty == []


def test_every_translation_keeps_the_placeholders_of_its_source() -> None:
    # A lost %1 drops a name or a number from the message; an extra one prints "%2".
    wrong = [
        f"{_label(m)} -> {t!r}"
        for m in ALL
        for t in m.translations
        if placeholders(t) != placeholders(m.source)
    ]
    assert wrong == []


def test_a_plural_source_shows_its_count() -> None:
    for m in ALL:
        if m.numerus:
            assert all("%n" in t for t in m.translations), _label(m)


def test_accelerators_are_kept_and_single() -> None:
    # A source with an Alt+letter key keeps exactly one in Thai, so the key still works.
    wrong = [
        f"{_label(m)} -> {t!r}"
        for m in ALL
        for t in m.translations
        if accelerators(m.source) == 1 and accelerators(t) != 1
    ]
    assert wrong == []


def test_translations_are_thai_not_copies_of_the_english() -> None:
    copies = [
        _label(m)
        for m in ALL
        for t in m.translations
        if m.source not in SAME_IN_THAI and not has_thai(t)
    ]
    assert copies == []


def test_line_breaks_match_the_source() -> None:
    # Multi-line messages (file dialogs, set-up help) keep their shape.
    wrong = [
        _label(m) for m in ALL for t in m.translations if t.count("\n") != m.source.count("\n")
    ]
    assert wrong == []


def test_the_consistent_terms_are_used() -> None:
    """Key terms as Thai social workers write them, the same everywhere."""
    own = {(m.context, m.source): plain(m.translations[0]) for m in read_ts(OWN_TS)}
    assert own[("Role", "Social worker")] == "นักสังคมสงเคราะห์"
    assert own[("Role", "Legal officer")] == "นิติกร"
    assert own[("Role", "Director")] == "ผู้อำนวยการ"
    assert own[("Role", "Reception")] == "เจ้าหน้าที่ต้อนรับ"
    assert own[("SignInScreen", "Sign in")] == "เข้าสู่ระบบ"
    for m in read_ts(OWN_TS):
        text = plain(m.translations[0])
        if "recovery key" in m.source.lower():
            assert "กุญแจกู้คืน" in text, _label(m)
        if "vault" in m.source.lower() and "--vault" not in m.source:
            assert "ที่เก็บข้อมูล" in text, _label(m)
        if "case worker" in m.source.lower():
            assert "ผู้รับผิดชอบกรณี" in text, _label(m)


def _tool(name: str) -> str:
    path = BIN / name
    # PySide6-Essentials always installs it, so a missing tool is a broken environment.
    assert path.exists(), f"{name} is missing from the virtual environment"
    return str(path)


def _code_files() -> list[str]:
    folders = (REPO / "ui", REPO / "tjdesk")
    files = sorted(str(p.relative_to(REPO)) for folder in folders for p in folder.rglob("*.py"))
    assert files
    return files


def _makefile_aliases() -> str:
    """The lupdate aliases of `make translations`, so this test extracts exactly as it does."""
    for line in (REPO / "Makefile").read_text().splitlines():
        if line.startswith("TR_ALIASES :="):
            return line.split(":=", 1)[1].strip()
    raise AssertionError("TR_ALIASES is not set in the Makefile")


def test_the_ts_holds_every_string_in_the_code_and_no_stale_ones(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh_th.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), *_code_files(), "-ts", str(fresh), "-no-obsolete",
         "-locations", "none", "-tr-function-alias", _makefile_aliases()],
        cwd=REPO, check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    in_code = {(m.context, m.source) for m in read_ts(fresh)}
    in_ts = {(m.context, m.source) for m in read_ts(OWN_TS)}
    assert sorted(in_code - in_ts) == [], "new strings: run make translations and translate"
    assert sorted(in_ts - in_code) == [], "strings gone from the code: run make translations"


def test_the_committed_qm_is_built_from_the_committed_ts(tmp_path: Path) -> None:
    rebuilt = tmp_path / "tjdesk_th.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(OWN_TS), str(QT_TS), "-qm", str(rebuilt)],
        cwd=REPO, check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    assert QM.read_bytes() == rebuilt.read_bytes(), "stale .qm: run make translations"


def test_thai_words_are_separated_so_labels_wrap_without_libthai() -> None:
    """Every Thai run shown on screen has a break opportunity (U+200B) at least every few
    words; `make translations` adds them (ui/resources/translations/thai_breaks.py)."""
    from ui.resources.translations.thai_breaks import CONSOLE_CONTEXTS

    longest = 24  # the longest Thai words (ผู้อำนวยการ, อิเล็กทรอนิกส์) are well under this
    unbroken = [
        f"{_label(m)} -> {run!r}"
        for m in ALL
        if m.context not in CONSOLE_CONTEXTS
        for t in m.translations
        for run in THAI_RUN.findall(t)
        if len(run) > longest
    ]
    assert unbroken == [], "run make translations"
