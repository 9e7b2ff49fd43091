"""A document's own title, read from its first lines, for documents linked as "Unduh" with no metadata.

Offices print their documents on letterhead (kop surat): the government, the office, its address and
telephone, then the document's title. The title is what follows the letterhead:

    PEMERINTAH KABUPATEN KUTAI TIMUR              <- letterhead, skipped
    KECAMATAN CONTOH UTARA / DESA SUMBER SARI     <- letterhead, skipped
    Jl. Merdeka No. 7 Telp. (0549) 21000          <- address, skipped
    PERATURAN DESA SUMBER SARI                    <- the title starts here
    NOMOR 3 TAHUN 2025
    TENTANG RENCANA KERJA PEMERINTAH DESA TAHUN 2026

    >>> doc_title({"kind": "pdf", "text": "PEMERINTAH KABUPATEN UJI\\nDINAS SOSIAL\\nJl. A No. 1 Telp. 1\\nLAPORAN KINERJA 2025\\nBab I"})
    'LAPORAN KINERJA 2025'

Text extracted before line breaks were kept (older stores) is one flat line: there the title starts at
the first title word (PERATURAN, LAPORAN, DAFTAR, ...) after the letterhead. Metadata titles that are
file names ("Microsoft Word - SK PPID.docx", "scan0001") are not titles: `meta_title` drops them.
Read at check time (a rule change needs no re-crawl), cached per content hash.
"""

from __future__ import annotations

import re

TITLE_CHARS = 90  # a title is a line or two; a "tentang" clause may run on to TITLE_CHARS_TENTANG
TITLE_CHARS_TENTANG = 200
HEAD_LINES = 25  # the letterhead and title are within the first lines
HEAD_CHARS = 1500

# Lines of a letterhead: the government, the office, its address and contacts (case-insensitive)
LETTERHEAD = re.compile(
    r"^\s*(pemerintah(an)?\b|pemkab\b|dinas\b|badan\b|kantor\b|sekretariat\b|inspektorat\b|satuan\b|"
    r"rumah sakit\b|rsud\b|kecamatan\b|kelurahan\b|kabupaten\b|kota\b|provinsi\b|desa\b|kampung\b|"
    r"bagian\b|unit\b|upt\b|puskesmas\b|alamat\b|jl\b|jln\b|jalan\b|telp|telepon|tlp|fax|faks|"
    r"e-?mail|surel|website|laman|http|www\.|kode pos|ppid\s*$)",
    re.I,
)
CONTACT = re.compile(r"@|https?://|www\.|\btelp|\bfax|\bkode pos\b|\bjl\.|\bjalan\b|\(0\d{2,4}\)", re.I)
# Words a document's title starts with; in flat text the title is found by them
TITLE_START = re.compile(
    r"\b(peraturan|keputusan|surat keputusan|sk|laporan|daftar|rencana|rancangan|standar|maklumat|"
    r"infografis|informasi|anggaran|apbdes|apb desa|dokumen|penjabaran|ringkasan|prosedur|sop|"
    r"pengumuman|instruksi|surat edaran|profil|rekapitulasi|realisasi|renstra|renja|rkpdes|rpjmdes|"
    r"rpjm|rkp|lkjip|lakip|lppd|lppdes|lpj|dpa|rka|perdes|perkades|perbup|perjanjian kinerja|"
    r"struktur|jadwal|program|kalender|neraca|catatan atas)\b",
    re.I,
)
# Metadata titles that are file names or template leftovers, not the document's title
FILE_TITLE = re.compile(
    r"^\s*(microsoft\s+(word|excel|powerpoint)\s*-|untitled|document\d*\s*$|dokumen\d*\s*$|judul\s*$|"
    r"scan|img[_-]?\d|cam?scanner|doc\d|\d+\s*$)|\.(docx?|xlsx?|pptx?|pdf|odt|jpe?g|png)\s*$",
    re.I,
)

_cache: dict[str, str] = {}  # content hash and text length -> title


def meta_title(title: str | None) -> str:
    """A metadata title that names the document, or "" for a file name or template leftover."""
    t = (title or "").strip()
    return "" if not t or FILE_TITLE.search(t) else t


def file_title(title: str | None) -> str:
    """The file name inside a metadata title such as "Microsoft Word - RKPDes_2026.docx" ("RKPDes 2026")."""
    t = re.sub(r"^\s*microsoft\s+(word|excel|powerpoint)\s*-\s*", "", title or "", flags=re.I)
    t = re.sub(r"\.(docx?|xlsx?|pptx?|pdf|odt)\s*$", "", t, flags=re.I)
    return re.sub(r"[_.+]", " ", t).strip()


def _is_letterhead(line: str) -> bool:
    if LETTERHEAD.match(line) and not TITLE_START.match(line):
        return True
    if CONTACT.search(line):
        return True
    return not re.search(r"[A-Za-z]{2}", line)  # a rule of underscores, a page number, a lone logo caption


def _join(lines: list[str]) -> str:
    out = ""
    for i, line in enumerate(lines):
        nxt = (out + " " + line).strip()
        limit = TITLE_CHARS_TENTANG if re.search(r"\btentang\b", out + " " + line, re.I) else TITLE_CHARS
        if len(nxt) > limit:
            break
        out = nxt
        # a title line in capitals is followed by more of the title ("NOMOR 3 TAHUN 2025", "TENTANG ...");
        # ordinary sentence case after it is the body text
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if not following or (
            following != following.upper() and not re.match(r"(?i)(nomor|tentang|tahun)\b", following)
        ):
            break
    return out


def title_from_text(text: str | None) -> str:
    """The title a document prints after its letterhead, from its first lines (or flat text)."""
    head = (text or "")[:HEAD_CHARS]
    lines = [" ".join(x.split()) for x in head.splitlines() if x.strip()][:HEAD_LINES]
    if len(lines) >= 3:
        i = 0
        while i < len(lines) and _is_letterhead(lines[i]):
            i += 1
        if i < len(lines):
            return _join(lines[i:])
        return ""
    flat = " ".join(head.split())
    if not flat:
        return ""
    start = 0
    if LETTERHEAD.match(flat) or CONTACT.search(flat[:TITLE_CHARS]):
        m = TITLE_START.search(flat)
        if m is None:
            return ""
        start = m.start()
    rest = flat[start:]
    limit = TITLE_CHARS_TENTANG if re.search(r"\btentang\b", rest[:TITLE_CHARS], re.I) else TITLE_CHARS
    cut = rest[:limit]
    if len(rest) > limit and " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut


def doc_title(f: dict | None) -> str:
    """The printed title of a fetched document or scan (a fetch row or content dict), cached per content
    hash; "" for HTML, feeds and documents without text."""
    if not f or f.get("kind") in ("html", "json", "robots", "sitemap", None):
        return ""
    digest = f.get("content_hash") or f.get("hash")
    # the same bytes may gain text later (a scan read by OCR the night after it was deferred)
    key = f"{digest}:{len(f.get('text') or '')}" if digest else None
    if key and key in _cache:
        return _cache[key]
    title = title_from_text(f.get("text"))
    if key:
        if len(_cache) > 50_000:
            _cache.clear()
        _cache[key] = title
    return title


def subject(title: str) -> str:
    """What a regulation is about: the words after "tentang" ("... NOMOR 3 TAHUN 2025 TENTANG RKPDes 2026"
    is about the RKPDes of 2026, not of 2025); the whole title otherwise."""
    m = re.search(r"\btentang\b(.+)", title or "", re.I)
    return m[1].strip() if m and re.search(r"\d{4}", m[1]) else (title or "")
