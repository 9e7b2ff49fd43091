"""Text and metadata of downloaded documents: PDF (pypdf), and the zipped XML formats (DOCX, XLSX,
ODT, ODS, PPTX) read straight from their parts.

The zipped formats are read with zipfile and a tag-stripping pass instead of python-docx/openpyxl:
kipmon only needs their words and core properties (title, dates), one small function covers all five
formats, and it reads each part with a size cap, so a zip bomb costs a bounded amount of memory.

Never raises: a corrupt or hostile file comes back as {"kind": ..., "meta": {"error": "..."}}, which the
crawler stores as `unreadable` evidence and the checks report as broken.
"""

from __future__ import annotations

import io
import re
import zipfile
from html import unescape

from kipmon.dates import find_dates
from kipmon.vocab import KIND_OTHER, KIND_PDF, KIND_TEXT, KIND_ZIP, OLD_OFFICE_KINDS, ZIPPED_DOCUMENT_KINDS

MAX_PART_BYTES = 8_000_000  # uncompressed bytes read from one part of a zipped document
_TAG = re.compile(r"<[^>]+>")
_WS = re.compile(r"\s+")
_PRINTABLE = re.compile(rb"[\x20-\x7e\xc0-\xff]{5,}")

ZIP_TEXT_PARTS = {
    "docx": [r"word/document\.xml", r"word/header\d*\.xml"],
    "xlsx": [r"xl/sharedStrings\.xml", r"xl/worksheets/sheet\d+\.xml"],
    "pptx": [r"ppt/slides/slide\d+\.xml"],
    "odt": [r"content\.xml"],
    "ods": [r"content\.xml"],
}
EXT_KIND = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".xlsx": "xlsx",
    ".pptx": "pptx",
    ".odt": "odt",
    ".ods": "ods",
    ".doc": "doc",
    ".xls": "xls",
    ".ppt": "ppt",
    ".rtf": "rtf",
    ".csv": "text",
    ".zip": "zip",
}
TYPE_KIND = {
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
    "application/vnd.oasis.opendocument.text": "odt",
    "application/vnd.oasis.opendocument.spreadsheet": "ods",
    "application/msword": "doc",
    "application/vnd.ms-excel": "xls",
    "application/rtf": "rtf",
    "text/csv": "text",
    "text/plain": "text",
}


def document_kind(content_type: str, ext: str, head: bytes) -> str | None:
    """The document kind from the bytes first (servers mislabel files), then the type, then the name."""
    if head.startswith(b"%PDF"):
        return KIND_PDF
    ctype = (content_type or "").split(";")[0].strip().lower()
    kind = TYPE_KIND.get(ctype) or EXT_KIND.get(ext)
    if kind in ZIPPED_DOCUMENT_KINDS and not head.startswith(b"PK"):
        return kind  # labelled so, but not a zip: extraction will report it unreadable
    if head.startswith(b"PK") and kind is None:
        return KIND_ZIP
    return kind


def _clean(text: str, limit: int) -> str:
    return _WS.sub(" ", text).strip()[:limit]


def _pdf_date(value) -> str | None:
    if value is None:
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    m = re.match(r"D?:?(\d{4})(\d{2})?(\d{2})?", str(value))
    if not m:
        return None
    return "-".join(p for p in (m[1], m[2] or "01", m[3] or "01"))


def extract_pdf(data: bytes, *, pages: int, text_chars: int) -> dict:
    from pypdf import PdfReader  # imported here: only crawl processes that meet a PDF pay for it

    meta: dict = {}
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            reader.decrypt("")
        info = reader.metadata or {}
        meta["pages"] = len(reader.pages)
        for key, name in (("/Title", "title"), ("/Author", "author"), ("/Subject", "subject")):
            if info.get(key):
                meta[name] = _clean(str(info.get(key)), 300)
        for key, name in (("/CreationDate", "created"), ("/ModDate", "modified")):
            raw = info.get(key)
            if raw:
                meta[name] = _pdf_date(raw)
        parts = []
        for page in reader.pages[:pages]:
            parts.append(page.extract_text() or "")
            if sum(map(len, parts)) > text_chars:
                break
        text = _clean(" ".join(parts), text_chars)
    except Exception as exc:  # noqa: BLE001 - any parser failure means "unreadable", never a crash
        return {
            "kind": KIND_PDF,
            "title": "",
            "text": "",
            "meta": {"error": f"PDF tidak terbaca: {type(exc).__name__}: {str(exc)[:200]}"},
        }
    if not text and not meta.get("pages"):
        meta["error"] = "PDF tanpa halaman"
    return {"kind": KIND_PDF, "title": meta.get("title", ""), "text": text, "meta": meta}


