"""Reachability: is the target of a link usable? A linked document answering 4xx/5xx, timing out, empty
or unreadable, or an HTML page served where a document was linked, is `broken`.
"""

from __future__ import annotations

import functools
import operator
from collections import Counter
from urllib.parse import urlsplit

from checks.evidence import BodyIndex, Target, host_of, looks_like_document, norm
from checks.presence import prose
from kipmon.vocab import KIND_HTML, LEGACY_FETCH_ERRORS, NEUTRAL_FETCH_ERRORS

# A broken finding's reason and its words. A fetch error keeps its vocab.FETCH_ERRORS code, shorter
# words than the crawl's (they end a sentence about one link); an unclassified failure ("error") has
# always been reported as "other".
BROKEN_ERRORS = {
    "timeout": "server tidak menjawab dalam batas waktu",
    "empty": "berkas kosong",
    "unreadable": "berkas rusak atau tidak dapat dibaca",
    "http-error": "server menjawab dengan kode kesalahan",
    "dns": "nama domain tidak ditemukan",
    "refused": "koneksi ditolak",
    "tls": "sertifikat TLS gagal",
    "other": "pengambilan gagal",
    "soft-404": 'server menjawab dengan halaman "tidak ditemukan"',
}
BROKEN_REASON_OF_FETCH_ERROR = {"error": "other"}
# Errors that say nothing about the target itself: the link still counts as found.
NEUTRAL_ERRORS = NEUTRAL_FETCH_ERRORS


def breakage(t: Target) -> tuple[str, str] | None:
    """(reason code, Indonesian words) when the target fails, None when usable or never fetched."""
    f = t.fetch
    if not f:
        return None
    err = f.get("error")
    if err in NEUTRAL_ERRORS:
        return None
    status = f.get("status")
    if status is not None and status >= 400:
        return f"http-{status}", f"server menjawab HTTP {status}"
    if err:
        err = LEGACY_FETCH_ERRORS.get(err, err)
        err = BROKEN_REASON_OF_FETCH_ERROR.get(err, err)
        return err, BROKEN_ERRORS.get(err, "pengambilan gagal")
    if status is None:
        return "other", "pengambilan gagal"
    meta = f.get("meta") if isinstance(f.get("meta"), dict) else {}
    if meta.get("error") and f.get("kind") != KIND_HTML:
        return "unreadable", "berkas rusak atau tidak dapat dibaca"
    if f.get("size") == 0:
        return "empty", "berkas kosong"
    if f.get("kind") == KIND_HTML and soft_404(f):
        return "soft-404", BROKEN_ERRORS["soft-404"]
    if looks_like_document(t.url) and f.get("kind") == KIND_HTML:
        return "html-instead-of-document", "yang tersaji halaman HTML, bukan dokumen"
    return None


def working_url(t: Target) -> str:
    """The URL a reader can open for a target that answered: the `index.php/` form the crawl fetched it at
    when the site's link lacks it and the server does not rewrite URLs (an OpenSID feed's
    /dokumen_web/unduh_berkas/21 answers 404 where /index.php/dokumen_web/unduh_berkas/21 serves the
    file), else the link itself (an ordinary redirect still works from the link)."""
    final = (t.fetch or {}).get("final_url")
    if not final or final == t.url or not t.fetched_ok:
        return t.url
    a, b = urlsplit(t.url), urlsplit(final)
    if a.netloc.lower() != b.netloc.lower() or a.query != b.query or "index.php" in a.path:
        return t.url
    i = b.path.find("/index.php/")
    if i >= 0 and b.path[:i] + b.path[i + len("/index.php") :] == a.path:
        return final
    return t.url


# What a server's error page says when it answers 200 for a file or page it does not have (CMS and
# framework templates: WordPress, CodeIgniter, Laravel, document managers of PPID portals)
NOT_FOUND_PHRASES = (
    " file tidak ditemukan ",
    " halaman tidak ditemukan ",
    " dokumen tidak ditemukan ",
    " berkas tidak ditemukan ",
    " file tidak tersedia ",
    " halaman tidak tersedia ",
    " halaman yang anda cari tidak ",
    " file yang anda cari tidak ",
    " 404 not found ",
    " 404 page not found ",
    " page not found ",
    " file not found ",
    " error 404 ",
    " 404 halaman ",
    " halaman 404 ",
    " not found ",
)
SOFT_404_WORDS = 40  # an error page says little besides its message; a real page mentioning one says more


def _words_besides_links(f: dict) -> int:
    """How many words a page says outside its links (menus, buttons), title and headings."""
    return len(prose(f).split())


