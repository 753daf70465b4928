"""A printout saved as PDF is readable by its owner only, and save dialogs start in Documents."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from ui.printing import Printable, default_save_path, write_pdf


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_a_saved_pdf_is_private_even_over_an_open_file(qapp, tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    os.chmod(target, 0o644)
    write_pdf(Printable("<p>Outline only</p>", "report"), target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes().startswith(b"%PDF")


def test_save_dialogs_start_outside_the_program_folder(qapp) -> None:
    start = Path(default_save_path("x.pdf"))
    assert start.name == "x.pdf"
    assert start.parent != Path.cwd()
