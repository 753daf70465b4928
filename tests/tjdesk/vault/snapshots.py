"""Fingerprints of every file in a folder, to prove a refusal changed nothing on disk."""

from __future__ import annotations

import hashlib
from pathlib import Path


def snapshot(folder: Path, *, ignore: tuple[str, ...] = ()) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name not in ignore
    }
