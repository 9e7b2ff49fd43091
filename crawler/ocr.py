"""Read scans: PDFs without a text layer and infographic images, with Tesseract's Indonesian model.

Desa and many OPD upload scanned letters (a Perdes, an SK, an RKPDes) whose PDF holds only pictures,
and publish their APBDes as an infographic. Without OCR kipmon sees no words there and calls the item
missing. Here the first `pages` pages of such a PDF are rasterised by pdftoppm (poppler-utils) and read
by tesseract through pytesseract, with the `ind` model from Debian's tesseract-ocr-ind.

pytesseract over OCRmyPDF: kipmon needs the words of two pages, not a searchable PDF. OCRmyPDF rewrites
the whole document (Ghostscript, qpdf, a PDF/A pass), costs several times the seconds per page and a
temporary copy of every file, and has no per-call time limit; pytesseract is one small pure-Python
wrapper around the same tesseract binary, and its `timeout` kills tesseract at the document's limit.

Bounded three ways, from [ocr] in the config: pages per document, seconds per document (pdftoppm and
tesseract both killed at the limit), seconds per night (a Budget shared by the crawl). A scan met after
the night's budget is spent is marked `deferred` and read on the next night; a read scan is stored with
its content hash and never read again. When tesseract, its `ind` model or pdftoppm is missing, OCR is
off: the crawl says so in one line ("OCR mati: ...") and goes on as before.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

LANG = "ind"
DPI = 200  # default ([ocr] dpi): enough for 10-12 pt letters; 300 doubles the time
MIN_TEXT_CHARS = 40  # a PDF whose text layer has fewer characters than this (on its first pages) is a scan
MAX_IMAGE_PIXELS = 40_000_000


def status() -> tuple[bool, str]:
    """(on, why not): whether pytesseract, tesseract with the `ind` model and pdftoppm are all here."""
    try:
        import pytesseract
    except ImportError:
        return False, "paket Python pytesseract tidak terpasang (pip install pytesseract pillow)"
    if shutil.which("tesseract") is None:
        return False, "program tesseract tidak ditemukan (apt-get install tesseract-ocr tesseract-ocr-ind)"
    try:
        langs = pytesseract.get_languages(config="")
    except Exception as exc:  # noqa: BLE001 - a broken tesseract install is "off", not a crash
        return False, f"tesseract tidak dapat dijalankan: {exc}"[:200]
    if LANG not in langs:
        return False, "model bahasa Indonesia tesseract tidak terpasang (apt-get install tesseract-ocr-ind)"
    if shutil.which("pdftoppm") is None:
        return False, "program pdftoppm tidak ditemukan (apt-get install poppler-utils)"
    return True, ""


def is_scan(content: dict) -> bool:
    """Whether an extracted PDF is a scan: it has pages but (almost) no text on them."""
    meta = content.get("meta") or {}
    return (
        content.get("kind") == "pdf"
        and not meta.get("error")
        and bool(meta.get("pages"))
        and len((content.get("text") or "").strip()) < MIN_TEXT_CHARS
    )


class Budget:
    """Seconds of OCR left tonight, shared by the crawl's threads."""

    def __init__(self, seconds: float):
        self.left = float(seconds)
        self.lock = threading.Lock()

    def take(self) -> float:
        """Seconds available now (0: the night's budget is spent)."""
        with self.lock:
            return max(0.0, self.left)

    def spend(self, seconds: float) -> None:
        with self.lock:
            self.left -= seconds


def _tesseract(image, seconds: float) -> str:
    import pytesseract

    # psm 3: automatic page layout (a letter's columns and tables read in order)
    return pytesseract.image_to_string(image, lang=LANG, config="--psm 3", timeout=max(1, int(seconds)))


def _lines(text: str) -> str:
    """Lines with single spaces, blank lines dropped: the line breaks stay (doctitle reads first lines)."""
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def ocr_pdf(data: bytes, *, pages: int, seconds: float, dpi: int = DPI) -> str:
    """The text of the first `pages` pages of a PDF, within `seconds`. Raises TimeoutError, OSError,
    RuntimeError (pytesseract's) on failure."""
    from PIL import Image

    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="kipmon-ocr-") as tmp:
        src = Path(tmp) / "in.pdf"
        src.write_bytes(data)
        try:
            subprocess.run(
                [
                    "pdftoppm",
                    "-r",
                    str(dpi),
                    "-gray",
                    "-png",
                    "-f",
                    "1",
                    "-l",
                    str(pages),
                    str(src),
                    str(Path(tmp) / "p"),
                ],
                check=True,
                timeout=seconds,
                capture_output=True,
            )
        except subprocess.TimeoutExpired:
            raise TimeoutError("pdftoppm melewati batas waktu") from None
        except subprocess.CalledProcessError as exc:
            raise RuntimeError(f"pdftoppm gagal: {exc.stderr.decode('utf-8', 'replace')[:200]}") from None
        parts = []
        for png in sorted(Path(tmp).glob("p*.png")):
            left = seconds - (time.monotonic() - started)
            if left < 1:
                raise TimeoutError("batas waktu OCR per dokumen tercapai")
            with Image.open(png) as img:
                parts.append(_tesseract(img, left))
    return _lines("\n".join(parts))


def ocr_image(data: bytes, *, seconds: float) -> str:
    """The text of an image (an infographic), within `seconds`."""
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS  # a decompression bomb raises instead of eating memory
    with Image.open(io.BytesIO(data)) as img:
        img.load()
        gray = img.convert("L")
        if gray.width < 1200:  # small web images: tesseract reads letters of ~30 px best
            factor = 1200 / max(1, gray.width)
            gray = gray.resize((int(gray.width * factor), int(gray.height * factor)))
        return _lines(_tesseract(gray, seconds))


def read_scan(content: dict, data: bytes, *, kind: str, cfg: dict, budget: Budget) -> dict:
    """Add OCR text to an extracted scan or image `content` (in place, returned): meta["ocr"] says what
    happened: "done", "deferred" (the night's budget was spent), "timeout" or "failed"."""
    meta = content.setdefault("meta", {})
    left = budget.take()
    if left <= 0:
        meta["ocr"] = "deferred"
        return content
    limit = min(float(cfg.get("seconds_per_doc", 60)), left)
    started = time.monotonic()
    try:
        if kind == "pdf":
            text = ocr_pdf(data, pages=int(cfg.get("pages", 2)), seconds=limit, dpi=int(cfg.get("dpi", DPI)))
        else:
            text = ocr_image(data, seconds=limit)
        meta["ocr"] = "done"
        content["text"] = text[: int(cfg.get("text_chars", 20000))]
    except TimeoutError:
        meta["ocr"] = "timeout"
    except RuntimeError as exc:  # pytesseract raises RuntimeError when its timeout kills tesseract
        meta["ocr"] = "timeout" if "timeout" in str(exc).lower() else "failed"
        meta["ocr_error"] = str(exc)[:200]
    except Exception as exc:  # noqa: BLE001 - a bad image or PDF: no words, never a crashed crawl
        meta["ocr"] = "failed"
        meta["ocr_error"] = f"{type(exc).__name__}: {exc}"[:200]
    spent = time.monotonic() - started
    budget.spend(spent)
    meta["ocr_seconds"] = round(spent, 2)
    return content
