"""Make the Latin, monospace and symbol faces in ui/resources/fonts/ from Debian's Noto fonts.

The app ships its own faces so that screens and printouts measure and look the same on every
machine, whatever fonts it has (none at all, DejaVu, URW, a full Noto set). The full Noto Sans
is 500 KB a style; the interface needs only Latin (with Vietnamese and the other Latin-script
languages visitors' and clients' names come in), punctuation and a few symbols, so we keep
those. Run it again to update the fonts:

    apt-get download fonts-noto-core fonts-noto-mono
    dpkg -x fonts-noto-core_*.deb src && dpkg -x fonts-noto-mono_*.deb src
    .venv/bin/python packaging/subset_fonts.py src/usr/share/fonts/truetype/noto

Noto is under the SIL Open Font License 1.1 with no reserved font name (ui/resources/fonts/
OFL.txt), so the subsets keep their family names.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fontTools import subset

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
    "U+FEFF",
    "U+FFFD",
]
MONO = ["U+0020-007E", "U+00A0-00FF", "U+2010-2027"]
# The symbols the interface draws: the quick-hide taps (circles), "Received" ticks, marks.
SYMBOLS = ["U+25A0-25A1", "U+25B2", "U+25BC", "U+25CB", "U+25CF", "U+2713-2714", "U+2717"]

FACES = {
    "NotoSans-Regular.ttf": LATIN,
    "NotoSans-Bold.ttf": LATIN,
    "NotoSansMono-Regular.ttf": MONO,
    "NotoSansSymbols2-Regular.ttf": SYMBOLS,
}


def make_subset(source: Path, target: Path, unicodes: list[str]) -> None:
    options = subset.Options()
    options.layout_features = ["*"]  # kerning, ligatures, mark positioning
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.glyph_names = False
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=subset.parse_unicodes(",".join(unicodes)))
    subsetter.subset(font)
    subset.save_font(font, str(target), options)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="folder holding Debian's Noto .ttf files")
    args = parser.parse_args()
    for name, unicodes in FACES.items():
        make_subset(args.source / name, TARGET / name, unicodes)
        print(f"{name}: {(TARGET / name).stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
