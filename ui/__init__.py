"""Every face of TJ Desk: the PySide6 GUI and the ``tjdesk`` command line."""
