"""Reading printed PDFs back in tests, with pip libraries only (the `dev` extra): pypdf for the
text, page count and embedded fonts, pypdfium2 to render pages to images. No poppler, nothing
outside the virtual environment."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pypdf
import pypdfium2
from PySide6.QtGui import QImage

POINTS_PER_MM = 72 / 25.4


def pdf_text(path: str | Path) -> str:
    """All the text of the PDF, its whitespace folded to single spaces."""
    reader = pypdf.PdfReader(str(path))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def pdf_metadata(path: str | Path) -> dict[str, str]:
    """The document information (title, author, creator, producer...), as pdfinfo shows it."""
    metadata = pypdf.PdfReader(str(path)).metadata or {}
    return {str(key).lstrip("/"): str(value) for key, value in metadata.items()}


def page_count(path: str | Path) -> int:
    return len(pypdf.PdfReader(str(path)).pages)


def page_sizes_mm(path: str | Path) -> list[tuple[float, float]]:
    """(width, height) of each page in millimetres, rounded to whole millimetres."""
    reader = pypdf.PdfReader(str(path))
    return [
        (
            round(float(page.mediabox.width) / POINTS_PER_MM),
            round(float(page.mediabox.height) / POINTS_PER_MM),
        )
        for page in reader.pages
    ]


@dataclass(frozen=True)
class PdfFont:
    name: str  # the PostScript name without the subset tag, e.g. "TJDeskSansThai-Regular"
    embedded: bool


def pdf_fonts(path: str | Path) -> list[PdfFont]:
    """Every font the pages use, as pdffonts lists them (type 0 fonts by their descendant)."""
    reader = pypdf.PdfReader(str(path))
    found: dict[str, PdfFont] = {}
    for page in reader.pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources else None
        if not fonts:
            continue
        for ref in fonts.get_object().values():
            font = ref.get_object()
            if "/DescendantFonts" in font:
                font = font["/DescendantFonts"][0].get_object()
            name = str(font.get("/BaseFont", "")).lstrip("/")
            name = name.split("+", 1)[1] if "+" in name[:7] else name
            descriptor = font.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[name] = PdfFont(name, embedded)
    return sorted(found.values(), key=lambda f: f.name)


def render_pages(path: str | Path, dpi: int = 100) -> list[QImage]:
    """Each page drawn on white at ``dpi``, as a QImage (greyscale), by pdfium."""
    document = pypdfium2.PdfDocument(str(path))
    try:
        images = []
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72, grayscale=True)
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_Grayscale8,
            )
            images.append(image.copy())  # own the pixels: pdfium frees its bitmap
            bitmap.close()
            page.close()
        return images
    finally:
        document.close()


def inked_rows(image: QImage, threshold: int = 200) -> list[int]:
    """The pixel rows that hold any ink (a pixel darker than ``threshold``)."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, stride = gray.width(), gray.bytesPerLine()
    data = bytes(gray.constBits())[: stride * gray.height()]
    return [
        y for y in range(gray.height()) if min(data[y * stride : y * stride + width]) < threshold
    ]


def ink_per_row(image: QImage, rows: range, threshold: int = 200) -> list[int]:
    """How many pixels of each of ``rows`` hold ink."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, stride = gray.width(), gray.bytesPerLine()
    data = bytes(gray.constBits())[: stride * gray.height()]
    paper = bytes(range(threshold, 256))
    counts = []
    for y in rows:
        row = data[y * stride : y * stride + width] if 0 <= y < gray.height() else b""
        counts.append(len(row.translate(None, paper)))
    return counts


def char_boxes(path: str | Path) -> list[list[tuple[float, float, float, float]]]:
    """For each page, every drawn character's box (left, bottom, right, top) in points from
    the page's bottom left corner, as pdfium finds it: the whole glyph, even where a clip
    hides part of it."""
    document = pypdfium2.PdfDocument(str(path))
    try:
        pages = []
        for index in range(len(document)):
            page = document[index]
            text = page.get_textpage()
            boxes = []
            for char in range(text.count_chars()):
                left, bottom, right, top = text.get_charbox(char)
                if right > left and top > bottom:  # spaces and breaks have no box
                    boxes.append((left, bottom, right, top))
            pages.append(boxes)
            text.close()
            page.close()
        return pages
    finally:
        document.close()


def uncovered_ink(
    image: QImage, rows: range, boxes: list[tuple[float, float, float, float]], dpi: int
) -> list[int]:
    """Per row of ``rows``: ink that is no character's (rules, borders), in pixels."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, stride = gray.width(), gray.bytesPerLine()
    data = bytes(gray.constBits())[: stride * gray.height()]
    height_pt = gray.height() * 72 / dpi
    to_px = dpi / 72
    counts = []
    for y in rows:
        covered = [
            (int(left * to_px) - 2, int(right * to_px) + 2)
            for left, bottom, right, top in boxes
            if (height_pt - top) * to_px - 2 <= y <= (height_pt - bottom) * to_px + 2
        ]
        count = 0
        for x in range(width):
            if data[y * stride + x] < 200 and not any(a <= x <= b for a, b in covered):
                count += 1
        counts.append(count)
    return counts
