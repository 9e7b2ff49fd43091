"""Reachability: is the target of a link usable? A linked document answering 4xx/5xx, timing out, empty
or unreadable, or an HTML page served where a document was linked, is `broken`.
"""

from __future__ import annotations

from checks.evidence import Target, looks_like_document

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
# Errors that say nothing about the target itself: the link still counts as found.
NEUTRAL_ERRORS = ("robots-blocked", "too-large")


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
        return err, BROKEN_ERRORS.get(err, "pengambilan gagal")
    if status is None:
        return "other", "pengambilan gagal"
    meta = f.get("meta") if isinstance(f.get("meta"), dict) else {}
    if meta.get("error") and f.get("kind") != "html":
        return "unreadable", "berkas rusak atau tidak dapat dibaca"
    if f.get("size") == 0:
        return "empty", "berkas kosong"
    if looks_like_document(t.url) and f.get("kind") == "html":
        return "html-instead-of-document", "yang tersaji halaman HTML, bukan dokumen"
    return None
