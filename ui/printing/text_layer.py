"""Give a PDF written by Qt a text layer that reads back as the text that was printed.

Qt's PDF writer (QPdfEngine) embeds each font as a subset whose glyphs it numbers in the order
they were first drawn, and writes a ToUnicode map only for glyphs it finds by asking the font
for the glyph of each code point (QFontSubset::getReverseMap). A glyph that shaping put in
instead (an OpenType substitution) is reached from no code point, so it gets no entry. Thai
needs exactly those glyphs: our Thai face (Noto Sans Thai, renamed) lowers a tone mark with no
vowel above it (uni0E48.small), moves marks left over ป ฝ ฟ (.narrow), joins NIKHAHIT and a
tone mark into one glyph before SARA AA (the shaper splits SARA AM), and cuts the tail of ญ and
ฐ. Copied out of the PDF, "เยี่ยมชม" came back as "เยียมชม" and "เป็น" as "เปน"; the ZERO WIDTH
SPACE between words came back as a tab.

Qt writes no /ActualText and offers no hook into its font subsetting, so the map is completed
afterwards: each glyph of an embedded subset of one of our bundled fonts is matched, by its
outline, to the glyph of the original font it was made from (Qt re-encodes outlines at 2048
units per em, so the match is by scaled points, not bytes), and given the characters that
glyph stands for. A substituted glyph is named after its characters in the font (uni0E48.small,
nikhahit_maiEkthai), which gives them. The text then reads back as the printed text in Unicode
compatibility decomposition (NFKD): SARA AM comes back as NIKHAHIT + SARA AA, the way the shaper
drew it. A font that is not ours keeps Qt's map. Ours are found by their PostScript names
("TJDeskSans-Regular", ...), which no other font has: under Noto's own names, a system Noto
Sans that Qt had embedded instead was matched against our subset, and "ffi" read back as ESC.
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path

# The names of Thai marks in glyph names such as "nikhahit_maiThothai".
_NAMED = {
    "nikhahit": "\u0e4d",
    "maiEkthai": "\u0e48",
    "maiThothai": "\u0e49",
    "maiTrithai": "\u0e4a",
    "maiChattawathai": "\u0e4b",
}
# How close (in 2048ths of an em) a point of the subset must be to the original's.
_TOLERANCE = 4
# A subset glyph is the original whose on-curve points it holds at least this share of, if no
# original with other characters comes within the margin.
_MIN_SHARE = 0.75 + 0.5 / 2  # 3/4 of the original's points, half of the subset's
_MARGIN = 0.2


def _chars_from_name(name: str) -> str | None:
    """The characters a glyph stands for, from its production name (uniXXXX[YYYY][.suffix])."""
    base = name.split(".", 1)[0]
    match = re.fullmatch(r"uni((?:[0-9A-F]{4})+)", base)
    if match:
        hexes = match.group(1)
        return "".join(chr(int(hexes[i : i + 4], 16)) for i in range(0, len(hexes), 4))
    match = re.fullmatch(r"u([0-9A-F]{4,6})", base)
    if match:
        return chr(int(match.group(1), 16))
    parts = base.split("_")
    if len(parts) > 1 and all(len(part) == 1 and part.isascii() for part in parts):
        return "".join(parts)  # a Latin ligature such as f_f_i
    if len(parts) > 1 and all(part in _NAMED for part in parts):
        # The shaper moved NIKHAHIT before the tone mark; the text has the tone mark first.
        chars = [_NAMED[part] for part in parts]
        return "".join(sorted(chars, key=lambda c: c == "\u0e4d"))
    return None


class _Outlines:
    """One font's glyphs: outline points, box and advance, scaled to ``units`` per em."""

    def __init__(self, data: bytes, units: int | None = None) -> None:
        from fontTools.ttLib import TTFont

        self.font = TTFont(io.BytesIO(data), lazy=True)
        self.names: list[str] = self.font.getGlyphOrder()
        own = int(self.font["head"].unitsPerEm)
        self.scale = (units or own) / own
        self.glyf = self.font["glyf"]
        self.hmtx = self.font["hmtx"]

    def advance(self, name: str) -> float:
        return float(self.hmtx[name][0]) * self.scale

    def points(self, name: str) -> list[tuple[float, float]]:
        glyph = self.glyf[name]
        if glyph.numberOfContours == 0:
            return []
        coords, _ends, flags = glyph.getCoordinates(self.glyf)
        return [
            (x * self.scale, y * self.scale)
            for (x, y), flag in zip(coords, flags, strict=True)
            if flag & 1  # on-curve points survive Qt's re-encoding
        ]


