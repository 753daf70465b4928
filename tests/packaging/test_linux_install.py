"""The Linux install files: menu and autostart entries, the USB rule, and install.sh itself."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"


def desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.RawConfigParser(strict=True, interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_menu_entry_opens_the_app_without_a_terminal() -> None:
    entry = desktop_entry(LINUX / "tjdesk.desktop")
    assert entry["Type"] == "Application"
    assert entry["Name"] == "TJ Desk"
    assert entry["Exec"] == "@TJDESK@"  # install.sh writes the real path
    assert entry["Terminal"] == "false"
    assert entry["Icon"] == "tjdesk"
    assert entry["Comment[th]"]  # Thai staff see a Thai description


def test_autostart_entry_starts_the_alarm_service_hidden_from_menus() -> None:
    entry = desktop_entry(LINUX / "tjdesk-alarm.desktop")
    assert entry["Exec"] == "@TJDESK@ alarm serve"
    assert entry["NoDisplay"] == "true"
    assert entry["X-GNOME-Autostart-enabled"] == "true"
    assert entry["Terminal"] == "false"


def _rule_lines() -> list[str]:
    text = (LINUX / "99-tjdesk.rules").read_text(encoding="ascii")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def test_udev_rule_lines_are_well_formed() -> None:
    # KEY{attr}=="value" / KEY+="value" pairs separated by commas, as udev parses them.
    pair = re.compile(r'^[A-Z_]+(\{[A-Za-z_]+\})?(==|!=|=|\+=|:=)"[^"]*"$')
    for line in _rule_lines():
        for part in line.split(", "):
            assert pair.match(part.strip()), (line, part)


@pytest.mark.parametrize(("vendor", "product"), [("2e8a", None), ("2a19", None), ("1a86", "7523")])
def test_each_supported_device_gets_group_access_and_modemmanager_ignore(
    vendor: str, product: str | None
) -> None:
    lines = [line for line in _rule_lines() if f'ATTRS{{idVendor}}=="{vendor}"' in line]
    if product:
        lines = [line for line in lines if f'ATTRS{{idProduct}}=="{product}"' in line]
    assert any('ENV{ID_MM_DEVICE_IGNORE}="1"' in line for line in lines)
    assert any('GROUP="dialout"' in line and 'MODE="0660"' in line for line in lines)


def test_udev_rule_explains_brltty() -> None:
    text = (LINUX / "99-tjdesk.rules").read_text(encoding="ascii")
    assert "brltty" in text and "1a86:7523" in text


def test_icon_is_a_valid_svg(qapp) -> None:
    from PySide6.QtSvg import QSvgRenderer

    assert QSvgRenderer(str(LINUX / "tjdesk.svg")).isValid()


@pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")
def test_install_script_puts_everything_in_place_and_uninstall_keeps_data(tmp_path: Path) -> None:
    # A stand-in bundle: install.sh copies folders, it does not care what is inside.
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    program = bundle / "tjdesk"
    program.write_text("#!/bin/sh\necho 'TJ Desk 0.0'\n", encoding="ascii")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    home = tmp_path / "home"
    data = home / ".local" / "share" / "TJDesk" / "vault"
    data.mkdir(parents=True)
    (data / "tjdesk.db").write_bytes(b"records")
    stage = tmp_path / "stage"
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "DESTDIR": str(stage),  # used when the tests run as root: a staged system install
    }
    run = [str(LINUX / "install.sh"), "--bundle", str(bundle), "--no-self-test"]

    result = subprocess.run(run, env=env, capture_output=True, text=True, timeout=60)

    assert result.returncode == 0, result.stdout + result.stderr
    if os.geteuid() == 0:
        installed, apps = stage / "opt" / "tjdesk", stage / "usr" / "share" / "applications"
        autostart = stage / "etc" / "xdg" / "autostart"
        link, run_path = stage / "usr" / "local" / "bin" / "tjdesk", "/opt/tjdesk/tjdesk"
        assert (stage / "etc" / "udev" / "rules.d" / "99-tjdesk.rules").is_file()
    else:
        installed, apps = home / ".local" / "opt" / "tjdesk", home / ".local/share/applications"
        autostart = home / ".config" / "autostart"
        link, run_path = home / ".local" / "bin" / "tjdesk", str(installed / "tjdesk")
    assert (installed / "tjdesk").is_file()
    assert os.readlink(link) == run_path
    assert desktop_entry(apps / "tjdesk.desktop")["Exec"] == run_path
    assert desktop_entry(autostart / "tjdesk-alarm.desktop")["Exec"] == f"{run_path} alarm serve"
    assert "Done" in result.stdout

    result = subprocess.run(
        [*run, "--uninstall"], env=env, capture_output=True, text=True, timeout=60
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert not installed.exists()
    assert not (autostart / "tjdesk-alarm.desktop").exists()
    assert (data / "tjdesk.db").read_bytes() == b"records"  # the vault is never touched
    assert "KEPT" in result.stdout


def test_install_script_refuses_a_missing_bundle_with_a_clear_message(tmp_path: Path) -> None:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path)}
    env["DESTDIR"] = str(tmp_path / "stage")
    result = subprocess.run(
        [str(LINUX / "install.sh"), "--bundle", str(tmp_path / "nothing-here"), "--no-self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "cannot find the TJ Desk program" in result.stderr
    assert not (tmp_path / "stage").exists()
