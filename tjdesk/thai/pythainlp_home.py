"""PyThaiNLP keeps its data in our data folder, not a ``pythainlp-data`` folder of its own in
the user's home (a folder named after a Thai-language toolkit on a shelter PC says more than
it should, and it is one more place to clean).

PyThaiNLP reads the folder from ``PYTHAINLP_DATA`` (5.4 on) or ``PYTHAINLP_DATA_DIR`` (5.0 to
5.3; deprecated later, and setting both is an error), and creates it when first imported.
So this runs before any PyThaiNLP import: ``tjdesk`` runs it the moment PyThaiNLP is first
imported (an import hook in tjdesk/__init__.py).
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import platformdirs

from tjdesk.paths import APP_NAME

NEW_VARIABLE = "PYTHAINLP_DATA"
OLD_VARIABLE = "PYTHAINLP_DATA_DIR"
FOLDER_NAME = "pythainlp"


def pythainlp_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / FOLDER_NAME


def keep_pythainlp_data_with_ours() -> None:
    """Point PyThaiNLP at our data folder unless someone chose a folder already."""
    if os.environ.get(NEW_VARIABLE) or os.environ.get(OLD_VARIABLE):
        return
    # The old name works in every PyThaiNLP 5.x; newer ones warn that it is deprecated.
    os.environ[OLD_VARIABLE] = str(pythainlp_data_dir())
    warnings.filterwarnings(
        "ignore", message=f"{OLD_VARIABLE} is deprecated", category=DeprecationWarning
    )