def soft_404(f: dict) -> bool:
    """Whether an HTML page that answered 200 is a "not found" page: its title says so, or its heading
    does and the page says (nearly) nothing else."""
    if any(x in norm(f.get("title")) for x in NOT_FOUND_PHRASES) or norm(f.get("title")).strip() == "404":
        return True
    heads = [norm(h) for h in (f.get("headings") or [])[:2]]
    return any(x in h for h in heads for x in NOT_FOUND_PHRASES) and _words_besides_links(f) <= SOFT_404_WORDS


# What a page published from a template says when nobody has filled it in (CMS defaults, OpenSID, DataTables).
# "Belum ada dokumen" is not one: a document register that is empty so far is still the section (the
# dated items' documents are judged by engine.empty_listing).
PLACEHOLDERS = (
    " konten belum tersedia ",
    " belum ada konten ",
    " belum ada informasi ",
    " informasi belum tersedia ",
    " data tidak tersedia ",
    " data belum tersedia ",
    " belum ada data ",
    " tidak ada data ",
    " belum ada postingan ",
    " belum ada artikel ",
    " belum ada berita ",
    " halaman sedang dalam pengembangan ",
    " sedang dalam pengembangan ",
    " dalam tahap pengembangan ",
    " halaman dalam perbaikan ",
    " sedang dalam perbaikan ",
    " segera hadir ",
    " coming soon ",
    " under construction ",
    " no data available ",
    " no data available in table ",
    " no records found ",
    " nothing found ",
    " konten kosong ",
    " halaman ini masih kosong ",
    " masih kosong ",
)
# The column headings of a register (a table of documents or announcements, a DataTable): a page that holds
# one, empty so far ("No | Judul | Tanggal" and "Belum ada data"), is the section set up, not a bare template
REGISTER_HEADINGS = frozenset(
    "no nomor judul nama dokumen informasi tanggal tgl tahun file berkas unduh download aksi kategori jenis "
    "keterangan uraian ringkasan lampiran waktu pengumuman show entries search cari".split()
)
PLACEHOLDER_OWN_WORDS = 12  # words of a page's own content, besides its placeholder, below which it is empty
SIBLINGS = 3  # pages of the same site whose shared runs of words are the site's layout


def _siblings(idx: BodyIndex, t: Target) -> list[dict]:
    """Other pages of the target's site, those nearest in the URL's path first (a sub-site's own layout)."""
    here = host_of(t.url)
    parts = t.url.split("/")
    mine = (t.fetch or {}).get("content_hash")

    def near(p: dict) -> int:
        other = p["url"].split("/")
        return next((i for i, (a, b) in enumerate(zip(parts, other)) if a != b), min(len(parts), len(other)))

    pages = [
        p
        for p in idx.pages
        if host_of(p["url"]) == here and p["url"] != t.url and p.get("content_hash") != mine and p.get("text")
    ]
    return sorted(pages, key=lambda p: -near(p))[:SIBLINGS]


def own_words(idx: BodyIndex, t: Target) -> str:
    """A page's own content, normalised: its text without its links (menus, buttons), title and headings,
    and without the words every other nearby page of the site also says (the layout)."""
    words = prose(t.fetch or {}).split()
    sibs = [Counter(prose(p).split()) for p in _siblings(idx, t)]
    if sibs:
        # what every other page of the site also says besides its links: the layout's unlinked words
        # (a dropdown's "Tentang Kami", the footer's address), taken out as often as they all say it
        layout = functools.reduce(operator.and_, sibs)
        kept = []
        for w in words:
            if layout[w] > 0:
                layout[w] -= 1
            else:
                kept.append(w)
        words = kept
    return " " + " ".join(words) + " "


def placeholder_page(idx: BodyIndex, t: Target) -> bool:
    """Whether an HTML page is an unfilled template: its own content is only a placeholder ("Konten belum
    tersedia", "Segera hadir", "Data tidak tersedia"). A page that says more, or offers a form, is real
    content that happens to hold one empty section."""
    f = t.fetch or {}
    if f.get("kind") != KIND_HTML or not t.fetched_ok:
        return False
    text = norm(f.get("text"))
    if not any(x in text for x in PLACEHOLDERS):
        return False
    meta = f.get("meta") if isinstance(f.get("meta"), dict) else {}
    if any(len(form.get("fields") or []) >= 2 for form in meta.get("forms") or []):
        return False
    memo = idx.__dict__.setdefault("_placeholder", {})
    if t.url not in memo:
        n = own_words(idx, t)
        if not any(x in n for x in PLACEHOLDERS):
            memo[t.url] = False  # the placeholder was the layout's (a sidebar widget), not the page's
        else:
            for x in PLACEHOLDERS:
                n = n.replace(x, " ")
            words = n.split()
            register = len(words) >= 2 and all(w in REGISTER_HEADINGS for w in words)
            memo[t.url] = len(words) <= PLACEHOLDER_OWN_WORDS and not register
    return memo[t.url]
