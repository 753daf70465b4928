"""Marking core strings for translation without importing Qt.

The core never translates: it marks English source strings so that `pyside6-lupdate` extracts
them (it recognises the name ``QT_TRANSLATE_NOOP``), and the ui translates them at display time
with ``QCoreApplication.translate(context, text)``.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate looks for
    return text


def fill(text: str, *args: object) -> str:
    """Substitute Qt-style %1, %2 ... placeholders (highest first, so %10 is not read as %1)."""
    for index in range(len(args), 0, -1):
        text = text.replace(f"%{index}", str(args[index - 1]))
    return text
