"""TJ Desk core: domain, vault, access policy, audit, alarm engine and services.

Imports no PySide6 and nothing from ``ui``; usable headless (see tests/test_layering.py).
"""

from __future__ import annotations

__version__ = "0.1.0"
