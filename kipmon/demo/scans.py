"""Scans and infographics for the demo world, drawn with Pillow when the world is built (no binaries in git).

A scanned letter is a PDF holding only a picture of the page (no text layer), as a desa's scanner or
phone app makes it: only OCR reads its words. An infographic is a PNG of a budget summary whose alt text
says nothing. Both are drawn large and clean enough for Tesseract's `ind` model to read at 200 dpi.

    scan_pdf(["PEMERINTAH KABUPATEN CONTOH", ...], title_from=3)  -> bytes of an image-only PDF
    infographic_png(["INFOGRAFIS APBDES", "TAHUN ANGGARAN 2025"], [("Pendapatan", "Rp 1.2 M")]) -> PNG bytes
"""

from __future__ import annotations

import functools
import io
from pathlib import Path

FONT_DIRS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu")


def _font(size: int, bold: bool = False):
    from PIL import ImageFont

    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for d in FONT_DIRS:
        p = Path(d) / name
        if p.exists():
            return ImageFont.truetype(str(p), size)
    return ImageFont.load_default(size=size)  # Pillow's own scalable font (Pillow >= 10.1)


def _centered(draw, y: int, text: str, font, width: int) -> int:
    box = draw.textbbox((0, 0), text, font=font)
    draw.text(((width - (box[2] - box[0])) // 2, y), text, fill=0, font=font)
    return y + (box[3] - box[1]) + 14


@functools.lru_cache(maxsize=32)
def scan_pdf(letterhead: tuple[str, ...], title: tuple[str, ...], body: tuple[str, ...]) -> bytes:
    """An image-only one-page PDF (A4 at 150 dpi): a letterhead, a rule, a centred bold title, body lines."""
    from PIL import Image, ImageDraw

    w, h = 1240, 1754
    img = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(img)
    y = 90
    for i, line in enumerate(letterhead):
        y = _centered(d, y, line, _font(30 if i < 3 else 22, bold=i < 3), w)
    d.line((80, y + 6, w - 80, y + 6), fill=0, width=5)
    y += 50
    for line in title:
        y = _centered(d, y, line, _font(30, bold=True), w)
    y += 30
    for line in body:
        d.text((110, y), line, fill=0, font=_font(24))
        y += 40
    buf = io.BytesIO()
    img.save(buf, "PDF", resolution=150.0)
    return buf.getvalue()


@functools.lru_cache(maxsize=32)
def infographic_png(heading: tuple[str, ...], rows: tuple[tuple[str, str], ...]) -> bytes:
    """A budget infographic: a coloured banner with the heading, then label/amount boxes."""
    from PIL import Image, ImageDraw

    w, h = 1000, 260 + 110 * len(rows)
    img = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, w, 200), fill=(20, 90, 60))
    y = 30
    for line in heading:
        box = d.textbbox((0, 0), line, font=_font(44, bold=True))
        d.text(((w - (box[2] - box[0])) // 2, y), line, fill=(255, 255, 255), font=_font(44, bold=True))
        y += 70
    y = 240
    for label, amount in rows:
        d.rectangle((40, y, w - 40, y + 90), outline=(20, 90, 60), width=4)
        d.text((70, y + 25), label, fill=(0, 0, 0), font=_font(34))
        box = d.textbbox((0, 0), amount, font=_font(34, bold=True))
        d.text((w - 70 - (box[2] - box[0]), y + 25), amount, fill=(0, 0, 0), font=_font(34, bold=True))
        y += 110
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()
