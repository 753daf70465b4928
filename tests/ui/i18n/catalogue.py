"""Reading the .ts catalogues for the tests: every message with its context and translation."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
TS_DIR = REPO / "ui" / "resources" / "translations"
OWN_TS = TS_DIR / "tjdesk_th.ts"
QT_TS = TS_DIR / "qt_th.ts"
QM = TS_DIR / "tjdesk_th.qm"
BIN = REPO / ".venv" / "bin"

# %1..%99 (also %L1, localised numbers) and %n (plural count).
PLACEHOLDER = re.compile(r"%L?(\d{1,2}|n)")
# A keyboard accelerator: "&" before a character, but not "&&" (a literal ampersand).
ACCELERATOR = re.compile(r"(?<!&)&(?!&)(?=\S)")


@dataclass(frozen=True)
class Message:
    file: str
    context: str
    source: str
    translations: tuple[str, ...]  # one, or one per plural form
    unfinished: bool
    obsolete: bool
    numerus: bool


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type", "")
            forms = [f.text or "" for f in translation.findall("numerusform")]
            texts = tuple(forms) if message.get("numerus") == "yes" else (translation.text or "",)
            messages.append(
                Message(
                    file=path.name,
                    context=name,
                    source=message.findtext("source") or "",
                    translations=texts,
                    unfinished=kind == "unfinished",
                    obsolete=kind in ("obsolete", "vanished"),
                    numerus=message.get("numerus") == "yes",
                )
            )
    return messages


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def accelerators(text: str) -> int:
    return len(ACCELERATOR.findall(text))


THAI = re.compile(r"[\u0e00-\u0e7f]")


def has_thai(text: str) -> bool:
    return bool(THAI.search(text))


ZWSP = "\u200b"  # a word break opportunity in Thai (see thai_breaks.py)
THAI_RUN = re.compile(r"[\u0e01-\u0e5b]+")  # Thai letters without a break


def plain(text: str) -> str:
    """``text`` without its invisible word breaks, as a person reads it."""
    return text.replace(ZWSP, "")
