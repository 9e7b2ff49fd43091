"""News articles: a page that reports on something is not the item its headline mentions.

Indonesian government sites post news constantly, and the headlines name items in passing: "Kadis Imbau
ASN Wajib Lapor LHKPN Tepat Waktu", "BPBD Gelar Simulasi Evakuasi Banjir", "Bapperida Susun LKjIP Tahun
2025". Such a post is about an event, not the publication of the item, and its byline date is when the
event was reported. So on a news page the headline (title, headings, the link texts and table rows that
point at it, its URL slug) counts as evidence only when it NAMES the item as its subject: the item's
phrase opens the headline, possibly after a publication word ("Pengumuman", "Unduh", "Daftar",
"Infografis", ...), as in "LHKPN Kepala Dinas Tahun 2025", "Pengumuman: Daftar Informasi Publik 2026",
"Layanan Pengaduan Lingkungan Hidup". A phrase that comes after any other word ("Kadis Imbau ...",
"Sosialisasi Penyusunan Renja ...") sits inside a sentence about something else. Documents linked
from a news page are not news pages: their own titles and years decide.

A news page is recognised by its address (WordPress and Blogger post paths, `/berita/...`, `/news/...`,
`/artikel/...`, `/post/...`, `/read/...`, `berita-118-slug.html`, `?p=123`, OpenSID `/index.php/artikel/...`)
or by its structure (a byline: "Diposting pada", "Posted on", "Dipublikasikan" followed by a date).
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from checks.evidence import Target, norm
from kipmon.vocab import KIND_HTML

# /2026/03/03/slug/ (WordPress), /2026/03/slug.html (Blogger)
_DATED_POST = re.compile(r"/(?:19|20)\d\d/(?:0?[1-9]|1[0-2])/(?:(?:0?[1-9]|[12]\d|3[01])/[^/]+|[^/]+\.html?)/?$")
# /berita/slug, /news/slug, /artikel/slug, /post/slug, /read/slug (an index such as /berita/ itself is not a post)
_SECTION = re.compile(r"/(?:berita|news|artikel|article|post|posts|read|kabar|warta)/[^/]+", re.I)
# berita-118-slug.html (Lokomedia), artikel-12-slug.html
_NUMBERED = re.compile(r"/(?:berita|artikel|news|post|read)-\d+-[^/]+$", re.I)
_WP_QUERY = re.compile(r"(?:^|&)p=\d+(?:&|$)")
# a byline: the words that introduce a post's date, then the date within a few words
_BYLINE = re.compile(
    r" (?:diposting|diposkan|dipublikasikan|diterbitkan pada|posted on|posted by|published on|ditulis pada) "
    r"(?:\w+ ){0,6}?(?:\d{1,2} (?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|"
    r"desember|jan|feb|mar|apr|jun|jul|agu|agt|aug|sep|okt|oct|nov|des|dec)\w* (?:19|20)\d\d|\d{1,2} \d{1,2} (?:19|20)\d\d)"
)

# Words that may open a headline before the item's phrase: a publication notice, not a sentence about an event
LEAD_WORDS = frozenset(
    "pengumuman unduh download publikasi dokumen informasi info layanan ringkasan ikhtisar infografis daftar data "
    "tabel penetapan laporan terbaru update berkas file lampiran".split()
)

# how a page's title joins the headline with the site's name ("Judul – Situs", "Situs: Judul", "Judul | Situs")
SEPARATORS = re.compile(r"\s+[|\u2013\u2014\u00bb\u00ab\-:]+\s+|:\s+|\s+::\s+")


def is_news_page(t: Target) -> bool:
    """Whether `t` is a news article (by its address, or by a byline on the fetched page); never a document.
    Decided once per target (every rule asks it of every target), again only if its fetch or feed changed."""
    key = (t.url, id(t.fetch), len(t.feed))
    known = t.__dict__.get("_news")
    if known is not None and known[0] == key:
        return known[1]
    answer = _is_news_page(t)
    t.__dict__["_news"] = (key, answer)
    return answer


def _is_news_page(t: Target) -> bool:
    if t.is_document:
        return False
    f = t.fetch or {}
    if f and f.get("kind") not in (KIND_HTML, None):
        return False
    parts = urlsplit(t.url)
    path = unquote(parts.path or "/")
    if _DATED_POST.search(path) or _SECTION.search(path) or _NUMBERED.search(path.rstrip("/")):
        return True
    if _WP_QUERY.search(parts.query or "") and path in ("", "/", "/index.php"):
        return True
    if f.get("kind") == KIND_HTML and t.fetched_ok:
        return bool(_BYLINE.search(norm((f.get("text") or "")[:4000])))
    return False


def _first_position(words: list[str], phrase: str) -> int | None:
    """The index of the word where `phrase` (or the earliest of its parts "a + b") starts, or None."""
    text = " " + " ".join(words) + " "
    best = None
    for part in phrase.split(" + "):
        p = norm(part)
        i = text.find(p)
        if i < 0:
            return None
        k = text[: i + 1].count(" ") - 1
        best = k if best is None else min(best, k)
    return best


def headline_names(text: str, phrases: tuple[str, ...], exclude: tuple[str, ...]) -> str | None:
    """The phrase of `phrases` that a news headline names as its subject, or None (see the module doc).

    Each part of a title between separators ("Judul – Nama Situs") is a headline of its own."""
    n = norm(text)
    if any(norm(x) in n for x in exclude):
        return None
    for segment in SEPARATORS.split(text or ""):
        words = norm(segment).split()
        if not words:
            continue
        for p in phrases:
            k = _first_position(words, p)
            if k is not None and all(w in LEAD_WORDS for w in words[:k]):
                return p
    return None


def slug_words(url: str) -> str:
    """The headline a news address carries: its last path segment without the "berita-118-" prefix and
    the extension ("/2026/03/03/kadis-imbau-asn-lapor-lhkpn/" -> "kadis imbau asn lapor lhkpn")."""
    path = unquote(urlsplit(url).path or "").rstrip("/")
    last = path.rsplit("/", 1)[-1]
    last = re.sub(r"\.html?$", "", last, flags=re.I)
    last = re.sub(r"^(?:berita|artikel|news|post|read)-\d+-", "", last, flags=re.I)
    return " ".join(norm(last).split())
