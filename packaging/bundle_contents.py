"""What goes into the TJ Desk bundle: one place, plain Python, readable by the spec and by tests.

The spec (``packaging/tjdesk.spec``) imports this module, so the list of data files, hidden
imports and excluded Qt modules can be checked by a fast test without running PyInstaller.

Everything the app reads at run time (translations, the Thai font, icons, rule-sheet
templates, schema files) lives *inside* the ``ui``, ``tjdesk`` and ``hardware`` packages and
is read through ``importlib.resources``. So bundling is simply "copy every non-code file of our
packages to the same place relative to the package": the frozen app then finds them exactly
as the installed one does, with no ``sys._MEIPASS`` special case anywhere in the app.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The three import packages of pyproject.toml.
APP_PACKAGES = ("ui", "tjdesk", "hardware")

# Files that are source, not data: never shipped. (.ts are the translators' sources; the
# app loads the compiled .qm.)
SOURCE_SUFFIXES = {".py", ".pyc", ".pyo", ".ts", ".pro", ".ui"}
SKIPPED_DIRS = {"__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache"}

# The firmware of the DIY panic box runs on the box, never in the app: it is left out of the
# program and shipped beside it instead (archive.py, the Windows installer) as plain files
# that people copy to the Pico.
FIRMWARE_DIR = ROOT / "hardware" / "firmware"

# pythainlp ships 63 MB of corpora (Wikipedia titles, WordNet, ONNX models...). TJ Desk only
# breaks Thai text into words with the default dictionary engine, which reads these files.
PYTHAINLP_CORPUS_KEEP = {
    "words_th.txt",  # the default word list (newmm tokenizer)
    "syllables_th.txt",
    "stopwords_th.txt",
    "default_db.json",  # the corpus catalogue pythainlp opens at import
    "corpus_license.md",
}

# Distributions whose metadata (name, version) the app reads at run time: `tjdesk doctor`
# reports their versions through importlib.metadata, which finds nothing in a bundle unless
# their .dist-info is copied in.
METADATA_OF = [
    "PySide6-Essentials",
    "shiboken6",
    "sqlcipher3",
    "pyserial",
    "argon2-cffi",
    "cryptography",
    "platformdirs",
    "minimalmodbus",
    "pythainlp",
    "pyrage",
    "bech32",
    "paho-mqtt",
]

# Qt modules the app never imports. Listed so that no hook or stray import drags them (and
# the Qml/Quick runtime they need) into the bundle.
QT_EXCLUDES = [
    f"PySide6.{name}"
    for name in (
        "Qt3DAnimation",
        "Qt3DCore",
        "Qt3DExtras",
        "Qt3DInput",
        "Qt3DLogic",
        "Qt3DRender",
        "QtBluetooth",
        "QtCharts",
        "QtConcurrent",
        "QtDataVisualization",
        "QtDesigner",
        "QtGraphs",
        "QtHelp",
        "QtHttpServer",
        "QtLocation",
        "QtMultimedia",
        "QtMultimediaWidgets",
        "QtNfc",
        "QtOpenGL",
        "QtOpenGLWidgets",
        "QtPdf",
        "QtPdfWidgets",
        "QtPositioning",
        "QtQml",
        "QtQuick",
        "QtQuick3D",
        "QtQuickControls2",
        "QtQuickTest",
        "QtQuickWidgets",
        "QtRemoteObjects",
        "QtScxml",
        "QtSensors",
        "QtSerialBus",
        "QtSerialPort",
        "QtSpatialAudio",
        "QtSql",
        "QtStateMachine",
        "QtTest",
        "QtTextToSpeech",
        "QtUiTools",
        "QtWebChannel",
        "QtWebEngineCore",
        "QtWebEngineQuick",
        "QtWebEngineWidgets",
        "QtWebSockets",
        "QtWebView",
        "QtXml",
    )
]

# Python modules a desktop bundle never needs (test tools pulled in by optional imports).
PYTHON_EXCLUDES = ["tkinter", "_tkinter", "pytest", "pytestqt", "hypothesis", "IPython"]

EXCLUDES = QT_EXCLUDES + PYTHON_EXCLUDES


def _is_data_file(path: Path) -> bool:
    if any(part in SKIPPED_DIRS for part in path.parts):
        return False
    if (ROOT / path).is_relative_to(FIRMWARE_DIR):
        return False
    return path.is_file() and path.suffix not in SOURCE_SUFFIXES


def app_data_files() -> list[tuple[str, str]]:
    """(source file, destination folder in the bundle) for every data file of our packages.

    The destination keeps the file's place relative to the project root, which is where
    ``importlib.resources.files("ui")`` etc. look in the frozen app.
    """
    pairs = []
    for package in APP_PACKAGES:
        for path in sorted((ROOT / package).rglob("*")):
            if path.is_file() and _is_data_file(path.relative_to(ROOT)):
                pairs.append((str(path), str(path.parent.relative_to(ROOT))))
    return pairs


def _module_names(package: str) -> list[str]:
    # Read from the file tree rather than imported, so listing has no side effects.
    names = []
    for path in sorted((ROOT / package).rglob("*.py")):
        relative = path.relative_to(ROOT)
        if relative.is_relative_to(FIRMWARE_DIR.relative_to(ROOT)):
            continue
        if any(part in SKIPPED_DIRS for part in relative.parts):
            continue
        parts = list(relative.with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names.append(".".join(parts))
    return names


def app_hidden_imports() -> list[str]:
    """Every module of our packages.

    ``ui/cli.py`` finds its subcommands with ``pkgutil.iter_modules`` and drivers may be
    chosen by name, which PyInstaller's import analysis cannot see. Listing every module of
    our own (small, pure-Python) packages is cheap and rules that class of bug out.
    """
    names: list[str] = []
    for package in APP_PACKAGES:
        names.extend(_module_names(package))
    return names


def keep_data_entry(dest_name: str) -> bool:
    """Filter for the Analysis' datas after the hooks ran (dest_name is the bundle path)."""
    parts = Path(dest_name).parts
    if parts[:2] == ("pythainlp", "corpus") and len(parts) == 3:
        return parts[2] in PYTHAINLP_CORPUS_KEEP or parts[2].endswith(".py")
    # Qt's own translations: Qt ships no Thai (style.md section 8), and TJ Desk ships its own
    # QPlatformTheme strings in tjdesk_th.qm. The other 30-odd languages are 7 MB of nothing.
    # (Linux and macOS wheels keep them in PySide6/Qt/translations; Windows, PySide6/translations.)
    if parts[:3] == ("PySide6", "Qt", "translations") or parts[:2] == ("PySide6", "translations"):
        return False
    return True
