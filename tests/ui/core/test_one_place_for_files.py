"""Issue 17, item 11: no ~/pythainlp-data (PyThaiNLP's data in our data folder), one settings
folder, one backup file name in the docs and the app."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

import tjdesk.paths
from ui import app as app_module
from ui import i18n
from ui.admin.backup_panel import backup_file_name
from ui.alarm.station import station_settings

ROOT = Path(__file__).resolve().parents[3]


def test_pythainlp_keeps_its_data_in_our_folder_not_the_home(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHAINLP", "XDG_DATA"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local" / "share"))
    script = (
        "from tjdesk.thai.wordbreak import insert_word_breaks\n"
        "print(insert_word_breaks('ห้ามถ่ายรูป'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert not (home / "pythainlp-data").exists()
    assert "deprecated" not in result.stderr
    # PyThaiNLP is pointed at our data folder and told to write nothing: whatever it might
    # write lands there, never elsewhere in the home folder.
    ours = home / ".local" / "share" / tjdesk.paths.APP_NAME / "pythainlp"
    written = [p for p in home.rglob("*") if p.is_file()]
    assert all(ours in p.parents for p in written), written


def test_only_the_dictionary_imports_pythainlp() -> None:
    # PyThaiNLP picks its data folder when first imported; tjdesk.thai.dictionary points it at
    # ours just before. Another importer could run first and make ~/pythainlp-data.
    importing = re.compile(r"^\s*(from|import)\s+pythainlp\b", re.MULTILINE)
    importers = sorted(
        str(path.relative_to(ROOT))
        for folder in ("tjdesk", "ui", "hardware")
        for path in (ROOT / folder).rglob("*.py")
        if importing.search(path.read_text("utf-8"))
    )
    assert importers == ["tjdesk/thai/dictionary.py"]


def test_one_settings_folder(qapp: object, tmp_path: Path) -> None:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    assert i18n.SETTINGS_NAME == tjdesk.paths.APP_NAME
    old = QSettings(app_module.OLD_SETTINGS_NAME, app_module.OLD_SETTINGS_NAME)
    old.setValue("language", "en")
    old.sync()
    assert Path(old.fileName()).exists()
    app_module._move_old_settings()
    assert i18n.saved_language() == "en"  # the choice came along
    assert not Path(old.fileName()).exists() and not Path(old.fileName()).parent.exists()
    i18n.save_language("th")
    assert Path(station_settings().fileName()) == Path(
        QSettings(i18n.SETTINGS_NAME, i18n.SETTINGS_NAME).fileName()
    )
    folders = {p.name for p in tmp_path.iterdir()}
    assert folders == {tjdesk.paths.APP_NAME}


def test_one_backup_file_name_in_the_docs_and_the_app() -> None:
    extension = Path(backup_file_name()).suffix
    docs = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
    named = set()
    for doc in docs:
        named |= set(re.findall(r"\.tjb[a-z]*", doc.read_text(encoding="utf-8")))
    assert named == {extension}, named  # the docs name it, and only as the app does
