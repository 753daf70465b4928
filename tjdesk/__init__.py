"""TJ Desk core: domain, vault, access policy, audit, alarm engine and services.

Imports no PySide6 and nothing from ``ui``; usable headless (see tests/test_layering.py).
"""

__version__ = "0.1.0"

# Before anything imports PyThaiNLP: its data goes in our data folder, not ~/pythainlp-data.
from tjdesk.thai.pythainlp_home import keep_pythainlp_data_with_ours  # noqa: E402

keep_pythainlp_data_with_ours()
