"""Can this machine show a window? Asked before Qt is imported, so the answer is a sentence.

Without a display, or on X11 without the libraries Qt 6.5+'s xcb plugin needs, Qt aborts the
process with a cryptic message (SIGABRT, "could not load the Qt platform plugin"). We look
first and say what to do instead. Nothing here imports Qt: the messages are English source
strings marked for translation, printed before any translator could be loaded.
"""

from __future__ import annotations

import ctypes.util
import os
import subprocess
import sys
from collections.abc import Callable, Mapping

from tjdesk.i18n import QT_TRANSLATE_NOOP, fill

# The shared libraries Qt's xcb platform plugin loads, by soname stem, with the Debian/Ubuntu
# package that provides each. (Qt 6.5+ added xcb-cursor; desktops without it abort.)
XCB_LIBRARIES: dict[str, str] = {
    "xcb": "libxcb1",
    "X11-xcb": "libx11-xcb1",
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-randr": "libxcb-randr0",
    "xcb-shape": "libxcb-shape0",
    "xcb-xfixes": "libxcb-xfixes0",
    "xcb-xkb": "libxcb-xkb1",
    "xcb-sync": "libxcb-sync1",
    "xcb-shm": "libxcb-shm0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xkbcommon": "libxkbcommon0",
    "fontconfig": "libfontconfig1",
    "EGL": "libegl1",
}

NO_DISPLAY = QT_TRANSLATE_NOOP(
    "platform_check",
    "TJ Desk cannot open its window: no display was found "
    "(neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
    "  - On a desktop: start it from a terminal inside your desktop session (make run).\n"
    "  - Over SSH: connect with 'ssh -X' so the window can open on your screen.\n"
    "  - Without any screen (tests, servers): QT_QPA_PLATFORM=offscreen make run\n"
    "    draws the windows off screen; nothing is shown.\n"
    "The command-line tools work without a display: .venv/bin/tjdesk --help",
)

MISSING_XCB = QT_TRANSLATE_NOOP(
    "platform_check",
    "TJ Desk cannot open its window: the X11 libraries Qt needs are missing: %1.\n"
    "Install them (as administrator) with:\n"
    "  sudo apt-get install %2\n"
    "then run it again. (On a Wayland desktop you can also set QT_QPA_PLATFORM=wayland.)",
)


def _ldconfig_names() -> set[str]:
    """Library file names the dynamic linker knows (empty if ldconfig is unavailable)."""
    for ldconfig in ("ldconfig", "/sbin/ldconfig", "/usr/sbin/ldconfig"):
        try:
            out = subprocess.run(
                [ldconfig, "-p"], capture_output=True, text=True, timeout=5, check=False
            ).stdout
        except (OSError, subprocess.SubprocessError):
            continue
        return {line.split(" (", 1)[0].strip() for line in out.splitlines()[1:]}
    return set()


def _library_present(stem: str, known: set[str]) -> bool:
    if any(name.startswith(f"lib{stem}.so") for name in known):
        return True
    # find_library runs ldconfig / gcc itself; it is the fallback where ldconfig -p is empty.
    return not known and ctypes.util.find_library(stem) is not None


def missing_xcb_libraries(
    find: Callable[[str], bool] | None = None,
) -> list[str]:
    """The Debian package names of the X libraries Qt's xcb plugin needs and cannot find."""
    if find is None:
        known = _ldconfig_names()

        def find(stem: str) -> bool:
            return _library_present(stem, known)

    return [package for stem, package in XCB_LIBRARIES.items() if not find(stem)]


def explain_missing_display(
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    find: Callable[[str], bool] | None = None,
) -> str | None:
    """None when a window can open; otherwise a message on how to run the app."""
    env = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if env.get("QT_QPA_PLATFORM"):
        return None  # the user chose a platform plugin (offscreen, wayland, xcb...): trust it
    if platform.startswith(("win", "darwin", "cygwin")):
        return None  # these always have a window system when a user runs the app
    if env.get("WAYLAND_DISPLAY"):
        return None  # Qt picks its Wayland plugin, which needs no xcb libraries
    if not env.get("DISPLAY"):
        return NO_DISPLAY
    missing = missing_xcb_libraries(find)
    if missing:
        return fill(MISSING_XCB, ", ".join(missing), " ".join(missing))
    return None
