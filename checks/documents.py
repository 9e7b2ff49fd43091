"""Reachability: is the target of a link usable? A linked document answering 4xx/5xx, timing out, empty
or unreadable, or an HTML page served where a document was linked, is `broken`.
"""

from __future__ import annotations

from checks.evidence import Target, looks_like_document
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
    if looks_like_document(t.url) and f.get("kind") == KIND_HTML:
        return "html-instead-of-document", "yang tersaji halaman HTML, bukan dokumen"
    return None
