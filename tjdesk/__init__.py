"""TJ Desk core: domain, vault, access policy, audit, alarm engine and services.

Imports no PySide6 and nothing from ``ui``; usable headless (see tests/test_layering.py).
"""

from __future__ import annotations

import sys
from typing import Any

__version__ = "0.1.0"


class _BeforePyThaiNLP:
    """PyThaiNLP's data goes in our data folder, not ~/pythainlp-data: the folder is chosen
    the moment anything first imports PyThaiNLP (tjdesk.thai.pythainlp_home), and not on
    importing ``tjdesk``, which every start of the GUI does before its first window (working
    the folder out loads platformdirs; start-up time, issue 18)."""

    @staticmethod
    def find_spec(name: str, path: Any = None, target: Any = None) -> None:
        if name == "pythainlp" or name.startswith("pythainlp."):
            if _BeforePyThaiNLP in sys.meta_path:
                sys.meta_path.remove(_BeforePyThaiNLP)
            from tjdesk.thai.pythainlp_home import keep_pythainlp_data_with_ours

            keep_pythainlp_data_with_ours()
        return None  # the ordinary finders import it


if "pythainlp" in sys.modules:  # imported before tjdesk: choose the folder now all the same
    from tjdesk.thai.pythainlp_home import keep_pythainlp_data_with_ours

    keep_pythainlp_data_with_ours()
elif _BeforePyThaiNLP not in sys.meta_path:
    sys.meta_path.insert(0, _BeforePyThaiNLP)
