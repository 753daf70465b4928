"""The Inno Setup script (built on Windows later): checked here for what must never change."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ISS = (ROOT / "packaging" / "windows" / "tjdesk.iss").read_text(encoding="utf-8")
SPEC = (ROOT / "packaging" / "tjdesk.spec").read_text(encoding="utf-8")


def _sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in ISS.splitlines():
        line = raw.strip()
        if not line or line.startswith(";") or line.startswith("#"):
            continue
        match = re.fullmatch(r"\[(\w+)\]", line)
        if match:
            current = match.group(1)
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


def test_uninstall_never_deletes_the_vault_or_the_alarm_journal() -> None:
    sections = _sections()
    assert "UninstallDelete" not in sections  # the only way Inno deletes files it did not install
    assert "TJDesk" not in " ".join(sections["Files"])  # nothing installed into the data folder
    assert "KEPT" in ISS  # and the uninstaller says where the records are


def test_the_alarm_service_starts_at_sign_in_and_the_value_goes_with_the_program() -> None:
    run_key = [line for line in _sections()["Registry"] if "CurrentVersion\\Run" in line]
    assert len(run_key) == 1
    assert "alarm serve" in run_key[0]
    assert "uninsdeletevalue" in run_key[0]
    assert "{#GuiExe}" in run_key[0]  # the windowed program: no console window at sign-in


def test_installer_names_the_programs_the_spec_builds() -> None:
    assert '#define GuiExe "tjdesk-gui.exe"' in ISS and 'name="tjdesk-gui"' in SPEC
    assert '#define CliExe "tjdesk.exe"' in ISS and 'name="tjdesk"' in SPEC
    assert (ROOT / "packaging" / "windows" / "tjdesk.ico").is_file()


def test_installs_without_an_administrator_by_default() -> None:
    setup = _sections()["Setup"]
    assert "PrivilegesRequired=lowest" in setup
    assert any(line.startswith("AppId={{") for line in setup)  # fixed id: upgrades in place