@cache
def _bundled_fonts() -> dict[str, bytes]:
    """Our bundled fonts by PostScript name (the name Qt writes as the PDF's BaseFont)."""
    from fontTools.ttLib import TTFont

    found: dict[str, bytes] = {}
    folder = resources.files("ui").joinpath("resources", "fonts")
    for entry in folder.iterdir():
        if not entry.name.lower().endswith((".ttf", ".otf")):
            continue
        data = entry.read_bytes()
        name = TTFont(io.BytesIO(data), lazy=True)["name"].getDebugName(6)
        if name:
            found[name] = data
    return found


@cache
def _original_index(postscript_name: str) -> tuple[_Outlines, dict[str, str]] | None:
    data = _bundled_fonts().get(postscript_name)
    if data is None:
        return None
    original = _Outlines(data, units=2048)
    chars: dict[str, str] = {}
    cmap = original.font.getBestCmap() or {}
    for code in sorted(cmap):  # the lowest code point of a shared glyph, as Qt does
        chars.setdefault(cmap[code], chr(code))
    for name in original.names:
        if name not in chars:
            from_name = _chars_from_name(name)
            if from_name:
                chars[name] = from_name
    return original, chars


def _near(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return abs(a[0] - b[0]) <= _TOLERANCE and abs(a[1] - b[1]) <= _TOLERANCE


def _match(subset: _Outlines, name: str, original: _Outlines, chars: dict[str, str]) -> str | None:
    """The characters of the original glyph this subset glyph was made from, or None."""
    points = subset.points(name)
    advance = subset.advance(name)
    if not points:
        # An empty glyph Qt drew. In the Thai face a word break (U+200B) is shown with the
        # space glyph, and Qt draws no Thai spaces; in the Latin face, spaces are drawn and
        # the word break has a glyph of its own with no advance.
        thai_face = "\u0e01" in chars.values()  # the face that draws ก
        if advance > _TOLERANCE and not thai_face:
            return " "
        return "\u200b"
    scored: list[tuple[float, str]] = []
    for candidate in original.names:
        if candidate not in chars or abs(original.advance(candidate) - advance) > _TOLERANCE:
            continue
        theirs = original.points(candidate)
        if not theirs:
            continue
        # Qt drops and adds some points (a contour's repeated start, curve splits), so the
        # share of points found both ways decides, not an exact match: ี's points are all in
        # ื, but ื has points ี lacks.
        found = sum(1 for p in theirs if any(_near(p, q) for q in points))
        kept = sum(1 for q in points if any(_near(q, p) for p in theirs))
        scored.append((found / len(theirs) + kept / len(points) / 2, candidate))
    scored.sort(key=lambda item: (-item[0], ord(chars[item[1]][0])))
    if not scored or scored[0][0] < _MIN_SHARE:
        return None
    best_share, best = scored[0]
    for share, other in scored[1:]:
        if chars[other] != chars[best] and share > best_share - _MARGIN:
            return None  # two originals fit about as well: say nothing rather than guess
    return chars[best]


def _to_unicode_cmap(mapping: dict[int, str]) -> bytes:
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<0000> <FFFF>",
        "endcodespacerange",
    ]
    items = sorted(mapping.items())
    for start in range(0, len(items), 100):  # at most 100 entries a block
        block = items[start : start + 100]
        lines.append(f"{len(block)} beginbfchar")
        for gid, text in block:
            utf16 = text.encode("utf-16-be").hex().upper()
            lines.append(f"<{gid:04X}> <{utf16}>")
        lines.append("endbfchar")
    lines += [
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return ("\n".join(lines) + "\n").encode("ascii")


def _fonts(pages: Iterable[object]) -> Iterable[object]:
    seen: set[int] = set()
    for page in pages:
        resources_ = page.get("/Resources")  # type: ignore[attr-defined]
        fonts = resources_.get_object().get("/Font") if resources_ else None
        if not fonts:
            continue
        for ref in fonts.get_object().values():
            font = ref.get_object()
            if id(font) not in seen and font.get("/Subtype") == "/Type0":
                seen.add(id(font))
                yield font


def complete_text_layer(path: str | Path) -> int:
    """Rewrite the ToUnicode maps of the bundled fonts in the PDF at ``path`` (in place).

    Returns how many glyphs gained or changed their characters."""
    import pypdf
    from pypdf.generic import DecodedStreamObject, NameObject

    # Qt writes a font header dated 1904; fontTools would warn about it on every printout.
    logging.getLogger("fontTools").setLevel(logging.ERROR)

    reader = pypdf.PdfReader(str(path))
    writer = pypdf.PdfWriter(clone_from=reader)
    changed = 0
    for font in _fonts(writer.pages):
        descendant = font["/DescendantFonts"][0].get_object()
        name = str(font.get("/BaseFont", "")).lstrip("/")
        name = name.split("+", 1)[1] if "+" in name[:7] else name
        index = _original_index(name)
        descriptor = descendant.get("/FontDescriptor")
        embedded = descriptor.get_object().get("/FontFile2") if descriptor else None
        if index is None or embedded is None:
            continue
        original, chars = index
        subset = _Outlines(embedded.get_object().get_data())
        old = font.get("/ToUnicode")
        old_map = _read_bfrange_map(old.get_object().get_data()) if old else {}
        mapping = dict(old_map)
        for gid, glyph_name in enumerate(subset.names):
            if gid == 0 or mapping.get(gid, "\t") != "\t":
                continue  # Qt's own entries are right; it only misses (or tabs) the others
            text = _match(subset, glyph_name, original, chars)
            if text is not None and mapping.get(gid) != text:
                mapping[gid] = text
                changed += 1
        stream = DecodedStreamObject()
        stream.set_data(_to_unicode_cmap(mapping))
        font[NameObject("/ToUnicode")] = writer._add_object(stream)
    if changed:
        # Made in memory first, so a failure leaves Qt's file whole; no temporary file (a
        # printout may hold client data), and the file keeps its mode (0600).
        buffer = io.BytesIO()
        writer.write(buffer)
        with open(path, "r+b") as out:
            out.truncate(0)
            out.write(buffer.getvalue())
    return changed


def _read_bfrange_map(cmap: bytes) -> dict[int, str]:
    """The glyph -> text entries of a ToUnicode CMap (bfrange and bfchar sections)."""
    text = cmap.decode("latin-1")
    mapping: dict[int, str] = {}
    hex_ = r"<([0-9A-Fa-f]+)>"
    for section in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        for start, end, body in re.findall(
            hex_ + r"\s*" + hex_ + r"\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)", section
        ):
            first, last = int(start, 16), int(end, 16)
            if body.startswith("["):
                values = re.findall(hex_, body)
                for offset, value in enumerate(values[: last - first + 1]):
                    mapping[first + offset] = bytes.fromhex(value).decode("utf-16-be")
            else:
                base = int(body[1:-1], 16)
                for offset in range(last - first + 1):
                    mapping[first + offset] = chr(base + offset)
    for section in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for code, value in re.findall(hex_ + r"\s*" + hex_, section):
            mapping[int(code, 16)] = bytes.fromhex(value).decode("utf-16-be")
    mapping.pop(0, None)
    return mapping


def reading_form(text: str) -> str:
    """Text as a search or a screen reader compares it: compatibility-decomposed (NFKD, so
    SARA AM is NIKHAHIT + SARA AA), NIKHAHIT after a tone mark as typed (the shaper draws it
    first), without spacing or word breaks (pypdf guesses spaces from gaps)."""
    text = unicodedata.normalize("NFKD", text).replace("\u200b", "")
    text = re.sub("\u0e4d([\u0e48-\u0e4b])", "\\1\u0e4d", text)
    return re.sub(r"\s+", "", text)


def extracted_equals(printed: str, extracted: str) -> bool:
    """Whether text read back from the PDF is the printed text (see reading_form)."""
    return reading_form(printed) == reading_form(extracted)
