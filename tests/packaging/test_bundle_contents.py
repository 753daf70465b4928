"""The bundle's recipe: the spec is valid Python, and everything it ships exists and is needed."""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


@pytest.fixture(scope="module")
def contents():
    spec = importlib.util.spec_from_file_location(
        "bundle_contents", PACKAGING / "bundle_contents.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["bundle_contents"] = module
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop("bundle_contents", None)


def test_spec_is_valid_python_that_builds_one_folder() -> None:
    source = (PACKAGING / "tjdesk.spec").read_text(encoding="utf-8")
    tree = ast.parse(source, filename="tjdesk.spec")
    called = {
        node.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    # One folder: EXE with exclude_binaries, then COLLECT (a one-file build has no COLLECT).
    assert {"Analysis", "PYZ", "EXE", "COLLECT"} <= called
    assert "exclude_binaries=True" in source
    assert "_MEIPASS" not in source
    # pyserial's URL handlers are imported by name (style.md section 8).
    assert 'collect_submodules("serial.urlhandler")' in source


def test_every_shipped_data_file_exists_and_keeps_its_package_place(contents) -> None:
    pairs = contents.app_data_files()
    assert pairs, "the bundle would ship no data files"
    for source, dest in pairs:
        path = Path(source)
        assert path.is_file(), source
        # Same folder relative to the project root as in the source tree, which is where
        # importlib.resources looks in the frozen app.
        assert Path(dest) == path.parent.relative_to(ROOT)


def test_the_thai_font_translations_and_schema_are_shipped(contents) -> None:
    shipped = {Path(source).relative_to(ROOT).as_posix() for source, _ in contents.app_data_files()}
    from ui.fonts import FONT_FILES

    for name in FONT_FILES:  # every face the app registers (Latin, Thai, symbols, mono)
        assert f"ui/resources/fonts/{name}" in shipped
    assert "ui/resources/fonts/OFL.txt" in shipped  # the font's licence travels with it
    for pattern in ("ui/resources/translations/*.qm", "tjdesk/vault/schema/*.sql"):
        for path in ROOT.glob(pattern):
            assert path.relative_to(ROOT).as_posix() in shipped


def test_sources_and_caches_are_not_shipped_as_data(contents) -> None:
    for source, _ in contents.app_data_files():
        relative = Path(source).relative_to(ROOT)
        assert "__pycache__" not in relative.parts
        assert "firmware" not in relative.parts  # it runs on the box; shipped beside the app
        assert relative.suffix not in {".py", ".pyc", ".ts"}, relative


def test_every_subcommand_module_is_a_hidden_import(contents) -> None:
    # ui/cli.py finds commands with pkgutil at run time; PyInstaller cannot see that.
    hidden = set(contents.app_hidden_imports())
    assert "ui.cli" in hidden
    for path in (ROOT / "ui" / "commands").glob("*.py"):
        if path.stem != "__init__":
            assert f"ui.commands.{path.stem}" in hidden


def test_unused_heavy_qt_modules_are_excluded(contents) -> None:
    for name in ("QtWebEngineCore", "QtQml", "QtQuick", "Qt3DCore", "QtMultimedia"):
        assert f"PySide6.{name}" in contents.EXCLUDES
    # ...and nothing the app needs is: widgets, printing to PDF, SVG icons.
    for needed in ("QtWidgets", "QtGui", "QtCore", "QtPrintSupport", "QtSvg"):
        assert f"PySide6.{needed}" not in contents.EXCLUDES


def test_only_the_thai_word_list_of_pythainlp_corpora_is_kept(contents) -> None:
    keep = contents.keep_data_entry
    assert keep("pythainlp/corpus/words_th.txt")
    assert keep("pythainlp/corpus/default_db.json")
    assert not keep("pythainlp/corpus/wikipedia_titles_th.txt")
    assert not keep("pythainlp/corpus/wordnet_th.db")
    assert not keep("PySide6/Qt/translations/qtbase_de.qm")
    assert not keep("PySide6/translations/qtbase_de.qm")  # the Windows wheel's layout
    assert keep("ui/resources/fonts/TJDeskSansThai-Regular.ttf")


def test_versions_that_doctor_reports_are_bundled(contents) -> None:
    # `tjdesk doctor` reads these through importlib.metadata; a bundle without their
    # .dist-info would say "not installed" for packages that are right there.
    from ui.commands.doctor import PACKAGES

    assert set(PACKAGES) <= set(contents.METADATA_OF)
