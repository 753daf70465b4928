"""The Thai catalogue follows docs/GLOSSARY.md: one Thai term for each thing, no rejected one."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tests.ui.i18n.catalogue import OWN_TS, REPO, read_ts

GLOSSARY = REPO / "docs" / "GLOSSARY.md"


@dataclass(frozen=True)
class Term:
    english: str
    thai: str
    rejected: tuple[str, ...]
    source: re.Pattern[str] | None


def _cells(line: str) -> list[str]:
    # A table row; "\|" is a pipe inside a cell.
    cells = re.split(r"(?<!\\)\|", line.strip().strip("|"))
    return [cell.replace("\\|", "|").strip() for cell in cells]


def glossary() -> list[Term]:
    rows = [line for line in GLOSSARY.read_text("utf-8").splitlines() if line.startswith("|")]
    terms = []
    for line in rows[2:]:  # after the header and its rule
        english, thai, rejected, source = _cells(line)
        pattern = source.strip("`")
        terms.append(
            Term(
                english,
                thai,
                tuple(v.strip() for v in rejected.split(",") if v.strip()),
                re.compile(pattern, re.IGNORECASE) if pattern else None,
            )
        )
    return terms


def thai_of(translations: tuple[str, ...]) -> str:
    return " ".join(translations).replace("\u200b", "")


def test_the_glossary_is_read_as_a_table_of_terms() -> None:
    terms = {t.english.split(" (")[0]: t for t in glossary()}
    for english in ("vault", "alias", "acknowledge, answer", "alarm", "rule sheet, visitor sheet"):
        assert english in terms
    assert terms["alias"].thai == "นามแฝง" and "ชื่อเล่น" in terms["alias"].rejected


def test_no_translation_uses_a_rejected_variant() -> None:
    found = []
    for message in read_ts(OWN_TS):
        text = thai_of(message.translations)
        for term in glossary():
            found += [
                f"{message.context}: {message.source!r} uses {variant!r} ({term.english})"
                for variant in term.rejected
                if variant in text
            ]
    assert found == []


def test_each_term_is_translated_the_one_way() -> None:
    missing = []
    for message in read_ts(OWN_TS):
        text = thai_of(message.translations)
        for term in glossary():
            if term.source is None or not term.source.search(message.source):
                continue
            wanted = [part.strip() for part in term.thai.split("/")]
            if not any(part.split()[0] in text for part in wanted):
                missing.append(f"{message.context}: {message.source!r} lacks {term.thai!r}")
    assert missing == []
