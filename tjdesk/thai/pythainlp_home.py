"""PyThaiNLP keeps its data in our data folder, not a ``pythainlp-data`` folder of its own in
the user's home (a folder named after a Thai-language toolkit on a shelter PC says more than
it should, and it is one more place to clean), and writes nothing there: we never download
its models, we only read the word list it ships.

PyThaiNLP reads both settings from the environment when it is first imported, so
``keep_pythainlp_data_with_ours()`` runs before every import of it. Only
``tjdesk.thai.dictionary`` imports PyThaiNLP (tests/ui/core/test_one_place_for_files.py
checks that), and it calls this first.
"""

from __future__ import annotations

import os
from pathlib import Path

from tjdesk.paths import APP_NAME

# PyThaiNLP 5.4 on (pyproject.toml asks for it); the older PYTHAINLP_DATA_DIR is deprecated
# there, and setting both is an error, so a folder chosen under either name is left alone.
DATA_VARIABLE = "PYTHAINLP_DATA"
OLD_DATA_VARIABLE = "PYTHAINLP_DATA_DIR"
READ_ONLY_VARIABLE = "PYTHAINLP_READ_ONLY"
FOLDER_NAME = "pythainlp"


def pythainlp_data_dir() -> Path:
    import platformdirs  # here, not at import: the sign-in screen never needs it (issue 18)

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / FOLDER_NAME


def keep_pythainlp_data_with_ours() -> None:
    """Before PyThaiNLP is imported: its data folder is ours (unless someone chose one), and
    it writes nothing there."""
    if not os.environ.get(DATA_VARIABLE) and not os.environ.get(OLD_DATA_VARIABLE):
        os.environ[DATA_VARIABLE] = str(pythainlp_data_dir())
    os.environ.setdefault(READ_ONLY_VARIABLE, "1")
