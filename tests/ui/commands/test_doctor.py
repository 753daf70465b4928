"""`tjdesk doctor` tells an administrator what is installed and what is wrong."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.helpers.vaults import make_vault
from tjdesk.paths import keyslot_path
from ui.cli import main


def test_doctor_reports_versions_vault_state_and_fonts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    made = make_vault(tmp_path / "vault")
    assert main(["doctor", "--vault", str(made.folder)]) == 0
    out = capsys.readouterr().out
    assert "SQLCipher 4." in out
    assert "sqlcipher3: " in out and "argon2-cffi: " in out
    assert f"Vault: {made.folder}" in out and "state: ready" in out
    assert "key slots: 1 (disabled users: 0)" in out and "Argon2id for new slots: m=8 KiB" in out
    assert "Font TJDeskSansThai-Regular.ttf: found" in out
    assert "Font TJDeskSans-Italic.ttf: found" in out


def test_doctor_checks_every_face_the_app_registers() -> None:
    from ui.commands.doctor import FONT_FILES
    from ui.fonts import FONT_FILES as REGISTERED

    assert FONT_FILES == REGISTERED


def test_doctor_names_a_damaged_key_file_and_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    made = make_vault(tmp_path / "vault")
    keyslot_path(made.folder).write_text("{")
    assert main(["--vault", str(made.folder), "doctor"]) == 1
    out = capsys.readouterr().out
    assert "state: key file damaged" in out and "recovery key" in out


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 libraries are Linux-only")
def test_doctor_gives_the_apt_command_for_missing_qt_libraries(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.platform_check

    monkeypatch.setattr(
        ui.platform_check, "missing_xcb_libraries", lambda *a: ["libxcb-cursor0", "libxcb-icccm4"]
    )
    main(["doctor", "--vault", str(tmp_path / "none")])
    out = capsys.readouterr().out
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4" in out
    assert "state: no vault" in out
