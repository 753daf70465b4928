"""The bundle's entry point: the same ``tjdesk`` command as the installed console script."""

import multiprocessing
import os
import sys

from ui.cli import main

if __name__ == "__main__":
    # The windowed Windows build (tjdesk-gui.exe, used by the Start menu and the alarm service
    # at login) has no console: sys.stdout and sys.stderr are None there, and the first
    # print() or log line from the service would raise. Send them to the null device.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))
    # Harmless when nothing spawns processes; required if anything ever does in a frozen app.
    multiprocessing.freeze_support()
    sys.exit(main())
