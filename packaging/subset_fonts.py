"""Make the faces in ui/resources/fonts/ from Debian's Noto fonts, under names of our own.

The app ships its own faces so that screens and printouts measure and look the same on every
machine, whatever fonts it has (none at all, DejaVu, URW, a full Noto set). Two things make
that hold:

- The faces have family and PostScript names no other font has ("TJ Desk Sans",
  "TJDeskSans-Regular", ...). Under Noto's own names, a machine with Noto installed (Debian's
  fonts-noto-core, as CI installs it) had two fonts called "Noto Sans", and which file Qt drew
  and embedded in a PDF depended on the machine and on what had been drawn before; the
  printed text layer (ui/printing/text_layer.py), which finds our files by PostScript name,
  then matched glyphs against the wrong file.
- The Latin faces are subsets. The full Noto Sans is 500 KB a style; the interface needs only
  Latin (with Vietnamese and the other Latin-script languages visitors' and clients' names
  come in), punctuation and a few symbols, so we keep those. The Thai faces keep every glyph
  (the text layer reads the names of their substituted glyphs, uni0E48.small and the like)
  and are only renamed.

Noto is under the SIL Open Font License 1.1 (ui/resources/fonts/OFL.txt), which declares no
Reserved Font Name for it; renaming a modified version (a subset is one) is what the OFL and
its FAQ recommend all the same, so that it is never taken for the original. The copyright,
licence and trademark notices stay in each file; its description says what it was made from.

Run it again to update the fonts (Debian 12's fonts-noto-core and fonts-noto-mono):

    apt-get download fonts-noto-core fonts-noto-mono
    dpkg -x fonts-noto-core_*.deb src && dpkg -x fonts-noto-mono_*.deb src
    .venv/bin/python packaging/subset_fonts.py src/usr/share/fonts/truetype/noto
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

TARGET = Path(__file__).resolve().parent.parent / "ui" / "resources" / "fonts"

LATIN = [
    "U+0020-007E",  # ASCII
    "U+00A0-00FF",  # Latin-1
    "U+0100-024F",  # Latin Extended-A and -B
    "U+0250-02FF",  # IPA and spacing modifiers (tone letters, apostrophes)
    "U+0300-036F",  # combining marks
    "U+1E00-1EFF",  # Latin Extended Additional (Vietnamese)
    "U+2000-206F",  # general punctuation: dashes, quotes, ellipsis, bullets, zero widths
    "U+20A0-20CF",  # currency signs
    "U+2100-214F",  # letter-like symbols (No., TM)
    "U+2212",  # minus
    # The Latin ligatures' own code points. The shaper draws "ffi" as one glyph, and Qt's PDF
    # writer gives a glyph the characters it finds for it in the cmap: without these, the
    # printed "trafficking" read back as "tra\x1bcking" (U+FB03 reads back as "ffi" in NFKD).
    "U+FB00-FB06",
    "U+FEFF",
    "U+FFFD",
]
MONO = ["U+0020-007E", "U+00A0-00FF", "U+2010-2027"]
# The symbols the interface draws: the quick-hide taps (circles), "Received" ticks, marks.
SYMBOLS = ["U+25A0-25A1", "U+25B2", "U+25BC", "U+25CB", "U+25CF", "U+2713-2714", "U+2717"]

# The name table entries a face is known by (OpenType name IDs).
FAMILY, SUBFAMILY, UNIQUE_ID, FULL_NAME, VERSION, POSTSCRIPT, DESCRIPTION = 1, 2, 3, 4, 5, 6, 10
# Typographic and WWS family/subfamily: Noto's static faces may carry them with Noto's names.
DROPPED = (16, 17, 21, 22)


@dataclass(frozen=True)
class Face:
    source: str  # the Noto file it is made from
    family: str  # our family name
    style: str  # Regular, Bold or Italic
    unicodes: list[str] | None  # what to keep; None keeps every glyph (renamed only)

    @property
    def postscript_name(self) -> str:
        return f"{self.family.replace(' ', '')}-{self.style}"

    @property
    def file_name(self) -> str:
        return f"{self.postscript_name}.ttf"


FACES = (
    Face("NotoSans-Regular.ttf", "TJ Desk Sans", "Regular", LATIN),
    Face("NotoSans-Bold.ttf", "TJ Desk Sans", "Bold", LATIN),
    # The English rule sheet's subtitle and closing are italic; without this face Qt would
    # slant the upright one, or take a system Noto Sans Italic where there is one.
    Face("NotoSans-Italic.ttf", "TJ Desk Sans", "Italic", LATIN),
    Face("NotoSansThai-Regular.ttf", "TJ Desk Sans Thai", "Regular", None),
    Face("NotoSansThai-Bold.ttf", "TJ Desk Sans Thai", "Bold", None),
    Face("NotoSansSymbols2-Regular.ttf", "TJ Desk Symbols", "Regular", SYMBOLS),
    Face("NotoSansMono-Regular.ttf", "TJ Desk Mono", "Regular", MONO),
)


def make_subset(font: TTFont, unicodes: list[str]) -> None:
    options = subset.Options()
    options.layout_features = ["*"]  # kerning, ligatures, mark positioning
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.glyph_names = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=subset.parse_unicodes(",".join(unicodes)))
    subsetter.subset(font)


def rename(font: TTFont, face: Face) -> None:
    """Give ``font`` our names in every platform's and language's records."""
    name = font["name"]
    original_family = name.getDebugName(FAMILY)
    version = (name.getDebugName(VERSION) or "").removeprefix("Version ").split(";")[0]
    kind = "A subset" if face.unicodes is not None else "A copy"
    names = {
        FAMILY: face.family,
        SUBFAMILY: face.style,
        UNIQUE_ID: f"{version};TJDesk;{face.postscript_name}",
        FULL_NAME: f"{face.family} {face.style}",
        POSTSCRIPT: face.postscript_name,
        DESCRIPTION: (
            f"{kind} of {original_family} {face.style} {version} (SIL Open Font License 1.1), "
            f"renamed {face.family} for TJ Desk by packaging/subset_fonts.py."
        ),
    }
    name.names = [record for record in name.names if record.nameID not in DROPPED]
    platforms = {(r.platformID, r.platEncID, r.langID) for r in name.names}
    for name_id, text in names.items():
        name.removeNames(nameID=name_id)
        for platform_id, encoding_id, language_id in sorted(platforms):
            name.setName(text, name_id, platform_id, encoding_id, language_id)


def make_face(source: Path, target: Path, face: Face) -> None:
    font = TTFont(str(source))
    if face.unicodes is not None:
        make_subset(font, face.unicodes)
    rename(font, face)
    font.save(str(target))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="folder holding Debian's Noto .ttf files")
    args = parser.parse_args()
    for face in FACES:
        target = TARGET / face.file_name
        make_face(args.source / face.source, target, face)
        print(f"{face.file_name}: {target.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
