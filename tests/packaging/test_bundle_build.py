"""Build the real bundle with PyInstaller and start it the way a shelter PC would (slow)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None,
        reason="PyInstaller is not installed (pip install -e .[package])",
    ),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("pyinstaller")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "packaging" / "tjdesk.spec"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    return work / "dist" / "tjdesk"


def test_the_built_program_passes_its_self_test_offscreen(bundle: Path, tmp_path: Path) -> None:
    program = bundle / ("tjdesk.exe" if sys.platform == "win32" else "tjdesk")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path))
    env["XDG_DATA_HOME"] = str(tmp_path / "data")  # a real vault must never be touched
    result = subprocess.run(
        [str(program), "--self-test"],
        cwd=tmp_path,  # not the source tree: the bundle must find everything inside itself
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().splitlines()[-1].startswith("Self-test passed")
    assert not (tmp_path / "data").exists()


def test_the_bundle_holds_only_the_qt_it_uses(bundle: Path) -> None:
    names = {path.name for path in bundle.rglob("*")}
    for unwanted in ("libQt6WebEngineCore.so.6", "libQt6Qml.so.6", "libQt6Quick.so.6"):
        assert unwanted not in names
    assert not list(bundle.rglob("Qt6WebEngineCore.dll"))
    assert not list(bundle.rglob("wikipedia_titles_th.txt"))  # pythainlp's unused corpora
    assert list(bundle.rglob("TJDeskSansThai-Regular.ttf"))
    assert list(bundle.rglob("rule_sheet_th.json"))
