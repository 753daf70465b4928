"""The bundle's entry point: the same ``tjdesk`` command as the installed console script."""

import multiprocessing
import sys

from ui.cli import main

if __name__ == "__main__":
    # Harmless when nothing spawns processes; required if anything ever does in a frozen app.
    multiprocessing.freeze_support()
    sys.exit(main())
