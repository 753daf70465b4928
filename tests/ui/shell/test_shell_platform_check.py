"""Without a display, the app says how to run it instead of dying in Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ui.platform_check import explain_missing_display, missing_xcb_libraries

REPO = Path(__file__).resolve().parents[3]


def test_no_display_on_linux_explains_how_to_run() -> None:
    message = explain_missing_display({}, "linux", find=lambda stem: True)
    assert message is not None
    assert "no display" in message
    assert "ssh -X" in message
    assert "QT_QPA_PLATFORM=offscreen" in message


def test_a_chosen_platform_or_wayland_or_windows_needs_no_explanation() -> None:
    assert explain_missing_display({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert explain_missing_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert explain_missing_display({}, "win32") is None


def test_missing_x_libraries_are_named_with_the_command_that_installs_them() -> None:
    present = {"xcb", "X11-xcb", "xkbcommon", "fontconfig", "EGL"}
    message = explain_missing_display({"DISPLAY": ":0"}, "linux", find=lambda stem: stem in present)
    assert message is not None
    assert "libxcb-cursor0" in message
    assert "sudo apt-get install" in message
    assert "libxcb1" not in message  # present libraries are not asked for


def test_x11_with_every_library_opens() -> None:
    assert explain_missing_display({"DISPLAY": ":0"}, "linux", find=lambda stem: True) is None


def test_library_probe_reads_this_machine() -> None:
    # Whatever this machine has, the answer is a list of Debian package names.
    assert all(name.startswith("lib") for name in missing_xcb_libraries())


def test_running_the_app_without_a_display_prints_the_message_not_a_traceback(
    tmp_path: Path,
) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["XDG_DATA_HOME"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "ui.cli", "--vault", str(tmp_path / "vault")],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode != 0
    assert "no display" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "vault").exists()  # nothing was created
