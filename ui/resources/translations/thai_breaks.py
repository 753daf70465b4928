"""Put invisible word breaks (U+200B) between the Thai words of the .ts translations.

Thai has no spaces between words. Qt wraps a Thai label only where libthai tells it words end,
and libthai is loaded at run time: Windows, macOS and many Linux machines lack it, and there a
long Thai message stays one line and overflows its label. With a ZERO WIDTH SPACE between
words (found by tjdesk.thai.wordbreak, a dictionary segmenter) every platform can wrap it.

Run by `make translations` after lupdate; idempotent. Console texts (contexts below) are left
alone: a terminal has nothing to wrap and some show U+200B as a box.

    python -m ui.resources.translations.thai_breaks ui/resources/translations/*.ts
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

CONSOLE_CONTEXTS = frozenset({"cli", "platform_check", "SelfTest"})

_CONTEXT = re.compile(r"(<context>\s*<name>)(.*?)(</name>)(.*?)(</context>)", re.DOTALL)
_TEXT = re.compile(r"(<(translation|numerusform)\b[^>]*>)(.*?)(</\2>)", re.DOTALL)


def break_words_in_ts(text: str) -> str:
    from tjdesk.thai.wordbreak import insert_word_breaks

    def in_context(match: re.Match[str]) -> str:
        if match.group(2) in CONSOLE_CONTEXTS:
            return match.group(0)
        body = _TEXT.sub(
            lambda m: m.group(1) + insert_word_breaks(m.group(3)) + m.group(4), match.group(4)
        )
        return match.group(1) + match.group(2) + match.group(3) + body + match.group(5)

    return _CONTEXT.sub(in_context, text)


def main(paths: list[str]) -> int:
    for name in paths:
        path = Path(name)
        before = path.read_text(encoding="utf-8")
        after = break_words_in_ts(before)
        if after != before:
            path.write_text(after, encoding="utf-8")
            print(f"word breaks added in {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
