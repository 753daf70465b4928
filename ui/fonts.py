"""The fonts that ship with the app, registered with Qt at start-up.

A new machine may have no Thai font at all, and then Qt draws Thai as empty boxes, silently,
on screen and in PDFs. We bundle Noto Sans Thai (OFL, ui/resources/fonts/OFL.txt) and register
it from bytes read through importlib.resources, so it also works from a zip or a frozen app.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QFont, QFontDatabase

THAI_FAMILY = "Noto Sans Thai"
FONT_FILES = ("NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf")
# Latin falls back to these (the bundled Thai font has no Latin letters); any one will do.
LATIN_FALLBACKS = ("Noto Sans", "DejaVu Sans", "Segoe UI", "Arial", "Helvetica")

_registered: list[str] | None = None


class FontRegistrationError(RuntimeError):
    """A bundled font file is missing or Qt refused it (a broken install)."""


def register_fonts() -> list[str]:
    """Register the bundled fonts once (needs a QGuiApplication); returns their families."""
    global _registered
    if _registered is not None:
        return list(_registered)
    families: list[str] = []
    folder = resources.files("ui").joinpath("resources", "fonts")
    for name in FONT_FILES:
        data = folder.joinpath(name).read_bytes()
        font_id = QFontDatabase.addApplicationFontFromData(data)
        if font_id < 0:
            raise FontRegistrationError(name)
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    _registered = families
    return list(families)


def sheet_font(point_size: float = 11.0) -> QFont:
    """The font printed sheets use: the bundled Thai face first, then a Latin face."""
    register_fonts()
    font = QFont()
    font.setFamilies([THAI_FAMILY, *LATIN_FALLBACKS])
    font.setPointSizeF(point_size)
    return font


def thai_capable_families() -> list[str]:
    return list(QFontDatabase.families(QFontDatabase.WritingSystem.Thai))