def _read_part(zf: zipfile.ZipFile, name: str) -> str:
    with zf.open(name) as fh:
        return fh.read(MAX_PART_BYTES).decode("utf-8", errors="replace")


def extract_zipped(data: bytes, kind: str, *, text_chars: int) -> dict:
    meta: dict = {}
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        names = zf.namelist()
        parts = []
        for pattern in ZIP_TEXT_PARTS.get(kind, []):
            for name in sorted(n for n in names if re.fullmatch(pattern, n)):
                xml = _read_part(zf, name)
                # paragraph and cell ends become spaces so words do not run together
                xml = re.sub(r"</(w:p|a:p|text:p|text:h|si|c|row)>", " ", xml)
                parts.append(unescape(_TAG.sub("", xml)))
                if sum(map(len, parts)) > text_chars:
                    break
        for core in ("docProps/core.xml", "meta.xml"):
            if core in names:
                xml = _read_part(zf, core)
                for tag, key in (
                    ("dc:title", "title"),
                    ("dcterms:created", "created"),
                    ("dcterms:modified", "modified"),
                    ("meta:creation-date", "created"),
                    ("dc:date", "modified"),
                    ("dc:creator", "author"),
                ):
                    m = re.search(rf"<{tag}[^>]*>([^<]*)</{tag}>", xml)
                    if m and m[1].strip():
                        meta.setdefault(key, _clean(unescape(m[1]), 300))
        text = _clean(" ".join(parts), text_chars)
    except (zipfile.BadZipFile, KeyError, OSError, RuntimeError, ValueError, EOFError) as exc:
        return {
            "kind": kind,
            "title": "",
            "text": "",
            "meta": {"error": f"berkas {kind} tidak terbaca: {type(exc).__name__}"},
        }
    return {"kind": kind, "title": meta.get("title", ""), "text": text, "meta": meta}


def extract_legacy(data: bytes, kind: str, *, text_chars: int) -> dict:
    """Old binary Office files: the printable runs are enough to find a title and a year."""
    runs = [r.decode("latin-1") for r in _PRINTABLE.findall(data[:4_000_000])]
    return {"kind": kind, "title": "", "text": _clean(" ".join(runs), text_chars), "meta": {}}


def extract_document(data: bytes, content_type: str, ext: str, *, pdf_pages: int = 5, text_chars: int = 20000) -> dict:
    """Extract {kind, title, text, dates, meta} from a document's bytes. Never raises."""
    if not data:
        return {"kind": KIND_OTHER, "title": "", "text": "", "dates": [], "meta": {"error": "berkas kosong (0 byte)"}}
    kind = document_kind(content_type, ext, data[:8]) or KIND_OTHER
    if kind == KIND_PDF:
        out = extract_pdf(data, pages=pdf_pages, text_chars=text_chars)
    elif kind in ZIP_TEXT_PARTS:
        out = extract_zipped(data, kind, text_chars=text_chars)
    elif kind in OLD_OFFICE_KINDS:
        out = extract_legacy(data, kind, text_chars=text_chars)
    elif kind == KIND_TEXT:
        out = {
            "kind": KIND_TEXT,
            "title": "",
            "text": _clean(data[: text_chars * 2].decode("utf-8", "replace"), text_chars),
            "meta": {},
        }
    else:
        out = {"kind": kind, "title": "", "text": "", "meta": {}}
    out["dates"] = find_dates(out.get("title", "") + " " + out.get("text", ""))
    return out
