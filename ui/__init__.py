"""Every face of TJ Desk: the PySide6 GUI and the ``tjdesk`` command line."""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def resource_bytes(*parts: str) -> bytes:
    """A file of ui/resources: read from the folder where the app is installed as files, through
    importlib.resources where it is not (a zip); importlib.resources alone costs the start-up
    a few milliseconds of imports (issue 18). Raises OSError if there is no such file."""
    try:
        return _HERE.joinpath("resources", *parts).read_bytes()
    except OSError:
        from importlib import resources

        return resources.files("ui").joinpath("resources", *parts).read_bytes()
