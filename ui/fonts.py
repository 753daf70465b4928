"""The fonts that ship with the app, registered with Qt at start-up and used by name.

A shelter's PCs have every mix of fonts: none at all, DejaVu, URW, a full Noto set, Windows'
own. Text that Qt draws in whatever face it finds is measured differently on each, so a button
that fits here is cut off there and a printed sheet runs onto a third page. We therefore ship
every face the app draws with and ask for them by name. They are Noto faces (OFL,
ui/resources/fonts/OFL.txt) renamed by packaging/subset_fonts.py, because a machine with Noto
installed has fonts of Noto's own names too, and then which file Qt uses (on screen and
embedded in a PDF) would depend on the machine and on what was drawn first:

- TJ Desk Sans: Noto Sans, Latin, Vietnamese and punctuation; regular, bold and italic (the
  English rule sheet's subtitle and closing),
- TJ Desk Sans Thai: Noto Sans Thai (a new machine may have no Thai face, and then Qt draws
  Thai as empty boxes, silently, on screen and in PDFs); upright only, as Thai is set,
- TJ Desk Symbols: the few symbols of Noto Sans Symbols2 the interface shows (ticks, circles),
- TJ Desk Mono: Noto Sans Mono, for recovery keys and fingerprints, where 0/O and 1/l must
  differ.

A font's family list is Latin first; Qt falls back along the list for each character, so Thai
text is drawn in TJ Desk Sans Thai. They are registered from bytes read through
importlib.resources where they are not plain files, so this also works from a zip or a frozen app.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from ui import resource_bytes

LATIN_FAMILY = "TJ Desk Sans"
THAI_FAMILY = "TJ Desk Sans Thai"
SYMBOL_FAMILY = "TJ Desk Symbols"
MONO_FAMILY = "TJ Desk Mono"
# Every text the app draws: Latin first, Thai, then symbols.
TEXT_FAMILIES = (LATIN_FAMILY, THAI_FAMILY, SYMBOL_FAMILY)
# Each file is named after the PostScript name of its face, which is also the name a PDF
# gives the font it embeds (after a subset tag: "ABCDEF+TJDeskSans-Regular").
POSTSCRIPT_NAMES = (
    "TJDeskSans-Regular",
    "TJDeskSans-Bold",
    "TJDeskSans-Italic",
    "TJDeskSansThai-Regular",
    "TJDeskSansThai-Bold",
    "TJDeskSymbols-Regular",
    "TJDeskMono-Regular",
)
FONT_FILES = tuple(f"{name}.ttf" for name in POSTSCRIPT_NAMES)
# For style sheets and printed HTML (CSS font-family lists).
CSS_TEXT_FAMILIES = ", ".join(f"'{family}'" for family in TEXT_FAMILIES)
CSS_MONO_FAMILIES = f"'{MONO_FAMILY}', {CSS_TEXT_FAMILIES}"

_registered: list[str] | None = None


class FontRegistrationError(RuntimeError):
    """A bundled font file is missing or Qt refused it (a broken install)."""


def register_fonts() -> list[str]:
    """Register the bundled fonts once (needs a QGuiApplication); returns their families."""
    global _registered
    if _registered is not None:
        return list(_registered)
    families: list[str] = []
    for name in FONT_FILES:
        data = resource_bytes("fonts", name)
        font_id = QFontDatabase.addApplicationFontFromData(data)
        if font_id < 0:
            raise FontRegistrationError(name)
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    _registered = families
    return list(families)


def text_font(point_size: float = 11.0, base: QFont | None = None) -> QFont:
    """``base`` (or a new font) drawn in the shipped faces at ``point_size``."""
    register_fonts()
    font = QFont(base) if base is not None else QFont()
    font.setFamilies(list(TEXT_FAMILIES))
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(point_size)
    return font


def sheet_font(point_size: float = 11.0) -> QFont:
    """The font printed sheets and reports use."""
    return text_font(point_size)


def mono_font(point_size: float = 11.0) -> QFont:
    """For recovery keys and fingerprints: the shipped monospace face, then the text faces."""
    font = text_font(point_size)
    font.setFamilies([MONO_FAMILY, *TEXT_FAMILIES])
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font


def thai_capable_families() -> list[str]:
    return list(QFontDatabase.families(QFontDatabase.WritingSystem.Thai))
